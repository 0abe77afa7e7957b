from bilingua.compare.dates import extract_dates
from bilingua.compare.numbers import extract_numbers, same_number, unmatched_numbers


def values(text):
    return [q.value for q in extract_numbers(text)]


def differing(persian, english):
    """The texts of the numbers of each side that the other does not match."""
    return [[q.text for q in side] for side in unmatched_numbers(persian, english)]


def test_every_digit_script_and_separator_gives_one_value():
    assert values("۱۲٬۵۰۰ و ١٢٬٥٠٠ و 12,500") == [12500, 12500, 12500]
    assert values("نرخ ۴٫۹ درصد") == [4.9]
    assert values("نرخ ۴/۹ درصد") == [4.9]


def test_parts_joined_by_va_make_one_number():
    assert values("۵ هزار و ۲۰۰ نفر") == [5200]
    assert values("۱ میلیون و ۲۰۰ هزار نفر") == [1.2e6]
    assert values("۳ و نیم میلیون نفر") == [3.5e6]
    assert values("۴ و نیم درصد") == [4.5]
    assert values("سال ۲۰۰۰ و ۵۰۰ نفر") == [2000, 500]  # a bare number takes no part
    assert unmatched_numbers("دو و نیم میلیارد دلار", "$2.5 billion") == ([], [])
    assert unmatched_numbers("۳ و نیم ساعت", "three and a half hours") == ([], [])
    assert values("two and a half million") == [2.5e6]
    # words and then digits: the و before the digits joins the parts, it is not the words' own
    assert values("سه میلیون و ۲۰۰ هزار نفر") == [3.2e6]
    assert values("three million and 200 thousand people") == [3.2e6]


def test_persian_tenths_and_numbers_written_together_and_folds():
    assert unmatched_numbers("نرخ رشد ۳ دهم درصد بود.", "The growth rate was 0.3 percent.") == ([], [])
    assert unmatched_numbers("نرخ رشد ۳ دهم درصد بود.", "The growth rate was 3 percent.") != ([], [])
    assert values("۲۵ صدم درصد") == [0.25]
    assert values("یک‌هزار و ۴۰۰ نفر") == values("یکهزار و ۴۰۰ نفر") == [1400]
    assert unmatched_numbers("صادرات ۵ برابر شد.", "Exports increased fivefold.") == ([], [])


def test_fractions_and_ordinals_in_words():
    assert values("دو سوم مردم") == [values("two-thirds of the people")[0]] == [values("two thirds")[0]]
    assert round(values("دو سوم مردم")[0], 4) == 0.6667
    assert values("یک پنجم جمعیت") == values("one fifth of the population") == [0.2]
    assert values("یک‌سوم") == values("one third")
    assert unmatched_numbers("دو سوم مردم", "67% of the people") == ([], [])  # a share of a hundred
    # an ordinal ends a number, and only tens take one
    assert values("the first two games") == [1, 2]
    assert values("one second later")[0] == 1  # not 1 + 2
    assert values("twenty-first century") == values("twenty first") == [21]
    assert values("بیست و یکم") == [21]


def test_multipliers_in_a_row_multiply():
    # «هزار میلیارد» (a thousand billion) is how Iranian budgets are counted
    assert unmatched_numbers("بیش از ۵۰۰۰ هزار میلیارد تومان", "more than 5,000 trillion tomans") == ([], [])
    assert values("پنج هزار میلیارد تومان") == [5e12]
    assert values("۱۲ هزار و ۵۰۰ میلیارد ریال") == [12.5e12]  # thousands of billions
    assert values("هزار و ۲۰۰ میلیارد تومان") == [1.2e12]
    assert values("two million three hundred thousand") == [2.3e6]  # a smaller multiplier adds
    assert values("۲ میلیون و ۵ میلیارد") == [2e6, 5e9]  # two amounts, not one
    # millions and thousands of a billion: an economics probe's budget was two numbers
    assert values("پنج میلیون و ۶۰۰ هزار میلیارد تومان") == values("۵ میلیون و ۶۰۰ هزار میلیارد تومان") == [5.6e15]
    assert unmatched_numbers("حدود پنج میلیون و ۶۰۰ هزار میلیارد تومان", "about 5,600 trillion tomans") == ([], [])
    assert values("۲ میلیون و ۵۰۰ هزار نفر") == [2.5e6]


def test_more_units_decades_and_rounded_fractions_match():
    assert unmatched_numbers("۱۰۰ هکتار", "247 acres") == ([], [])
    assert unmatched_numbers("۳۸ لیتر", "10 gallons") == ([], [])
    assert unmatched_numbers("۳۶ متر", "40 yards") == ([], [])
    assert unmatched_numbers("۴۵ کیلوگرم", "100lb") == ([], [])
    assert unmatched_numbers("۲۵۹ کیلومتر مربع", "100 square miles") == ([], [])
    assert unmatched_numbers("در دهه ۹۰", "in the 1990s") == ([], [])
    assert unmatched_numbers("در دهه ۶۰", "in the 1980s") == ([], [])  # the Jalali 1360s
    assert unmatched_numbers("در دهه ۱۳۶۰", "in the 1980s") == ([], [])
    assert unmatched_numbers("در دهه ۱۳۶۰", "in the 1990s") != ([], [])
    assert unmatched_numbers("در سال ۱۳۶۰", "in 1980") != ([], [])  # a year is no decade
    assert unmatched_numbers("۳۳ درصد", "a third") == ([], [])
    assert unmatched_numbers("۹۰ نفر", "1990 people") != ([], [])  # only a decade reads ۹۰ as 1990
    assert unmatched_numbers("۵۰ هکتار", "247 acres") != ([], [])


def test_money_shortened_with_m_or_k():
    assert values("a $6.5m deal and a £250k fee") == [6.5e6, 250e3]
    assert values("a 10k run") == [10]  # k after a bare number may be kilometres
    # ... or thousands, as m may be metres or millions: either reading matches
    assert unmatched_numbers("۱٫۵ میلیون نفر", "1.5m people") == ([], [])
    assert unmatched_numbers("۵۰ هزار تماشاگر", "50k fans") == ([], [])
    assert unmatched_numbers("دوی ۱۰۰ متر", "the 100m sprint") == ([], [])
    src, tgt = unmatched_numbers("۱٫۵ میلیون نفر", "1.6m people")
    assert [q.value for q in src] == [1.5e6] and [q.value for q in tgt] == [1.6]


def test_a_slash_between_latin_digits_is_no_persian_decimal():
    assert values("خدمات 24/7 است") == [24]
    assert unmatched_numbers("خدمات 24/7 است", "open 24/7 now") == ([], [])


def test_multipliers_and_spelled_numbers_in_both_languages():
    assert values("۲ هزار نفر") == [2000]
    assert values("سه میلیون نفر") == [3e6]
    assert values("three million people") == [3e6]
    assert values("$4.9bn in trade") == [4.9e9]
    assert values("بیست و پنج نفر") == [25]
    assert values("twenty-five people") == [25]
    assert values("یک میلیون و دویست هزار") == [1.2e6]


def test_percent_sign_and_word_set_the_unit():
    assert [q.unit for q in extract_numbers("۲۰٪ و 20 percent و ۲۰ درصد")] == ["%", "%", "%"]


def test_only_digits_and_spelled_multipliers_are_reportable():
    quantities = extract_numbers("two men and three million dollars and 7 cars")
    assert [(q.value, q.reportable) for q in quantities] == [(2, False), (3e6, True), (7, True)]


