"""Turning an alignment into findings: what is missing, added, changed or left untranslated.

Each aligned block is checked on its own: the sentences of a block are joined on each
side and their numbers, dates and names compared. Blocks without a counterpart become
omissions and additions. In ``coverage`` mode (an English report covering a Persian
one) leaving things out is normal, so omissions and additions are of low severity and
meaning is not compared.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..calendars import JALALI_YEARS, jalali_year_days
from ..detect import ARABIC_SCRIPT_LANGS
from ..types import Alignment, Block, Document, Finding
from . import places
from .dates import date_anchors, date_spans, extract_dates, unmatched_dates, WEEKDAYS_EN
from .direction import senses_differ
from .marks import without_marks
from .names import Name, learned_spellings, unmatched_names
from .numbers import english_unit, fold_numbers, unmatched_numbers, years_among

FINDING_TYPES = ("omission", "number_mismatch", "date_mismatch", "untranslated", "name_mismatch",
                 "low_similarity", "addition")
SEVERITIES = ("high", "medium", "low")
# Below this cosine of the two sides' sentence embeddings (multilingual-e5-small), an
# aligned block is reported as possibly mistranslated. On NTREX-128, 99.5 % of true
# translation pairs score above 0.83 and 99 % of unrelated pairs below 0.82.
LOW_SIMILARITY = 0.815
# A sentence replaced by another on the document's own topic often scores above that:
# a block is also reported when it scores this far below the median of the document's
# one-to-one blocks, where the document has at least MIN_TYPICAL_PAIRS of them to tell.
RELATIVE_DROP = 0.07
MIN_TYPICAL_PAIRS = 8
# Where a document has that many pairs, the aligner's block score (a margin over the
# document's mean, about 1 for its typical pair, :mod:`bilingua.align_dp`) is calibrated
# too. On the dev half of the compare benchmark every sentence replaced by another of its
# document that the floors found scored below 0.24, the faithful pairs they flagged 0.44
# and 0.51, and no faithful pair below 0.32. So there a pair is reported when its score
# is below SCORE_FLOOR, and one below the similarity floor only when its score is below
# SCORE_CONFIRMS.
SCORE_FLOOR = 0.25
SCORE_CONFIRMS = 0.4
# A name check reads the rest of the document, for its names and spellings, only this
# many blocks either way and a little more (:func:`_name_contexts`): an article whole,
# a book in stretches.
NAME_STRETCH = 40

_PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def effective_blocks(alignment: Alignment) -> list[tuple[Block, bool]]:
    """The blocks the checks run on, each with whether it was merged.

    In translation mode a source-only block next to a target-only one is one sentence
    put in place of another: they are merged into one block, whose meaning is then
    compared, rather than reported as an omission and an addition.
    """
    blocks, out, k = alignment.blocks, [], 0
    while k < len(blocks):
        a = blocks[k]
        b = blocks[k + 1] if k + 1 < len(blocks) else None
        one_sided = b is not None and ((a.source and not a.target and b.target and not b.source)
                                       or (a.target and not a.source and b.source and not b.target))
        if alignment.mode == "translation" and one_sided:
            out.append((Block(a.source + b.source, a.target + b.target, 0.0), True))
            k += 2
        else:
            out.append((a, False))
            k += 1
    return out


def find_differences(alignment: Alignment, translations: list[str] | None = None,
                     similarities: dict[int, float] | None = None) -> list[Finding]:
    """All findings of an alignment, most important first.

    ``translations`` (machine translations of the source sentences, when a translator is
    configured) are shown beside omitted and dissimilar sentences and used to match names.
    ``similarities`` maps an index of :func:`effective_blocks` to the similarity of the
    block's two sides; without it, meaning is not compared.
    """
    alignment = without_marks(alignment)
    source, target = alignment.source, alignment.target
    similarities = similarities or {}
    findings: list[Finding] = []
    untranslated_targets = {j for j, s in enumerate(target.sentences) if _still_persian(s.text, source, target)}
    blocks = effective_blocks(alignment)
    floor = meaning_floor(blocks, similarities)
    contexts = _name_contexts([b for b, _ in blocks], alignment)
    anchors = (date_anchors([s.text for s in source.sentences]), date_anchors([s.text for s in target.sentences]))
    for k, (block, merged) in enumerate(blocks):
        if merged and (k not in similarities or set(block.target) & untranslated_targets):
            parts = [Block(block.source, ()), Block((), block.target)]  # nothing to compare them by
            findings += [f for part in parts for f in _one_sided(part, alignment, translations, untranslated_targets)]
        elif merged:  # the aligner found the two sentences no pair, whatever their similarity
            findings.append(_substitution(block, alignment, translations, similarities[k]))
        elif not (block.source and block.target):
            findings += _one_sided(block, alignment, translations, untranslated_targets)
        else:
            near = _neighbours(k, blocks, alignment)
            findings += _pair_findings(block, alignment, translations, untranslated_targets, similarities.get(k), floor,
                                       near, contexts[k // NAME_STRETCH],
                                       (anchors[0][min(block.source)], anchors[1][min(block.target)]))
    return sort_findings(_pair_identical_leftovers(findings, source, target))


def _neighbours(k: int, blocks: list[tuple[Block, bool]], alignment: Alignment) -> list[Block]:
    """The blocks around block ``k``, whose sentences may hold a number or name the aligner
    split off. In coverage mode, where blocks follow the report and sources come in any
    order, the sentences beside the block's own in each text instead, as one-sided blocks."""
    if alignment.mode != "coverage":
        return [b for b, _ in blocks[max(0, k - 1):k] + blocks[k + 1:k + 2]]
    block = blocks[k][0]
    n, m = len(alignment.source.sentences), len(alignment.target.sentences)
    return ([Block((i,), ()) for i in (min(block.source) - 1, max(block.source) + 1) if 0 <= i < n]
            + [Block((), (j,)) for j in (min(block.target) - 1, max(block.target) + 1) if 0 <= j < m])


