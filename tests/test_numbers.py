from bilingua.compare.numbers import extract_numbers, same_number, unmatched_numbers


def values(text):
    return [q.value for q in extract_numbers(text)]


def test_every_digit_script_and_separator_gives_one_value():
    assert values("۱۲٬۵۰۰ و ١٢٬٥٠٠ و 12,500") == [12500, 12500, 12500]
    assert values("نرخ ۴٫۹ درصد") == [4.9]
    assert values("نرخ ۴/۹ درصد") == [4.9]


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


def test_neighbouring_years_do_not_match_through_the_jalali_calendar():
    src, tgt = unmatched_numbers("در سال 2018", "in 2019")
    assert [q.text for q in src] == ["2018"] and [q.text for q in tgt] == ["2019"]


def test_times_and_more_units_match_their_other_forms():
    assert unmatched_numbers("ساعت ۷:۵۵ صبح", "at 7.55am") == ([], [])
    assert unmatched_numbers("ساعت ۱۶:۴۰", "at 4.40 pm") == ([], [])
    assert unmatched_numbers("فاصله ۶۲۰ کیلومتری", "385 miles away") == ([], [])
    src, tgt = unmatched_numbers("ساعت ۷:۵۵", "at 8.55am")
    assert [q.text for q in src] == ["۷:۵۵"] and [q.text for q in tgt] == ["8.55am"]
