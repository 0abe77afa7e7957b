import pytest

from bilingua.detect import detect
from bilingua.pipeline import document_from_text


@pytest.mark.parametrize("text,lang", [
    ("وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد.", "fa"),
    ("گفت‌وگو", "fa"),            # one word, Persian letters گ and و
    ("کتاب", "fa"),               # Persian keheh
    ("مردم", "fa"),               # no distinctive letter: hazm's lexicon decides
    ("وصل وزير الخارجية الإيراني إلى موسكو يوم الاثنين في زيارة رسمية.", "ar"),
    ("مدرسة", "ar"),              # teh marbuta
    ("ایران کے وزیر خارجہ پیر کے روز ماسکو پہنچے۔", "ur"),
    ("حکوومەتی هەرێمی کوردستان ئەمڕۆ کۆبووەوە.", "ckb"),  # Sorani Kurdish: ە ێ ڕ ۆ
    ("زه نن ښوونځي ته ولاړم او هلته مې ملګري ولیدل.", "ps"),  # Pashto: ښ ځ ړ
    ("The Iranian foreign minister arrived in Moscow on Monday.", "en"),
])
def test_languages(text, lang):
    assert detect(text)[0] == lang


@pytest.mark.parametrize("text,lang", [
    ("حکوومەتی هەرێمی کوردستان ئەمڕۆ کۆبووەوە.", "ckb"),
    ("زه نن ښوونځي ته ولاړم او هلته مې ملګري ولیدل.", "ps"),
])
def test_every_language_detection_gives_can_be_named_with_an_option(text, lang):
    # the warning on a ckb document says "--source-lang to say otherwise", which refused ckb
    from click.testing import CliRunner

    from bilingua.cli import language_code, main
    from bilingua.detect import language_codes

    assert detect(text)[0] == lang and lang in language_codes()
    assert language_code(None, None, lang.upper()) == lang
    result = CliRunner().invoke(main, ["align", "-", "-", "--source-lang", lang, "--target-lang", "en"], input="")
    assert "is not a language code" not in result.output


def test_persian_text_in_windows_1256_letters_is_persian():
    # Old files write Arabic yeh and kaf for Persian ی ک.
    assert detect("اين كتاب را ديروز خريدم و خيلي خوب بود")[0] == "fa"


@pytest.mark.parametrize("text", ["12345", "https://www.irna.ir/news/85012345", "Zarif", "OK", "", "— ! ؟"])
def test_too_little_signal_is_unknown(text):
    assert detect(text) == ("unknown", 0.0)


def test_addresses_are_skipped_and_a_long_run_without_spaces_is_read():
    """An e-mail address or URL says nothing about the language; a run of 100,000
    characters without a space (an embedded image's base64, say) took the address
    pattern time quadratic in its length, tried at every character of the run."""
    assert detect("write to info@irna.ir or www.irna.ir") == ("en", detect("write to or")[1])
    assert detect("پیام به info@irna.ir بفرستید")[0] == "fa"
    assert detect("پ" * 100_000)[0] == "fa"  # پ is Persian
    assert detect("x" * 100_000 + "@irna.ir") == ("unknown", 0.0)


def test_deterministic():
    text = "Prices rose sharply in the capital last week."
    assert len({detect(text) for _ in range(5)}) == 1


def test_mixed_document_gets_per_sentence_labels():
    text = ("Iran and Russia sign a trade deal\n\n"
            "The deal was signed in Tehran on Monday. Its Persian title was «توافق تجاری ایران و روسیه» "
            "according to officials.\n\n"
            "عراقچی گفت که این توافق به نفع هر دو کشور است.")
    doc = document_from_text(text, normalize=False)
    langs = [s.lang for s in doc.sentences]
    assert langs == ["en", "en", "en", "fa"]
    assert doc.lang == "en"
    assert all(0 < s.confidence <= 1 for s in doc.sentences)


@pytest.mark.parametrize("text,lang", [
    ("Le ministre est arrivé à Moscou lundi pour une visite officielle de deux jours.", "fr"),
    ("Der Außenminister ist am Montag zu einem offiziellen Besuch in Moskau eingetroffen.", "de"),
])
def test_other_latin_languages_are_not_forced_to_english(text, lang):
    assert detect(text)[0] == lang


@pytest.mark.parametrize("text", ["He is free.", "Oil prices fall in Asia", "It was not me.",
                                  "Hassan Yazdani won gold at 86kg."])  # names are no evidence against English
def test_short_english_sentences(text):
    assert detect(text)[0] == "en"


@pytest.mark.parametrize("text", [
    "Heavy rain flooded several villages near the northern border, leaving thousands of families "
    "without electricity or clean water.",
    "Officials from both ministries signed three agreements covering energy, transport and trade.",
])
def test_english_prose_with_few_function_words_needs_no_statistical_detector(text, monkeypatch):
    import bilingua.detect

    def refuse(text):
        raise AssertionError("langdetect was consulted")

    monkeypatch.setattr(bilingua.detect, "_detect_langdetect", refuse)
    assert detect(text)[0] == "en"


@pytest.mark.parametrize("text,lang", [
    # Function words German shares with English (will, also, was) are not evidence.
    ("Die Regierung will also im nächsten Jahr neue Steuern einführen, was viele Bürger ärgert.", "de"),
    ("De minister zei dat de regering een nieuw plan heeft voor de economie van het land.", "nl"),
    ("O governo anunciou um novo plano para a economia nacional do país.", "pt"),
])
def test_foreign_sentences_still_go_to_langdetect(text, lang):
    assert detect(text)[0] == lang


@pytest.mark.parametrize("text,lang", [
    # More Latin letters than Persian ones, but most words Persian: Persian words are short.
    ("Apple و Google و Microsoft در CES 2025 شرکت کردند.", "fa"),
    ("این متن English words دارد.", "fa"),
    ("شرکت Samsung گوشی جدید Galaxy را معرفی کرد.", "fa"),
    # ... and the other way round: an English sentence quoting a Persian phrase.
    ("The minister said مذاکره نمی‌کنیم again on Monday.", "en"),
    ("Ayatollah Khamenei (آیت‌الله خامنه‌ای) said on Monday that talks would go on.", "en"),
])
def test_a_mixed_sentence_goes_to_the_script_of_most_of_its_words(text, lang):
    assert detect(text)[0] == lang
