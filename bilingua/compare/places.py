"""Places Persian news names most, with their Persian and English spellings.

A rare Persian word is likely a transliterated name, but a place as often written as
تهران or مسکو is a frequent word, and nothing in its spelling tells it from any other;
an English reader's Tehran is frequent too, and only rare English names are checked
without a translator. So the places Persian news names most are listed, each with the
ways Persian and English write it: Iran's provinces, its larger cities and the places
its news keeps naming, and the capitals and cities it names most. Written for the
project; places whose Persian name is also an everyday word are left out (کیش "creed",
ساری "contagious", دبی "flow", گلستان "rose garden", کابل "cable", بم, بن, رم).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Persian spellings | English spellings; each side's spellings separated by commas.
_TABLE = """
تهران | Tehran, Teheran
اصفهان | Isfahan, Esfahan
مشهد | Mashhad, Mashad
شیراز | Shiraz
تبریز | Tabriz
کرج | Karaj
اهواز | Ahvaz, Ahwaz
قم | Qom, Ghom
کرمانشاه | Kermanshah
ارومیه, اورمیه | Urmia, Orumiyeh, Urumieh
رشت | Rasht
زاهدان | Zahedan
همدان | Hamadan, Hamedan
کرمان | Kerman
یزد | Yazd
اردبیل | Ardabil, Ardebil
بندرعباس, بندر عباس | Bandar Abbas
اراک | Arak
زنجان | Zanjan
سنندج | Sanandaj
قزوین | Qazvin, Ghazvin
خرم‌آباد, خرم آباد | Khorramabad
گرگان | Gorgan
بوشهر | Bushehr
بیرجند | Birjand
ایلام | Ilam
شهرکرد | Shahrekord, Shahr-e Kord
یاسوج | Yasuj, Yasouj
سمنان | Semnan
بجنورد | Bojnurd, Bojnourd
آبادان | Abadan
خرمشهر | Khorramshahr
چابهار | Chabahar
نطنز | Natanz
فردو | Fordow, Fordo
دزفول | Dezful
کاشان | Kashan
قشم | Qeshm, Gheshm
سیستان | Sistan
بلوچستان | Baluchestan, Baluchistan, Balochistan
خوزستان | Khuzestan
خراسان | Khorasan, Khurasan
گیلان | Gilan, Guilan
مازندران | Mazandaran
کردستان | Kurdistan, Kordestan
لرستان | Lorestan, Luristan
هرمزگان | Hormozgan
البرز | Alborz
مسکو | Moscow
لندن | London
پاریس | Paris
برلین | Berlin
واشنگتن, واشینگتن | Washington, DC, D.C.
نیویورک, نیو یورک | New York, NY, NYC
ژنو | Geneva
وین | Vienna
بغداد | Baghdad
دمشق | Damascus
بیروت | Beirut
ریاض | Riyadh
دوحه | Doha
آنکارا | Ankara
استانبول, استامبول | Istanbul
مسقط | Muscat
ابوظبی, ابو ظبی | Abu Dhabi
باکو | Baku
ایروان | Yerevan
تفلیس | Tbilisi
اسلام‌آباد, اسلام آباد | Islamabad
دهلی | Delhi
توکیو | Tokyo
سئول | Seoul
پکن | Beijing, Peking
قاهره | Cairo
صنعا | Sanaa, Sana'a
غزه | Gaza
قدس, اورشلیم, بیت‌المقدس | Jerusalem, Quds
"""


@lru_cache(maxsize=1)
def places() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Each listed place as (its Persian spellings, its English spellings)."""
    rows = []
    for line in _TABLE.strip().splitlines():
        persian, english = line.split("|")
        rows.append((tuple(p.strip() for p in persian.split(",")), tuple(e.strip() for e in english.split(","))))
    return tuple(rows)


_LATIN = re.compile("[A-Za-z]+")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Persian spellings, and English spellings as their letters' words (D.C. as "d c"),
    -> the place's position in :func:`places`: English in lower case, and apart those in
    capitals (NY, DC), which count only as written."""
    persian = {s: k for k, (fa, _) in enumerate(places()) for s in fa}
    english = {" ".join(_LATIN.findall(s)).lower(): k for k, (_, en) in enumerate(places()) for s in en
               if not s.isupper()}
    capitals = {" ".join(_LATIN.findall(s)): k for k, (_, en) in enumerate(places()) for s in en if s.isupper()}
    return persian, english, capitals


@lru_cache(maxsize=4096)
def in_english(text: str) -> dict[int, str]:
    """The listed places a text names in Latin script, capitalised: position in
    :func:`places` -> the spelling as written. Its words are looked up three, two and one
    at a time (New York, not York). Cached: a sentence is also its neighbours' context."""
    _, english, capitals = _index()
    words = list(_LATIN.finditer(text))
    found: dict[int, str] = {}
    k = 0
    while k < len(words):
        if not words[k].group()[0].isupper():  # a place's name opens with a capital
            k += 1
            continue
        for n in (3, 2, 1):
            key = " ".join(w.group() for w in words[k:k + n])
            place = english.get(key.lower(), capitals.get(key)) if len(words) - k >= n else None
            if place is not None:
                found.setdefault(place, text[words[k].start():words[k + n - 1].end()])
                k += n
                break
        else:
            k += 1
    return found


@lru_cache(maxsize=4096)
def in_persian(words: frozenset[str], text: str) -> frozenset[int]:
    """The listed places a Persian ``text`` (whose words are ``words``) names: a Persian
    spelling as one of its words, not inside another (ریاضی "mathematics" is no Riyadh), a
    spelling of two words in the text, or an English spelling in Latin script (New York
    Times)."""
    persian = _index()[0]
    found = {persian[w] for w in words if w in persian}
    found |= {k for spelling, k in persian.items() if " " in spelling and spelling in text}
    return frozenset(found | in_english(text).keys())


def english_name(position: int) -> str:
    return places()[position][1][0]
