import datetime as dt

from bilingua.compare.dates import date_anchors, extract_dates, extract_weekdays, unmatched_dates


def test_jalali_date_converts_to_gregorian():
    (d,) = extract_dates("روز ۱۵ فروردین ۱۴۰۳ وارد شد")
    assert d.calendar == "jalali" and d.span() == (dt.date(2024, 4, 3), dt.date(2024, 4, 3))
    (d,) = extract_dates("تاریخ ۱۴۰۳/۰۱/۱۵")
    assert d.span() == (dt.date(2024, 4, 3), dt.date(2024, 4, 3))


def test_jalali_month_covers_its_gregorian_days():
    (d,) = extract_dates("در مهر ۱۴۰۲")
    assert d.span() == (dt.date(2023, 9, 23), dt.date(2023, 10, 22))


def test_english_forms():
    found = extract_dates("On April 3, 2024, and 3 April 2024, in November 2023 and on 2024-04-03.")
    assert [d.span()[0] for d in found] == [dt.date(2024, 4, 3), dt.date(2024, 4, 3), dt.date(2023, 11, 1),
                                           dt.date(2024, 4, 3)]


def test_lowercase_may_and_march_are_not_months():
    assert extract_dates("prices may 2024 rise; they march 12 miles") == []


def test_hijri_date_within_two_days():
    (d,) = extract_dates("۱۰ محرم ۱۴۴۵")
    first, last = d.span()
    assert first <= dt.date(2023, 7, 28) <= last


def test_agreeing_dates_are_not_reported():
    assert unmatched_dates("روز چهارشنبه ۱۵ فروردین ۱۴۰۳", "on Wednesday, April 3, 2024") == ([], [], set(), set())
    assert unmatched_dates("در مهر ۱۴۰۲", "in October 2023") == ([], [], set(), set())
    assert unmatched_dates("۱۵ فروردین", "April 3") == ([], [], set(), set())


def test_mismatched_month_is_reported():
    src, tgt, _, _ = unmatched_dates("سفر قبلی در مهر ۱۴۰۲ بود", "The previous visit was in November 2023.")
    assert [d.text for d in src] == ["مهر ۱۴۰۲"] and [d.text for d in tgt] == ["November 2023"]


def test_an_english_ordinal_in_words_names_the_day_before_of():
    (d,) = extract_dates("on the twenty-first of June 2024")
    assert (d.day, d.month, d.year) == (21, 6, 2024)
    assert [d.day for d in extract_dates("the third of May 2020 and the twenty third of June")] == [3, 23]
    src, tgt, _, _ = unmatched_dates("در ۱۵ مارس", "on the fifth of March")
    assert [d.text for d in src] == ["۱۵ مارس"] and [d.text for d in tgt] == ["fifth of March"]
    assert all(d.day is None for d in extract_dates("the first March on Washington"))


def test_a_month_named_alone_is_compared_where_it_names_a_time():
    src, tgt, _, _ = unmatched_dates("بررسی لایحه تا پایان آذر تمام می‌شود", "the review ends by the end of Dey")
    assert [d.text for d in src] == ["آذر"] and [d.text for d in tgt] == ["Dey"]
    assert unmatched_dates("تورم در مهر ماه", "inflation in the month of Mehr")[:2] == ([], [])
    assert unmatched_dates("تا پایان آذر", "by the end of December")[:2] == ([], [])  # آذر ends 21 December
    # elsewhere a month word only matches: July after "for", the other day of a range
    assert unmatched_dates("آزمایش در جولای یا آگوست 2020 اجرا می‌شود", "testing planned for July or August 2020")[:2] \
        == ([], [])
    # a month name that is also a word or a name is never reported without a time word before it
    assert [d.match_only for d in extract_dates("اصابت تیر به خبرنگار خبرگزاری مهر")] == [True, True]
    assert [d.match_only for d in extract_dates("according to Mehr, Azar said")] == [True, True]
    assert unmatched_dates("به گزارش مهر در ۱۲ مرداد", "Azar said on 3 August")[:2] == ([], [])