def test_counts_in_words_are_reported_only_against_each_other():
    src, tgt = unmatched_numbers("در چهار ماه نخست سال", "in the first five months of the year")
    assert [q.text for q in src] == ["چهار"] and [q.text for q in tgt] == ["five"]
    src, tgt = unmatched_numbers("بیست و پنج نفر", "twenty-six people")
    assert [q.value for q in src] == [25] and [q.value for q in tgt] == [26]
    # against a number in digits the other side lacks, a count in words is shown too
    src, tgt = unmatched_numbers("زلزله ۳ نفر را کشت.", "The quake killed five people.")
    assert [q.text for q in src] == ["۳"] and [q.text for q in tgt] == ["five"]
    # one side alone re-expressing a number is no finding, nor are twice, a dozen or «یک»
    assert unmatched_numbers("دو برابر شد", "it doubled, twice") == ([], [])
    assert unmatched_numbers("یک مرد", "two men") == ([], [])
    assert unmatched_numbers("دوازده نفر", "a dozen people and three dogs") == ([], [])
    # a share with its numerator spelled is such a count: one third against a quarter
    src, tgt = unmatched_numbers("به حدود یک‌سوم کاهش یافت", "fell to about one quarter")
    assert [q.text for q in src] == ["یک\u200cسوم"] and [q.text for q in tgt] == ["one quarter"]
    assert unmatched_numbers("دو سوم آرا", "two-thirds of the vote") == ([], [])
    assert unmatched_numbers("دو-سوم نخست ژنوم", "the first two-thirds of the genome") == ([], [])
    assert unmatched_numbers("یک سوم آرا", "a third of the vote, in the second half") == ([], [])
    # two count words side by side are two counts: a one-two finish, a score of «یک صفر»
    assert values("a one two finish") == [1, 2] and values("یک صفر") == [1, 0]


def test_paraphrased_numbers_match():
    assert unmatched_numbers("۲ هزار نفر", "2,000 people") == ([], [])
    assert unmatched_numbers("سه میلیون نفر", "3 million people") == ([], [])
    assert unmatched_numbers("۵۰ درصد مردم", "half of the people") == ([], [])
    assert unmatched_numbers("۸ کیلومتر", "5 miles") == ([], [])
    assert unmatched_numbers("در سال ۱۴۰۲", "in 2023") == ([], [])


def test_changed_number_is_reported_on_both_sides():
    src, tgt = unmatched_numbers("۲۰ درصد افزایش", "up 25 percent")
    assert [q.text for q in src] == ["۲۰ درصد"]
    assert [q.text for q in tgt] == ["25 percent"]


def test_masked_spans_are_skipped():
    text = "روز ۱۵ فروردین ۱۴۰۳ و ۷ نفر"
    assert values(text) == [15, 1403, 7]
    assert [q.value for q in extract_numbers(text, [(4, 19)])] == [7]


def test_rounding_tolerates_only_the_shown_precision():
    assert same_number(4.93, 4.9)
    assert not same_number(4.96, 4.9)
    assert not same_number(21, 25)
    # whole numbers do not round, however large: a translator is told of 60 against 62 billion
    assert not same_number(62e9, 60e9) and not same_number(3_040_000, 3e6)
    src, tgt = unmatched_numbers("۶۰ میلیارد دلار", "$62 billion")
    assert [q.value for q in src] == [60e9] and [q.value for q in tgt] == [62e9]


def test_in_coverage_a_decimal_before_a_scale_word_rounds_to_the_decimals_it_shows():
    # a black-box probe's election story: 16.4 million for ۱۶٬۳۸۴٬۴۰۳ votes, reported as differing
    votes = ("۱۶٬۳۸۴٬۴۰۳ رأی در برابر ۱۳٬۵۳۸٬۱۷۹ رأی", "16.4 million votes to 13.5 million")
    assert unmatched_numbers(*votes, approximate=True) == ([], [])
    assert unmatched_numbers(*votes) != ([], [])  # a translation keeps the number as it is
    assert unmatched_numbers("درآمد ۱٬۲۴۹ میلیون دلار", "revenue of $1.2bn", approximate=True) == ([], [])
    assert unmatched_numbers("۱۶٫۴ میلیون نفر", "16,384,403 people", approximate=True) == ([], [])
    # one step off, or no decimal shown: still a difference
    src, tgt = unmatched_numbers("۱۶٬۴۸۴٬۴۰۳ رأی", "16.4 million votes", approximate=True)
    assert [q.value for q in src] == [16_484_403] and len(tgt) == 1
    src, tgt = unmatched_numbers("۱۶٬۳۸۴٬۴۰۳ رأی", "16 million votes", approximate=True)
    assert [q.value for q in src] == [16_384_403] and [q.value for q in tgt] == [16e6]


def test_a_hijri_year_with_its_era_matches_the_gregorian_years_it_overlaps():
    # a black-box probe's history and biography: 12 false "target has 1588" findings
    assert unmatched_numbers("شاه عباس اول در سال ۹۹۶ هجری قمری به سلطنت رسید.",
                             "Shah Abbas I came to the throne in 996 AH (1588 CE).") == ([], [])
    assert unmatched_numbers("او در سال ۱۰۳۸ ه.ق درگذشت.", "He died in 1629.") == ([], [])
    assert unmatched_numbers("امتیاز تنباکو در سال ۱۲۶۹ هجری شمسی واگذار شد.",
                             "In 1269 SH (1890) the tobacco concession was granted.") == ([], [])
    # ten years off is a difference; a year without its era is taken as written
    assert differing("او در سال ۱۰۳۸ هجری قمری درگذشت.", "He died in 1038 AH (1639).")[1] == ["1639"]
    assert differing("او در سال ۱۰۳۸ درگذشت.", "He died in 1629.")[1] == ["1629"]


def test_a_hijri_century_with_its_era_matches_the_gregorian_centuries_it_overlaps():
    # a black-box probe's Hafez: "source has هشتم; target has 14th"
    fa = "حافظ، شاعر قرن هشتم هجری، در شیراز به دنیا آمد."
    assert unmatched_numbers(fa, "Hafez, the 14th-century poet, was born in Shiraz.") == ([], [])
    assert unmatched_numbers("این بنا در سده چهاردهم هجری شمسی ساخته شد.",
                             "The building was put up in the 20th century.") == ([], [])
    # another century is a difference
    assert differing(fa, "Hafez, the 16th-century poet, was born in Shiraz.")[1] == ["16th"]
    # a century without an era may be Hijri, as Persian counts its poets' (up to the 15th);
    # one marked «میلادی» is Gregorian only
    assert unmatched_numbers("حافظ، شاعر قرن هشتم، در شیراز به دنیا آمد.",
                             "Hafez, the 14th-century poet, was born in Shiraz.") == ([], [])
    assert unmatched_numbers("حافظ، شاعر قرن هشتم، در شیراز به دنیا آمد.",
                             "Hafez, the 8th-century poet, was born in Shiraz.") == ([], [])
    assert differing("این کلیسا در قرن هشتم میلادی ساخته شد.", "The church was built in the 14th century.")[1] == [
        "14th"]


def test_a_local_time_given_again_in_gmt_in_brackets_is_no_number_of_its_own():
    # a black-box probe's AFP crash story: "target has 0510"
    fa = "هواپیما ساعت ۸ و ۴۰ دقیقه صبح دوشنبه سقوط کرد."
    assert unmatched_numbers(fa, "The plane crashed at 8:40 am (0510 GMT) on Monday.") == ([], [])
    assert unmatched_numbers(fa, "The plane crashed at 8:40 am (05:10 GMT) on Monday.") == ([], [])
    # the local time still counts; without one, the bracket is a time like any other
    assert differing(fa, "The plane crashed at 9:40 am (0610 GMT) on Monday.")[1] == [
        "9:40 am"]
    assert differing("هواپیما سقوط کرد.", "The plane crashed (0510 GMT).")[1] == ["0510"]


