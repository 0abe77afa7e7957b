import pytest

from bilingua.compare.names import persian_words, unmatched_names
from bilingua.compare.people import persian_people


def people(text):
    return list(persian_people(tuple(m.group() for m in persian_words(text))))


@pytest.mark.parametrize("text, found", [
    ("محمدرضا فلاح، استاندار کرمان، دستور داد.", [("محمدرضا", "فلاح")]),
    ("محمد جواد ظریف وزیر خارجه بود.", [("محمد", "جواد", "ظریف")]),
    ("عباس عراقچی در نشست خبری شرکت کرد.", [("عباس", "عراقچی")]),
    ("حجت‌الاسلام حسن روحانی سخنرانی کرد.", [("حسن", "روحانی")]),  # a word-like name after a title
    ("آیت الله سید علی سیستانی پیام داد.", [("علی", "سیستانی")]),  # a title written with a space
    ("محمدرضا گفت که می‌آید.", [("محمدرضا",)]),  # a function word is no surname
])
def test_people_are_found_by_their_given_names(text, found):
    assert people(text) == found


@pytest.mark.parametrize("text", [
    "حسن نیت دو طرف آشکار بود.",  # goodwill
    "علی رغم فشارها مذاکره ادامه یافت.",  # despite
    "قرآن کریم را تلاوت کردند.",  # the noble Quran
    "این پروژه با مشارکت مردم اجرا شد.",
])
def test_words_that_are_also_given_names_are_no_people(text):
    assert people(text) == []


FA = "محمدرضا فلاح، استاندار کرمان، دستور اعزام فوری تیم‌های امدادی را صادر کرد."


@pytest.mark.parametrize("english, missing", [
    ("The governor of Kerman ordered rescue teams to be sent at once.", ["محمدرضا فلاح"]),
    ("Mohammad Reza Fallah, the governor of Kerman, ordered rescue teams to be sent at once.", []),
    ("Governor Fallah ordered rescue teams to be sent at once.", []),  # the surname alone will do
])
def test_a_person_left_out_of_the_english_is_a_missing_name(english, missing):
    assert unmatched_names(FA, english)[0] == missing


def test_a_person_the_next_english_sentence_names_is_not_missing():
    # the aligner put "Fallah said so." in the neighbouring block: the clause was split off
    assert unmatched_names(FA, "The governor ordered rescue teams to be sent at once.",
                           target_context="Mohammadreza Fallah said so.")[0] == []