def test_a_date_without_a_year_is_taken_in_the_year_of_the_dates_before_it():
    # «۲۸ دی» is 18 January in 1402 but 17 January in 1403: without a year both agree
    assert unmatched_dates("امضا در ۲۸ دی", "signed on January 18")[:2] == ([], [])
    anchors = date_anchors(["سفر روز ۲۶ دی ۱۴۰۳ آغاز شد.", "بدون تاریخ", "امضا در ۲۸ دی"])
    assert anchors == [(), (dt.date(2025, 1, 15),), (dt.date(2025, 1, 15),)]
    src, tgt, _, _ = unmatched_dates("امضا در ۲۸ دی", "signed on January 18", anchors[2])
    assert [d.describe() for d in src] == ["۲۸ دی (= 2025-01-17)"] and [d.text for d in tgt] == ["January 18"]
    assert unmatched_dates("امضا در ۲۸ دی", "signed on January 17", anchors[2])[:2] == ([], [])
    # a date with a year earlier in the same text anchors the ones after it
    src, _, _, _ = unmatched_dates("از ۲۶ دی ۱۴۰۳ تا ۲۸ دی", "from 15 January 2025 to 18 January")
    assert [d.text for d in src] == ["۲۸ دی"]
    # one anchor for both sides: a date of the past the English alone names before moves nothing
    assert unmatched_dates("در ۲۳ آبان", "on November 14", (dt.date(2023, 11, 14),), (dt.date(2003, 12, 26),))[:2] == ([], [])
    # against a date with a year, one without takes that year (and is reported as written)
    src, _, _, _ = unmatched_dates("امضا در ۲۸ دی", "signed on January 18, 2025", (dt.date(2004, 1, 1),))
    assert [d.describe() for d in src] == ["۲۸ دی"]
    # the nearest year: «۱۰ فروردین» after a date in Esfand 1402 is in 1403 (29 March 2024)
    anchor = date_anchors(["۲۵ اسفند ۱۴۰۲", ""])[1]
    assert unmatched_dates("در ۱۰ فروردین", "on March 29", anchor)[:2] == ([], [])
    assert [d.text for d in unmatched_dates("در ۱۰ فروردین", "on March 30", anchor)[0]] == ["۱۰ فروردین"]


def test_weekdays_compared_when_both_sides_name_one():
    assert extract_weekdays("روز سه شنبه و پنج‌شنبه") == {1, 3}
    assert unmatched_dates("روز چهارشنبه", "on Tuesday")[2:] == ({2}, {1})
    assert unmatched_dates("روز چهارشنبه", "on the same day")[2:] == (set(), set())


def test_coordinated_days_share_their_month():
    from bilingua.compare.dates import unmatched_dates

    assert unmatched_dates("در تاریخ‌های ۴ و ۵ مارس اعلام شد.",
                           "announced on March 4 and 5 respectively")[:2] == ([], [])
    _, target_only, _, _ = unmatched_dates("در ۵ مارس اعلام شد.", "announced on March 4 and 5")
    assert [d.text for d in target_only] == ["March 4"]
    # the second day may carry its weekday, the first its ordinal ending
    persian = "برای روزهای پنجشنبه و جمعه ۱ و ۲ آذر ۱۴۰۳ هشدار صادر شد."
    for english in ("A warning was issued for Thursday 21 and Friday 22 November.",
                    "A warning was issued for the 21st and 22nd November."):
        assert sorted(d.day for d in extract_dates(english)) == [21, 22], english
        assert unmatched_dates(persian, english)[:2] == ([], [])


def test_a_range_of_days_is_one_date_in_either_calendar_not_two_numbers():
    from bilingua.compare.numbers import unmatched_numbers

    persian = "او از ۱۵ تا ۲۰ آبان ۱۴۰۳ در تهران بود."
    for english, reported in (("He was there from November 5 to 10, 2024.", []),
                              ("He was there from November 5 to 12, 2024.", ["۲۰ آبان ۱۴۰۳"])):
        source_only, _, _, _ = unmatched_dates(persian, english)
        assert [d.text for d in source_only] == reported
        # the days, converted, are no numbers of their own: 15 is not reported against 10
        assert unmatched_numbers(persian, english, [(d.start, d.end) for d in extract_dates(persian)],
                                 [(d.start, d.end) for d in extract_dates(english)]) == ([], [])
    # a full stop after a month's full name ends the sentence, and so the day before it is read
    assert unmatched_dates("او ۴ و ۵ مارس آمد.", "He came on March 4 and 5.")[:2] == ([], [])
    assert [d.text for d in extract_dates("He came on 4-6 March.")] == ["4-6 March", "6 March"]


