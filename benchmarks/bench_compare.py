"""Benchmark of `bilingua compare`: precision and recall per finding type on planted differences.

A labelled set is built here from ../shared/data (read in place, never copied): every
NTREX-128 document (and every TICO-19 document of at most 60 sentences) is compared as
it is, Persian against English — the *untouched* set — and with two kinds of planted
difference in the English side (the kinds taken in turn over the documents), each at
one seeded-random sentence:

number (a number changed), date (a weekday or month changed), name replaced (by another
surname), name removed, dropped sentence, added sentence (from another document),
left in Persian (the English replaced by its Persian), replaced sentence (by one from
another document: a mistranslation, expected as low_similarity).

A finding counts as correct when a planted difference of its type sits in the same
sentence (a number planted in a date, or a year of four digits, is a changed date:
date_mismatch names it too);
every other finding, including those the untouched document also gets, counts against
precision. Goals: precision and recall >= 0.95 per type; fewer than 1
false finding per 100 sentence pairs on the untouched set. The longer TICO-19 documents
are compared untouched only (:func:`long_untouched`), as a second check of that rate.

Honesty protocol: the documents are split once into a *dev* half (used to tune the
checks) and a *held-out* half (never looked at while tuning), by the CRC-32 of
"corpus:doc_id"; every figure is printed for both halves and for all documents.

Audit of the reference translations: professional translations have real errors (a
year 1967 rendered ۱۹۷۶, a weekday changed, a percentage left out), which the raw
figures count as false findings. benchmarks/fixtures/reference_differences.tsv holds a
hand audit of every finding the untouched documents got (dev and held-out alike): each
judged `true` (the texts really differ in that respect) or `false` (paraphrase, unit
conversion, transliteration, a pronoun for a name…; when unsure, false), with a short
reason. It is data about the gold, not about the checker: no check was changed for it.
Every figure is printed raw and *audited*: in the audited one, a finding that matches a
`true` entry (same document and type, same source indices, or target indices when it has
no source) is correct: not a false finding on the untouched set, and not counted against
precision on the planted variants. A closing line says how many entries the audit holds,
how many are true, how many the current run no longer produces (stale: the checker
changed; re-audit), and how many untouched findings the audit does not cover yet (new:
audit them, and until then they count as false).
"""

from __future__ import annotations

import random
import re
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shared_data import ntrex, require_shared_data, tico  # noqa: E402

