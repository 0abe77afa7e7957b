"""The plain data types every stage passes along.

A :class:`Document` owns the untouched original text; its :class:`Segment` objects only
point into it with character offsets, so ``doc.text[s.start:s.end] == s.text`` always
holds and normalisation is a view over the original, never a change to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Segment:
    """A sentence (or a paragraph, or a whole document) of a document."""

    start: int
    end: int
    text: str
    paragraph: int = 0
    lang: str = "unknown"
    confidence: float = 0.0
    normalized: str | None = None

    def with_(self, **changes) -> "Segment":
        return replace(self, **changes)


@dataclass
class Document:
    """A decoded text and its segmentation.

    ``text`` is exactly what was read (after decoding and, for HTML or .docx, after
    extracting the article body). ``paragraphs`` and ``sentences`` hold offsets into it.
    """

    text: str
    name: str = "-"
    encoding: str = "utf-8"
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    lang: str = "unknown"
    lang_confidence: float = 0.0
    metadata: dict = field(default_factory=dict)

    def sentences_text(self, indices) -> str:
        """The sentences at ``indices`` joined by spaces (one side of an aligned block)."""
        return " ".join(self.sentences[i].text for i in indices)


# The largest side of a Block (--max-block): the alignment DP's time grows with about the cube
# of it (500 × 500 NTREX sentences, embeddings cached: 0.24 s at 4, 1.1 s at 8, 8.6 s at 16,
# 110 s at 32).
MAX_BLOCK = 12


@dataclass(frozen=True)
class Block:
    """One step of an alignment: source sentence indices matched to target ones.

    An empty side means the other side's sentences have no counterpart (1-0: left out,
    0-1: added).
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float = 0.0

    @property
    def type(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass
class Alignment:
    source: Document
    target: Document
    blocks: list[Block]
    mode: str = "translation"
    translations: list[str] | None = None  # machine translations of the source sentences, where a translator aligned


@dataclass(frozen=True)
class Finding:
    """One difference between the two versions, reported to the user."""

    type: str
    severity: str
    source: tuple[int, ...]
    target: tuple[int, ...]
    message: str
    details: dict = field(default_factory=dict, hash=False, compare=False)
