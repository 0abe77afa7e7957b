"""Names of people, places and organisations present on one side only.

English names are capitalised words that do not open a sentence (and are not titles,
months or weekdays). They are matched to Persian words through a consonant *skeleton*
both scripts share: vowels go (Persian rarely writes them; vowel marks are dropped),
letters that transliterate to each other fall together (ق غ گ ~ q gh g, ث س ص ~ s,
ذ ز ض ظ ~ z, ت ط ~ t, ح ه ~ h), and repeated letters collapse, so Zarif/ظریف,
Lavrov/لاوروف and Kerry/کری share one skeleton (s and z fall together too: Jones/جونز).
و and ی are consonants or vowels, so both readings are tried. A small table covers
words of names that Persian translates (British/انگلیس, Southern/جنوب).

Frequent English words (wordfreq) are not checked as names: Persian translates Senate,
Labour or Cup rather than transliterating them. Where a translator is configured, names
of the machine translation are compared with the English names directly, which also
catches a Persian name left out of the English. Without one, a finding needs strong
evidence, since translators translate, shorten and drop names: a Persian name counts as
missing from the English when it is a rare Persian word that spells a name the English
document uses elsewhere (exactly, or loosely where another aligned pair shows the word
beside that name: :func:`learned_spellings`; a word of middling frequency only exactly,
and a long name: :func:`_spelt_by_middling_words`), or a name the Persian keeps in Latin
script; an English name
counts as missing from the Persian only when it is rare in English and the Persian names
someone else there: a word that is surely a name, unexplained by the English, a name of
the document repeated more often than the English repeats it, or the name's first name
without its surname (see :func:`unmatched_names`). The places Persian news names most
(:mod:`.places`) are checked both ways, however frequent their names.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..detect import persian_lexicon, zipf
from . import places
from .marks import TATWEEL_AND_HARAKAT
from .numbers import prepare
from .people import (FOREIGN_GIVEN_NAMES, GIVEN_NAMES, SURNAME_ENDINGS, TRANSLATED_GIVEN_NAMES, WORDLIKE_NAMES,
                     persian_people, spelt_given_name, titled_names, wordlike_people)

# Names whose Persian form is a translation, not a transliteration (or that Persian
# writes as a different word): English word -> Persian stems.
EXONYMS = {
    "germany": "آلمان", "german": "آلمان", "germans": "آلمان", "greece": "یونان", "greek": "یونان",
    "egypt": "مصر", "egyptian": "مصر", "china": "چین", "chinese": "چین", "japanese": "ژاپن",
    "britain": "بریتانیا انگلیس انگلستان", "british": "بریتانیا انگلیس انگلستان", "england": "انگلیس انگلستان",
    "english": "انگلیس", "kingdom": "پادشاهی انگلیس انگلستان بریتانیا",
    "american": "آمریکا امریکا",
    "americans": "آمریکا امریکا", "united": "متحده", "states": "ایالات", "russian": "روس", "russians": "روس",
    "russia": "روسیه", "turkey": "ترکیه", "turkish": "ترک", "syrian": "سوریه", "indian": "هند", "india": "هند",
    "netherlands": "هلند", "dutch": "هلند", "holland": "هلند", "swiss": "سوئیس", "swedish": "سوئد",
    "spanish": "اسپانیا", "armenia": "ارمنستان", "georgia": "گرجستان", "europe": "اروپا", "european": "اروپا",
    "iranian": "ایران", "iranians": "ایران", "persian": "فارس", "arab": "عرب", "arabic": "عرب",
    "saudi": "سعودی عربستان", "jewish": "یهود", "jews": "یهود", "muslim": "مسلمان", "muslims": "مسلمان",
    "islamic": "اسلام", "christian": "مسیح", "christians": "مسیح", "christ": "مسیح", "jesus": "عیسی مسیح",
    "god": "خدا", "allah": "خدا", "gulf": "خلیج", "sea": "دریا", "ocean": "اقیانوس", "north": "شمال",
    "south": "جنوب", "east": "شرق", "west": "غرب", "northern": "شمال", "southern": "جنوب", "eastern": "شرق",
    "western": "غرب", "middle": "میانه", "african": "آفریقا", "asian": "آسیا", "asiatic": "آسیا", "french": "فرانسه",
    "italian": "ایتالیا", "polish": "لهستان", "poland": "لهستان", "austria": "اتریش", "austrian": "اتریش",
    "hungary": "مجارستان", "hungarian": "مجارستان", "finland": "فنلاند", "norway": "نروژ", "denmark": "دانمارک",
    "belgium": "بلژیک", "mexican": "مکزیک", "canadian": "کانادا", "australian": "استرالیا",
    "korea": "کره", "korean": "کره", "afghan": "افغان", "pakistani": "پاکستان", "iraqi": "عراق",
    "israeli": "اسرائیل", "palestinian": "فلسطین", "lebanese": "لبنان", "kurdish": "کرد", "kurds": "کرد",
    "azerbaijan": "آذربایجان", "ukrainian": "اوکراین", "irish": "ایرلند", "scottish": "اسکاتلند",
    "house": "کاخ مجلس", "white": "سفید", "scotland": "اسکاتلند", "wales": "ولز", "welsh": "ولز",
    "democrats": "دموکرات", "republican": "جمهوری",
    "republicans": "جمهوری", "republic": "جمهوری", "nations": "ملل", "un": "ملل",
    "persepolis": "جمشید",  # «تخت جمشید»
}
# Capitalised words that are not names (titles, calendar words, function words).
NOT_NAMES = set("""
i mr mrs ms dr sir madam president minister prime foreign secretary general chief king queen prince
princess director chairman speaker ambassador governor mayor senator judge professor officer spokesman
spokeswoman leader deputy vice supreme council ministry department government parliament court party
university college school police army navy force forces agency organization organisation commission
committee union company corporation group bank news report reports reported said says state national
international federal central world city street road river island islands lake mount mountain square
bridge airport station hospital church mosque museum park oct nov dec jan feb aug sept st rev
monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
the a an and or but of in on at to for from with by as is are was were be he she it they we you his her
their our my its this that these those there here what when where why how who which covid
celsius fahrenheit centigrade kelvin richter kbps mbps gbps tbps hz
""".split())

COMMON_PERSIAN = 4.5  # wordfreq's Zipf scale: «زمانی» 5.5, «کاظم» 4.4, «جلالی» 4.1, «لاوروف» 3.2
UNCOMMON_PERSIAN = 3.5  # below this Zipf a Persian word is rare whatever hazm's lexicon says
HAZM_COMMON = 1000  # a word hazm's lexicon counts this often is an ordinary word
COMMON_ENGLISH = 4.0  # Zipf again: 4 is once in 100,000 words (London 5.3, Lavrov 2.7)
# Without a translator, an English name is only reported missing from the Persian when
# it is rarer than this (about 2 in a million words): names as frequent as Hague,
# Judiciary or Brighton are often translated, paraphrased or left out by a translator.
RARE_ENGLISH = 3.3
_PERSIAN_PREFIX = re.compile(r"^(?:ن?می‌|ب|ن)")
_PERSIAN_SUFFIX = re.compile(r"‌?(?:هایی|های|ها|ای|ی|ام|ات|اش|مان|تان|شان|یم|ید|ند|م|ش|د|ه|ست|ان)$")


# Latin letters, accented ones included (José, Müller, Erdoğan): an English text keeps them
# in names, and latin_skeletons reads them without their accents.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
_LATIN_WORD = re.compile(f"[{_UPPER}{_LOWER}][{_UPPER}{_LOWER}'’\\-]*")
_PERSIAN_WORD = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c]+")
_PERSIAN_SUFFIXES = ("‌های", "‌ها", "های", "ها", "‌ای", "ی")  # ‌ای after a silent ه: اژه‌ای
_HARAKAT = re.compile(f"[{TATWEEL_AND_HARAKAT}]")  # short-vowel marks (وِندربیلت), seldom written; tatweel

_LATIN_DIGRAPHS = [("kh", "X"), ("gh", "G"), ("sh", "S"), ("ch", "C"), ("zh", "J"), ("th", "T"), ("ph", "F"),
                   ("ck", "K"), ("qu", "K"), ("dj", "J"), ("ou", "V"), ("oo", "V"), ("ee", "Y")]
_LATIN_LETTERS = str.maketrans({"b": "B", "p": "P", "t": "T", "d": "D", "k": "K", "g": "G", "q": "G",
                                "f": "F", "v": "V", "w": "V", "s": "S", "z": "S", "x": "KS", "j": "J",
                                "l": "L", "r": "R", "m": "M", "n": "N", "h": "H", "y": "Y",
                                "a": "", "e": "", "i": "", "o": "", "u": "", "'": "", "’": "", "-": ""})
_PERSIAN_LETTERS = str.maketrans({
    "ب": "B", "پ": "P", "ت": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ج": "J", "ژ": "J", "چ": "C",
    "ح": "H", "ه": "H", "خ": "X", "د": "D", "ذ": "S", "ز": "S", "ض": "S", "ظ": "S", "ر": "R", "ش": "S",
    "ع": "", "غ": "G", "ق": "G", "گ": "G", "ف": "F", "ک": "K", "ل": "L", "م": "M", "ن": "N", "و": "V",
    "ی": "Y", "ا": "", "آ": "", "ء": "", "ئ": "Y", "أ": "", "ؤ": "V", "\u200c": "",
})


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    keys: tuple[str, ...]  # skeletons of its last word (the surname, or the head of a place name)
    whole: tuple[str, ...] = ()  # skeletons of all its words run together (New York, نیویورک)
    head: str = ""  # the word the keys come from, without a possessive 's


_REPEATS = re.compile(r"(.)\1+")
_SOFT_C = re.compile(r"c(?=[eiy])")
_SOFT_G = re.compile(r"g(?=[eiy])")
# a people's or a dynasty's name: Bolivian(s), Chilean, Safavid(s) (صفوی, صفویان)
_DEMONYM = re.compile(r"(?:ians?|eans?|ese|ish|(?<=...)ids)$")


def _collapse(s: str) -> str:
    return _REPEATS.sub(r"\1", s)


@lru_cache(maxsize=65536)
def latin_skeletons(word: str) -> frozenset[str]:
    w = re.sub(r"['’]s$", "", _without_accents(word).lower())
    spellings = {w, re.sub(r"([oe])v$", r"\1f", w),
                 re.sub(r"(?<=[aeiou])gh$", "", w),  # a silent final gh (Kavanaugh کاوانا, Leigh لی)
                 re.sub(r"(?<=[ae])h$", "", w),  # -eh, -ah spelling a final ه (Mohammadzadeh محمدزاده)
                 re.sub(r"(?<=\w)ti(?=[aou])", "s", w)}  # ti sounding s (Croatia کرواسی, Consortium)
    if len(w) >= 4 and w.endswith("ic"):  # South Slavic -ić without its accent: any c may be č (Kovačić کواچیچ)
        spellings.add(re.sub(r"c(?!h)", "ch", w))
    if w.startswith("j"):  # j sounding y (Jakubowski یاکوبوفسکی, Jansson یانسون) or kh (José خوزه, Juan خوان)
        spellings |= {"y" + w[1:], "kh" + w[1:]}
    if re.match(r"x|q(?!u)", w):  # pinyin (Xining ژینینگ, Qinghai چینگهای), Xavier ژاویر
        spellings |= {"zh" + w[1:], "sh" + w[1:]} if w[0] == "x" else {"ch" + w[1:]}
    return frozenset().union(*(_spelling_skeletons(v) for v in spellings))


def _spelling_skeletons(w: str) -> frozenset[str]:
    """Skeletons of one lower-case spelling (Russian -ov is written both ـوف and ـوو)."""
    for a, b in _LATIN_DIGRAPHS:
        w = w.replace(a, b.lower() if b in "VY" else b)
    italian = _SOFT_C.sub("C", w).replace("c", "k")  # c before e or i may sound as ch (Fauci فاوچی)
    w = _SOFT_C.sub("s", w).replace("c", "k")
    soft_g = _SOFT_G.sub("j", w)  # Virginia, Gerrard: g may sound as j
    variants = {w, soft_g, italian, w.replace("C", "S"), w.replace("C", "K")}  # ch is sh in Chile, k in Chris
    demonym = _DEMONYM.sub("", w)  # Bolivian(s), Chilean: the country's name
    if demonym != w and len(demonym) >= 3:
        variants |= {demonym, demonym.replace("C", "S")}
    return frozenset().union(*(_skeletons_of(v) for v in variants))


def _skeletons_of(w: str) -> frozenset[str]:
    w = w.replace("tz", "ts")
    full = _collapse(w.translate(_LATIN_LETTERS))
    return frozenset({full, _collapse(full[:1] + full[1:].replace("Y", "").replace("V", "").replace("H", ""))} - {""})


@lru_cache(maxsize=65536)
def persian_skeletons(word: str) -> frozenset[str]:
    """The skeletons of a Persian word: as written, and with its و and ی read as vowels
    (all of them, for a long word, or any of them: :func:`_vowel_readings`). A final ه
    is a vowel; one inside a word is a consonant (مهمانداران is no Mandarin)."""
    w = _HARAKAT.sub("", prepare(word))
    if w.endswith("ه") and len(w) > 2:
        w = w[:-1]  # a final ه is a vowel
    # and so, perhaps, is one ending a part (قلعه‌نویی, Ghalenoei; not in شاه‌رخ, Shahrokh)
    part_end = re.sub("(?<=..)ه\u200c", "\u200c", w)
    out = set()
    # ث is s in Persian, th in Arabic names (Haitham, هیثم); ض and ظ are z in Persian, d and
    # dh in Arabic ones (Ramadan رمضان, Riyadh ریاض, Abu Dhabi ابوظبی)
    for spelling in {w, part_end, w.replace("ث", "ت"), w.replace("ض", "د").replace("ظ", "د")}:
        vowel_start = re.sub("^[اآع][یو]", "ا", spelling).translate(_PERSIAN_LETTERS)  # ای، او، عی open with a vowel (Eid)
        out |= {_collapse(spelling.translate(_PERSIAN_LETTERS)), *_vowel_readings(vowel_start)}
    return frozenset(out - {""})


def _vowel_readings(skeleton: str) -> set[str]:
    """Every reading of a Persian skeleton in which each و and ی after the first letter is
    either a consonant or a vowel, which Latin spells with a vowel letter: بولیوی is BLV
    (Bolivia) with its first و and both ی read as vowels, کاوانو is KVN (Kavanaugh). A
    word with more than four is read with all of them consonants or all of them vowels."""
    slots = [k for k in range(1, len(skeleton)) if skeleton[k] in "VY"]
    readings = set()
    for mask in range(1 << len(slots)) if len(slots) <= 4 else (0, (1 << len(slots)) - 1):
        dropped = {k for bit, k in enumerate(slots) if mask >> bit & 1}
        readings.add(_collapse("".join(c for k, c in enumerate(skeleton) if k not in dropped)))
    return readings


def _similar(a: str, b: str) -> bool:
    """Skeletons close enough to be one name: equal when short, one or two edits apart when long."""
    longest = max(len(a), len(b))
    if longest <= 3:
        return a == b
    return Levenshtein.distance(a, b) <= (1 if longest <= 6 else 2)


def _any_similar(keys, skeletons) -> bool:
    """Is one of ``keys`` :func:`_similar` to one of ``skeletons``? rapidfuzz finds, in C,
    the skeletons at most two edits from a key; only those are checked one by one."""
    return any(_similar(k, s) for k in keys
               for s, _, _ in process.extract(k, skeletons, scorer=Levenshtein.distance, score_cutoff=2, limit=None))


def english_names(text: str) -> list[Name]:
    """Runs of capitalised words that are not sentence openers, titles or calendar words."""
    words = list(_LATIN_WORD.finditer(text))
    if len(words) >= 4 and all(w.group()[0].isupper() or w.group().lower() in _TITLE_CASE_MINOR for w in words):
        return []  # a headline in title case says nothing about names
    named = [_is_name_word(m, text) for m in words]
    for k in range(len(words) - 1):
        if not named[k] and named[k + 1] and _opens_name(words[k], words[k + 1], text):
            named[k] = True
    runs: list[list[re.Match]] = []
    run: list[re.Match] = []
    for m, is_name in zip(words + [None], named + [False]):
        if is_name:
            if run and (text[run[-1].end():m.start()].strip() not in ("", "-") or _POSSESSIVE.search(run[-1].group())):
                runs.append(run)
                run = []
            run.append(m)
            continue
        if run:
            runs.append(run)
            run = []
    return [name for name in (_name(r, text) for r in runs) if name is not None]


# The words a title-case headline leaves in lower case ("Talks on Iran to Resume in Vienna").
# A sentence has others, however many names and titles it holds ("Foreign Minister
# Mohammad Javad Zarif met his Russian counterpart Sergei Lavrov in Moscow").
_TITLE_CASE_MINOR = set("a an the and but or nor for so yet as at by in of off on per to up via with from into over "
                        "than vs is are was be".split())
_CLITIC = re.compile(r"['’](?:s|m|ve|ll|d|re)?$")
_POSSESSIVE = re.compile(r"['’]s?$")  # Turkey's Taha Akgul: two names


# The first halves of compound adjectives of peoples and places (Anglo-Saxon, Sino-Soviet).
_COMBINING_FORMS = frozenset("afro anglo austro balto czecho euro franco germano graeco greco hispano indo irano "
                             "italo judeo nippo perso russo serbo sino turko".split())


def _is_name_word(m: re.Match, text: str) -> bool:
    word = m.group()
    if not word[0].isupper():
        return False
    bare = _CLITIC.sub("", word).lower()
    if bare in NOT_NAMES or len(bare) < 2:
        return False
    if any(sum(c.isupper() for c in part) > 1 for part in word.split("-")) and bare not in EXONYMS:
        return False  # acronyms (UN, AMs, TVs) are often spelled out in Persian; Takht-Ravanchi is a name
    if "-" in bare and bare.split("-")[0] in _COMBINING_FORMS:
        return False  # Greco-Roman, Russo-Ukrainian: an adjective («کشتی فرنگی», «روسیه و اوکراین»)
    before = m.start()  # the last character before the word that is not a space
    while before and text[before - 1].isspace():
        before -= 1
    if before > 0 and text[before - 1] == "." and _ABBREVIATED_TITLE.search(text, 0, before):
        return True  # Dr. Leila Ahmadi: the full stop ends a title, not a sentence
    return before > 0 and text[before - 1] not in ".!?:;\"“«'‘(\n"


def _opens_name(word: re.Match, following: re.Match, text: str) -> bool:
    """Does a sentence's first word begin the name after it (Mohammad Sadeghi said)? Only
    a rare word written as a name, right before the name's next word."""
    w = word.group()
    return (w[0].isupper() and w[1:] == w[1:].lower() and w.lower() not in NOT_NAMES
            and not text[word.end():following.start()].strip() and not is_common_english(w))