def test_a_bare_number_where_the_text_names_rials_also_reads_in_tomans():
    # a probe's FT currency story: the rial named away from its number
    fa = "قیمت هر دلار آمریکا در بازار آزاد به ۱۰۸ هزار تومان رسید."
    assert unmatched_numbers(fa, "Iran's rial slid to 1,080,000 to the US dollar on the open market.") == ([], [])
    assert unmatched_numbers(fa, "Iran's rial slid to 1,090,000 to the US dollar on the open market.") != ([], [])
    # no rial named: the number is taken as written
    assert unmatched_numbers(fa, "The dollar rose to 1,080,000 on the open market.") != ([], [])


def test_a_code_written_with_the_same_letters_and_another_number_differs():
    # a probe's manual: VX-320 became VX-330 unnoticed (a number joined to a name is no count)
    src, tgt = unmatched_numbers("راهنمای استفاده از جاروبرقی بی‌سیم مدل VX-320", "User Guide for the VX-330 Cleaner")
    assert [q.text for q in src] == ["VX-320"] and [q.text for q in tgt] == ["VX-330"]
    assert unmatched_numbers("جنگنده‌های F-35 و F-16", "F-16 and F-35 jets") == ([], [])
    assert unmatched_numbers("پرواز PS752 سرنگون شد.", "Flight PS752 was shot down.") == ([], [])
    assert unmatched_numbers("بیماری کووید-۱۹", "the COVID-19 disease") == ([], [])


def test_a_threads_post_number_opening_a_sentence_is_no_quantity():
    # a black-box probe's tweet thread: "target has 3", "target has 4", "target has 5"
    assert [q.text for q in extract_numbers("3/ The winner came in the 88th minute.")] == ["88th minute"]
    assert extract_numbers("6/ Sepahan also book a place in the Champions League.") == []
    assert [q.value for q in extract_numbers("Only 6/ 10 came, and 3/4 stayed.")][:2] == [6, 10]


def test_only_a_unit_conversion_is_matched_approximately():
    assert unmatched_numbers("۳۲۰ کیلومتری", "202 miles") == ([], [])  # 325 km, rounded
    src, tgt = unmatched_numbers("به طول ۱۳۰ مایل", "132 miles long")
    assert [q.value for q in src] == [130] and [q.value for q in tgt] == [132]
    src, tgt = unmatched_numbers("دوی ۲۰۰ متر", "the 202 metres")
    assert [q.value for q in src] == [200] and [q.value for q in tgt] == [202]


def test_durations_convert_and_a_unit_after_any_space_is_read():
    assert unmatched_numbers("۳ ساعت طول کشید.", "It took 180 minutes.") == ([], [])
    assert unmatched_numbers("۲ هفته طول کشید.", "It took 14 days.") == ([], [])
    assert unmatched_numbers("۴۸ ساعت طول کشید.", "It took two days.") == ([], [])
    assert unmatched_numbers("۳ روز طول کشید.", "It took 3 hours.") != ([], [])
    # «ساعت ۸» is the clock, not eight hours; the 90th minute is no duration of 90 minutes
    assert unmatched_numbers("ساعت ۸ صبح", "at 8 a.m.") == ([], [])
    assert unmatched_numbers("در دقیقه ۹۰ گل زد.", "He scored in the 90th minute.") == ([], [])
    # a thin or no-break space before the unit (it raised KeyError)
    assert [(q.unit, q.metric) for q in extract_numbers("5\u2009km, 3\u00a0miles")] == [("m", 5000), ("m", 3 * 1609.344)]


def test_a_conversion_rounded_as_written_matches():
    # 5 km is 3.1 miles: a translator may write 3 miles, or 3.1, but not 4
    assert unmatched_numbers("مسیر ۵ کیلومتر است.", "The route is 3 miles long.") == ([], [])
    assert unmatched_numbers("مسیر ۵ کیلومتر است.", "The route is 3.1 miles long.") == ([], [])
    source_only, target_only = unmatched_numbers("مسیر ۵ کیلومتر است.", "The route is 4 miles long.")
    assert [q.text for q in source_only] == ["۵ کیلومتر"] and [q.text for q in target_only] == ["4 miles"]


def test_tomans_are_ten_rials_and_parts_joined_by_va_keep_their_unit():
    assert unmatched_numbers("قیمت ۱۰۰ هزار تومان است.", "The price is 1 million rials.") == ([], [])
    persian = "قیمت ۳ میلیون و ۲۰۰ هزار تومان است."
    assert unmatched_numbers(persian, "The price is 3.2 million tomans.") == ([], [])
    assert unmatched_numbers(persian, "The price is 32 million rials.") == ([], [])
    source_only, target_only = unmatched_numbers(persian, "The price is 3.3 million tomans.")
    assert [q.text for q in source_only] == ["۳ میلیون و ۲۰۰ هزار تومان"] and [q.value for q in target_only] == [3.3e6]
    assert values("مسافت ۵ هزار و ۲۰۰ کیلومتر") == [5200]


def test_the_same_number_in_two_units_of_one_kind_is_no_match():
    # the classic slip: tomans rendered as rials (or km as miles) with the number kept
    source_only, target_only = unmatched_numbers("قیمت ۸۵۰ هزار تومان است.", "The price is 850,000 rials.")
    assert [q.text for q in source_only] == ["۸۵۰ هزار تومان"] and [q.text for q in target_only] == ["850,000 rials"]
    assert unmatched_numbers("مسیر ۵ کیلومتر است.", "The route is 5 miles long.") != ([], [])
    # the same unit, or one side with none, still matches on the number
    assert unmatched_numbers("قیمت ۸۵۰ هزار تومان است.", "The price is 850,000.") == ([], [])
    assert unmatched_numbers("دمای هوا به ۴۰ درجه رسید.", "It reached 40 degrees.") == ([], [])


def test_a_number_after_an_abbreviation_point_is_read():
    assert values("as shown in Fig.3 and Fig.12") == [3, 12]
    assert values("it aims to be No.1 by 2030") == [1, 2030]
    assert unmatched_numbers("(شکل ۳۳).", "(Fig.33).") == ([], [])
    assert values("a share of .5 and 1.5") == [1.5]  # a point after no letter still opens no number


def test_neighbouring_years_do_not_match_through_the_jalali_calendar():
    src, tgt = unmatched_numbers("در سال 2018", "in 2019")
    assert [q.text for q in src] == ["2018"] and [q.text for q in tgt] == ["2019"]


def test_times_and_more_units_match_their_other_forms():
    assert unmatched_numbers("ساعت ۷:۵۵ صبح", "at 7.55am") == ([], [])
    assert unmatched_numbers("ساعت ۱۶:۴۰", "at 4.40 pm") == ([], [])
    assert unmatched_numbers("فاصله ۶۲۰ کیلومتری", "385 miles away") == ([], [])
    src, tgt = unmatched_numbers("ساعت ۷:۵۵", "at 8.55am")
    assert [q.text for q in src] == ["ساعت ۷:۵۵"] and [q.text for q in tgt] == ["8.55am"]


def test_lengths_in_two_units_are_one_quantity():
    assert unmatched_numbers("بازیکنی با ۱ متر و ۹۸ سانتیمتر قد", "The 6-foot-6 forward") == ([], [])
    assert unmatched_numbers("بازیکنی با ۱ متر و ۹۸ سانتیمتر قد", "He stands 6 feet 6 inches tall") == ([], [])
    _, target_only = unmatched_numbers("بازیکنی با ۱ متر و ۹۸ سانتیمتر قد", "The 5-foot-2 forward")
    assert [q.text for q in target_only] == ["5-foot-2"]


