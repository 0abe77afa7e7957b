"""TSV as every renderer writes it: a header line, then one record a line, no quoting."""

from __future__ import annotations

from typing import Iterable

from . import without_controls


def cell(value) -> str:
    """Cells never hold tabs or line breaks (they become spaces), nor other control
    characters (they become U+FFFD); ``None`` is empty."""
    if value is None:
        return ""
    return without_controls(" ".join(value.split())) if isinstance(value, str) else str(value)


def table(columns: Iterable[str], rows: Iterable[Iterable]) -> str:
    """The header and the rows (values in column order), each line ending in a newline."""
    return "".join("\t".join(map(cell, row)) + "\n" for row in [list(columns), *rows])
