import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilingua.errors import BilinguaError
from bilingua.pipeline import document_from_text
from bilingua.segment import has_content, locate, paragraph_spans, presplit_document
from bilingua.types import Document


def sentences(text):
    return [s.text for s in document_from_text(text, normalize=False).sentences]


def test_english_abbreviations_and_decimals():
    text = "The U.N. said on Jan. 5 that Dr. Smith paid $12.5 million. He left on Monday."
    assert sentences(text) == [
        "The U.N. said on Jan. 5 that Dr. Smith paid $12.5 million.",
        "He left on Monday.",
    ]


def test_a_title_opening_a_sentence_stays_with_the_name_after_it():
    # blingfire ends a sentence after "Dr." when it opens one, and runs "well. Dr. …" together
    text = ("The compound is made from olive leaves. Dr. Tavakoli said the trial works. Mr. Smith agreed "
            "with Dr. Jones. The talks went well. Prof. Lee spoke last. She met Sen. Brown.")
    assert sentences(text) == [
        "The compound is made from olive leaves.", "Dr. Tavakoli said the trial works.",
        "Mr. Smith agreed with Dr. Jones.", "The talks went well.", "Prof. Lee spoke last.", "She met Sen. Brown."]


def test_persian_punctuation_and_quotes():
    text = "او گفت: «ما فردا می‌رویم.» سپس جلسه پایان یافت. آیا قیمت ۱۲٫۵ دلار است؟ بله!"
    assert sentences(text) == [
        "او گفت: «ما فردا می‌رویم.»",
        "سپس جلسه پایان یافت.",
        "آیا قیمت ۱۲٫۵ دلار است؟",
        "بله!",
    ]


def test_headline_without_stop_is_its_own_sentence():
    text = "Oil prices rise in Asia\nOil prices rose on Monday. Traders were cautious."
    assert sentences(text) == [
        "Oil prices rise in Asia",
        "Oil prices rose on Monday.",
        "Traders were cautious.",
    ]


def test_a_list_items_number_or_letter_opens_the_item():
    assert sentences("The issues were:\n1. The nuclear programme\n2. Sanctions") == [
        "The issues were:", "1. The nuclear programme", "2. Sanctions"]
    assert sentences("موارد عبارت بودند از:\n۱. برنامه هسته‌ای\nالف) تحریم‌ها") == [
        "موارد عبارت بودند از:", "۱. برنامه هسته‌ای", "الف) تحریم‌ها"]
    # in running text it still stops a sentence
    assert sentences("He came in at No. 1. Then he left.") == ["He came in at No. 1.", "Then he left."]


def test_hard_wrapped_english_lines_are_joined():
    text = "The minister said that the talks\nwould resume next week. Nobody objected."
    assert sentences(text) == [
        "The minister said that the talks\nwould resume next week.",
        "Nobody objected.",
    ]


def test_a_paragraph_whose_sentences_run_across_its_lines_is_one_run_of_text():
    # Persian has no capital to show a wrap: a probe's wrapped text lost a sentence as "left out"
    text = "وزیر نیرو روز دوشنبه از\nسد کرج بازدید کرد. او گفت ذخایر آب\nتهران کاهش یافته است."
    assert sentences(text) == ["وزیر نیرو روز دوشنبه از\nسد کرج بازدید کرد.", "او گفت ذخایر آب\nتهران کاهش یافته است."]
    # nor does an English line that wraps before a name
    text = "The minister visited the dam near\nKaraj on Monday. He said the reserves of\nTehran had fallen."
    assert sentences(text) == ["The minister visited the dam near\nKaraj on Monday.",
                               "He said the reserves of\nTehran had fallen."]


@pytest.mark.parametrize("text, expected", [
    # a headline over its paragraph, with no blank line between
    ("بازدید وزیر از سد کرج\nوزیر نیرو از سد کرج بازدید کرد. او از کاهش ذخایر خبر داد.",
     ["بازدید وزیر از سد کرج", "وزیر نیرو از سد کرج بازدید کرد.", "او از کاهش ذخایر خبر داد."]),
    # the lines of a list under a sentence that ends in its middle
    ("Bring these. Nothing else:\nTwo eggs\nOne cup of flour", ["Bring these.", "Nothing else:", "Two eggs",
                                                               "One cup of flour"]),
    # numbered items, the last ending with a stop: an item's number is no sentence's end
    ("Steps:\n1. Open the valve\n2. Close the tap.", ["Steps:", "1. Open the valve", "2. Close the tap."]),
    ("۱. شیر را باز کنید\n۲. شیر را ببندید.", ["۱. شیر را باز کنید", "۲. شیر را ببندید."]),
    # one sentence a line
    ("وزیر نیرو از سد کرج بازدید کرد.\nاو از کاهش ذخایر خبر داد.",
     ["وزیر نیرو از سد کرج بازدید کرد.", "او از کاهش ذخایر خبر داد."]),
])
def test_lines_that_do_not_run_across_stay_apart(text, expected):
    assert sentences(text) == expected


