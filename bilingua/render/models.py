"""Rendering the model store and the catalogue of known models (models list / info)."""

from __future__ import annotations

from ..models import ModelInfo
from . import json_text, plain, tsv


def stored_records(models: list[ModelInfo], defaults: dict[str, str]) -> list[dict]:
    return [{**m.manifest(), "path": m.path, "default": ",".join(d for d, n in sorted(defaults.items()) if n == m.name)}
            for m in models]


def catalogue_records(entries: list[dict]) -> list[dict]:
    return [{"name": e["name"], "direction": e["direction"], "licence": e["licence"],
             "scores": "; ".join(e.get("scores", [])), "download": e.get("download") or e.get("hub_id", ""),
             "note": e.get("note", "")} for e in entries]


def to_json(records: list[dict]) -> str:
    return json_text(records)


def to_tsv(records: list[dict], columns: list[str]) -> str:
    return tsv.table(columns, ([r.get(c, "") for c in columns] for r in records))


def print_table(records: list[dict], columns: list[str], title: str, console=None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in records:
        table.add_row(*(plain(str(r.get(c, ""))) for c in columns))
    (console or Console()).print(table)