def test_dollars_and_cents_are_one_amount():
    persian = "قیمت هر بشکه نفت برنت به ۹۲ دلار و ۵۰ سنت رسید."
    assert unmatched_numbers(persian, "Brent crude rose to $92.50 a barrel.") == ([], [])
    assert unmatched_numbers(persian, "Brent crude rose to 92 dollars and 50 cents a barrel.") == ([], [])
    assert unmatched_numbers(persian, "Brent crude rose to $92 and 50 cents a barrel.") == ([], [])
    source_only, target_only = unmatched_numbers(persian, "Brent crude rose to $92.05 a barrel.")
    assert [q.text for q in source_only] == ["۹۲ دلار و ۵۰ سنت"] and [q.text for q in target_only] == ["$92.05"]
    # a count after "and" is no cents without the word
    assert [q.value for q in extract_numbers("It cost 5 dollars and 3 days of work.")] == [5, 3]
    assert [q.value for q in extract_numbers("5 and 20 cents")] == [5, 20]  # no currency: two numbers


def test_spelled_number_with_a_unit_matches_its_conversion():
    assert unmatched_numbers("کلاهی با لبه ۶۰ سانتیمتری", "a hat with a two-foot brim") == ([], [])
    assert unmatched_numbers("کلاهی با لبه ۹۰ سانتیمتری", "a hat with a two-foot brim")[0]


def test_times_match_the_hour_as_written_elsewhere():
    assert unmatched_numbers("بهترین زمان ساعت 5.30 بعد از ظهر است.", "The best time is 5.30pm.") == ([], [])
    assert unmatched_numbers("در ساعت ۸ صبح", "as at 8:00 a.m.") == ([], [])
    assert unmatched_numbers("در دقیقه 15:16 گل زد.", "He scored on 15:16.") == ([], [])
    # an hour with am or pm alone is a time too, on either clock
    assert unmatched_numbers("جلسه ساعت ۱۴ آغاز شد.", "The meeting began at 2 pm.") == ([], [])
    assert unmatched_numbers("جلسه ساعت ۱۵ آغاز شد.", "The meeting began at 2 pm.")[1]
    assert [q.value for q in extract_numbers("at 12 am, 12 pm and 12:30 a.m.")] == [0, 720, 30]


def test_a_persian_clock_time_in_hours_and_minutes_is_one_time_not_a_duration():
    persian = "زلزله در ساعت ۴ و ۱۲ دقیقه بامداد رخ داد."
    assert unmatched_numbers(persian, "The quake struck at 4:12 a.m.") == ([], [])
    assert unmatched_numbers("قطار ساعت ۱۰ و نیم شب رسید.", "The train arrived at 10.30pm.") == ([], [])
    source_only, target_only = unmatched_numbers(persian, "The quake struck at 4:21 a.m.")
    assert [q.text for q in source_only] == ["ساعت ۴ و ۱۲ دقیقه بامداد"] and [q.text for q in target_only] == ["4:21 a.m."]
    # a part of the day makes the hour a time: morning is no evening
    source_only, target_only = unmatched_numbers("شاخص ساعت ۹ صبح ۱۶۸ ثبت شد.", "At 9 p.m. the index was 168.")
    assert [q.text for q in source_only] == ["ساعت ۹ صبح"] and [q.text for q in target_only] == ["9 p.m."]
    for english in ("At 9 a.m. the index was 168.", "At nine in the morning the index was 168."):
        assert unmatched_numbers("شاخص ساعت ۹ صبح ۱۶۸ ثبت شد.", english) == ([], [])
    assert unmatched_numbers("ساعت ۱۰ شب", "at 22:00") == ([], [])
    assert unmatched_numbers("ساعت ۱۲ شب", "at midnight") == ([], [])
    # noon and midnight match the hour, and are not reported alone
    assert unmatched_numbers("مصرف را در ساعات ۱۲ تا ۱۸ کاهش دهند.", "Cut use between noon and 6 p.m.") == ([], [])
    assert unmatched_numbers("ساعت ۲۴ امشب", "at midnight tonight") == ([], [])
    assert unmatched_numbers("ظهر رسید.", "He arrived at noon.") == ([], [])
    # hours before «ساعت» are a duration
    assert unmatched_numbers("عملیات ۴ ساعت و ۱۲ دقیقه طول کشید.", "The operation took 4 hours and 12 minutes.") == (
        [], [])


def test_a_time_to_the_second_and_the_end_of_a_range_of_hours_are_times():
    persian = "سال نو در ساعت ۶ و ۳۶ دقیقه و ۲۱ ثانیه بامداد چهارشنبه آغاز شد."
    for english in ("The new year began at 6:36:21 a.m. on Wednesday.", "The new year began at 06:36:21 on Wednesday.",
                    "The new year began at 6:36 a.m. on Wednesday."):
        assert unmatched_numbers(persian, english) == ([], []), english
    source_only, target_only = unmatched_numbers(persian, "The new year began at 6:36:12 a.m. on Wednesday.")
    assert [q.text for q in source_only] == ["ساعت ۶ و ۳۶ دقیقه و ۲۱ ثانیه بامداد"] and target_only
    fair = "نمایشگاه همه روزه از ساعت ۱۰ صبح تا ۸ شب باز است."
    for english in ("The fair opens daily from 10:00 to 20:00.", "The fair opens daily from 10 a.m. to 8 p.m."):
        assert unmatched_numbers(fair, english) == ([], []), english
    assert differing(fair, "The fair opens daily from 10 a.m. to 8 a.m.")[0] == ["۸ شب"]
    # nights of a stay are no time
    assert [q.value for q in extract_numbers("۸ شب اقامت در هتل")] == [8]


def test_numbers_in_names_words_and_neighbouring_sentences():
    assert unmatched_numbers("ویروس کرونا", "the COVID-19 virus") == ([], [])
    assert unmatched_numbers("مادر ۳ فرزند", "The mother-of-three") == ([], [])
    assert unmatched_numbers("در قرن هفدهم، جنگ شد.", "In the 17th century there was war.") == ([], [])
    assert unmatched_numbers("سی‌امین سالگرد انقلاب", "the 30th anniversary of the revolution") == ([], [])
    source_only, _ = unmatched_numbers("۴۰ نفر کشته شدند.", "People were killed.")
    assert source_only and unmatched_numbers("۴۰ نفر کشته شدند.", "People were killed.",
                                             target_context=("The toll was 40.",)) == ([], [])
    # a neighbour's number that its own block accounts for renders that block, not this one
    source_only, target_only = unmatched_numbers("۲ نفر کشته شدند.", "4 people were killed.",
                                                 source_context=("۴ نفر زخمی شدند.",),
                                                 target_context=("4 were injured.",))
    assert [q.text for q in source_only] == ["۲"] and [q.text for q in target_only] == ["4"]
    # a number joined by a hyphen to a Persian word is part of a name
    assert unmatched_numbers("کووید-19 یک بیماری است و جنگنده اف-۱۶ پرواز کرد.", "It is a disease; the jet flew.") == (
        [], [])


def test_a_year_inside_a_date_matches_a_year_alone():
    from bilingua.compare.dates import date_spans

    fa, en = "در ۵ مارس ۲۰۲۰ گزارش شد.", "It was reported in 2020, on 5 March."
    assert unmatched_numbers(fa, en, date_spans(fa), date_spans(en)) == ([], [])


def test_persian_thousands_sign_misused_as_decimal_before_a_multiplier():
    assert values("CNN ۲٬۵۲ میلیون بیننده داشت") == [2.52e6]
    assert values("۱۲٬۵۰۰ نفر") == [12500]


def test_half_a_million_is_one_number():
    assert values("half a million deaths, a quarter of them children") == [500000, 0.25]
    assert unmatched_numbers("مرگ نیم میلیون نفر", "half a million deaths") == ([], [])


