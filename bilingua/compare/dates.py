"""Dates in the Jalali, Gregorian and Hijri-qamari calendars, compared as Gregorian day ranges.

Every mention becomes the range of Gregorian days it can mean: «۱۵ فروردین ۱۴۰۳» is the
single day 2024-04-03, «مهر ۱۴۰۲» is 2023-09-23…2023-10-22, "November 2023" is the whole
month. Two mentions agree when their ranges overlap, so a translator who writes the
Gregorian month that a Jalali month mostly falls in is not reported. A mention without a
year borrows the year from the mention it is compared with. Hijri-qamari dates use the
tabular (arithmetic) calendar, which may differ from the sighted one by a day or two, so
they are given two days' slack. Weekdays are compared on their own.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from ..calendars import (
    GREGORIAN_MONTHS_EN,
    GREGORIAN_MONTHS_FA,
    HIJRI_MONTHS,
    HIJRI_MONTHS_LATIN,
    JALALI_MONTHS,
    JALALI_MONTHS_LATIN,
    JALALI_YEARS,
    WEEKDAYS_EN,
    WEEKDAYS_FA,
    jalali_year_days,
    to_gregorian,
)
from .numbers import ordinal_value, prepare, search_before

_MONTH_WORDS: dict[str, tuple[str, int]] = {}
for _i, _m in enumerate(JALALI_MONTHS):
    _MONTH_WORDS[_m] = ("jalali", _i + 1)
for _i, _m in enumerate(JALALI_MONTHS_LATIN):
    _MONTH_WORDS[_m] = ("jalali", _i + 1)
for _i, _names in enumerate(GREGORIAN_MONTHS_FA):
    for _m in _names:
        _MONTH_WORDS[_m] = ("gregorian", _i + 1)
for _i, _m in enumerate(GREGORIAN_MONTHS_EN):
    _MONTH_WORDS[_m] = ("gregorian", _i + 1)
    _MONTH_WORDS[_m[:3]] = ("gregorian", _i + 1)
_MONTH_WORDS["sept"] = ("gregorian", 9)
for _i, _names in enumerate(HIJRI_MONTHS + HIJRI_MONTHS_LATIN):
    for _m in _names:
        _MONTH_WORDS[_m] = _MONTH_WORDS[_m.replace("'", "’")] = ("hijri", _i % 12 + 1)

_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_MONTH_WORDS, key=len, reverse=True))
_FA_LETTER = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622\u200c"  # letters, not ، or digits
_BEFORE = rf"(?<![\w{_FA_LETTER}])"
_AFTER = rf"(?![\w{_FA_LETTER}])"
_FA_ORDINAL_DAYS = ("اول یکم دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم "
                    "شانزدهم هفدهم هجدهم هیجدهم نوزدهم بیستم").split()
_EN_ORDINAL_DAYS = sorted(("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                           "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
                           "thirtieth").split(), key=len, reverse=True)
_DAY_WORD = (rf"(?:twenty|thirty)[\s-]?(?:{'|'.join(_EN_ORDINAL_DAYS)})|{'|'.join(_EN_ORDINAL_DAYS)}|"
             rf"(?:(?:بیست|سی)[\s\u200c]*و[\s\u200c]*)?(?:{'|'.join(sorted(_FA_ORDINAL_DAYS, key=len, reverse=True))})"
             r"|سی\s*\u200c?ام")
_DAY_DIGITS = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|ام|م|ُم)?"
_DAY = rf"(?:{_DAY_DIGITS}|(?P<dayword>{_DAY_WORD}))"  # a spelled day only before its month
# «نیمه اول اکتبر» is the first half of October, not its first day.
_NOT_A_DAY_BEFORE = re.compile(r"(?:نیمه|هفته|دهه|روزهای|ماه|فصل)\s*$")
_YEAR = r"(?P<year>\d{4})"
# A month's name, and «ماه» joined to it, with a non-joiner or without («آبان‌ماه», «آذرماه»,
# as news writes it as often). English month names must be capitalised (“may”, “march” are
# also verbs).
_MONTH = rf"(?P<month>{_MONTH_ALT})(?:\u200c?ماه)?{_AFTER}"
_DAY_MONTH = re.compile(
    rf"{_BEFORE}{_DAY}\s+(?:of\s+)?(?:ماه\s+)?{_MONTH}\.?(?:,?\s+(?:ماه\s+)?(?:سال\s+)?{_YEAR}(?!\d))?", re.I)
_PATTERNS = [
    re.compile(rf"{_BEFORE}(?P<y>\d{{4}})[/\-.](?P<m>[01]?\d)[/\-.](?P<d>[0-3]?\d)(?!\d)", re.I),
    re.compile(rf"{_BEFORE}(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>\d{{4}})(?!\d)", re.I),
    _DAY_MONTH,
    re.compile(rf"{_BEFORE}{_MONTH}\.?\s+{_DAY_DIGITS}(?!\d|[.,]\d|\s*(?:%|percent|per\s+cent)){_AFTER}"
               rf"(?:,?\s+{_YEAR}(?!\d))?", re.I),
    re.compile(rf"{_BEFORE}(?:ماه\s+)?{_MONTH}\.?,?\s+(?:ماه\s+)?(?:سال\s+)?(?:of\s+)?{_YEAR}(?!\d)", re.I),
]
# A month named alone («تا پایان آذر», "by the end of Dey") is reported only after words
# that make it a time (or before «ماه»): many month names are also words or names (تیر
# "bullet", مهر "kindness", Mehr News, Azar). Elsewhere it only matches ("for July or
# August 2020"). Hijri months, May and «مه» never stand alone.
_BARE_MONTH = re.compile(rf"{_BEFORE}(?P<alone>{_MONTH_ALT})(?P<mah>[\s\u200c]*ماه)?{_AFTER}", re.I)
_BARE_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|from|until|till|since|through|during|early|late|mid|last|next|this|"
    r"(?:end|beginning|start|middle|month) of)[\s\-]+|"
    r"(?<![\w\u200c])(?:در|تا|از|پایان|اواخر|اوایل|اواسط|ابتدای|انتهای|نیمه|نیمه‌ی|طی|ماه)[\s\u200c]+)$", re.I)
# English coverage glosses the Iranian year, which begins on 20 or 21 March: "the current
# Iranian year, which started in March", "the year to March 2024", "1402 (March 2023 –
# March 2024)". Such a March is no date of the report: it matches, it is not reported.
_IRANIAN_YEAR_GLOSS_BEFORE = re.compile(
    r"(?:\byears?(?:\s+1[34]\d\d)?\s*[,(]?\s*(?:(?:which|that)\s+)?(?:(?:has|had|was)\s+)?"
    r"(?:start|begin|began|end|run|ran)\w*(?:\s+(?:on|in))?|"
    r"\byears?(?:\s+1[34]\d\d)?\s+(?:to|through|till|until|ending(?:\s+in)?)|"
    r"\b1[34]\d\d\s*\((?:\s*from)?|"
    r"\bMarch(?:\s+\d{1,2},?)?\s+\d{4}\s*(?:-|–|—|to|through|until))\s*(?:late\s+|mid-?)?$", re.I)
# ... and an Iranian month by the Gregorian day it ends on ("inflation in the month to
# Sept. 21"): Iranian months end on the 19th to 22nd.
_IRANIAN_MONTH_GLOSS_BEFORE = re.compile(r"\bmonths?\s+(?:to|through|till|until|ending|ended|that\s+ended)"
                                         r"(?:\s+(?:on|in))?\s*$", re.I)
_DIGIT = re.compile(r"\d")
_WEEKDAY = re.compile(rf"{_BEFORE}(?P<w>{'|'.join(sorted(WEEKDAYS_FA + WEEKDAYS_EN, key=len, reverse=True))}){_AFTER}", re.I)


@dataclass(frozen=True)
class DateMention:
    calendar: str  # jalali | gregorian | hijri
    year: int | None
    month: int
    day: int | None
    start: int
    end: int
    text: str
    match_only: bool = False  # the other day of "4 and 5 March": it matches, it is not reported
    gloss: bool = False  # an English gloss of the Iranian calendar ("the month to Sept. 21"): no date of its own

    def span(self, year: int | None = None, slack: bool = True) -> tuple[dt.date, dt.date] | None:
        """The Gregorian days this mention can mean (``year`` fills a missing one); a
        Hijri date two days either way (``slack``), as the tabular calendar is computed
        and the months begin when the moon is seen."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            first = to_gregorian(self.calendar, y, self.month, self.day or 1)
            last = (to_gregorian(self.calendar, y, self.month, self.day) if self.day
                    else to_gregorian(self.calendar, *_next_month(y, self.month)) - dt.timedelta(days=1))
        except ValueError:
            return None
        days = dt.timedelta(days=2 if slack and self.calendar == "hijri" else 0)
        return first - days, last + days

    def describe(self) -> str:
        span = self.span(slack=False)
        if span is None and self.year is not None:
            return f"{self.text} (no such date)"  # ۳۰ اسفند ۱۴۰۲: 1402 is no leap year
        if self.calendar == "gregorian" or span is None:
            return self.text
        first, last = span
        sign = "≈" if self.calendar == "hijri" else "="
        return f"{self.text} ({sign} {first})" if first == last else f"{self.text} ({sign} {first} … {last})"


