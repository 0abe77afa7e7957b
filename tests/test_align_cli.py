import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

import bilingua.align
from bilingua.cli import main
from test_align_fakes import FakeEmbedder, sentence


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setattr(bilingua.align, "get_embedder", FakeEmbedder)
    src = tmp_path / "src.txt"
    tgt = tmp_path / "tgt.txt"
    src.write_text("\n".join([sentence(0), sentence(1), sentence(2), sentence(3)]) + "\n", encoding="utf-8")
    tgt.write_text("\n".join([sentence(0), sentence(1, 2), sentence(3)]) + "\n", encoding="utf-8")
    return str(src), str(tgt)


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_align_json_schema(files):
    result = run("align", *files, "--presplit", "--source-lang", "fa", "--target-lang", "en", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mode"] == "translation"
    assert data["source"]["lang"] == "fa" and data["target"]["lang"] == "en"
    first = data["source"]["sentences"][0]
    assert set(first) == {"text", "start", "end", "paragraph"}
    assert [(b["source"], b["target"], b["type"]) for b in data["blocks"]] == [
        ([0], [0], "1-1"), ([1, 2], [1], "2-1"), ([3], [2], "1-1")]
    assert all(0.0 <= b["score"] <= 1.0 for b in data["blocks"])


def test_align_path_tsv_and_tmx(files, tmp_path):
    langs = ("--presplit", "--source-lang", "fa", "--target-lang", "en")
    path = run("align", *files, *langs, "--format", "path")
    assert path.output.splitlines()[1].startswith("[1, 2]:[1]:")
    tsv = run("align", *files, *langs, "--format", "tsv").output.splitlines()
    assert tsv[0].split("\t")[:4] == ["type", "score", "source_ids", "target_ids"]
    assert tsv[2].split("\t")[:4][2:] == ["1,2", "1"]
    out = tmp_path / "out.tmx"
    assert run("align", *files, *langs, "--format", "tmx", "-o", str(out)).exit_code == 0
    root = ET.parse(out).getroot()
    assert root.find("header").get("creationtoolversion") == bilingua.__version__
    tus = root.findall("./body/tu")
    assert len(tus) == 3
    assert [t.get("{http://www.w3.org/XML/1998/namespace}lang") for t in tus[0].findall("tuv")] == ["fa", "en"]


def test_tmx_names_the_sentences_without_a_counterpart_in_its_header(tmp_path, monkeypatch):
    # a probe found the 1-0 and 0-1 blocks missing from the TMX with no word of them
    monkeypatch.setattr(bilingua.align, "get_embedder", FakeEmbedder)
    src, tgt = tmp_path / "src.txt", tmp_path / "tgt.txt"
    src.write_text("\n".join([sentence(0), sentence(1), sentence(2)]) + "\n", encoding="utf-8")
    tgt.write_text("\n".join([sentence(0), sentence(2), sentence(40)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.tmx"
    assert run("align", str(src), str(tgt), "--presplit", "--source-lang", "fa", "--target-lang", "en",
               "--format", "tmx", "-o", str(out)).exit_code == 0
    root = ET.parse(out).getroot()
    assert len(root.findall("./body/tu")) == 2
    assert root.find("header/note").text == (
        "Without a counterpart, so in no unit (0-based): source sentences 1; target sentences 2")


def test_tmx_stays_well_formed_with_control_characters(tmp_path, monkeypatch):
    monkeypatch.setattr(bilingua.align, "get_embedder", FakeEmbedder)
    src, tgt = tmp_path / "src.txt", tmp_path / "tgt.txt"
    src.write_text(sentence(0) + "\x0b" + sentence(1) + "\n", encoding="utf-8")
    tgt.write_text(sentence(0) + "\x0c" + sentence(1) + "\n", encoding="utf-8")
    out = tmp_path / "out.tmx"
    result = run("align", str(src), str(tgt), "--presplit", "--source-lang", "fa", "--target-lang", "en",
                 "--format", "tmx", "-o", str(out))
    assert result.exit_code == 0, result.output
    segs = [seg.text for seg in ET.parse(out).getroot().iter("seg")]
    assert segs == [sentence(0) + " " + sentence(1)] * 2


def test_align_coverage_mode(files):
    result = run("align", *files, "--presplit", "--source-lang", "fa", "--target-lang", "en",
                 "--mode", "coverage", "--format", "path")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("[0]:[0]:")


def test_align_same_language_is_one_line_error(files):
    result = run("align", *files, "--presplit", "--source-lang", "en", "--target-lang", "en")
    assert result.exit_code == 1
    assert "aligning needs two languages" in result.output and "--allow-same-language" in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert "--target-lang" not in result.output
    # two Persian texts: the target may be a rendering left mostly untranslated
    persian = run("align", *files, "--presplit", "--source-lang", "fa", "--target-lang", "fa")
    assert persian.exit_code == 1 and "give --target-lang en where TARGET is an English rendering" in persian.output
    allowed = run("align", *files, "--presplit", "--source-lang", "en", "--target-lang", "en",
                  "--allow-same-language", "--format", "path")
    assert allowed.exit_code == 0


def test_align_eval_command(tmp_path):
    gold = tmp_path / "gold.path"
    pred = tmp_path / "pred.path"
    gold.write_text("[0]:[0]\n[1, 2]:[1]\n[3]:[]\n")
    pred.write_text("[0]:[0]:0.9\n[1]:[1]:0.5\n[2]:[]:0.0\n[3]:[]:0.0\n")
    result = run("align-eval", str(pred), str(gold), "--format", "json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["precision_strict"] == 0.5 and scores["recall_strict"] == 0.5
    text = run("align-eval", str(pred), str(gold)).output
    assert text.startswith("strict\tprecision 0.5000\trecall 0.5000\tF1 0.5000")
    bad = tmp_path / "bad.path"
    bad.write_text("nonsense\n")
    result = run("align-eval", str(bad), str(gold))
    assert result.exit_code == 1 and "not a path line" in result.output


def report_and_english(tmp_path, monkeypatch, lang: str, text: str):
    """A one-sentence report in ``lang`` and its English, aligned with fake embeddings."""
    monkeypatch.setattr(bilingua.align, "get_embedder", FakeEmbedder)
    report = tmp_path / f"report.{lang}.txt"
    report.write_text(text + "\n", encoding="utf-8")
    english = tmp_path / "report.en.txt"
    english.write_text("Iran's foreign minister arrived in Moscow on Monday.\n", encoding="utf-8")
    return report, english


def test_a_side_in_neither_persian_nor_english_is_warned_of(tmp_path, monkeypatch):
    """Arabic aligns like any language, but the checks are Persian and English ones: an
    Arabic report compared with English gets no name check, so the user is told."""
    arabic, english = report_and_english(tmp_path, monkeypatch, "ar",
                                         "وصل وزير الخارجية الإيراني إلى موسكو يوم الاثنين في زيارة رسمية.")
    result = CliRunner().invoke(main, ["compare", str(arabic), str(english), "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr.strip() == (f"bilingua: warning: {arabic}: it reads as 'ar', not Persian or English; "
                                     "bilingua's checks are written for those two (--source-lang/--target-lang "
                                     "to say otherwise)")
    assert json.loads(result.stdout)["alignment"]["source"]["lang"] == "ar"
    said = CliRunner().invoke(main, ["compare", str(arabic), str(english), "--format", "json", "--source-lang", "fa"])
    assert said.exit_code == 0 and said.stderr == ""
    # a language given that is neither is warned of too, with no advice to give it
    given = CliRunner().invoke(main, ["compare", str(arabic), str(english), "--format", "json", "--source-lang", "de"])
    assert given.exit_code == 0 and given.stderr.strip() == (
        f"bilingua: warning: {arabic}: it is given as 'de', not Persian or English; bilingua's checks are written "
        "for those two")


def test_languages_given_the_wrong_way_round_are_warned_of(tmp_path, monkeypatch):
    persian, english = report_and_english(tmp_path, monkeypatch, "fa", "وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد.")
    result = CliRunner().invoke(main, ["align", str(persian), str(english), "--format", "json",
                                       "--source-lang", "en", "--target-lang", "fa"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"bilingua: warning: {persian} is given as 'en' but reads as 'fa'; check --source-lang/--target-lang",
        f"bilingua: warning: {english} is given as 'fa' but reads as 'en'; check --source-lang/--target-lang"]
    right = CliRunner().invoke(main, ["align", str(persian), str(english), "--format", "json",
                                      "--source-lang", "fa", "--target-lang", "en"])
    assert right.exit_code == 0 and right.stderr == ""


def test_english_source_and_persian_target_are_taken_as_given_with_a_note(tmp_path, monkeypatch):
    persian, english = report_and_english(tmp_path, monkeypatch, "fa", "وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد.")
    result = CliRunner().invoke(main, ["align", str(english), str(persian), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["source"]["lang"] == "en"
    assert result.stderr.startswith(f"bilingua: note: SOURCE ({english}) is English and TARGET Persian") \
        and result.stderr.count("\n") == 1
    for args in ([str(persian), str(english)], [str(english), str(persian), "--source-lang", "en"]):
        said = CliRunner().invoke(main, ["align", *args, "--format", "json"])
        assert said.exit_code == 0 and said.stderr == ""


def test_presplit_lines_of_several_sentences_get_a_note(tmp_path, monkeypatch):
    persian, english = report_and_english(
        tmp_path, monkeypatch, "fa", "وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد. او با لاوروف دیدار کرد.")
    result = CliRunner().invoke(main, ["align", str(persian), str(english), "--presplit", "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr == (f"bilingua: note: --presplit: 1 of 1 lines of {persian} hold more than one sentence; "
                             "they are aligned whole (leave out --presplit to split them)\n")
    persian.write_text("وزیر امور خارجه ایران روز دوشنبه وارد مسکو شد.\nاو با لاوروف دیدار کرد.\n", encoding="utf-8")
    one_a_line = CliRunner().invoke(main, ["align", str(persian), str(english), "--presplit", "--format", "json"])
    assert one_a_line.exit_code == 0 and one_a_line.stderr == ""


def test_a_tmx_unit_left_in_persian_is_tagged_persian():
    # a probe's untranslated target sentence was written into the TMX as xml:lang="en"
    from bilingua.pipeline import document_from_text
    from bilingua.render.alignment import to_tmx
    from bilingua.types import Alignment, Block

    source = document_from_text("او گفت که می‌آید.\nوزیر امروز به تهران رسید.", "a.fa", presplit=True, lang="fa")
    target = document_from_text("He said he would come.\nوزیر امروز به تهران رسید.", "a.en", presplit=True, lang="en")
    root = ET.fromstring(to_tmx(Alignment(source, target, [Block((0,), (0,), 0.9), Block((1,), (1,), 1.0)])))
    langs = [[tuv.get("{http://www.w3.org/XML/1998/namespace}lang") for tuv in tu.iter("tuv")]
             for tu in root.iter("tu")]
    assert langs == [["fa", "en"], ["fa", "fa"]]
