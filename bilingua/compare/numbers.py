"""Numbers as values, whatever script or wording they are written in.

Persian (۰–۹), Arabic-Indic (٠–٩) and ASCII digits, the separators ٫ ٬ and , .,
the signs ٪ and %, multiplier words (۲ هزار, 4.9 billion, $3bn) and spelled-out numbers
in both languages (سه میلیون, three million, twenty-five) all become one float.

Precision matters more than recall here, because professional translations often
re-express a number: only numbers written with digits, or spelled with a multiplier
(three million), can be *reported*; every other spelling (two, half, نیم, twice) only
serves to *match* a number on the other side. A Jalali year (۱۴۰۲) matches the two
Gregorian years it overlaps, and imperial units match their metric conversion.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import zip_longest

from ..calendars import JALALI_YEARS, gregorian_years_of_jalali
from ..normalize import fold_numbers

# One-to-one character folding keeps every offset valid.
_ARABIC_LETTERS = str.maketrans("يكۀة", "یکهه")
_ARABIC_LETTER = re.compile("[يكۀة]")

_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
_EN_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "quadrillion": 1e15}
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "eighth": 8, "ninth": 9, "twelfth": 12}
_FA_ORDINALS = {"اول": 1, "نخست": 1, "سوم": 3, "سومین": 3}
# A verb that multiplies (exports doubled, «دو برابر شد») is a count like "twice".
_EN_MULTIPLIED = {"doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4}
_EN_EXTRA = {"dozen": 12, "half": 0.5, "quarter": 0.25, "third": 1 / 3, "twice": 2, "double": 2,
             "triple": 3, "treble": 3, **_EN_MULTIPLIED}
_FA_WORDS = {
    "صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9,
    "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16,
    "هفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19, "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50,
    "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90, "صد": 100, "یکصد": 100, "دویست": 200,
    "یک‌صد": 100, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}
# Denominators of fractions written in words (two thirds, «دو سوم»); second is left out:
# "one second" is a time.
_EN_DENOMINATORS = {w: d for d, words in {3: "third thirds", 4: "quarter quarters fourth fourths", 5: "fifth fifths",
                                          6: "sixth sixths", 7: "seventh sevenths", 8: "eighth eighths",
                                          9: "ninth ninths", 10: "tenth tenths"}.items() for w in words.split()}
_FA_DENOMINATORS = {"سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7, "هشتم": 8, "نهم": 9, "دهم": 10}
_FA_SCALES = {"هزار": 1e3, "یکهزار": 1e3, "یک‌هزار": 1e3, "میلیون": 1e6, "میلیارد": 1e9, "بیلیون": 1e9,
              "تریلیون": 1e12}
_FA_EXTRA = {"نیم": 0.5, "نصف": 0.5, "نیمی": 0.5, "ربع": 0.25, "دوبرابر": 2, "یکی": 1}
# Multipliers written after digits (7 hundred is not written, 7 thousand is).
_DIGIT_SCALES = {**{w: v for w, v in _EN_SCALES.items() if w != "hundred"}, **_FA_SCALES,
                 "bn": 1e9, "mn": 1e6, "tn": 1e12}

# Percentage points before percent: "rose 4 percentage points" is no "rose 4 percent".
_POINTS = r"percentage[\s-]+points?\b|واحد\s*درصد(?:ی)?"
_PERCENT = _POINTS + r"|%|percent\b|per cent\b|درصد"
_UNITS = {  # unit word -> (canonical unit, factor to metric)
    "km": ("m", 1e3), "kilometres": ("m", 1e3), "kilometers": ("m", 1e3), "کیلومتر": ("m", 1e3),
    "miles": ("m", 1609.344), "mile": ("m", 1609.344), "مایل": ("m", 1609.344),
    "kg": ("kg", 1), "kilograms": ("kg", 1), "کیلوگرم": ("kg", 1), "کیلو": ("kg", 1),
    "lbs": ("kg", 0.45359237), "pounds": ("kg", 0.45359237), "pound": ("kg", 0.45359237),
    "mph": ("m", 1609.344), "mm": ("m", 0.001), "millimetres": ("m", 0.001), "میلی‌متر": ("m", 0.001),
    "میلیمتر": ("m", 0.001), "میلی متر": ("m", 0.001), "centimetres": ("m", 0.01), "سانتی‌متر": ("m", 0.01),
    "metres": ("m", 1), "meters": ("m", 1), "متر": ("m", 1),
    "tonnes": ("kg", 1000), "tonne": ("kg", 1000), "tons": ("kg", 1000), "ton": ("kg", 1000), "t": ("kg", 1000),
    "تن": ("kg", 1000),  # also a count of people («۱۰ تن کشته شدند»), which only a unit would contradict
    "feet": ("m", 0.3048), "foot": ("m", 0.3048), "ft": ("m", 0.3048), "فوت": ("m", 0.3048), "پا": ("m", 0.3048),
    "inches": ("m", 0.0254), "inch": ("m", 0.0254), "اینچ": ("m", 0.0254), "cm": ("m", 0.01), "سانتیمتر": ("m", 0.01),
    "yards": ("m", 0.9144), "yard": ("m", 0.9144), "یارد": ("m", 0.9144), "lb": ("kg", 0.45359237),
    "ounces": ("kg", 0.0283495), "ounce": ("kg", 0.0283495), "oz": ("kg", 0.0283495), "اونس": ("kg", 0.0283495),
    "grams": ("kg", 0.001), "گرم": ("kg", 0.001), "acres": ("ha", 0.404686), "acre": ("ha", 0.404686),
    "hectares": ("ha", 1), "هکتار": ("ha", 1), "square miles": ("km²", 2.589988), "کیلومتر مربع": ("km²", 1),
    "square kilometres": ("km²", 1), "square kilometers": ("km²", 1), "مایل مربع": ("km²", 2.589988),
    "gallons": ("l", 3.785412), "litres": ("l", 1), "liters": ("l", 1), "لیتر": ("l", 1),
    "watts": ("W", 1), "watt": ("W", 1), "وات": ("W", 1), "kilowatts": ("W", 1e3), "kilowatt": ("W", 1e3),
    "kw": ("W", 1e3), "کیلووات": ("W", 1e3), "megawatts": ("W", 1e6), "megawatt": ("W", 1e6), "mw": ("W", 1e6),
    "مگاوات": ("W", 1e6), "gigawatts": ("W", 1e9), "gigawatt": ("W", 1e9), "gw": ("W", 1e9), "گیگاوات": ("W", 1e9),
    # durations, in hours (a number before «ساعت» counts hours; «ساعت ۸» is the clock)
    "seconds": ("h", 1 / 3600), "second": ("h", 1 / 3600), "ثانیه": ("h", 1 / 3600),
    "minutes": ("h", 1 / 60), "minute": ("h", 1 / 60), "دقیقه": ("h", 1 / 60),
    "hours": ("h", 1), "hour": ("h", 1), "ساعت": ("h", 1), "days": ("h", 24), "day": ("h", 24), "روز": ("h", 24),
    "weeks": ("h", 168), "week": ("h", 168), "هفته": ("h", 168),
    "months": ("h", 730.5), "month": ("h", 730.5), "ماه": ("h", 730.5),
    "years": ("h", 8766), "year": ("h", 8766), "سال": ("h", 8766),
    "decades": ("h", 87660), "decade": ("h", 87660), "دهه": ("h", 87660),
    "cubic feet": ("m³", 0.0283168), "فوت مکعب": ("m³", 0.0283168), "cubic metres": ("m³", 1),
    "cubic meters": ("m³", 1), "متر مکعب": ("m³", 1), "مترمکعب": ("m³", 1),
    # a toman is ten rials: Persian news quotes prices in either, and so do translators
    "rials": ("rial", 1), "rial": ("rial", 1), "ریال": ("rial", 1),
    "tomans": ("rial", 10), "toman": ("rial", 10), "تومان": ("rial", 10),
    "همت": ("rial", 1e13),  # «هزار میلیارد تومان», a thousand billion tomans, as news shortens it
    # dollars and euros: a sum in one is no sum in another (:data:`CURRENCIES`), nor in rials
    "dollars": ("USD", 1), "dollar": ("USD", 1), "دلار": ("USD", 1),
    "euros": ("EUR", 1), "euro": ("EUR", 1), "یورو": ("EUR", 1),
    # American spellings and singulars ("40 centimeters", "1 kilometre"), last: a Persian
    # quantity is shown in English by the first word of its unit (3 grams, not 3 gram)
    "centimeters": ("m", 0.01), "centimetre": ("m", 0.01), "centimeter": ("m", 0.01),
    "millimeters": ("m", 0.001), "millimetre": ("m", 0.001), "millimeter": ("m", 0.001),
    "kilometre": ("m", 1e3), "kilometer": ("m", 1e3), "metre": ("m", 1), "meter": ("m", 1),
    "kilogram": ("kg", 1), "gram": ("kg", 0.001), "litre": ("l", 1), "liter": ("l", 1), "gallon": ("l", 3.785412),
    "hectare": ("ha", 1),
}

CURRENCIES = frozenset({"rial", "USD", "EUR"})
_EXCLUSIVE_UNITS = CURRENCIES | {"%", "pp"}  # the same value in two of these differs
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR"}  # before the number: $65, €9,450

# The first English word of each unit and factor, to show a Persian quantity in English.
_ENGLISH_UNITS: dict[tuple[str, float], str] = {}
_ENGLISH_UNITS[_UNITS["همت"]] = "trillion tomans"
for _word, _unit in _UNITS.items():
    if _word.isascii():
        _ENGLISH_UNITS.setdefault(_unit, _word)


_NUMBER = re.compile(
    r"(?<![\d,/])(?<!(?<![^\W\d_])\.)(?<!\d،)(?P<num>(?<=[\u0600-\u06ff] )\d{1,3}/\d{1,2}(?![\d/])|\d{1,3},\d{1,2}(?=\s*(?:هزار|میلیون|میلیارد))|\d{1,3}(?:[,،]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:st|nd|rd|th|ام|مین|م)?"
    r"(?P<scale>(?<=[$£€]\d)m\b|(?<=[$£€]\d\d)m\b|(?<=[$£€]\d\d\d)m\b|(?:\s*(?:" + "|".join(sorted(_DIGIT_SCALES, key=len, reverse=True)) + r")\b)+)?"
    r"(?P<pct>\s*(?:" + _PERCENT + r"))?"
    r"(?P<unit>[\s-]*(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?:یی|ی|ای)?\b)?",
    re.I,
)
# Persian letters only: ، ؛ ٪ and the digits are not part of a word.
_UNIT_AFTER = re.compile(r"[\s-]*(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b", re.I)
_UNIT_JOINED = re.compile(r"-(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")$", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c]+")


@dataclass(frozen=True)
class Quantity:
    """A number found in a text. ``reportable`` is False for spellings that only match."""

    value: float
    start: int
    end: int
    text: str
    reportable: bool = True
    unit: str = ""
    alternatives: tuple[float, ...] = ()
    metric: float | None = None  # the value in km, kg or m, for a quantity with a unit

    def values(self) -> tuple[float, ...]:
        """The value and its other readings: a percentage is also a fraction (50 % ~ half)."""
        share = ((self.value / 100,) if self.unit == "%"
                 else (self.value * 100, round(self.value * 100)) if 0 < self.value < 1 else ())  # a third ~ 33 %
        return (self.value, *self.alternatives, *share)


def english_unit(q: Quantity) -> str:
    """The English unit of a quantity as written (۳ گرم: grams), or its metric unit."""
    factor = q.metric / q.value if q.metric is not None and q.value else None
    return next((word for (unit, f), word in _ENGLISH_UNITS.items()
                 if unit == q.unit and factor is not None and abs(f - factor) <= 1e-9 * f), q.unit)


def prepare(text: str) -> str:
    """Fold digits, separators and Arabic letter forms; the length never changes. (The
    search spares ``str.translate``, slow on Persian text, where there is nothing to fold.)"""
    text = fold_numbers(text)
    return text.translate(_ARABIC_LETTERS) if _ARABIC_LETTER.search(text) else text


def search_before(pattern: re.Pattern, text: str, at: int) -> re.Match | None:
    """Search the 40 characters of ``text`` just before ``at`` for ``pattern`` (one that
    ends at ``$``): what stands before a number or date. Not all the text before it: for
    every number or date of a long text, that takes time quadratic in its length."""
    return pattern.search(text, max(0, at - 40), at)


_DECADE_BEFORE = re.compile(r"(?:دهه|the\s*')\s*$", re.I)
_MONEY_SCALE = re.compile(r"[mk](?![A-Za-z])", re.I)
_TIME = re.compile(r"(?<![\d.,:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?)?(?![\d,:]|\.\d)"
                   r"(?:\s*(?P<half>[ap])\.?m\b\.?)?", re.I)


def extract_numbers(text: str, masked: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every number in ``text``, skipping the character spans in ``masked`` (dates)."""
    return list(_extract_numbers(text, tuple(masked)))