@dataclass(frozen=True)
class MeaningFloor:
    """The similarity below which a block's two sides are reported as differing in
    meaning, and the document's typical one-to-one similarity where it counted."""

    value: float = LOW_SIMILARITY
    typical: float | None = None

    def differs(self, similarity: float, score: float, explained: bool = False) -> bool:
        """Do a block's two sides differ in meaning, by their ``similarity`` and the
        aligner's ``score`` for the block? The score counts only where the document has
        pairs enough to calibrate it (see :data:`SCORE_FLOOR`). Where another finding
        already ``explained`` the pair's difference, only the score's floor counts."""
        if self.typical is None:
            return similarity < self.value
        return score < SCORE_FLOOR or (similarity < self.value and score < SCORE_CONFIRMS and not explained)

    def why(self, similarity: float, score: float) -> str:
        """The message of a block :meth:`differs` finds differing."""
        # never "0.815, below 0.815" (nor a probe's "0.8150, below 0.8150")
        digits = next((d for d in (3, 4, 5, 6) if f"{similarity:.{d}f}" != f"{self.value:.{d}f}"), 6)
        if similarity >= self.value:
            return (f"the sentences may differ in meaning (alignment score {score:.2f}, where this document's "
                    f"pairs score about 1, though their similarity {similarity:.{digits}f} is above the floor "
                    f"{self.value:.{digits}f})")
        typical = "" if self.typical is None else f"; this document's pairs typically score {self.typical:.3f}"
        return (f"the sentences may differ in meaning (similarity {similarity:.{digits}f}, "
                f"below {self.value:.{digits}f}{typical})")


def meaning_floor(blocks: list[tuple[Block, bool]], similarities: dict[int, float]) -> MeaningFloor:
    """:data:`LOW_SIMILARITY`, raised to :data:`RELATIVE_DROP` below the median of the
    document's one-to-one blocks (see there)."""
    pairs = [similarities[k] for k, (b, merged) in enumerate(blocks)
             if not merged and len(b.source) == len(b.target) == 1 and k in similarities]
    if len(pairs) < MIN_TYPICAL_PAIRS:
        return MeaningFloor()
    typical = statistics.median(pairs)
    return MeaningFloor(max(LOW_SIMILARITY, typical - RELATIVE_DROP), typical)