def test_mah_joined_to_a_month_is_part_of_it():
    (d,) = extract_dates("روز ۲۰ آبان‌ماه ۱۴۰۳")
    assert d.span() == (dt.date(2024, 11, 10), dt.date(2024, 11, 10))
    assert unmatched_dates("او روز ۲۰ آبان‌ماه ۱۴۰۳ آمد.", "He came on November 10, 2024.")[:2] == ([], [])
    # ... written without the non-joiner, as news often has it: the day was a stray number
    (d,) = extract_dates("در ۱۸ آذرماه")
    assert (d.calendar, d.month, d.day, d.text) == ("jalali", 9, 18, "۱۸ آذرماه")
    assert unmatched_dates("لایحه در ۱۸ آذرماه ۱۴۰۲ تقدیم شد.", "The bill was submitted on December 9, 2023.")[:2] == (
        [], [])
    assert len(unmatched_dates("از ۱۰ خردادماه ۱۴۰۳ اجرا شد.", "It took effect on May 31, 2024.")[0]) == 1


def test_a_spelled_persian_ordinal_names_the_day():
    (d,) = extract_dates("حکم در اول اکتبر ۲۰۱۸ صادر می‌شود")
    assert d.span() == (dt.date(2018, 10, 1), dt.date(2018, 10, 1))
    (d,) = extract_dates("در بیست و دوم بهمن ۱۴۰۲")
    assert d.span()[0] == dt.date(2024, 2, 11)
    (d,) = extract_dates("در نیمه اول اکتبر")  # the first half of October, not its first day
    assert d.day is None and d.month == 10
    assert unmatched_dates("حکم در اول اکتبر است", "the ruling on 1 October")[:2] == ([], [])
    assert unmatched_dates("حکم در اول اکتبر است", "the ruling on 4 October")[1][0].day == 4
    (d,) = extract_dates("در بیست‌ودوم بهمن ۱۴۰۲")  # joined by a zero-width non-joiner
    assert d.day == 22 and d.span()[0] == dt.date(2024, 2, 11)


def test_dates_without_a_year_agree_across_the_turn_of_the_gregorian_year():
    # Bahman and Dey fall in the Gregorian year after the one their Jalali year began in
    assert unmatched_dates("راهپیمایی بیست و دوم بهمن", "the march on February 11")[:2] == ([], [])
    assert unmatched_dates("روز ۱۱ دی", "on January 1")[:2] == ([], [])
    src, tgt, _, _ = unmatched_dates("راهپیمایی ۲۲ بهمن", "the march on February 14")
    assert [d.day for d in src] == [22] and [d.day for d in tgt] == [14]


def test_one_table_of_month_spellings_serves_compare_and_page_dates():
    from bilingua.furniture import key
    from bilingua.pagedates import find_dates

    (d,) = extract_dates("۵ اگوست ۲۰۲۴")  # a spelling pages knew and compare did not
    assert d.span() == (dt.date(2024, 8, 5), dt.date(2024, 8, 5))
    assert find_dates(key("۱۲ ژانویه‌ی ۲۰۲۴"))[0]["date"] == "2024-01-12"  # and the reverse


def test_a_text_full_of_dates_is_read_whole():
    """Thousands of dates in one text (a table pasted as one line): every one is read, the
    coordinated days too, and the two sides are compared date by date. (This took minutes
    when each date searched the whole text before it and every pair of dates was converted.)"""
    persian = "۴ و ۵ مارس ۲۰۲۴ و نیز ۱۴۰۳/۰۱/۱۵ است. " * 2000
    english = "March 4 and 5, 2024 and 3 April 2024. " * 1999 + "March 4 and 5, 2024 and 9 April 2024."
    dates = extract_dates(persian)
    assert len(dates) == 6000 and sum(d.match_only for d in dates) == 2000
    src_only, tgt_only = unmatched_dates(persian, english)[:2]
    assert src_only == [] and [d.describe() for d in tgt_only] == ["9 April 2024"]