# A thread's post number opening a sentence ("3/ The winner came late."): no quantity.
_THREAD_COUNTER = re.compile(r"^\s*\d{1,3}/(?=\s)")


@lru_cache(maxsize=8192)
def _extract_numbers(text: str, masked: tuple[tuple[int, int], ...]) -> tuple[Quantity, ...]:
    """Cached: each sentence is read as its own block and again as a neighbour's context."""
    prepared = prepare(text)
    counter = _THREAD_COUNTER.match(prepared)
    folded = blanked(prepared, masked + ((counter.start(), counter.end()),) if counter else masked)
    # numbers read whole before the rest: telephone numbers, results (3-1), times of day
    whole = [q for q in (_phone(m, text) for m in _PHONE.finditer(folded)) if q]
    whole += [_score(m, text) for m in _SCORE.finditer(folded) if _is_score(m)]
    whole += [_added_time(m, text) for m in _ADDED_TIME.finditer(folded)]
    folded = blanked(folded, [(q.start, q.end) for q in whole])
    whole += [_persian_time(m, text) for m in _FA_TIME.finditer(folded) if _is_persian_clock(m)]
    whole += [_noon(m) for m in _NOON.finditer(folded)]
    whole += [q for q in (_past_hour(m, text) for m in _PAST_HOUR.finditer(folded)) if q]
    folded = blanked(folded, [(q.start, q.end) for q in whole])
    times = [m for m in _TIME.finditer(folded) if (m["minute"] and ":" in m.group() or m["half"])
             and int(m["minute"] or 0) < 60 and int(m["second"] or 0) < 60]
    whole += [_time(m, text) for m in times] + [q for q in (_range_start(m, folded, text) for m in times) if q]
    folded = blanked(folded, [(q.start, q.end) for q in whole])
    rials = bool(_RIAL_NAMED.search(text))  # once per text: a one-line table holds thousands of numbers
    found = _merged(_share_units([_digit_quantity(m, text, rials) for m in _NUMBER.finditer(folded)], folded),
                    folded, text, _length_in_two_units)
    found = _tenths(found, folded, text)
    # number words are read around the numbers written in digits, whose multiplier words
    # are theirs: «۱ میلیون و دویست هزار» is ۱ میلیون, and دویست هزار to join it
    found += _spelled(blanked(folded, [(q.start, q.end) for q in found]), text)
    found = sorted(found + whole, key=lambda q: q.start)
    for join in (_number_parts, _cents, _share_of_counts, _duration_in_two_units):
        found = _merged(found, folded, text, join)
    return tuple(_zone_glosses_unreported(found, prepared))


# A time given again in another zone, in brackets after the local one ("8:40 a.m. (0510 GMT)",
# as wire stories do): it matches, but is no number of its own to report.
_ZONE_GLOSS = re.compile(r"\(\s*(\d{4}|\d{1,2}[:.]\d{2})\s*(?:GMT|UTC)\s*\)")


def _zone_glosses_unreported(found: list[Quantity], prepared: str) -> list[Quantity]:
    """``found`` with the numbers of :data:`_ZONE_GLOSS` brackets unreportable, where the
    text has a local time outside them for the bracket to give again."""
    glosses = [m.span(1) for m in _ZONE_GLOSS.finditer(prepared)]
    glossed = [any(s <= q.start < e for s, e in glosses) for q in found]
    if not any(q.unit == "time" and not g for q, g in zip(found, glossed)):
        return found
    return [replace(q, reportable=False) if g else q for q, g in zip(found, glossed)]


_TENTHS = {"دهم": 10, "صدم": 100, "هزارم": 1000}
_TENTHS_AFTER = re.compile(rf"\s*({'|'.join(_TENTHS)})(?![\w\u200c])(\s*درصد)?")


def _tenths(found: list[Quantity], folded: str, original: str) -> list[Quantity]:
    """Digits before «دهم», «صدم» or «هزارم» count tenths, hundredths or thousandths:
    «۳ دهم درصد» is 0.3 %, as Persian news gives a rate's change."""
    out = []
    for q in found:
        m = _TENTHS_AFTER.match(folded, q.end) if q.unit == "" and q.value.is_integer() else None
        if m:
            value = q.value / _TENTHS[m.group(1)]
            q = Quantity(value, q.start, m.end(), original[q.start:m.end()], q.reportable, "%" if m.group(2) else "")
        out.append(q)
    return out


def blanked(text: str, spans) -> str:
    """``text`` with the character spans ``spans`` made spaces, in one pass: a copy of
    the text per span takes time quadratic in a text full of dates. Spans may overlap."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if end > start:
            pieces += [text[at:start], " " * (end - start)]
            at = end
    return "".join(pieces) + text[at:]


_JOINT_AND = re.compile(r"\s*(?:و|and(?:\s+a)?)\s*$", re.I)
_POWERS = (1e12, 1e9, 1e6, 1e3)


def _merged(found: list[Quantity], folded: str, original: str, join) -> list[Quantity]:
    """``found`` with each quantity that ``join`` makes one with the quantity before it
    taken into it: ``join(last, q, folded, original)`` gives the two as one quantity, or
    None. The parts of a number, an amount and its cents, a share said with two counts, a
    length or a duration in two units are read so."""
    out: list[Quantity] = []
    for q in found:
        joined = join(out[-1], q, folded, original) if out else None
        if joined is None:
            out.append(q)
        else:
            out[-1] = joined
    return out


def _number_parts(last: Quantity, q: Quantity, folded: str, original: str) -> Quantity | None:
    """Persian joins the parts of one number with و: «۵ هزار و ۲۰۰» is 5,200, «۱ میلیون و
    ۲۰۰ هزار» 1.2 million, «۳ و نیم میلیون» 3.5 million (three and a half million) and
    «۴ و نیم درصد» 4.5 %."""
    # the first part may hold the unit already: a range's first number takes it (۲ تا ۴ اینچ)
    if not (last.unit in ("", q.unit) and q.start > last.end and _JOINT_AND.match(folded[last.end:q.start])):
        return None
    value = _sum_of_parts(last, q)
    if value is None:
        return None
    # the unit of the last part is the whole's: «۳ میلیون و ۲۰۰ هزار تومان»
    metric = value * q.metric / q.value if q.metric is not None and q.value else None
    return Quantity(value, last.start, q.end, original[last.start:q.end], last.reportable or q.reportable, q.unit,
                    metric=metric)


def _sum_of_parts(first: Quantity, second: Quantity) -> float | None:
    """The value of «first و second» when they are parts of one number, else None.

    ``first`` is written with its multiplier word; a smaller ``second`` adds to it
    (۵ هزار و ۲۰۰), and thousands or millions join a larger multiplier (۱۲ هزار و ۵۰۰
    میلیارد, ۵ میلیون و ۶۰۰ هزار میلیارد)."""
    if second.text.lower().startswith(("نیم", "half")) and first.value < 1000 and first.value.is_integer():
        scale = second.value / 0.5
        return (first.value + 0.5) * scale if scale in (1, *_POWERS) else None
    if second.unit in ("%", "°", "time") or not re.search(r"[^\d\s.,٫٬]", prepare(first.text)):
        return None  # only a number written with its multiplier word (۵ هزار) takes a smaller part
    scale = next((p for p in _POWERS if first.value >= p and first.value % p == 0), None)
    if scale and second.value < scale:
        return first.value + second.value
    # «۱۲ هزار و ۵۰۰ میلیارد»: thousands of the second part's multiplier, 12,500 billion
    larger = next((p for p in _POWERS[:3] if second.value >= p and second.value % p == 0), None)
    if scale == 1e3 and first.value < 1e6 and larger and second.value / larger < 1000:
        return (first.value + second.value / larger) * larger
    # «۵ میلیون و ۶۰۰ هزار میلیارد»: millions and thousands of a billion, 5.6 million billion
    # (budgets in tomans are written so: 5,600 trillion)
    larger = next((p for p in (1e9, 1e12) if second.value % p == 0 and second.value / p % 1e3 == 0
                   and 1e3 <= second.value / p < 1e6), None)
    if scale == 1e6 and first.value < 1e9 and larger:
        return (first.value + second.value / larger) * larger
    return None


_CURRENCY_AND = re.compile(r"\s*(دلار|یورو|dollars?|euros?)?\s*(?:و|and)\s*$", re.I)
_CENTS = re.compile(r"\s*(?:سنت|cents?)\b", re.I)


def _cents(last: Quantity, q: Quantity, folded: str, original: str) -> Quantity | None:
    """An amount in dollars or euros and cents is one number: «۹۲ دلار و ۵۰ سنت», "92
    dollars and 50 cents" and "$92 and 50 cents" are 92.50, as $92.50 is."""
    cents = _CENTS.match(folded, q.end)
    joint = _CURRENCY_AND.match(folded[last.end:q.start]) if cents else None
    if not (joint and last.unit in ("", "USD", "EUR") and not q.unit and q.value < 100 and q.value.is_integer()
            and (joint.group(1) or last.unit)):
        return None
    value = last.value + q.value / 100
    return Quantity(value, last.start, cents.end(), original[last.start:cents.end()],
                    last.reportable or q.reportable, last.unit, metric=value if last.unit else None)


