"""Meaning-preserving Persian normalisation, with hazm underneath.

hazm's Normalizer does the character work: Arabic letter forms to Persian (ي→ی,
ك→ک, presentation forms), diacritics and special marks removed, ligatures expanded, and
joined verbal prefixes separated with a zero-width non-joiner (میروند → می‌روند).

Its spacing stage is *not* used, because it changes meaning. It re-tokenises every line,
which tears numbers apart (``12.5`` → ``۱۲ ٫ ۵``, ``3,000`` → ``۳ , ۰۰۰``), and it joins
any two neighbouring words whose compound is in its lexicon: «هم سفر» ("also the trip")
becomes «هم‌سفر» ("fellow traveller"). The general rule: two tokens that can each stand
as a word are never joined; only *bound* morphemes, which cannot stand alone, are
attached — the verbal prefixes می/نمی (when the result is a known verb form) and the
plural suffixes ها/های/هایی. Numbers are never re-spaced or re-punctuated.

Digits are kept as written by default (``digits="keep"``); ``ascii`` and ``persian``
convert them. :func:`matching_form` is what later stages compare: normalised text with
every digit and numeric separator folded to ASCII.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .types import Document, Segment

DIGIT_MODES = ("keep", "ascii", "persian")

_PERSIAN_LETTERS = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئءأؤإۀة"
_ZWNJ = "\u200c"

_TO_ASCII_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_TO_PERSIAN_DIGITS = str.maketrans("0123456789٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹")
_FOLD = str.maketrans({**{c: str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")},
                       **{c: str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")},
                       "٫": ".", "٬": ",", "٪": "%"})
_FOLDABLE = re.compile("[" + "".join(map(chr, _FOLD)) + "]")

_DIGIT = r"[0-9۰-۹٠-٩]"
_SPACES = re.compile(r"[ \u00a0]{2,}")
_ZWNJ_RUNS = re.compile(r"\u200c{2,}")
_ZWNJ_AT_SPACE = re.compile(r"\u200c+(?=[ \n\t])|(?<=[ \n\t])\u200c+|^\u200c+|\u200c+$", re.M)
_LOOSE_PREFIX = re.compile(r"(?<![" + _PERSIAN_LETTERS + r"\u200c])(ن?می) ([" + _PERSIAN_LETTERS + r"]+)")
_LOOSE_PLURAL = re.compile(r"(?<=[" + _PERSIAN_LETTERS + r"]{2}) (ها|های|هایی)(?![" + _PERSIAN_LETTERS + r"\u200c])")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[" + _PERSIAN_LETTERS + r"]) +(?=[،؛؟])")
_DECIMAL_POINT = re.compile(r"(?<=" + _DIGIT + r")[.٫](?=" + _DIGIT + r")")
_THOUSANDS = re.compile(r"(?<=" + _DIGIT + r")[,٬](?=" + _DIGIT + r"{3})")


class PersianNormalizer:
    """Callable normaliser; construct once (hazm's lexicons take a moment to load)."""

    def __init__(self, digits: str = "keep"):
        if digits not in DIGIT_MODES:
            raise ValueError(f"digits must be one of {', '.join(DIGIT_MODES)}")
        from hazm import Normalizer, maketrans

        self.digits = digits
        # seperate_mi=False only spares hazm building its verb forms the slow way (see
        # hazm_verb_forms); its seperate_mi step is still applied, with the same forms.
        self._hazm = Normalizer(
            correct_spacing=False,
            remove_diacritics=True,
            remove_specials_chars=True,
            decrease_repeated_chars=False,
            persian_style=False,
            persian_numbers=False,
            unicodes_replacement=True,
            seperate_mi=False,
        )
        self._verbs = self._hazm.verbs = hazm_verb_forms()
        self._letters = maketrans(self._hazm.translation_src, self._hazm.translation_dst)
        self._replaced = re.compile("|".join(old for old, _ in self._hazm.replacements))

    def _hazm_normalize(self, text: str) -> str:
        """hazm's ``Normalizer.normalize`` with the options above, in its order, but with
        the letter table built once: hazm rebuilds it on every call, which made it a
        tenth of a batch's per-document time. Its eleven ligature substitutions run only
        where one of them applies (one search instead of eleven)."""
        hazm = self._hazm
        text = text.translate(self._letters)
        text = hazm.remove_diacritics(text)
        if self._replaced.search(text):
            text = hazm.unicodes_replacement(text)
        text = hazm.remove_specials_chars(text)
        return hazm.seperate_mi(text)

    def __call__(self, text: str) -> str:
        return _normalized(self, self.digits, text)

    def _normalize(self, text: str) -> str:
        text = self._hazm_normalize(text)
        text = _ZWNJ_RUNS.sub(_ZWNJ, text)
        text = _ZWNJ_AT_SPACE.sub("", text)
        text = _SPACES.sub(" ", text)
        text = _LOOSE_PREFIX.sub(self._join_prefix, text)
        text = _LOOSE_PLURAL.sub(_ZWNJ + r"\1", text)
        text = _SPACE_BEFORE_PUNCT.sub("", text)
        return convert_digits(text, self.digits)

    def _join_prefix(self, m: re.Match) -> str:
        joined = m.group(1) + _ZWNJ + m.group(2)
        return joined if joined in self._verbs else m.group(0)


@lru_cache(maxsize=4096)
def _normalized(normalizer: PersianNormalizer, digits: str, text: str) -> str:
    """Cached: compare normalises each aligned block again (:func:`matching_form`), and
    most blocks are one sentence, normalised already when its document was read.
    ``digits`` is part of the key, so a normaliser whose setting is changed is not
    answered from the cache."""
    return normalizer._normalize(text)


def hazm_verb_forms() -> frozenset[str]:
    """Every conjugated form of hazm's verb list, which hazm's ``seperate_mi`` checks a
    می/نمی word against. hazm's Lemmatizer builds the same set (a test checks) but also
    loads the whole Persian word list on the way, four times slower: a second at the
    start of every command and every batch worker."""
    from hazm.lemmatizer import Conjugation
    from hazm.utils import verbs_list

    conjugation = Conjugation()
    forms = {"است"}
    for verb in verbs_list():
        forms.update(conjugation.get_all(verb))
    return frozenset(forms)


def convert_digits(text: str, mode: str) -> str:
    """``keep`` leaves digits alone; ``ascii`` and ``persian`` convert digits and the
    decimal and thousands separators between them (12.5 ↔ ۱۲٫۵, 3,000 ↔ ۳٬۰۰۰)."""
    if mode == "ascii":
        text = _DECIMAL_POINT.sub(".", text)
        text = _THOUSANDS.sub(",", text)
        return text.translate(_TO_ASCII_DIGITS)
    if mode == "persian":
        text = _DECIMAL_POINT.sub("٫", text)
        text = _THOUSANDS.sub("٬", text)
        return text.translate(_TO_PERSIAN_DIGITS)
    return text


def fold_numbers(text: str) -> str:
    """Fold Persian and Arabic-Indic digits and the separators ٫ ٬ ٪ to ASCII.

    Most sentences have none of them, and searching for one is several times faster
    than ``str.translate`` on Persian text."""
    return text.translate(_FOLD) if _FOLDABLE.search(text) else text


@lru_cache(maxsize=4)
def get_normalizer(digits: str = "keep") -> PersianNormalizer:
    return PersianNormalizer(digits)


def matching_form(text: str) -> str:
    """The form later stages compare: normalised, digits folded, case folded."""
    return fold_numbers(get_normalizer()(text)).casefold()


def normalize_segments(segments: list[Segment], normalizer: PersianNormalizer | None = None) -> list[Segment]:
    normalizer = normalizer or get_normalizer()
    return [s.with_(normalized=normalizer(s.text)) for s in segments]


def normalize_document(doc: Document, normalizer: PersianNormalizer | None = None) -> Document:
    """Fill ``normalized`` on every sentence; offsets still point into the original."""
    doc.sentences = normalize_segments(doc.sentences, normalizer)
    return doc


def normalize_text(text: str, normalizer: PersianNormalizer | None = None) -> str:
    """Normalise a whole text line by line, so line and paragraph structure survive."""
    normalizer = normalizer or get_normalizer()
    return "\n".join(normalizer(line) for line in text.split("\n"))
