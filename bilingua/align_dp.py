"""Monotone sentence alignment by banded dynamic programming (Vecalign-style).

The input is a set of *features*: per-sentence vectors for both sides (sentence
embeddings, shared-token counts, character n-grams of a machine translation). A block
of consecutive sentences is represented by the sum of its sentences' vectors, so the
cosine of any candidate block pair follows from sentence-level dot products and
prefix sums, without embedding the concatenated texts.

Scores are *margins*, not raw cosines: a cosine has the two sides' mean cosines with
the whole other document subtracted (exact and linear: the mean of dot products is the
dot product with the mean vector), then it is divided by the document's median
best-match margin. A true pair thus scores about 1, an unrelated pair about 0,
whatever the model's cosine range.

The objective of a block sums, over each of its sentences, that sentence's margin
against the whole other side of the block, minus a per-sentence threshold: a merge has
to be supported by every sentence in it, so an unrelated neighbour is left out (1-0 or
0-1, worth 0) rather than absorbed. A Gale–Church length term and small costs for
larger blocks complete it.

Linear time and memory: documents longer than ``DENSE_LIMIT`` sentences are first
aligned at a coarser resolution (``factor`` consecutive sentences summed into one
unit), and the fine DP then only visits a band around the projected coarse path. The
band width depends on ``factor`` and ``max_block``, not on the document length; a run of
more than ``LONG_GAP`` sentences one side leaves out, which would widen the band by its
length in every row, is set aside and the stretches either side aligned apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from .types import Block

DENSE_LIMIT = 200  # up to this many units per side, the whole matrix is searched
MAX_FACTOR = 8  # the most sentences summed into one unit per coarsening level
LONG_GAP = 2 * DENSE_LIMIT  # sentences left out or added in one run beyond which it is aligned around
# Priors for short documents, chosen on the dev half of the alignment benchmark: characters of
# equal length on each side in the length ratio (length_ratio; translation strict F1 0.9892 /
# 0.9892 / 0.9899 at 150 / 300 / 500), and the share of a true pair's margin by the model's own
# pair cosine below which the margin scale does not fall (margin_scale; 0.5 and 0.75 alike);
# and the unrelated sentences taken to be among the other side's when a sentence's mean cosine
# with it is worked out (_with_prior, for features that give an unrelated cosine: those of
# very short documents, see align.PRIOR_BELOW; applied to every document at the model's
# typical unrelated cosine, translation strict F1 was unchanged at 2, dev 0.9903 -> 0.9895 at 4).
RATIO_PRIOR_CHARS = 500.0
PRIOR_SHARE = 0.5
PRIOR_SENTENCES = 2.0
NEG = -np.inf


@dataclass
class Feature:
    """Per-sentence vectors of one signal for both sides, and its weight.

    ``centred`` features are scored as margins over the other side's mean (sentence
    embeddings); the others as plain cosines, 0 where a side has no vector (shared
    tokens: a block without numbers or names neither gains nor loses). ``pair_cosine``,
    where the model's is known, is the cosine of an ordinary translation pair
    (:func:`margin_scale`).
    """

    source: np.ndarray
    target: np.ndarray
    weight: float = 1.0
    centred: bool = True
    pair_cosine: float | None = None
    unrelated_cosine: float | None = None  # the model's cosine of unrelated sentences (_with_prior)


@dataclass
class Params:
    """Weights of the objective; the defaults were tuned on perturbed NTREX-128
    documents, then ``threshold`` and ``size_penalty`` re-tuned on the dev half of the
    benchmark documents only (benchmarks/bench_align.py)."""

    threshold: float = 0.1  # per sentence: a block's sentences must beat this normalised margin
    length_weight: float = 0.3  # Gale–Church length term, per unit of squared deviation
    length_variance: float = 6.8  # Gale–Church s² (variance per source character)
    size_penalty: float = 0.05  # per sentence beyond the first on each side of a block
    many_to_many: float = 1.0  # extra cost of blocks with 2+ sentences on both sides (rare in practice)
    length_only: bool = False  # the Gale–Church baseline: no features, priors instead


@dataclass
class Band:
    """Node row ``i`` (``i`` source sentences consumed) may reach target node columns
    ``lo[i] .. hi[i]``; stored as ``width`` columns starting at ``lo[i]``."""

    lo: np.ndarray
    hi: np.ndarray
    width: int = field(init=False)

    def __post_init__(self):
        self.width = int((self.hi - self.lo).max()) + 1


def moves(max_block: int) -> list[tuple[int, int]]:
    """Block shapes in a fixed order (ties go to the earlier one): 1-1 first, skips last."""
    shapes = [(a, b) for a in range(1, max_block + 1) for b in range(1, max_block + 1)]
    shapes.sort(key=lambda s: (s[0] + s[1], s))
    return shapes + [(1, 0), (0, 1)]


def align_monotone(features: list[Feature], source_len: np.ndarray, target_len: np.ndarray,
                   max_block: int = 4, params: Params | None = None) -> list[tuple[int, int, int, int, float]]:
    """Best monotone segmentation into blocks ``(i0, i1, j0, j1, score)`` covering
    ``range(n)`` and ``range(m)`` in order; ``score`` in [0, 1]."""
    params = params or Params()
    n, m = len(source_len), len(target_len)
    if n == 0 or m == 0:
        return [(i, i + 1, 0, 0, 0.0) for i in range(n)] + [(0, 0, j, j + 1, 0.0) for j in range(m)]
    if max(n, m) <= DENSE_LIMIT:
        band = Band(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64))
    else:
        factor = min(MAX_FACTOR, math.ceil(max(n, m) / DENSE_LIMIT))
        coarse = align_monotone([_coarsen(f, factor) for f in features], _sum_runs(source_len, factor),
                                _sum_runs(target_len, factor), max_block, params)
        margin = 2 * factor + max_block
        gaps = _long_gaps(coarse, factor, n, m, margin)
        if gaps:
            return _around_gaps(features, source_len, target_len, gaps, max_block, params)
        band = _band_around(coarse, factor, n, m, margin=margin)
    return _banded_dp(features, np.asarray(source_len, float), np.asarray(target_len, float),
                      band, max_block, params)


def _long_gaps(coarse, factor: int, n: int, m: int, margin: int) -> list[tuple[int, int, int, int]]:
    """The runs of one-sided coarse blocks that leave out or add more than LONG_GAP
    sentences, each as the sentences ``(i0, i1, j0, j1)`` that surely belong to it: its
    span less ``margin`` at each end (an empty side keeps its place). The band must be as
    wide as its widest row, so a long run in one row (an English appendix of 2,000
    sentences) would make the band that wide in every row."""
    gaps, run = [], None
    for block in [*coarse, None]:  # None closes the last run
        if block is not None and (block[0] == block[1]) != (block[2] == block[3]):
            i0, i1, j0, j1 = block[:4]
            run = (run[0], i1, run[2], j1) if run else (i0, i1, j0, j1)
            continue
        if run:
            sides = []
            for start, end, total in ((run[0] * factor, run[1] * factor, n), (run[2] * factor, run[3] * factor, m)):
                start, end = min(start, total), min(end, total)
                inner = (start + margin, end - margin) if end - start > 2 * margin else ((start + end) // 2,) * 2
                sides.append(inner)
            if max(b - a for a, b in sides) > LONG_GAP:
                gaps.append((*sides[0], *sides[1]))
        run = None
    return gaps


def _around_gaps(features, source_len, target_len, gaps, max_block: int, params: Params):
    """Align the stretches between the long gaps (:func:`_long_gaps`) apart, each with
    its own band, and leave each gap's sentences out (1-0) and added (0-1) in order."""
    blocks: list[tuple[int, int, int, int, float]] = []
    i, j = 0, 0
    for i0, i1, j0, j1 in [*gaps, (len(source_len), len(source_len), len(target_len), len(target_len))]:
        part = align_monotone([replace(f, source=f.source[i:i0], target=f.target[j:j0]) for f in features],
                              source_len[i:i0], target_len[j:j0], max_block, params)
        blocks += [(a + i, b + i, c + j, d + j, score) for a, b, c, d, score in part]
        blocks += [(k, k + 1, j0, j0, 0.0) for k in range(i0, i1)] + [(i1, i1, k, k + 1, 0.0) for k in range(j0, j1)]
        i, j = i1, j1
    return blocks


