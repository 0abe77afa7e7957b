"""The documents as the checks read them: invisible format characters taken out.

A zero-width space, word joiner, soft hyphen or stray byte-order mark inside "40" or
"Moscow" is invisible to a reader but split the number and the name for the checks
("4, 0 percent", Moscow "on one side only"). Between two Persian letters a zero-width
space stands for the zero-width non-joiner Persian writes there, and becomes one.

The alignment the report shows keeps the documents as read; only the checks see this view.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate

from ..types import Alignment, Document, Segment

_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
_ARABIC_SCRIPT_LETTER = "[\u0620-\u064a\u066e-\u06d5]"
_SPACE_IN_PERSIAN_WORD = re.compile(f"(?<={_ARABIC_SCRIPT_LETTER})\u200b(?={_ARABIC_SCRIPT_LETTER})")


def visible_alignment(alignment: Alignment) -> Alignment:
    source, target = visible_document(alignment.source), visible_document(alignment.target)
    if source is alignment.source and target is alignment.target:
        return alignment
    return replace(alignment, source=source, target=target)


def visible_document(doc: Document) -> Document:
    """``doc`` with invisible characters removed from its text and every segment's offsets
    moved to match (``doc`` itself where it has none)."""
    if not _INVISIBLE_CHAR.search(doc.text):
        return doc
    text = _SPACE_IN_PERSIAN_WORD.sub("\u200c", doc.text)
    # kept[i]: the characters kept before offset i, i.e. offset i's place in the new text
    kept = [0, *accumulate(c not in _INVISIBLE for c in text)]
    visible = _INVISIBLE_CHAR.sub("", text)

    def moved(s: Segment) -> Segment:
        start, end = kept[s.start], kept[s.end]
        normalized = visible_text(s.normalized) if s.normalized is not None else None
        return s.with_(start=start, end=end, text=visible[start:end], normalized=normalized)

    return replace(doc, text=visible, paragraphs=[moved(p) for p in doc.paragraphs],
                   sentences=[moved(s) for s in doc.sentences])


def visible_text(text: str) -> str:
    return _INVISIBLE_CHAR.sub("", _SPACE_IN_PERSIAN_WORD.sub("\u200c", text))