def _next_month(year: int, month: int) -> tuple[int, int, int]:
    return (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)


def extract_dates(text: str) -> list[DateMention]:
    """Every date in ``text`` (day, month or month-and-year precision), left to right."""
    return list(_extract_dates(text))


@lru_cache(maxsize=8192)
def _extract_dates(text: str) -> tuple[DateMention, ...]:
    """Cached: a block's dates are read once to mask numbers and once to compare."""
    folded = prepare(text)
    found: list[DateMention] = []
    starts: list[int] = []  # of the mentions found, which never overlap, in order
    ends: list[int] = []
    # Every pattern but _DAY_MONTH («اول مهر») needs a digit; most sentences have none.
    for pattern in (_PATTERNS if _DIGIT.search(folded) else [_DAY_MONTH]) + [_BARE_MONTH]:
        for m in pattern.finditer(folded):
            k = bisect_left(starts, m.end())  # mentions from k on start after this match
            if k and ends[k - 1] > m.start():
                continue  # overlaps an earlier pattern's mention
            mention = _mention(m, text)
            if mention is not None:
                found.append(mention)
                starts.insert(k, mention.start)
                ends.insert(k, mention.end)
    coordinated = [_coordinated_days(f, folded, text) for f in found]
    found = [f for f, _ in coordinated] + [d for _, days in coordinated for d in days]
    return tuple(sorted(found, key=lambda f: f.start))