_ABBREVIATED_TITLE = re.compile(r"(?<![A-Za-z])(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Sgt|Maj|Gov|Sen|Rep|Rev|St)\.$")


def is_common_english(word: str, threshold: float = COMMON_ENGLISH) -> bool:
    """A frequent English word (Health, Senate, Cup, Labour): Persian translates it."""
    return zipf(re.sub(r"['’]s?$", "", word), "en") >= threshold


def _name(run: list[re.Match], text: str) -> Name | None:
    """The name of a run of capitalised words, keyed by its last rare word (its head)."""
    rare = [m for m in run if not is_common_english(m.group())]
    if not rare:
        return None
    keys = tuple(sorted(latin_skeletons(rare[-1].group())))
    whole = tuple(sorted(latin_skeletons("".join(m.group() for m in run)))) if len(run) > 1 else ()
    head = _POSSESSIVE.sub("", rare[-1].group())
    # the name without a possessive after it (a probe's "target has Saeed Farhadi's")
    return Name(_POSSESSIVE.sub("", text[run[0].start():run[-1].end()]), run[0].start(), run[-1].end(), keys, whole,
                head)


def persian_words(text: str) -> list[re.Match]:
    return list(_PERSIAN_WORD.finditer(_HARAKAT.sub("", prepare(text))))


