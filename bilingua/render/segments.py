"""Rendering lists of segments (detect, split)."""

from __future__ import annotations

from ..types import Segment
from . import json_text, plain, tsv


def segment_record(seg: Segment, fields: tuple[str, ...]) -> dict:
    record = {"text": seg.text, "start": seg.start, "end": seg.end, "paragraph": seg.paragraph}
    if "lang" in fields:
        record["lang"] = seg.lang
        record["confidence"] = seg.confidence
    if "normalized" in fields and seg.normalized is not None:
        record["normalized"] = seg.normalized
    return record


def to_json(segments: list[Segment], fields: tuple[str, ...] = ()) -> str:
    return json_text([segment_record(s, fields) for s in segments])


def to_tsv(segments: list[Segment], fields: tuple[str, ...] = ()) -> str:
    records = [segment_record(s, fields) for s in segments]
    columns = ["start", "end", "paragraph"] + (["lang", "confidence"] if "lang" in fields else []) + ["text"]
    return tsv.table(columns, ([r[c] for c in columns] for r in records))


def print_table(segments: list[Segment], fields: tuple[str, ...] = (), title: str | None = None,
                console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=None if title is None else plain(title), show_lines=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("¶", justify="right", style="dim")
    if "lang" in fields:
        table.add_column("lang")
        table.add_column("conf", justify="right")
    table.add_column("text", overflow="fold")
    for i, s in enumerate(segments):
        row = [str(i), str(s.paragraph)]
        if "lang" in fields:
            row += [s.lang, f"{s.confidence:.2f}"]
        row.append(plain(s.text))
        table.add_row(*row)
    (console or Console()).print(table)
