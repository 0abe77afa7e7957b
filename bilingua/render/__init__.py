"""Renderers: turn results into table, json, tsv, path, tmx or html text.

They know nothing of how results were computed; each takes plain data types and
returns a string (the table renderer prints with rich instead).
"""

import json
import re


def json_text(data) -> str:
    """The JSON every renderer writes: text kept as is (Persian stays readable), indented."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# Control characters but tab and line breaks: a document's ESC would reach a terminal as an
# escape sequence (a probe hid "40 percent" with ESC[8m and set the window title), and HTML
# forbids them in a page (a probe's vertical tab and form feed passed through raw).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """``text`` with its control characters but tab and line breaks as U+FFFD, as every
    renderer shows a document's text."""
    return _CONTROL.sub("\ufffd", text)


# A carriage return ends a line as a line feed does (a sentence wrapped in a CRLF file)
_LONE_CR = re.compile("\r\n?")


def plain(text: str):
    """Text of a document (or a file name) for a rich table, shown as written: no markup
    (a sentence holding "[/]" made rich raise), line breaks as line breaks, other control
    characters as U+FFFD."""
    from rich.text import Text

    return Text(without_controls(_LONE_CR.sub("\n", text)))


def table_text(print_table, *args, terminal: bool = False) -> str:
    """What a ``print_table`` renderer shows on a terminal: as plain text for a file (120
    columns, no colours), or with ``terminal`` as this terminal shows it."""
    from io import StringIO

    from rich.console import Console

    console = Console() if terminal else Console(file=StringIO(), width=120, color_system=None)
    with console.capture() as captured:
        print_table(*args, console=console)
    return captured.get()