def _time(m: re.Match, original: str) -> Quantity:
    """A time of day (7:55, 7.55am, 2 pm) as minutes after midnight; 7:55 also reads as 19:55.

    Its other readings are the hour written as a decimal (5.30pm ~ «5.30 بعد از ظهر»)
    and, on the hour, the bare hour, as written and on the 24-hour clock (8:00 a.m. ~
    «ساعت ۸ صبح», 2 pm ~ «ساعت ۱۴»).
    """
    return _clock(int(m["hour"]), int(m["minute"] or 0), (m["half"] or "").lower(), m.span(), original,
                  int(m["second"] or 0))


_RANGE_START = re.compile(r"(?<![\d.,:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?:to|until|till|and|-|–)\s*$",
                          re.I)


def _range_start(end: re.Match, folded: str, original: str) -> Quantity | None:
    """The first time of a range that says a.m. or p.m. only at its end: 3 in "from 3 to
    4.30 p.m." is 15:00."""
    m = search_before(_RANGE_START, folded, end.start()) if end["half"] else None
    if m is None or int(m["hour"]) > 12 or int(m["minute"] or 0) >= 60:
        return None
    return _clock(int(m["hour"]), int(m["minute"] or 0), end["half"].lower(),
                  (m.start(), m.end("minute") if m["minute"] else m.end("hour")), original)


def _clock(written: int, minutes: int, half: str, span: tuple[int, int], original: str,
           seconds: int = 0) -> Quantity:
    """The time ``written``:``minutes``(:``seconds``), ``half`` "a", "p" or "" (not said).
    A time to the second also reads as its minute (6:36:21 ~ 6:36)."""
    hours = written + 12 if half == "p" and written < 12 else 0 if half == "a" and written == 12 else written
    value = hours * 60 + minutes + seconds / 60
    other = ((value + 720,) if not half and hours < 12 else ()) + (written + minutes / 100,)
    other += (float(hours * 60 + minutes),) if seconds else (float(written), float(hours)) if minutes == 0 else ()
    return Quantity(value, *span, original[span[0]:span[1]], True, "time", other)


# «ساعت ۴ و ۱۲ دقیقه بامداد», «ساعت ۴:۱۲ بامداد», «ساعت ۱۰ و نیم», «ساعت ۶ و ۳۶ دقیقه و ۲۱ ثانیه», «ساعت ۹ صبح»:
# the clock, where «۴ ساعت و ۱۲ دقیقه» is a duration; a bare «ساعت ۱۴» stays a number (2 pm
# reads as 14 too). The end of a range says the part of the day without «ساعت»: «از ساعت ۱۰
# صبح تا ۸ شب».
_FA_TIME = re.compile(r"(?:(?<![\w\u200c])(?P<clock>ساعت)\s*|(?<=(?<![\w\u200c])تا\s))(?P<hour>\d{1,2})"
                      r"(?:\s*و\s*(?:(?P<minute>\d{1,2})\s*دقیقه|(?P<half_hour>نیم))|:(?P<colon>\d{2}))?"
                      r"(?:\s*و\s*(?P<second>\d{1,2})\s*ثانیه)?"
                      r"(?![\w\u200c]|[:.]\d)(?:\s*(?P<part>بامداد|صبح|بعد\s*از\s*ظهر|بعدازظهر|عصر|شب)(?![\w\u200c]))?")
# Noon and midnight match the hour (12, 24 or 0) but, with no digits, are not reported.
_NOON = re.compile(r"\b(?:12\s+)?(noon|midday|midnight)\b", re.I)
_FA_AFTERNOON = ("بعد", "عصر", "شب")


def _noon(m: re.Match) -> Quantity:
    """Noon (12:00; the hour 12) or midnight (0:00; the hour 24 or 0), which only matches."""
    if m.group(1).lower() == "midnight":
        return Quantity(0.0, m.start(), m.end(), m.group(), False, "time", (24.0, 0.0))
    return Quantity(720.0, m.start(), m.end(), m.group(), False, "time", (12.0,))


# "half past six in the evening", "a quarter to 7 a.m.": a time of day, not a half and a six.
_PAST_HOUR = re.compile(r"\b(?:(?P<minutes>half|(?:a\s+)?quarter)\s+(?P<way>past)|(?:a\s+)?quarter\s+(?P<to>to))"
                        r"\s+(?P<hour>[a-z]+|\d{1,2})\b"
                        r"(?:\s+o['’]clock)?(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)"
                        r"|\s*(?P<half>[ap])\.?\s?m\b\.?)?", re.I)


def _past_hour(m: re.Match, original: str) -> Quantity | None:
    hour = int(m["hour"]) if m["hour"].isdigit() else _EN_UNITS.get(m["hour"].lower())
    if not hour or hour > 12:
        return None
    minutes = 45 if m["to"] else 30 if m["minutes"].lower() == "half" else 15
    hour -= 1 if m["to"] else 0
    part = (m["part"] or "").lower()
    half = (m["half"] or "").lower() or ("a" if part == "morning" else "p" if part else "")
    return _clock(hour, minutes, half, m.span(), original)


# A share said with two counts: "one in four", "two out of three", "1 in every 5".
_ONE_IN = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", re.I)


def _share_of_counts(last: Quantity, q: Quantity, folded: str, original: str) -> Quantity | None:
    """Two counts that say a share ("one in four" 0.25), as one quantity."""
    if not (last.unit == q.unit == "" and 0 < last.value < q.value <= 1000 and last.value.is_integer()
            and q.value.is_integer() and _ONE_IN.fullmatch(folded, last.end, q.start)):
        return None
    return Quantity(last.value / q.value, last.start, q.end, original[last.start:q.end], last.reportable or q.reportable)


# «ساعت ۱۴ روز دوشنبه»: the clock, not 14 days.
_DAY_AFTER = re.compile(r"\s*(?:روز|امروز|فردا|دیروز|(?:یک|دو|سه|چهار|پنج)\s*شنبه|شنبه|جمعه)(?![\w])")


def _is_persian_clock(m: re.Match) -> bool:
    """«ساعت» with minutes, a part of the day or the day after it, or a range's end with its
    part of the day."""
    said = m["part"] or (m["clock"] and (m["minute"] or m["colon"] or m["half_hour"]
                                         or _DAY_AFTER.match(m.string, m.end())))
    return bool(said) and int(m["minute"] or m["colon"] or 0) < 60 and int(m["second"] or 0) < 60


def _persian_time(m: re.Match, original: str) -> Quantity:
    part = m["part"] or ""
    half = "a" if part in ("بامداد", "صبح") else "p" if part.startswith(_FA_AFTERNOON) else ""
    if part == "شب" and m["hour"] == "12":
        half = "a"  # «ساعت ۱۲ شب» is midnight, as 12 a.m. is
    return _clock(int(m["hour"]), 30 if m["half_hour"] else int(m["minute"] or m["colon"] or 0), half, m.span(),
                  original, int(m["second"] or 0))


# A telephone number (+98 21 8896 1234, ۰۲۱-۸۸۹۶۱۲۳۴, (021) 8896-1234): digit groups joined
# by spaces, hyphens or brackets (which of them are one is :func:`_phone`'s to say).
_PHONE = re.compile(r"(?<![\w+.,/])(?:\+|00)?\(?\d+\)?(?:[ \u00a0\-]?\(?\d+\)?){0,6}(?![\w.,/]?\d)")
PHONE_DIGITS = (8, 15)  # digits of a telephone number, country code included
_COUNTRY_CODE = "98"  # Iran's: dropped, like a trunk 0, from a number written in full


def _phone(m: re.Match, original: str) -> Quantity | None:
    """A telephone number as one quantity (unit "phone") whose value is its digits
    without the country code and trunk 0 (+98 21 ... and 021 ... are one number): 8 to
    15 digits after a + or 00, or a leading 0 or bracket, or in three groups or more
    joined by hyphens. Not a range (1000-2000), a row of a table (1200 3400 5600) or a
    count written in one run (۱۲۰۰۰۰۰۰ نفر), which may still match a telephone number
    (:func:`_same_phone`)."""
    written = m.group()
    digits = re.sub(r"\D", "", written)
    if not PHONE_DIGITS[0] <= len(digits) <= PHONE_DIGITS[1]:
        return None
    if not (written.startswith(("+", "00", "0", "(")) or re.fullmatch(r"\d+(?:-\d+){2,}", written)):
        return None
    national = digits.removeprefix("00") if written.startswith("00") else digits
    if written.startswith(("+", "00")) and national.startswith(_COUNTRY_CODE):
        national = national[len(_COUNTRY_CODE):]
    national = national.lstrip("0") or "0"
    # Persian text may show the groups in reverse (۳۶۸۰-۲۹۲-۸۵۹ for 859-292-3680): the
    # digits typed left to right in a right-to-left line.
    reversed_groups = "".join(reversed(re.findall(r"\d+", written))).lstrip("0")
    alternatives = (float(reversed_groups),) if reversed_groups and reversed_groups != national else ()
    return Quantity(float(national), m.start(), m.end(), original[m.start():m.end()], True, "phone", alternatives)