def _sum_runs(x: np.ndarray, factor: int) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    pad = (-len(x)) % factor
    if pad:
        x = np.concatenate([x, np.zeros((pad,) + x.shape[1:])])
    return x.reshape((-1, factor) + x.shape[1:]).sum(axis=1)


def _coarsen(f: Feature, factor: int) -> Feature:
    return replace(f, source=_sum_runs(f.source, factor), target=_sum_runs(f.target, factor))


def _band_around(coarse, factor: int, n: int, m: int, margin: int) -> Band:
    lo = np.full(n + 1, m, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for i0, i1, j0, j1, _ in coarse:
        r0, r1 = min(i0 * factor, n), min(i1 * factor, n)
        lo[r0:r1 + 1] = np.minimum(lo[r0:r1 + 1], min(j0 * factor, m))
        hi[r0:r1 + 1] = np.maximum(hi[r0:r1 + 1], min(j1 * factor, m))
    lo = np.maximum(lo - margin, 0)
    hi = np.minimum(hi + margin, m)
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    lo[0], hi[-1] = 0, m
    return Band(lo, hi)


def _prefix(x: np.ndarray) -> np.ndarray:
    out = np.zeros((len(x) + 1,) + x.shape[1:], dtype=np.float64)
    np.cumsum(x, axis=0, out=out[1:])
    return out


def _block_norms(vectors: np.ndarray, max_block: int) -> np.ndarray:
    """``norms[k, e]``: norm of the sum of the ``k+1`` vectors ending before ``e``."""
    p = _prefix(vectors)
    out = np.zeros((max_block, len(vectors) + 1))
    for k in range(max_block):
        s = p[k + 1:] - p[:-(k + 1)]
        out[k, k + 1:] = np.linalg.norm(s, axis=1)
    return out


def _block_sums(values: np.ndarray, max_block: int) -> np.ndarray:
    """``sums[k, e]``: sum of the ``k+1`` values ending before ``e``."""
    p = _prefix(values)
    out = np.zeros((max_block, len(values) + 1))
    for k in range(max_block):
        out[k, k + 1:] = p[k + 1:] - p[:-(k + 1)]
    return out


class _BandGeometry:
    """Index arrays shared by every feature: where block ``(a, b)`` ending at band cell
    ``(i, lo[i] + k)`` reads its sentence-level dot products."""

    def __init__(self, band: Band, n: int, m: int, max_block: int):
        self.band, self.n, self.m, self.max_block = band, n, m, max_block
        rows = np.arange(n + 1)
        self.cols = band.lo[:, None] + np.arange(band.width)[None, :]  # absolute node columns
        self.valid = self.cols <= band.hi[:, None]
        # sentence row r holds dot products for target sentences slo[r] .. slo[r] + swidth - 1
        last = np.minimum(rows[:-1] + max_block, n)
        self.slo = np.maximum(band.lo[1:] - max_block, 0)
        self.swidth = int((np.minimum(band.hi[last], m) - self.slo).max()) + 1
        self.rows = rows

    def sentence_dots(self, src: np.ndarray, tgt: np.ndarray) -> np.ndarray:
        """Prefix sums along each sentence row of the band of dot products."""
        n, width = self.n, self.swidth
        g = np.zeros((n, width + 1))
        chunk = 256
        for r0 in range(0, n, chunk):
            r1 = min(r0 + chunk, n)
            c0 = int(self.slo[r0])
            c1 = min(int(self.slo[r1 - 1]) + width, self.m)
            dots = src[r0:r1] @ tgt[c0:c1].T
            idx = (self.slo[r0:r1, None] - c0) + np.arange(width)[None, :]
            inside = idx < (c1 - c0)
            g[r0:r1, 1:] = np.where(inside, np.take_along_axis(dots, np.minimum(idx, c1 - c0 - 1), 1), 0.0)
        return np.cumsum(g, axis=1)

    def row_sums(self, cum: np.ndarray) -> dict[tuple[int, int], np.ndarray]:
        """``sums[(t, b)][i, k]``: sum of sentence row ``i - t``'s dot products with the
        target sentences before column ``j - b`` (``j`` the cell's column), from the
        row's own start; differences of these give any block's dot products."""
        out = {}
        for t in range(1, self.max_block + 1):
            r = clamp(self.rows - t, 0, self.n - 1)
            base = self.cols - self.slo[r][:, None]
            for b in range(self.max_block + 1):
                out[(t, b)] = np.take_along_axis(cum[r], clamp(base - b, 0, self.swidth), 1)
        return out


def _feature_scores(geo: _BandGeometry, f: Feature, max_block: int):
    """For every block shape ``(a, b)``: the sum over the block's ``a + b`` sentences of
    each one's margin (or cosine) with the other side of the block, and the margin of
    the whole block with the whole other side."""
    src = np.asarray(f.source, dtype=np.float64)
    tgt = np.asarray(f.target, dtype=np.float64)
    sums = geo.row_sums(geo.sentence_dots(src, tgt))
    rows, cols = geo.rows, np.minimum(geo.cols, geo.m)
    block_src = _block_norms(src, max_block)[:, rows][:, :, None]  # (a, rows, 1)
    block_tgt = _block_norms(tgt, max_block)[:, cols]  # (b, rows, width)
    x_norm, y_norm = np.linalg.norm(src, axis=1), np.linalg.norm(tgt, axis=1)
    x_base = y_base = np.zeros(1)
    if f.centred:  # mean cosine with the other side: the dot product with its mean vector
        x_base, y_base = src @ _unit_mean(tgt), tgt @ _unit_mean(src)
        with np.errstate(divide="ignore", invalid="ignore"):
            u_base = _block_sums(x_base, max_block)[:, rows][:, :, None] / block_src
            v_base = _block_sums(y_base, max_block)[:, cols] / block_tgt
        x_base = np.divide(x_base, x_norm, out=np.zeros_like(x_base), where=x_norm > 0)
        y_base = np.divide(y_base, y_norm, out=np.zeros_like(y_base), where=y_norm > 0)
        if f.unrelated_cosine is not None:
            x_base, u_base = (_with_prior(v, len(tgt), f.unrelated_cosine) for v in (x_base, u_base))
            y_base, v_base = (_with_prior(v, len(src), f.unrelated_cosine) for v in (y_base, v_base))
    x_norm_at = {t: x_norm[clamp(rows - t, 0, geo.n - 1)][:, None] for t in range(1, max_block + 1)}
    x_base_at = {t: x_base[clamp(rows - t, 0, len(x_base) - 1)][:, None] for t in range(1, max_block + 1)}
    y_norm_at = {u: y_norm[clamp(cols - u, 0, geo.m - 1)] for u in range(1, max_block + 1)}
    y_base_at = {u: y_base[clamp(cols - u, 0, len(y_base) - 1)] for u in range(1, max_block + 1)}
    members, whole = {}, {}
    with np.errstate(divide="ignore", invalid="ignore"):
        for a in range(1, max_block + 1):
            un = block_src[a - 1]
            for b in range(1, max_block + 1):
                vn = block_tgt[b - 1]
                total = 0.0
                dot = 0.0
                for t in range(1, a + 1):  # source sentence i - t against the target block
                    d = sums[(t, 0)] - sums[(t, b)]
                    dot = dot + d
                    score = d / (x_norm_at[t] * vn)
                    if f.centred:
                        score = score - 0.5 * (x_base_at[t] + v_base[b - 1])
                    total = total + _finite(score)
                for u in range(1, b + 1):  # target sentence j - u against the source block
                    d = sum(sums[(t, u - 1)] - sums[(t, u)] for t in range(1, a + 1))
                    score = d / (y_norm_at[u] * un)
                    if f.centred:
                        score = score - 0.5 * (y_base_at[u] + u_base[a - 1])
                    total = total + _finite(score)
                block = dot / (un * vn)
                if f.centred:
                    block = block - 0.5 * (u_base[a - 1] + v_base[b - 1])
                members[(a, b)] = total
                whole[(a, b)] = _finite(block)
    return members, whole


def _with_prior(mean_cosine: np.ndarray, others: int, unrelated: float) -> np.ndarray:
    """A mean cosine with the ``others`` sentences of the other side, as if
    ``PRIOR_SENTENCES`` more, unrelated to it (cosine ``unrelated``), were among them.

    A sentence's mean cosine with a long document is its cosine with unrelated sentences
    of the same story; with two or three, its own counterpart weighs in that mean, and
    every margin shrinks to the noise. Black-box probes: two sentences condensed into one
    lost the weaker («ساعت ۸ صبح جلسه آغاز شد. ساعت ۱۲ ظهر به پایان رسید.» against "The
    meeting began at 8 a.m. and ended at noon."), and two sentences whose figures the
    translation swapped were paired crosswise, one left out and one added."""
    return (others * mean_cosine + PRIOR_SENTENCES * unrelated) / (others + PRIOR_SENTENCES)


def margin_scale(best: np.ndarray, features: list[Feature]) -> float:
    """What centred scores are divided by so that a typical true pair scores 1: the median
    of ``best``, each sentence's best 1-1 margin. That takes most sentences to have a
    counterpart. Where few have (a short document with unrelated additions, or two
    unrelated documents) the median is the noise among unrelated pairs, and by it a block
    of unrelated sentences scored and counted as a true pair. So where a feature knows
    its model's ``pair_cosine``, the scale is at least ``PRIOR_SHARE`` of the margin such
    a pair has over the documents' mean cosine."""
    priors = [PRIOR_SHARE * (f.pair_cosine - float(_unit_mean(f.source) @ _unit_mean(f.target)))
              for f in features if f.pair_cosine is not None]
    return max(float(np.median(best)), *priors, 1e-3)


def _unit_mean(x: np.ndarray) -> np.ndarray:
    """Mean of the rows scaled to unit length (rows may carry weights, e.g. lengths)."""
    return unit_rows(x).mean(axis=0)


def _finite(x: np.ndarray) -> np.ndarray:
    """``x`` with NaN and infinities as 0 (what np.nan_to_num does, five times faster on
    the small arrays of short documents)."""
    return np.where(np.isfinite(x), x, 0.0)


def _similarity(features, geo, max_block):
    """Weighted member and whole-block scores of all features, centred ones divided by
    the document's median best 1-1 margin so that a typical true pair scores 1."""
    parts = {True: ({}, {}), False: ({}, {})}
    for f in features:
        members, whole = _feature_scores(geo, f, max_block)
        acc_members, acc_whole = parts[f.centred]
        for key in members:
            acc_members[key] = acc_members.get(key, 0.0) + f.weight * members[key]
            acc_whole[key] = acc_whole.get(key, 0.0) + f.weight * whole[key]
    ref = 1.0
    one = parts[True][1].get((1, 1))
    if one is not None:
        masked = np.where(geo.valid & (geo.cols >= 1) & (geo.rows[:, None] >= 1), one, NEG)
        best = masked[1:].max(axis=1)
        best = best[np.isfinite(best)]
        if len(best):
            ref = margin_scale(best, features)
    keys = set(parts[True][0]) | set(parts[False][0])
    members = {k: parts[True][0].get(k, 0.0) / ref + parts[False][0].get(k, 0.0) for k in keys}
    whole = {k: parts[True][1].get(k, 0.0) / ref + parts[False][1].get(k, 0.0) for k in keys}
    return members, whole


def length_cost(source_chars, target_chars, ratio: float, variance: float = Params.length_variance):
    """Gale–Church: half the squared normalised deviation of the target length from the
    source length times ``ratio`` (the document's overall length ratio), capped at 12;
    for numbers or arrays of block lengths in characters."""
    spread = np.sqrt(np.maximum((source_chars + target_chars / ratio) / 2, 1.0) * variance)
    delta = (target_chars - ratio * source_chars) / spread
    return np.minimum(delta * delta / 2, 12.0)


def length_ratio(source_chars: float, target_chars: float) -> float:
    """The document's target/source length ratio for :func:`length_cost`, as if each side
    had ``RATIO_PRIOR_CHARS`` more characters (a prior of equal lengths). The ratio takes every
    sentence to be translated: one sentence against its translation and three added ones
    set it to about 4 without the prior, and Gale–Church then preferred a 1-4 block, or
    leaving the sentence out, to the pair; on long documents the prior hardly counts."""
    return (target_chars + RATIO_PRIOR_CHARS) / (source_chars + RATIO_PRIOR_CHARS)


def _length_term(geo, source_len, target_len, max_block, params):
    """:func:`length_cost` of every candidate block."""
    ratio = length_ratio(source_len.sum(), target_len.sum())
    sl = _block_sums(source_len, max_block)
    tl = _block_sums(target_len, max_block)
    out = {}
    for a in range(1, max_block + 1):
        for b in range(1, max_block + 1):
            ls = sl[a - 1][geo.rows][:, None]
            lt = tl[b - 1][np.minimum(geo.cols, geo.m)]
            out[(a, b)] = length_cost(ls, lt, ratio, params.length_variance)
    return out


# Gale and Church's (1993) prior probabilities of block shapes, for the length-only baseline.
_GC_PRIOR = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}


