"""A deterministic stand-in for the sentence embedder, for the alignment tests
(a helper module: it holds no tests itself).

Sentences are written as concept tokens (``κβγ`` …, Greek letters, so that neither the
number nor the Latin-word signal sees them) padded with filler symbols;
a sentence's vector is the sum of its concepts' vectors, each a shared "topic"
direction plus its own random direction, so unrelated sentences have the compressed,
clearly positive cosines real models give (about 0.6 here) and a merged sentence is
close to the sum of its parts, as with a mean-pooling model.
"""

from __future__ import annotations

import re

import numpy as np

from bilingua.pipeline import document_from_text

_GREEK = "αβγδεζηθικλμνξοπρστυφχψω"
_CONCEPT = re.compile(r"κ([α-ω])([α-ω])")
_DIM = 48
_rng = np.random.default_rng(12345)
_TOPIC = _rng.normal(size=_DIM)
_TOPIC /= np.linalg.norm(_TOPIC)
_OWN = _rng.normal(size=(len("αβγδεζηθικλμνξοπρστυφχψω") ** 2, _DIM))
_OWN /= np.linalg.norm(_OWN, axis=1, keepdims=True)
CONCEPTS = 0.75 * _TOPIC + 0.65 * _OWN


class FakeEmbedder:
    def __init__(self):
        self.calls = 0

    def embed(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), _DIM), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = [_GREEK.index(a) * len(_GREEK) + _GREEK.index(b) for a, b in _CONCEPT.findall(text)]
            vec = CONCEPTS[ids].sum(axis=0) if ids else _TOPIC
            out[row] = vec / np.linalg.norm(vec)
        return out


def sentence(*concepts: int) -> str:
    """A sentence reporting the given concepts, about 40 characters per concept."""
    return " ".join(f"κ{_GREEK[c // len(_GREEK)]}{_GREEK[c % len(_GREEK)]} ○○○○ ○○○○ ○○○○ ○○○○ ○○○○ ○○○○."
                    for c in concepts)


def doc(sentences: list[str], lang: str, name: str = "-"):
    return document_from_text("\n".join(sentences), name, presplit=True, lang=lang, normalize=False)
