"""The clean stage on plain text: what is furniture, what stays, and the metadata."""

import pytest
from conftest import needs_shared_data

from bilingua.clean import BODY, REMOVED, clean_text
from bilingua.furniture import line_reason
from bilingua.errors import BilinguaError
from bilingua.pagedates import find_dates, first_date, is_date_text
from bilingua.pipeline import load_document


@pytest.mark.parametrize("line, reason", [
    ("News Code:23086", "news code"),
    ("کد خبر: ۸۴۵۶۷۸۹", "news code"),
    ("Read", "reading time"),
    ("4 minutes", "reading time"),
    ("زمان مطالعه: ۳ دقیقه", "reading time"),
    ("Sign Up", "share or sign-up prompt"),
    ("ثبت نام", "share or sign-up prompt"),
    ("Take less than a minute, register and share your opinion under this post.", "share or sign-up prompt"),
    ("-Friday 2025/10/17 - 14:46", "date line"),
    ("جمعه ۲۵ مهر ۱۴۰۴ - ۱۴:۴۶", "date line"),
    ("By Laura Mendes and Tom Okafor", "byline"),
    ("By Laura Mendes, Middle East Correspondent", "byline"),
    ("خبرنگار: نرگس حسینی", "byline"),
    ("Home | Politics | Economy | World", "navigation"),
    ("© 2025 Example News. All rights reserved.", "footer"),
    ("Copyright 2025 Example News", "footer"),
    ("Copyright © Example News Agency", "footer"),
    ("COPYRIGHT 2024 by IRNA", "footer"),
    ("Photo by John Smith/Reuters", "media credit"),
    ("Photo by Atta Kenare / AFP via Getty Images", "media credit"),
    ("Example News Agency. All rights reserved", "footer"),
    ("برچسب‌ها: وزارت نیرو، ارمنستان", "footer"),
    ("کد خبر: 85123 | ۲۵ مهر ۱۴۰۴ - ۱۴:۴۶", "news code, date line"),
    # a probe's Persian share button, kept while "Share on Twitter" went
    ("اشتراک‌گذاری در تلگرام", "share or sign-up prompt"),
    ("Share on Twitter", "share or sign-up prompt"),
    ("Reporter: Laura Mendes", "byline"),
])
def test_furniture_lines_are_recognised(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", [
    "By Tuesday, the ministry had closed all schools in the province.",
    "By Nowruz, Tehran Metro Reaches Kaj Square",  # a title-case headline, not a byline
    "By the end of the year, officials expect 40,000 hectares to be planted.",
    "Comments from the provincial office were published on Monday.",
    "Share prices of the region's largest sugar producer fell.",
    "ثبت نام در کتابخانه برای همه ساکنان روستا رایگان است.",
    "The minister arrived in Moscow on Wednesday, April 3, 2024, IRNA reported.",
    "وزیر امور خارجه روز چهارشنبه ۱۵ فروردین ۱۴۰۳ وارد مسکو شد.",
    "Read the full report of the agriculture office for the detailed figures per county.",
    "Register to vote? Not for traders: the jobs report comes first.",
    "Copyright laws were also discussed by the two ministers.",
    # a probe's sentences, dropped as a copyright notice and a photo credit
    "Copyright 2023 was a difficult year for the music industry.",
    "Photo by Reuters shows the two ministers shaking hands.",
    "All rights reserved by the two governments were discussed at length.",
    # a robustness probe's quote, removed as a footer and so missing from the alignment
    "All rights reserved by the people of Iran, said the minister.",
    # an interview's turns, which a probe's English left out unreported as bylines
    "خبرنگار: نظر شما درباره تورم چیست؟",
    "خبرنگار: چه زمانی؟",
    "Reporter: When will prices fall?",
    "Reporter: The central bank has raised its rate twice this year already.",
])
def test_article_sentences_that_resemble_furniture_are_kept(line):
    assert line_reason(line) == ""