def _persian_tokens(text: str) -> list[str]:
    """The Persian words of ``text``, without a zero-width non-joiner at either end."""
    return [m.group().strip("\u200c") for m in persian_words(text)]


def _persian_forms(word: str) -> list[str]:
    forms = [word]
    for suffix in _PERSIAN_SUFFIXES + ("یان",):  # یان: the people of a name in ی (صفویان)
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            forms.append(word[: -len(suffix)])
    return forms


@lru_cache(maxsize=65536)
def _frequent_fa(word: str) -> bool:
    return zipf(word, "fa") >= COMMON_PERSIAN


def _written_in_latin(word: str, text: str) -> bool:
    """Is ``word`` in ``text`` in Latin script, case and accents aside (Zárate, Zarate),
    and not inside a longer word?"""
    text, word = _without_accents(text).lower(), _without_accents(word).lower()
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _is_latin_letter(text[at - 1])) and not (end < len(text) and _is_latin_letter(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _is_latin_letter(c: str) -> bool:
    return "a" <= c <= "z"


@lru_cache(maxsize=4096)
def _persian_text_skeletons(persian_text: str, rare_only: bool = False) -> frozenset[str]:
    """Skeletons of the forms of each word of a Persian text, and of two neighbours
    written apart (پیونگ یانگ) unless both are frequent words (این کشور is no name);
    with ``rare_only``, of its words below UNCOMMON_PERSIAN only. Cached, as every name
    of a document is looked for in the same texts."""
    tokens = [m.group() for m in persian_words(persian_text)]
    if rare_only:
        tokens = [t for t in tokens if zipf(t, "fa") < UNCOMMON_PERSIAN]
    words = [f for t in tokens for f in _persian_forms(t)] + [  # the second with its suffixes too (محسنی اژه‌ای)
        a + "\u200c" + f for a, b in zip(tokens, tokens[1:])
        if not (_frequent_fa(a) and _frequent_fa(b)) or b in SURNAME_ENDINGS for f in _persian_forms(b)]
    return frozenset(s for w in words for s in persian_skeletons(w))


def name_in_persian(name: Name, persian_text: str, exact: bool = False, loose_rare: bool = False) -> bool:
    """Is ``name`` (an English name) written in ``persian_text``, in any script?

    ``exact`` asks for an identical skeleton, for the riskier question whether a Persian
    word *is* a given name. ``loose_rare`` lets a near skeleton count only from a rare
    Persian word: Tinkara is not انکار (deny) misspelt.
    """
    if _written_in_latin(name.head or name.text, persian_text):
        return True
    skeletons = _persian_text_skeletons(persian_text)
    if exact:
        return any(k in skeletons for k in name.keys if len(k) >= 3)
    folded = prepare(persian_text)
    for part in re.split(r"[\s\-]+", name.text.lower().replace("’", "'")):
        part = part.split("'")[0]
        stems = EXONYMS.get(part) or EXONYMS.get(part.removesuffix("s"))
        if stems and any(s in folded for s in stems.split()):
            return True
    keys = name.keys + name.whole
    if loose_rare:
        if any(k in skeletons for k in keys):
            return True
        skeletons = _persian_text_skeletons(persian_text, rare_only=True)
    return _any_similar(keys, skeletons)


def names_match(a: Name, b: Name) -> bool:
    """Two English-script names (one from machine translation) that denote the same entity."""
    return a.text.lower() == b.text.lower() or any(_similar(x, y) for x in a.keys for y in b.keys)


def persian_name_candidates(text: str) -> list[str]:
    """Persian words rare enough to be names: neither they nor their stem are common words."""
    return [w for w in _persian_tokens(text) if _is_name_candidate(w)]


#: The particles of European names (Karl von Frisch, Ludwig van Beethoven), which English
#: writes in lower case: part of a name, never one alone.
_PARTICLES = frozenset({"فون", "فان"})


@lru_cache(maxsize=65536)
def _is_name_candidate(word: str) -> bool:
    """Is a Persian word rare enough to be a name? Cached: the same words come back
    sentence after sentence."""
    if len(word) < 3 or word in _PARTICLES:
        return False
    suffixless = _PERSIAN_SUFFIX.sub("", word)
    forms = {word, suffixless, _unprefixed(word), _unprefixed(suffixless)}
    frequency = max(zipf(f, "fa") for f in forms if len(f) >= 2)
    if frequency >= COMMON_PERSIAN:
        return False
    lexicon = _hazm_lexicon()  # a second opinion on words of middling frequency
    # a word hazm lists is its own lemma: «جلالی» is listed, and rare
    return not (frequency >= UNCOMMON_PERSIAN and any(lexicon.get(f, 0) >= HAZM_COMMON
                                                      for f in ([word] if word in lexicon else forms)))


@lru_cache(maxsize=1)
def _hazm_lexicon() -> dict[str, int]:
    """hazm's Persian word list with its corpus counts, and its verb stems (as common)."""
    words = dict(persian_lexicon())
    for stem in _verb_stems():
        words[stem] = max(words.get(stem, 0), HAZM_COMMON)
    return words


@lru_cache(maxsize=1)
def _verb_stems() -> frozenset[str]:
    """hazm's verbs' past and present stems."""
    from hazm.utils import default_verbs

    with open(default_verbs, encoding="utf-8") as f:
        return frozenset(stem for line in f for stem in line.strip().split("#") if stem)


def _unprefixed(word: str) -> str:
    """``word`` without a verb's prefix (نمی‌, می‌, ب, ن) where what follows begins with a
    verb stem (نخورده, خورده); else ``word``: only verbs take them, and «نونیز» (Nunez)
    is not a negated «ونیز»."""
    rest = _PERSIAN_PREFIX.sub("", word)
    stems = _verb_stems()
    return rest if rest != word and any(rest[:k] in stems for k in range(2, len(rest) + 1)) else word


def _given_name_in_persian(name: Name, persian: str) -> bool:
    """Is a word of ``name`` before its head (a first name) transliterated in ``persian``?"""
    others = [w for w in _given_words(name, persian) if not is_common_english(w)]
    return any(name_in_persian(_word_name(w), persian, exact=True) for w in others)


def _given_words(name: Name, persian: str) -> list[str]:
    """The words before the head of a name (its given names, where it is a person's) and
    none where a word after the head is not in ``persian``: a person's name ends in the
    surname (Christine Blasey Ford, کریستین بلاسی فورد, whose head is the rarer Blasey),
    and a common word after it makes it something else's (Takhti Cup, Mat-Su Pretrial
    Facility, whose Persian translates Cup and Facility)."""
    words = [_CLITIC.sub("", w) for w in _latin_words(name.text)]
    if name.head not in words:
        return []
    k = words.index(name.head)
    after = words[k + 1:]
    return words[:k] if all(name_in_persian(_word_name(w), persian, exact=True) for w in after) else []


def _word_name(word: str) -> Name:
    """One English word as a name of its own."""
    return Name(word, 0, len(word), tuple(sorted(latin_skeletons(word))), (), word)


_NAME_PARTICLES = ("آل\u200c", "ابو\u200c")  # Al-, Abu-: what follows is a name, not a word
_WORD_PREFIXES = ("غیر", "ضد", "فرا", "پسا", "نیمه", "بین")  # non-, anti-, trans-, post-, semi-, inter-


def is_unknown_persian(word: str) -> bool:
    """A Persian word that neither wordfreq (Zipf ≥ 3) nor hazm's lexicon knows in any of
    its forms, nor in the parts it is written in (در‌حالی‌که): most likely a transliterated name.

    The parts of a name written with آل or ابو (آل‌کثیر, Al-Kathir: "family" and "many")
    are no words. A prefix written on to a common word (غیرانسان, "non-human"; ضدویروس)
    makes a word, not a name. What is left once «ان» is taken off counts only as a common word (Zipf ≥
    UNCOMMON_PERSIAN, or HAZM_COMMON in hazm's lexicon): names end so (فیدان, Fidan; «فید»
    is a rare word) as often as plurals do (درختان)."""
    parts = [] if word.startswith(_NAME_PARTICLES) else [p for p in word.split("\u200c") if len(p) >= 2]
    if any(len(rest) >= 3 and zipf(rest, "fa") >= UNCOMMON_PERSIAN
           for rest in (word[len(p):] for p in _WORD_PREFIXES if word.startswith(p))):
        return False
    lexicon = _hazm_lexicon()
    for w in [word, *parts]:
        stem = _PERSIAN_SUFFIX.sub("", w)
        forms = {w, _unprefixed(w)}
        if w[len(stem):].lstrip("\u200c") != "ان":
            forms.add(stem)
        elif len(stem) >= 2 and (zipf(stem, "fa") >= UNCOMMON_PERSIAN or lexicon.get(stem, 0) >= HAZM_COMMON):
            return False
        if any(zipf(f, "fa") >= 3.0 or f in lexicon for f in forms if len(f) >= 2):
            return False
    return True


def _unexplained_rare_words(persian: str, english: str) -> list[str]:
    """Rare Persian words (likely names) that no word of ``english`` transliterates, alone
    or joined with a neighbour (پیونگ یانگ ~ Pyongyang). Too short a reading to tell a
    name from a word counts nearly spelt only by a capitalised word: one of three
    consonants or fewer (تاکشی, Takeshi: TKS, is not "talks", TLKS), and one of nothing
    but و and ی, vowels as often (ایوایا, Iwaya: VY, is not "way"), not even exactly."""
    rare = set(persian_name_candidates(persian))
    tokens = _persian_tokens(persian)
    capitalised = " ".join(_CAPITALISED.findall(english))
    out = []
    for k, word in enumerate(tokens):
        if word not in rare:
            continue
        joined = [word] + ([tokens[k - 1] + word] if k else []) + (
            [word + tokens[k + 1]] if k + 1 < len(tokens) else [])
        if not any(_persian_word_in_english(w, english, firm=1, loose=4) or _persian_word_in_english(w, capitalised)
                   for w in joined):
            out.append(word)
    return out


def _unknown_runs(persian: str, unexplained: list[str], english_context: str) -> list[str]:
    """Runs of two or more words within a phrase of ``persian`` that are all among
    ``unexplained`` and that no lexicon knows (:func:`is_unknown_persian`), nor a word of
    ``english_context`` (the neighbouring English sentences) transliterates: a foreign
    name in full (تدروس آدهانوم گبریسوس for "the WHO chief"). One such word alone is as
    often a typo or a compound written without a non-joiner as a name; two in a row
    seldom are."""
    unknown = {w for w in unexplained if is_unknown_persian(w)}

    def runs_in(words: tuple[str, ...]) -> list[str]:
        runs, run = [], []
        for word in words + ("",):
            if word in unknown:
                run.append(word)
                continue
            if len(run) >= 2 and _unexplained_rare_words(" ".join(run), english_context) == run:
                runs.append(" ".join(run))
            run = []
        return runs

    return list(_by_phrase(runs_in, persian))


def _persian_word_in_english(word: str, english: str, shortest: int = 1, firm: int = 0, loose: int = 1) -> bool:
    """Does a word of ``english``, the parts of a hyphenated one (angiotensin-converting)
    or two capitalised neighbours (La Paz ~ لاپاز) run together transliterate the Persian
    ``word``? Single words are tried first: the skeletons of the pairs, none of them
    cached, are only worked out when no single word will do. Only readings of ``shortest``
    consonants or more count, and of ``firm`` ones other than و and ی (vowels as often);
    a reading of fewer than ``loose`` only spelt exactly."""
    readings = [k for k in persian_skeletons(word)
                if len(k) >= shortest and len(k) - k.count("V") - k.count("Y") >= firm]
    near = [k for k in readings if len(k) >= loose]
    exact = {k for k in readings if len(k) < loose}
    return any(_any_similar(near, skeletons) or not exact.isdisjoint(skeletons)
               for skeletons in (_english_skeletons(english, pairs) for pairs in (False, True)))


@lru_cache(maxsize=256)
def _english_skeletons(english: str, pairs: bool) -> tuple[str, ...]:
    """Skeletons of the words and hyphen-separated parts of ``english`` or, with
    ``pairs``, of the parts of a hyphenated word run together (angiotensin-converting)
    and of two neighbouring capitalised words run together (La Paz)."""
    if pairs:
        words = _latin_words(english)
        halves = [w.split("-") for w in words]
        candidates = [a + b for parts in halves for a, b in zip(parts, parts[1:]) if a and b]
        candidates += [a + b for a, b in zip(words, words[1:]) if a[:1].isupper() and b[:1].isupper()]
    else:
        candidates = [p for w in _latin_words(english) for p in w.split("-") if p]
    return tuple(sorted({k for w in candidates for k in latin_skeletons(w)}))


def unmatched_names(source: str, target: str, english_document: str = "", translation: str | None = None,
                    target_context: str = "", source_context: str = "",
                    spellings: Mapping[str, Name] = MappingProxyType({})) -> tuple[list[str], list[str]]:
    """Names in the Persian ``source`` missing from the English ``target``, and the reverse.

    ``english_document`` is the whole English text, whose names identify Persian names
    without a translator; ``translation`` is the machine translation of ``source``.
    Without a translator, an English name counts as missing from the Persian only on
    evidence that the Persian names someone else there (a rare word nothing in the
    English accounts for, a name repeated more often than the English does, or the
    name's first name without its surname), since many names are translated rather than
    transliterated. A near spelling counts only from a rare Persian word. A name the Persian
    writes in Latin script is missing from the English unless ``target`` has it, or
    ``target_context`` (the neighbouring English sentences) has it while
    ``source_context`` (their Persian) does not: there the aligner split a clause off.
    ``spellings`` (:func:`learned_spellings`) maps Persian words to the names of the
    document they were seen to spell: such a word, unexplained by ``target``, is a name
    missing from it, on the same terms as to the neighbouring sentences. A Persian person
    and an English name that share the surname but no given name, or a given name but not
    the surname, are on one side each (:func:`_person_names_differ`).
    """
    dateline = _DATELINE.match(target)
    if dateline:
        # a dateline's agency is credited as the report is (IRNA, «به گزارش ایرنا»), unless
        # it is an international wire, the coverage's own outlet (Reuters, AP) the report lacks
        agency = dateline.group("agency") or ""
        source_places = _places_in(source)
        own = agency.strip(" ()").casefold() in _WIRES and not places.in_english(agency).keys() & source_places
        # the place it was filed from stays where the Persian names it too («تهران - ایرنا -»)
        filed = places.in_english(dateline.group("place").title())
        kept = "".join(f"{spelling} " for k, spelling in filed.items() if k in source_places)
        target = kept + ("" if own else agency) + target[dateline.end():]
    target_names = english_names(target)
    # a rare word opening a sentence as a verb's subject is a name too ("Zarif thanked
    # Muscat…" for «عراقچی…»), not one opening a noun phrase ("Recombinant human ACE2")
    named_spans = {n.start for n in target_names}
    candidates = target_names + [n for n in _rare_openers(target) if n.start not in named_spans
                                 and _SUBJECT_OF_VERB.match(target, n.end)
                                 and not _used_lowercase(n.head, english_document)]
    latin_only = [w for w in _latin_names_missing(source, target)
                  if not _has_latin_word(target_context, w) or _has_latin_word(source_context, w)]
    target_only = [n for n in candidates if not name_in_persian(n, source, loose_rare=True)
                   and not (translation and any(names_match(n, t) for t in english_names(translation)))
                   and not _listed_place_in_persian(n, source)]
    place_src, place_tgt = _places_one_side(source, target, source_context, target_context)
    given_src, given_tgt = _person_names_differ(source, target, target_names)
    if translation is None:
        unaccounted = _without_exonyms_of(source, target)
        unexplained = _unexplained_rare_words(source, unaccounted)
        rare = " ".join(unexplained)
        document_names = _document_names(english_document)
        unknown = " ".join(w for w in unexplained if is_unknown_persian(w))
        # A rare Persian word must spell a name of the document exactly; a word no
        # lexicon knows may spell a long one (five consonants or more) loosely (کاووانا ~ Kavanaugh),
        # and a short one (two consonants, too short to trust from a known word) exactly (یوآن, Yuan).
        source_only = [n.text for n in document_names if name_in_persian(n, rare, exact=True)
                       and not _in_latin_text(n, target) and not _spelt_otherwise(n, unexplained)]
        if unknown:  # not from words that only open sentences: Progeny is rare, but no name
            unknown_skeletons = _persian_text_skeletons(unknown)
            source_only += [n.text for n in _document_names(english_document, openers=False)
                            if n.text not in source_only and not _in_latin_text(n, target)
                            and ((max(map(len, n.keys)) >= 5 and name_in_persian(n, unknown))
                                 or any(len(k) == 2 and k in unknown_skeletons for k in n.keys))]
        # The Persian must hold, unexplained, a word that is surely a name: one the English
        # document uses as a name elsewhere, or one no Persian word list knows; or name a
        # person of the document more often than the English does (one English mention
        # stands for another name); or the name's first name is there (Kazem ~ کاظم) while
        # its surname is not.
        # (a surname the English gives another given name is one of given_src's)
        people = [p for p in _people_missing(source, unaccounted, source_context, target_context)
                  if p not in {w for person in given_src for w in person.split()}]
        # one word of a person's name that a name of the document spells is reported as
        # the English writes it (Takeshi, not تاکشی)
        people = [p for p in people if " " in p or not any(
            _persian_word_in_english(p, n, shortest=2) for n in source_only)]
        named_words = {w for person in people for w in person.split()}
        people += [run for run in _unknown_runs(source, unexplained, target_context)
                   if named_words.isdisjoint(run.split())]
        learned = [spellings[w] for w in unexplained if w in spellings
                   and (w in source_context or not _in_latin_text(spellings[w], target_context))]
        middling = _spelt_by_middling_words(source, target, source_context, target_context, document_names)
        source_only += people + [n.text for n in learned + middling if not _in_latin_text(n, target)]
        # a person named in full is not named again by the surname the English uses elsewhere
        # (محسن پاک‌نژاد and Paknejad: a probe's "source has Paknejad, محسن پاک‌نژاد"; and
        # "Baghaei, اسماعیل بقائی" where the English gives Baghaei another given name)
        in_full = people + given_src
        source_only = [n for n in source_only if n in in_full or not any(
            _persian_word_in_english(w, n, shortest=2) for person in in_full for w in person.split())]
        named = bool(latin_only or unknown or people or learned or middling or place_src) or any(
            name_in_persian(n, w, exact=True) for w in unexplained for n in document_names)
        rare_names = [n for n in target_only if not is_common_english(n.head or n.text, RARE_ENGLISH)]
        # a person the Persian names by a title alone (سردار آزمون) is missing only where
        # the English names someone else in their place
        titled = _titled_missing(source, unaccounted, source_context, target_context) if rare_names else []
        source_only += titled
        # a person the Persian names by a given name alone (پسری به نام کاوه), where the
        # English names someone else there (Dariush): a lone given name is common in a
        # story, but with a name the Persian lacks it marks one name put for another
        lone = _not_in_english([p for p in _people(source) if len(p) == 1], _people, source_context, target,
                               target_context) if rare_names else []
        # (once: not beside the document's spelling of that word, "Jahangir, جهانگیر")
        source_only += [p[0] for p in lone if p[0] not in source_only
                        and not any(_persian_word_in_english(p[0], n, shortest=2) for n in source_only)]
        if ((unexplained or middling) and named) or people or titled or lone or (
                rare_names and _mentioned_more_in_persian(source, target, document_names)):
            target_only = rare_names
        elif unexplained and any(map(_full_person_name, rare_names)):
            # a person's full name (Kamran Ghasempour) where the Persian has a rare word
            # nothing explains (حسن یزدانی: یزدانی is also "divine")
            target_only = [n for n in rare_names if _full_person_name(n)]
        else:
            target_only = [n for n in rare_names if _given_name_in_persian(n, source)]
    else:
        source_only = [t.text for t in english_names(translation)
                       if not any(names_match(t, n) for n in target_names)
                       and not any(k in {s for w in _latin_words(target) for s in latin_skeletons(w)} for k in t.keys)]
    # a place the document's English spells otherwise is named once, as the English does
    # (Khoy, not "Khoy, Khuy")
    place_src = [p for p in place_src if not any(_spelt_alike(p, n) for n in source_only)
                 and not _named_among(p, source_only + given_src)]
    target_texts = [n.text for n in target_only]
    # a listed person named in full is named once (سرگئی لاوروف, not also Lavrov)
    place_tgt = [p for p in place_tgt if not _named_among(p, target_texts + given_tgt)]
    return (_unique(source_only + place_src + latin_only + given_src),
            _unique(target_texts + place_tgt + given_tgt))


def _named_among(listed: str, names: list[str]) -> bool:
    """Is the listed place or person ``listed`` (its English spelling) a word of one of
    ``names``, in its English or one of its Persian spellings?"""
    spellings = {listed} | {s for k in places.in_english(listed) for s in places.persian_spellings(k)}
    return any(re.search(rf"(?<![\w\u200c]){re.escape(s)}(?![\w\u200c])", n)
               for s in spellings for n in names if n != listed)


def _spelt_alike(a: str, b: str) -> bool:
    """Are two English-script names one name spelt two ways: as long, and sharing a
    skeleton with their words run together (Khoy, Khuy; not Tehran, Tehrani)?"""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    return len(a) == len(b) and not latin_skeletons(a).isdisjoint(latin_skeletons(b))


# A wire story's dateline ("TEHRAN -", "KERMAN, Iran (AP) —") says where it was filed,
# not what the Persian reports, unless the Persian opens with a dateline of its own («تهران -
# ایرنا -»); the agency in brackets stays, to match «به گزارش ایرنا».
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z.'\-]{2,}(?: [A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)*)\s*"
                       r"(?P<agency>\([^()]{1,40}\)\s*)?[-–—:]\s")


# International news agencies, which publish English coverage under their own datelines.
_WIRES = frozenset("reuters ap afp bloomberg dpa upi efe ansa kyodo xinhua anadolu".split())


def _spelt_otherwise(name: Name, words: list[str]) -> bool:
    """Is ``name`` a listed place (:mod:`.places`) whose Persian spellings (Ahvaz «اهواز»)
    are none of ``words``? Then a word that only shares its skeleton is some other word:
    «حوضه» (basin) is no Ahvaz. (How a document spells its other names is no such rule:
    one translation may write Garcia «گارسیا» here and «گارشیا» there.)"""
    own = {w for k in places.in_english(name.head or name.text) for w in places.persian_spellings(k)}
    return bool(own) and not any(w in own or _PERSIAN_SUFFIX.sub("", w) in own for w in words)


def _without_exonyms_of(persian: str, english: str) -> str:
    """``english`` without the words that render a name the Persian writes in its own
    form (:data:`EXONYMS`: Austria's for اتریش): such a word spells no other name of the
    Persian (Steiner, اشتاینر, is not "Austria")."""
    folded = prepare(persian)

    def rendered(m: re.Match) -> bool:
        stems = EXONYMS.get(re.sub(r"['’]s?$", "", m.group()).lower(), "").split()
        return any(s in folded for s in stems)

    return _LATIN_WORD.sub(lambda m: " " if rendered(m) else m.group(), english)


@lru_cache(maxsize=8)
def learned_spellings(pairs: tuple[tuple[str, str], ...]) -> dict[str, Name]:
    """How the Persian of a document spells its names, learned from its aligned
    ``(Persian, English)`` pairs: a rare Persian word of a pair that transliterates,
    even loosely, a name of the pair's English (پالو ~ Palu, هوبی ~ Hubei). A short or
    loosely spelt name is too uncertain to look for in the whole document, but seen
    beside its English in one pair, the word is a name wherever else it appears."""
    out: dict[str, Name] = {}
    for persian, english in pairs:
        names = [n for n in english_names(english) + _rare_openers(english) if _transliterated(n)]
        words = persian_name_candidates(persian) if names else []
        for name in names:
            distance, word = min(((_distance(persian_skeletons(w), name.keys), w) for w in words), default=(9, ""))
            if distance < 9 and word not in out:
                out[word] = Name(name.head, 0, len(name.head), name.keys, (), name.head)
    return out


def _places_one_side(persian: str, english: str, persian_context: str, english_context: str
                     ) -> tuple[list[str], list[str]]:
    """Places (:mod:`.places`) that one side names and the other does not, in English
    (Tehran; as the English writes it: Esfahan); unless the other side's neighbouring
    sentences name the place and this side's do not (the aligner split a clause off). A
    town of :func:`.places.iran_towns` is looked for in the English, and found there in
    any spelling its Persian one transliterates (Raavar); one the English names and the
    Persian does not counts only where the Persian names a place the English lacks
    (Golestan for «مازندران»; :func:`_plainly_a_town`): many are also words (گلستان, rose
    garden) that Persian may write otherwise. A country or
    organisation (:func:`.places.only_if_replaced`) counts only where each side has a
    place the other lacks (the UAE for Turkey, the Tehran Chamber of Commerce for the
    World Bank)."""
    in_fa = _places_in(persian)
    in_en = places.in_english(english)
    if in_fa == in_en.keys():
        return [], []  # most sentences: no place, or the same on both sides
    near_fa = _places_in(persian_context)
    near_en = places.in_english(english_context)
    source_only = [k for k in sorted(in_fa - in_en.keys())
                   if (k in near_fa or k not in near_en) and not places.named_loosely(k, english)
                   and not places.stands_for_its_country(k, persian, english, named_in_persian=True)]
    source_only = [k for k in source_only if not _place_spelt_otherwise(k, english)
                   and not _opens_a_title(k, persian, english)]
    target_only = [k for k in sorted(in_en.keys() - in_fa)
                   if (places.listed(k) or (source_only and _plainly_a_town(in_en[k], persian)))
                   and (k in near_en or k not in near_fa)
                   and not places.stands_for_its_country(k, persian, english, named_in_persian=False)
                   and not _named_by_its_adjective(k, persian)]
    # a country the English names by its adjective in place of the Persian's (Russian-made
    # for «ساخت چین»): one more place the English has and the Persian lacks
    adjectives = {k: w for k, w in places.loosely_named(english).items() if k not in in_fa and k not in in_en
                  and k not in near_fa} if any(places.only_if_replaced(k) and not places.is_person(k)
                                               for k in source_only) else {}
    # a person is replaced by a person, a place or body by a place or body
    replaced = {kind: any(places.is_person(k) == kind for k in source_only) and (
        any(places.is_person(k) == kind for k in target_only) or bool(adjectives and not kind)) for kind in (False, True)}
    both = sorted(in_fa & in_en.keys())
    kept_fa = [w for k in both for w in places.persian_spellings(k)]
    kept_en = [in_en[k] for k in both]
    return ([places.english_name(k) for k in source_only if replaced[places.is_person(k)]
             or not places.only_if_replaced(k) or _listed_beside(places.persian_spellings(k), kept_fa, persian, persian=True)],
            [in_en[k] for k in target_only if replaced[places.is_person(k)] or not places.only_if_replaced(k)
             or _listed_beside((in_en[k],), kept_en, english, persian=False)]
            + [adjectives[k] for k in sorted(adjectives) if replaced[False]])


def _plainly_a_town(spelling: str, persian: str) -> bool:
    """Is an English spelling of a town of :func:`.places.iran_towns` plainly that town's
    name: five letters or more, not in capitals, and not in ``persian`` in Latin script?
    GeoNames has short towns that spell acronyms and nicknames (HIV, Juve)."""
    return len(spelling) >= 5 and not spelling.isupper() and not _written_in_latin(spelling, persian)


_LIST_JOINT = {True: f"(?:{places.LIST_JOINT.pattern})", False: r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"}


def _listed_beside(own: tuple[str, ...], kept: list[str], text: str, persian: bool) -> bool:
    """Is a place spelt one of ``own`` listed in ``text`` right beside one spelt as in
    ``kept``, a place both sides name («از چین، روسیه و ترکیه», "from China and Turkey")?
    A translation that keeps the list and drops one of its members left that one out; a
    country named on its own is often rendered otherwise (Iranian, Beijing) and counts
    only where replaced."""
    if not kept:
        return False
    edge, after = (r"(?<![\w\u200c])", r"(?![\w\u200c])") if persian else (r"\b", r"\b")
    mine = "|".join(map(re.escape, own))
    other = "|".join(map(re.escape, kept))
    joint = _LIST_JOINT[persian]
    return bool(re.search(f"{edge}(?:(?:{mine}){joint}(?:{other})|(?:{other}){joint}(?:{mine})){after}", text))


def _listed_place_in_persian(name: Name, persian: str) -> bool:
    """Is ``name`` a listed place (:mod:`.places`) that ``persian`` names, in a spelling
    no transliteration reads (Sistan-Baluchestan, «سیستان و بلوچستان»)?"""
    listed = places.in_english(name.text).keys()
    return bool(listed) and listed <= _places_in(persian)


def _places_in(persian: str) -> frozenset[int]:
    """The listed places and towns a Persian text names (:func:`.places.in_persian`)."""
    return places.in_persian(frozenset(_persian_tokens(persian)), persian)


def _named_by_its_adjective(position: int, persian: str) -> bool:
    """Does ``persian`` name the place by its adjective, the spelling and «ی» («مرمت‌کاران
    اصفهانی», restorers from Isfahan; «تهرانی‌ها»)? It accounts for the English's place,
    but is no place of the Persian's: اصفهانی is also a surname (Esfahani)."""
    words = _persian_tokens(persian)
    adjectives = {s + end for s in places.persian_spellings(position) if " " not in s
                  for end in ("ی", "\u200cای", "ای")}
    return any(w in adjectives or w.split("\u200c")[0] in adjectives for w in words)


def _opens_a_title(position: int, persian: str, english: str) -> bool:
    """Does the place open the name of a newspaper or team that ``english`` shortens to its
    next word («نیویورک پست», the Post; «لس آنجلس تایمز», the Times)? The English must
    spell that word in a capitalised one after "the", standing alone (not "the Indonesian
    Red Cross")."""
    shortened = " ".join(re.findall(rf"\b[Tt]he ([{_UPPER}][{_LOWER}]+)(?![{_LOWER}]| [{_UPPER}])", english))
    return bool(shortened) and any(_persian_word_in_english(m.group(1), shortened, shortest=3)
               for spelling in places.persian_spellings(position)
               for m in re.finditer(rf"(?<![\w\u200c]){re.escape(spelling)}[ \u200c]+([\w\u200c]+)", persian))


def _place_spelt_otherwise(position: int, english: str) -> bool:
    """Does ``english`` name the place in a spelling not listed for it? Any word that
    transliterates a town's Persian spelling counts (Raavar); for a listed place, only a
    capitalised one spelling it exactly, in four consonants or more (اسلام‌آباد,
    Eslamabad): a listed place's spellings are many and short (قم, وین), and words of
    English read as them or nearly (Stores, استرالیا)."""
    if not places.listed(position):
        return any(place_spelt(spelling, english) for spelling in places.persian_spellings(position))
    capitalised = " ".join(re.findall(rf"(?<![{_UPPER}{_LOWER}])[{_UPPER}][{_UPPER}{_LOWER}\-]+", english))
    return any(_persian_word_in_english(re.sub("[ \u200c]", "", spelling), capitalised, shortest=4, loose=math.inf)
               for spelling in places.persian_spellings(position))


def place_spelt(persian: str, english: str) -> bool:
    """Does a word of ``english`` transliterate the Persian spelling of a place, its words
    run together (نظر آباد, Nazarabad), with two consonants or more?"""
    return _persian_word_in_english(re.sub("[ \u200c]", "", persian), english, 2)


def _spelt_by_middling_words(persian: str, english: str, persian_context: str, english_context: str,
                             document_names: tuple[Name, ...]) -> list[Name]:
    """Names of the document, below COMMON_ENGLISH (Ronaldo, 3.75, is in; London is not),
    that a Persian word too frequent to count as rare but below COMMON_PERSIAN spells
    exactly, with four consonants or more, and that ``english`` lacks: قالیباف is also
    "carpet weaver", but it spells Ghalibaf. Unless the neighbouring English names it and
    its Persian does not (the aligner split a clause off)."""
    keys = {n: [k for k in n.keys if len(k) >= 4] for n in document_names
            if not is_common_english(n.head, COMMON_ENGLISH)}
    if not any(keys.values()):
        return []
    middling = [w for w in _persian_tokens(persian) if not _frequent_fa(w)]
    words = [f for w in middling for f in _persian_forms(w)] + [a + b for a, b in zip(middling, middling[1:])]
    skeletons = {s for w in words for s in persian_skeletons(w)}  # cached word by word
    found = []
    for name, long_keys in keys.items():
        if any(k in skeletons for k in long_keys) and not _in_latin_text(name, english) and (
                not _in_latin_text(name, english_context)
                or any(k in _persian_text_skeletons(persian_context) for k in long_keys)):
            found.append(name)
    return found


def _distance(skeletons, keys) -> int:
    """The fewest edits between a skeleton and a key that are :func:`_similar` (9 when none are)."""
    return min((Levenshtein.distance(s, k) for s in skeletons for k in keys if _similar(s, k)), default=9)


_PHRASE_BREAK = re.compile(r"[،,؛;:.!?؟«»\"()\[\]]")


def _people_missing(persian: str, english: str, persian_context: str, english_context: str) -> list[str]:
    """People the Persian names by a given name and a surname (:mod:`.people`) none of
    whose names the English transliterates, and the rare surnames of those the English
    names by the given name alone (Nelson for «نلسون ماندلا»), and foreign given names
    standing alone (:data:`.people.FOREIGN_GIVEN_NAMES`) that the English spells neither
    with nor without the word after them; unless the neighbouring
    English sentences (``english_context``) name them and their Persian
    (``persian_context``) does not: there the aligner split a clause off."""
    found = _people(persian)
    people = [p for p in found if len(p) > 1]
    missing = _not_in_english(people, _people, persian_context, english, english_context)
    # a foreign given name whose surname is also an everyday word (لیام کلی: کلی is
    # "general"), where the English spells neither
    lone = [p for p in found if len(p) == 1 and p[0] in FOREIGN_GIVEN_NAMES
            and not any(_person_in((w,), english) for w in _words_after(p[0], persian))]
    missing += _not_in_english(lone, _people, persian_context, english, english_context)
    # a person the English names by the given name alone (Nelson for «نلسون ماندلا»)
    rare = set(persian_name_candidates(persian))
    kept = [p for p in people if p not in missing and p[-1] in rare]
    surnames = _not_in_english([p[-1:] for p in kept], lambda text: [p[-1:] for p in _people(text)],
                               persian_context, english, english_context)
    return [" ".join(p) for p in missing] + [p[-1] for p in surnames]


def _words_after(word: str, persian: str) -> list[str]:
    """The words that follow ``word`` in ``persian``."""
    tokens = _persian_tokens(persian)
    return [tokens[k + 1] for k in range(len(tokens) - 1) if tokens[k] == word]


def _titled_missing(persian: str, english: str, persian_context: str, english_context: str) -> list[str]:
    """People the Persian names by a title and a name (:func:`.people.titled_names`) whose
    name the English does not transliterate, on the terms of :func:`_people_missing`."""
    title_of = {(name,): title for title, name in _titled(persian)}
    missing = _not_in_english(list(title_of), lambda text: [(name,) for _, name in _titled(text)],
                              persian_context, english, english_context)
    return [f"{title_of[name]} {name[0]}" for name in missing]


def _not_in_english(people: list[tuple[str, ...]], people_of, persian_context: str, english: str,
                    english_context: str) -> list[tuple[str, ...]]:
    """Those of ``people`` none of whose names ``english`` transliterates, nor the
    neighbouring sentences' English unless their Persian names them too (``people_of``
    reads a text's people). A neighbour must have the surname: a given name there
    (Mohammad Karami's) is no sign that this person's clause was split off; nor is a
    surname the neighbours' own Persian spells too, however differently (Kavadarkov,
    کاودارکوف there and کاواردارکوف here), nor a word in lower case ("the audience" is no
    Dueñas, دوئناس)."""
    missing = [p for p in people if not _person_in(p, english)]
    if missing and english_context:
        in_context = set(people_of(persian_context))
        missing = [p for p in missing if p in in_context
                   or not any(_person_in(p[-1:], w) and not name_in_persian(_word_name(w), persian_context)
                              for w in _latin_words(english_context) if w[0].isupper())]
    return missing


def _person_names_differ(persian: str, english: str, english_names: list[Name]) -> tuple[list[str], list[str]]:
    """People the two sides name differently: a Persian person (given names and surname,
    :mod:`.people`) and an English name of two words or more (one of ``english_names``,
    the names of ``english``) that share the surname but no given name (عباس عراقچی, Ali
    Araghchi), or a given name but not the surname (چارلز کورکوران, Charles Corbett).
    Only where the Persian's name that differs is nowhere in ``english`` and the English
    one nowhere in the Persian sentence (Seyed is سید, a title). A given name that is
    also a word (علی موسوی) counts only where it is the English name's (Ali Rezaei), or
    where the English gives a rare surname of the Persian another listed given name
    (علی علیپور, Mehdi Alipour). A given name is not looked for in the name's own surname
    (حمید محمدی, Saeed Mohammadi: HMD is nearly MHMD)."""
    source_only, target_only = [], []
    capitalised = " ".join(_CAPITALISED.findall(english))  # a surname is no lowercase word ("player")
    people = _people(persian)
    wordlike = [p for p in _by_phrase(wordlike_people, persian) if p not in people]
    rare = set(persian_name_candidates(persian)) if wordlike else set()
    given_names = {w for person in people + tuple(wordlike) for w in person[:-1]}
    english_names = [_with_opening_given_name(n, english, given_names) for n in english_names]
    for person in people + tuple(wordlike):
        given_fa, surname = person[:-1], person[-1]
        if not given_fa:
            continue
        for name in english_names:
            given_en = _given_words(name, persian)
            if not given_en:
                continue
            if len(given_en) > 1:  # Mohammad Reza, محمدرضا
                given_en.append("".join(given_en))
            same_surname = _persian_word_in_english(surname, name.head, shortest=2)
            shared_given = any(_same_given_name(w, e) for w in given_fa for e in given_en)
            if person in wordlike and not shared_given and not (
                    same_surname and surname in rare and any(map(_listed_given_name, given_en))):
                continue
            if shared_given:
                # a given name in common (Juan Carlos, خوان کارلوس): only the surname may differ
                differ = not same_surname and not _persian_word_in_english(surname, capitalised, shortest=2) \
                    and not name_in_persian(name, persian, loose_rare=True)
            else:
                elsewhere = re.sub(rf"(?<![{_UPPER}{_LOWER}]){re.escape(name.head)}", " ", english)
                differ = same_surname and not all(_given_name_in_english(w, elsewhere) for w in given_fa) \
                    and any(not _english_given_name_in_persian(e, persian) for e in given_en)
            if differ:
                source_only.append(" ".join(person))
                target_only.append(name.text)
    return source_only, target_only


_LONE_OPENER = re.compile(f"^\\W*([{_UPPER}][{_LOWER}]+)\\s+$")  # one word before a name


def _with_opening_given_name(name: Name, english: str, given_names: set[str]) -> Name:
    """``name`` with the sentence's first word before it where that word is one of the
    Persian's ``given_names`` in English ("Ali Karimi holds…": a common English word
    such as Ali or Said opens a sentence without starting a name, see :func:`_opens_name`,
    unless the Persian names someone so)."""
    opener = _LONE_OPENER.match(english[:name.start])
    if opener and any(_same_given_name(g, opener.group(1)) for g in given_names):
        start = opener.start(1)
        return replace(name, text=english[start:name.end], start=start)
    return name


# Words that make a name an institution's, not a person's (Iranian Seismological Centre)
_INSTITUTION_WORDS = frozenset("centre center institute institution foundation association society office "
                               "authority service board federation league fund corps assembly club academy "
                               "laboratory council ministry agency organisation organization university".split())


def _full_person_name(name: Name) -> bool:
    """Is ``name`` a person's given name and surname (Kamran Ghasempour): its first word
    spells a given name of :mod:`.people`, and no word names an institution (Iranian
    Seismological Centre: "Iranian" reads as ایرن)?"""
    words = _latin_words(name.text)
    return (len(words) > 1 and words[0] != name.head and not latin_skeletons(words[0]).isdisjoint(_given_name_keys())
            and not any(w.lower() in _INSTITUTION_WORDS for w in words))


@lru_cache(maxsize=1)
def _given_name_keys() -> frozenset[str]:
    """Skeletons of two consonants or more of the given names :mod:`.people` lists."""
    names = GIVEN_NAMES | FOREIGN_GIVEN_NAMES | WORDLIKE_NAMES | TRANSLATED_GIVEN_NAMES.keys()
    return frozenset(k for w in names for k in persian_skeletons(w) if len(k) >= 2)


def _listed_given_name(english: str) -> bool:
    """Does an English word spell, exactly, a given name :mod:`.people` lists (Mehdi, Reza)?"""
    return not is_common_english(english) and not latin_skeletons(english).isdisjoint(_given_name_keys())


def _given_name_in_english(persian: str, english: str) -> bool:
    """Does ``english`` spell the Persian given name? Not by a word, or part of a hyphenated
    one, that is another given name's listed spelling (:func:`.people.spelt_given_name`:
    Hassan is no حسین, the Ahmad of Boyer-Ahmad no حمید)."""
    words = [w for word in _latin_words(english) for w in word.split("-")
             if w and spelt_given_name(persian, w) is not False]
    return any(spelt_given_name(persian, w) for w in words) or _persian_word_in_english(
        persian, " ".join(words), shortest=2)


def _english_given_name_in_persian(english: str, persian: str) -> bool:
    """The reverse of :func:`_given_name_in_english`."""
    words = [w for w in _persian_tokens(persian) if spelt_given_name(w, english) is not False]
    return any(spelt_given_name(w, english) for w in words) or name_in_persian(
        _word_name(english), " ".join(words), exact=True)


def _same_given_name(persian: str, english: str) -> bool:
    """Does a Persian given name spell an English one, however short (جو, Joe), a short
    form of it or the reverse (جفری, Geoff: two consonants or more in common, from the
    first), or translate to it (یوسف, Joseph)?"""
    if english in TRANSLATED_GIVEN_NAMES.get(persian, ()):
        return True
    spelt = spelt_given_name(persian, english)
    if spelt is not None:
        return spelt
    persian_keys, english_keys = persian_skeletons(persian), latin_skeletons(english)
    return _any_similar(persian_keys, english_keys) or any(
        min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a)) for a in persian_keys for b in english_keys)


