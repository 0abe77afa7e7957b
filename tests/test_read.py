import codecs

import pytest

from bilingua.errors import BilinguaError
from bilingua.read import decode, read_text

PERSIAN = "سلام دنیا، این یک متن فارسی است.\n"


@pytest.mark.parametrize("data,encoding", [
    (PERSIAN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + PERSIAN.encode("utf-8"), "utf-8-sig"),
    (PERSIAN.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + PERSIAN.encode("utf-16-be"), "utf-16"),
])
def test_unicode_encodings(data, encoding):
    text, enc = decode(data, "x.txt")
    assert text == PERSIAN
    assert enc == encoding


def test_windows_1256():
    # cp1256 has Arabic yeh and kaf but no Persian yeh/keheh: old files use ي ك.
    original = "كتاب هاي فارسي در سال ۱۳۸۰ چاپ شد.".replace("۱۳۸۰", "1380")
    text, enc = decode(original.encode("cp1256"), "old.txt")
    assert enc == "cp1256"
    assert text == original


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(BilinguaError, match="picture.png"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "picture.png")


def test_a_stray_control_character_in_a_short_text_is_no_binary_file():
    # a probe's one-line file with one U+0085 was refused as binary, giving no reason
    line = "The minister met his counterpart in Tehran on Monday\u0085 and they talked.\n"
    assert decode(line.encode("utf-8"), "nel.txt") == (line, "utf-8")
    with pytest.raises(BilinguaError, match=r"binary file, not text \(5 control characters in its first 70\)"):
        decode((line[:-6] + "\x01\x02\x03\x04\n").encode("utf-8"), "ctl.txt")


@pytest.mark.parametrize("text", ["Line 6 of the Tehran Metro reached Kaj Square.\n",
                                  "سلام دنیا. این یک آزمون است.\n", PERSIAN])
def test_utf16_without_a_byte_order_mark_is_named_as_such(text):
    for encoding in ("utf-16-le", "utf-16-be"):
        with pytest.raises(BilinguaError, match="UTF-16 text without a byte-order mark"):
            decode(text.encode(encoding), "x.txt")
    with pytest.raises(BilinguaError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "picture.png")


def test_latin1_text_is_not_taken_for_cp1256():
    with pytest.raises(BilinguaError, match="cannot decode"):
        decode("Café crème brûlée à la française, déjà vu.".encode("latin-1"), "fr.txt")


def test_english_utf8_with_a_stray_bad_byte_is_refused_not_read_as_cp1256():
    # a probe's "popu\x80\x81\xfelation" was read as Windows-1256: "popu€پ‏lation"
    data = b"Tehran is the capital of Iran. The city has a popu\x80\x81\xfelation of about 9 million people.\n" * 3
    with pytest.raises(BilinguaError, match=r"not UTF-8 \(invalid byte at offset 50\)"):
        decode(data, "en.txt")


def test_missing_file(tmp_path):
    with pytest.raises(BilinguaError, match="cannot read"):
        read_text(str(tmp_path / "nope.txt"))


@pytest.mark.parametrize("value", ["-1", "0", "lots"])
def test_a_size_limit_that_is_no_positive_number_is_refused(tmp_path, monkeypatch, value):
    path = tmp_path / "small.txt"
    path.write_text(PERSIAN, encoding="utf-8")
    monkeypatch.setenv("BILINGUA_MAX_BYTES", value)
    with pytest.raises(BilinguaError, match=f"BILINGUA_MAX_BYTES must be a whole number of bytes above 0, not '{value}'"):
        read_text(str(path))
    monkeypatch.setenv("BILINGUA_MAX_BYTES", "")  # empty: unset, the default limit
    assert read_text(str(path))[0] == PERSIAN


def test_size_limit(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("a" * 2000)
    monkeypatch.setenv("BILINGUA_MAX_BYTES", "1000")
    with pytest.raises(BilinguaError, match="too large"):
        read_text(str(path))


def test_old_mac_line_ends_are_line_breaks_and_offsets_keep_their_place():
    from bilingua.pipeline import document_from_text

    raw = "وزیر به مسکو رفت.\rاو با لاوروف دیدار کرد.\r\rپاراگراف دوم.\r\nخط بعد."
    text, _ = decode(raw.encode("utf-8"))
    assert len(text) == len(raw) and text.count("\r") == 1  # the CR of CRLF stays
    doc = document_from_text(text, "x", presplit=True)
    assert [(s.text, s.paragraph) for s in doc.sentences] == [
        ("وزیر به مسکو رفت.", 0), ("او با لاوروف دیدار کرد.", 0), ("پاراگراف دوم.", 1), ("خط بعد.", 1)]
    assert all(raw[s.start:s.end] == s.text for s in doc.sentences)
