"""Loading the parallel evaluation data in ../shared/data (NTREX-128, TICO-19).

The data is read in place and never copied into the project. Every benchmark calls
:func:`require_shared_data` first, which says plainly when the folder is absent.
"""

from __future__ import annotations

import csv
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("BILINGUA_SHARED_DATA", ROOT.parent / "shared" / "data"))
NTREX = SHARED_DATA / "ntrex128" / "ntrex128.en-fa.tsv"
TICO = SHARED_DATA / "tico19" / "tico19.en-fa.tsv"


@dataclass
class ParallelDoc:
    """One document: gold 1–1 aligned sentence lists, English original and Persian."""

    corpus: str
    doc_id: str
    en: list[str] = field(default_factory=list)
    fa: list[str] = field(default_factory=list)


def shared_data_available() -> bool:
    return NTREX.is_file() and TICO.is_file()


def require_shared_data(what: str) -> bool:
    """Print a plain notice and return False when ../shared/data is missing."""
    if shared_data_available():
        return True
    print(f"{what}: SKIPPED — the evaluation data is not at {SHARED_DATA} "
          "(expected ntrex128/ntrex128.en-fa.tsv and tico19/tico19.en-fa.tsv)")
    return False


def _read(path: Path, corpus: str) -> list[ParallelDoc]:
    csv.field_size_limit(sys.maxsize)
    docs: dict[str, ParallelDoc] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            doc = docs.setdefault(row["doc_id"], ParallelDoc(corpus, row["doc_id"]))
            doc.en.append(row["en"].strip())
            doc.fa.append(row["fa"].strip())
    return list(docs.values())


def ntrex() -> list[ParallelDoc]:
    return _read(NTREX, "ntrex128")


def tico() -> list[ParallelDoc]:
    return _read(TICO, "tico19")