# the first day may have its ordinal ending, and the second its weekday ("Thursday 21 and Friday 22 November");
# not the day that ends a date in digits («از ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹», "2023-03-21 to 2024-03-19")
_DAY_BEFORE = re.compile(r"(?<![\d/\-.])([0-3]?\d)(?:st|nd|rd|th)?\s*(?:و|and|or|یا|تا|to|-|–|,|،)\s*"
                         rf"(?:(?:{'|'.join(WEEKDAYS_FA + WEEKDAYS_EN)})\s*,?\s*)?$", re.I)
_DAY_AFTER = re.compile(r"\s*(?:و|and|or|یا|تا|to|-|–|,|،)\s*([0-3]?\d)(?![\d/:]|\.\d)")  # matched where a date ends
_ENDS_WITH_DAY = re.compile(r"[^\W\d_]\.?\s*[0-3]?\d(?:st|nd|rd|th)?$")  # March 4, not 2024-03-04 or March 4, 2024
_YEAR_AFTER = re.compile(r",?\s+(\d{4})(?!\d)")  # "August 5 to 7, 2024": the year of both days


def _coordinated_days(mention: DateMention, folded: str, original: str) -> tuple[DateMention, list[DateMention]]:
    """The other days of «۴ و ۵ مارس», "March 4 and 5", "4-6 May": same month, other day.
    Each spans its day and the date it shares the month of, so that neither day is
    counted as a number of its own (۱۵ تا ۲۰ آبان is November 5 to 10). A year after the
    second day ("August 5 to 7, 2024") is both days'; ``mention`` is returned with it."""
    if mention.day is None or mention.match_only:
        return mention, []
    out = []
    before = search_before(_DAY_BEFORE, folded, mention.start)
    after = _DAY_AFTER.match(folded, mention.end) if _ENDS_WITH_DAY.search(mention.text) else None
    year = _YEAR_AFTER.match(folded, after.end(1)) if after and mention.year is None else None
    if year and 1 <= int(after.group(1)) <= 31:
        mention = replace(mention, year=int(year.group(1)))
    for m in (before, after):
        if m and 1 <= int(m.group(1)) <= 31:
            start, end = min(m.start(1), mention.start), max(year.end(1) if year and m is after else m.end(1),
                                                                mention.end)
            out.append(DateMention(mention.calendar, mention.year, mention.month, int(m.group(1)), start, end,
                                   original[start:end], match_only=True))
    return mention, out


