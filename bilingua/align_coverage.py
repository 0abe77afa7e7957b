"""Coverage mode of :func:`bilingua.align.align_documents`: English coverage of a Persian
report, which reorders, condenses, omits and adds.

First :func:`coverage_blocks` finds which source span each target sentence reports, by a
Viterbi path that favours reading the source in order without requiring it, then puts
the source in that reading order and runs the monotone DP of :mod:`bilingua.align_dp`;
then spans take in an uncovered neighbour when the embedded concatenation says the
target condenses it too (:func:`extend_condensed`), a one-to-one link moves to an added
target that is its source's mutual nearest neighbour (:func:`relink_added`), a left-out
sentence and an added one that are each other's nearest are linked (:func:`link_leftovers`),
block membership is settled piece by piece of the target and by embedding the span with and
without a sentence (:func:`settle_members`), and last a sentence that a target condenses
with sentences elsewhere in the report leaves a weaker one-to-one link for that target's
block (:func:`join_scattered`).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from .align_dp import Feature, Params, align_monotone, clamp, margin_scale, typical_cosine, unit_rows
from .embed import Embedder
from .types import Block

_CLAUSE_BREAK = re.compile(r"(?<=[;؛])\s+")
# Coverage mode (tuned on perturbed NTREX/TICO coverage, benchmarks/bench_align.py).
# Picking spans in any order: a link must clear more than in the monotone DP.
COVERAGE_LINK = Params(threshold=0.5, size_penalty=0.0)
CONTINUATION = 0.6  # bonus for a span that continues where the previous target's ended
SPAN_SLACK = 0.2  # how far below its best target a sentence of a span may score
NEAREST_SOURCES = 16  # spans are scored around this many nearest source sentences per target
# condensed passages are shorter than their sources
COVERAGE_DP = Params(threshold=0.15, length_weight=0.15, size_penalty=0.1)
# Block membership (settle_members), in cosine units, chosen on the dev half.
CLAUSE_SLACK = 0.012  # a member may trail another on its best clause by this much
RENDERED_WEIGHT = 0.5  # weight, in a sentence's support, of how fully the rest of its block renders the target
SUPPORT_BAND = 0.01  # a member stays while its support is above -this; a neighbour joins above +this
# ... a sentence from elsewhere in the report (a lede's) joins above this. Dev omissions+additions
# F1 (coverage / on-topic) 0.9251 / 0.8047 at 0.03, 0.9231 / 0.8020 at 0.035, 0.9281 / 0.8027 at
# 0.04, 0.9241 / 0.8027 at 0.045, 0.9221 / 0.8027 at 0.05 (0.9201 / 0.7954 before a piece's best
# source was offered, at 0.03).
FAR_SUPPORT_BAND = 0.04
WINDOW_SPLITS = (2, 3, 4)  # an unmarked target is also cut into halves, thirds and quarters by words
WINDOW_WORDS = 6  # ... where each piece has at least this many words
# A target sentence of a many-target block is added, not reporting (split_added), when
# the block's embedded target span comes at least this much closer to its source without it.
ADDED_GAIN = 0.005
# Scattered condensation (join_scattered), in cosine units, set before measuring.
SCATTERED_PREFERENCE = 0.02  # a sentence linked 1-1 matches another target better by at least this
SCATTERED_GAIN = 0.005  # ... and that target's embedded block comes at least this much closer with it
# A one-to-one link this far (cosine) below the document's typical one, between sentences that
# are not each other's nearest, is broken up (unlink_weak). Chosen on the dev half: on-topic
# omissions+additions F1 0.7755 without, 0.7928 / 0.7954 / 0.7940 / 0.7845 at 0.05 / 0.055 /
# 0.06 / 0.07; the other coverage benchmark's dev F1 0.9201 at all of them but 0.05 (0.9161).
WEAK_LINK = 0.055
# A left-out sentence and an added one that are each other's nearest among the sentences left
# over are linked when their cosine is at most this far below the typical link (link_leftovers).
# Dev omissions+additions F1 (coverage / on-topic): 0.9281 / 0.8027 without; 0.9281 / 0.8081 at
# 0, 0.9342 / 0.8095 at 0.02, 0.9342 / 0.8270 at 0.03, 0.9383 / 0.8229 at 0.035, 0.9425 / 0.8188
# at 0.04, 0.9425 / 0.8063 at 0.045, 0.9425 / 0.8043 at 0.055, 0.9404 / 0.7853 at 0.08.
LEFTOVER_SLACK = 0.04


class _SpanScorer:
    """Scores of source spans (up to ``max_block`` consecutive sentences) against single
    target sentences, on the DP's scale, for the spans that hold one of the target's
    ``top_k`` nearest source sentences only, so that time and memory stay near-linear.

    The nearest sentences (by embedding margin) come from one pass over slices of target
    sentences, one matrix product each: the only step that meets every pair. The score
    of a span against a target sentence sums each span sentence's score against it and
    its score against the whole span (the length-weighted sum).
    """

    def __init__(self, features: list[Feature], max_block: int, top_k: int, chunk: int = 256):
        self.max_block, self.chunk = max_block, chunk
        self.n, self.m = len(features[0].source), len(features[0].target)
        self.parts = [self._prepare(f) for f in features]
        self.ref = 1.0
        best, self.nearest, targets_near = self._nearest(min(top_k, self.n))
        self.ref = margin_scale(best, features)
        # each source sentence's best 1-1 score, among its nearest target sentences
        self.row_best = np.concatenate([self.pair_at(np.arange(i0, i1)[:, None], targets_near[i0:i1]).max(axis=1)
                                        for i0, i1 in self.slices(self.n, 64)])

    def _prepare(self, f: Feature) -> dict:
        x = np.asarray(f.source, dtype=np.float64)
        y = np.asarray(f.target, dtype=np.float64)
        part = {"xu": unit_rows(x), "x_norm": np.linalg.norm(x, axis=1), "yu": unit_rows(y), "weight": f.weight,
                "centred": f.centred}
        sums = np.zeros((self.n + 1, x.shape[1]))
        np.cumsum(x, axis=0, out=sums[1:])
        part["norms"] = [np.linalg.norm(sums[a:] - sums[:-a], axis=1) for a in range(1, self.max_block + 1)]
        if f.centred:  # mean cosines with the other side: dot products with its mean unit vector
            mean_t, mean_s = part["yu"].mean(axis=0), part["xu"].mean(axis=0)
            part["bx"], part["by"] = part["xu"] @ mean_t, part["yu"] @ mean_s
            base = np.concatenate([[0.0], np.cumsum(x @ mean_t)])
            with np.errstate(divide="ignore", invalid="ignore"):
                part["bspan"] = [(base[a:] - base[:-a]) / part["norms"][a - 1] for a in range(1, self.max_block + 1)]
        return part

    def _nearest(self, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """By the centred signals' scores: each source sentence's best score, each target
        sentence's ``k`` nearest source sentences (ascending) and each source sentence's
        ``k`` nearest target sentences."""
        best = np.full(self.n, -np.inf)
        nearest = np.zeros((self.m, k), dtype=np.int64)
        near_t = np.zeros((self.n, 0), dtype=np.int64)
        near_score = np.zeros((self.n, 0))
        for j0, j1 in self.slices(self.m, self.chunk):
            scores = self.centred_pair(j0, j1)
            best = np.maximum(best, scores.max(axis=1))
            nearest[j0:j1] = np.sort(_top(np.ascontiguousarray(scores.T), k), axis=1)
            row_top = _top(scores, min(k, j1 - j0))
            near_t = np.concatenate([near_t, row_top + j0], axis=1)
            near_score = np.concatenate([near_score, np.take_along_axis(scores, row_top, axis=1)], axis=1)
            keep = _top(near_score, min(k, near_t.shape[1]))
            near_t, near_score = (np.take_along_axis(v, keep, axis=1) for v in (near_t, near_score))
        return best, nearest, near_t

    @staticmethod
    def slices(size: int, chunk: int):
        return [(a, min(a + chunk, size)) for a in range(0, size, chunk)]

    def _scale(self, part) -> float:
        return part["weight"] / self.ref if part["centred"] else part["weight"]

    def _cos(self, part, j0: int, j1: int) -> np.ndarray:
        cos = part["xu"] @ part["yu"][j0:j1].T
        if part["centred"]:
            cos -= 0.5 * (part["bx"][:, None] + part["by"][None, j0:j1])
        return cos

    def centred_pair(self, j0: int, j1: int) -> np.ndarray:
        """``(n, j1 - j0)``: 1-1 scores of every source sentence with targets ``j0:j1`` by
        the centred signals (embedding margins) alone."""
        total = np.zeros((self.n, j1 - j0))
        for part in self.parts:
            if part["centred"]:
                total += self._scale(part) * self._cos(part, j0, j1)
        return total

    def _raw_and_cos(self, part, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Plain and centred cosines of source sentences ``rows`` with target sentences
        ``cols`` (index arrays of one shape, or broadcasting to one); each distinct pair
        is computed once (the spans around nearby sentences overlap)."""
        rows, cols = np.broadcast_arrays(rows, cols)
        pairs, where = np.unique(rows * self.m + cols, return_inverse=True)
        distinct_rows, distinct_cols = np.divmod(pairs, self.m)
        raw = np.einsum("kd,kd->k", part["xu"][distinct_rows], part["yu"][distinct_cols])[where].reshape(rows.shape)
        if not part["centred"]:
            return raw, raw
        return raw, raw - 0.5 * (part["bx"][rows] + part["by"][cols])

    def pair_at(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """1-1 scores of source sentences ``rows`` with target sentences ``cols``."""
        return sum(self._scale(part) * self._raw_and_cos(part, rows, cols)[1] for part in self.parts)

    def spans(self, j0: int, j1: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The spans holding one of the nearest source sentences of targets ``j0:j1``:
        ``(starts, sizes, scores, strays)``, the first and last two of shape
        ``(j1 - j0, top_k, spans per nearest sentence)``, ``sizes`` of the last axis's
        length; ``strays`` counts the span sentences that score more than ``SPAN_SLACK``
        below their best target. Spans running off the document have score -inf."""
        reach = self.max_block - 1
        offsets = [(a, o) for a in range(1, min(self.max_block, self.n) + 1) for o in range(a)]
        sizes = np.array([a for a, _ in offsets])
        near = self.nearest[j0:j1]
        starts = near[:, :, None] - np.array([o for _, o in offsets])
        window = clamp(near[:, :, None] + np.arange(-reach, reach + 1), 0, self.n - 1)
        cols = np.arange(j0, j1)[:, None, None]
        scores = np.zeros(starts.shape)
        pair = np.zeros(window.shape)
        for part in self.parts:
            scale = self._scale(part)
            raw, cos = self._raw_and_cos(part, window, cols)
            pair += scale * cos
            cos_sums, dot_sums = (np.concatenate([np.zeros(v.shape[:-1] + (1,)), np.cumsum(v, axis=-1)], axis=-1)
                                  for v in (cos, raw * part["x_norm"][window]))
            for k, (a, o) in enumerate(offsets):
                lo = reach - o
                start = clamp(starts[:, :, k], 0, self.n - a)
                with np.errstate(divide="ignore", invalid="ignore"):
                    whole = (dot_sums[:, :, lo + a] - dot_sums[:, :, lo]) / part["norms"][a - 1][start]
                    if part["centred"]:
                        whole -= 0.5 * (part["by"][j0:j1, None] + part["bspan"][a - 1][start])
                scores[:, :, k] += scale * (cos_sums[:, :, lo + a] - cos_sums[:, :, lo] + np.nan_to_num(whole))
        stray = np.cumsum(pair < self.row_best[window] - SPAN_SLACK, axis=-1)
        stray = np.concatenate([np.zeros(stray.shape[:-1] + (1,), dtype=stray.dtype), stray], axis=-1)
        strays = np.stack([stray[:, :, reach - o + a] - stray[:, :, reach - o] for a, o in offsets], axis=-1)
        scores[(starts < 0) | (starts + sizes > self.n)] = -np.inf
        return starts, sizes, scores, strays


def _top(scores: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the ``k`` highest scores of each row, in no particular order."""
    return np.argpartition(-scores, k - 1, axis=1)[:, :k]


def coverage_order(block: Block) -> tuple:
    """Sort key of coverage blocks: by first target sentence, then uncovered sources in order."""
    return (0, block.target[0], block.source) if block.target else (1, block.source[0], ())


def coverage_blocks(features: list[Feature], source_len: np.ndarray, target_len: np.ndarray,
                    max_block: int) -> list[Block]:
    """Non-monotone alignment for coverage that moves, condenses, omits and adds.

    1. Each target sentence picks the source span (up to ``max_block`` consecutive
       sentences) it reports, or none, by a Viterbi path over the target sentences: a
       span starting where the previous one ended earns ``CONTINUATION``, any other jump
       costs nothing, so moved paragraphs are read as runs.
    2. The source sentences are put in the order in which the target reports them; a
       sentence no target picked goes right after its predecessor in that order.
    3. The monotone DP of translation mode aligns this reordered source with the target,
       deciding merges (condensed passages), 1-0 (not reported) and 0-1 (added).

    Blocks come in the order of their first target sentence, then the source sentences
    no target reports as 1-0 blocks, in source order. As any order is possible, step 1
    considers, for each target sentence, the spans around its ``NEAREST_SOURCES``
    nearest source sentences anywhere in the document: finding them is one matrix
    product (a slice of targets at a time); scoring the spans is linear in the
    documents' length, and so is memory.
    """
    order = _reading_order(_viterbi_spans(_span_links(features, max_block), CONTINUATION), len(source_len))
    # without the short-document prior on mean cosines (align_dp._with_prior): its higher
    # margins let the DP absorb sentences the coverage leaves out (dev F1 0.9325 -> 0.9278)
    reordered = [replace(f, source=np.asarray(f.source)[order], unrelated_cosine=None) for f in features]
    blocks = [Block(tuple(sorted(int(i) for i in order[i0:i1])), tuple(range(j0, j1)), score)
              for i0, i1, j0, j1, score in align_monotone(reordered, np.asarray(source_len)[order], target_len,
                                                          max_block, COVERAGE_DP)]
    blocks.sort(key=coverage_order)
    return blocks


def _span_links(features: list[Feature], max_block: int) -> list[list[tuple[int, int, float]]]:
    """Per target sentence, the ``(size, end, value)`` of every source span worth linking
    it to (value > 0, leaving it unlinked being worth 0), among the spans holding one of
    its ``NEAREST_SOURCES`` nearest source sentences; sorted by size, then end."""
    scorer = _SpanScorer(features, max_block, NEAREST_SOURCES)
    links: list[list[tuple[int, int, float]]] = []
    for j0, j1 in scorer.slices(scorer.m, 64):
        starts, sizes, scores, strays = scorer.spans(j0, j1)
        objective = scores - COVERAGE_LINK.threshold * (sizes + 1) - COVERAGE_LINK.size_penalty * (sizes - 1)
        # a span of 2+ sentences only for a target that each of them reports best (a
        # condensed passage), not for one that also takes in a neighbour reported elsewhere
        objective[(sizes > 1) & (strays > 0)] = -np.inf
        for k in range(j1 - j0):
            found: dict[tuple[int, int], float] = {}
            for near, span in zip(*np.nonzero(objective[k] > 0)):
                found.setdefault((int(sizes[span]), int(starts[k, near, span] + sizes[span])),
                                 float(objective[k, near, span]))
            links.append([(size, end, value) for (size, end), value in sorted(found.items())])
    return links


def _reading_order(choice: list[tuple[int, int]], n: int) -> np.ndarray:
    """Source indices in the order the target reports them; each sentence no target
    reports comes right after its predecessor (at the start if it opens the document)."""
    reported: list[int] = []
    placed: set[int] = set()
    for size, end in choice:
        for i in range(end - size, end):
            if i not in placed:
                reported.append(i)
                placed.add(i)

    def followers(i: int) -> list[int]:
        out = []
        while i + 1 < n and i + 1 not in placed:
            i += 1
            out.append(i)
        return out

    order = followers(-1)
    for i in reported:
        order += [i] + followers(i)
    return np.array(order, dtype=np.int64)


def _viterbi_spans(links: list[list[tuple[int, int, float]]], continuation: float) -> list[tuple[int, int]]:
    """Best span ``(size, end)`` per target sentence, ``(0, 0)`` for none, maximising the
    summed link values plus ``continuation`` for each span that starts where the
    previous target's span ended. Linear in the number of candidate links."""
    NONE = (0, 0)
    previous: dict[tuple[int, int], float] = {}  # span state -> best path score
    none_score = 0.0
    back: list[dict[tuple[int, int], tuple[int, int]]] = []
    for candidates in links:
        best_state, best_prev = NONE, none_score
        by_end: dict[int, tuple[float, tuple[int, int]]] = {}
        for state, score in sorted(previous.items()):
            if score > best_prev:
                best_state, best_prev = state, score
            if state[1] not in by_end or score > by_end[state[1]][0]:
                by_end[state[1]] = (score, state)
        current, pointers = {}, {NONE: best_state}
        for size, end, value in candidates:
            run = by_end.get(end - size)
            if run is not None and run[0] + continuation > best_prev:
                current[(size, end)], pointers[(size, end)] = value + run[0] + continuation, run[1]
            else:
                current[(size, end)], pointers[(size, end)] = value + best_prev, best_state
        back.append(pointers)
        previous, none_score = current, best_prev
    state = NONE
    for candidate, score in sorted(previous.items()):
        if score > (none_score if state == NONE else previous[state]):
            state = candidate
    path = []
    for pointers in reversed(back):
        path.append(state)
        state = pointers[state]
    return path[::-1]


def extend_condensed(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], embedder: Embedder,
                     max_block: int, rounds: int = 3) -> list[Block]:
    """Take uncovered source sentences into the neighbouring span they were condensed into.

    A target sentence that condenses several source sentences is only weakly like each
    of them, so the span DP tends to leave one end of such a passage out (1-0). Here
    the *concatenated text* of each linked contiguous span, with and without an
    adjacent uncovered source sentence, is embedded and compared with the block's
    target text: the sentence joins the span when the longer text is the closer one.
    Only extension is tried: shrinking spans this way cost more than it gained on the
    tuning documents (see the README). About one extra embedding per linked block per
    round; the texts are cached like any other.
    """
    blocks = list(blocks)
    for _ in range(rounds):
        owner = {i: k for k, b in enumerate(blocks) for i in b.source}
        proposals = []  # (block index, candidate spans), the current span first
        for k, b in enumerate(blocks):
            span = b.source
            if not b.target or not span or len(span) >= max_block or span != tuple(range(span[0], span[-1] + 1)):
                continue
            candidates = [span]
            if span[0] > 0 and not blocks[owner[span[0] - 1]].target:
                candidates.append((span[0] - 1,) + span)
            if span[-1] + 1 < len(src_texts) and not blocks[owner[span[-1] + 1]].target:
                candidates.append(span + (span[-1] + 1,))
            if len(candidates) > 1:
                proposals.append((k, candidates))
        if not proposals:
            break
        targets = span_vectors(tgt_texts, [blocks[k].target for k, _ in proposals], embedder)
        spans = span_vectors(src_texts, [span for _, candidates in proposals for span in candidates], embedder)
        taken: set[int] = set()
        changed = False
        row = 0
        for (k, candidates), target in zip(proposals, targets):
            cosines = spans[row:row + len(candidates)] @ target
            row += len(candidates)
            best = int(np.argmax(cosines))  # ties keep the current span (index 0)
            added = set(candidates[best]) - set(blocks[k].source)
            if best == 0 or added & taken:
                continue
            taken |= added
            blocks[k] = Block(candidates[best], blocks[k].target, blocks[k].score)
            changed = True
        if not changed:
            break
        blocks = [b for b in blocks if b.target or not (set(b.source) & taken)]
    blocks.sort(key=coverage_order)
    return blocks


def unlink_weak(blocks: list[Block], src_unit: np.ndarray, tgt_unit: np.ndarray,
                nearest: np.ndarray) -> list[Block]:
    """Break up a one-to-one link that scores ``WEAK_LINK`` (cosine) or more below the
    document's typical one-to-one link and whose two sentences are not each other's
    nearest: an added sentence on the report's own topic, linked to a source sentence the
    report left out, rather than a report of it. ``nearest``: :func:`nearest_targets`."""
    typical = typical_cosine(blocks, src_unit, tgt_unit)
    out = []
    for b in blocks:
        if len(b.source) == len(b.target) == 1:
            i, j = b.source[0], b.target[0]
            weak = float(src_unit[i] @ tgt_unit[j]) < typical - WEAK_LINK
            if weak and not (nearest[i, 0] == j and int(np.argmax(tgt_unit[j] @ src_unit.T)) == i):
                out += [Block((i,), ()), Block((), (j,))]
                continue
        out.append(b)
    return out


def link_leftovers(blocks: list[Block], src_unit: np.ndarray, tgt_unit: np.ndarray) -> list[Block]:
    """Link a left-out source sentence and an added target sentence that are each other's
    nearest among the sentences left over, when their cosine is at most
    ``LEFTOVER_SLACK`` below the document's typical link (:func:`typical_cosine`).

    The span search gives each target its best span, and :func:`relink_added` may then move
    a link to a better target: the target it leaves was chosen over the sentences that are
    now left out, and nothing offered it those again. A condensed passage whose target
    first went to a neighbour's sentence ends so, as a left-out passage beside an added
    sentence that reports it. The new link's score is its cosine's rise above the
    documents' mean cosine, over the typical link's (a margin, as the DP's scores are);
    :func:`settle_members` may then take the passage's other sentences into it.
    """
    free_s = [i for b in blocks if not b.target for i in b.source]
    free_t = [j for b in blocks if not b.source for j in b.target]
    if not free_s or not free_t:
        return blocks
    typical = typical_cosine(blocks, src_unit, tgt_unit)
    mean = float(src_unit.mean(axis=0) @ tgt_unit.mean(axis=0))  # of all the documents' pairs
    links = {}
    for a, b, cosine in _mutual_nearest(src_unit[free_s], tgt_unit[free_t]):
        if cosine >= typical - LEFTOVER_SLACK:
            margin = (cosine - mean) / max(typical - mean, 1e-9)
            links[free_s[a]] = (free_t[b], round(float(clamp(margin, 0.0, 1.0)), 6))
    if not links:
        return blocks
    linked_t = {j for j, _ in links.values()}
    out = [b for b in blocks if b.source and b.target] + [Block((i,), (j,), score) for i, (j, score) in links.items()]
    out += [Block((i,), ()) for i in free_s if i not in links] + [Block((), (j,)) for j in free_t if j not in linked_t]
    out.sort(key=coverage_order)
    return out


def _mutual_nearest(rows: np.ndarray, cols: np.ndarray, chunk: int = 256) -> list[tuple[int, int, float]]:
    """``(row, column, cosine)`` of each pair of unit vectors that are each other's nearest
    (the lower index on a tie), computed a slice of rows at a time."""
    best_col = np.zeros(len(rows), dtype=np.int64)
    best_row, col_max = np.zeros(len(cols), dtype=np.int64), np.full(len(cols), -np.inf)
    for r0 in range(0, len(rows), chunk):
        cosines = rows[r0:r0 + chunk] @ cols.T
        best_col[r0:r0 + chunk] = cosines.argmax(axis=1)
        top = cosines.argmax(axis=0)
        top_cosine = cosines[top, np.arange(len(cols))]
        better = top_cosine > col_max
        best_row[better], col_max[better] = top[better] + r0, top_cosine[better]
    return [(r, int(c), float(col_max[c])) for r, c in enumerate(best_col) if best_row[c] == r]


def relink_added(blocks: list[Block], src_unit: np.ndarray, tgt_unit: np.ndarray) -> list[Block]:
    """Move a one-to-one link to a target sentence marked added (0-1) when the two are
    mutual nearest neighbours by embedding cosine; the target it leaves is marked added.

    A source sentence reported by two non-adjacent targets is linked to one of them
    only, and the span search sometimes picks the weaker one (a foreign sentence that
    happens to resemble it): the mutual best match is the better report. The moved
    link keeps the score of the link it replaces, which it beats.
    """
    owner = {i: k for k, b in enumerate(blocks) for i in b.source}
    out = list(blocks)
    for k, b in enumerate(blocks):
        if b.source or len(b.target) != 1:
            continue
        i = int(np.argmax(src_unit @ tgt_unit[b.target[0]]))
        held = out[owner[i]]
        if len(held.source) == len(held.target) == 1 and int(np.argmax(tgt_unit @ src_unit[i])) == b.target[0]:
            out[owner[i]], out[k] = Block((i,), b.target, held.score), Block((), held.target)
    out.sort(key=coverage_order)
    return out


def join_scattered(blocks: list[Block], src_texts: list[str], src_unit: np.ndarray, tgt_unit: np.ndarray,
                   nearest: np.ndarray, embedder: Embedder, max_block: int) -> list[Block]:
    """Move a sentence linked one-to-one into the block of the target it matches best,
    where that target condenses it with sentences that are not its neighbours.

    A lede often sums up sentences from all over the report (the event from the first,
    the toll from the third); the span search only merges neighbours, so the sentence
    left over gets linked to whatever later target is on the same topic, often an added
    one. Here a sentence linked 1-1 whose cosine with another target beats its own link's
    by ``SCATTERED_PREFERENCE`` joins that target's block (one target, room for one more
    sentence) when the embedded block comes ``SCATTERED_GAIN`` closer to the target with
    it; the target it leaves is marked added. One joining sentence per block; two
    embedded (cached) spans per candidate. ``nearest`` holds each source sentence's
    nearest targets, best first (:func:`nearest_targets`).
    """
    owner = {j: k for k, b in enumerate(blocks) for j in b.target}
    candidates = []  # (block of the 1-1 link, block of the better target, sentence)
    for k, b in enumerate(blocks):
        if len(b.source) == len(b.target) == 1:
            i, best = b.source[0], int(nearest[b.source[0], 0])
            other = blocks[owner[best]]
            preference = src_unit[i] @ tgt_unit[best] - src_unit[i] @ tgt_unit[b.target[0]]
            if (preference >= SCATTERED_PREFERENCE and other.source
                    and len(other.target) == 1 and len(other.source) < max_block):
                candidates.append((k, owner[best], i))
    if not candidates:
        return blocks
    gains = _gains_joining([(blocks[o].source, i) for _, o, i in candidates],
                           tgt_unit[[blocks[o].target[0] for _, o, _ in candidates]], src_texts, embedder)
    out, changed = list(blocks), set()
    for (k, o, i), gain in zip(candidates, gains):
        if gain >= SCATTERED_GAIN and not {k, o} & changed:
            changed |= {k, o}
            out[o] = Block(tuple(sorted(blocks[o].source + (i,))), blocks[o].target, blocks[o].score)
            out[k] = Block((), blocks[k].target)
    out.sort(key=coverage_order)
    return out


def split_added(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], embedder: Embedder) -> list[Block]:
    """Split off, as added (0-1), the target sentences of a many-target block that the
    block's source does not report.

    A report adds background on its own topic (the region's earlier earthquakes beside
    the toll of this one), and such a sentence, close enough to its neighbours, joins
    their block. Each target sentence of a reporting block renders part of its source,
    so the embedded target span without it falls further from the embedded source span;
    an added one only dilutes the span, which comes closer without it. The sentence
    whose removal brings the span closest is split off while that gain is at least
    ``ADDED_GAIN``, down to one target sentence; two embedded (cached) spans a member.
    """
    out = []
    for block in blocks:
        targets = block.target
        source = span_vectors(src_texts, [block.source], embedder)[0] if len(targets) > 1 and block.source else None
        while source is not None and len(targets) > 1:
            gains = _gains_with(targets, tgt_texts, source, embedder)
            k = int(np.argmin(gains))
            if -gains[k] < ADDED_GAIN:
                break
            out.append(Block((), (targets[k],)))
            targets = tuple(j for j in targets if j != targets[k])
        out.append(Block(block.source, targets, block.score) if targets != block.target else block)
    out.sort(key=coverage_order)
    return out