# A result (3-1, «۳ بر ۱», a 5-4 vote): two small numbers, the first not below the second
# where a hyphen or dash joins them (an ascending pair, 3-5 days, is a range).
_SCORE = re.compile(r"(?<![\d.,/\-–])(\d{1,2})(?:\s*[-–]\s*|\s+بر\s+)(\d{1,2})(?![\d,/%٪]|\.\d|\s*(?:%|درصد|percent))")


def _is_score(m: re.Match) -> bool:
    return "بر" in m.group() or int(m.group(1)) >= int(m.group(2))


# A minute of added time (۹۰+۳, 45+2): the end of a half or of extra time, plus minutes.
_ADDED_TIME = re.compile(r"(?<![\d.,+])(45|90|105|120)\s*\+\s*(\d{1,2})(?![\d.,+])")


def _added_time(m: re.Match, original: str) -> Quantity:
    """The minute of play (93 for ۹۰+۳), also read as the added minutes alone ("three
    minutes into stoppage time") and as the half's end (the 90th minute)."""
    end, added = int(m.group(1)), int(m.group(2))
    return Quantity(float(end + added), m.start(), m.end(), original[m.start():m.end()], True, "",
                    (float(added), float(end)))


def _score(m: re.Match, original: str) -> Quantity:
    """A result as one quantity (unit "score"), its two numbers either way round as its
    value and readings; each number alone is a reading too, so a «گل سوم» (third goal) or
    a ۳ elsewhere accounts for it. It only matches (a result is often told in words, «گل
    سوم»), unless each side has a result the other lacks (:func:`unmatched_numbers`)."""
    a, b = int(m.group(1)), int(m.group(2))
    return Quantity(float(a * 100 + b), m.start(), m.end(), original[m.start():m.end()], False, "score",
                    (float(b * 100 + a), float(a), float(b)))


def _same_phone(a: Quantity, b: Quantity) -> bool:
    """One telephone number, one side with its area code (21 8896 1234) and one without
    (8896 1234): the shorter's digits, seven or more, end the longer's. Either may be
    written as a plain number (call 88961234)."""
    if not all(q.unit in ("phone", "") and float(q.value).is_integer() and q.value > 0 for q in (a, b)):
        return False
    readings = [sorted((str(int(x)), str(int(y))), key=len)
                for x in (a.value, *a.alternatives) for y in (b.value, *b.alternatives)]
    return any(len(x) >= 7 and y.endswith(x) for x, y in readings)


_COMPOUND_JOINT = re.compile(r"\s*(?:and|و|-)?\s*$")


def _length_in_two_units(last: Quantity, q: Quantity, folded: str, original: str) -> Quantity | None:
    """A length in two units is one quantity: 6-foot-6, 6 feet 6 inches, ۱ متر و ۹۸ سانتیمتر."""
    if not (last.unit == "m" and last.metric is not None and last.value and q.value and q.unit in ("m", "")
            and q.start - last.end <= 3 and _COMPOUND_JOINT.match(folded[last.end:q.start])):
        return None
    last_factor = last.metric / last.value
    feet = abs(last_factor - 0.3048) < 1e-9
    factor = q.metric / q.value if q.metric is not None else 0.0254 if feet else None  # 6-foot-6: inches
    if factor is None or factor >= last_factor:
        return None
    metric = last.metric + q.value * factor
    return Quantity(metric, last.start, q.end, original[last.start:q.end], last.reportable, "m", (), metric)


_HALF = frozenset({"نیم", "half", "a half"})
_UNIT_AND = re.compile(r"\s*(?:[^\W\d]+\s*)?(?:and|و)\s*(?:a\s+)?$")  # «یک ساعت و» نیم, "15 years and a" half


def _duration_in_two_units(last: Quantity, q: Quantity, folded: str, original: str) -> Quantity | None:
    """A duration in two units is one quantity: «۱۵ سال و ۶ ماه» (15.5 years), «۲ ساعت و ۳۰
    دقیقه», and a unit and a half, «یک ساعت و نیم» (90 minutes): a probe's faithful "15 and a
    half years" and "90 minutes" were reported against them."""
    gap = folded[last.end:q.start]
    if not (last.unit == "h" and last.metric and last.value and len(gap) <= 12):
        return None
    factor = last.metric / last.value
    if q.unit == "h" and q.metric and q.value and q.metric / q.value < factor and _COMPOUND_JOINT.match(gap):
        added = q.metric
    elif not q.unit and q.value == 0.5 and q.text.lower() in _HALF and _UNIT_AND.match(gap):
        added = 0.5 * factor
    else:
        return None
    metric = last.metric + added
    return Quantity(metric / factor, last.start, q.end, original[last.start:q.end], last.reportable or q.reportable,
                    "h", (), metric)


_RANGE = re.compile(r"\s*(?:to|-|–|or|and|تا|و|یا)\s*$")


_SCALE_WORD = re.compile(r"(?<![\w\u200c])(?:" + "|".join(sorted(_DIGIT_SCALES, key=len, reverse=True)) + r")(?![\w\u200c])",
                         re.I)


def _share_units(found: list[Quantity], text: str) -> list[Quantity]:
    """In a range (1 to 4 inches, ۲ تا ۴ اینچ) the first number takes the unit of the second,
    and its scale word (۲٫۳ تا ۲٫۴ میلیون, 2.3 million to 2.4 million), keeping its value
    as written as another reading ("from 5 to 2.4 million")."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        q, after = out[k], out[k + 1]
        if not _RANGE.match(text[q.end:after.start]):
            continue
        if not q.unit and after.unit and after.metric is not None:
            factor = after.metric / after.value if after.value else 1.0
            q = out[k] = replace(q, unit=after.unit, metric=q.value * factor)
        scales = _SCALE_WORD.findall(text, after.start, after.end)
        if scales and not _SCALE_WORD.search(text, q.start, q.end):
            scale = math.prod(_DIGIT_SCALES[w.lower()] for w in scales)
            out[k] = replace(q, value=q.value * scale, alternatives=(q.value, *q.alternatives),
                             metric=None if q.metric is None else q.metric * scale)
    return out


_NAME_BEFORE = re.compile("(?:[A-Za-z]-?|[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]-)$")


# A sign before a number: a minus joined to it where no number or dash comes just before (-12,
# not 2019-20, 10 -12 or the «۲ - -۴۴» of a range), or the word (minus 12, «منفی ۱۲»);
# or "below zero" after a temperature.
_MINUS_BEFORE = re.compile(r"(?:(?:^|(?<=\s)(?<![\d\s\-\u2013\u2014\u2212]\s)|(?<=[(:=]))[-\u2212]"
                           r"|\bminus\s+|(?<![\w\u200c])منفی\s+)$", re.I)
# ... or a minus typed after a temperature's digits, as a right-to-left text may hold it
# («۱۲- درجه» for −12 degrees; not the dash of a range, «۱۰-۱۲ درجه»).
_MINUS_AFTER = re.compile(r"[-\u2212](?=\s*(?:درجه|°))")
_BELOW_ZERO = re.compile(r"[\s-]*(?:degrees?|°|درجه)?\s*"
                         r"(?:celsius|centigrade|fahrenheit|سانتی[\s\u200c]?گراد|فارنهایت|[CF]\b)?\s*(?:below zero|زیر صفر)",
                         re.I)


# A temperature that is a difference ("10 degrees above average", «۶ درجه گرمتر از»,
# "rose by 4 degrees") converts without the 32° offset.
_DIFFERENCE_AFTER = re.compile(
    r"[\s-]*(?:degrees?|°|درجه)\s*(?:celsius|centigrade|fahrenheit|سانتی[\s\u200c]?گراد|فارنهایت|[CF]\b)?\s*"
    r"(?:above|below|warmer|colder|cooler|hotter|higher|lower|more|less|بالاتر|پایین[\s\u200c]?تر|گرم[\u200c]?تر|"
    r"سرد[\u200c]?تر|بیشتر|کمتر|بیش از|کمتر از)", re.I)
_DIFFERENCE_BEFORE = re.compile(r"(?:\bby|\bof|افزایش|کاهش)\s+$", re.I)


_DEGREES_AFTER = re.compile(r"[\s-]*(?:degrees?|°|درجه)|[CF](?![\w])")  # 40 degrees, ۴۰ درجه, 51C (124F)


def _percent_before(text: str, start: int) -> bool:
    """٪۱۸: the sign typed before the digits, as a right-to-left text may hold ۱۸٪ (but
    not the sign of a number before: 20%30)."""
    return start > 0 and text[start - 1] in "٪%" and not (start > 1 and text[start - 2].isdigit())


def _digit_quantity(m: re.Match, original: str, rials: bool) -> Quantity:
    """The number ``m`` of ``original``; ``rials``: the text names rials (:data:`_RIAL_NAMED`)."""
    raw = m.group("num")
    if "/" in raw and original[m.start()].isascii() and not (m.group("pct") or m.group("unit")):
        raw = raw.split("/")[0]  # 24/7 or 3/4 in Latin digits is no Persian decimal, «2/5 درصد» is
    elif re.fullmatch(r"\d+[/,]\d{1,2}", raw):  # Persian decimals written ۴/۹, or ۲٬۵۲ میلیون
        raw = raw.replace("/", ".").replace(",", ".")
    value = float(raw.replace(",", "").replace("،", ""))
    scale = m.group("scale")
    end = m.end()
    if scale:
        for word in ["m"] if scale == "m" else scale.lower().split():  # ۵۰۰۰ هزار میلیارد: 5e15
            value *= 1e6 if word == "m" else _DIGIT_SCALES[word]
    unit, alternatives, metric = "", [], None
    if not scale and _MONEY_SCALE.match(original, end):
        multiple = value * (1e6 if original[end].lower() == "m" else 1e3)
        if original[max(0, m.start() - 1):m.start()] in ("$", "£", "€"):  # $6.5m, £250k
            value = multiple
            end += 1
        else:  # 1.5m people, 50k fans; but 100m may be metres
            alternatives.append(multiple)
    sign_before = _CURRENCY_SIGNS.get(original[max(0, m.start() - 1):m.start()])  # $65, €9,450
    if m.group("pct") or _percent_before(original, m.start()):
        unit = "pp" if m.group("pct") and re.search(_POINTS, m.group("pct"), re.I) else "%"
    elif m.group("unit"):
        # any space or hyphen before the unit (a thin or no-break space too: 5\u2009km)
        word = re.sub(r"^[\s-]+", "", m.group("unit")).lower()
        unit, factor = _UNITS[word] if word in _UNITS else _UNITS[re.sub("(?:یی|ای|ی)$", "", word)]
        metric = value * factor
    elif sign_before:
        unit, metric = sign_before, value
    start = m.start() - (sign_before is not None and unit == sign_before)  # the sign is the amount's
    sign = _MINUS_BEFORE.search(original, max(0, start - 8), start)
    if sign or _BELOW_ZERO.match(original, end) or _MINUS_AFTER.match(original, m.end()):
        value = -value
        start = sign.start() if sign else start
    if m.group("unit") is None and m.group("pct") is None and _DEGREES_AFTER.match(original, m.end()):
        unit, metric = "°", value  # temperatures: Fahrenheit and Celsius both ways
        alternatives += [(value - 32) * 5 / 9, value * 9 / 5 + 32]
        if _DIFFERENCE_AFTER.match(original, end) or search_before(_DIFFERENCE_BEFORE, original, m.start()):
            alternatives += [value * 5 / 9, value * 9 / 5]  # a difference: 10 °F warmer is 6 °C warmer
    if unit == "" and value >= 1000 and rials:
        alternatives.append(value / 10)  # "the rial slid to 1,080,000 to the dollar": ۱۰۸ هزار تومان
    if not scale and unit == "" and value.is_integer() and value > 0 and "," not in raw:
        alternatives += _year_alternatives(int(value)) + _year_range_end(raw, original[max(0, m.start() - 6):m.start()])
        alternatives += _era_alternatives(int(value), original, end)
        if 1200 <= value < JALALI_YEARS.start and search_before(_YEAR_WORD_BEFORE, original, m.start()):
            alternatives += gregorian_years_of_jalali(int(value))  # «در سال ۱۲۸۸»: 1909
        decade = search_before(_DECADE_BEFORE, original, m.start()) if value % 10 == 0 else None
        if decade and value < 100:  # «دهه ۹۰», the '90s: the 1990s; «دهه ۶۰» is also the Jalali 1360s, about the 1980s
            alternatives += [1900 + value, 2000 + value] + ([1920 + value] if decade.group().strip() == "دهه" else [])
        elif decade and 1300 <= value < 1500:  # «دهه ۱۳۶۰»: the 1980s
            alternatives.append(value + 620)
    # A number joined to a Latin word (COVID-19, F-16, G7) or by a hyphen to a Persian one
    # (کووید-19, اف-۱۶) is part of a name, not a count.
    reportable = not _NAME_BEFORE.search(original, max(0, m.start() - 2), m.start())
    return Quantity(value, start, end, original[start:end].strip(), reportable, unit, tuple(alternatives), metric)


# A text that names rials, away from its numbers ("the rial slid to about 1,080,000 to the
# dollar"): a number there without a unit is also read in tomans, as Persian quotes rates.
_RIAL_NAMED = re.compile(r"\brials?\b|(?<![\w\u200c])ریال", re.I)
_YEAR_BEFORE_DASH = re.compile(r"(?<!\d)(\d\d)(\d\d)\s?[-–]$")


def _year_range_end(raw: str, before: str) -> list[float]:
    """The end of a year range written short (2019–20, 1957-58) as the full year, and
    that year's own readings (2023-24 is the Jalali 1402)."""
    start = _YEAR_BEFORE_DASH.search(prepare(before)) if len(raw) == 2 else None
    if start is None or int(raw) <= int(start.group(2)):
        return []
    year = int(start.group(1)) * 100 + int(raw)
    return [float(year), *_year_alternatives(year)]


