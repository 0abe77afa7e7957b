"""The stages in order: read → clean → segment → detect → normalise.

Later stages (translate, align, compare) take the :class:`Document` this returns.
"""

from __future__ import annotations

from .detect import detect_document
from .errors import BilinguaError
from .normalize import normalize_document
from .read import read_text
from .segment import SentenceSplitter, presplit_document, split_document
from .types import Document


def document_from_text(
    text: str,
    name: str = "-",
    *,
    encoding: str = "utf-8",
    presplit: bool = False,
    splitter: SentenceSplitter | None = None,
    normalize: bool = True,
    lang: str | None = None,
) -> Document:
    if not text.strip():
        raise BilinguaError(f"{name}: input is empty (no text to work on)")
    doc = Document(text=text, name=name, encoding=encoding)
    if presplit:
        presplit_document(doc)
    else:
        split_document(doc, splitter)
    detect_document(doc)
    if lang:
        doc.lang, doc.lang_confidence = lang, 1.0
    if normalize:
        normalize_document(doc)
    return doc


def load_document(path: str, **options) -> Document:
    """Read a file (``-`` for stdin) and run it through every stage up to normalisation."""
    text, encoding = read_text(path)
    return document_from_text(text, "<stdin>" if path == "-" else path, encoding=encoding, **options)