def test_a_year_range_written_short_ends_in_the_full_year():
    assert unmatched_numbers("پاندمی 2020-2019", "the 2019–20 pandemic") == ([], [])
    assert unmatched_numbers("فصل ۲۰۱۸-۲۰۱۹", "the 2018-19 season") == ([], [])
    _, target_only = unmatched_numbers("در سال ۱۹۵۷", "in the 1957–58 outbreak")
    assert [q.value for q in target_only] == [58]  # the Persian has no 1958
    # the short end is a year like any other: 2023-24 is the Jalali 1402
    assert unmatched_numbers("گزارش سال ۱۴۰۲", "the report for 2023-24") == ([], [])


def test_a_persian_comma_grouping_thousands_after_a_slash_is_no_number_of_its_own():
    # the part before ، follows a slash and is not read; the part after it was read as 000
    assert unmatched_numbers("مردان (0.31/100،000)", "men (0.31/100,000)") == ([], [])


def test_a_text_full_of_numbers_and_dates_is_read_whole():
    """A long table pasted as one line: dates are blanked out before numbers are read and
    spelled numbers beside digits are dropped, each in one pass, and repeated numbers are
    matched once. (Each of these took time quadratic in the length of the text.)"""
    persian = "۳ میلیون و ۲۰۰ هزار نفر، سه نفر در ۱۴۰۳/۰۱/۱۵ و ۵ درصد. " * 1500
    english = "3.2 million people, three people on 3 April 2024 and 5 percent. " * 1499
    english += "3.2 million people, three people on 3 April 2024 and 7 percent."
    persian_dates, english_dates = ([(d.start, d.end) for d in extract_dates(t)] for t in (persian, english))
    assert [q.value for q in extract_numbers(persian, persian_dates)] == [3_200_000, 3, 5] * 1500
    src_only, tgt_only = unmatched_numbers(persian, english, persian_dates, english_dates)
    assert src_only == [] and [q.text for q in tgt_only] == ["7 percent"]


def test_numbers_after_coordinated_days_keep_their_place():
    """A date and its coordinated day have overlapping spans (۴ و ۵ مارس): blanked once,
    the numbers after them keep their offsets into the text."""
    text = "در ۴ و ۵ مارس ۱۲ نفر و در March 4 and 5, 7 people"
    spans = sorted((d.start, d.end) for d in extract_dates(text))
    assert [text[a:b] for a, b in spans] == ["۴ و ۵ مارس", "۵ مارس", "March 4", "March 4 and 5"]
    found = extract_numbers(text, spans)
    assert all(text[q.start:q.end] == q.text for q in found)
    assert [(q.value, q.start) for q in found if q.value in (12, 7)] == [(12, text.index("۱۲")), (7, text.index("7"))]


def test_number_words_written_as_one_word_with_zero_width_non_joiners():
    # «بیست‌وپنج» is «بیست و پنج» written as one word; a measure joins a number as
    # English hyphenates it (twelve-month, five-day), and an ordinal ends one (35th)
    assert values("قرارداد دوازده‌ماهه") == [12]
    assert values("بیست‌وپنج نفر") == values("بیست‌و‌پنج نفر") == [25]
    assert values("سی‌وپنجمین دوره") == [35]
    assert values("یک سفر پنج‌روزه") == [1, 5]
    assert values("بیست‌وپنج هزار نفر") == [25000]
    assert unmatched_numbers("قرارداد دوازده‌ماهه امضا شد.", "A 12-month contract was signed.") == ([], [])
    assert unmatched_numbers("سی‌وششمین نمایشگاه کتاب", "the 36th book fair") == ([], [])
    assert unmatched_numbers("سفر پنج‌روزه", "a five-day trip") == ([], [])
    # as a count in words, it still differs from another count in words
    assert unmatched_numbers("بیست‌وپنج نفر آمدند.", "Twenty-six people came.") != ([], [])
    # any other word joined to a number word makes no number: Tuesday, "not only", "tens of"
    for text in ("سه‌شنبه", "یک‌شنبه", "نه‌تنها", "ده‌ها نفر", "سیاست", "یکشنبه", "هفته"):
        assert values(text) == [], text


def test_a_minus_sign_or_word_makes_a_number_negative_but_a_range_dash_does_not():
    assert values("The temperature fell to minus 12 degrees.") == [-12]
    assert values("دمای هوا به منفی ۱۲ درجه رسید.") == [-12]
    assert values("دمای هوا به ۱۲ درجه زیر صفر رسید.")[0] == -12
    assert values("It was -12 C at night, (−3) by day.") == [-12, -3]
    assert values("In 2019-2020, 5 -6 cases; pages 3-5; Figures 6- -99") == [2019, 2020, 5, 6, 3, 5, 6, 99]
    assert values("شکل‌های ۲ - -۴۴") == [2, 44]
    assert unmatched_numbers("دمای هوا به منفی ۱۲ درجه رسید.", "The temperature fell to 12 degrees.")[0]
    assert unmatched_numbers("دمای هوا به منفی ۱۲ درجه رسید.",
                             "The temperature fell to minus 12 degrees.") == ([], [])
    # a minus typed after a temperature's digits, as right-to-left text may hold it (a probe's)
    assert values("دمای هوا به ۱۲- درجه سانتی‌گراد رسید.") == [-12]
    assert values("دمای هوا بین ۱۰-۱۲ درجه بود.") == [10, 12]
    assert unmatched_numbers("دمای هوا به ۱۲- درجه رسید.", "The temperature fell to -12 degrees.") == ([], [])


def test_a_percent_sign_typed_before_the_digits_makes_a_percentage():
    assert [(q.value, q.unit) for q in extract_numbers("نرخ تورم ٪۱۸ بود.")] == [(18.0, "%")]
    assert [(q.value, q.unit) for q in extract_numbers("rates of 20%30 here")] == [(20.0, "%"), (30.0, "")]


def test_a_telephone_number_is_one_number_with_or_without_its_country_and_area_code():
    english = "For details call +98 21 8896 1234."
    assert differing("برای اطلاعات بیشتر با شماره ۰۲۱-۸۸۹۶۱۲۳۴ تماس بگیرید.", english) == [[], []]
    assert differing("برای اطلاعات بیشتر با شماره ۸۸۹۶۱۲۳۴ تماس بگیرید.", english) == [[], []]  # no area code
    assert differing("برای اطلاعات با شماره ۰۸۰۰۵۵۵۱۱۱ تماس بگیرید.", "Call 0800 555 111 for details.") == [[], []]
    # groups shown in reverse in a right-to-left line
    assert differing("با شماره ۳۶۸۰-۲۹۲-۸۵۹ تماس بگیرید.", "Call 859-292-3680.") == [[], []]
    assert differing("با شماره ۰۲۱-۸۸۹۶۱۲۳۴ تماس بگیرید.", "Call +98 21 8896 1235.") == [
        ["۰۲۱-۸۸۹۶۱۲۳۴"], ["+98 21 8896 1235"]]
    # not telephone numbers: a range, a row of years, a count written in one run
    assert values("Between 1000-2000 people came.") == [1000, 2000]
    assert values("in 2019 2020 2021") == [2019, 2020, 2021]
    assert differing("جمعیت ۱۲۰۰۰۰۰۰ نفر است.", "The population is 12 million.") == [[], []]


def test_a_temperature_difference_converts_without_the_offset():
    english = "Temperatures were 10 degrees Fahrenheit above average."
    assert unmatched_numbers("دما ۶ درجه سانتیگراد بالاتر از میانگین بود.", english) == ([], [])
    assert unmatched_numbers("دما ۹ درجه سانتیگراد بالاتر از میانگین بود.", english) != ([], [])
    assert unmatched_numbers("دما ۴ درجه افزایش یافت.", "The temperature rose by 7 degrees Fahrenheit.") == ([], [])
    # a temperature, not a difference: 10 °F is -12 °C, not 6 °C
    assert unmatched_numbers("دما به ۶ درجه سانتیگراد رسید.", "It reached 10 degrees Fahrenheit.") != ([], [])