# A year's era written after it: lunar Hijri («۹۹۶ هجری قمری», «ه.ق», 996 AH) or solar (۱۲۶۹
# هجری شمسی, 1269 SH). A year read without one (۱۲۶۸ alone) is taken as is.
_ERA_AFTER = re.compile(r"\s*(?:(?P<lunar>هجری\s*قمری|ه\u200d?\.\s*ق\b|قمری|A\.\s?H\.|AH\b)"
                        r"|(?P<solar>هجری\s*(?:شمسی|خورشیدی)|ه\u200d?\.\s*ش\b|شمسی|خورشیدی|S\.\s?H\.|SH\b))")
# A number after «سال» (year) is a year: one of the Jalali years before 1300 too («در سال ۱۲۸۸»).
_YEAR_WORD_BEFORE = re.compile(r"(?<![\u0600-\u06ff])سال(?:\u200c?های)?\s*$")


def _era_alternatives(year: int, original: str, end: int) -> list[float]:
    """The Gregorian years a Hijri year written with its era overlaps: a lunar year of
    354 days starts about 0.970229 Gregorian years later per year from 622 (996 AH is
    1587–88), a solar one is the Jalali year (1269 SH is 1890–91)."""
    era = _ERA_AFTER.match(original, end)
    if not era:
        return []
    if era["solar"]:
        return list(gregorian_years_of_jalali(year))
    start = 621.5643 + 0.970229 * year
    return [float(int(start)), float(int(start) + 1)]


# «قرن» or «سده» (century) before an ordinal; «هجری» alone after a century is read both ways.
_CENTURY_BEFORE = re.compile(r"(?<![\u0600-\u06ff])(?:قرن|سده)\s*$")
_HIJRI_AFTER = re.compile(r"\s*هجری")
_GREGORIAN_AFTER = re.compile(r"\s*(?:میلادی|م\b)")
LAST_HIJRI_CENTURY = 15  # the 15th lunar century began in 1979


def _century_alternatives(century: int, original: str, end: int) -> tuple[float, ...]:
    """The Gregorian centuries a Hijri century overlaps (the 8th lunar century, 701–800
    AH, is 1301–1398: the 14th; the 14th solar one, 1301–1400 SH, is 1922–2021: the 20th
    and 21st). «هجری» alone may be either; so may a century with no era, up to the 15th,
    as Persian writing on its poets and history counts them («حافظ، شاعر قرن هشتم»): it
    keeps its own value too, which «میلادی» alone gives."""
    era = _ERA_AFTER.match(original, end)
    plain = not era and (_HIJRI_AFTER.match(original, end) or (
        century <= LAST_HIJRI_CENTURY and not _GREGORIAN_AFTER.match(original, end)))
    if not (era or plain):
        return ()
    first, last = (century - 1) * 100 + 1, century * 100
    spans = []
    if plain or era["lunar"]:
        spans.append((621.5643 + 0.970229 * first, 621.5643 + 0.970229 * last))
    if plain or era["solar"]:
        spans.append((first + 621, last + 621))
    return tuple(sorted({float(c) for a, b in spans for c in range(math.ceil(a / 100), math.ceil(b / 100) + 1)}))


def _year_alternatives(year: int) -> list[float]:
    """A Jalali year overlaps two Gregorian years, and the other way round."""
    if year in JALALI_YEARS:
        return list(gregorian_years_of_jalali(year))
    if 1921 <= year <= 2121:
        return [year - 621, year - 622]
    return []


# What marks a number as a year: a word before it («سال ۱۴۰۲», "in 2019", "since 1979",
# "fiscal 2023", "mid-2020"; "by", "from", "before" and "after" only where no word follows,
# as "by 1500 votes" counts), or an era or possessive after it («۲۰۱۹ میلادی», "1979 AD",
# "2019's").
_YEAR_INTRO = re.compile(r"(?:(?<![\u0600-\u06ff])سال(?:\u200c?های)?|\b(?:in|since|until|till|during|year|fiscal"
                         r"|FY|circa|early|mid|late|spring|summer|autumn|fall|winter))[\s-]*$", re.I)
_YEAR_INTRO_ALONE = re.compile(r"\b(?:by|from|before|after)\s*$", re.I)
_WORD_AFTER = re.compile(r"\s+[a-z]")
_YEAR_OUTRO = re.compile(r"['’]s\b|\s*(?:AD|CE|BC|BCE)\b|\s*(?:میلادی|شمسی|خورشیدی|هجری|قمری)")
YEAR_NEIGHBOURHOOD = 10  # years this close to a marked one, on either side, are years too (2019–2021)


def years_among(source_only: list[Quantity], source: str, target_only: list[Quantity], target: str
                ) -> tuple[list[Quantity], list[Quantity]]:
    """The numbers of ``source_only`` and ``target_only`` (numbers of one side alone,
    :func:`unmatched_numbers`) that are years: one written as a year (:data:`_YEAR_INTRO`,
    :data:`_YEAR_OUTRO`), and a bare four-digit number whose reading lies within
    :data:`YEAR_NEIGHBOURHOOD` years of one so written, on either side, matched or not (the
    "2020" of "the 2020 law" against «سال ۲۰۱۹»; the end of «از سال ۱۳۹۸ تا ۱۴۰۲»). A year changed alone
    is a changed date, though no day or month comes with it."""
    if not (source_only or target_only):  # nothing to tell: the texts' numbers are not read again
        return [], []

    def plain(q: Quantity) -> bool:
        return q.unit == "" and q.value.is_integer() and 100 <= q.value < 2200 and fold_numbers(q.text).isdigit()

    def marked(q: Quantity, text: str) -> bool:
        if not plain(q):
            return False
        if _YEAR_OUTRO.match(text, q.end):
            return True
        return len(q.text) == 4 and bool(search_before(_YEAR_INTRO, text, q.start) or (
            search_before(_YEAR_INTRO_ALONE, text, q.start) and not _WORD_AFTER.match(text, q.end)))

    anchors = [r for text in (source, target) for q in extract_numbers(text) if marked(q, text) for r in q.values()]

    def year(q: Quantity, text: str) -> bool:
        return marked(q, text) or (plain(q) and len(q.text) == 4 and any(
            abs(r - a) <= YEAR_NEIGHBOURHOOD for r in q.values() for a in anchors))

    return [q for q in source_only if year(q, source)], [q for q in target_only if year(q, target)]


_ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_DEFINITE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.I)


def _spelled(folded: str, original: str) -> list[Quantity]:
    """Runs of number words: «سه میلیون», «بیست و پنج», "three million", "twenty-five"."""
    out: list[Quantity] = []
    words = list(_WORD.finditer(folded))
    i = 0
    while i < len(words):
        if _word_value(words[i].group())[0] is None:  # no number word starts here (most words)
            i += 1
            continue
        run, last = _number_run(words, i, folded)
        value, has_scale = _run_value(run)
        decimal = None if has_scale or not value.is_integer() or (
            run == ["one"] and search_before(_AT_BEFORE, folded, words[i].start())) \
            else _spelled_decimals(words, last, folded)  # "at one point two people": no 1.2
        if decimal:  # thirty-seven point five; one point two billion
            fraction, last = decimal
            value += fraction
            scale = _scale_after(words, last, folded)
            if scale:
                value, has_scale, last = value * scale, True, last + 1
                run = run + [words[last].group()]
        if len(run) == 2 and _fraction_joint(folded[words[i].end():words[last].start()]) \
                and (share := _fraction(*run)):
            value = share  # «دو سوم», one third
        elif len(run) == 1 and last + 1 < len(words) \
                and _fraction_joint(folded[words[last].end():words[last + 1].start()]) \
                and (share := _fraction(run[0], words[last + 1].group())):
            value, last = share, last + 1  # two thirds, «دو-سوم»
        start, end = words[i].start(), words[last].end()
        # "a fifth" may be a share (rose by a fifth: 20 %) or an ordinal (a fifth term)
        article = search_before(_ARTICLE_BEFORE, folded, start) if len(run) == 1 else None
        share_of = _EN_DENOMINATORS.get(run[0].lower()) if article else None
        readings = (1 / share_of, 100 / share_of, share_of) if share_of else ()
        if len(run) == 1 and run[0].lower() in _EN_MULTIPLIED:
            readings = (100 * (value - 1),)  # doubled: up 100 %
        if run == ["third"] and search_before(_DEFINITE_BEFORE, folded, start):
            value, readings = 3.0, (1 / 3,)  # the third week, the world's third largest: an ordinal
        if share_of:  # the article is part of it: "a quarter" is a share with its numerator
            start = article.start()
        if len(run) == 1 and _is_ordinal(run[0]) and search_before(_CENTURY_BEFORE, folded, start):
            readings = _century_alternatives(int(value), folded, end)  # «قرن هشتم هجری»: the 14th
        pct = re.match(r"\s*(?:" + _PERCENT + ")", folded[end:], re.I)
        # «هزار» alone may be a loose "thousands"; «دو هزار» and «دو‌هزار» are 2,000
        reportable = has_scale and (len(run) > 1 or "\u200c" in run[0]) or bool(decimal)
        unit = _UNIT_AFTER.match(folded[end:]) or _UNIT_JOINED.search(run[-1])  # two feet, two-foot
        if unit and not pct:
            canonical, factor = _UNITS[unit.group(1).lower()]
            out.append(Quantity(value, start, end, original[start:end], reportable, canonical, readings,
                                value * factor))
        else:
            out.append(Quantity(value, start, end, original[start:end], reportable, "%" if pct else "", readings))
        i = last + 1
    return out


_DECIMAL_POINT_WORDS = ("point", "ممیز")
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)


def _spelled_decimals(words: list[re.Match], last: int, text: str) -> tuple[float, int] | None:
    """The decimals spelled after ``words[last]`` ("point five", "point two five", «ممیز
    پنج»), one digit a word, and the index of the last of them; None where none follow."""
    k = last + 1
    if k >= len(words) or words[k].group().lower() not in _DECIMAL_POINT_WORDS or _apart(words, k, text):
        return None
    digits = ""
    while k + 1 < len(words) and not _apart(words, k + 1, text):
        value = _EN_UNITS.get(words[k + 1].group().lower(), _FA_WORDS.get(words[k + 1].group()))
        if value is None or value > 9:
            break
        digits += str(value)
        k += 1
    return (float("0." + digits), k) if digits else None


def _scale_after(words: list[re.Match], last: int, text: str) -> float | None:
    """The multiplier of a scale word right after ``words[last]`` (million, «میلیارد»)."""
    k = last + 1
    if k >= len(words) or _apart(words, k, text):
        return None
    value, is_scale = _word_value(words[k].group())
    return value if is_scale else None


def _apart(words: list[re.Match], k: int, text: str) -> bool:
    """Does anything but space stand between ``words[k - 1]`` and ``words[k]``?"""
    return bool(text[words[k - 1].end():words[k].start()].strip())


@lru_cache(maxsize=65536)
def _word_value(word: str) -> tuple[float | None, bool]:
    """(value, is_scale) of one number word, or (None, False); cached, as every word of
    every sentence is looked up."""
    w = word.lower()
    if w in _EN_SCALES:
        return _EN_SCALES[w], w != "hundred"
    if w in _FA_SCALES:
        return _FA_SCALES[w], True
    for table in (_EN_UNITS, _EN_TENS, _EN_EXTRA, _FA_WORDS, _FA_EXTRA, _EN_ORDINALS, _FA_ORDINALS):
        if w in table:
            return float(table[w]), False
    ordinal = _ordinal_stem(w)
    if ordinal:
        return _word_value(ordinal)
    times = w[:-4].rstrip("-") if w.endswith("fold") else ""
    if times in _EN_UNITS or times in _EN_TENS or times == "hundred":
        return _word_value(times)[0], False  # fivefold, tenfold, hundredfold
    halves = re.split("[-\u200c]", w)
    if len(halves) == 2 and (share := _fraction(*halves)):
        return share, False  # two-thirds, «یک‌سوم»
    if "\u200c" in w and (joined := _joined_number(w)) is not None:
        return joined, False
    if (tens_and := _TENS_AND_UNITS.fullmatch(w)) and (units := _word_value(tens_and.group(2))[0]) in range(1, 10):
        return float(_FA_WORDS[tens_and.group(1)] + units), False  # «سیوپنجمین», written without its non-joiners
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in _EN_TENS and parts[1] in _EN_UNITS:
            return float(_EN_TENS[parts[0]] + _EN_UNITS[parts[1]]), False
        unit = _EN_ORDINALS.get(parts[1]) or _EN_UNITS.get(_ordinal_stem(parts[1]) or "") if len(parts) == 2 else None
        if parts[0] in _EN_TENS and unit:
            return float(_EN_TENS[parts[0]] + unit), False  # twenty-first, thirty-fourth
        if parts[0] in _EN_SCALES:  # (one) thousand-kilometre
            return _word_value(parts[0])
        numeric = [p for p in parts if p in _EN_UNITS or p in _EN_TENS]
        if numeric:  # six-game, two-day, mother-of-three
            return _word_value(numeric[0])
    return None, False


_TENS_AND_UNITS = re.compile("(بیست|سی|چهل|پنجاه|شصت|هفتاد|هشتاد|نود)و(.+)")

# What Persian writes joined to a number, as English hyphenates it: «دوازده‌ماهه» twelve-month.
_FA_MEASURES = ("ماهه", "روزه", "ساله", "ساعته", "هفته‌ای", "دقیقه‌ای", "نفره", "جانبه", "مرحله‌ای")


def _joined_number(word: str) -> float | None:
    """The value of Persian number words written as one word with zero-width non-joiners
    (:func:`_joined_words`)."""
    run = _joined_words(word)
    return None if run is None else _run_value(run)[0]


def _joined_words(word: str) -> list[str] | None:
    """The number words of Persian number words written as one word with zero-width
    non-joiners: tens and units joined by و («بیست‌وپنج», «بیست‌و‌پنج» 25; «سی‌وپنجمین»
    35th, only the last part an ordinal) or a multiplier («دو‌هزار»), maybe with a
    measure after them («دوازده‌ماهه» twelve-month, «پنج‌روزه» five-day). None when any
    other word is joined to a number word: «سه‌شنبه» is Tuesday, «نه‌تنها» "not only",
    «ده‌ها» tens of."""
    for measure in _FA_MEASURES:
        word = word.removesuffix("\u200c" + measure)
    run: list[str] = []
    joined_by_and = False
    for part in re.split("\u200c(?:(و)\u200c?)?", word):
        if part is None:
            continue
        if part == "و":
            joined_by_and = True
            continue
        value, scale = _word_value(part)
        if value is None or run and (_is_ordinal(run[-1]) or not (
                scale or joined_by_and and (_word_value(run[-1])[0] or 0) >= 20)):
            return None
        run.append(part)
        joined_by_and = False
    return None if joined_by_and else run


def ordinal_value(words: str) -> int | None:
    """The number an ordinal in words below a hundred names: fifth 5, twenty-first 21,
    twenty first 21, third 3 (alone, "third" reads elsewhere as a share), «بیست و دوم» 22,
    «سی‌ام» 30; None for any other words."""
    words = re.sub(r"سی[\s\u200c]*ام$", "سی", words.strip().lower())
    words = re.sub(r"(بیست|سی)[\s\u200c]*و[\s\u200c]*", r"\1 ", words)  # «بیست‌ودوم»
    values = [_EN_ORDINALS.get(w) or _word_value(w)[0] for w in re.split(r"[\s-]+", words)]
    return int(sum(values)) if values and None not in values else None


def _ordinal_stem(w: str) -> str | None:
    """The cardinal inside an ordinal: nineteenth → nineteen, twentieth → twenty, نوزدهم → نوزده,
    سی‌امین → سی."""
    for suffix, replacement in (("ieth", "y"), ("th", ""), ("\u200cامین", ""), ("\u200cام", ""), ("امین", ""),
                                ("مین", ""), ("م", "")):
        stem = w[: -len(suffix)] + replacement if w.endswith(suffix) else None
        if suffix in ("مین", "م") and stem in ("سه", "سی"):
            continue  # their ordinals are سوم and سی‌ام: سهم is "share", سیم "wire", سیمین a name
        if stem and (stem in _EN_UNITS or stem in _EN_TENS or stem in _FA_WORDS):
            return stem
    return None