def _block_scores(features, source_len, target_len, geo, max_block, params):
    """Objective value of every candidate block; also the [0, 1] score reported for it."""
    length = _length_term(geo, source_len, target_len, max_block, params)
    objective, reported = {}, {}
    if params.length_only:
        for key, pen in length.items():
            prior = _GC_PRIOR.get(key, 0.001)
            objective[key] = -pen + math.log(prior)
            reported[key] = np.exp(-pen)
        skip = math.log(_GC_PRIOR[(1, 0)])
        return objective, reported, np.full(geo.n, skip), np.full(geo.m, skip)
    members, whole = _similarity(features, geo, max_block)
    for key, s in members.items():
        a, b = key
        objective[key] = (s - params.threshold * (a + b) - params.length_weight * length[key]
                          - params.size_penalty * (a + b - 2) - params.many_to_many * (min(a, b) >= 2))
        reported[key] = clamp(whole[key], 0.0, 1.0)
    return objective, reported, np.zeros(geo.n), np.zeros(geo.m)


def _banded_dp(features, source_len, target_len, band: Band, max_block: int, params: Params):
    n, m = len(source_len), len(target_len)
    geo = _BandGeometry(band, n, m, max_block)
    objective, reported, skip_src, skip_tgt = _block_scores(features, source_len, target_len, geo,
                                                            max_block, params)
    shapes = moves(max_block)
    width = band.width
    cols = geo.cols
    score = np.full((n + 1, width), NEG)
    back = np.full((n + 1, width), -1, dtype=np.int32)  # a move index: max_block² + 2 of them
    skip_tgt_at = np.where(cols >= 1, skip_tgt[clamp(cols - 1, 0, m - 1)], 0.0)
    for i in range(n + 1):
        best = np.full(width, NEG)
        arg = np.full(width, -1, dtype=np.int32)
        if i == 0:
            best[0] = 0.0 if band.lo[0] == 0 else NEG
        for idx, (a, b) in enumerate(shapes):
            if a == 0 or a > i:
                continue
            r = i - a
            shift = int(band.lo[i] - band.lo[r]) - b  # cell k of row i reads cell k + shift of row r
            val = np.full(width, NEG)
            if 0 <= shift < width:
                val[:width - shift] = score[r, shift:]
            elif -width < shift < 0:
                val[-shift:] = score[r, :width + shift]
            val += skip_src[i - 1] if b == 0 else objective[(a, b)][i]
            better = val > best
            best[better] = val[better]
            arg[better] = idx
        # 0-1 moves run along the row: D[k] = max(best[k], D[k-1] + skip), in closed form
        inc = np.concatenate([[0.0], skip_tgt_at[i, 1:]])
        cum = np.cumsum(inc)
        run = np.maximum.accumulate(best - cum)
        from_left = (best - cum) < run
        row = cum + run
        arg = np.where(from_left, len(shapes) - 1, arg)
        row[~geo.valid[i]] = NEG
        score[i] = row
        back[i] = arg
    return _backtrace(back, reported, band, shapes, n, m)