def test_temperatures_a_degree_apart_differ():
    # both read as Fahrenheit, 9 and 10 are within half a degree: no reason to match
    assert unmatched_numbers("دمای هوا به ۹ درجه رسید.", "It reached 10 degrees.") != ([], [])
    assert unmatched_numbers("دمای هوا به ۲۹ درجه رسید.", "It reached 30 degrees.") != ([], [])
    assert unmatched_numbers("دمای هوا به ۲۵ درجه رسید.", "It reached 77 degrees Fahrenheit.") == ([], [])


def test_power_in_watts_converts_between_mega_and_giga():
    assert unmatched_numbers("ظرفیت ۶ هزار و ۸۰۰ مگاوات است.", "Capacity is 6.8 gigawatts.") == ([], [])
    assert unmatched_numbers("ظرفیت ۶ هزار و ۸۰۰ مگاوات است.", "Capacity is 6.8 megawatts.") != ([], [])
    assert unmatched_numbers("نیروگاه ۵۰۰ مگاواتی افتتاح شد.", "A 500MW plant opened.") == ([], [])


def test_a_temperature_written_with_its_scale_letter():
    assert values("It hit 51C (124F).") == [51, 124]
    assert unmatched_numbers("دما به ۵۱ درجه سانتیگراد رسید.", "It hit 51C (124F).") == ([], [])
    assert unmatched_numbers("دما به ۵۱ درجه سانتیگراد رسید.", "It hit 51C (129F).") != ([], [])


def test_a_fifth_after_an_article_is_also_a_share():
    assert unmatched_numbers("تعداد داوطلبان ۲۰ درصد بیشتر شد.", "The number of applicants rose by a fifth.") == ([], [])
    assert unmatched_numbers("تعداد داوطلبان ۳۰ درصد بیشتر شد.", "The number of applicants rose by a fifth.") != ([], [])


def test_one_number_grouped_differently_on_the_two_sides_matches():
    assert unmatched_numbers("با شماره ۱۱۶۱۲۳ تماس بگیرید.", "Call the helpline on 116 123.") == ([], [])
    assert unmatched_numbers("با شماره ۱۱۶ ۱۲۳ تماس بگیرید.", "Call the helpline on 116123.") == ([], [])
    source_only, target_only = unmatched_numbers("با شماره ۱۱۶۱۲۴ تماس بگیرید.", "Call the helpline on 116 123.")
    assert [q.text for q in source_only] == ["۱۱۶۱۲۴"] and [q.text for q in target_only] == ["116", "123"]


def test_hemat_is_a_thousand_billion_tomans():
    from bilingua.compare.findings import _show

    assert unmatched_numbers("بودجه ۴۵ همت است.", "The budget is 45 trillion tomans.") == ([], [])
    assert unmatched_numbers("بودجه ۴۵ همت است.", "The budget is 450 trillion rials.") == ([], [])
    assert unmatched_numbers("بودجه ۸٬۰۰۰ همت است.", "The budget is 8 quadrillion tomans.") == ([], [])
    source_only, _ = unmatched_numbers("بودجه ۴۵ همت است.", "The budget is 54 trillion tomans.")
    assert [_show(q) for q in source_only] == ["۴۵ همت (= 45 trillion tomans)"]
    assert unmatched_numbers("با همت مردم ۵ مدرسه ساخته شد.", "With the people's effort 5 schools were built.") == (
        [], [])  # همت without a number is "effort"


def test_an_approximate_number_in_a_translation_matches_the_exact_one_it_rounds():
    persian = "۳ میلیون و ۴۸۰ هزار نفر ثبت نام کردند."
    assert unmatched_numbers(persian, "Nearly 3.5 million people registered.") == ([], [])
    assert unmatched_numbers(persian, "3.5 million people registered.") != ([], [])  # no hedge, no rounding
    assert unmatched_numbers("۳ میلیون و ۴۰۰ هزار نفر ثبت نام کردند.", "Nearly 3.5 million people registered.") != (
        [], [])  # 3.4 million rounds to 3 million or 3.4, not 3.5
    assert unmatched_numbers("۲۵ نفر آمدند.", "About 26 people came.") != ([], [])
    # a bound is no rounding: "more than 800" is not 801
    assert unmatched_numbers("تعداد قربانیان به بیش از ۸۰۰ رسید.", "The toll rose above 801.") != ([], [])


def test_months_years_decades_and_cubic_feet_convert():
    assert unmatched_numbers("این طرح ۳۰ ماه طول کشید.", "The project took two and a half years.") == ([], [])
    assert unmatched_numbers("این طرح ۳۰ ماه طول کشید.", "The project took 30 years.") != ([], [])
    assert unmatched_numbers("در ۲۰ سال گذشته", "over the past two decades") == ([], [])
    assert unmatched_numbers("روزانه ۵۰ میلیون فوت مکعب گاز صادر می‌شود.",
                             "Some 1.4 million cubic metres of gas are exported daily.") == ([], [])
    assert unmatched_numbers("پسر ۱۰ ساله", "the 10-year-old boy") == ([], [])


def test_a_result_is_one_number_that_only_matches_unless_both_sides_give_one():
    assert differing("طارمی با گل سوم کار را تمام کرد.", "Taremi made it 3-1.") == [[], []]  # told in words on one side
    assert differing("پرسپولیس ۳ بر ۱ پیروز شد.", "Persepolis won 3-1.") == [[], []]
    assert differing("پرسپولیس ۳ بر ۱ پیروز شد.", "Persepolis won 1-3.") == [[], []]  # either way round
    assert differing("پرسپولیس ۳ بر ۱ پیروز شد.", "Persepolis won 3-2.") == [["۳ بر ۱"], ["3-2"]]
    assert differing("بازی ۲-۲ مساوی شد.", "The game ended 2-1.") == [["۲-۲"], ["2-1"]]
    # an ascending pair is a range
    assert differing("بین ۳ تا ۵ روز طول می‌کشد.", "It takes between 3-5 days.") == [[], []]
    assert differing("بین ۳ تا ۶ روز طول می‌کشد.", "It takes between 3-5 days.") == [["۶ روز"], ["5 days"]]


def test_an_ordinal_in_words_is_reported_where_each_side_has_one_the_other_lacks():
    source_only, target_only = unmatched_numbers("این سومین دوره مسابقات است.", "This is the fourth edition of the games.")
    assert [q.text for q in source_only] == ["سومین"] and [q.text for q in target_only] == ["fourth"]
    assert unmatched_numbers("این سومین دوره مسابقات است.", "This is the third edition of the games.") == ([], [])
    assert unmatched_numbers("دهمین نمایشگاه", "the 10th fair") == ([], [])
    assert unmatched_numbers("جنگ جهانی دوم", "the Second World War") == ([], [])
    assert unmatched_numbers("سومین دوره", "It took a second.") == ([], [])  # a second is also a unit of time


def test_lengths_in_kilometres_and_metres_and_weights_in_tonnes_are_one_scale():
    assert unmatched_numbers("طول تونل ۲ کیلومتر است.", "The tunnel is 2,000 metres long.") == ([], [])
    source_only, target_only = unmatched_numbers("طول تونل ۲ کیلومتر است.", "The tunnel is 2 metres long.")
    assert [q.text for q in source_only] == ["۲ کیلومتر"] and [q.text for q in target_only] == ["2 metres"]
    assert unmatched_numbers("۵۰۰ هزار تن گندم وارد شد.", "500,000 tonnes of wheat arrived.") == ([], [])
    assert unmatched_numbers("۵ تن برنج", "5,000 kg of rice") == ([], [])
    source_only, target_only = unmatched_numbers("وزن کامیون ۵ تن است.", "The truck weighs 5 kg.")
    assert [q.text for q in source_only] == ["۵ تن"] and [q.text for q in target_only] == ["5 kg"]
    # «تن» also counts people, whom English counts without a unit
    assert unmatched_numbers("۱۰ تن کشته شدند.", "10 people were killed.") == ([], [])


