"""Language detection: a script layer first, then langdetect with a fixed seed.

Arabic-script text is told apart by its letters, which statistical detectors do badly
on short inputs: Persian has پ چ ژ گ and its own ی ک; Arabic writes ي ك ة ى; Urdu has
ٹ ڈ ڑ ں ے ھ. Where none of those letters occurs (short words), Persian is recognised by
hazm's Persian lexicon. Latin-script text whose words are plainly English (function
words, common English vocabulary) is English; the rest goes to langdetect, seeded so
that the same input always gives the same answer. Too little signal gives ``unknown``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .types import Document, Segment

UNKNOWN = "unknown"
ARABIC_SCRIPT_LANGS = ("fa", "ar", "ur", "ckb", "ps")  # told apart by their own letters

# An address starts where a run of non-spaces starts: tried at every character of a long
# run, the pattern would take time quadratic in its length.
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]+@\S+\.\w+", re.I)
_ARABIC_SCRIPT = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WORD = re.compile(r"[\u0620-\u064a\u066e-\u06d5\u0750-\u077f\u200c]+")

_PERSIAN = set("پچژگ\u06cc\u06a9")          # پ چ ژ گ ی ک
_ARABIC = set("\u064a\u0643\u0629\u0649")   # ي ك ة ى
_URDU = set("\u0679\u0688\u0691\u06ba\u06d2\u06be\u06c1\u06c3")  # ٹ ڈ ڑ ں ے ھ ہ ۃ
_KURDISH = set("\u06d5\u06ce\u0695\u06c6\u06b5")  # ە ێ ڕ ۆ ڵ (Sorani, "ckb")
_PASHTO = set("\u069a\u0681\u0685\u0689\u0693\u0696\u067c\u06bc")  # ښ ځ څ ډ ړ ږ ټ ڼ
# Letters Persian files legitimately carry from old code pages (cp1256 has no Persian
# yeh or keheh), so Arabic ي ك weigh less against Persian than ة and ى do.
_WEAK_ARABIC = set("\u064a\u0643")

#: Fewer Latin letters or words than this (a name, an acronym, one word) are too little signal.
MIN_LATIN_LETTERS = 6
MIN_LATIN_WORDS = 2
#: How much more likely than langdetect says English is taken to be (see _detect_langdetect).
ENGLISH_PRIOR = 4.0

# English is one of bilingua's two languages, and langdetect is unreliable on short
# English sentences (headlines, quoted speech): a sentence made largely of English
# function words is English whatever langdetect guesses. Words shared with other
# Latin-script languages (in, a, is, on, die, ...) are deliberately left out.
_ENGLISH_FUNCTION_WORDS = frozenset("""
the of and to that for with as by from at this these those was were been being has have had
its it's his her hers their theirs our ours your yours my mine he she they we you i me him them us
who whom whose which what when where why how not no but or if then than so because while after before
would could should will shall can cannot can't won't don't didn't doesn't isn't aren't wasn't weren't
it be did does do also just only very more most other some any each all both about over into out up
said says there here an are am
""".split())
# Function words of the list above that are also words of German, Dutch, Spanish,
# Portuguese, Italian or French (was, will, also; over; no, me, he, do; i; but).
_SHARED_FUNCTION_WORDS = frozenset("was will also so an am over had me he no but i do us".split())
_LATIN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CAPITALISED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])")


@lru_cache(maxsize=1)
def persian_lexicon() -> dict[str, int]:
    """hazm's Persian word list with its corpus counts, read from its data file without
    importing hazm (importing hazm takes about a second, which ``bilingua detect``
    should not pay). Empty where hazm is not installed."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "words.dat"
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, rest = line.rstrip("\n").partition("\t")
            count = rest.split("\t", 1)[0]
            if word.strip() and count.isdigit():
                words[word.strip()] = int(count)
    return words


