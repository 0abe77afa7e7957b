"""Scoring an alignment against a gold one, with Vecalign's strict and lax semantics.

Alignments are lists of blocks ``(source indices, target indices)``, read from
Vecalign's path format (``[0, 1]:[2]:0.871``, one block a line, score optional).

* Precision is over every predicted block, 1-0 and 0-1 included. A predicted block is a
  strict hit when the gold has exactly that block; a lax hit when some target sentence
  of it is linked in the gold to one of its source sentences.
* Recall is over the gold blocks that have both sides, checked the same way against
  the predicted blocks that have both sides (so a missed 1-0 block costs precision,
  not recall).
* Counts are summed over all documents before dividing; an empty denominator gives 0.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .errors import BilinguaError

Blocks = list[tuple[tuple[int, ...], tuple[int, ...]]]

_PATH_LINE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*(?::\s*(-?[\d.eE+-]+))?\s*$")


def parse_path(text: str, name: str = "-") -> Blocks:
    """Read Vecalign's path format; a malformed line raises BilinguaError."""
    blocks = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _PATH_LINE.match(line)
        if not m:
            raise BilinguaError(f"{name}:{number}: not a path line (expected like '[0, 1]:[2]:0.871')")
        block = (_indices(m.group(1)), _indices(m.group(2)))
        if not (block[0] or block[1]):
            raise BilinguaError(f"{name}:{number}: a block with no sentence on either side")
        blocks.append(block)
    return blocks


def check_comparable(pred: Blocks, gold: Blocks, pred_name: str, gold_name: str) -> None:
    """Raise BilinguaError unless both alignments have blocks, name no sentence twice and
    reach the same last sentence on each side (so that they align the same documents)."""
    for blocks, name in ((gold, gold_name), (pred, pred_name)):
        if not blocks:
            raise BilinguaError(f"{name}: no alignment blocks in it")
        for side, label in ((0, "source"), (1, "target")):
            twice = sorted(i for i, n in Counter(i for block in blocks for i in block[side]).items() if n > 1)
            if twice:
                raise BilinguaError(f"{name}: {label} sentence {twice[0]} is in more than one block")
    for side, label in ((0, "source"), (1, "target")):
        last_pred, last_gold = (max((i for b in blocks for i in b[side]), default=-1) for blocks in (pred, gold))
        if last_pred != last_gold:
            raise BilinguaError(f"{pred_name} reaches {label} sentence {last_pred} but {gold_name} {last_gold}: "
                                "they do not align the same documents")


def unplaced(blocks: Blocks, shown: int = 5) -> dict[str, tuple[int, list[int]]]:
    """Per side, how many sentences below that side's last one no block holds, and the
    first ``shown`` of them. Scoring counts them as not found; a complete alignment marks
    a sentence left out with a 1-0 or 0-1 block instead, so a gap is more often a damaged
    or truncated file. Counted from the gaps, never by listing every index below the
    last: a file naming sentence 10^11 costs no more than one naming sentence 10."""
    out = {}
    for side, label in ((0, "source"), (1, "target")):
        placed = sorted({i for block in blocks for i in block[side]})
        first: list[int] = []
        for before, after in zip([-1, *placed], placed):
            first += range(before + 1, min(after, before + 1 + shown - len(first)))
        out[label] = ((placed[-1] + 1 - len(placed)) if placed else 0, first)
    return out


def _indices(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in text.replace(",", " ").split())


def _hits(reference: Blocks, predicted: Blocks) -> tuple[int, int, int]:
    """(blocks, strict hits, lax hits) of ``predicted`` judged against ``reference``."""
    reference_set = {(s, t) for s, t in reference if s or t}
    linked = defaultdict(set)
    for s, t in reference_set:
        for i in s:
            linked[i].update(t)
    total = strict = lax = 0
    for s, t in {(s, t) for s, t in predicted if s or t}:
        total += 1
        if (s, t) in reference_set:
            strict += 1
            lax += 1
        elif any(j in linked[i] for i in s for j in t):
            lax += 1
    return total, strict, lax


def score_alignments(gold: list[Blocks], predicted: list[Blocks]) -> dict[str, float]:
    """Strict and lax precision, recall and F1 over pairs of documents."""
    if len(gold) != len(predicted):
        raise BilinguaError(f"{len(gold)} gold alignments but {len(predicted)} predicted ones")
    p = [0, 0, 0]
    r = [0, 0, 0]
    for g, t in zip(gold, predicted):
        p = [x + y for x, y in zip(p, _hits(g, t))]
        both_g = [(s, u) for s, u in g if s and u]
        both_t = [(s, u) for s, u in t if s and u]
        r = [x + y for x, y in zip(r, _hits(both_t, both_g))]
    result = {}
    for kind, k in (("strict", 1), ("lax", 2)):
        precision = p[k] / p[0] if p[0] else 0.0
        recall = r[k] / r[0] if r[0] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result.update({f"precision_{kind}": precision, f"recall_{kind}": recall, f"f1_{kind}": f1})
    return result
