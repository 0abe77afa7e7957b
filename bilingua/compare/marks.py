"""The documents as the checks read them: marks that do not change a word taken out.

Invisible format characters (a zero-width space, word joiner, soft hyphen or stray
byte-order mark) inside "40" or "Moscow" split the number and the name for the checks
("4, 0 percent", Moscow "on one side only"). Persian's short-vowel marks (harakat: «شَده»)
and the stretching tatweel («میـلیارد») are seldom written but change no word: with them,
a scale word, a month's name or a number word went unread («۲۵۰ مْیلیارد ریال» as 250,
«شَده» as ده, ten). Between two Persian letters a zero-width space stands for the
zero-width non-joiner Persian writes there, and becomes one.

The alignment the report shows keeps the documents as read; only the checks (and the
meaning check's embeddings) see this view. The aligner embeds the text as written: without
these marks, its held-out strict F1 fell from 0.9829 to 0.9818 (TICO's «کاملاً», whose
tanwin e5 has seen) and the dev half gained nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate

from ..types import Alignment, Document, Segment

TATWEEL_AND_HARAKAT = "\u0640\u064b-\u0652\u0670"  # a character class's body; harakat with the superscript alef
_DROPPED = "\u00ad\u200b\u2060\ufeff" + TATWEEL_AND_HARAKAT  # and the invisible format characters
_DROPPED_CHAR = re.compile(f"[{_DROPPED}]")
_ARABIC_SCRIPT_LETTER = "[\u0620-\u063f\u0641-\u064a\u066e-\u06d5]"
_SPACE_IN_PERSIAN_WORD = re.compile(f"(?<={_ARABIC_SCRIPT_LETTER})\u200b(?={_ARABIC_SCRIPT_LETTER})")


def without_marks(alignment: Alignment) -> Alignment:
    source, target = document_without_marks(alignment.source), document_without_marks(alignment.target)
    if source is alignment.source and target is alignment.target:
        return alignment
    return replace(alignment, source=source, target=target)


def document_without_marks(doc: Document) -> Document:
    """``doc`` with those marks removed from its text and every segment's offsets moved to
    match (``doc`` itself where it has none)."""
    if not _DROPPED_CHAR.search(doc.text):
        return doc
    text = _SPACE_IN_PERSIAN_WORD.sub("\u200c", doc.text)
    # kept[i]: the characters kept before offset i, i.e. offset i's place in the new text
    dropped = set(_DROPPED_CHAR.findall(text))
    kept = [0, *accumulate(c not in dropped for c in text)]
    plain = _DROPPED_CHAR.sub("", text)

    def moved(s: Segment) -> Segment:
        start, end = kept[s.start], kept[s.end]
        normalized = text_without_marks(s.normalized) if s.normalized is not None else None
        return s.with_(start=start, end=end, text=plain[start:end], normalized=normalized)

    return replace(doc, text=plain, paragraphs=[moved(p) for p in doc.paragraphs],
                   sentences=[moved(s) for s in doc.sentences])


def text_without_marks(text: str) -> str:
    return _DROPPED_CHAR.sub("", _SPACE_IN_PERSIAN_WORD.sub("\u200c", text))
