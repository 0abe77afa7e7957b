"""Test documents for the alignment benchmark: 1–1 parallel documents perturbed the way
real versions differ, with the gold alignment that results.

Source is the Persian side, target the English side. Every operation is drawn from a
seeded ``random.Random``, so the documents are the same on every run.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass

_SPLIT_FA = re.compile(r"(?<=[؛،])\s+")
_SPLIT_EN = re.compile(r"(?<=[;,])\s+")


@dataclass
class Case:
    """A perturbed document pair; ``gold`` lists (source indices, target indices)."""

    name: str
    source: list[str]
    target: list[str]
    gold: list[tuple[tuple[int, ...], tuple[int, ...]]]


def _split_once(text: str, pattern: re.Pattern, rng: random.Random) -> list[str] | None:
    """Split at one ؛/، (Persian) or ;/, (English) that leaves two pieces of 4+ words."""
    cuts = [m.end() for m in pattern.finditer(text)
            if len(text[:m.end()].split()) >= 4 and len(text[m.end():].split()) >= 4]
    if not cuts:
        return None
    cut = rng.choice(cuts)
    return [text[:cut].strip(), text[cut:].strip()]


def translation_case(name: str, fa: list[str], en: list[str], foreign_en: list[str],
                     rng: random.Random, rate: float = 0.3) -> Case:
    """Walk through the 1–1 pairs; at each, with probability ``rate``, apply one of:
    2–1 / 3–1 merge (source), 1–2 merge (target), split at ؛ or comma (either side),
    omission (1–0), inserted foreign sentence (0–1, taken from another document)."""
    src: list[str] = []
    tgt: list[str] = []
    gold = []

    def add(s: list[str], t: list[str]):
        gold.append((tuple(range(len(src), len(src) + len(s))), tuple(range(len(tgt), len(tgt) + len(t)))))
        src.extend(s)
        tgt.extend(t)

    k = 0
    while k < len(fa):
        op = rng.choice(["2-1", "3-1", "1-2", "split-fa", "split-en", "omit", "insert"]) \
            if rng.random() < rate else "1-1"
        if op == "2-1" and k + 1 < len(fa):
            add(fa[k:k + 2], [" ".join(en[k:k + 2])])
            k += 2
        elif op == "3-1" and k + 2 < len(fa):
            add(fa[k:k + 3], [" ".join(en[k:k + 3])])
            k += 3
        elif op == "1-2" and k + 1 < len(fa):
            add([fa[k] + " " + fa[k + 1]], en[k:k + 2])
            k += 2
        elif op == "split-fa" and (pieces := _split_once(fa[k], _SPLIT_FA, rng)):
            add(pieces, [en[k]])
            k += 1
        elif op == "split-en" and (pieces := _split_once(en[k], _SPLIT_EN, rng)):
            add([fa[k]], pieces)
            k += 1
        elif op == "omit":
            add([fa[k]], [])
            k += 1
        elif op == "insert":
            add([], [rng.choice(foreign_en)])
            add([fa[k]], [en[k]])
            k += 1
        else:
            add([fa[k]], [en[k]])
            k += 1
    return Case(name, src, tgt, gold)


# How a condensed passage's pieces are joined. Real coverage seldom marks condensation
# with semicolons, so an aligner must not rely on punctuation to find the pieces.
JOINERS = ("; ", ", and ", ", while ", " and ", ", ")


def _condense(sentences: list[str], joiners: random.Random) -> str:
    """One shorter sentence reporting several: the first two thirds of each, joined by
    one of ``JOINERS``, drawn from ``joiners``."""
    parts = []
    for s in sentences:
        words = s.rstrip(".").split()
        parts.append(" ".join(words[:max(4, (2 * len(words)) // 3)]))
    return joiners.choice(JOINERS).join(parts) + "."


def _add_lede(units: list[tuple[list[int], list[str]]], en: list[str], rng: random.Random) -> None:
    """In half the documents, a lede: the first sentence's report also condenses a later
    sentence that is not next to it (the event from the first sentence, the toll from
    the fifth), which is then not reported anywhere else. Drawn from its own generator."""
    if rng.random() >= 0.5 or not units or units[0][0] != [0] or len(units[0][1]) != 1:
        return
    later = [k for k, (span, sentences) in enumerate(units)
             if k >= 2 and len(span) == 1 and span[0] >= 2 and sentences == [en[span[0]]]]
    if not later:
        return
    k = rng.choice(later)
    i = units[k][0][0]
    units[0] = ([0, i], [_condense([en[0], en[i]], rng)])
    units[k] = ([], [])  # kept, empty, so that the later draws of the main generator do not move


def coverage_case(name: str, fa: list[str], en: list[str], foreign_en: list[str], rng: random.Random,
                  added_before: list[tuple[int, str]] = ()) -> Case:
    """English coverage of a Persian report: paragraphs (runs of 2–4 sentences) moved,
    passages of 2–3 sentences condensed into one, sentences left out, foreign
    sentences added, and in half the documents a lede (:func:`_add_lede`). ``gold``
    links are in target order, then uncovered sources. ``added_before`` holds English
    sentences to add before a source sentence's report, in order: (source index, text).

    The joiners of condensed passages come from their own generator, seeded by the
    document's name, so that ``rng`` draws the same operations as before they were
    varied (when every passage was joined with "; ")."""
    joiners = random.Random(zlib.crc32(name.encode("utf-8")))
    units: list[tuple[list[int], list[str]]] = []  # (source indices, target sentences)
    pending = list(added_before)
    k = 0
    while k < len(fa):
        while pending and pending[0][0] <= k:
            units.append(([], [pending.pop(0)[1]]))
        r = rng.random()
        if r < 0.12 and k + 1 < len(fa):
            span = list(range(k, min(k + rng.choice([2, 3]), len(fa))))
            units.append((span, [_condense([en[i] for i in span], joiners)]))
            k = span[-1] + 1
        elif r < 0.22:
            units.append(([k], []))
            k += 1
        else:
            units.append(([k], [en[k]]))
            k += 1
        if rng.random() < 0.08 and foreign_en:
            units.append(([], [rng.choice(foreign_en)]))
    units += [([], [text]) for _, text in pending]
    _add_lede(units, en, random.Random(zlib.crc32(("lede " + name).encode("utf-8"))))
    paragraphs = []
    while units:
        size = rng.choice([2, 3, 4])
        paragraphs.append(units[:size])
        units = units[size:]
    if len(paragraphs) > 2:
        for _ in range(2):
            moved = paragraphs.pop(rng.randrange(len(paragraphs)))
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), moved)
    tgt: list[str] = []
    gold = []
    uncovered = []
    for paragraph in paragraphs:
        for span, sentences in paragraph:
            if not span and not sentences:
                continue
            if not sentences:
                uncovered.append(((span[0],), ()))
                continue
            gold.append((tuple(span), tuple(range(len(tgt), len(tgt) + len(sentences)))))
            tgt.extend(sentences)
    return Case(name, list(fa), tgt, gold + sorted(uncovered))


def on_topic_coverage_case(name: str, fa: list[str], en: list[str], rng: random.Random, rate: float = 0.12) -> Case:
    """Coverage (:func:`coverage_case`) whose added sentences are on the report's topic:
    about ``rate`` of the article's sentences (never the first) keep their English, in
    place, while their Persian is cut from the source, as a report adds background its
    source lacks; no foreign sentence is added."""
    cut = [i for i in range(1, len(fa)) if rng.random() < rate]
    kept = [i for i in range(len(fa)) if i not in cut]
    added = [(sum(1 for j in kept if j < i), en[i]) for i in cut]
    return coverage_case(name, [fa[i] for i in kept], [en[i] for i in kept], [], rng, added)
