"""Dates written on news pages, Jalali or Gregorian, to ISO Gregorian dates.

Persian pages date their reports in the Jalali calendar (``۲۵ مهر ۱۴۰۴``,
``1404/07/25``), often beside the Hijri lunar date and the Gregorian one; English pages
write ``Friday 2025/10/17``, ``17 October 2025`` or ``Oct. 17, 2025``. All become
``YYYY-MM-DD`` (Gregorian) so that a Persian report and its English coverage can be
matched by date. Numeric years below 1300 or between 1440 and 1900 are not read as
Jalali or Gregorian (the latter are Hijri lunar years). Day-month order in numeric
``DD/MM/YYYY`` dates follows the international order unless the first number cannot be
a month.

Functions work on the matching form of :func:`bilingua.clean.key` (ASCII digits,
lower case, Persian letters folded).
"""

from __future__ import annotations

import re
from datetime import date

from .calendars import GREGORIAN_MONTHS_FA, HIJRI_MONTHS, JALALI_MONTHS, to_gregorian

_EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_EN_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")


def _matching(name: str) -> str:
    """A month's spelling in the matching form: a ZWNJ becomes a space, as in ``furniture.key``."""
    return name.replace("\u200c", " ")


def _spellings(names: list[str]) -> list[str]:
    """Patterns of month spellings, longest first, a space standing for a ZWNJ or nothing."""
    return sorted({re.escape(_matching(n)).replace(r"\ ", " ?") for n in names}, key=len, reverse=True)


_FA_GREG_LOOKUP = {_matching(name): i + 1 for i, names in enumerate(GREGORIAN_MONTHS_FA) for name in names}
_FA_GREG = "(" + "|".join(sorted(_FA_GREG_LOOKUP, key=len, reverse=True)) + ")"
_JALALI = "(" + "|".join(JALALI_MONTHS) + ")"
_HIJRI_MONTHS = "(?:" + "|".join(_spellings([s for month in HIJRI_MONTHS for s in month])) + ")"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)")),
    ("d_mon_y", re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _EN_MONTH + r",?\s+(\d{4})(?!\d)")),
    ("mon_d_y", re.compile(_EN_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")),
    ("d_jalali_y", re.compile(r"(?<!\d)(\d{1,2})\s*" + _JALALI + r"(?:\s*ماه)?\s*,?\s*(\d{4})(?!\d)")),
    ("d_fagreg_y", re.compile(r"(?<!\d)(\d{1,2})\s*" + _FA_GREG + r"\s*,?\s*(\d{4})(?!\d)")),
    ("hijri", re.compile(r"(?<!\d)(\d{1,2})\s*" + _HIJRI_MONTHS + r"\s*,?\s*(\d{4})(?!\d)")),
]
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)\s*(am|pm|a\.m\.|p\.m\.|ق\.ظ|ب\.ظ)?")
_RELATIVE = re.compile(r"(?:\d+|an?|one|یک)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
                       r"years?|ثانیه|دقیقه|ساعت|روز|هفته|ماه|سال)\s*(?:ago|پیش|قبل)")
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|last updated|posted|modified|created|date|time|on|at|local time|"
    r"(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|irst|irdt|est|edt|et|pt|ct|bst|cet|cest|tehran time|"
    r"am|pm|today|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b"
    r"|تاریخ انتشار|تاریخ|انتشار|آخرین به روز ?رسانی|به روز ?رسانی|بروز ?رسانی|منتشر شده|"
    r"منتشر شد|ساعت|روز|امروز|دیروز|به وقت تهران|یکشنبه|دوشنبه|سه ?شنبه|چهارشنبه|پنج ?شنبه|شنبه|جمعه|"
    r"صبح|عصر|ظهر|بعد ?از ?ظهر|شب|ق\.ظ|ب\.ظ|ه\.ش|هجری شمسی|شمسی|میلادی|قمری"
)
_LEFTOVER = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")


def _ymd(calendar: str, y: int, m: int, d: int) -> date | None:
    try:
        return to_gregorian(calendar, y, m, d)
    except (ValueError, OverflowError):
        return None


def _calendar_of_year(y: int) -> str | None:
    if 1300 <= y < 1440:
        return "jalali"
    if 1900 <= y <= 2200:
        return "gregorian"
    return None


def _month(name: str) -> int:
    return _EN_MONTHS.index(name[:3]) + 1


def parse_match(kind: str, m: re.Match) -> tuple[date, str] | None:
    """Turn one match of :data:`_PATTERNS` into a Gregorian date and the calendar it was in."""
    g = m.groups()
    if kind == "hijri":
        return None
    if kind == "ymd":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif kind == "dmy":
        a, b, y = int(g[0]), int(g[1]), int(g[2])
        d, mo = (b, a) if b > 12 >= a else (a, b)
    elif kind == "d_mon_y":
        d, mo, y = int(g[0]), _month(g[1]), int(g[2])
    elif kind == "mon_d_y":
        mo, d, y = _month(g[0]), int(g[1]), int(g[2])
    elif kind == "d_jalali_y":
        d, mo, y = int(g[0]), JALALI_MONTHS.index(g[1]) + 1, int(g[2])
        return (found, "jalali") if 1300 <= y < 1500 and (found := _ymd("jalali", y, mo, d)) else None
    else:
        d, mo, y = int(g[0]), _FA_GREG_LOOKUP[g[1]], int(g[2])
    calendar = _calendar_of_year(y)
    if calendar is None:
        return None
    found = _ymd(calendar, y, mo, d)
    return (found, calendar) if found else None


def find_dates(text: str) -> list[dict]:
    """Every readable date in ``text`` (matching form), in order of appearance."""
    hits = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            parsed = parse_match(kind, m)
            if parsed:
                hits.append((m.start(), {"date": parsed[0].isoformat(), "calendar": parsed[1],
                                         "date_text": m.group(0)}))
    return [h for _, h in sorted(hits, key=lambda h: h[0])]


def is_date_text(text: str) -> bool:
    """True when ``text`` says nothing but a date, a time or how long ago something was."""
    rest, n = text, 0
    # Every pattern but _RELATIVE ("a day ago") needs a digit: without one, the rest cannot match.
    patterns = [*(pattern for _, pattern in _PATTERNS), _TIME] if _DIGIT.search(text) else []
    for pattern in (*patterns, _RELATIVE):
        rest, k = pattern.subn(" ", rest)
        n += k
    if not n:
        return False
    rest = _DATE_WORDS.sub(" ", rest)
    return not _LEFTOVER.sub("", rest)


def first_date(texts) -> dict | None:
    """The first date in any of ``texts`` (raw lines), with its time when one is given."""
    from .furniture import key

    for text in texts:
        k = key(text)
        found = find_dates(k)
        if found:
            result = dict(found[0])
            t = _TIME.search(k)
            if t:
                h = int(t.group(1)) % 12 + (12 if (t.group(3) or "") in ("pm", "p.m.", "ب.ظ") else 0) \
                    if t.group(3) else int(t.group(1))
                if h < 24 and int(t.group(2)) < 60:
                    result["time"] = f"{h:02d}:{t.group(2)}"
            return result
    return None