def test_hijri_months_in_latin_script_are_dates():
    (d,) = extract_dates("The Ashura ceremony was held on 12 Muharram 1445.")
    assert (d.calendar, d.day, d.month, d.year) == ("hijri", 12, 1, 1445)
    found = extract_dates("on Dhu al-Hijjah 9, 1445 and on 1 Rabi’ al-Awwal 1446")
    assert [(d.year, d.month, d.day) for d in found] == [(1445, 12, 9), (1446, 3, 1)]
    src, tgt, _, _ = unmatched_dates("روز ۱۰ محرم ۱۴۴۵", "on 12 Muharram 1445")
    assert [d.describe() for d in src] == ["۱۰ محرم ۱۴۴۵ (≈ 2023-07-28)"] and [d.text for d in tgt] == ["12 Muharram 1445"]
    assert unmatched_dates("روز ۱۰ محرم ۱۴۴۵", "on 10 Muharram 1445")[:2] == ([], [])
    assert extract_dates("during Ramadan") == [] and extract_dates("Safar 2023 rally") == []


def test_a_day_is_matched_by_a_day_where_the_other_side_names_one():
    # Ramadan 1445 spans March 11 to April 9, 2024: it does not vouch for March 22 when
    # the Persian gives the day itself (۲۲ اسفند ۱۴۰۲ is March 12)
    src, tgt, _, _ = unmatched_dates("نخستین روز ماه رمضان ۱۴۴۵ قمری مصادف با ۲۲ اسفند ۱۴۰۲ بود.",
                                     "The first day of Ramadan 1445 AH fell on March 22, 2024.")
    assert [d.text for d in src] == ["۲۲ اسفند ۱۴۰۲"] and [d.text for d in tgt] == ["March 22, 2024"]
    assert unmatched_dates("نخستین روز ماه رمضان ۱۴۴۵ قمری مصادف با ۲۲ اسفند ۱۴۰۲ بود.",
                           "The first day of Ramadan 1445 AH fell on March 12, 2024.")[:2] == ([], [])
    # a month on one side is matched by a day within it on the other
    assert unmatched_dates("در فروردین ۱۴۰۳", "on April 3, 2024")[:2] == ([], [])


def test_a_date_in_digits_reads_day_first_or_month_first():
    persian = "این خط در ۱۵ آذر ۱۴۰۲ افتتاح شد."  # 6 December 2023
    assert unmatched_dates(persian, "The line opened on 6/12/2023.")[:2] == ([], [])
    assert unmatched_dates(persian, "The line opened on 12/6/2023.")[:2] == ([], [])  # as the US writes it
    assert unmatched_dates(persian, "The line opened on 12/7/2023.")[:2] != ([], [])
    # a day above 12 has one reading: 13/6/2023 is 13 June
    assert unmatched_dates("این خط در ۲۳ خرداد ۱۴۰۲ افتتاح شد.", "The line opened on 13/6/2023.")[:2] == ([], [])


def test_a_month_first_date_whose_day_is_above_12_reads_month_first():
    assert unmatched_dates("این خط در ۲۹ اسفند ۱۴۰۲ افتتاح شد.", "The line opened on 3/19/2024.")[:2] == ([], [])
    assert unmatched_dates("این خط در ۲۸ اسفند ۱۴۰۲ افتتاح شد.", "The line opened on 3/19/2024.")[:2] != ([], [])


def test_a_date_that_does_not_exist_says_so():
    # 1402 is no leap year: Esfand has 29 days
    source_only, _, _, _ = unmatched_dates("این خط در ۳۰ اسفند ۱۴۰۲ افتتاح شد.", "The line opened on March 20, 2024.")
    assert [d.describe() for d in source_only] == ["۳۰ اسفند ۱۴۰۲ (no such date)"]


def test_a_jalali_date_with_no_such_month_says_so():
    source_only, _, _, _ = unmatched_dates("این طرح در ۱۴۰۲/۱۳/۰۱ آغاز شد.", "The plan began on April 1, 2024.")
    assert [d.describe() for d in source_only] == ["۱۴۰۲/۱۳/۰۱ (no such date)"]


def test_march_glossing_the_iranian_year_is_not_a_date_of_the_report():
    fa = "صادرات در هشت ماه نخست امسال تا ۳۰ آبان ۱۴۰۲ به ۳۰ میلیارد دلار رسید"
    for gloss in ("the current Iranian year, which started in March,", "the Iranian year that began on March 21,",
                  "the year to March 2024,", "1402 (March 2023 - March 2024),", "the Iranian year starting March 20"):
        assert unmatched_dates(fa, f"Exports reached $30 billion in {gloss} up to November 21, 2023.")[:2] == ([], [])
    # a March that is no gloss of the year is still a date
    src, tgt, _, _ = unmatched_dates(fa, "Exports reached $30 billion in March, up to November 21, 2023.")
    assert [d.text for d in tgt] == ["March"]
    src, tgt, _, _ = unmatched_dates(fa, "Exports reached $30 billion in the year to March 5, up to November 21, 2023.")
    assert [d.text for d in tgt] == ["March 5"]