def test_article_without_furniture_is_unchanged(data_dir):
    for name in ("irna-report.fa.txt", "irna-report.en.txt"):
        raw = (data_dir / name).read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        assert cleaned.text == raw
        assert not cleaned.removed


PAGE = """Home
Politics
World

Iran and Armenia extend their electricity swap deal
-Friday 2025/10/17 - 14:46
News Code:23086

Tehran, IRNA - The energy minister said on Friday that the swap agreement would be extended after two weeks of talks.

Related News
Iran resumes electricity exports to Iraq

Concerns about winter

The minister said fuel storage for power plants began last month and will be complete by November.

Comments
Reza
2 hours ago
Exports should wait until there are no more blackouts at home.
Reply
"""


def test_page_furniture_and_comments_leave_only_the_article():
    cleaned = clean_text(PAGE)
    assert cleaned.text == (
        "Iran and Armenia extend their electricity swap deal\n\n"
        "Tehran, IRNA - The energy minister said on Friday that the swap agreement would be extended "
        "after two weeks of talks.\n\n"
        "Concerns about winter\n\n"
        "The minister said fuel storage for power plants began last month and will be complete by November.\n")
    reasons = {ln.text: ln.reason for ln in cleaned.removed}
    assert reasons["Home"] == "navigation"
    assert reasons["Iran resumes electricity exports to Iraq"] == "related articles"
    assert reasons["Exports should wait until there are no more blackouts at home."] == "reader comment"
    assert all(ln.reason for ln in cleaned.removed)
    assert cleaned.metadata["date"] == "2025-10-17"
    assert cleaned.metadata["time"] == "14:46"
    assert cleaned.metadata["news_code"] == "23086"
    assert cleaned.metadata["title"] == "Iran and Armenia extend their electricity swap deal"


def test_comments_are_kept_apart_only_when_asked():
    dropped = clean_text(PAGE)
    kept = clean_text(PAGE, keep_comments=True)
    comment = "Exports should wait until there are no more blackouts at home."
    assert dropped.comments == []
    assert kept.comments == ["Reza", comment]
    assert comment not in kept.text and comment not in dropped.text
    assert kept.text == dropped.text


def test_offsets_point_back_into_the_input():
    cleaned = clean_text(PAGE)
    assert len(cleaned.offsets) == 4
    for body_start, source_start, length in cleaned.offsets:
        assert cleaned.text[body_start:body_start + length] == PAGE[source_start:source_start + length]


def test_comment_header_before_the_article_starts_does_not_swallow_it():
    text = "A headline about floods\n5 comments\n\nHeavy rain flooded three villages in Gilan on Monday.\n"
    cleaned = clean_text(text)
    assert "Heavy rain flooded three villages in Gilan on Monday." in cleaned.text
    assert [ln.reason for ln in cleaned.removed] == ["comment count"]


def test_cleaning_is_deterministic():
    assert clean_text(PAGE).text == clean_text(PAGE).text
    assert [ln.reason for ln in clean_text(PAGE).lines] == [ln.reason for ln in clean_text(PAGE).lines]


@pytest.mark.parametrize("text, iso, calendar", [
    ("۲۵ مهر ۱۴۰۴", "2025-10-17", "jalali"),
    ("1404/07/25", "2025-10-17", "jalali"),
    ("friday 2025/10/17", "2025-10-17", "gregorian"),
    ("october 9, 2025", "2025-10-09", "gregorian"),
    ("9 october 2025", "2025-10-09", "gregorian"),
    ("17/10/2025", "2025-10-17", "gregorian"),
    ("۱۷ اکتبر ۲۰۲۵", "2025-10-17", "gregorian"),
])
def test_dates_become_iso_gregorian(text, iso, calendar):
    from bilingua.furniture import key

    found = find_dates(key(text))
    assert found and found[0]["date"] == iso and found[0]["calendar"] == calendar


def test_hijri_lunar_and_impossible_dates_are_not_read():
    assert find_dates("24 ربیع الثانی 1447") == []
    assert find_dates("1404/13/40") == []
    assert first_date(["no date here"]) is None