SURNAMES = ["Okonkwo", "Lindqvist", "Haraldsen", "Petrakis", "Nakamura", "Wojcik", "Delacroix", "Mbeki"]
GIVEN_NAMES = ["Laura", "Pedro", "Ingrid", "Tomasz", "Keiko", "Olga", "Rahul", "Chidi"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
AUDIT = Path(__file__).resolve().parent / "fixtures" / "reference_differences.tsv"
TYPES = ["omission", "addition", "number_mismatch", "date_mismatch", "name_mismatch", "untranslated",
         "low_similarity"]


def plant_number(fa, en, rng):
    from bilingua.compare.numbers import extract_numbers, quantities_match

    choices = []
    for i, (f, e) in enumerate(zip(fa, en)):
        theirs = extract_numbers(f)
        for q in extract_numbers(e):
            digits = re.fullmatch(r"\d+", q.text.split()[0].rstrip("%"))
            if q.reportable and digits and quantities_match(q, theirs):
                choices.append((i, q))
    if not choices:
        return None
    i, q = rng.choice(choices)
    old = q.text.split()[0].rstrip("%")
    new = str(int(old) + rng.choice([1, 2, 3, 7]))
    sentence = en[i][:q.start] + en[i][q.start:].replace(old, new, 1)
    return en[:i] + [sentence] + en[i + 1:], ("number_mismatch", (i,), (i,))


def plant_date(fa, en, rng):
    choices = [(i, w, WEEKDAYS) for i, e in enumerate(en) for w in WEEKDAYS if re.search(rf"\b{w}\b", e)]
    choices += [(i, m, MONTHS) for i, e in enumerate(en) for m in MONTHS
                if re.search(rf"\b{m}\b(?= \d| of \d)|\d(?:st|nd|rd|th)? {m}\b", e)]
    if not choices:
        return None
    i, word, names = rng.choice(choices)
    new = names[(names.index(word) + rng.choice([2, 3, 4])) % len(names)]
    return en[:i] + [re.sub(rf"\b{word}\b", new, en[i], count=1)] + en[i + 1:], ("date_mismatch", (i,), (i,))


def _named(fa, en):
    """(sentence, name) of the English names the Persian of the same pair spells, once in
    their sentence: removing or replacing a name written twice leaves it on both sides."""
    from bilingua.compare.names import english_names, name_in_persian

    return [(i, n) for i, e in enumerate(en) for n in english_names(e) if name_in_persian(n, fa[i]) and _once(n, e)]


def _once(name, sentence) -> bool:
    """Is ``name``'s head written once in ``sentence``?"""
    return len(re.findall(rf"(?<![A-Za-z]){re.escape(name.head)}(?![a-z])", sentence)) == 1


def _name_replaced(sentence, name, rng):
    last = name.text.split()[-1]
    replaced = sentence[name.start:name.end].replace(last, rng.choice(SURNAMES))
    return sentence[:name.start] + replaced + sentence[name.end:]


def _name_removed(sentence, name, rng):
    return " ".join((sentence[:name.start] + sentence[name.end:]).split())


def _plant_name(fa, en, rng, change):
    choices = _named(fa, en)
    if not choices:
        return None
    i, name = rng.choice(choices)
    return en[:i] + [change(en[i], name, rng)] + en[i + 1:], ("name_mismatch", (i,), (i,))


def plant_name_replaced(fa, en, rng):
    return _plant_name(fa, en, rng, _name_replaced)


def plant_name_removed(fa, en, rng):
    return _plant_name(fa, en, rng, _name_removed)


def name_sample(docs, per_doc: int = 3) -> dict[str, Counter]:
    """name_mismatch recall on a broader sample than the variants of :func:`main` (about 35
    names each way): up to ``per_doc`` named sentences of every document (drawn by a
    generator seeded with the document's id), each with its name removed and, apart,
    its surname replaced. Per part: Counter of (kind, found?)."""
    return _recall_sample(docs, lambda doc: _named(doc.fa, doc.en),
                          (("removed", _name_removed), ("replaced", _name_replaced)), per_doc)


def place_sample(docs, per_doc: int = 3) -> dict[str, Counter]:
    """name_mismatch recall for the places of :mod:`bilingua.compare.places` (frequent
    names, which :func:`name_sample` never draws): up to ``per_doc`` sentences of every
    document naming a listed place on both sides, the place's English replaced by
    another listed place and, apart, removed."""
    return _recall_sample(docs, lambda doc: _placed(doc.fa, doc.en),
                          (("removed", _place_removed), ("replaced", _place_replaced)), per_doc)


def given_name_sample(docs, per_doc: int = 3) -> dict[str, Counter]:
    """name_mismatch recall for a person's given name changed: up to ``per_doc`` sentences
    of every document whose Persian names a person by given name and surname (as
    :mod:`bilingua.compare.people` reads them) and whose English names that person with
    the same given name, the English given name replaced by another."""
    return _recall_sample(docs, lambda doc: _given_named(doc.fa, doc.en), (("replaced", _given_replaced),), per_doc)


def opening_name_sample(docs, per_doc: int = 3) -> dict[str, Counter]:
    """name_mismatch recall for a one-word name opening its sentence ("Araghchi thanked…"),
    which :func:`name_sample` never draws: up to ``per_doc`` sentences of every document
    whose English opens with a rare word, not followed by another capitalised one, that
    the Persian of the pair spells, once in the sentence, that word replaced by a surname."""
    return _recall_sample(docs, lambda doc: _opened(doc.fa, doc.en), (("replaced", _name_replaced),), per_doc)


def _opened(fa, en):
    from bilingua.compare.names import _rare_openers, name_in_persian

    return [(i, n) for i, e in enumerate(en) for n in _rare_openers(e)[:1]
            if n.start == 0 and name_in_persian(n, fa[i]) and not re.match(r"\W*[A-Z]", e[n.end:]) and _once(n, e)]


def _given_named(fa, en):
    from bilingua.compare.names import _people, _persian_word_in_english, _same_given_name, english_names

    out = []
    for i, (f, e) in enumerate(zip(fa, en)):
        people = [p for p in _people(f) if len(p) > 1]
        out += [(i, n) for n in english_names(e) if len(n.text.split()) > 1 and n.text.split()[0] != n.head
                and any(_persian_word_in_english(p[-1], n.head) and _same_given_name(p[0], n.text.split()[0])
                        for p in people)]
    return out


def _given_replaced(sentence, name, rng):
    first = name.text.split()[0]
    return sentence[:name.start] + rng.choice(GIVEN_NAMES) + sentence[name.start + len(first):]


def same_topic_sample(docs, per_doc: int = 3) -> dict[str, Counter]:
    """low_similarity recall for a mistranslation on the document's own topic, which a
    sentence from another document (the variants of :func:`main`) is not: up to
    ``per_doc`` sentences of every document of four or more, each replaced by the
    sentence half the document away."""
    def far_sentences(doc):
        n = len(doc.en)
        return [(i, doc.en[(i + n // 2) % n]) for i in range(n)] if n >= 4 else []

    return _recall_sample(docs, far_sentences, (("same-document sentence", lambda _, other, rng: other),), per_doc,
                          "low_similarity")


# A bound on a number and the bound opposite to it, for :func:`bound_sample`.
_BOUND_FLIPS = {"more than": "less than", "less than": "more than", "fewer than": "more than",
                "greater than": "less than", "higher than": "lower than", "lower than": "higher than",
                "over": "under", "under": "over", "above": "below", "below": "above",
                "at least": "at most", "at most": "at least"}


def bound_sample(docs, per_doc: int = 3) -> dict[str, Counter]:
    """low_similarity recall for a bound on a number turned to its opposite ("more than
    200" for "less than 200", which the number check passes): up to ``per_doc`` sentences
    of every document whose both sides bound a number, as the checker's own reader of
    bounds finds them, with the English bound flipped."""
    from bilingua.compare.direction import sense

    def bounded(doc):
        return [(i, found[1]) for i, (fa, en) in enumerate(zip(doc.fa, doc.en))
                if sense(fa, "fa", "bound") and (found := sense(en, "en", "bound"))
                and found[1].lower() in _BOUND_FLIPS]

    def flipped(sentence, word, rng):
        other = _BOUND_FLIPS[word.lower()]
        other = other[0].upper() + other[1:] if word[0].isupper() else other
        return re.sub(r"\b" + re.escape(word) + r"\b", other, sentence, count=1)

    return _recall_sample(docs, bounded, (("flipped", flipped),), per_doc, "low_similarity")


def _recall_sample(docs, choices_of, changes, per_doc: int, finding_type: str = "name_mismatch") -> dict[str, Counter]:
    counts = {part: Counter() for part in ("dev", "held-out", "all")}
    for doc in docs:
        name = f"{doc.corpus}:{doc.doc_id}"
        rng = random.Random(zlib.crc32(name.encode("utf-8")))
        choices = choices_of(doc)
        rng.shuffle(choices)
        for i, item in choices[:per_doc]:
            for kind, change in changes:
                en = doc.en[:i] + [change(doc.en[i], item, rng)] + doc.en[i + 1:]
                found = any(f.type == finding_type and i in f.source for f in compare(doc.fa, en, name))
                for part in parts_of(name):
                    counts[part][kind, found] += 1
    return counts


def _print_recall(counts: dict[str, Counter], what: str) -> None:
    for part, tally in counts.items():
        print(f"  {part:<8} " + ", ".join(
            f"{what} {kind} {tally[kind, True]}/{tally[kind, True] + tally[kind, False]} = "
            f"{ratio(tally[kind, True], tally[kind, False]):.3f}" for kind in sorted({k for k, _ in tally})))


def _placed(fa, en):
    """(sentence, English spelling) of the first listed place of each sentence pair that
    names one on both sides, as the checker's own place reader finds them: the sample is
    of the places it is meant to check (not the people listed with them)."""
    from bilingua.compare import places
    from bilingua.compare.names import _persian_tokens

    out = []
    for i, (f, e) in enumerate(zip(fa, en)):
        both = {k for k in places.in_english(e).keys() & places.in_persian(frozenset(_persian_tokens(f)), f)
                if not places.is_person(k)}  # people have samples of their own
        out += [(i, places.in_english(e)[min(both)])] if both else []
    return out


def _place_replaced(sentence, spelling, rng):
    from bilingua.compare import places

    named = places.in_english(spelling)
    other = rng.choice([places.english_name(k) for k in range(len(places.places()))
                        if k not in named and not places.is_person(k)])
    return re.sub(rf"(?<![A-Za-z]){re.escape(spelling)}(?![A-Za-z])", other, sentence, count=1)


def _place_removed(sentence, spelling, rng):
    removed = re.sub(rf"(?:\b(?:in|to|of|from|at) )?(?<![A-Za-z]){re.escape(spelling)}(?:['’]s)?(?![A-Za-z])", "",
                     sentence, count=1, flags=re.I)
    return " ".join(removed.split())


def plant_dropped(fa, en, rng, others):
    i = rng.randrange(len(en))
    return en[:i] + en[i + 1:], ("omission", (i,), ())


def plant_added(fa, en, rng, others):
    i = rng.randrange(len(en) + 1)
    return en[:i] + [rng.choice(others)] + en[i:], ("addition", (), (i,))


def plant_persian(fa, en, rng, others):
    i = rng.randrange(len(en))
    return en[:i] + [fa[i]] + en[i + 1:], ("untranslated", (i,), (i,))


def plant_replaced(fa, en, rng, others):
    i = rng.randrange(len(en))
    return en[:i] + [rng.choice(others)] + en[i + 1:], ("low_similarity", (i,), (i,))


def _key(finding):
    """Identifies a finding across variants of one document (Persian indices never move)."""
    return finding.type, finding.source, None if finding.source else finding.details.get("text")


def _in_date(en, new_en):
    """Is the planted number the day or year of a date (4 March → 7 March, or 28 March →
    35 March, no date any more), or a year of four digits ("since 1962" → "since 1964")?
    Then the change is a changed date, and a date_mismatch names it as well as a
    number_mismatch."""
    from bilingua.compare.dates import date_spans

    for old, new in zip(en, new_en):
        if old != new:
            at = next(k for k, (a, b) in enumerate(zip(old, new)) if a != b)
            years = [m.span() for m in re.finditer(r"(?<![\d,.])\d{4}(?![\d,])", new) if 1000 <= int(m.group()) < 2200]
            return any(start <= at < end for start, end in years + date_spans(old) + date_spans(new))
    return False


def audit_key(name: str, kind: str, source, target) -> tuple:
    """What identifies an audited finding: its document ("corpus:doc_id"), its type, and its
    source indices, or its target indices when it has no source (Persian indices are the
    same in every variant of a document; English ones move when a sentence is planted)."""
    return (name, kind, "source", tuple(source)) if source else (name, kind, "target", tuple(target))


def load_audit(path: Path = AUDIT) -> dict[tuple, bool]:
    """The audited findings of reference_differences.tsv: audit_key → verdict (True when
    the reference translation really differs there). Lines starting with # are comments;
    the first other line is the header. A malformed line raises ValueError."""
    audit: dict[tuple, bool] = {}
    rows = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.startswith("#")]
    for n, line in rows[1:]:
        cells = line.split("\t")
        if len(cells) != 7:
            raise ValueError(f"{path}:{n}: expected 7 tab-separated columns, got {len(cells)}")
        corpus, doc_id, kind, source, target, verdict, _reason = cells
        if kind not in TYPES or verdict not in ("true", "false") or not (source or target):
            raise ValueError(f"{path}:{n}: bad finding type, verdict or indices")
        try:
            src, tgt = ([int(i) for i in cell.split(",")] if cell else [] for cell in (source, target))
        except ValueError:
            raise ValueError(f"{path}:{n}: indices must be comma-separated integers") from None
        key = audit_key(f"{corpus}:{doc_id}", kind, src, tgt)
        if key in audit:
            raise ValueError(f"{path}:{n}: finding audited twice")
        audit[key] = verdict == "true"
    return audit


def compare(fa, en, name):
    from bilingua.compare import compare_documents
    from bilingua.pipeline import document_from_text

    source = document_from_text("\n".join(fa), name + ".fa", presplit=True, lang="fa")
    target = document_from_text("\n".join(en), name + ".en", presplit=True, lang="en")
    return compare_documents(source, target).findings


def ratio(right: int, wrong: int) -> float:
    return right / (right + wrong) if right + wrong else float("nan")


class Tally:
    """Counts of one set of documents."""

    def __init__(self):
        self.tp, self.fp, self.fp_new, self.expected, self.found = Counter(), Counter(), Counter(), Counter(), Counter()
        self.by_plant, self.found_by_plant, self.untouched_types = Counter(), Counter(), Counter()
        # wrong findings on planted variants, and untouched findings, that the audit says
        # are true differences of the reference translation
        self.fp_true, self.fp_new_true, self.untouched_true = Counter(), Counter(), Counter()
        self.untouched_pairs = self.planted_docs = self.docs = 0

    def print(self, title: str) -> None:
        print(f"--- {title}: {self.docs} documents ({self.untouched_pairs} sentence pairs); "
              f"planted variants: {self.planted_docs}")
        print(f"{'finding type':<16} {'planted':>7} {'precision':>9} {'audited':>7} {'new-only':>9} {'audited':>7} "
              f"{'recall':>7}   goal >= 0.95 each")
        for t in TYPES:
            tp, fp, fp_new = self.tp[t], self.fp[t], self.fp_new[t]
            recall = self.found[t] / self.expected[t] if self.expected[t] else float("nan")
            print(f"{t:<16} {self.expected[t]:>7} {ratio(tp, fp):>9.3f} {ratio(tp, fp - self.fp_true[t]):>7.3f} "
                  f"{ratio(tp, fp_new):>9.3f} {ratio(tp, fp_new - self.fp_new_true[t]):>7.3f} {recall:>7.3f}   "
                  f"(found {tp} right, {fp} wrong of which {fp_new} new; {self.fp_true[t]} of the wrong "
                  f"are audited true differences)")
        print("recall by planted difference: " + ", ".join(
            f"{label} {self.found_by_plant[label]}/{self.by_plant[label]}" for label in sorted(self.by_plant)))
        false = sum(self.untouched_types.values())
        true = sum(self.untouched_true.values())
        def per100(n: int) -> float:
            return 100 * n / self.untouched_pairs if self.untouched_pairs else float("nan")

        print(f"untouched set, raw (every finding counted false): {false} false findings in {self.untouched_pairs} "
              f"sentence pairs = {per100(false):.2f} per 100 pairs (goal < 1); "
              f"by type: {dict(sorted(self.untouched_types.items()))}")
        left = +(self.untouched_types - self.untouched_true)
        print(f"untouched set, audited (true differences of the reference left out): {false - true} false findings "
              f"= {per100(false - true):.2f} per 100 pairs (goal < 1); by type: {dict(sorted(left.items()))}; "
              f"{true} audited true differences found")


def long_untouched(docs) -> None:
    """False findings on the TICO-19 documents longer than 60 sentences, untouched, raw:
    documents the checks were not tuned on until 2026-11-23, when the dev half (by
    :func:`is_dev`) was inspected. Not audited: every finding counts as false."""
    counts = {part: Counter() for part in ("dev", "held-out", "all")}
    pairs = Counter()
    for doc in docs:
        name = f"{doc.corpus}:{doc.doc_id}"
        found = Counter(f.type for f in compare(doc.fa, doc.en, name))
        for part in parts_of(name):
            counts[part] += found
            pairs[part] += len(doc.en)
    print(f"untouched long TICO-19 documents (> 60 sentences; {len(docs)} documents), raw:")
    for part, found in counts.items():
        total = sum(found.values())
        print(f"  {part:<8} {total} false findings in {pairs[part]} sentence pairs = "
              f"{100 * total / pairs[part] if pairs[part] else float('nan'):.2f} per 100 pairs; "
              f"by type: {dict(sorted(found.items()))}")


def is_dev(name: str) -> bool:
    """The fixed dev / held-out split: half of the documents by checksum of their id."""
    return zlib.crc32(name.encode()) % 2 == 0


def parts_of(name: str) -> tuple[str, str]:
    """The parts whose figures a document counts in: its half, and all."""
    return ("dev" if is_dev(name) else "held-out", "all")


def main() -> int:
    if not require_shared_data("bench_compare"):
        return 0
    started = time.perf_counter()
    docs = ntrex() + [d for d in tico() if len(d.en) <= 60]
    all_en = [s for d in docs for s in d.en]
    tallies = {"dev": Tally(), "held-out": Tally(), "all": Tally()}
    audit = load_audit()
    produced, unaudited = set(), []
    plants = [plant_number, plant_date, plant_name_replaced, plant_name_removed]
    structural = [plant_dropped, plant_added, plant_persian, plant_replaced]
    for n, doc in enumerate(docs):
        if n % 20 == 0:
            print(f"  … {n}/{len(docs)} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        fa, en = doc.fa, doc.en
        name = f"{doc.corpus}:{doc.doc_id}"
        halves = [tallies[part] for part in parts_of(name)]
        background = set()
        for f in compare(fa, en, name):
            background.add(_key(f))
            key = audit_key(name, f.type, f.source, f.target)
            produced.add(key)
            if key not in audit:
                unaudited.append(key)
            for t in halves:
                t.untouched_types[f.type] += 1
                t.untouched_true[f.type] += audit.get(key, False)
        for t in halves:
            t.untouched_pairs += len(en)
            t.docs += 1
        # Each document draws its plants from its own generator: a checker change that
        # alters which numbers or names one document offers moves no other's plants.
        rng = random.Random(zlib.crc32(f"plants {name}".encode("utf-8")))
        own = set(en)
        others = [s for s in rng.sample(all_en, 50) if s not in own and len(s.split()) >= 6]
        # Two kinds of difference per document, in turn, keep the run to a few minutes.
        chosen = [(plants + structural)[(2 * n + k) % 8] for k in (0, 1)]
        variants = [(p.__name__.removeprefix("plant_"), p(fa, en, rng) if p in plants else p(fa, en, rng, others))
                    for p in chosen]
        for plant_name, variant in variants:
            if variant is None:
                continue
            new_en, (kind, src, tgt) = variant
            accepted = {kind} | ({"date_mismatch"} if kind == "number_mismatch" and _in_date(en, new_en) else set())
            hit = False
            findings = compare(fa, new_en, name)
            for t in halves:
                t.planted_docs += 1
                t.expected[kind] += 1
                t.by_plant[plant_name] += 1
            for f in findings:
                right = f.type in accepted and bool(set(f.source) & set(src) or set(f.target) & set(tgt))
                hit |= right
                for t in halves:
                    if right:  # counted in the precision of its own type (a date for a number planted in one)
                        t.tp[f.type] += 1
                    else:
                        new = _key(f) not in background
                        true = audit.get(audit_key(name, f.type, f.source, f.target), False)
                        t.fp[f.type] += 1
                        t.fp_new[f.type] += new
                        t.fp_true[f.type] += true
                        t.fp_new_true[f.type] += new and true
            for t in halves:
                t.found[kind] += hit
                t.found_by_plant[plant_name] += hit
    print("precision counts every other finding as wrong; 'new-only' leaves out those the untouched")
    print("version of the same document also gets (they are counted in the untouched line); each 'audited'")
    print("column, and the audited untouched line, count as right a finding that the audit of the reference")
    print("translations (benchmarks/fixtures/reference_differences.tsv) marks as a true difference")
    for title in ("dev", "held-out", "all"):
        tallies[title].print(title + (" (tuned on)" if title == "dev" else " (never tuned on)" if title == "held-out"
                                      else ""))
    print("name_mismatch recall on a broader sample (:func:`name_sample`; up to 3 named sentences per document):")
    _print_recall(name_sample(docs), "name")
    print("name_mismatch recall for listed places (:func:`place_sample`; up to 3 sentences per document):")
    _print_recall(place_sample(docs), "place")
    print("name_mismatch recall for a person's given name changed (:func:`given_name_sample`; up to 3 per document):")
    _print_recall(given_name_sample(docs), "given name")
    print("name_mismatch recall for a name opening its sentence (:func:`opening_name_sample`; up to 3 per document):")
    _print_recall(opening_name_sample(docs), "opening name")
    print("low_similarity recall for a sentence replaced by one of its own document (:func:`same_topic_sample`):")
    _print_recall(same_topic_sample(docs), "replaced by a")
    print("low_similarity recall for a bound on a number flipped (:func:`bound_sample`; up to 3 per document):")
    _print_recall(bound_sample(docs), "bound")
    long_untouched([d for d in tico() if len(d.en) > 60])
    stale = sorted(k for k in audit if k not in produced)

    def listed(keys: list[tuple]) -> str:
        return ": " + "; ".join(" ".join(map(str, k)) for k in keys) if keys else ""

    print(f"audit ({AUDIT.relative_to(AUDIT.parent.parent.parent)}): {len(audit)} audited findings, "
          f"{sum(audit.values())} true differences of the reference translations, "
          f"{len(audit) - sum(audit.values())} false; {len(stale)} audited entries not produced by this run "
          f"(stale){listed(stale)}; {len(unaudited)} untouched findings of this run not audited "
          f"(counted false){listed(unaudited)}")
    long_line_speed()
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 0


def long_line_speed() -> None:
    """Time to read a long text without full stops (a table pasted as one line, an embedded
    image's base64): detection, and the numbers and dates of both sides read and compared,
    at two lengths. Linear time gives a ratio near 4, quadratic near 16."""
    from bilingua.compare.dates import date_spans, unmatched_dates
    from bilingua.compare.numbers import unmatched_numbers
    from bilingua.detect import detect

    def seconds(repeats: int) -> tuple[int, float]:
        persian = "۳ میلیون و ۲۰۰ هزار نفر در ۱۴۰۳/۰۱/۱۵ و ۵ درصد، ۴ و ۵ مارس " * repeats
        english = "3.2 million people on 3 April 2024 and 5 percent, 4 and 6 March " * repeats
        started = time.perf_counter()
        detect("پ" * len(persian))
        unmatched_numbers(persian, english, date_spans(persian), date_spans(english))
        unmatched_dates(persian, english)
        return len(persian), time.perf_counter() - started

    (short, short_s), (long, long_s) = seconds(800), seconds(3200)
    print(f"one-line tables: detection, numbers and dates of both sides, {short:,} characters a side "
          f"{short_s:.2f} s, {long:,} characters {long_s:.2f} s: ratio {long_s / short_s:.1f} (linear 4, quadratic 16)")


if __name__ == "__main__":
    sys.exit(main())