def _number_run(words: list[re.Match], i: int, text: str) -> tuple[list[str], int]:
    """The longest run of number words from ``words[i]``, joined by spaces, و or "and",
    and the index of its last number word (a و it skipped before a number written in
    digits, «سه میلیون و ۲۰۰ هزار», is not part of it)."""
    run: list[str] = []
    j = last = i
    while j < len(words):
        w = words[j].group()
        if run and len(w) > 1 and w[0] == "و" and (_word_value(run[-1])[0] or 0) >= 20 \
                and _word_value(w[1:])[0] is not None:
            w = w[1:]  # «سی وپنجمین»: the و written onto the units, as a space stood for the non-joiner
        if run and w.lower() in ("and", "و") and (_word_value(run[-1])[0] or 0) >= 20 \
                and j + 1 < len(words) and _word_value(words[j + 1].group())[0] is not None:
            j += 1
            continue
        if run and w.lower() == "a" and run[-1].lower() in ("half", "quarter") and j + 1 < len(words) \
                and _word_value(words[j + 1].group())[1]:
            j += 1  # half a million
            continue
        if _word_value(w)[0] is None:
            break
        if run and _apart(words, j, text):
            break  # punctuation between two words ends the number
        if run and w.lower() in _EN_ORDINALS and run[-1].lower() in _EN_UNITS and not _fraction(run[-1], w):
            break  # one second, "chapter two, first": only tens take an ordinal (twenty first)
        if run and _below_twenty(run[-1]) and _below_twenty(w):
            break  # "a one two", «یک دو»: two counts, not one number
        run.append(w)
        last = j
        j += 1
        if _is_ordinal(w):
            break  # an ordinal ends a number: "the first two", «بیست و یکم»
    return run, last


def _below_twenty(word: str) -> bool:
    w = word.lower()
    return w in _EN_UNITS or (w in _FA_WORDS and _FA_WORDS[w] < 20)


def _is_ordinal(word: str) -> bool:
    w = word.lower()
    last = re.split("\u200cو?|-", w)[-1]  # «سی‌وپنجمین», twenty-third
    return any(x in _EN_ORDINALS or x in _FA_ORDINALS or _ordinal_stem(x) is not None for x in (w, last))


def _fraction_joint(between: str) -> bool:
    """Can ``between`` join a fraction's two words: spaces or one hyphen («دو-سوم»)?"""
    return between.strip() in ("", "-")


def _fraction(numerator: str, denominator: str) -> float | None:
    """The value of a fraction in words: a cardinal from one to nine and a denominator
    (two thirds, one fifth, «دو سوم», «یک دهم»), or None."""
    n = _EN_UNITS.get(numerator.lower()) if numerator.isascii() else _FA_WORDS.get(numerator)
    d = _EN_DENOMINATORS.get(denominator.lower()) if denominator.isascii() else _FA_DENOMINATORS.get(denominator)
    return n / d if n and d and n <= 9 else None


def _run_value(run: list[str]) -> tuple[float, bool]:
    """The value of a run of number words. A scale word larger than every one before it
    multiplies all that came before: پنج هزار میلیارد is 5 × 1000 billion, and
    هزار و ۲۰۰ میلیارد 1,200 billion; a smaller one adds (two million three hundred thousand)."""
    total, current, largest = 0.0, 0.0, 0.0
    # a word of joined number words is read as its words: «یک‌میلیون و دویست هزار» 1.2 million
    words = [part for w in run for part in ((_joined_words(w) or [w]) if "\u200c" in w else [w])]
    for w in words:
        # after other words an ordinal is one (twenty third), alone "third" is a share
        value, big = (float(_EN_ORDINALS[w.lower()]), False) if len(words) > 1 and w.lower() in _EN_ORDINALS \
            else _word_value(w)
        if big:
            if largest and value > largest:
                total, current = (total + current) * value, 0.0
            else:
                total += (current or 1) * value
                current = 0.0
            largest = max(largest, value)
        elif w.lower() == "hundred":
            current = (current or 1) * 100
        else:
            current += value
    return total + current, bool(largest)


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b))


def same_number(a: float, b: float) -> bool:
    """Equal, or equal once the more precise one is rounded like the other (4.93 ~ 4.9)."""
    return _equal(a, b) or _rounds_to(a, b) or _rounds_to(b, a)


def _rounds_to(precise: float, shown: float) -> bool:
    """Is ``shown`` the ``precise`` value rounded to the decimals it shows? Only decimals
    round: 62 billion is no 60 billion, nor 3,040,000 three million."""
    decimals = _decimals(shown)
    return bool(decimals) and round(precise, decimals) == shown


def _decimals(shown: float) -> int:
    """How many decimals a value is written with (4.9: 1, 3: 0)."""
    text = repr(shown)
    return len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0


def quantities_match(q: Quantity, others: list[Quantity]) -> bool:
    """Does any of ``others`` hold the same value (unit conversions within 3 %, or rounded
    as written: :func:`_rounds_converted`)? The same number in two units of one kind is
    none: 850,000 tomans is no 850,000 rials, nor 5 km 5 miles, nor $65 €65."""
    for other in others:
        if q.unit != other.unit and {q.unit, other.unit} <= _EXCLUSIVE_UNITS:
            continue  # $65 is no €65, 4 percentage points no 4 %
        if "phone" in (q.unit, other.unit):
            if _same_phone(q, other):
                return True
            continue
        converted = q.metric is not None and other.metric is not None and q.unit == other.unit \
            and _converted(q, other)
        if not converted or q.unit == "°":
            if same_number(q.value, other.value):
                return True
            # One side's value among the other's readings (not two readings: 2018 and 2019 share 1397).
            if any(_equal(q.value, b) for b in other.values()) or any(_equal(a, other.value) for a in q.values()):
                return True
        if converted:
            # one side's value against the other's readings, not two readings: 9 °C is
            # no 10 °C though both read as Fahrenheit are within half a degree; two
            # temperatures as written match only exactly (above), 29 ° is no 30 °
            pairs = [(q.metric, b) for b in other.alternatives] + [(a, other.metric) for a in q.alternatives]
            pairs += [(q.metric, other.metric)] if q.unit != "°" else []
            if any(abs(a - b) <= 0.03 * max(abs(a), abs(b)) + (0.5 if q.unit == "°" else 0) for a, b in pairs):
                return True
            if q.unit != "°" and (_rounds_converted(q, other) or _rounds_converted(other, q)):
                return True
    return False


_SCALED_DECIMAL = re.compile(r"(\d+\.(\d+))\s*[^\W\d_]")


def _rounds_scaled(shown: Quantity, precise: Quantity) -> bool:
    """Is ``shown``, a decimal before a scale word ("16.4 million", «۱۶٫۴ میلیون», "1.2bn"),
    ``precise`` rounded to the decimals it shows (16,384,403 to the hundred thousand)? As
    with :func:`_rounds_to`, only decimals round: "16 million" shows no precision. For
    coverage only: a translation that writes 3.5 million for ۳ میلیون و ۴۸۰ هزار unhedged
    is reported."""
    m = _SCALED_DECIMAL.match(prepare(shown.text).lstrip("".join(_CURRENCY_SIGNS)))  # $1.2bn
    if not m or shown.unit != precise.unit or not float(m.group(1)):
        return False
    step = shown.value / float(m.group(1)) / 10 ** len(m.group(2))
    return step > 1 and _equal(round(precise.value / step) * step, shown.value)


def _rounds_converted(shown: Quantity, precise: Quantity) -> bool:
    """Is ``shown`` the ``precise`` quantity converted to its unit and rounded as it is
    written (5 km is 3 miles, 3.1 miles, not 4 miles)?"""
    if not shown.metric:
        return False
    return round(precise.metric * shown.value / shown.metric, _decimals(shown.value)) == shown.value


def _converted(a: Quantity, b: Quantity) -> bool:
    """Are two quantities of one dimension written in different units (miles and km)? Only
    a conversion is rounded: 130 miles is no 132 miles. Degrees may be either scale."""
    return a.unit == "°" or not _equal(a.metric * b.value, b.metric * a.value)


def unmatched_numbers(source: str, target: str, source_masked=(), target_masked=(),
                      source_context: tuple[str, ...] = (), target_context: tuple[str, ...] = (),
                      approximate: bool = False) -> tuple[list[Quantity], list[Quantity]]:
    """Reportable numbers of each side that nothing on the other side matches, and counts
    in words (:func:`_count_word`) when the other side has a number the first lacks. With
    ``approximate`` (coverage, where a report rounds), a number either side hedges
    ("nearly 400 million", «حدود ۴۰۰») matches one within 10 % on the other side, and a
    decimal before a scale word the number it rounds (:func:`_rounds_scaled`).

    Numbers inside the ``masked`` spans (dates) are not reported, but they can match a
    number of the other side, and so can the numbers of ``context``: the two sides of
    the neighbouring blocks, pair by pair, where the aligner may have put a clause. Only
    a neighbour's number that its own block leaves unmatched counts: one its block
    accounts for renders that block, not this one (a 4 in the next pair is no rendering
    of this pair's 2 changed to 4). Each text is read, and cached, as its own block is.
    """
    src = extract_numbers(source, source_masked)
    tgt = extract_numbers(target, target_masked)
    src_free, tgt_free = [], []
    if not _differs_both_ways(src, tgt):
        for near_source, near_target in zip_longest(source_context, target_context, fillvalue=""):
            src_free += _left_unmatched(near_source, near_target)
            tgt_free += _left_unmatched(near_target, near_source)
    src_pool = _distinct(extract_numbers(source) + src_free)
    tgt_pool = _distinct(extract_numbers(target) + tgt_free)
    src_only = [q for q in src if (q.reportable or _count_word(q) or q.unit == "score")
                and not quantities_match(q, tgt_pool)]
    tgt_only = [q for q in tgt if (q.reportable or _count_word(q) or q.unit == "score")
                and not quantities_match(q, src_pool)]
    hedged = _hedged_match if approximate else _hedged_rounding
    src_only = [q for q in src_only if not hedged(q, source, extract_numbers(target), target)]
    tgt_only = [q for q in tgt_only if not hedged(q, target, extract_numbers(source), source)]
    if approximate:  # a report rounds unasked: "16.4 million" for ۱۶٬۳۸۴٬۴۰۳
        src_only = [q for q in src_only if not any(_rounds_scaled(q, o) or _rounds_scaled(o, q) for o in tgt_pool)]
        tgt_only = [q for q in tgt_only if not any(_rounds_scaled(q, o) or _rounds_scaled(o, q) for o in src_pool)]
    src_only, tgt_only = _regrouped(src_only, source, tgt_only, target)
    src_codes, tgt_codes = _codes_differing(src, source, tgt, target)
    src_only += src_codes
    tgt_only += tgt_codes
    # a count in words is reported where the other side has a number of its own left over:
    # «۳ نفر» against "five people" shows both (then the pair differs in a number anyway)
    src_left, tgt_left = bool(src_only), bool(tgt_only)
    return ([q for q in src_only if q.reportable or tgt_left], [q for q in tgt_only if q.reportable or src_left])