def test_date_lines_are_only_dates():
    assert is_date_text("published: october 17, 2025, 2:46 pm")
    assert is_date_text("3 hours ago")
    assert is_date_text("an hour ago")  # no digit: only the relative pattern can match
    assert not is_date_text("the deal was signed on october 17, 2025")


def test_load_document_cleans_and_points_sentences_into_the_body(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    doc = load_document(str(page), normalize=False)
    assert "News Code" not in doc.text and "Reza" not in doc.text
    assert doc.sentences and all(doc.text[s.start:s.end] == s.text for s in doc.sentences)
    assert doc.metadata["date"] == "2025-10-17"
    assert any(r["reason"] == "reader comment" for r in doc.metadata["removed"])
    raw = load_document(str(page), normalize=False, clean=False)
    assert raw.text == PAGE


def test_a_page_of_nothing_but_furniture_is_refused(tmp_path):
    page = tmp_path / "menu.txt"
    page.write_text("Home\nPolitics\nSign Up\nNews Code: 123\n", encoding="utf-8")
    with pytest.raises(BilinguaError, match="no article text left after cleaning"):
        load_document(str(page))
    assert page.read_text(encoding="utf-8") == "Home\nPolitics\nSign Up\nNews Code: 123\n"


def test_body_lines_keep_their_status():
    cleaned = clean_text(PAGE)
    statuses = {ln.text: ln.status for ln in cleaned.lines}
    assert statuses["Concerns about winter"] == BODY
    assert statuses["News Code:23086"] == REMOVED


def test_comments_without_a_section_header_are_recognised():
    text = ("Heavy rain flooded three villages in Gilan on Monday, the provincial crisis office said.\n\n"
            "Roads to the villages will reopen on Wednesday.\n\n"
            "Tom\n2 hours ago\nThe same happens every year and nobody fixes the drains.\nReply\n\n"
            "Leila says:\nStay safe everyone.\n")
    cleaned = clean_text(text, keep_comments=True)
    assert cleaned.text.endswith("Roads to the villages will reopen on Wednesday.\n")
    assert "The same happens every year and nobody fixes the drains." in cleaned.comments
    assert "Stay safe everyone." in cleaned.comments


@pytest.mark.parametrize("header", ["Comments (2)", "۴ دیدگاه", "نظرات (۳)", "Leave a Reply", "Conversation"])
def test_comment_headers_with_counts(header):
    text = f"Heavy rain flooded three villages in Gilan on Monday, officials said.\n\n{header}\nGreat report, thanks.\n"
    cleaned = clean_text(text)
    assert cleaned.text == "Heavy rain flooded three villages in Gilan on Monday, officials said.\n"


def test_hard_wrapped_sentence_tails_are_never_furniture():
    text = ("Iran's foreign minister arrived in Moscow for talks on\n"
            "April 3, 2024.\n"
            "He was received by his Russian counterpart and the two sides held talks that\n"
            "read like a list of old grievances.\n")
    assert clean_text(text).text == text


def test_a_one_word_reply_is_no_button_though_its_word_names_one():
    # بله ("yes") is also a messenger's share button, and خروج ("exit") a menu item
    text = "او پرسید: آیا فردا می‌آیی؟\nبله.\nپس با هم می‌رویم.\nخروج!\nHome.\n"
    assert clean_text(text).text == text
    assert clean_text("متن خبر اینجاست.\nبله\nHome\n").text.strip() == "متن خبر اینجاست."


@pytest.mark.parametrize("line", [
    "Residents can register for free health checks at the clinic, the ministry said.",
    "نمایندگان نظر خود را در سامانه مجلس ثبت کردند.",
    "او از کشورهای عضو خواست به تعهدات خود عمل کنند.",
])
def test_reports_about_registering_are_not_prompts(line):
    assert line_reason(line) == ""


@needs_shared_data
def test_furniture_free_articles_lose_no_lines():
    """NTREX-128 and TICO-19 documents, one sentence per line, read in place."""
    from shared_data import ntrex, tico

    lines = removed = 0
    for corpus in (ntrex(), tico()):
        for doc in corpus:
            for side in (doc.en, doc.fa):
                cleaned = clean_text("\n".join(side) + "\n")
                lines += sum(1 for ln in cleaned.lines if ln.text)
                removed += len(cleaned.removed)
    assert lines > 10000
    assert removed / lines < 0.001


def test_a_related_header_before_the_article_is_a_menu_item_not_a_block():
    text = ("Home\nLatest News\n\nOil prices climb as Gulf fears grow\n\n"
            "LONDON - Oil prices rose more than 2% on Thursday as traders weighed the risk.\n")
    assert clean_text(text).text.startswith("Oil prices climb as Gulf fears grow\n\nLONDON")


def test_end_markers_and_section_lines_are_furniture():
    assert line_reason("انتهای پیام") == "end marker"
    # ... in English too: a translation's "End of report" was kept while «انتهای پیام/» went
    for marker in ("End of report", "END", "-- End --", "End of message."):
        assert line_reason(marker) == "end marker", marker
    assert line_reason("End of an era for Tehran's trams") == ""
    assert line_reason("سرویس: علمی و دانشگاهی - آموزش عالی") == "section label"


def test_section_names_as_subheadings_and_table_rows_stay():
    text = ("The budget bill sets spending for the coming year across all ministries, officials said.\n\n"
            "Health\n\nHospitals will receive twelve percent more than last year.\n\n"
            "Sports\n\nThe national teams get a new training centre in Karaj.\n\n"
            "| Iran | 3 | 2 | 1 |\n| Japan | 2 | 4 | 0 |\n\n"
            "The bill goes to parliament next week for a first reading.\n")
    assert clean_text(text).text == text


def test_lines_of_numbers_inside_or_after_the_article_are_kept():
    # a table's totals line, a row of percentages: article data, not furniture, once the
    # article has started; before it, a number alone is a page's counter
    text = ("۱۸۵۰\n"
            "تولید گندم استان فارس در سال گذشته به رکورد تازه‌ای رسید و کشاورزان از آن راضی بودند.\n"
            "۱۲۳۴۵\n"
            "۲۰٪ ۳۰٪ ۵۰٪\n"
            "***\n")
    cleaned = clean_text(text)
    assert cleaned.text.split("\n")[:3] == [text.split("\n")[k] for k in (1, 2, 3)]
    assert [(ln.text, ln.reason) for ln in cleaned.removed] == [("۱۸۵۰", "no words"), ("***", "no words")]
    # a table without prose: a figure alone after its rows is no section label either
    table = "Crop\t1401\t1402\nWheat\t1,850\t1,920\nRice\t410\t385\n12345\n20% 30% 50%\n"
    assert clean_text(table).text == table


def test_a_see_also_line_is_furniture_in_persian_as_in_english():
    # only the English one was cleaned away, and its Persian twin reported left out
    for line in ("See also: Iran–Russia relations", "همچنین ببینید: روابط ایران و روسیه"):
        cleaned = clean_text(f"The minister arrived in Moscow on Monday.\n{line}\nHe returns on Wednesday.\n")
        assert [(ln.text, ln.reason) for ln in cleaned.removed] == [(line, "related articles")]


@pytest.mark.parametrize("addressee, salutation", [("Dr Mohammadi", "Dear Sir,"), ("دکتر محمدی", "با سلام،")])
def test_a_letters_addressee_and_salutation_are_no_section_labels(addressee, salutation):
    # a probe's letter lost "Dr Mohammadi" and "Dear Sir," while their Persian stayed
    text = (f"{addressee}\n\nHonourable Deputy Minister of Education\n\n{salutation}\n\n"
            "I wish to inform you that the school building is in urgent need of renovation.\n")
    assert clean_text(text).text == text
    labelled = "Environment Desk\n\nTehran plans four new parks\n\nThe minister said the bill would go to parliament next week.\n"
    assert [(ln.text, ln.reason) for ln in clean_text(labelled).removed] == [("Environment Desk", "section label")]
