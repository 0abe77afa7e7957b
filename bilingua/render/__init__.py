"""Renderers: turn results into table, json, tsv, path, tmx or html text.

They know nothing of how results were computed; each takes plain data types and
returns a string (the table renderer prints with rich instead).
"""

import json


def json_text(data) -> str:
    """The JSON every renderer writes: text kept as is (Persian stays readable), indented."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def table_text(print_table, *args) -> str:
    """What a ``print_table`` renderer shows on a terminal, as plain text for a file
    (120 columns, no colours)."""
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    print_table(*args, console=Console(file=buffer, width=120, color_system=None))
    return buffer.getvalue()
