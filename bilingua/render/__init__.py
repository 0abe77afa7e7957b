"""Renderers: turn results into table, json, tsv, path, tmx or html text.

They know nothing of how results were computed; each takes plain data types and
returns a string (the table renderer prints with rich instead).
"""

import json
import re


def json_text(data) -> str:
    """The JSON every renderer writes: text kept as is (Persian stays readable), indented."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# Control characters but tab and newline: a document's ESC would reach the terminal as an
# escape sequence (a probe hid "40 percent" with ESC[8m and set the window title).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# A carriage return ends a line as a line feed does (a sentence wrapped in a CRLF file)
_LONE_CR = re.compile("\r\n?")


def plain(text: str):
    """Text of a document (or a file name) for a rich table, shown as written: no markup
    (a sentence holding "[/]" made rich raise), line breaks as line breaks, other control
    characters as U+FFFD."""
    from rich.text import Text

    return Text(_CONTROL.sub("\ufffd", _LONE_CR.sub("\n", text)))


def table_text(print_table, *args) -> str:
    """What a ``print_table`` renderer shows on a terminal, as plain text for a file
    (120 columns, no colours)."""
    from io import StringIO

    from rich.console import Console

    buffer = StringIO()
    print_table(*args, console=Console(file=buffer, width=120, color_system=None))
    return buffer.getvalue()
