"""``bilingua compare``: what differs between a Persian document and its English version.

:func:`compare_documents` aligns the two documents (:mod:`bilingua.align`) and checks
every block for omissions, additions, numbers, dates, names, untranslated text and
meaning (see :mod:`bilingua.compare.findings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..types import Alignment, Document, Finding
from .findings import FINDING_TYPES, effective_blocks, find_differences, meaning_floor
from .marks import without_marks

if TYPE_CHECKING:
    from ..embed import Embedder
    from ..translate import Translator


@dataclass
class Report:
    alignment: Alignment
    findings: list[Finding]
    summary: dict


def compare_documents(source: Document, target: Document, *, mode: str = "translation", max_block: int = 4,
                      embedder: Embedder | None = None, translator: Translator | None = None,
                      allow_same_language: bool = False) -> Report:
    """Align ``source`` with ``target`` (:func:`bilingua.align.align_documents`, with the
    same options) and report what differs: the alignment, the findings most important
    first, and the counts per finding type."""
    from ..align import align_documents

    alignment = align_documents(source, target, mode=mode, max_block=max_block, embedder=embedder,
                                translator=translator, allow_same_language=allow_same_language)
    return report_from_alignment(alignment, translator, embedder)


def report_from_alignment(alignment: Alignment, translator: Translator | None = None,
                          embedder: Embedder | None = None) -> Report:
    """The report of an alignment made elsewhere.

    ``translator``: machine translation, or None; not used where the alignment already
    holds the source's translations (it was made with the translator). ``embedder``:
    sentence embeddings for the meaning check of translation mode (default:
    :func:`bilingua.embed.get_embedder`).
    """
    if not isinstance(alignment, Alignment):
        raise TypeError(f"report_from_alignment needs an Alignment (from align_documents), "
                        f"not {type(alignment).__name__}")
    translations = alignment.translations
    if translations is None:
        from ..align import translate_sentences

        translations = translate_sentences(translator, [s.text for s in alignment.source.sentences])
    checked = without_marks(alignment)
    similarities = block_similarities(checked, embedder) if alignment.mode == "translation" else None
    findings = find_differences(checked, translations, similarities)
    return Report(alignment, findings, summarize(alignment, findings))


def block_similarities(alignment: Alignment, embedder=None) -> dict[int, float]:
    """Cosine of the embeddings of each block's two sides, by index of :func:`effective_blocks`,
    without their dates (:func:`without_dates`). A pair below the meaning floor
    (:func:`.findings.meaning_floor`) is embedded again without its numbers too and keeps
    the higher cosine: the number check reports numbers, and a year in two calendars
    («در سال ۱۴۰۲», "in 2023") or a figure reads to the embedding as a change of meaning,
    most in a short sentence. Only those pairs are embedded twice."""
    blocks = effective_blocks(alignment)
    pairs = {k: (without_dates(alignment.source.sentences_text(b.source)),
                 without_dates(alignment.target.sentences_text(b.target)))
             for k, (b, _) in enumerate(blocks) if b.source and b.target}
    if not pairs:
        return {}
    from ..embed import given_or_default

    embedder = given_or_default(embedder)
    similarities = _cosines(pairs, embedder)
    floor = meaning_floor(blocks, similarities).value
    bare = {k: (without_numbers(s), without_numbers(t)) for k, (s, t) in pairs.items() if similarities[k] < floor}
    bare = {k: pair for k, pair in bare.items() if pair != pairs[k]}
    if bare:
        for k, similarity in _cosines(bare, embedder).items():
            similarities[k] = max(similarities[k], similarity)
    return similarities


def _cosines(pairs: dict[int, tuple[str, str]], embedder) -> dict[int, float]:
    import numpy as np

    from ..align_dp import unit_rows

    vectors = unit_rows(np.asarray(embedder.embed([t for pair in pairs.values() for t in pair]), dtype=np.float64))
    return {k: float(vectors[2 * n] @ vectors[2 * n + 1]) for n, k in enumerate(pairs)}


def without_dates(text: str) -> str:
    """``text`` without its dates, which the date check compares: the same day written in
    two calendars (۲۰ مهر, October 12) embeds as a difference of meaning."""
    from .dates import extract_dates
    from .numbers import blanked

    dates = extract_dates(text)
    return " ".join(blanked(text, [(d.start, d.end) for d in dates]).split()) if dates else text


def without_numbers(text: str) -> str:
    """``text`` without the numbers written with digits, which the number check compares."""
    from .numbers import blanked, extract_numbers

    spans = [(q.start, q.end) for q in extract_numbers(text) if any(c.isdigit() for c in q.text)]
    return " ".join(blanked(text, spans).split()) if spans else text


def summarize(alignment: Alignment, findings: list[Finding]) -> dict:
    """Counts per finding type, the share of sentences that have a counterpart (in the
    blocks the checks ran on: a sentence put in place of another has one, and is checked
    for meaning instead of being reported left out), and the lines cleaning removed."""
    counts = {t: 0 for t in FINDING_TYPES}
    for f in findings:
        counts[f.type] += 1
    n_src, n_tgt = len(alignment.source.sentences), len(alignment.target.sentences)
    blocks = [b for b, _ in effective_blocks(alignment)]
    covered_src = sum(len(b.source) for b in blocks if b.target)
    covered_tgt = sum(len(b.target) for b in blocks if b.source)
    return {**counts, "findings": len(findings), "mode": alignment.mode,
            "source_sentences": n_src, "target_sentences": n_tgt,
            "coverage": round(covered_src / n_src, 4) if n_src else 0.0,
            "target_coverage": round(covered_tgt / n_tgt, 4) if n_tgt else 0.0,
            # lines cleaning removed before aligning (page furniture, comments): in no block
            "removed_lines": {side: len(doc.metadata.get("removed") or [])
                              for side, doc in (("source", alignment.source), ("target", alignment.target))}}


def finding_to_dict(finding: Finding) -> dict:
    return {"type": finding.type, "severity": finding.severity, "source": list(finding.source),
            "target": list(finding.target), "message": finding.message, **finding.details}


def report_to_dict(report: Report) -> dict:
    from ..align import alignment_to_dict

    return {"summary": report.summary, "findings": [finding_to_dict(f) for f in report.findings],
            "alignment": alignment_to_dict(report.alignment)}