def test_paragraph_numbers_and_offsets():
    text = "عنوان خبر\n\n\nجمله اول. جمله دوم.\r\n\r\nThird paragraph here."
    doc = document_from_text(text, normalize=False)
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
    assert len(doc.paragraphs) == 3


def test_presplit_keeps_lines_as_sentences():
    text = "one sentence. another in the same line.\nsecond line\n\nnew paragraph"
    doc = presplit_document(Document(text))
    assert [s.text for s in doc.sentences] == [
        "one sentence. another in the same line.", "second line", "new paragraph"]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1]


def test_a_presplit_file_keeps_every_line_the_cleaner_would_take_for_furniture(tmp_path):
    # a probe's caption and "See also" lines were cleaned away, and every later index shifted
    from bilingua.pipeline import load_document

    lines = ["The ministers met in Moscow on Monday.", "See also: Iran–Russia relations",
             "Photo by Reuters shows the two ministers shaking hands.", "They agreed to meet again."]
    path = tmp_path / "en.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [s.text for s in load_document(str(path), presplit=True, lang="en").sentences] == lines
    assert len(load_document(str(path), lang="en").sentences) < len(lines)  # cleaned, when split


def test_locate_keeps_text_a_splitter_dropped():
    text = "First part. (dropped) Second part."
    spans = locate(text, ["First part.", "Second part."])
    assert [text[s:e] for s, e in spans] == ["First part. (dropped)", "Second part."]


_alphabet = st.sampled_from(list("abc DEF.?!\n\n؟،؛«»سلامدنیا۱۲ .") + ["U.N.", "Dr. ", "۳٫۵", "\u200c"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_alphabet, max_size=80).map("".join))
def test_every_non_space_character_is_in_exactly_one_sentence(text):
    if not has_content(text):
        return
    doc = document_from_text(text, normalize=False)
    covered = [0] * len(text)
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        for i in range(s.start, s.end):
            covered[i] += 1
    for i, ch in enumerate(text):
        assert covered[i] <= 1
        if has_content(ch):
            assert covered[i] == 1, (text, i)
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    assert [p for p in paragraph_spans(text)] == [(p.start, p.end) for p in doc.paragraphs]


class FixedSplitter:
    """A user's splitter that returns the same spans for every line."""

    def __init__(self, spans):
        self.spans = spans

    def split(self, text, script):
        return self.spans


def test_a_custom_splitters_spans_are_used_and_checked():
    text = "One two three. Four five six."
    doc = document_from_text(text, normalize=False, splitter=FixedSplitter([(0, 3), (4, 14)]))
    assert [(s.start, s.end, s.text) for s in doc.sentences] == [(0, 3, "One"), (4, 14, "two three.")]
    for spans, problem in (([(0, 10000)], "does not fit in a line of 29 characters"),
                           ([(5, 2)], "does not fit"),
                           ([(-1, 3)], "does not fit"),
                           ([(0, 10), (5, 20)], "must be in order and not overlap"),
                           ([(15, 29), (0, 14)], "must be in order and not overlap"),
                           ([(0, 3, 5)], "not a (start, end) pair"),
                           ([3], "not a (start, end) pair"),
                           ([("0", "3")], "not a (start, end) pair"),
                           ([(0.0, 3.0)], "not a (start, end) pair")):
        with pytest.raises(BilinguaError, match=re.escape(problem)):
            document_from_text(text, normalize=False, splitter=FixedSplitter(spans))


@pytest.mark.parametrize("persian, first", [
    ("شرکت Apple Inc. محصول جدیدی عرضه کرد. قیمت آن بالاست.", "شرکت Apple Inc. محصول جدیدی عرضه کرد."),
    ("به گفته‌ی Dr. Smith این دارو مؤثر است. او افزود.", "به گفته‌ی Dr. Smith این دارو مؤثر است."),
    ("پرونده‌ی No. 5 بسته شد. دادگاه تمام شد.", "پرونده‌ی No. 5 بسته شد."),
    ("برنامه سه مرحله دارد: ۱. طراحی، ۲. ساخت، ۳. آزمون. از امروز آغاز می‌شود.",
     "برنامه سه مرحله دارد: ۱. طراحی، ۲. ساخت، ۳. آزمون."),
    # a Latin initial as Persian spells it (an English-to-Persian probe's «مایکل دی.» was a sentence)
    ("مایکل دی. هیگینز، رئیس‌جمهور ایرلند، او را ستود. او چهارده رمان نوشت.",
     "مایکل دی. هیگینز، رئیس‌جمهور ایرلند، او را ستود."),
    ("جان اف. کندی در سال ۱۹۶۳ ترور شد. او رئیس‌جمهور بود.", "جان اف. کندی در سال ۱۹۶۳ ترور شد."),
])
def test_a_latin_abbreviation_or_an_item_number_inside_persian_ends_no_sentence(persian, first):
    assert [s.text for s in document_from_text(persian, normalize=False).sentences] == [
        first, persian[len(first):].strip()]


