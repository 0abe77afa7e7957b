"""Cleaning benchmark: which lines of a news page are kept as the article body.

Reads the labelled test pages in tests/pages (Persian and English news pages, saved as
HTML, plain text and Markdown, with navigation, bylines, related headlines and comment
threads). Each ``NAME.gold.tsv`` lists the page's article lines (``body``), its reader
comments (``comment``) and the page's date (``date``, ISO Gregorian or ``-``).

Reports, for the default reader (trafilatura + clean) and for the alternatives measured
in the same run (justext + clean, all visible text + clean, and no cleaning at all):
precision and recall of kept body lines (goal >= 0.97 for both), how many comment lines
ended up in a body (goal 0) and how many page dates were read right.

Then, as a check of false removals on articles that have no furniture at all, every
document of NTREX-128 and TICO-19 (../shared/data, read in place), English and Persian,
is cleaned as a text of one sentence per line: every line should be kept.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bilingua.clean import clean_text, read_article  # noqa: E402
from bilingua.errors import BilinguaError  # noqa: E402

PAGES = ROOT / "tests" / "pages"
GOAL = 0.97


def line_key(text: str) -> str:
    """Lines are compared on their letters and digits only, so that markup and spacing
    differences between a page and its extracted text do not count."""
    return re.sub(r"[\W_]+", "", text).casefold()


def load_gold(path: Path) -> tuple[Counter, Counter, str]:
    body, comments, date = Counter(), Counter(), "-"
    for row in path.read_text(encoding="utf-8").splitlines():
        label, _, text = row.partition("\t")
        if label == "body":
            body[line_key(text)] += 1
        elif label == "comment":
            comments[line_key(text)] += 1
        elif label == "date":
            date = text.strip()
    return body, comments, date


def pages() -> list[tuple[Path, Path]]:
    found = []
    for gold in sorted(PAGES.glob("*.gold.tsv")):
        stem = gold.name[: -len(".gold.tsv")]
        page = [p for p in PAGES.glob(stem + ".*") if not p.name.endswith(".gold.tsv")]
        if len(page) == 1:
            found.append((page[0], gold))
    return found


def evaluate(extractor: str, clean: bool, items) -> dict:
    tp = kept_total = gold_total = leaks = dates_right = dated = 0
    failures = []
    for page, gold_path in items:
        gold, comments, date = load_gold(gold_path)
        try:
            article = read_article(str(page), clean=clean, extractor=extractor)
        except BilinguaError as e:
            failures.append(f"{page.name}: {e}")
            gold_total += sum(gold.values())
            continue
        kept = Counter(line_key(ln) for ln in article.text.split("\n") if line_key(ln))
        tp += sum((kept & gold).values())
        kept_total += sum(kept.values())
        gold_total += sum(gold.values())
        leaks += sum((kept & comments).values())
        if date != "-":
            dated += 1
            dates_right += article.metadata.get("date") == date
    return {"precision": tp / kept_total if kept_total else 0.0, "recall": tp / gold_total if gold_total else 0.0,
            "leaks": leaks, "dates": f"{dates_right}/{dated}", "failures": failures}


def main() -> int:
    items = pages()
    html = [(p, g) for p, g in items if p.suffix in (".html", ".htm")]
    print(f"pages: {len(items)} ({len(html)} HTML, {len(items) - len(html)} text/Markdown), "
          f"{sum(sum(load_gold(g)[0].values()) for _, g in items)} labelled body lines, "
          f"{sum(sum(load_gold(g)[1].values()) for _, g in items)} comment lines")
    runs = [("trafilatura + clean (default)", "trafilatura", True, items),
            ("justext + clean", "justext", True, items),
            ("visible text + clean", "visible", True, items),
            ("trafilatura, no clean", "trafilatura", False, items),
            ("HTML only: trafilatura + clean", "trafilatura", True, html),
            ("HTML only: justext + clean", "justext", True, html),
            ("HTML only: visible text + clean", "visible", True, html)]
    print(f"{'reader':34} {'precision':>9} {'recall':>7} {'comments in body':>16} {'dates':>6} {'s':>5}")
    default = None
    for label, extractor, clean, subset in runs:
        started = time.perf_counter()
        r = evaluate(extractor, clean, subset)
        elapsed = time.perf_counter() - started
        default = default or r
        print(f"{label:34} {r['precision']:9.3f} {r['recall']:7.3f} {r['leaks']:16d} {r['dates']:>6} {elapsed:5.1f}")
        for f in r["failures"]:
            print(f"    failed: {f}")
    print(f"goal: precision >= {GOAL} and recall >= {GOAL} (default reader: "
          f"{'met' if default['precision'] >= GOAL and default['recall'] >= GOAL else 'NOT met'}); "
          f"comment lines kept in a body: {default['leaks']} (goal 0)")
    false_removals()
    return 0


def false_removals() -> None:
    """Lines removed from furniture-free articles (goal 0)."""
    from shared_data import ntrex, require_shared_data, tico

    if not require_shared_data("false removals on NTREX-128/TICO-19"):
        return
    for corpus in (ntrex(), tico()):
        for side in ("en", "fa"):
            lines = removed = 0
            reasons: Counter = Counter()
            for doc in corpus:
                cleaned = clean_text("\n".join(getattr(doc, side)) + "\n")
                lines += sum(1 for ln in cleaned.lines if ln.text)
                gone = [ln for ln in cleaned.lines if ln.status != "body"]
                removed += len(gone)
                reasons.update(ln.reason for ln in gone)
            detail = ", ".join(f"{r}: {n}" for r, n in sorted(reasons.items())) or "none"
            print(f"false removals, {corpus[0].corpus} {side}: {removed} of {lines} lines "
                  f"({removed / lines:.4f}; goal 0) — {detail}")


if __name__ == "__main__":
    sys.exit(main())