def _backtrace(back, reported, band, shapes, n, m):
    blocks = []
    i, j = n, m
    while i > 0 or j > 0:
        k = j - band.lo[i]
        a, b = shapes[back[i, k]]
        score = float(reported[(a, b)][i, k]) if a and b else 0.0
        blocks.append((i - a, i, j - b, j, round(score, 6)))
        i, j = i - a, j - b
    blocks.reverse()
    return blocks


def unit_rows(x: np.ndarray) -> np.ndarray:
    """Each row scaled to unit length (zero rows stay zero)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)


def typical_cosine(blocks: list[Block], src_unit: np.ndarray, tgt_unit: np.ndarray) -> float:
    """The median cosine of the document's one-to-one blocks (of every linked block if
    none is one-to-one): how close an ordinary full rendering of a sentence is."""
    pairs = typical_blocks(blocks)
    if not pairs:
        return 0.0
    return float(np.median([(src_unit[list(b.source)] @ tgt_unit[list(b.target)].T).max() for b in pairs]))


def typical_blocks(blocks: list[Block]) -> list[Block]:
    """The one-to-one blocks, or every linked block where none is one-to-one: what a
    document's ordinary rendering of a sentence is measured on."""
    linked = [b for b in blocks if b.source and b.target]
    return [b for b in linked if len(b.source) == len(b.target) == 1] or linked


def clamp(x, lo, hi):
    """np.clip, without its per-call overhead (the DP clamps small index arrays thousands
    of times per document)."""
    return np.minimum(np.maximum(x, lo), hi)
