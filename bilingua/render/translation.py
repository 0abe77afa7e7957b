"""Rendering a translated document (translate): text, json or tsv."""

from __future__ import annotations

from ..types import Document
from . import json_text, tsv


def to_text(doc: Document, translations: list[str]) -> str:
    """The translation with the source's paragraph structure: one paragraph a block."""
    paragraphs: dict[int, list[str]] = {}
    for seg, text in zip(doc.sentences, translations):
        if text:
            paragraphs.setdefault(seg.paragraph, []).append(text)
    return "\n\n".join(" ".join(p) for _, p in sorted(paragraphs.items())) + "\n"


def records(doc: Document, translations: list[str]) -> list[dict]:
    return [{"paragraph": s.paragraph, "start": s.start, "end": s.end, "source": s.text, "translation": t}
            for s, t in zip(doc.sentences, translations)]


def to_json(doc: Document, translations: list[str], source_lang: str, target_lang: str, model: str) -> str:
    result = {"file": doc.name, "from": source_lang, "to": target_lang, "model": model,
              "sentences": records(doc, translations)}
    return json_text(result)


def to_tsv(doc: Document, translations: list[str]) -> str:
    columns = ["paragraph", "start", "end", "source", "translation"]
    return tsv.table(columns, ([r[c] for c in columns] for r in records(doc, translations)))