def test_added_time_a_range_of_hours_told_pm_at_its_end_and_words_that_only_look_like_ordinals():
    goal = "او در دقیقه ۹۰+۳ گل پیروزی را زد."
    for english in ("He scored the winner three minutes into stoppage time.", "He scored the winner in the 93rd minute.",
                    "He scored the winner in the 90+3rd minute."):
        assert unmatched_numbers(goal, english) == ([], []), english
    assert differing(goal, "He scored the winner in the 95th minute.")[0] == ["۹۰+۳"]
    memorial = "مراسم ختم از ساعت ۱۵ تا ۱۶:۳۰ برگزار می‌شود."
    assert unmatched_numbers(memorial, "The memorial runs from 3 to 4.30 p.m.") == ([], [])
    _, target_only = unmatched_numbers(memorial, "The memorial runs from 2 to 4.30 p.m.")
    assert [(q.text, q.value) for q in target_only] == [("2", 14 * 60)]
    # سهم is "share", سیم "wire": no ordinals of three and thirty (سوم, سی‌ام)
    assert [q.value for q in extract_numbers("سود هر سهم به ۱۲۴۰ ریال رسید و سیم‌ها قطع شد.")] == [1240]
    assert [q.value for q in extract_numbers("سومین و سی‌امین")] == [3, 30]


def test_a_ranges_scale_word_is_the_first_numbers_too():
    # a probe's stock index: «۲٫۳ تا ۲٫۴ میلیون» is 2.3 million to 2.4 million
    assert differing("شاخص به محدوده ۲٫۳ تا ۲٫۴ میلیون واحد می‌رسد.",
                     "The index will reach 2.3 million to 2.4 million points.") == [[], []]
    assert differing("۱٫۲ تا ۱٫۵ میلیارد تومان", "1.2 billion to 1.5 billion tomans") == [[], []]
    assert differing("۲٫۳ تا ۲٫۴ میلیون", "2.3 to 2.4 million") == [[], []]
    assert differing("۲٫۳ تا ۲٫۴ میلیون", "2.5 million to 2.4 million") == [["۲٫۳"], ["2.5 million"]]


def test_the_hour_before_a_day_is_a_clock_time_not_a_count_of_days():
    # «ساعت ۱۴ روز دوشنبه» is 2 p.m. on Monday, which was read as 14 days
    assert differing("بیشترین دما ساعت ۱۴ روز دوشنبه ثبت شد.", "The highest was at 2 p.m. on Monday.") == [[], []]
    assert differing("بیشترین دما ساعت ۱۴ روز دوشنبه ثبت شد.",
                     "The highest was at 2 a.m. on Monday.") == [["ساعت ۱۴"], ["2 a.m."]]
    assert [q.unit for q in extract_numbers("این کار ۱۴ روز طول کشید.")] == ["h"]


def test_american_spellings_and_singulars_of_metric_units():
    assert differing("بیش از ۴۰ سانتیمتر برف", "more than 40 centimeters of snow") == [[], []]
    assert differing("بیش از ۴۰ سانتیمتر برف", "more than 40 millimeters of snow") == [
        ["۴۰ سانتیمتر"], ["40 millimeters"]]
    assert differing("این جاده ۱ کیلومتر طول دارد.", "The road is 1 meter long.") == [["۱ کیلومتر"], ["1 meter"]]


def test_the_third_after_the_or_a_possessive_is_an_ordinal():
    # a probe: "the third week" against «هفته دوم», "the world's third largest" against
    # «چهارمین»: "third" alone was read as a share (1/3) and never reported
    assert differing("در هفته دوم فروردین", "in the third week of Farvardin") == [["دوم"], ["third"]]
    assert differing("چهارمین ذخایر بزرگ جهان", "the world's third largest reserves") == [["چهارمین"], ["third"]]
    assert differing("در هفته سوم فروردین", "in the third week of Farvardin") == [[], []]
    assert differing("یک سوم سود", "a third of the profit") == [[], []]


def test_a_sum_in_one_currency_is_no_sum_in_another():
    # a probe's $65 → €65 went unreported, and so would 100 million dollars as rials
    assert differing("قیمت نفت به ۶۵ دلار رسید.", "Oil reached €65 a barrel.") == [["۶۵ دلار"], ["€65"]]
    assert differing("حجم مبادلات به ۱۰۰ میلیون دلار رسید.", "Trade reached 100 million rials.") == [
        ["۱۰۰ میلیون دلار"], ["100 million rials"]]
    for english in ("Oil reached $65 a barrel.", "Oil reached 65 dollars a barrel.", "Oil reached 65 a barrel."):
        assert differing("قیمت نفت به ۶۵ دلار رسید.", english) == [[], []]
    assert differing("۴٫۹ میلیارد یورو", "€4.9bn") == [[], []]
    # a sign belongs to the amount right after it only (not to a text's last character)
    assert [q.text for q in extract_numbers("65 dollars, paid in $")] == ["65 dollars"]


def test_percentage_points_are_no_percent():
    # a probe's «۴ واحد درصد کاهش» rendered "fell by 4 percent" went unreported
    assert differing("تورم با ۴ واحد درصد کاهش به ۴۰٫۷٪ رسید.", "Inflation fell by 4 percent to 40.7%.") == [
        ["۴ واحد درصد"], ["4 percent"]]
    assert differing("تورم با ۴ واحد درصد کاهش به ۴۰٫۷٪ رسید.", "Inflation fell 4 percentage points to 40.7%.") == [
        [], []]
    assert differing("افزایش ۱۰ واحد درصدی مشارکت", "a 10-percentage-point rise in turnout") == [[], []]
    assert differing("نرخ بیکاری ۲ درصد کاهش یافت.", "Unemployment fell 2 percentage points.") == [
        ["۲ درصد"], ["2 percentage points"]]


def test_twice_is_a_count_word_against_another_count():
    # a probe's «سه بار تمدید شد» rendered "extended twice" went unreported
    persian = "رأی‌گیری سه بار تا نیمه‌شب تمدید شد."
    assert differing(persian, "Voting was extended twice, until midnight.") == [["سه"], ["twice"]]
    assert differing(persian.replace("سه", "دو"), "Voting was extended twice, until midnight.") == [[], []]


def test_a_share_with_an_article_and_a_verb_that_multiplies_are_counts_against_another_count():
    # «یک‌سوم» rendered "a quarter", «سه برابر» rendered "doubled" went unreported: the
    # English side had no count of its own to set against the Persian one
    assert differing("یک‌سوم جمعیت در شهرها زندگی می‌کنند.", "A quarter of the population lives in cities.") == [
        ["یک\u200cسوم"], ["A quarter"]]
    assert differing("یک‌سوم جمعیت در شهرها زندگی می‌کنند.", "A third of the population lives in cities.") == [[], []]
    assert differing("یک چهارم جمعیت", "a quarter of the population") == [[], []]
    assert differing("صادرات سه برابر شد.", "Exports doubled.") == [["سه"], ["doubled"]]
    assert differing("صادرات دو برابر شد.", "Exports doubled.") == [[], []]
    assert differing("تولید ۲۰۰ درصد افزایش یافت.", "Output tripled.") == [[], []]  # up 200 %
    assert differing("تولید ۵۰ درصد افزایش یافت.", "Output doubled.") == [["۵۰ درصد"], ["doubled"]]
    # «نیمی» is always "half of": a share against another one
    budget = "نیمی از بودجه سالانه دانشگاه صرف پژوهش شد."
    assert differing(budget, "A third of the university's annual budget went on research.") == [
        ["نیمی"], ["A third"]]
    assert differing(budget, "Half of the university's annual budget went on research.") == [[], []]
    # but "half" alone is also a match's: no share set against «نیمه دوم»
    assert differing("او در نیمه دوم گل زد.", "He scored in the second half.") == [[], []]
    # "a third" is also an ordinal: «برای سومین بار» is "for a third time", not a fourth
    assert differing("او برای سومین بار انتخاب شد.", "He was elected for a third time.") == [[], []]
    assert differing("او برای سومین بار انتخاب شد.", "He was elected for a fourth time.") == [["سومین"], ["a fourth"]]
    # alone, with no count on the other side, neither is reported
    assert differing("صادرات افزایش چشمگیری داشت.", "Exports doubled.") == [[], []]
    # the share's article is no "the" or "'s" before it: "it's a third" is a share, not the third
    assert differing("این یک‌سوم بودجه است.", "It's a third of the budget.") == [[], []]
    assert differing("این ۳۳ درصد بودجه است.", "It's a third of the budget.") == [[], []]


