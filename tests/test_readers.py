"""Format readers: .txt, .md, .html and .docx, chosen by extension or by content."""

import io
import zipfile

import pytest

from bilingua.clean import read_article
from bilingua.errors import BilinguaError
from bilingua.pipeline import load_document
from bilingua.readers import format_of, read_source

ARTICLE_FA = ("وزیر نیرو گفت قرارداد سوآپ برق با ارمنستان پس از دو هفته مذاکره فنی تا پایان سال آینده "
              "تمدید می‌شود.")
ARTICLE_EN = "The energy minister said the electricity swap deal with Armenia would be extended until next year."

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Site | Headline</title>
<meta property="article:published_time" content="2025-10-17T14:46:00Z"></head>
<body>
<nav><a>Home</a> <a>Politics</a></nav>
<article>
<h1>Armenia power deal extended</h1>
<p>{ARTICLE_EN}</p>
<p>Exports of electricity to neighbouring countries rose by 12 percent in the first half of the year, he added.</p>
<p>{ARTICLE_FA}</p>
</article>
<div id="comments"><h3>Comments</h3>
<div class="comment"><b>Reza</b><p>Exports should wait until there are no more blackouts at home.</p></div></div>
<footer>Copyright 2025 Example News</footer>
</body></html>
"""


def _write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def _docx(paragraphs, **props) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    for k, v in props.items():
        setattr(document.core_properties, k, v)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_format_comes_from_the_extension_or_the_content():
    assert format_of("a.HTM", b"plain") == "html"
    assert format_of("a.md", b"# x") == "markdown"
    assert format_of("-", b"  <!doctype html><html></html>") == "html"
    assert format_of("page.saved", b"\xef\xbb\xbf<html><body>x</body></html>") == "html"
    assert format_of("-", b"PK\x03\x04rest") == "docx"
    assert format_of("notes", "Just text with <b>a tag</b> inside.".encode()) == "text"
    assert format_of("-", "<html><body>x</body></html>".encode("utf-16")) == "html"


def test_html_page_gives_article_title_and_date_without_comments(tmp_path):
    article = read_article(_write(tmp_path, "page.html", PAGE))
    lines = [ln for ln in article.text.split("\n") if ln]
    assert lines[0] == "Armenia power deal extended"
    assert ARTICLE_EN in lines and ARTICLE_FA in lines
    assert "blackouts" not in article.text and "Home" not in article.text and "Copyright" not in article.text
    assert article.metadata["title"] == "Armenia power deal extended"
    assert article.metadata["date"] == "2025-10-17"
    assert any(r["reason"] == "reader comment" for r in article.metadata["removed"])


def test_a_noscript_fallback_in_the_article_is_no_text_and_keeps_the_paragraphs_apart(tmp_path):
    page = ("<html><body><article><h1>Minister visits Yerevan</h1>"
            "<p>The energy minister arrived in Yerevan on Sunday.</p><p>He will sign a power deal.</p>"
            "<noscript>Turn on JavaScript to watch the video.</noscript>"
            "<p>Trade rose to 700 million dollars.</p><template><p>Hidden card</p></template></article></body></html>")
    lines = [ln for ln in read_article(_write(tmp_path, "page.html", page)).text.split("\n") if ln]
    assert lines == ["Minister visits Yerevan", "The energy minister arrived in Yerevan on Sunday.",
                     "He will sign a power deal.", "Trade rose to 700 million dollars."]


def test_every_block_of_a_page_its_extractor_leaves_out_is_listed_as_removed(tmp_path):
    # a probe's jusText left out an article's first sentence, and nothing said so
    article = read_article(_write(tmp_path, "page.html", PAGE), extractor="justext")
    listed = {r["text"] for r in article.metadata["removed"] if r["reason"] == "left out by justext"}
    body = {ln for ln in article.text.split("\n") if ln}
    assert "Home" in " ".join(listed) and not listed & body
    default = read_article(_write(tmp_path, "page.html", PAGE))
    assert {r["reason"] for r in default.metadata["removed"]} >= {"left out by trafilatura", "reader comment"}


def test_html_comments_are_a_separate_section_when_kept(tmp_path):
    article = read_article(_write(tmp_path, "page.html", PAGE), keep_comments=True)
    assert "Exports should wait until there are no more blackouts at home." in article.metadata["comments"]
    assert "blackouts" not in article.text


def test_persian_zero_width_non_joiner_survives_extraction(tmp_path):
    article = read_article(_write(tmp_path, "page.html", PAGE))
    assert "می‌شود" in article.text


@pytest.mark.parametrize("extractor", ["trafilatura", "justext", "visible"])
def test_every_extractor_finds_the_article(tmp_path, extractor):
    article = read_article(_write(tmp_path, "page.html", PAGE), extractor=extractor)
    assert ARTICLE_EN in article.text
    assert "blackouts" not in article.text


@pytest.mark.parametrize("extractor", ["trafilatura", "justext", "visible"])
def test_control_characters_in_a_page_are_spaces_not_a_crash(tmp_path, extractor):
    # a probe: «&#xc;» (and a raw ESC) made lxml raise "All strings must be XML compatible"
    page = PAGE.replace(ARTICLE_EN, ARTICLE_EN.replace(" ", " &#xc; &#7;\x1b &#65535; ", 1))
    article = read_article(_write(tmp_path, "page.html", page), extractor=extractor)
    assert " ".join(ARTICLE_EN.split()) in " ".join(article.text.split())


def test_html_page_without_an_article_is_refused(tmp_path):
    path = _write(tmp_path, "empty.html", "<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    with pytest.raises(BilinguaError, match="no article text"):
        read_article(path)


def test_docx_paragraphs_in_order_with_properties(tmp_path):
    data = _docx(["Armenia power deal extended", "", ARTICLE_EN, ARTICLE_FA], title="Power deal", author="A. Saver")
    doc = load_document(_write(tmp_path, "report.docx", data), normalize=False)
    assert doc.text == f"Armenia power deal extended\n\n{ARTICLE_EN}\n\n{ARTICLE_FA}\n"
    assert len(doc.paragraphs) == 3
    assert doc.metadata["format"] == "docx"
    assert doc.metadata["title"] == "Power deal"
    assert "byline" not in doc.metadata and "date" not in doc.metadata


def test_a_docx_table_is_read_where_it_stands_a_merged_cell_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Exports rose in the first half.")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Oil", "Gas", "Steel")):
        cell.text = text
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Energy total"
    table.cell(1, 2).text = "12"
    document.add_paragraph("Imports fell.")
    buf = io.BytesIO()
    document.save(buf)
    path = _write(tmp_path, "t.docx", buf.getvalue())
    assert [p.strip() for p in read_source(path).text.split("\n\n")] == [
        "Exports rose in the first half.", "| Oil | Gas | Steel |", "| Energy total | 12 |", "Imports fell."]
    # written as trafilatura writes an HTML table's rows, which cleaning keeps: no menu
    assert "| Oil | Gas | Steel |" in read_article(path).text


def test_docx_is_recognised_without_its_extension(tmp_path):
    source = read_source(_write(tmp_path, "report.bin", _docx([ARTICLE_EN])))
    assert source.format == "docx" and ARTICLE_EN in source.text


@pytest.mark.parametrize("content", [b"this is not a zip", _docx(["x"])[:300]])
def test_broken_or_truncated_docx_is_refused(tmp_path, content):
    with pytest.raises(BilinguaError, match="not a valid .docx"):
        read_source(_write(tmp_path, "broken.docx", content))


@pytest.mark.parametrize("content,kind", [(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "a PDF"),
                                          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), r"a legacy Word \(.doc\)"),
                                          (b"{\\rtf1\\ansi Hello}", "an RTF")])
def test_formats_not_read_are_named(tmp_path, content, kind):
    """A PDF whose streams are plain text would otherwise be read as an English text."""
    with pytest.raises(BilinguaError, match=f": {kind} file; bilingua reads plain text"):
        read_source(_write(tmp_path, "article.bin", content))


def test_zip_without_a_word_document_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(BilinguaError, match=".docx"):
        read_source(_write(tmp_path, "other.docx", buf.getvalue()))


def test_markdown_markup_and_front_matter(tmp_path):
    md = ("---\ntitle: Power deal\ndate: 1404-07-25\n---\n\n# Armenia power deal extended\n\n"
          f"{ARTICLE_EN} **Officials** said [more](https://example.com) later.\n\n- first point\n")
    article = read_article(_write(tmp_path, "post.md", md))
    assert "Armenia power deal extended" in article.text.split("\n")
    assert "Officials said more later." in article.text
    assert "first point" in article.text.split("\n")
    assert "#" not in article.text and "**" not in article.text and "https" not in article.text
    assert article.metadata["title"] == "Power deal"
    assert article.metadata["date"] == "2025-10-17"


def test_markdown_list_items_stay_apart_though_they_start_in_lower_case(tmp_path):
    """Without their markers, "- item two" read as the hard-wrapped end of item one."""
    md = "# Heading\n\n- item one is here\n- item two is here\n1. first step\n   wrapped on\n"
    doc = load_document(_write(tmp_path, "list.md", md), clean=False, normalize=False)
    sentences = [s.text for s in doc.sentences]
    assert sentences == ["Heading", "item one is here", "item two is here", "first step\n   wrapped on"]


def test_huge_files_are_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("BILINGUA_MAX_BYTES", "1000")
    with pytest.raises(BilinguaError, match="too large"):
        read_article(_write(tmp_path, "big.html", PAGE * 3))


def test_windows_1256_page_is_decoded(tmp_path):
    # Windows-1256 has the Arabic forms of yeh and kaf only, as old Persian files do.
    text = ARTICLE_FA.replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك")
    html = f"<html><body><article><h1>عنوان خبر</h1><p>{text}</p></article></body></html>"
    article = read_article(_write(tmp_path, "old.htm", html.encode("cp1256")))
    assert text in article.text


def test_docx_with_damaged_xml_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx([ARTICLE_EN]))) as zin, zipfile.ZipFile(buf, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    with pytest.raises(BilinguaError, match="damaged XML"):
        read_source(_write(tmp_path, "damaged.docx", buf.getvalue()))


def test_docx_declaring_a_dtd_is_refused_rather_than_read_up_to_its_first_entity(tmp_path):
    # python-docx read "The minister arrived in &x; on Monday" as "The minister arrived in"
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx(["The minister arrived in Ankara on Monday."]))) as zin, \
            zipfile.ZipFile(buf, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>', 1)
                data = data.replace(b"Ankara", b"&x;")
            zout.writestr(item, data)
    with pytest.raises(BilinguaError, match="word/document.xml declares a DTD"):
        read_source(_write(tmp_path, "entity.docx", buf.getvalue()))


def test_docx_that_unpacks_beyond_the_size_limit_is_refused(tmp_path, monkeypatch):
    # a probe's 1.1 MB .docx held 400 MB of XML and ran for minutes in 5 GB
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx([ARTICLE_EN]))) as zin, \
            zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        zout.writestr("word/padding.xml", b"<x>" + b" " * 2_000_000 + b"</x>")
    path = _write(tmp_path, "bomb.docx", buf.getvalue())
    monkeypatch.setenv("BILINGUA_MAX_BYTES", "300000")  # its XML may unpack to five times that
    assert len(buf.getvalue()) < 300_000
    with pytest.raises(BilinguaError, match=r"bomb.docx: its XML unpacks to [\d,]+ bytes, over the limit of 1,500,000"):
        read_source(path)
    monkeypatch.setenv("BILINGUA_MAX_BYTES", "1000000")
    assert read_source(path).text == ARTICLE_EN + "\n"


def test_docx_whose_parts_are_no_word_document_is_refused(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<x/>")
    with pytest.raises(BilinguaError, match="not those of a Word document"):
        read_source(_write(tmp_path, "odd.docx", buf.getvalue()))


def test_stdin_page_is_sniffed_and_cleaned():
    from click.testing import CliRunner

    from bilingua.cli import main

    result = CliRunner().invoke(main, ["clean", "-", "--format", "text"], input=PAGE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Armenia power deal extended\n")
    assert "blackouts" not in result.output


def test_a_container_marked_as_having_comments_is_not_pruned(tmp_path):
    page = PAGE.replace("<article>", '<div class="post has-comments comments-open">').replace(
        "</article>", "</div>").replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    article = read_article(_write(tmp_path, "page.html", page))
    assert ARTICLE_EN in article.text and "blackouts" not in article.text


def test_file_cut_inside_a_utf8_character_is_called_truncated(tmp_path):
    data = PAGE.encode("utf-8")
    cut = data.index("می‌شود".encode("utf-8")) + 1
    with pytest.raises(BilinguaError, match="truncated"):
        read_article(_write(tmp_path, "cut.html", data[:cut]))


def test_docx_copied_from_a_page_is_cleaned(tmp_path):
    data = _docx(["صفحه اصلی", "سیاسی", "اقتصادی", "کد خبر: ۸۵۹۱۲۳", "۲۵ مهر ۱۴۰۴، ۱۴:۴۶", ARTICLE_FA,
                  "نظرات", "این خبر خوبی بود و امیدوارم ادامه پیدا کند."])
    doc = load_document(_write(tmp_path, "copied.docx", data), normalize=False)
    assert doc.text == ARTICLE_FA + "\n"
    assert doc.metadata["date"] == "2025-10-17" and doc.metadata["calendar"] == "jalali"
    assert doc.metadata["offsets_into"] == "extracted text"


def test_an_opinion_label_named_comment_is_not_a_comment_thread(tmp_path):
    page = PAGE.replace(f"<p>{ARTICLE_EN}</p>", f'<div class="expert-comment tone-comment"><p>{ARTICLE_EN}</p></div>')
    article = read_article(_write(tmp_path, "page.html", page))
    assert ARTICLE_EN in article.text and "blackouts" not in article.text