def detect(text: str) -> tuple[str, float]:
    """Return ``(lang, confidence)`` for a piece of text."""
    text = _URL.sub(" ", text)
    arabic = _ARABIC_SCRIPT.findall(text)
    latin = len(_LATIN.findall(text))
    if len(arabic) >= 2 and (share := _arabic_script_share(text, len(arabic), latin)) is not None:
        lang, conf = _detect_arabic_script(text, arabic)
        return lang, round(conf * share, 4) if lang != UNKNOWN else 0.0
    english = _english_share(text)
    if english is not None:
        return "en", english
    if latin >= MIN_LATIN_LETTERS and len(text.split()) >= MIN_LATIN_WORDS:
        return _detect_langdetect(text)
    return UNKNOWN, 0.0


def _arabic_script_share(text: str, arabic: int, latin: int) -> float | None:
    """The share of ``text``'s words that are mostly Arabic-script letters, where they are
    most of its words (``arabic`` and ``latin``, its letters of each script, breaking a
    tie); None where Latin ones are.

    A mixed sentence goes to the script of most of its words, not of most letters:
    Persian words are short (و، در، را), so a Persian sentence naming two products in
    English («شرکت Apple از iPhone جدید رونمایی کرد») has more Latin letters than Persian
    ones. A text without Latin letters is not read word by word."""
    if not latin:
        return 1.0
    arabic_words = latin_words = 0
    for token in text.split():
        a, b = len(_ARABIC_SCRIPT.findall(token)), len(_LATIN.findall(token))
        arabic_words += a > b
        latin_words += b > a
    if (arabic_words, arabic) < (latin_words, latin):
        return None
    if not arabic_words + latin_words:  # only words of both scripts at once
        return arabic / (arabic + latin)
    return arabic_words / (arabic_words + latin_words)


def _english_share(text: str) -> float | None:
    """A confidence when the words say English without a statistical detector, else None.

    Either at least two words and 30% of the words are English function words, or one
    is a function word no other common Latin-script language uses and 80% of at least
    three words of three letters or more are among English's 50,000 most frequent words
    (names, capitalised words outside that list, left out: Yazdani, Gharibabadi).
    Foreign sentences stay far below that share (German, French or Indonesian news
    sentences have about half their words in the English list), and the second test
    spares langdetect, the slowest step of reading a document, for most English prose."""
    words = _LATIN_WORD.findall(text.lower().replace("’", "'"))
    hits = sum(w in _ENGLISH_FUNCTION_WORDS for w in words)
    if hits >= 2 and hits >= 0.3 * len(words):
        return round(min(1.0, 0.6 + hits / len(words)), 4)
    if len(words) >= 3 and any(w in _ENGLISH_FUNCTION_WORDS and w not in _SHARED_FUNCTION_WORDS for w in words):
        vocabulary = english_vocabulary()
        # a capitalised word English does not know is a name, no evidence either way
        names = {w.lower() for w in _CAPITALISED_WORD.findall(text)} - vocabulary
        long_words = [w for w in words if len(w) >= 3 and w not in names]
        if len(long_words) >= 3 and sum(w in vocabulary for w in long_words) >= 0.8 * len(long_words):
            return round(min(1.0, 0.6 + hits / len(words)), 4)
    return None


