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
sentence (a number planted in a date is a changed date: date_mismatch names it too);
every other finding, including those the untouched document also gets, counts against
precision. Goals: precision and recall >= 0.95 per type; fewer than 1
false finding per 100 sentence pairs on the untouched set.

Honesty protocol: the documents are split once into a *dev* half (used to tune the
checks) and a *held-out* half (never looked at while tuning), by the CRC-32 of
"corpus:doc_id"; every figure is printed for both halves and for all documents.
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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
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
    from bilingua.compare.names import english_names, name_in_persian

    return [(i, n) for i, e in enumerate(en) for n in english_names(e) if name_in_persian(n, fa[i])]


def plant_name_replaced(fa, en, rng):
    choices = _named(fa, en)
    if not choices:
        return None
    i, name = rng.choice(choices)
    last = name.text.split()[-1]
    sentence = en[i][:name.start] + en[i][name.start:name.end].replace(last, rng.choice(SURNAMES)) + en[i][name.end:]
    return en[:i] + [sentence] + en[i + 1:], ("name_mismatch", (i,), (i,))


def plant_name_removed(fa, en, rng):
    choices = _named(fa, en)
    if not choices:
        return None
    i, name = rng.choice(choices)
    sentence = " ".join((en[i][:name.start] + en[i][name.end:]).split())
    return en[:i] + [sentence] + en[i + 1:], ("name_mismatch", (i,), (i,))


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
    """Is the planted number the day or year of a date (4 March → 7 March)? Then the
    change is a changed date, and a date_mismatch names it as well as a number_mismatch."""
    from bilingua.compare.dates import date_spans

    for old, new in zip(en, new_en):
        if old != new:
            at = next(k for k, (a, b) in enumerate(zip(old, new)) if a != b)
            return any(start <= at < end for start, end in date_spans(new))
    return False


def compare(fa, en, name):
    from bilingua.compare import compare_documents
    from bilingua.pipeline import document_from_text

    source = document_from_text("\n".join(fa), name + ".fa", presplit=True, lang="fa")
    target = document_from_text("\n".join(en), name + ".en", presplit=True, lang="en")
    return compare_documents(source, target).findings


class Tally:
    """Counts of one set of documents."""

    def __init__(self):
        self.tp, self.fp, self.fp_new, self.expected, self.found = Counter(), Counter(), Counter(), Counter(), Counter()
        self.by_plant, self.found_by_plant, self.untouched_types = Counter(), Counter(), Counter()
        self.untouched_pairs = self.planted_docs = self.docs = 0

    def print(self, title: str) -> None:
        print(f"--- {title}: {self.docs} documents ({self.untouched_pairs} sentence pairs); "
              f"planted variants: {self.planted_docs}")
        print(f"{'finding type':<16} {'planted':>7} {'precision':>9} {'new-only':>9} {'recall':>7}   goal >= 0.95 each")
        for t in TYPES:
            tp, fp, fp_new = self.tp[t], self.fp[t], self.fp_new[t]
            precision = tp / (tp + fp) if tp + fp else float("nan")
            net = tp / (tp + fp_new) if tp + fp_new else float("nan")
            recall = self.found[t] / self.expected[t] if self.expected[t] else float("nan")
            print(f"{t:<16} {self.expected[t]:>7} {precision:>9.3f} {net:>9.3f} {recall:>7.3f}   "
                  f"(found {tp} right, {fp} wrong of which {fp_new} new)")
        print("recall by planted difference: " + ", ".join(
            f"{label} {self.found_by_plant[label]}/{self.by_plant[label]}" for label in sorted(self.by_plant)))
        false = sum(self.untouched_types.values())
        per100 = 100 * false / self.untouched_pairs if self.untouched_pairs else float("nan")
        print(f"untouched set: {false} false findings in {self.untouched_pairs} sentence pairs = "
              f"{per100:.2f} per 100 pairs (goal < 1); by type: {dict(sorted(self.untouched_types.items()))}")


def is_dev(name: str) -> bool:
    """The fixed dev / held-out split: half of the documents by checksum of their id."""
    return zlib.crc32(name.encode()) % 2 == 0


def main() -> int:
    if not require_shared_data("bench_compare"):
        return 0
    started = time.perf_counter()
    docs = ntrex() + [d for d in tico() if len(d.en) <= 60]
    rng = random.Random(20241122)
    all_en = [s for d in docs for s in d.en]
    tallies = {"dev": Tally(), "held-out": Tally(), "all": Tally()}
    plants = [plant_number, plant_date, plant_name_replaced, plant_name_removed]
    structural = [plant_dropped, plant_added, plant_persian, plant_replaced]
    for n, doc in enumerate(docs):
        if n % 20 == 0:
            print(f"  … {n}/{len(docs)} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        fa, en = doc.fa, doc.en
        name = f"{doc.corpus}:{doc.doc_id}"
        halves = [tallies["dev" if is_dev(name) else "held-out"], tallies["all"]]
        background = set()
        for f in compare(fa, en, name):
            background.add(_key(f))
            for t in halves:
                t.untouched_types[f.type] += 1
        for t in halves:
            t.untouched_pairs += len(en)
            t.docs += 1
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
                    if right:
                        t.tp[kind] += 1
                    else:
                        t.fp[f.type] += 1
                        t.fp_new[f.type] += _key(f) not in background
            for t in halves:
                t.found[kind] += hit
                t.found_by_plant[plant_name] += hit
    print("precision counts every other finding as wrong; 'new-only' leaves out those the untouched")
    print("version of the same document also gets (they are counted in the untouched line)")
    for title in ("dev", "held-out", "all"):
        tallies[title].print(title + (" (tuned on)" if title == "dev" else " (never tuned on)" if title == "held-out"
                                      else ""))
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
