"""Month and weekday names of the Jalali, Gregorian and Hijri-qamari calendars, and
conversion to Gregorian dates: shared by the dates of news pages
(:mod:`bilingua.pagedates`) and the date check of ``compare`` (:mod:`bilingua.compare.dates`).

Each month is a list of its spellings (with a zero-width non-joiner, a space or
neither where Persian writes all three).
"""

from __future__ import annotations

import datetime as dt

JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
JALALI_MONTHS_LATIN = ["farvardin", "ordibehesht", "khordad", "tir", "mordad", "shahrivar",
                       "mehr", "aban", "azar", "dey", "bahman", "esfand"]
GREGORIAN_MONTHS_FA = [["ژانویه", "ژانویهٔ", "ژانویه‌ی"], ["فوریه"], ["مارس"], ["آوریل", "اوریل"], ["مه", "می"], ["ژوئن"],
                       ["ژوئیه", "جولای"], ["اوت", "آگوست", "اگوست"], ["سپتامبر"], ["اکتبر"], ["نوامبر"], ["دسامبر"]]
GREGORIAN_MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december"]
HIJRI_MONTHS = [["محرم"], ["صفر"], ["ربیع‌الاول", "ربیع الاول"], ["ربیع‌الثانی", "ربیع الثانی", "ربیع‌الآخر"],
                ["جمادی‌الاول", "جمادی الاول", "جمادی‌الاولی"], ["جمادی‌الثانی", "جمادی الثانی", "جمادی‌الآخر"],
                ["رجب"], ["شعبان"], ["رمضان"], ["شوال"], ["ذی‌القعده", "ذیقعده", "ذی القعده"],
                ["ذی‌الحجه", "ذیحجه", "ذی الحجه"]]
# Hijri months as English texts spell them; an apostrophe may also be written ’.
HIJRI_MONTHS_LATIN = [
    ["muharram", "moharram"], ["safar"],
    ["rabi al-awwal", "rabi' al-awwal", "rabi ul-awwal", "rabi' ul-awwal", "rabi al-avval"],
    ["rabi al-thani", "rabi' al-thani", "rabi al-akhir", "rabi' al-akhir", "rabi ul-akhir", "rabi al-sani"],
    ["jumada al-awwal", "jumada al-ula", "jumada al-oula", "jamadi al-awwal"],
    ["jumada al-thani", "jumada al-akhirah", "jumada al-akhira", "jamadi al-thani"],
    ["rajab"], ["shaban", "sha'ban", "shaaban"], ["ramadan", "ramazan", "ramadhan"], ["shawwal"],
    ["dhu al-qadah", "dhu al-qa'dah", "dhul-qadah", "dhu'l-qa'dah", "dhu al-qidah", "zul-qadah", "zilqadah"],
    ["dhu al-hijjah", "dhu al-hijja", "dhul-hijjah", "dhu'l-hijjah", "zul-hijjah", "zilhajj"],
]
# Monday = 0, as in datetime.weekday()
WEEKDAYS_FA = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


#: The Jalali years a bare number in news may be (1300–1499, which overlap 1921–2121).
JALALI_YEARS = range(1300, 1500)


def gregorian_years_of_jalali(year: int) -> tuple[int, int]:
    """The two Gregorian years a Jalali year overlaps: it begins at the March equinox."""
    return year + 621, year + 622


def jalali_year_days(year: int) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian days of a Jalali year (1402: 2023-03-21 and 2024-03-19)."""
    return to_gregorian("jalali", year, 1, 1), to_gregorian("jalali", year + 1, 1, 1) - dt.timedelta(days=1)


def to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a ``jalali``, ``gregorian`` or ``hijri`` date; ValueError
    when there is no such day."""
    if calendar == "gregorian":
        return dt.date(year, month, day)
    if calendar == "jalali":
        import jdatetime

        return jdatetime.date(year, month, day).togregorian()
    return _hijri_to_gregorian(year, month, day)


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The tabular Islamic calendar (30-year cycle), counted in Julian days."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError("not a Hijri date")
    jd = day + (29.5 * (month - 1) + 0.5) // 1 + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439.5 - 1
    return dt.date.fromordinal(int(jd - 1721424.5))
