"""Renderers: turn results into table, json, tsv, path, tmx or html text.

They know nothing of how results were computed; each takes plain data types and
returns a string (the table renderer prints with rich instead).
"""

import json


def json_text(data) -> str:
    """The JSON every renderer writes: text kept as is (Persian stays readable), indented."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