def _differs_both_ways(src: list[Quantity], tgt: list[Quantity]) -> bool:
    """Does each side have a reportable number the other lacks? Then the pair itself
    says one figure where the other says another (bread up 20 % against "10 percent"),
    and a neighbouring pair's leftover numbers, there to catch a clause the aligner put
    beside its block, explain neither: two figures swapped between neighbouring
    sentences cancel each other out through them (a probe's)."""
    return any(q.reportable and not quantities_match(q, tgt) for q in src) and any(
        q.reportable and not quantities_match(q, src) for q in tgt)


# A code: Latin letters joined to a number (VX-320, PS752, F-35, COVID-19).
_CODE = re.compile(r"(?<![A-Za-z0-9\-])([A-Za-z]{1,6})-?(\d+)(?![\d.,]?\d)")


def _codes(matches: list[re.Match]) -> dict[str, set[str]]:
    """Codes (:data:`_CODE` matches) by their letters (upper case): the numbers each is written with."""
    out: dict[str, set[str]] = {}
    for m in matches:
        out.setdefault(m[1].upper(), set()).add(m[2])
    return out


def _codes_differing(src: list[Quantity], source: str, tgt: list[Quantity], target: str
                     ) -> tuple[list[Quantity], list[Quantity]]:
    """The numbers of codes the two sides write with the same letters and other numbers
    (VX-320 against VX-330, a probe's manual; F-35 against F-16): a number joined to a name
    is no count (:func:`_digit_quantity`), but a code the Persian keeps in Latin letters
    must come out as written."""
    in_source, in_target = (list(_CODE.finditer(prepare(text))) for text in (source, target))
    a, b = _codes(in_source), _codes(in_target)
    differing = {letters for letters in a.keys() & b.keys() if a[letters] != b[letters]}
    if not differing:
        return [], []

    def numbers(found: list[Quantity], text: str, matches: list[re.Match], other: dict) -> list[Quantity]:
        codes = {m.span(2): text[m.start():m.end()] for m in matches
                 if m[1].upper() in differing and m[2] not in other[m[1].upper()]}
        return [replace(q, reportable=True, text=codes[q.start, q.end]) for q in found if (q.start, q.end) in codes]

    return numbers(src, source, in_source, b), numbers(tgt, target, in_target, a)


def _regrouped(a: list[Quantity], a_text: str, b: list[Quantity], b_text: str) -> tuple[list[Quantity], list[Quantity]]:
    """The unmatched numbers of each side without those that are one number grouped
    differently: a run of numbers written side by side with a space or hyphen between
    (116 123, a helpline) whose digits run together are a number of the other side
    (۱۱۶۱۲۳)."""
    drop_a, drop_b = set(), set()
    for run_side, run_text, whole_side, drop_run, drop_whole in ((a, a_text, b, drop_a, drop_b),
                                                               (b, b_text, a, drop_b, drop_a)):
        digits = {_digits(q.text): k for k, q in enumerate(whole_side) if q.unit == "" and _digits(q.text)}
        for k in range(len(run_side)):
            joined = _digits(run_side[k].text)
            for end in range(k + 1, min(k + 4, len(run_side))):
                gap = run_text[run_side[end - 1].end:run_side[end].start]
                if gap not in (" ", "-") or run_side[end].unit:
                    break
                joined += _digits(run_side[end].text)
                if joined in digits and not run_side[k].unit:
                    drop_run.update(range(k, end + 1))
                    drop_whole.add(digits[joined])
    return ([q for k, q in enumerate(a) if k not in drop_a], [q for k, q in enumerate(b) if k not in drop_b])


def _digits(written: str) -> str:
    return "".join(c for c in prepare(written) if c.isdigit())


# Words that make a number approximate: "nearly 400", «حدود ۴۰۰», "more than a quarter".
# Approximations ("nearly 400") and bounds ("more than 400"); a translation's rounding
# (:func:`_hedged_rounding`) takes approximations only.
_APPROXIMATE = (r"about|around|nearly|almost|roughly|approximately|some|close to|an estimated|حدود|حدودا|حدوداً|"
                r"تقریبا|تقریباً|نزدیک به|قریب")
_BOUND = (r"over|under|more than|less than|fewer than|up to|at least|upwards of|بیش از|بیشتر از|کمتر از|کمتر|"
          r"دست‌کم|دستکم|حداقل|بالغ بر|افزون بر")
_HEDGE_BEFORE = re.compile(rf"(?:{_APPROXIMATE}|{_BOUND})\s+(?:a\s+|an\s+)?$", re.I)


def _hedged_match(q: Quantity, text: str, others: list[Quantity], other_text: str) -> bool:
    """Is ``q`` (of ``text``) within 10 % of one of ``others`` (of ``other_text``) in the
    same unit (a share in words against a percentage), one of the two hedged
    (:data:`_HEDGE_BEFORE`)?"""
    hedged = bool(search_before(_HEDGE_BEFORE, text, q.start))
    return any((hedged or search_before(_HEDGE_BEFORE, other_text, o.start)) and _same_kind(q, o)
               and any(abs(a - b) <= 0.1 * max(abs(a), abs(b)) for a in q.values() for b in o.values())
               for o in others)


# Words that make a number a rounding (not a bound: "more than 800" is no rendering of 801).
_ABOUT_BEFORE = re.compile(rf"(?:{_APPROXIMATE})\s+(?:a\s+|an\s+)?$", re.I)


def _hedged_rounding(q: Quantity, text: str, others: list[Quantity], other_text: str) -> bool:
    """Is one of ``q`` (of ``text``) and a number of ``others`` said to be approximate
    (:data:`_ABOUT_BEFORE`) and the other rounded to the digits it shows ("nearly 3.5
    million" for «۳ میلیون و ۴۸۰ هزار»)? A translation rounds so; "about 26" is no
    rendering of 25."""
    return any(_same_kind(q, o) and ((search_before(_ABOUT_BEFORE, text, q.start) and _rounded_to(o.value, q.value))
                                     or (search_before(_ABOUT_BEFORE, other_text, o.start)
                                         and _rounded_to(q.value, o.value)))
               for o in others)


def _rounded_to(precise: float, shown: float) -> bool:
    """Is the whole number ``shown`` ``precise`` rounded to its significant digits, two or
    more (3,500,000 to two: 3,480,000 is, 3,400,000 is not)? One is too loose a rendering
    for a translation: "nearly 400 million" for ۳۸۲ میلیون is reported."""
    if not (float(shown).is_integer() and shown and precise != shown):
        return False
    digits = str(int(abs(shown)))
    significant = digits.rstrip("0")
    return len(significant) >= 2 and round(precise, len(significant) - len(digits)) == shown


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """Of one unit, or a percentage and a share (27 % and a quarter)."""
    return a.unit == b.unit or {a.unit, b.unit} == {"%", ""} and (0 < a.value < 1 or 0 < b.value < 1)


@lru_cache(maxsize=4096)
def _left_unmatched(text: str, other: str) -> tuple[Quantity, ...]:
    """The numbers of ``text`` that nothing in ``other``, its block's other side, matches.
    Cached: each block is a neighbour of the blocks either side of it."""
    theirs = extract_numbers(other)
    return tuple(q for q in extract_numbers(text) if not quantities_match(q, theirs))


def _count_word(q: Quantity) -> bool:
    """A count from two to 999 in cardinal or ordinal words (four, «چهار», twenty-five,
    «سومین», fourth, twice: a probe's «سه بار» as "twice", and doubled, tripled; not a dozen
    or "second", also a unit of time), or a share with its numerator spelled (one third,
    «دو سوم», or an article for it: a quarter), or «نیمی», "half of" (not "half", also a
    match's, nor a lone "third"): such a number only matches, as translations re-express
    numbers, unless each side has one the other lacks (four days against «پنج روز»,
    «یک‌سوم» against a quarter, «نیمی» against a third, «سومین» against fourth, «سه برابر»
    against doubled)."""
    if q.reportable:
        return False
    # no number word begins with و: one there joins the words (بیست‌وپنج, «بیست و پنج»)
    words = [w for w in (w.removeprefix("و") for w in re.split(r"[\s\-\u200c]+", q.text.lower()))
             if w not in ("and", "")]
    if len(words) == 2 and (_fraction(*words) or words[0] in ("a", "an") and words[1] in _EN_DENOMINATORS):
        return True
    if words == ["نیمی"]:
        return True
    return 2 <= q.value < 1000 and q.value.is_integer() and all(
        w in _CARDINAL_WORDS or w == "twice" or w in _EN_MULTIPLIED or (_is_ordinal(w) and w != "second")
        for w in words)


_CARDINAL_WORDS = frozenset(_EN_UNITS) | frozenset(_EN_TENS) | frozenset(_FA_WORDS) | {"hundred"}


def _distinct(pool: list[Quantity]) -> list[Quantity]:
    """One quantity of each reading (what :func:`quantities_match` compares): a long text
    repeats the same numbers, and every number of one side is checked against the pool."""
    return list({(q.value, q.unit, q.metric, q.alternatives): q for q in pool}.values())