def _by_phrase(reader, persian: str) -> tuple:
    """What ``reader`` (of a phrase's words) finds in each phrase of ``persian``: a name
    ends at a punctuation mark (ابیگیل گریس، عضو پژوهشی: "member" is no surname)."""
    return tuple(found for phrase in _PHRASE_BREAK.split(persian) for found in reader(tuple(_persian_tokens(phrase))))


@lru_cache(maxsize=4096)
def _people(persian: str) -> tuple[tuple[str, ...], ...]:
    """The people of :func:`.people.persian_people`, read phrase by phrase. Cached: each
    sentence is asked for its people as a block and as a neighbour's context."""
    return _by_phrase(persian_people, persian)


@lru_cache(maxsize=4096)
def _titled(persian: str) -> tuple[tuple[str, str], ...]:
    """:func:`.people.titled_names`, read phrase by phrase like :func:`_people`."""
    return _by_phrase(titled_names, persian)


def _person_in(person: tuple[str, ...], english: str) -> bool:
    """Does ``english`` transliterate a name of ``person``? A reading of one or two
    consonants (آلوا, Alloa: L; آلووا, Alleva: LV) only by a capitalised word: any English
    text has words that read as one (عضو, "member", is S, as "is" is; "law" is LV); and
    by a lower-case word only spelt exactly: "report" (RPRT) is one letter from رابرت
    (RBRT), as "talks" is from الکسیس (Alexis, LKS). The parts of a hyphenated name count
    as capitalised words (سیمایی صراف, Simaei-Sarraf), and so do names of two letters
    that are no common word (یی چوی, Yi Cui; not He or In)."""
    capitalised = [w for name in _CAPITALISED_HYPHENATED.findall(english) for w in name.split("-")]
    capitalised += [w for w in _TWO_LETTER_CAPITALISED.findall(english) if not is_common_english(w)]
    return any(_persian_word_in_english(w, english, shortest=3, loose=math.inf)
               or _persian_word_in_english(w, " ".join(capitalised))
               or any(t in capitalised for t in TRANSLATED_GIVEN_NAMES.get(w, ())) for w in person)


