"""Which way a sentence says something moved: up (rose, «افزایش») or down (fell, «کاهش»).

A rise rendered as a fall is a change of meaning that sentence embeddings barely see:
both sentences are about the same change, with the same numbers and names. Phrasal
"up" and "down" (set up, cracked down) and comparatives (more, کمتر) are left out; a
side that uses words of both directions says nothing either way.
"""

from __future__ import annotations

import re

from .numbers import prepare

_WORDS = {
    ("en", 1): r"\b(?:rise|rises|rose|risen|rising|increase[sd]?|increasing|grow|grows|grew|grown|growing|"
               r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surge[sd]?|surging|soar(?:s|ed|ing)?|gain(?:s|ed)?)\b",
    ("en", -1): r"\b(?:fall|falls|fell|fallen|falling|drop(?:s|ped|ping)?|decrease[sd]?|decreasing|decline[sd]?|"
                r"declining|shrink(?:s|ing)?|shrank|shrunk|plunge[sd]?|plunging|slump(?:s|ed|ing)?|cuts?|"
                r"reduce[sd]?|reducing|tumble[sd]?|sink|sank)\b",
    ("fa", 1): r"(?<![\w\u200c])(?:افزایش|رشد|صعود|بالا\s*رفت)",
    ("fa", -1): r"(?<![\w\u200c])(?:کاهش|افت|نزول|سقوط|پایین\s*آمد)",
}
_PATTERNS = {key: re.compile(words, re.I) for key, words in _WORDS.items()}


def direction(text: str, lang: str) -> tuple[int, str] | None:
    """+1 or -1 and the first word that says so, where ``text`` moves one way only."""
    ups = _PATTERNS.get((lang, 1))
    if ups is None:
        return None
    text = prepare(text)  # Arabic letter forms: «كاهش» is «کاهش»
    up, down = ups.search(text), _PATTERNS[lang, -1].search(text)
    if bool(up) == bool(down):
        return None
    return (1, up.group()) if up else (-1, down.group())


def directions_differ(source: str, target: str, source_lang: str, target_lang: str) -> tuple[str, str] | None:
    """The words by which one side says up and the other down, if they do."""
    a, b = direction(source, source_lang), direction(target, target_lang)
    if a and b and a[0] != b[0]:
        return a[1], b[1]
    return None