def test_the_gregorian_day_an_iranian_month_ends_on_is_a_gloss_of_that_month():
    fa = "بانک مرکزی روز یکشنبه ۱۵ مهر ۱۴۰۳ اعلام کرد نرخ تورم در شهریورماه به ۳۱٫۲ درصد رسید."
    for said in ("in the month to Sept. 21", "in the month ending September 21", "in the month that ended on Sept. 22"):
        assert unmatched_dates(fa, f"Inflation eased to 31.2% {said}, the central bank said on Sunday.")[:2] == (
            [], []), said
    # a gloss is no date of the target's own: the source's date is still compared with one
    src, tgt, _, _ = unmatched_dates(fa, "Inflation eased to 31.2% in the month to Sept. 21, the bank said on Oct. 7.")
    assert [d.text for d in src] == ["۱۵ مهر ۱۴۰۳"] and [d.text for d in tgt] == ["Oct. 7"]
    # a day that ends no Iranian month, or one not after "month to", is a date
    for said in ("in the month to Sept. 5", "on Sept. 21"):
        _, tgt, _, _ = unmatched_dates(fa, f"Inflation eased to 31.2% {said}, the central bank said on Sunday.")
        assert [d.text for d in tgt] == [said.split(" to ")[-1].removeprefix("on ")], said


def test_a_gloss_vouches_for_no_day_and_a_weekday_renders_its_date():
    fa = ("بانک مرکزی روز یکشنبه ۱۵ مهر ۱۴۰۳ اعلام کرد تورم در شهریورماه به ۳۱٫۲ درصد رسید؛ "
          "این رقم در ۱۴۰۲/۱۲/۲۹ حدود ۳۸ درصد بود.")
    en = ("Inflation eased to 31.2% in the month to Sept. 21, the central bank said on Sunday, down from "
          "about 38% in March.")
    # March holds 2024-03-19 (a gloss is no day the March must give way to), and 15 Mehr
    # 1403 was a Sunday
    assert unmatched_dates(fa, en)[:2] == ([], [])
    src, _, _, _ = unmatched_dates(fa, en.replace("Sunday", "Monday"))
    assert [d.text for d in src] == ["۱۵ مهر ۱۴۰۳"]
    src, _, _, _ = unmatched_dates(fa, en.replace("in March", "in April"))
    assert [d.text for d in src] == ["۱۴۰۲/۱۲/۲۹"]
    # a day the other side names is compared as a day, though it falls on the weekday
    src, tgt, _, _ = unmatched_dates(fa, en.replace("on Sunday", "on Sunday, Oct. 13"))
    assert "۱۵ مهر ۱۴۰۳" in [d.text for d in src] and [d.text for d in tgt] == ["Oct. 13"]


def test_a_figure_after_a_month_is_no_day_of_it():
    # Persian writes the day first: a number after a Persian month is a figure of that month
    assert [(d.month, d.day) for d in extract_dates("نرخ تورم ماهانه در اردیبهشت ۳.۲ درصد بود.")] == [(2, None)]
    assert [(d.month, d.day) for d in extract_dates("نرخ تورم در اردیبهشت ۴ درصد بود.")] == [(2, None)]
    assert [(d.month, d.day) for d in extract_dates("Inflation in May 4.5 percent higher than a year ago")] == []
    assert [(d.month, d.day) for d in extract_dates("He arrived on May 4, and left on May 4th.")] == [(5, 4), (5, 4)]
    assert [(d.month, d.day) for d in extract_dates("۳ اردیبهشت")] == [(2, 3)]


def test_two_dates_without_a_year_agree_in_the_year_either_is_anchored_in():
    import datetime as dt

    # after Shahrivar 1320 (September 1941), Esfand falls nearest in 1942 and March in 1941
    persian = "امیدوارم تا پایان اسفند پیش‌نویس اول را تمام کنم."
    anchor = dt.date(1941, 8, 23)
    for english, differ in (("by the end of March", False), ("by the end of February", False),
                            ("by the end of April", True)):
        src, tgt, _, _ = unmatched_dates(persian, f"I hope to finish a first draft {english}.", (anchor,))
        assert bool(src and tgt) == differ, english