def _mentioned_more_in_persian(persian: str, english: str, document_names: tuple[Name, ...]) -> bool:
    """Does the Persian name someone of the document more often than the English does
    (برانداور twice, Brandauer once)? Then one English mention may stand for another name."""
    persian_spellings = [persian_skeletons(m.group()) for m in persian_words(persian)]
    english_spellings = [latin_skeletons(w) for w in _latin_words(english)]
    for name in document_names:
        keys = {k for k in name.keys if len(k) >= 3}
        if keys and sum(bool(keys & s) for s in persian_spellings) > sum(bool(keys & s) for s in english_spellings):
            return True
    return False


_LATIN_CAPITAL = re.compile("[A-Z]")
_CAPITALISED = re.compile(f"(?<![{_UPPER}{_LOWER}\\-])[{_UPPER}][{_LOWER}]{{2,}}(?![{_UPPER}{_LOWER}\\-])")
# and each part of a hyphenated one (Berners-Lee)
_TWO_LETTER_CAPITALISED = re.compile(f"(?<![{_UPPER}{_LOWER}\\-])[{_UPPER}][{_LOWER}](?![{_UPPER}{_LOWER}\\-])")
_CAPITALISED_HYPHENATED = re.compile(
    f"(?<![{_UPPER}{_LOWER}\\-])[{_UPPER}][{_LOWER}]{{2,}}(?:-[{_UPPER}][{_LOWER}]{{2,}})*(?![{_UPPER}{_LOWER}\\-])")