def clauses(text: str) -> list[str]:
    """The clauses of a sentence: its pieces between semicolons (Latin or Persian)."""
    return [piece for piece in _CLAUSE_BREAK.split(text.strip()) if piece] or [text]


def settle_members(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                   tgt_unit: np.ndarray, nearest: np.ndarray, embedder: Embedder, max_block: int) -> list[Block]:
    """Decide which source sentences belong to each linked block, by the pieces of its
    target (:func:`target_pieces`) and by embedding the span with and without a sentence.

    A target that condenses several source sentences keeps part of each, and each of
    them matches some piece of it better than the others do, while a left-out sentence
    absorbed into a neighbour's block leads on no piece and only dilutes the span.
    Where the target marks its clauses (semicolons), a member of a many-to-one block
    that trails another on every clause by more than ``CLAUSE_SLACK`` is split off as
    uncovered, and an uncovered source sentence next to a linked block joins it when it
    leads on one of its clauses. Most targets mark nothing: their pieces are the whole
    and its halves, thirds and quarters by words, which a left-out sentence may lead on
    by chance, so there a sentence's *support* (:func:`_support`) also weighs what the
    embedded span gains from it and how fully the rest of the block already renders the
    target: a member is split off when its support is below ``-SUPPORT_BAND``, and a
    neighbour leading on a piece joins when its support is above ``SUPPORT_BAND`` (the
    band keeps the span search's decision where the evidence is weak either way).
    A lede also sums up sentences from elsewhere in the report, which the span search
    (neighbours only) leaves uncovered: an uncovered sentence that has the block's
    target among its two nearest targets (``nearest``, :func:`nearest_targets`), or that
    matches one of the target's pieces best of all the source sentences (a lede's clause
    on the toll, where the whole lede is nearer the first sentence's neighbours), is
    offered too, and joins an unmarked target above the stricter ``FAR_SUPPORT_BAND``.
    ``src_unit`` and ``tgt_unit`` hold the sentences' unit embeddings; pieces and spans
    are embedded (and cached) here.
    """
    typical = typical_cosine(blocks, src_unit, tgt_unit)
    blocks = _split_unreported(blocks, src_texts, tgt_texts, src_unit, embedder, typical)
    for _ in range(max_block - 1):
        grown = _join_reported(blocks, src_texts, tgt_texts, src_unit, nearest, embedder, max_block, typical)
        if grown is None:
            break
        blocks = grown
    blocks.sort(key=coverage_order)
    return blocks