def test_the_conversion_of_a_jalali_day_in_brackets_is_checked_even_at_the_new_year():
    # a probe's "10 Esfand 1403 (March 20, 2025)": a March 20 after a year and a bracket
    # was taken for a gloss of the Iranian year, and passed whatever the day
    fa = "گزارش سال مالی منتهی به ۱۰ اسفند ۱۴۰۳ منتشر شد."
    _, target_only, _, _ = unmatched_dates(fa, "The report for the year ending 10 Esfand 1403 (March 20, 2025) is out.")
    assert [d.text for d in target_only] == ["March 20, 2025"]
    assert unmatched_dates("۳۰ اسفند ۱۴۰۳", "30 Esfand 1403 (March 20, 2025)")[:2] == ([], [])
    # a gloss of the year itself still only matches
    assert unmatched_dates(fa, "in the year 1403 (March 20, 2024 to March 20, 2025)")[:2] == ([], [])


def test_a_ranges_first_day_is_reported_where_both_sides_give_one_that_differs():
    # a probe's «۲۵ تا ۳۰ شهریور» rendered "from 20 to 30 Shahrivar" went unreported
    fa = "ثبت‌نام از ۲۵ تا ۳۰ شهریور انجام خواهد شد."
    src_only, tgt_only, _, _ = unmatched_dates(fa, "Registration will run from 20 to 30 Shahrivar.")
    assert [d.day for d in src_only] == [25] and [d.day for d in tgt_only] == [20]
    assert unmatched_dates(fa, "Registration will run from 25 to 30 Shahrivar.")[:2] == ([], [])
    # a range given by its end alone only matches
    assert unmatched_dates(fa, "Registration will run until 30 Shahrivar.")[:2] == ([], [])


def test_the_other_day_of_a_range_is_named_where_the_other_side_has_a_date_left_over():
    # a probe's «۱۵ تا ۱۷ مارس ۲۰۲۴» against "March 15 to 18, 2024" named only the Persian's 17
    src_only, tgt_only, _, _ = unmatched_dates("این کنفرانس از ۱۵ تا ۱۷ مارس ۲۰۲۴ برگزار می‌شود.",
                                               "The conference will be held from March 15 to 18, 2024.")
    assert [d.day for d in src_only] == [17] and [d.day for d in tgt_only] == [18]
    # a range given by its end against its first day alone still reports nothing of the range
    assert unmatched_dates("ثبت‌نام از ۲۵ تا ۳۰ شهریور انجام خواهد شد.",
                           "Registration will run until 30 Shahrivar.")[:2] == ([], [])


def test_may_as_persian_writes_it_is_a_month_before_a_year():
    # «مه» and «می» are also words ("fog", a verb prefix): a year makes them a month
    assert [(d.year, d.month, d.day) for d in extract_dates("در ماه مه ۲۰۲۴ به رقم ۱۲۰ میلیون رسید")] == [(2024, 5, None)]
    assert [(d.year, d.month) for d in extract_dates("در می ۲۰۲۴")] == [(2024, 5)]
    assert extract_dates("۱۳ مه") == [] and extract_dates("مه غلیظ ۱۴۰۰ نفر را گرفتار کرد") == []
    assert unmatched_dates("در ماه مه ۲۰۲۴", "in May 2024")[:2] == ([], [])
    src, tgt, _, _ = unmatched_dates("در ماه مه ۲۰۲۴", "in June 2024")
    assert [d.text for d in src] == ["ماه مه ۲۰۲۴"] and [d.text for d in tgt] == ["June 2024"]