@lru_cache(maxsize=1)
def english_vocabulary() -> frozenset[str]:
    """English's 50,000 most frequent words (wordfreq; about 0.2 s to load)."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 50_000))


def _detect_arabic_script(text: str, letters: list[str]) -> tuple[str, float]:
    counts = dict.fromkeys(ARABIC_SCRIPT_LANGS, 0.0)
    for ch in letters:
        if ch in _URDU:
            counts["ur"] += 1
        elif ch in _KURDISH:
            counts["ckb"] += 1
        elif ch in _PASHTO:
            counts["ps"] += 1
        elif ch in _PERSIAN:
            counts["fa"] += 1
        elif ch in _ARABIC:
            counts["ar"] += 0.5 if ch in _WEAK_ARABIC else 1
    # Urdu, Sorani Kurdish and Pashto share پ چ ژ گ ی ک with Persian: their own letters decide.
    for lang in ("ur", "ckb", "ps"):
        if counts[lang] and counts[lang] >= 0.2 * counts["fa"]:
            return lang, _ratio(counts[lang], counts["fa"] + counts["ar"])
    if counts["fa"] > counts["ar"]:
        return "fa", _ratio(counts["fa"], counts["ar"])
    if counts["ar"] > counts["fa"]:
        # Old Persian files write ي ك for ی ک: trust the lexicon when ة and ى are absent.
        if not any(ch in letters for ch in "\u0629\u0649") and _lexicon_share(text, fold=True) >= 0.6:
            return "fa", 0.7
        return "ar", _ratio(counts["ar"], counts["fa"])
    share = _lexicon_share(text)
    if share >= 0.5:
        return "fa", round(0.5 + 0.4 * share, 4)
    return UNKNOWN, 0.0


def _ratio(winner: float, loser: float) -> float:
    return round(0.5 + 0.5 * winner / (winner + loser), 4) if winner + loser else 0.0


def _lexicon_share(text: str, fold: bool = False) -> float:
    words = _WORD.findall(text)
    if fold:
        words = [w.replace("\u064a", "\u06cc").replace("\u0643", "\u06a9") for w in words]
    words = [w.strip("\u200c") for w in words if len(w.strip("\u200c")) >= 2]
    if not words:
        return 0.0
    lexicon = persian_lexicon()
    return sum(w in lexicon for w in words) / len(words)


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """The codes detection can give (langdetect's languages, ``zh-cn`` as ``zh``, and the
    Arabic-script languages told apart by their letters): those a user may name for a
    document."""
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY

    return frozenset(code.split("-")[0] for code in os.listdir(PROFILES_DIRECTORY)) | set(ARABIC_SCRIPT_LANGS)


def _detect_langdetect(text: str) -> tuple[str, float]:
    """langdetect's guess, weighted towards English: bilingua's documents are Persian
    or English, and langdetect's short-text guesses (Afrikaans, Norwegian, Indonesian
    for English headlines) lose to English unless they are clearly more likely."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        candidates = detect_langs(text)
    except LangDetectException:
        return UNKNOWN, 0.0
    scored = [(c.prob * (ENGLISH_PRIOR if c.lang == "en" else 1.0), c.lang, c.prob) for c in candidates]
    _, lang, prob = max(scored)
    lang = lang.split("-")[0]
    if lang != "en" and _words_more_english(text, lang):
        return "en", 0.6
    return lang, round(float(prob), 4)


def _words_more_english(text: str, other: str) -> bool:
    """Whether the words are more frequent in English than in ``other``, by wordfreq's
    word lists. This catches English headlines and short sentences that langdetect's
    character n-grams give to Dutch, Italian or Swedish ("Lavrov meets Zarif in Moscow")."""
    from wordfreq import available_languages

    words = _LATIN_WORD.findall(text.lower().replace("’", "'"))
    if not words or other not in available_languages():
        return False
    return sum(zipf(w, "en") for w in words) > sum(zipf(w, other) for w in words)


@lru_cache(maxsize=131072)
def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in ``lang``, cached: detection and the name
    checks ask about the same words sentence after sentence."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


def detect_segments(segments: list[Segment]) -> list[Segment]:
    return [s.with_(lang=lang, confidence=conf) for s in segments for lang, conf in [detect(s.text)]]


def detect_document(doc: Document) -> Document:
    """Label every sentence, then every paragraph and the document from their sentences.

    A paragraph's or document's language is the one covering most characters of its
    sentences, so a Persian headline inside an English article does not flip the whole
    document, and long texts are not run through langdetect a second time. Only where
    no sentence could be labelled is the longer text detected as a whole.
    """
    doc.sentences = detect_segments(doc.sentences)
    by_paragraph: dict[int, list[Segment]] = {}
    for s in doc.sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    doc.paragraphs = [p.with_(lang=lang, confidence=conf) for p in doc.paragraphs
                      for lang, conf in [_majority(by_paragraph.get(p.paragraph, []), p.text)]]
    doc.lang, doc.lang_confidence = _majority(doc.sentences, doc.text)
    return doc


def _majority(sentences: list[Segment], text: str) -> tuple[str, float]:
    weight: dict[str, int] = {}
    for s in sentences:
        if s.lang != UNKNOWN:
            weight[s.lang] = weight.get(s.lang, 0) + len(s.text)
    total = sum(weight.values())
    if not total:
        return detect(text)
    lang = max(sorted(weight), key=weight.get)
    return lang, round(weight[lang] / total, 4)