def _mention(m: re.Match, original: str) -> DateMention | None:
    groups = m.groupdict()
    text = original[m.start():m.end()]
    if groups.get("alone"):
        return _month_alone(m, original, text)
    if groups.get("month"):
        word = groups["month"]
        if word[0].isascii() and not word[0].isupper():
            return None
        calendar, month = _MONTH_WORDS[word.lower()]
        day = int(groups["day"]) if groups.get("day") else None
        if day is not None and not word.isascii() and m.start("day") > m.start("month"):
            return None  # Persian puts the day first: «اردیبهشت ۳.۲ درصد» is a rate in Ordibehesht
        if groups.get("dayword"):
            if search_before(_NOT_A_DAY_BEFORE, original, m.start()):
                return None
            if groups["dayword"].isascii() and not re.search(r"\sof\s", text, re.I):
                return None  # the fifth of March; "the first March on Washington" is no date
            day = ordinal_value(groups["dayword"])
        year = int(groups["year"]) if groups.get("year") else None
        if day is None and year is None or (day is not None and not 1 <= day <= 31):
            return None
        if calendar == "hijri" and year is not None and not 1300 <= year < 1600:
            return None  # "Safar 2023": a name, not a month of the Hijri calendar
        if calendar == "gregorian" and word in ("مه", "می") and (
                year is None or (day is None and not 1900 <= year < 2100)):
            return None  # «می» and «مه» are common words: only a year makes them months («ماه مه ۲۰۲۴»)
        if text.endswith(word + ".") and word.lower() in GREGORIAN_MONTHS_EN:
            text = text[:-1]  # a full stop after a month's full name ends the sentence (Feb. is shortened)
        gloss = _glosses_the_iranian_year(calendar, month, day, original, m.start())
        return DateMention(calendar, year, month, day, m.start(), m.start() + len(text), text, gloss, gloss)
    year, month, day = int(groups["y"]), int(groups["m"]), int(groups["d"])
    calendar = "jalali" if 1300 <= year < 1500 else "gregorian" if 1800 <= year < 2200 else None
    if month > 12 and day <= 12 and m.start("d") < m.start("m"):
        day, month = month, day  # 12/13/2023: month first, as US English writes it
    if calendar is None or not (1 <= month <= 12 and 1 <= day <= 31):
        if calendar == "jalali" and m.start("y") < m.start("m") and 12 < month < 20 and 1 <= day <= 31:
            # ۱۴۰۲/۱۳/۰۱: a Jalali date with no such month, a slip worth showing
            return DateMention(calendar, year, month, day, m.start(), m.end(), text)
        return None
    return DateMention(calendar, year, month, day, m.start(), m.end(), text)


