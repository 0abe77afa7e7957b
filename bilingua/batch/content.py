"""``--pair-by content``: pairing Persian and English articles whose names say nothing.

Each file is read, its language detected and its sentences embedded (the same vectors
alignment uses, so the on-disk cache serves the comparison afterwards). Two documents
score the mean, over the sentences of each side, of the best cosine on the other side,
averaged over both sides. The mean sentence vector of a document alone is too blunt for
news on similar topics: on NTREX-128 it ranks an unrelated article above the right one
for 8 of 123 documents; the sentence-level score ranks all 123 first, with a margin of
at least 0.021 (see the README section on batch). Mean vectors only shortlist the
candidates, so a large batch does not compare every sentence with every other.

Documents are then matched one-to-one by the assignment that maximises the total score
(scipy's ``linear_sum_assignment``), and a match is kept only if it beats every rival of
either document by ``min_margin`` and reaches ``min_similarity``. Files that lose out are
listed as unpaired with the reason, never forced into a pair.
"""

from __future__ import annotations

import os

from ..errors import BilinguaError
from .pairing import SOURCE_LANG, TARGET_LANG, Pair, Pairing, Unpaired, list_files

#: Calibrated on NTREX-128: right pairs beat the best rival by 0.021 or more (0.004 when
#: half of each English article is cut, as in condensed coverage); unrelated articles
#: score at most 0.852, 0.811 at the 95th percentile.
MIN_MARGIN = 0.01
MIN_SIMILARITY = 0.83
#: Candidates per document scored sentence by sentence.
SHORTLIST = 10


def pair_score(a, b) -> float:
    """Symmetric best-match similarity of two documents' sentence vectors."""
    cosines = a @ b.T
    return 0.5 * float(cosines.max(axis=1).mean() + cosines.max(axis=0).mean())


def similarity_matrix(sources: list, targets: list, shortlist: int = SHORTLIST):
    """Scores of every shortlisted (source, target) pair; -1 (the lowest cosine) where a
    pair made neither document's shortlist of nearest mean vectors."""
    import numpy as np

    def means(vectors):
        m = np.stack([v.mean(axis=0) for v in vectors])
        return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)

    coarse = means(sources) @ means(targets).T
    k = min(shortlist, coarse.shape[1]), min(shortlist, coarse.shape[0])
    candidates = {(i, int(j)) for i, row in enumerate(coarse) for j in np.argsort(-row, kind="stable")[:k[0]]}
    candidates |= {(int(i), j) for j, col in enumerate(coarse.T) for i in np.argsort(-col, kind="stable")[:k[1]]}
    scores = np.full(coarse.shape, -1.0)
    for i, j in candidates:
        scores[i, j] = pair_score(sources[i], targets[j])
    return scores


def match(scores, min_margin: float = MIN_MARGIN, min_similarity: float = MIN_SIMILARITY) -> list[tuple[int, int]]:
    """The one-to-one matches that are clear enough (see the module docstring)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    kept = []
    for i, j in zip(*linear_sum_assignment(scores, maximize=True)):
        rivals = np.concatenate([np.delete(scores[i], j), np.delete(scores[:, j], i)])
        margin = scores[i, j] - rivals.max() if rivals.size else float("inf")
        if scores[i, j] >= min_similarity and margin >= min_margin:
            kept.append((int(i), int(j)))
    return kept


def pair_by_content(inputs: list[str], exclude: str | None = None, *, embedder=None,
                    min_margin: float = MIN_MARGIN, min_similarity: float = MIN_SIMILARITY) -> Pairing:
    from ..pipeline import load_document

    manifests = [i for i in inputs if i.lower().endswith(".tsv") and os.path.isfile(i)]
    if manifests:
        raise BilinguaError(f"{manifests[0]}: a manifest names its pairs already; --pair-by content is for "
                            "folders of articles whose names say nothing")
    from ..embed import given_or_default

    embedder = given_or_default(embedder)
    sides: dict[str, list[tuple[str, object]]] = {SOURCE_LANG: [], TARGET_LANG: []}
    files, unpaired = list_files(inputs, exclude)
    for _, path in files:
        try:
            doc = load_document(path)
        except BilinguaError as e:
            unpaired.append(Unpaired(path, str(e), unreadable=True))
            continue
        if doc.lang in sides:
            sides[doc.lang].append((path, embedder.embed([s.text for s in doc.sentences])))
        else:
            unpaired.append(Unpaired(path, f"its language is {doc.lang!r}, neither Persian nor English"))
    sources, targets = sides[SOURCE_LANG], sides[TARGET_LANG]
    pairs: list[Pair] = []
    if sources and targets:
        scores = similarity_matrix([v for _, v in sources], [v for _, v in targets])
        for i, j in match(scores, min_margin, min_similarity):
            pairs.append(Pair(_name(sources[i][0]), sources[i][0], targets[j][0]))
    matched = {p.source for p in pairs} | {p.target for p in pairs}
    for lang, other in ((SOURCE_LANG, "English"), (TARGET_LANG, "Persian")):
        unpaired += [Unpaired(path, f"no {other} article matches it clearly enough")
                     for path, _ in sides[lang] if path not in matched]
    return Pairing(sorted(pairs, key=lambda p: p.name), sorted(unpaired, key=lambda u: u.path))


def _name(path: str) -> str:
    return os.path.splitext(os.path.basename(path))[0]