def _name_contexts(blocks: list[Block], alignment: Alignment) -> list[tuple[str, Mapping[str, Name]]]:
    """What the name check of a block may draw on beyond the block: the English text
    whose names tell a Persian word is a name, and the spellings of names the aligned
    pairs show (:func:`.names.learned_spellings`, Persian sources only). Both come from
    the block's stretch of NAME_STRETCH blocks and the stretches either side, so a
    document of up to two stretches (a news article) is read whole, and a book or a
    folder's worth of articles in one file is not: a name 500 sentences away says little,
    and with a whole book's names, common words began to spell some of them. One entry
    per stretch, in order."""
    source, target = alignment.source, alignment.target
    english = source if _english_source(alignment) else target
    stretches = max(1, -(-len(blocks) // NAME_STRETCH))
    contexts = []
    for c in range(stretches):
        near = blocks[max(0, (c - 1) * NAME_STRETCH):(c + 2) * NAME_STRETCH]
        text = english.text if len(near) == len(blocks) else _span_text(
            english, [i for b in near for i in (b.source if english is source else b.target)])
        pairs = tuple((source.sentences_text(b.source), target.sentences_text(b.target))
                      for b in near if b.source and b.target)
        contexts.append((text, learned_spellings(pairs) if source.lang == "fa" else {}))
    return contexts


def _english_source(alignment: Alignment) -> bool:
    """Is the source the English side (an English original and its Persian version)?"""
    return alignment.source.lang == "en" and alignment.target.lang == "fa"


def _span_text(doc: Document, indices: list[int]) -> str:
    """The original text from the first to the last of the given sentences."""
    if not indices:
        return ""
    return doc.text[min(doc.sentences[i].start for i in indices):max(doc.sentences[i].end for i in indices)]


def _one_sided(block: Block, alignment: Alignment, translations, untranslated_targets) -> list[Finding]:
    source, target = alignment.source, alignment.target
    coverage = alignment.mode == "coverage"
    if block.source:
        return [_omission(block, source, translations, coverage)]
    return [_untranslated(block, j, source, target) if j in untranslated_targets else _addition(j, target, coverage)
            for j in block.target]


def _substitution(block: Block, alignment: Alignment, translations, similarity: float) -> Finding:
    src, tgt = alignment.source.sentences_text(block.source), alignment.target.sentences_text(block.target)
    details = {"score": round(similarity, 4), "source_text": src, "target_text": tgt}
    message = (f"target sentence {_numbers(block.target)} stands where source sentence {_numbers(block.source)} "
               f"is, but says something else (similarity {similarity:.3f})")
    if translations:
        details["translation"] = " ".join(translations[i] for i in block.source)
        message += f'; machine translation of the source: "{shorten(details["translation"])}"'
    return Finding("low_similarity", "high", block.source, block.target, message, details)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    def key(f: Finding):
        score = f.details.get("score", 0.0) if f.type == "low_similarity" else 0.0
        return (SEVERITIES.index(f.severity), FINDING_TYPES.index(f.type), score,
                f.source[:1] or (-1,), f.target[:1] or (-1,))
    return sorted(findings, key=key)



def _numbers(indices) -> str:
    return ", ".join(str(i) for i in indices)


def _omission(block: Block, source: Document, translations, coverage: bool) -> Finding:
    details = {"text": source.sentences_text(block.source)}
    message = (f"source sentence {_numbers(block.source)} has no counterpart in the target: "
               f"{_quoted(shorten(details['text'], 90))}")
    if translations:
        details["translation"] = " ".join(translations[i] for i in block.source)
        message += f' (machine translation: "{shorten(details["translation"])}")'
    return Finding("omission", "low" if coverage else "high", block.source, (), message, details)


def _addition(j: int, target: Document, coverage: bool) -> Finding:
    return Finding("addition", "low" if coverage else "medium", (), (j,),
                   f'target sentence {j} has no counterpart in the source: "{shorten(target.sentences[j].text, 90)}"',
                   {"text": target.sentences[j].text})


def _untranslated(block: Block, j: int, source: Document, target: Document) -> Finding:
    return Finding("untranslated", "high", block.source, (j,),
                   f"target sentence {j} {_still_in([target.sentences[j].text], source.lang)}",
                   {"text": target.sentences[j].text})


def _still_in(texts: list[str], lang: str) -> str:
    """"is still in Persian", or "is still mostly in Persian" where a few Latin words were
    translated (Dr. Kazemi said ...)."""
    mostly = "mostly " if any(_LATIN_LETTER.search(t) for t in texts) else ""
    return f"is still {mostly}in {_language_name(lang)}"


def _language_name(lang: str) -> str:
    return {"fa": "Persian", "en": "English"}.get(lang, "the source language")


def _untranslated_part(block: Block, j: int, alignment: Alignment) -> Finding | None:
    """Persian left inside an English sentence: an oversight in a translation, perhaps a
    quoted slogan in coverage (hence its low severity there)."""
    source, target = alignment.source, alignment.target
    part = _persian_part(target.sentences[j].text, source, target)
    if not part:
        return None
    return Finding("untranslated", "low" if alignment.mode == "coverage" else "high", block.source, (j,),
                   f"target sentence {j} keeps {_language_name(source.lang)} text: «{shorten(part, 90)}»",
                   {"text": target.sentences[j].text, "untranslated": part})


_PERSIAN_RUN = re.compile(r"[\u0600-\u06ff\u200c]+(?:[\s\u200c«»؛،.:]+[\u0600-\u06ff\u200c]+)*")


def _persian_part(text: str, source: Document, target: Document) -> str:
    """The Persian left inside an English target sentence that is mostly English: the
    longest run of Persian words, of two letters or more ('' if none): "the city's
    منطقه ده", "within 24 ساعت". Deliberate Persian is no oversight: a translator's gloss,
    Persian in brackets right after the English it renders ("the Basij Resistance Force
    (نیروی مقاومت بسیج)"), and a single word set apart as a term, in quotation marks,
    after a hash sign or before its gloss in brackets (the word «تعارف», #ایران,
    تعارف (taarof))."""
    if not _checks_persian_left(source, target) or _still_persian(text, source, target):
        return ""
    runs = [m.group() for m in _PERSIAN_RUN.finditer(text)
            if len(_PERSIAN_LETTER.findall(m.group())) >= 2 and not _gloss(text, m) and not _term(text, m)]
    return max(runs, key=len, default="")


_OPENING_QUOTES = ("«", '"', "“", "'", "‘")
_CLOSING_QUOTES = ("»", '"', "”", "'", "’")


def _term(text: str, run: re.Match) -> bool:
    """Is the Persian ``run`` one word set apart as a term: quoted, in a hashtag (#تعارف,
    #مهسا_امینی), or glossed in brackets right after it?"""
    if any(c.isspace() for c in run.group()):
        return False
    before, after = text[:run.start()].rstrip(), text[run.end():].lstrip()
    return (before.endswith(_OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES)
            or text[:run.start()].endswith(("#", "_")) or after.startswith(("(", "[")))


_ENGLISH_END = re.compile(r"[A-Za-z][\"'’”]?$")  # an English word, perhaps closing a quote


def _gloss(text: str, run: re.Match) -> bool:
    """Is the Persian ``run`` alone in brackets right after an English word?"""
    before, after = text[:run.start()].rstrip(" «\"“"), text[run.end():].lstrip(" »\"”")
    return (before.endswith(("(", "[")) and after.startswith((")", "]"))
            and _ENGLISH_END.search(before[:-1].rstrip()) is not None)


def _checks_persian_left(source: Document, target: Document) -> bool:
    """Is Persian script in the target a sign of text left untranslated: a Persian source
    and a target in another script (an Arabic or Urdu version is written in Persian's)."""
    return source.lang == "fa" and target.lang not in ARABIC_SCRIPT_LANGS


def _still_persian(text: str, source: Document, target: Document) -> bool:
    """A target sentence written mostly in the source's script (Persian into English)."""
    if not _checks_persian_left(source, target):
        return False
    persian = len(_PERSIAN_LETTER.findall(text))
    return persian >= 8 and persian > 2 * len(_LATIN_LETTER.findall(text))


def _pair_findings(block: Block, alignment: Alignment, translations, untranslated_targets,
                   similarity: float | None, floor: MeaningFloor, near: list[Block], names_context,
                   anchors) -> list[Finding]:
    """The findings of a block with both sides; ``near`` are its neighbouring blocks, whose
    sentences may hold a number or name the aligner split off; ``names_context`` is the
    English text and learned spellings its name check draws on (:func:`_name_contexts`);
    ``anchors`` the days a date without a year falls near, before the block on each side
    (:func:`.dates.date_anchors`)."""
    source, target = alignment.source, alignment.target
    src, tgt = source.sentences_text(block.source), target.sentences_text(block.target)
    left = [j for j in block.target if j in untranslated_targets]
    if left or (source.lang != target.lang and _identical(src, tgt)):
        return [Finding("untranslated", "high", block.source, block.target,
                        f"target sentence {_numbers(left or block.target)} "
                        + (_still_in([target.sentences[j].text for j in left], source.lang) if left
                           else "is identical to its source"),
                        {"text": tgt})]
    findings = [f for f in (_untranslated_part(block, j, alignment) for j in block.target) if f]
    near_src = tuple(source.sentences_text(b.source) for b in near)
    near_tgt = tuple(target.sentences_text(b.target) for b in near)
    src_only, tgt_only = unmatched_numbers(src, tgt, date_spans(src), date_spans(tgt), near_src, near_tgt,
                                           approximate=alignment.mode == "coverage")
    found = _number_finding(block, src_only, tgt_only) or _numbers_swapped(block, alignment)
    if found:
        findings.append(found)
    # a year differing is a number differing and a date differing: named by both checks,
    # so a reader (or a filter) looking for either finds it
    found = _date_finding(block, src, tgt, *anchors, *years_among(src_only, src, tgt_only, tgt),
                          dropped=alignment.mode == "translation")
    if found:
        findings.append(found)
    translation = " ".join(translations[i] for i in block.source) if translations else None
    if source.lang != target.lang:  # names are matched across scripts: one language (--allow-same-language) has none
        found = _name_finding(block, alignment, src, tgt, translation, " ".join(near_src), " ".join(near_tgt),
                              *names_context)
        if found:
            findings.append(found)
    if alignment.mode == "coverage":
        findings = [_one_sided_detail(f) for f in findings]
    moved = senses_differ(src, tgt, source.lang, target.lang) if alignment.mode == "translation" else None
    # a pair already found to differ in a name, number or date is expected to embed a
    # little apart: only a clear drop says its meaning differs too
    differs = similarity is not None and floor.differs(similarity, block.score, explained=bool(findings))
    if alignment.mode == "translation" and (moved or differs):
        details = ({"score": round(similarity, 4)} if similarity is not None else {}) | {
            "source_text": src, "target_text": tgt}
        reasons = [floor.why(similarity, block.score)] if differs else []
        if moved:
            reasons.append(f"the source says «{moved[0]}» and the target «{moved[1]}», of opposite sense")
        message = "; ".join(reasons)
        if translation:
            details["translation"] = translation
            message += f'; machine translation of the source: "{shorten(translation)}"'
        findings.append(Finding("low_similarity", "medium", block.source, block.target, message, details))
    return findings


def _one_sided_detail(finding: Finding) -> Finding:
    """In coverage, a number, date or name of the source alone is a detail the report left
    out, and a number or date of the target alone one the coverage adds (background: "the
    2015 nuclear deal", a conversion "(about $50 million)", a time "(00:42 GMT)"), as
    expected as a sentence left out or added: of low severity. Where both sides have
    their own, they conflict and keep their severity; so does a name the target adds
    (which may stand for one the report gives)."""
    values = finding.details
    source_only = values.get("source_values") and not values.get("target_values")
    target_only = values.get("target_values") and not values.get("source_values")
    if (finding.type in ("number_mismatch", "date_mismatch", "name_mismatch") and source_only) or (
            finding.type in ("number_mismatch", "date_mismatch") and target_only):
        return replace(finding, severity="low")
    return finding


def _identical(src: str, tgt: str) -> bool:
    from ..normalize import matching_form

    a, b = matching_form(src).strip(), matching_form(tgt).strip()
    return a == b and bool(_PERSIAN_LETTER.search(a) or len(_LATIN_LETTER.findall(a)) > 20)


def _number_finding(block: Block, src_only: list, tgt_only: list, what: str = "numbers differ") -> Finding | None:
    if not (src_only or tgt_only):
        return None
    details = {"source_values": [_show(q) for q in src_only], "target_values": [_show(q) for q in tgt_only]}
    return Finding("number_mismatch", "high", block.source, block.target,
                   f"{what}: " + _sides(details["source_values"], details["target_values"]), details)


def _numbers_swapped(block: Block, alignment: Alignment) -> Finding | None:
    """Numbers a block of as many sentences a side as the other holds alike as a whole but
    not sentence by sentence: two sentences or more, in order, each with a number of its
    own on each side that the other lacks (bread up 20 % and milk 10 %, rendered the other
    way round, which the aligner joins into one 2-2 block: the figures tie its sentences
    crosswise). A clause carried over a sentence boundary moves a number one way only."""
    if len(block.source) != len(block.target) or len(block.source) < 2:
        return None
    texts = [(alignment.source.sentences[i].text, alignment.target.sentences[j].text)
             for i, j in zip(block.source, block.target)]
    pairs = [unmatched_numbers(s, t, date_spans(s), date_spans(t), approximate=alignment.mode == "coverage")
             for s, t in texts]
    crossed = [(s, t) for s, t in pairs if any(q.reportable for q in s) and any(q.reportable for q in t)]
    if len(crossed) < 2:
        return None
    return _number_finding(block, [q for s, _ in crossed for q in s], [q for _, t in crossed for q in t],
                           "numbers differ sentence by sentence")


def _show(q) -> str:
    """A number as written, with its value in ASCII digits when it is written otherwise:
    a time as the hour (۱۰:۳۰ = 10:30), digits alone as they are (۱۹۱۲ = 1912), a unit
    in English (۳ گرم = 3 grams), a result as home–away (۳ بر ۱ = 3–1)."""
    if q.text.isascii():
        return q.text
    if q.unit == "phone":
        return f"{q.text} (= {fold_numbers(q.text)})"
    if q.unit == "time":
        return f"{q.text} (= {int(q.value) // 60}:{int(q.value) % 60:02d})"
    if q.unit == "score":  # a result is held as one number, home × 100 + away
        result = f"{int(q.value) // 100}–{int(q.value) % 100}"
        return q.text if "".join(q.text.replace("-", "–").split()) == result else f"{q.text} (= {result})"
    if fold_numbers(q.text).isdigit() and q.value >= 0:
        value = fold_numbers(q.text)
    else:
        value = f"{int(q.value):,}" if float(q.value).is_integer() else f"{q.value:,.4g}"
    unit = {"": "", "%": "%", "°": "°", "pp": " percentage points"}.get(q.unit, " " + english_unit(q))
    return f"{q.text} (= {value}{unit})"


def _outermost(mentions: list) -> list:
    """Dates less those written inside another of them: a range's first day ("August 5"
    of "August 5 to 7, 2024") is named with the range."""
    return [d for d in mentions if not any(o.start <= d.start and d.end <= o.end and o.end - o.start > d.end - d.start
                                           for o in mentions)]


def _date_finding(block: Block, src: str, tgt: str, source_anchor, target_anchor, source_years: list,
                  target_years: list, dropped: bool = True) -> Finding | None:
    """The dates of one side that the other does not give (``dropped``: where it gives
    none, :func:`.dates.unmatched_dates`), and the years written alone that differ
    (:func:`.numbers.years_among`)."""
    src_only, tgt_only, wd_src, wd_tgt = unmatched_dates(src, tgt, source_anchor, target_anchor, dropped)
    src_only, tgt_only = _outermost(src_only), _outermost(tgt_only)
    source_values = ([d.describe() for d in src_only] + [_show_year(q) for q in source_years]
                     + [WEEKDAYS_EN[d].title() for d in sorted(wd_src)])
    target_values = ([d.describe() for d in tgt_only] + [_show_year(q) for q in target_years]
                     + [WEEKDAYS_EN[d].title() for d in sorted(wd_tgt)])
    if not (source_values or target_values):
        return None
    message = "dates differ: " + _sides(source_values, target_values)
    # one side's dates all agree: name them, so the reader sees what the other should say
    # (a probe's "target has 25 August 2023" for «۴ شهریور ۱۴۰۳» said nothing of the Persian)
    for values, text, side in ((source_values, src, "source"), (target_values, tgt, "target")):
        given = [] if values else list(dict.fromkeys(d.describe() for d in extract_dates(text)))
        if given:
            message += f"; {side} gives {', '.join(given)}"
        elif not values:
            message += f"; {side} gives no date"
    return Finding("date_mismatch", "high", block.source, block.target, message,
                   {"source_values": source_values, "target_values": target_values})


def _show_year(q) -> str:
    """A year as written, a Jalali one with the Gregorian days it spans (۱۴۰۲ = 2023-03-21 … 2024-03-19)."""
    year = int(q.value)
    if year in JALALI_YEARS and not q.text.isascii():
        first, last = jalali_year_days(year)
        return f"{q.text} (= {first} … {last})"
    return q.text if q.text.isascii() else f"{q.text} (= {year})"


def _name_finding(block: Block, alignment: Alignment, src: str, tgt: str, translation, near_src: str,
                  near_tgt: str, english: str, spellings) -> Finding | None:
    if _english_source(alignment):  # names are read from the English side
        tgt_only, src_only = unmatched_names(tgt, src, english)
    else:
        src_only, tgt_only = unmatched_names(src, tgt, english, translation, near_tgt, near_src, spellings)
        if alignment.mode == "coverage":
            src_only, tgt_only = _not_elsewhere(src_only, tgt_only, src, tgt, alignment.source, english)
    if not (src_only or tgt_only):
        return None
    lead = "names differ: " if src_only and tgt_only else "names on one side only: "
    return Finding("name_mismatch", "medium", block.source, block.target, lead + _sides(src_only, tgt_only),
                   {"source_values": src_only, "target_values": tgt_only})


def _not_elsewhere(src_only: list[str], tgt_only: list[str], src: str, tgt: str, source: Document,
                   english: str) -> tuple[list[str], list[str]]:
    """Coverage moves facts between sentences: a name the report gives in another sentence
    than the one the English links to (the speaker named once, in the second paragraph)
    is no name the English added, and one the English gives in another sentence (the
    epicentre named in the lede) is no name it left out. Of each side's names, those the
    whole other text lacks too (read by transliteration: a translation, where there is
    one, is of the linked sentences only). Nor is the agency the report credits («به گزارش
    ایسنا»): coverage credits itself."""
    if src_only:
        left_out, _ = unmatched_names(src, english, english)
        src_only = [n for n in src_only if n in left_out and n not in places.agency_names()]
    if tgt_only:
        _, added = unmatched_names(source.sentences_text(range(len(source.sentences))), tgt, english)
        tgt_only = [n for n in tgt_only if n in added]
    return src_only, tgt_only


def _sides(source_values: list[str], target_values: list[str]) -> str:
    parts = []
    if source_values:
        parts.append("source has " + ", ".join(source_values))
    if target_values:
        parts.append("target has " + ", ".join(target_values))
    return "; ".join(parts)


def shorten(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut before ``limit`` characters at a word's end where one is
    near (a probe's journalist read «…جعبه سیاه پذ…»)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit * 3 // 4 else cut) + "…"


def _quoted(text: str) -> str:
    """Persian text in guillemets, unless it is already wholly a quotation («…»)."""
    return text if text.startswith("«") and text.endswith("»") and text.count("«") == 1 else f"«{text}»"


def _pair_identical_leftovers(findings: list[Finding], source: Document, target: Document) -> list[Finding]:
    """An untranslated target sentence the aligner left unpaired takes the omitted source
    sentence it copies, so one mistake is not reported three times."""
    from ..normalize import matching_form

    omitted = {f.source[0]: f for f in findings if f.type == "omission" and len(f.source) == 1}
    out = []
    used = set()
    for f in findings:
        if f.type == "untranslated" and not f.source:
            text = matching_form(target.sentences[f.target[0]].text).strip()
            match = next((i for i in omitted if i not in used
                          and matching_form(source.sentences[i].text).strip() == text), None)
            if match is not None:
                used.add(match)
                f = Finding(f.type, f.severity, (match,), f.target, f.message, f.details)
        out.append(f)
    return [f for f in out if not (f.type == "omission" and len(f.source) == 1 and f.source[0] in used)]