@pytest.mark.parametrize("persian, first", [
    ("این جلسه در ۱۵ دی. سپس پایان یافت.", "این جلسه در ۱۵ دی."),  # the month
    ("سفر تا اواخر دی. بعد برمی‌گردد.", "سفر تا اواخر دی."),
    ("او توپ را زد. سپس دوید.", "او توپ را زد."),  # a letter's name that is also a word
    ("کتاب را به او. سپس رفت.", "کتاب را به او."),
    ("من این فیلم را دیده ام. داستانش زیباست.", "من این فیلم را دیده ام."),  # a perfect typed with a space
])
def test_a_word_spelling_a_letter_that_ends_a_sentence_still_ends_it(persian, first):
    assert [s.text for s in document_from_text(persian, normalize=False).sentences] == [
        first, persian[len(first):].strip()]


def test_a_persian_ellipsis_of_three_points_reads_on_as_the_one_character_ellipsis_does():
    # rishe ended a sentence at «...» and read on past «…»: «همین.» was a sentence of its own
    for dots in ("...", "…", " ..."):
        text = f"او گفت که باید صبر کرد{dots} و سپس رفت. خبر دیگری نبود."
        assert [s.text for s in document_from_text(text, normalize=False).sentences] == [
            f"او گفت که باید صبر کرد{dots} و سپس رفت.", "خبر دیگری نبود."]
    # a stop, or two points (a typing slip for one), still ends the sentence
    assert len(document_from_text("کار تمام شد.. خبر دیگری نبود.", normalize=False).sentences) == 2


def test_a_stop_after_a_bracket_ends_a_persian_sentence_whatever_the_bracket_holds():
    # rishe read on past «(p < 0.01).»: three sentences of a probe's abstract became one
    text = "نمره به‌طور معناداری کاهش یافت (p < 0.01). در گروه کنترل تغییری دیده نشد (p = 0.42). عارضه‌ای گزارش نشد."
    assert [s.text for s in document_from_text(text, normalize=False).sentences] == [
        "نمره به‌طور معناداری کاهش یافت (p < 0.01).", "در گروه کنترل تغییری دیده نشد (p = 0.42).",
        "عارضه‌ای گزارش نشد."]
    # a Latin word after the bracket, or none: as the splitter gives it
    assert len(document_from_text("نتیجه (p < 0.01). CRP بالا بود.", normalize=False).sentences) == 1


def test_a_capitalised_word_after_am_or_pm_opens_a_sentence_unless_it_is_a_day_month_or_zone():
    # blingfire ran "from 9 a.m. to 5 p.m. Admission is …" together (a probe's travel guide)
    text = ("It is open daily from 9 a.m. to 5 p.m. Admission is 500,000 rials. The talks start at 3 p.m. "
            "Tuesday in Vienna. The quake struck at 5 a.m. Eastern time. Doors open at 8 a.m. EST sharp.")
    assert [s.text for s in document_from_text(text, normalize=False).sentences] == [
        "It is open daily from 9 a.m. to 5 p.m.", "Admission is 500,000 rials.",
        "The talks start at 3 p.m. Tuesday in Vienna.", "The quake struck at 5 a.m. Eastern time.",
        "Doors open at 8 a.m. EST sharp."]


def test_a_number_followed_by_a_lower_case_word_opens_a_sentence_after_a_full_stop():
    # blingfire ran "… on Thursday. 22 films are …" together (a black-box probe's festival report)
    text = ("The festival opened on Thursday. 22 films are competing this year. Prices rose in May. "
            "3.5% of firms cut jobs! 300 members voted yes. It happened on Sept. 11 attacks were feared. "
            "See Fig. 3 for details. He left in the U.S. 22 states agreed.")
    assert [s.text for s in document_from_text(text, normalize=False).sentences] == [
        "The festival opened on Thursday.", "22 films are competing this year.", "Prices rose in May.",
        "3.5% of firms cut jobs!", "300 members voted yes.", "It happened on Sept. 11 attacks were feared.",
        "See Fig. 3 for details.", "He left in the U.S. 22 states agreed."]


def test_a_unit_symbol_with_a_full_stop_before_a_capitalised_word_ends_the_sentence():
    # blingfire ran "exceeds 270 km. Rides on …" together (a probe's coverage text), though not "86 kg. He"
    text = ("The network now exceeds 270 km. Rides on the new line are free. Rainfall was 40 mm. Rivers rose "
            "2 m. near the bridge. The station is 3 km. north of the square.")
    assert [s.text for s in document_from_text(text, normalize=False).sentences] == [
        "The network now exceeds 270 km.", "Rides on the new line are free.", "Rainfall was 40 mm.",
        "Rivers rose 2 m. near the bridge.", "The station is 3 km. north of the square."]