def _support(leads: np.ndarray, gains: np.ndarray, rendered: np.ndarray, typical: float) -> np.ndarray:
    """How strongly an unmarked target reports each sentence beside the rest of its block:
    its lead on a piece of the target (:func:`_leads`), plus how much closer the embedded
    span gets to the target with it, minus ``RENDERED_WEIGHT`` times how far the closest
    other member's cosine with the target (``rendered``) exceeds ``typical``, the cosine
    of an ordinary full rendering: a target that another member already renders fully
    leaves no room for a second one, while each member of a condensed passage is
    rendered only in part."""
    return leads + gains - RENDERED_WEIGHT * (rendered - typical)


def word_windows(text: str) -> list[str]:
    """The equal parts by words of a sentence cut into each number of ``WINDOW_SPLITS``
    parts that leaves ``WINDOW_WORDS`` words or more in each."""
    words = text.split()
    out = []
    for k in WINDOW_SPLITS:
        if len(words) >= k * WINDOW_WORDS:
            bounds = [round(x * len(words) / k) for x in range(k + 1)]
            out += [" ".join(words[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    return out


def target_pieces(texts: list[str]) -> tuple[list[str], bool]:
    """The parts of a target (its sentences' texts) that block members are compared on,
    and whether they are marked: its clauses between semicolons where it has several
    (or several sentences), else the whole and its equal parts by words
    (:func:`word_windows`), as a condensed report seldom marks its parts with semicolons."""
    marked = [c for text in texts for c in clauses(text)]
    if len(marked) > 1:
        return marked, True
    return marked + [w for text in texts for w in word_windows(text)], False


def _piece_vectors(targets: list[tuple[int, ...]], tgt_texts: list[str],
                   embedder: Embedder) -> list[tuple[np.ndarray, bool]]:
    """Unit embeddings of the pieces of each group of target sentences, and whether
    they are marked clauses (see :func:`target_pieces`)."""
    pieces = [target_pieces([tgt_texts[j] for j in group]) for group in targets]
    flat = [c for group, _ in pieces for c in group]
    if not flat:  # no groups
        return []
    vectors = unit_rows(np.asarray(embedder.embed(flat), dtype=np.float64))
    bounds = np.cumsum([0] + [len(group) for group, _ in pieces])
    return [(vectors[a:b], marked) for a, b, (_, marked) in zip(bounds[:-1], bounds[1:], pieces)]


def _leads(candidates: np.ndarray, rivals: np.ndarray, piece_vectors: np.ndarray) -> np.ndarray:
    """Per candidate sentence, the most by which its cosine with one piece exceeds the
    best rival's cosine with that piece (negative: it leads on no piece)."""
    best_rival = (rivals @ piece_vectors.T).max(axis=0)
    return (candidates @ piece_vectors.T - best_rival).max(axis=1)


def _split_unreported(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                      embedder: Embedder, typical: float) -> list[Block]:
    """Split off the members of many-to-one blocks that the target does not report (see
    :func:`settle_members`)."""
    merged = [k for k, b in enumerate(blocks) if len(b.source) > 1 and b.target]
    targets = [blocks[k].target for k in merged]
    out = list(blocks)
    for k, (piece_vectors, marked), target_vector in zip(merged, _piece_vectors(targets, tgt_texts, embedder),
                                                         span_vectors(tgt_texts, targets, embedder)):
        members = blocks[k].source
        others = [[m for m in members if m != i] for i in members]
        leads = np.array([_leads(src_unit[[i]], src_unit[rest], piece_vectors)[0] for i, rest in zip(members, others)])
        if marked:
            unneeded = [i for i, lead in zip(members, leads) if lead < -CLAUSE_SLACK]
        else:
            rendered = np.array([(src_unit[rest] @ target_vector).max() for rest in others])
            support = _support(leads, _gains_with(members, src_texts, target_vector, embedder), rendered, typical)
            unneeded = [i for i, s in zip(members, support) if s < -SUPPORT_BAND]
        if len(unneeded) == len(members):  # the span search linked them: keep the block whole
            continue
        out[k] = Block(tuple(i for i in members if i not in unneeded), blocks[k].target, blocks[k].score)
        out += [Block((i,), ()) for i in unneeded]
    return out


def span_vectors(texts: list[str], spans: list[tuple[int, ...]], embedder: Embedder) -> np.ndarray:
    """Unit embeddings of the joined text of each span (sentence indices into ``texts``),
    embedded through the cache like every text."""
    if not spans:
        return np.zeros((0, 0))
    return unit_rows(np.asarray(embedder.embed([" ".join(texts[i] for i in span) for span in spans]),
                                dtype=np.float64))


def _gains_with(members: tuple[int, ...], texts: list[str], other_side: np.ndarray,
                embedder: Embedder) -> np.ndarray:
    """Per member (an index into ``texts``), how much closer (cosine) the embedded span
    comes to ``other_side``, the other side's unit vector, with it than without."""
    spans = [members] + [tuple(m for m in members if m != i) for i in members]
    cosines = span_vectors(texts, spans, embedder) @ other_side
    return cosines[0] - cosines[1:]


def _gains_joining(joins: list[tuple[tuple[int, ...], int]], targets: np.ndarray, src_texts: list[str],
                   embedder: Embedder) -> np.ndarray:
    """Per ``(span, sentence)``: how much closer (cosine) the embedded span comes to its
    target (the matching row of ``targets``) with the sentence joined."""
    spans = [s for span, i in joins for s in (span, tuple(sorted(span + (i,))))]
    vectors = span_vectors(src_texts, spans, embedder)
    return np.einsum("kd,kd->k", vectors[1::2] - vectors[0::2], targets)


def _join_reported(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                   nearest: np.ndarray, embedder: Embedder, max_block: int, typical: float) -> list[Block] | None:
    """One round of uncovered source sentences joining a linked block on whose pieces
    they lead: a neighbour, or a sentence one of whose two ``nearest`` targets is the
    block's (see :func:`settle_members`); the largest leads first (a sentence joins one
    block, a block takes one sentence per round); None when none joins."""
    owner = {i: k for k, b in enumerate(blocks) for i in b.source}
    uncovered = sorted(i for b in blocks if not b.target for i in b.source)
    if not uncovered:
        return None
    by_target: dict[int, list[int]] = {}  # target -> uncovered sentences it is one of the two nearest of
    for i in uncovered:
        for j in nearest[i]:
            by_target.setdefault(int(j), []).append(i)
    uncovered_set = set(uncovered)
    growing = [k for k, b in enumerate(blocks) if b.target and b.source and len(b.source) < max_block]
    pieces = _piece_vectors([blocks[k].target for k in growing], tgt_texts, embedder)
    marked_offers, unmarked_offers = [], []  # (lead, block index, sentence)
    for k, (piece_vectors, marked), best in zip(growing, pieces, _best_sources([v for v, _ in pieces], src_unit)):
        b = blocks[k]
        free = {i for i in (b.source[0] - 1, b.source[-1] + 1) if i in uncovered_set}
        far = {i for j in b.target for i in by_target.get(j, ())} | {int(i) for i in best} & uncovered_set
        near = sorted(free) + sorted(far - free)
        if not near:
            continue
        leads = _leads(src_unit[near], src_unit[list(b.source)], piece_vectors)
        (marked_offers if marked else unmarked_offers).extend(
            (float(lead), k, i) for lead, i in zip(leads, near) if lead > 0)
    offers = marked_offers + _supported(unmarked_offers, blocks, src_texts, tgt_texts, src_unit, embedder, typical)
    out, taken, grown = list(blocks), set(), set()
    for _, k, i in sorted(offers, key=lambda o: (-o[0], o[1], o[2])):
        if i not in taken and k not in grown:
            taken.add(i)
            grown.add(k)
            out[k] = Block(tuple(sorted(blocks[k].source + (i,))), blocks[k].target, blocks[k].score)
    if not taken:
        return None
    return [b for b in out if b.target or b.source[0] not in taken]


def _best_sources(piece_groups: list[np.ndarray], src_unit: np.ndarray) -> list[np.ndarray]:
    """For each group of piece vectors, the source sentence each piece is closest to (by
    cosine, among all of them): the first column of :func:`nearest_targets` with the pieces
    in the place of the sources."""
    if not piece_groups:
        return []
    best = nearest_targets(np.concatenate(piece_groups), src_unit)[:, 0]
    return np.split(best, np.cumsum([len(g) for g in piece_groups])[:-1])


def _supported(offers: list[tuple[float, int, int]], blocks: list[Block], src_texts: list[str], tgt_texts: list[str],
               src_unit: np.ndarray, embedder: Embedder, typical: float) -> list[tuple[float, int, int]]:
    """The offers ``(lead, block index, sentence)`` whose sentence's support
    (:func:`_support`) for joining the block is above ``SUPPORT_BAND``."""
    if not offers:
        return []
    targets = span_vectors(tgt_texts, [blocks[k].target for _, k, _ in offers], embedder)
    gains = _gains_joining([(blocks[k].source, i) for _, k, i in offers], targets, src_texts, embedder)
    rendered = np.array([(src_unit[list(blocks[k].source)] @ target).max()
                         for (_, k, _), target in zip(offers, targets)])
    support = _support(np.array([lead for lead, _, _ in offers]), gains, rendered, typical)
    return [offer for offer, s in zip(offers, support)
            if s > (SUPPORT_BAND if _next_to(offer[2], blocks[offer[1]].source) else FAR_SUPPORT_BAND)]


def _next_to(i: int, span: tuple[int, ...]) -> bool:
    return i in (span[0] - 1, span[-1] + 1)


def nearest_targets(src_unit: np.ndarray, tgt_unit: np.ndarray, chunk: int = 256) -> np.ndarray:
    """``(n, 2)`` (one column for a one-sentence target): each source sentence's two
    nearest target sentences by cosine, best first (the lower index first on a tie, as
    ``np.argmax``), computed a slice of sources at a time. Shared by
    :func:`settle_members` and :func:`join_scattered`."""
    k = min(2, len(tgt_unit))
    out = np.zeros((len(src_unit), k), dtype=np.int64)
    for i0 in range(0, len(src_unit), chunk):
        cosines = src_unit[i0:i0 + chunk] @ tgt_unit.T
        top = _top(cosines, k)
        order = np.lexsort((top, -np.take_along_axis(cosines, top, axis=1)), axis=-1)
        out[i0:i0 + chunk] = np.take_along_axis(top, order, axis=1)
    return out
