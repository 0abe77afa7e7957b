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
sentence; every other finding, including those the untouched document also gets,
counts against precision. Goals: precision and recall >= 0.95 per type; fewer than 1
false finding per 100 sentence pairs on the untouched set.
"""

from __future__ import annotations

import random
import re
import sys
import time
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


def compare(fa, en, name):
    from bilingua.compare import compare_documents
    from bilingua.pipeline import document_from_text

    source = document_from_text("\n".join(fa), name + ".fa", presplit=True, lang="fa")
    target = document_from_text("\n".join(en), name + ".en", presplit=True, lang="en")
    return compare_documents(source, target).findings


def main() -> int:
    if not require_shared_data("bench_compare"):
        return 0
    started = time.perf_counter()
    docs = ntrex() + [d for d in tico() if len(d.en) <= 60]
    rng = random.Random(20241122)
    all_en = [s for d in docs for s in d.en]
    tp, fp, fp_new, expected, found_expected = Counter(), Counter(), Counter(), Counter(), Counter()
    by_plant, found_by_plant = Counter(), Counter()
    untouched_pairs, untouched_types = 0, Counter()
    plants = [plant_number, plant_date, plant_name_replaced, plant_name_removed]
    structural = [plant_dropped, plant_added, plant_persian, plant_replaced]
    planted_docs = 0
    for n, doc in enumerate(docs):
        if n % 20 == 0:
            print(f"  … {n}/{len(docs)} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        fa, en = doc.fa, doc.en
        name = f"{doc.corpus}:{doc.doc_id}"
        background = set()
        for f in compare(fa, en, name):
            untouched_types[f.type] += 1
            background.add(_key(f))
        untouched_pairs += len(en)
        own = set(en)
        others = [s for s in rng.sample(all_en, 50) if s not in own and len(s.split()) >= 6]
        # Two kinds of difference per document, in turn, keep the run to a few minutes.
        chosen = [(plants + structural)[(2 * n + k) % 8] for k in (0, 1)]
        variants = [(p.__name__.removeprefix("plant_"), p(fa, en, rng) if p in plants else p(fa, en, rng, others))
                    for p in chosen]
        variants = [(label, v) for label, v in variants if v is not None]
        for variant in variants:
            planted_docs += 1
            plant_name, (new_en, (kind, src, tgt)) = variant
            expected[kind] += 1
            hit = False
            for f in compare(fa, new_en, name):
                if f.type == kind and (set(f.source) & set(src) or set(f.target) & set(tgt)):
                    tp[kind] += 1
                    hit = True
                else:
                    fp[f.type] += 1
                    fp_new[f.type] += _key(f) not in background
            found_expected[kind] += hit
            by_plant[plant_name] += 1
            found_by_plant[plant_name] += hit
    print(f"documents: {len(docs)} ({untouched_pairs} sentence pairs); planted variants: {planted_docs}")
    print("precision counts every other finding as wrong; 'new-only' leaves out those the untouched")
    print("version of the same document also gets (they are counted in the untouched line below)")
    print(f"{'finding type':<16} {'planted':>7} {'precision':>9} {'new-only':>9} {'recall':>7}   goal >= 0.95 each")
    for t in TYPES:
        precision = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else float("nan")
        net = tp[t] / (tp[t] + fp_new[t]) if tp[t] + fp_new[t] else float("nan")
        recall = found_expected[t] / expected[t] if expected[t] else float("nan")
        print(f"{t:<16} {expected[t]:>7} {precision:>9.3f} {net:>9.3f} {recall:>7.3f}   "
              f"(found {tp[t]} right, {fp[t]} wrong of which {fp_new[t]} new)")
    print("recall by planted difference: " + ", ".join(
        f"{label} {found_by_plant[label]}/{by_plant[label]}" for label in sorted(by_plant)))
    untouched_false = sum(untouched_types.values())
    per100 = 100 * untouched_false / untouched_pairs
    print(f"untouched set: {untouched_false} false findings in {untouched_pairs} sentence pairs = "
          f"{per100:.2f} per 100 pairs (goal < 1); by type: {dict(sorted(untouched_types.items()))}")
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