def _month_alone(m: re.Match, original: str, text: str) -> DateMention | None:
    """A month named without day or year: reported where :data:`_BARE_MONTH_BEFORE` or
    «ماه» makes it one, matched only elsewhere."""
    word = m.group("alone")
    calendar, month = _MONTH_WORDS[word.lower()]
    if calendar == "hijri" or word.lower() in ("may", "مه", "می") or (word[0].isascii() and not word[0].isupper()):
        return None
    a_time = bool(m.group("mah") or search_before(_BARE_MONTH_BEFORE, original, m.start()))
    gloss = _glosses_the_iranian_year(calendar, month, None, original, m.start())
    return DateMention(calendar, None, month, None, m.start(), m.end(), text, gloss or not a_time, gloss)


# A Jalali day, month and year, its conversion in brackets after it ("29 Esfand 1403
# (March 19, 2025)"): the conversion is a date to check, not a gloss of the year.
_JALALI_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+(?:" + "|".join(JALALI_MONTHS_LATIN) + r")\s+1[34]\d\d\s*\(\s*$", re.I)


def _glosses_the_iranian_year(calendar: str, month: int, day: int | None, original: str, start: int) -> bool:
    """Is this March (no day, or the 19th to 22nd) where the Iranian year begins or ends,
    as :data:`_IRANIAN_YEAR_GLOSS_BEFORE` reads it, or the end of an Iranian month
    (:data:`_IRANIAN_MONTH_GLOSS_BEFORE`)? Not the conversion of a Jalali day
    (:data:`_JALALI_DAY_BEFORE`)."""
    if calendar != "gregorian" or (day is not None and not 19 <= day <= 22):
        return False
    if day is not None and search_before(_JALALI_DAY_BEFORE, original, start) is not None:
        return False
    return ((month == 3 and search_before(_IRANIAN_YEAR_GLOSS_BEFORE, original, start) is not None)
            or (day is not None and search_before(_IRANIAN_MONTH_GLOSS_BEFORE, original, start) is not None))


def extract_weekdays(text: str) -> set[int]:
    folded = prepare(text).replace("سه شنبه", "سه‌شنبه").replace("پنج‌شنبه", "پنجشنبه").replace("پنج شنبه", "پنجشنبه")
    days = set()
    for m in _WEEKDAY.finditer(folded):
        word = m.group("w")
        if word[0].isascii() and not word[0].isupper():
            continue
        days.add((WEEKDAYS_FA + WEEKDAYS_EN).index(word.lower()) % 7)
    return days


def dates_agree(a: DateMention, b: DateMention) -> bool:
    """Do the two mentions share at least one day? A missing year is taken from the other.
    Two dates of one calendar are compared without the slack of a conversion."""
    slack = a.calendar != b.calendar
    for year_a, year_b in _year_pairs(a, b):
        span_a, span_b = a.span(year_a, slack), b.span(year_b, slack)
        if span_a and span_b and span_a[0] <= span_b[1] and span_b[0] <= span_a[1]:
            return True
    return False


def _key(d: DateMention) -> tuple:
    """What :func:`dates_agree` reads of a mention."""
    return d.calendar, d.year, d.month, d.day


@lru_cache(maxsize=4096)
def _keys_agree(a: tuple, b: tuple) -> bool:
    """:func:`dates_agree` of two mentions by their keys, cached: a long text names the
    same dates again and again, and each comparison converts calendars."""
    return dates_agree(DateMention(*a, 0, 0, ""), DateMention(*b, 0, 0, ""))


def _year_pairs(a: DateMention, b: DateMention):
    if a.year is not None and b.year is not None:
        return [(None, None)]
    if a.year is None and b.year is None:
        # Compare both within the same stretch of time: try a few recent years, and each
        # year of another calendar that overlaps one (22 Bahman falls in February of the
        # Jalali year's second Gregorian year).
        years = (2020, 2021, 2022, 2023, 2024)
        if a.calendar == b.calendar:
            return [(_calendar_year(a.calendar, y),) * 2 for y in years]
        return [(year_a, year_b) for y in years
                for year_a in _calendar_years(a.calendar, y) for year_b in _calendar_years(b.calendar, y)]
    known, unknown = (a, b) if a.year is not None else (b, a)
    span = known.span()
    if span is None:
        return []
    years = {_calendar_year(unknown.calendar, d.year) + k for d in span for k in (-1, 0, 1)}
    return [(None, y) if known is a else (y, None) for y in sorted(years)]


def _calendar_years(calendar: str, gregorian_year: int) -> tuple[int, ...]:
    """The years of ``calendar`` that share days with a Gregorian year: a Jalali year runs
    from March to March, a Hijri-qamari year is eleven days shorter than the sun's."""
    year = _calendar_year(calendar, gregorian_year)
    return {"jalali": (year - 1, year), "hijri": (year - 1, year, year + 1)}.get(calendar, (year,))


def _calendar_year(calendar: str, gregorian_year: int) -> int:
    if calendar == "jalali":
        return gregorian_year - 621
    if calendar == "hijri":
        return round((gregorian_year - 622) * 33 / 32)
    return gregorian_year


def date_anchors(sentences: list[str]) -> list[tuple[dt.date, ...]]:
    """For each sentence, the days a date without a year in it most likely falls near:
    the first day of the last date with a year in the sentences before it («۲۸ دی» after
    «۲۶ دی ۱۴۰۳» is in 1403), and the latest such day where that is another (an obituary
    of 2024 that gives the birth date, 1938, before "the funeral on Tuesday, 10
    December"); none before the first."""
    anchors: list[tuple[dt.date, ...]] = []
    last = latest = None
    for text in sentences:
        anchors.append(() if last is None else (last,) if latest == last else (last, latest))
        for d in extract_dates(text):
            if d.year is not None and (span := d.span()):
                last = span[0]
                latest = max(latest or last, last)
    return anchors


def _anchored(mentions: list[DateMention], anchor: dt.date | None) -> list[DateMention]:
    """The mentions, each one without a year given the year that puts it nearest the last
    date with a year before it (``anchor``, or an earlier mention of the same text)."""
    out = []
    for d in mentions:
        if d.year is not None:
            span = d.span()
            anchor = span[0] if span else anchor
        elif anchor is not None:
            near = _calendar_year(d.calendar, anchor.year)
            spans = [(abs((span[0] - anchor).days), y) for y in (near - 1, near, near + 1) if (span := d.span(y))]
            d = replace(d, year=min(spans)[1]) if spans else d
        out.append(d)
    return out


def _unmatched(mentions: list[tuple[DateMention, DateMention]], others: dict[tuple, bool],
               coordinated: bool = False) -> list[DateMention]:
    """The mentions, as written and anchored, that no key pair of ``others`` (each with
    whether it is a gloss) agrees with; each reported in its anchored year where the
    other side names none. A mention of a day is matched by the other side's days where
    it names any but glosses (then by its glosses' days too): a month («رمضان ۱۴۴۵») does
    not vouch for a day in it that the other side gives otherwise. With ``coordinated``, the other days of a range or
    list (:func:`_coordinated_days`) instead, which only match otherwise."""
    dated = any(other[1] is not None for other, _ in others)
    # a gloss's day counts among the days only beside a day of the other side's own
    # ("from 21 March 2023 to 19 March 2024" for «۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹»)
    days = ([k for k in others if k[0][3] is not None]
            if any(k[0][3] is not None and not glossed for k, glossed in others.items()) else list(others))
    return [d if dated else a for d, a in mentions
            if (d.match_only and not d.gloss and d.day if coordinated else not d.match_only)
            and not any(_agree(*mine, *k) for mine in _readings(d, a) for k in (days if d.day else others))]


_DAY_MONTH_DIGITS = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{4}")


def _readings(d: DateMention, anchored: DateMention) -> list[tuple[tuple, tuple]]:
    """The keys of a mention as written and anchored; and, for a date in digits whose day
    and month could be either way round (12/6/2023: 12 June, or 6 December as the US
    writes it), of the other reading too."""
    keys = [(_key(d), _key(anchored))]
    if d.day and d.day <= 12 and d.day != d.month and _DAY_MONTH_DIGITS.fullmatch(prepare(d.text)):
        keys.append(tuple((k.calendar, k.year, k.day, k.month) for k in (d, anchored)))
    return keys


def _agree(key: tuple, anchored: tuple, other: tuple, other_anchored: tuple) -> bool:
    """Do two mentions agree, given as their keys as written and with anchored years
    (:func:`_anchored`)? Where neither names a year, in the year either is anchored in
    (the other borrowing it): each is put nearest the anchor apart, and an Esfand and a
    March half a year after it may fall on either side of it. Else as written."""
    if key[1] is None and other[1] is None and anchored[1] is not None and other_anchored[1] is not None:
        return any(_keys_agree(*pair) for pair in ((anchored, other_anchored), (anchored, other), (key, other_anchored)))
    return _keys_agree(key, other)


def _keys(mentions: list[tuple[DateMention, DateMention]]) -> dict[tuple, bool]:
    """The key pairs of the mentions (:func:`_readings`), each with whether it is only a
    gloss of the Iranian calendar; as dict keys, since a long text repeats its dates."""
    keys: dict[tuple, bool] = {}
    for d, a in mentions:
        for k in _readings(d, a):
            keys[k] = keys.get(k, True) and d.gloss
    return keys


def _falls_on(d: DateMention, weekdays: set[int]) -> bool:
    """Is ``d`` one day, on one of ``weekdays``?"""
    span = d.span(slack=False)
    return span is not None and span[0] == span[1] and span[0].weekday() in weekdays


def _names_a_day(dates: list[DateMention]) -> bool:
    return any(d.day is not None and not d.gloss for d in dates)


def _dates_said(mentions: list[tuple[DateMention, DateMention]]) -> bool:
    return any(not d.gloss for d, _ in mentions)


_YEAR_NUMBER = re.compile(r"(?<![\d.,/])(1[34]\d\d|1[89]\d\d|20\d\d)(?![\d%٪]|[.,/]\d)")


def _in_a_year_of(date: DateMention, text: str) -> bool:
    """Does ``text`` write a year (Jalali or Gregorian) that ``date`` falls in?"""
    span = date.span(slack=False)
    if span is None:
        return False
    for m in _YEAR_NUMBER.finditer(prepare(text)):
        year = int(m.group(1))
        first, last = jalali_year_days(year) if year in JALALI_YEARS else (dt.date(year, 1, 1), dt.date(year, 12, 31))
        if first <= span[0] and span[1] <= last:
            return True
    return False


def _full_dates(mentions: list[tuple[DateMention, DateMention]]) -> list[DateMention]:
    """The mentions (as written, anchored) that give a day, a month and a year."""
    return [d for d, _ in mentions if d.day is not None and d.year is not None and not (d.gloss or d.match_only)]


def date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the dates, so that numbers inside them are not counted twice."""
    return [(d.start, d.end) for d in extract_dates(text)]


def _unmatched_near(src_dates: list[DateMention], tgt_dates: list[DateMention], anchor: dt.date | None,
                    dropped: bool = True) -> tuple[list[DateMention], list[DateMention]]:
    """The dates of each side that no date of the other agrees with, near ``anchor``; with
    ``dropped``, also the full dates of a side whose other side gives no date at all."""
    src = list(zip(src_dates, _anchored(src_dates, anchor)))
    tgt = list(zip(tgt_dates, _anchored(tgt_dates, anchor)))
    # as dict keys: a long text repeats its dates. A side that gives no date of its own
    # (only glosses such as "the year to March", or none) leaves the other's unreported,
    # but for a full date (day, month and year) where it gives none at all.
    src_only = _unmatched(src, _keys(tgt)) if _dates_said(tgt) else _full_dates(src) if dropped and not tgt else []
    tgt_only = _unmatched(tgt, _keys(src)) if _dates_said(src) else _full_dates(tgt) if dropped and not src else []
    # the first day of a range is reported where each side has one the other lacks («۲۵
    # تا ۳۰ شهریور» against "20 to 30 Shahrivar", a probe's); alone it only matches, as
    # a translation may give a range by its end ("by 30 Shahrivar")
    src_days, tgt_days = _unmatched(src, _keys(tgt), True), _unmatched(tgt, _keys(src), True)
    if src_days and tgt_days:
        src_only, tgt_only = src_only + src_days, tgt_only + tgt_days
    # and the other day of a range is named where the other side has a date of its own
    # left over: «۱۵ تا ۱۷ مارس» against "March 15 to 18" has 17 against 18
    elif src_only and not tgt_only:
        tgt_only = tgt_days
    elif tgt_only and not src_only:
        src_only = src_days
    return src_only, tgt_only


def unmatched_dates(source: str, target: str, source_anchors: tuple[dt.date, ...] = (),
                    target_anchors: tuple[dt.date, ...] = (), dropped: bool = True
                    ) -> tuple[list[DateMention], list[DateMention], set[int], set[int]]:
    """Dates of each side with no agreeing date on the other side, and weekdays on one side only.

    Two dates without a year are compared in the years nearest the last dated mention
    before each: earlier in its text, or else in the sentences before the block
    (``source_anchors``, or ``target_anchors`` where the source has none: the same for
    both sides, so that a date of the past that one side adds, "the 2003 earthquake",
    moves neither; see :func:`date_anchors`); with no anchor, in a few recent years. Of
    several anchors (the last date and the latest), a date is reported only where it
    agrees in none. A date without a year against one with a year borrows that year.
    Weekdays are only compared when both sides name one; a date whose weekday is named
    on the other side counts as that weekday. With ``dropped`` (translation mode), a full
    date one side gives where the other gives none is reported too; coverage, which
    rearranges and shortens, often leaves it to another sentence.
    """
    src_dates, tgt_dates = extract_dates(source), extract_dates(target)
    results = [_unmatched_near(src_dates, tgt_dates, anchor, dropped)
               for anchor in source_anchors or target_anchors or (None,)]
    src_only, tgt_only = ([d for d in results[-1][side]  # as dated near the latest anchor
                           if all((d.start, d.end) in {(e.start, e.end) for e in other[side]} for other in results[:-1])]
                          for side in (0, 1))
    wd_src, wd_tgt = extract_weekdays(source), extract_weekdays(target)
    # a day the other side gives by its weekday alone, naming no day of its own: "the bank
    # said on Sunday" for «روز یکشنبه ۱۵ مهر ۱۴۰۳», as English news does
    src_only = [d for d in src_only if _names_a_day(tgt_dates) or not _falls_on(d, wd_tgt)]
    tgt_only = [d for d in tgt_only if _names_a_day(src_dates) or not _falls_on(d, wd_src)]
    # nor a full date the target gives where the source gives its year alone («از ابتدای
    # سال ۱۴۰۲» for "since March 21, 2023", a probe's): the translation is more precise, not
    # wrong; a source's full date the target gives by its year alone loses the day, and stays
    tgt_only = [d for d in tgt_only if src_dates or not _in_a_year_of(d, source)]
    if not (wd_src and wd_tgt):
        return src_only, tgt_only, set(), set()
    return src_only, tgt_only, wd_src - wd_tgt, wd_tgt - wd_src