def test_a_date_without_a_year_agrees_near_the_latest_date_too():
    # an obituary of 2024 gives the birth date before the funeral "on Tuesday, 10 December":
    # «۲۰ آذر» is 10 December in 1403, 11 December in 1316 (near 1938)
    anchors = date_anchors(["درگذشت روز پنجشنبه ۱۵ آذر ۱۴۰۳", "او در ۱۲ مارس ۱۹۳۸ به دنیا آمد.", ""])
    assert anchors[2] == (dt.date(1938, 3, 12), dt.date(2024, 12, 5))
    assert unmatched_dates("مراسم روز سه‌شنبه ۲۰ آذر برگزار می‌شود.", "The funeral is on Tuesday, 10 December.",
                           anchors[2])[:2] == ([], [])
    src, tgt, _, _ = unmatched_dates("مراسم روز سه‌شنبه ۲۵ آذر برگزار می‌شود.", "The funeral is on Tuesday, 10 December.",
                                     anchors[2])
    assert [d.text for d in src] == ["۲۵ آذر"] and [d.text for d in tgt] == ["10 December"]
    # the last date alone put «۲۰ آذر» in 1937
    assert unmatched_dates("مراسم روز سه‌شنبه ۲۰ آذر برگزار می‌شود.", "The funeral is on Tuesday, 10 December.",
                           anchors[2][:1])[:2] != ([], [])


def test_a_range_of_dates_in_digits_is_two_dates_and_its_glossed_end_still_matches():
    # an economics probe's «در دوره ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹» read the first date's day as
    # the first day of a range «۰۱ تا …», and "to 19 March 2024", read as a gloss of the
    # Iranian year's end, did not vouch for ۱۴۰۲/۱۲/۲۹
    for text in ("در دوره ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹", "from 2023-03-21 to 2024-03-19"):
        assert [d.span() for d in extract_dates(text)] == [(dt.date(2023, 3, 21),) * 2, (dt.date(2024, 3, 19),) * 2]
    persian = "تجارت خارجی در دوره ۱۴۰۲/۰۱/۰۱ تا ۱۴۰۲/۱۲/۲۹ به ۱۱۶ میلیارد دلار رسید."
    assert unmatched_dates(persian, "Foreign trade reached $116 billion from 21 March 2023 to 19 March 2024.") == (
        [], [], set(), set())
    src, tgt, _, _ = unmatched_dates(persian, "Foreign trade reached $116 billion from 21 March 2023 to 20 March 2024.")
    assert [d.text for d in src] == ["۱۴۰۲/۱۲/۲۹"]


def test_a_full_date_one_side_drops_is_reported_a_month_or_a_weekday_alone_is_not():
    persian = "این مراسم روز دوشنبه ۱۶ مهر ۱۴۰۳ در تهران برگزار شد."
    src, tgt, _, _ = unmatched_dates(persian, "The ceremony was held in Tehran.")
    assert [d.text for d in src] == ["۱۶ مهر ۱۴۰۳"] and tgt == []
    # the weekday alone renders the day, as English news gives it
    assert unmatched_dates(persian, "The ceremony was held in Tehran on Monday.")[:2] == ([], [])
    src, tgt, _, _ = unmatched_dates("این مراسم در تهران برگزار شد.", "The ceremony was held in Tehran on 7 October 2024.")
    assert src == [] and [d.text for d in tgt] == ["7 October 2024"]
    # a month or a year without its day is often left implicit
    assert unmatched_dates("در مهر ۱۴۰۳ برگزار شد.", "It was held in Tehran.")[:2] == ([], [])


def test_a_year_after_two_coordinated_days_is_both_days_year():
    # a probe's faithful "August 5 to 7, 2024" left 2024 as a number of its own
    from bilingua.compare.numbers import unmatched_numbers

    english = "The price of gold coins fluctuated on August 5 to 7, 2024."
    assert [(d.year, d.month, d.day) for d in extract_dates(english)] == [(2024, 8, 5), (2024, 8, 7)]
    persian = "قیمت سکه در روزهای ۱۵ تا ۱۷ مرداد نوسان داشت."
    assert unmatched_numbers(persian, english, [(d.start, d.end) for d in extract_dates(persian)],
                             [(d.start, d.end) for d in extract_dates(english)]) == ([], [])


def test_a_full_date_the_source_gives_by_its_year_alone_is_not_a_date_dropped():
    persian = "این مشترکان از ابتدای سال ۱۴۰۲ به شبکه متصل شده‌اند."
    assert unmatched_dates(persian, "They have been connected since March 21, 2023.")[:2] == ([], [])
    # in another year it is reported, and a source's day the target gives by its year alone is lost
    assert [d.text for d in unmatched_dates(persian, "They have been connected since March 21, 2025.")[1]] == [
        "March 21, 2025"]
    assert [d.text for d in unmatched_dates("این پروژه روز ۱۶ مهر ۱۴۰۳ افتتاح شد.",
                                            "The project was opened in 2024.")[0]] == ["۱۶ مهر ۱۴۰۳"]
