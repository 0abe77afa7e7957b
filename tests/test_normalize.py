import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingua.normalize import PersianNormalizer, fold_numbers, matching_form, normalize_text
from bilingua.pipeline import document_from_text
from bilingua.segment import has_content

N = PersianNormalizer()


@pytest.mark.parametrize("raw,expected", [
    ("كتاب هاي علي", "کتاب‌های علی"),                       # Arabic letters, plural suffix
    ("آنها مي روند و نمي خواهند", "آنها می‌روند و نمی‌خواهند"),  # verbal prefixes
    ("میروند", "می‌روند"),                                   # joined prefix separated by ZWNJ
    ("حَذفِ اِعراب", "حذف اعراب"),                          # diacritics
    ("کتاب‌‌ها", "کتاب‌ها"),                               # doubled ZWNJ
])
def test_normalises(raw, expected):
    assert N(raw) == expected


@pytest.mark.parametrize("text", [
    "روسها هم سفر حاج قاسم به مسکو را خبری کردند",   # «هم سفر» must not become «هم‌سفر»
    "زمین لرزه دیروز آمد",                             # two standalone words stay apart
    "ماه می سال جدید",                                 # «می» the month is not a verbal prefix
])
def test_standalone_words_are_never_joined(text):
    assert N(text) == text


@pytest.mark.parametrize("text", ["قیمت 12.5 دلار", "۳,۰۰۰ نفر", "3,000 نفر", "۱۲٫۵ درصد", "رشد ۲۰٪ بود", "ساعت 14:46"])
def test_numbers_are_not_damaged(text):
    assert N(text) == text


def test_digit_modes():
    assert PersianNormalizer("ascii")("۱۲٫۵ و ۳٬۰۰۰ و ٤") == "12.5 و 3,000 و 4"
    assert PersianNormalizer("persian")("12.5 و 3,000") == "۱۲٫۵ و ۳٬۰۰۰"
    with pytest.raises(ValueError):
        PersianNormalizer("roman")


def test_matching_form_folds_digits_and_separators():
    assert fold_numbers("۱۲٫۵٪ و ۳٬۰۰۰ و ٤") == "12.5% و 3,000 و 4"
    assert matching_form("رشد ۲۰٪") == matching_form("رشد 20%")


def test_english_is_left_alone():
    text = "The U.N. said 3,000.5 people visited www.irna.ir on Jan. 5."
    assert N(text) == text


def test_line_structure_survives():
    text = "عنوان\n\nمي روند.\nخط دوم"
    assert normalize_text(text, N).split("\n") == ["عنوان", "", "می‌روند.", "خط دوم"]


_pieces = st.sampled_from(
    ["مي", "نمي", " ", "روند", "كتاب", " ها", " هاي", "\u200c", "هم", "سفر", "12.5", "۳٬۰۰۰", "َ", "ي", "ك",
     "،", "؟", " ،", "\n", "Dr. Smith", "«", "»", "۱۴۰۳/۰۱/۱۵", "ﻻ", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=30).map("".join))
def test_idempotent(text):
    once = N(text)
    assert N(once) == once


@settings(max_examples=60, deadline=None)
@given(st.lists(_pieces, max_size=30).map("".join))
def test_offsets_into_the_original_survive_normalisation(text):
    if not has_content(text):
        return
    doc = document_from_text(text)
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
        assert s.normalized == N(s.text)


def test_verb_forms_are_the_ones_hazm_builds():
    from hazm import Lemmatizer

    from bilingua.normalize import hazm_verb_forms

    assert hazm_verb_forms() == set(Lemmatizer(joined_verb_parts=False).verbs)


def test_separates_the_mi_prefix_of_verbs_only():
    n = PersianNormalizer()
    assert n("نمیدانم چه میگفت") == "نمی\u200cدانم چه می\u200cگفت"
    assert n("میز") == "میز"
