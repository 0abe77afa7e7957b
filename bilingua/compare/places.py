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


def in_english(spellings: tuple[str, ...], text: str) -> str:
    """The first of the English ``spellings`` that is a word or words of ``text`` ('' if
    none); one in capitals (NY, DC) only as written."""
    return next((s for s in spellings
                 if re.search(rf"(?<![A-Za-z]){re.escape(s)}(?![A-Za-z])", text, 0 if s.isupper() else re.I)), "")


def in_persian(place: tuple[tuple[str, ...], tuple[str, ...]], words: set[str], text: str) -> bool:
    """Does a Persian ``text`` (whose words are ``words``) name ``place``: one of its Persian
    spellings as a word, not inside another (ریاضی "mathematics" is no Riyadh), or one of
    its English ones in Latin script (New York Times)?"""
    persian, english = place
    return any(s in words if " " not in s else s in text for s in persian) or bool(in_english(english, text))