def test_a_jalali_year_before_1300_after_the_word_year_or_with_its_era_matches_its_gregorian_years():
    # a probe's history lesson: «در سال ۱۲۸۸» rendered "in 1909" was "target has 1909"
    assert unmatched_numbers("سرانجام در سال ۱۲۸۸ مشروطه‌خواهان تهران را فتح کردند.",
                             "Finally, in 1909 the constitutionalists captured Tehran.") == ([], [])
    assert unmatched_numbers("در سال ۱۲۸۵ خورشیدی، شاه فرمان مشروطیت را امضا کرد.",
                             "In 1906 (1285 in the Iranian calendar), the Shah signed the decree.") == ([], [])
    assert differing("در سال ۱۲۸۸ تهران فتح شد.", "Tehran was captured in 1911.")[1] == ["1911"]
    # a number of the same size that is no year keeps its own value
    assert differing("۱۲۸۸ نفر ثبت‌نام کردند.", "1909 people registered.")[1] == ["1909"]


def test_spelled_decimals_ordinals_joined_by_and_and_a_hyphenated_scale_are_read():
    # a probe's English with its numbers in words: "thirty-seven point five percent" was
    # "thirty-seven, five", "twenty-third and sixty-seventh" one number, "one thousand-kilometer" one
    for persian, english in [("نرخ تورم به ۳۷٫۵ درصد رسید.", "Inflation reached thirty-seven point five percent."),
                             ("هزینه ۱٫۲ میلیارد یورو برآورد شده است.", "It is estimated to cost one point two billion euros."),
                             ("او در دقایق ۲۳ و ۶۷ گلزنی کرد.", "He scored in the twenty-third and sixty-seventh minutes."),
                             ("این خط لوله به طول ۱٬۰۰۰ کیلومتر است.", "The one thousand-kilometer pipeline is new.")]:
        assert unmatched_numbers(persian, english) == ([], []), english
    assert differing("زلزله‌ای به بزرگی ۵٫۸ ریشتر رخ داد.",
                     "An earthquake measuring five point nine struck.")[1] == ["five point nine"]
    # "at one point" is a moment, not the start of a decimal
    assert [q.text for q in extract_numbers("At one point two people were injured.")] == ["one", "two"]


def test_a_spelled_ordinal_written_without_its_non_joiners_is_read():
    # a probe's variants: «سی وپنجمین» was 30, «سیوپنجمین» nothing, against "35th"
    for persian in ("سی وپنجمین نمایشگاه کتاب تهران گشایش یافت.", "سیوپنجمین نمایشگاه کتاب تهران گشایش یافت."):
        assert unmatched_numbers(persian, "The 35th Tehran Book Fair opened.") == ([], []), persian
        assert differing(persian, "The 36th Tehran Book Fair opened.")[1] == ["36th"]


def test_a_duration_in_two_units_or_a_unit_and_a_half_is_one_duration():
    # a probe's «۱۵ سال و ۶ ماه» as "15 and a half years" and «یک ساعت و نیم» as "90 minutes"
    assert differing("وی ۱۵ سال و ۶ ماه زندان گرفت.", "He was sentenced to 15 and a half years in prison.") == [[], []]
    assert differing("این سفر یک ساعت و نیم طول کشید.", "The trip took 90 minutes.") == [[], []]
    assert differing("سفر ۲ ساعت و ۳۰ دقیقه طول کشید.", "The trip took two and a half hours.") == [[], []]
    assert differing("او ۳ سال و نیم در زندان بود.", "He spent three and a half years in prison.") == [[], []]
    assert differing("وی ۱۵ سال و ۶ ماه زندان گرفت.", "He was sentenced to 16 years in prison.") == [
        ["۱۵ سال و ۶ ماه"], ["16 years"]]
    assert differing("سفر ۲ ساعت و ۳۰ دقیقه طول کشید.", "The trip took 2 hours and 40 minutes.") == [
        ["۲ ساعت و ۳۰ دقیقه"], ["2 hours and 40 minutes"]]
    # a larger unit after the smaller, or a count that is no duration, is not added on
    assert differing("وی به ۱۰ سال و ۷۴ ضربه شلاق محکوم شد.", "He was sentenced to 10 years and 74 lashes.") == [[], []]


def test_number_words_joined_by_a_non_joiner_are_read_as_their_words():
    # a probe's «یک‌میلیون و دویست هزار» for 1.2 million was read as 1,000,200,000
    assert values("یک‌میلیون و دویست هزار مشترک") == [1_200_000]
    assert values("سه‌میلیون و پانصد هزار نفر") == [3_500_000]
    assert differing("یک‌میلیون و دویست هزار مشترک", "1.2 million subscribers") == [[], []]
    # a multiplier joined to its count is as exact as one written apart: reported
    assert differing("دو‌هزار نفر", "3,000 people") == [["دو\u200cهزار"], ["3,000"]]


def test_number_words_after_digits_with_a_multiplier_join_them():
    # «۱ میلیون و دویست هزار»: the words were taken for part of ۱ میلیون, and dropped
    assert values("۱ میلیون و دویست هزار نفر") == [1_200_000]


def test_a_persian_clock_written_with_a_colon_takes_its_part_of_the_day():
    # «۴:۳۵ بامداد» also read as 16:35, so "4:35 p.m." passed
    assert differing("زلزله ساعت ۴:۳۵ بامداد رخ داد.", "The earthquake struck at 4:35 p.m.") == [
        ["ساعت ۴:۳۵ بامداد"], ["4:35 p.m."]]
    assert differing("زلزله ساعت ۴:۳۵ بامداد رخ داد.", "The earthquake struck at 4:35 a.m.") == [[], []]


def test_english_shares_and_times_said_with_two_counts_are_one_quantity():
    assert differing("کودکان حدود یک‌چهارم بیماران را تشکیل می‌دهند.", "Children are about one in four patients.") == [
        [], []]
    assert differing("حدود دو سوم موارد", "About two out of three cases") == [[], []]
    assert differing("نشست خبری ساعت ۱۸:۳۰ برگزار شد.", "It was held at half past six in the evening.") == [[], []]
    assert differing("نشست ساعت ۶:۴۵ صبح برگزار شد.", "It was held at a quarter to seven.") == [[], []]
    assert differing("نشست خبری ساعت ۱۸:۳۰ برگزار شد.", "It was held at half past seven in the evening.") == [
        ["ساعت ۱۸:۳۰"], ["half past seven in the evening"]]
    assert values("the second half to three goals") == [2, 0.5, 3]  # "half to" tells no time


def test_a_slash_decimal_in_latin_digits_before_a_percent_is_a_persian_decimal():
    assert values("نرخ بیکاری 2/5 درصد کاهش یافت.") == [2.5]
    assert values("خدمات 24/7 ارائه می‌شود") == [24]