def _latin_names_missing(persian: str, english: str) -> list[str]:
    """Names the Persian keeps in Latin script (Fauci, Woolworths) that the English lacks.

    Acronyms and frequent words (Press) are left out, and a name counts as present when
    the English has it with accents (Zárate), a one-letter slip (Iowa) or shortened (Livi).
    """
    if not _LATIN_CAPITAL.search(unicodedata.normalize("NFKD", persian)):
        return []  # most Persian sentences: no Latin capital, even with accents split off
    candidates = [w for name in _CAPITALISED_HYPHENATED.findall(_without_accents(persian)) for w in name.split("-")
                  if w.lower() not in NOT_NAMES and not is_common_english(w)]
    if not candidates:
        return []
    english_words = {w.lower() for w in re.findall(r"[A-Za-z]+", _without_accents(english))}
    return [w for w in candidates if not any(_same_latin_word(w.lower(), e) for e in english_words)]


def _has_latin_word(text: str, word: str) -> bool:
    return not _latin_names_missing(word, text)


@lru_cache(maxsize=4096)
def _without_accents(text: str) -> str:
    """Cached: each Persian sentence is searched for every English name of its block."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _same_latin_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4
                      and (a.startswith(b) or b.startswith(a) or Levenshtein.distance(a, b) <= 1))


_ELISION = re.compile(r"^[a-z]['’](?=[A-Z])")
_PLURAL = re.compile(r"(?<=[a-z]{3})e?s$")


def _in_latin_text(name: Name, text: str) -> bool:
    """Is ``name`` among the words of an English text (Iran's ~ Iranian)? A capitalised
    word may spell it nearly, a lower-case one only exactly and with three consonants or
    more, and an acronym not at all: Kavanaugh is not in "CNN", "courage" or "accusing",
    nor Toyota (T) in "it", nor Mandarin in "modern"."""
    stems = set(EXONYMS.get(name.text.lower(), "").split())
    # a hyphenated word, whole and in parts (Plasco-Flaxman, al-Assad)
    for word in dict.fromkeys(part for w in _latin_words(text) for part in [w, *w.split("-")] if part):
        word = _ELISION.sub("", re.sub(r"['’]s?$", "", word))  # d'Alema
        other = EXONYMS.get(word.lower(), "").split()
        if stems and any(a in b or b in a for a in stems for b in other):
            return True  # Britain ~ UK
        if word.isupper() and len(word) <= 5:
            continue
        if word[:1].isupper():
            if any(_similar(k, s) for k in name.keys if len(k) >= 2 for s in latin_skeletons(word)):
                return True
        elif any(k in latin_skeletons(w) for k in name.keys if len(k) >= 3 for w in {word, _PLURAL.sub("", word)}):
            return True  # cytokines, diplomas
    return False


def _latin_words(text: str) -> list[str]:
    return [m.group() for m in _LATIN_WORD.finditer(text)]


@lru_cache(maxsize=8)
def _document_names(text: str, openers: bool = True) -> tuple[Name, ...]:
    """The names of a whole English document, with or without the rare words that only
    open its sentences (:func:`_rare_openers`), and the rare given names of its people on
    their own (a later sentence may name Valtteri Bottas as Valtteri); cached, as every
    aligned block asks for them."""
    seen: dict[str, Name] = {}
    for n in english_names(text) + (_rare_openers(text) if openers else []):
        if _transliterated(n):
            seen.setdefault(n.head.lower(), Name(n.head, n.start, n.end, n.keys, (), n.head))
        for given in (_word_name(w) for w in _latin_words(n.text)[:-1]):  # a person's given names (Valtteri Bottas)
            if given.head != n.head and not is_common_english(given.head, RARE_ENGLISH) and _transliterated(given):
                seen.setdefault(given.head.lower(), given)
    return tuple(seen.values())


def _transliterated(name: Name) -> bool:
    """Does Persian transliterate the name's head? Not the ones it translates (Russian, Gulf)."""
    return name.head.lower().removesuffix("'s") not in EXONYMS


_OPENER = re.compile(r"(?:^|(?<=[.!?])[\"”’']?\s+)([A-Z][a-z]{2,})(?:['’]s)?\b")


def _rare_openers(text: str) -> list[Name]:
    """Words opening a sentence that are too rare in English to be anything but names
    ("Pompeo is planning…"): :func:`english_names` skips openers, as most are not names."""
    return [Name(m.group(1), m.start(1), m.end(1), tuple(sorted(latin_skeletons(m.group(1)))), (), m.group(1))
            for m in _OPENER.finditer(text)
            if m.group(1).lower() not in NOT_NAMES and not is_common_english(m.group(1), RARE_ENGLISH)
            and not _used_lowercase(m.group(1), text)]


# What follows a name that is a verb's subject: a past tense, a verb of saying, an auxiliary.
_SUBJECT_OF_VERB = re.compile(r"\s+(?:[a-z]+ed|said|says|told|tells|met|meets|spoke|wrote|won|lost|led|left|made|"
                              r"gave|took|went|came|saw|has|had|have|is|was|will|would|could|can|may|might|must|"
                              r"should|also|then|later)\b")


def _used_lowercase(word: str, text: str) -> bool:
    """Does the text use the word in lower case, alone or in the plural (Ferret … in
    ferrets): then a capital opening a sentence does not make it a name."""
    return re.search(rf"\b{re.escape(word.lower())}(?:s|es)?\b", text) is not None


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
