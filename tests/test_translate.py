"""Translation through the real loading and generation code, on the toy model the suite
trains itself (tests/tiny_marian.py): Persian digit words ↔ English digit words."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import tiny_marian
from bilingua.cli import main
from bilingua.errors import BilinguaError
from bilingua.translate import (CachedTranslator, Settings, TranslationCache, configured_translator,
                                language_prompt, load_translator, token_batches)

CASES = {  # held-out digit strings: Persian words → English words
    "سه یک": "three one",
    "نه هشت هفت صفر": "nine eight seven zero",
    "دو": "two",
    "شش پنج چهار": "six five four",
}


@pytest.fixture(scope="module")
def model_dir():
    return tiny_marian.trained_model_dir()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("BILINGUA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BILINGUA_MODEL_FA_EN", raising=False)
    monkeypatch.delenv("BILINGUA_MODEL_EN_FA", raising=False)


@pytest.mark.parametrize("engine", ["torch", "ct2"])
def test_translates_persian_to_english(model_dir, engine):
    translator = load_translator("fa", "en", str(model_dir), engine=engine, cache=False)
    assert translator.translate(list(CASES)) == list(CASES.values())


def test_ct2_runs_int8_by_default_and_keeps_its_translations_apart(model_dir, monkeypatch):
    # int8 answers depend on the CPU's kernels (see conftest.exact_ct2): each input gets a
    # translation of English digit words, and the cache never hands int8 answers to float32
    monkeypatch.delenv("BILINGUA_CT2_PRECISION")
    int8 = load_translator("fa", "en", str(model_dir), engine="ct2")
    assert int8.inner.translator.compute_type.startswith("int8")  # ctranslate2 reports "int8_float32"
    words = set(tiny_marian.EN_WORDS)
    assert all(out and set(out.split()) <= words for out in int8.translate(list(CASES)))
    monkeypatch.setenv("BILINGUA_CT2_PRECISION", "float32")
    exact = load_translator("fa", "en", str(model_dir), engine="ct2")
    assert exact.inner.translator.compute_type == "float32" and exact.namespace != int8.namespace
    assert exact.translate(list(CASES)) == list(CASES.values())


def test_an_unknown_ct2_precision_is_a_clear_error(model_dir, monkeypatch):
    monkeypatch.setenv("BILINGUA_CT2_PRECISION", "int4")
    with pytest.raises(BilinguaError, match="BILINGUA_CT2_PRECISION is 'int4'; use int8 or float32"):
        load_translator("fa", "en", str(model_dir), engine="auto")


@pytest.mark.parametrize("engine", ["torch", "ct2"])
def test_an_input_longer_than_the_models_positions_is_cut_with_a_warning(model_dir, engine, capsys):
    # the toy model encodes 64 positions; 90 words ran past them in both engines before
    translator = load_translator("fa", "en", str(model_dir), engine=engine, cache=False)
    long, short = " ".join(["شش پنج چهار"] * 30), "شش پنج چهار"
    capsys.readouterr()
    translated = translator.translate([short, long, short])
    assert translated[0] == translated[2] == "six five four" and translated[1]
    assert capsys.readouterr().err == ("bilingua: warning: sentences longer than the model's 64 tokens are cut "
                                       'there and translated only in part: 1, the first "شش پنج چهار شش پنج چهار …"\n')
    translator.translate([short])
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("engine", ["torch", "ct2"])
def test_english_to_persian_uses_the_fas_label(model_dir, engine):
    # The toy model writes Persian words after >>fas<< and numerals after >>pes<<.
    translator = load_translator("en", "fa", str(model_dir), engine=engine, cache=False)
    assert translator.translate(["four five", "nine zero one three"]) == ["چهار پنج", "نه صفر یک سه"]


def test_label_preference_puts_fas_before_pes(model_dir):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model_dir)
    assert language_prompt(tok, "marian", "en", "fa").source_prefix == ">>fas<< "
    assert language_prompt(tok, "marian", "fa", "en").source_prefix == ">>eng<< "


def test_beam_search_and_empty_inputs(model_dir):
    translator = load_translator("fa", "en", str(model_dir), engine="torch", beams=3, cache=False)
    assert translator.translate(["سه یک", "", "  ", "دو"]) == ["three one", "", "", "two"]


@pytest.mark.parametrize("engine", ["torch", "ct2"])
def test_minimum_output_length_forces_longer_output(model_dir, engine):
    settings = Settings(max_new_tokens=6, min_new_tokens=6)
    out = load_translator("fa", "en", str(model_dir), engine=engine, cache=False, settings=settings).translate(["دو"])
    assert out[0].startswith("two ") and len(out[0].split()) >= 3


def test_token_batches_sort_and_respect_the_budget():
    lengths = [3, 10, 4, 10, 1, 7]
    batches = token_batches(lengths, max_tokens=20, max_sentences=8)
    assert sorted(i for b in batches for i in b) == list(range(6))
    assert batches[0] == [1, 3]  # the two longest together: 2 × 10 tokens
    for batch in batches:
        assert len(batch) * max(lengths[i] for i in batch) <= 20
        assert [lengths[i] for i in batch] == sorted((lengths[i] for i in batch), reverse=True)
    assert token_batches([5] * 10, max_tokens=1000, max_sentences=4) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]


class Counting:
    def __init__(self, inner):
        self.inner, self.seen = inner, []

    def translate(self, texts):
        self.seen.append(list(texts))
        return self.inner.translate(texts)


def test_cache_translates_each_text_once_and_persists(model_dir, tmp_path):
    inner = Counting(load_translator("fa", "en", str(model_dir), engine="torch", cache=False))
    cached = CachedTranslator(inner, "toy", TranslationCache(tmp_path / "t.sqlite"))
    assert cached.translate(["سه یک", "دو", "سه یک"]) == ["three one", "two", "three one"]
    assert inner.seen == [["سه یک", "دو"]]
    again = CachedTranslator(inner, "toy", TranslationCache(tmp_path / "t.sqlite"))
    assert again.translate(["دو", "سه یک"]) == ["two", "three one"]
    assert inner.seen == [["سه یک", "دو"]]  # served from disk
    other = CachedTranslator(inner, "other settings", TranslationCache(tmp_path / "t.sqlite"))
    other.translate(["دو"])
    assert inner.seen[-1] == ["دو"]  # a different namespace misses


def test_load_translator_caches_on_disk(model_dir, tmp_path):
    first = load_translator("fa", "en", str(model_dir), engine="torch").translate(["دو"])
    assert (tmp_path / "home" / "cache" / "translations.sqlite").is_file()
    assert load_translator("fa", "en", str(model_dir), engine="torch").translate(["دو"]) == first == ["two"]


def test_without_a_model_says_how_to_get_one():
    with pytest.raises(BilinguaError, match="bilingua models import"):
        load_translator("fa", "en")
    assert configured_translator("fa", "en") is None
    assert configured_translator("fa", "unknown") is None


def test_environment_variable_configures_a_direction(model_dir, monkeypatch):
    monkeypatch.setenv("BILINGUA_MODEL_FA_EN", str(model_dir))
    translator = configured_translator("fa", "en")
    assert translator is not None and translator.translate(["دو"]) == ["two"]


def test_hub_id_offline_gives_a_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    with pytest.raises(BilinguaError, match="HF_HUB_OFFLINE"):
        load_translator("fa", "en", "Helsinki-NLP/opus-mt-iir-en")


def test_bad_settings_are_refused(model_dir):
    with pytest.raises(BilinguaError, match="engine"):
        load_translator("fa", "en", str(model_dir), engine="fast")
    with pytest.raises(BilinguaError, match="both"):
        load_translator("fa", "fa", str(model_dir))
    with pytest.raises(BilinguaError, match="no model"):
        load_translator("fa", "en", "no-such-model")


def test_ct2_refuses_a_marian_model_with_a_nonzero_start_embedding(model_dir, tmp_path):
    import shutil

    import torch
    from safetensors.torch import load_file, save_file

    copy = tmp_path / "shifted"
    shutil.copytree(model_dir, copy)
    weights = load_file(str(copy / "model.safetensors"))
    pad = json.loads((copy / "config.json").read_text())["pad_token_id"]
    weights["model.shared.weight"][pad] = torch.ones_like(weights["model.shared.weight"][pad])
    save_file(weights, str(copy / "model.safetensors"), metadata={"format": "pt"})
    with pytest.raises(BilinguaError, match="zero"):
        load_translator("fa", "en", str(copy), engine="ct2", cache=False)
    from bilingua.translate import choose_engine

    assert choose_engine("auto", copy) == "torch" and choose_engine("auto", model_dir) == "ct2"


def test_cli_translate_keeps_paragraphs(model_dir, tmp_path):
    src = tmp_path / "digits.fa.txt"
    src.write_text("سه یک دو چهار\nدو پنج شش هفت\n\nنه هشت هفت صفر\n", encoding="utf-8")
    before = src.read_bytes()
    runner = CliRunner()
    result = runner.invoke(main, ["translate", str(src), "--presplit", "--from", "fa", "--model", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "three one two four two five six seven\n\nnine eight seven zero\n"
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["translate", str(src), "--presplit", "--model", str(model_dir),
                                  "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["from"], record["to"]) == ("fa", "en")  # detected
    assert [(s["paragraph"], s["source"], s["translation"]) for s in record["sentences"]] == [
        (0, "سه یک دو چهار", "three one two four"), (0, "دو پنج شش هفت", "two five six seven"),
        (1, "نه هشت هفت صفر", "nine eight seven zero")]
    result = runner.invoke(main, ["translate", str(src), "--presplit", "--model", str(model_dir), "--format", "tsv"])
    assert result.stdout.splitlines()[1].split("\t")[-2:] == ["سه یک دو چهار", "three one two four"]
    assert src.read_bytes() == before


def test_cli_translate_is_deterministic(model_dir, tmp_path):
    src = tmp_path / "digits.fa.txt"
    src.write_text("سه یک دو چهار\n\nنه هشت هفت صفر\n", encoding="utf-8")
    args = ["translate", str(src), "--presplit", "--model", str(model_dir), "--no-cache", "--format", "json"]
    first = CliRunner().invoke(main, args).stdout
    assert '"translation": "three one two four"' in first and CliRunner().invoke(main, args).stdout == first


@pytest.mark.parametrize("engine, message", [("ct2", "gives no pad_token_id"), ("torch", "vocabulary files are missing"),
                                             ("auto", "vocabulary files are missing")])
def test_a_model_folder_missing_pieces_is_a_one_line_error(model_dir, tmp_path, engine, message):
    # a probe's hand-made folders: a config.json without pad_token_id (KeyError) and one
    # without the tokenizer's files (TypeError from transformers) gave tracebacks
    broken = tmp_path / "broken"
    broken.mkdir()
    config = json.loads((model_dir / "config.json").read_text())
    del config["pad_token_id"]
    (broken / "config.json").write_text(json.dumps(config))
    src = tmp_path / "a.fa.txt"
    src.write_text("سلام دنیا.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", str(src), "--model", str(broken), "--engine", engine])
    assert result.exit_code == 1 and result.output.count("\n") == 1 and message in result.output


def test_an_empty_model_name_is_refused_not_taken_for_the_default(model_dir, monkeypatch, tmp_path):
    # a probe's `--model ''` translated with the configured default, silently
    monkeypatch.setenv("BILINGUA_MODEL_FA_EN", str(model_dir))
    src = tmp_path / "a.fa.txt"
    src.write_text("سلام دنیا.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", str(src), "--model", ""])
    assert result.exit_code == 1
    assert result.output == "bilingua: error: an empty --model: name a stored model, a model folder or a hub id\n"


def test_cli_translate_without_a_model_exits_1(tmp_path):
    src = tmp_path / "a.en.txt"
    src.write_text("The minister spoke to reporters on Tuesday about the new budget.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", str(src)])
    assert result.exit_code == 1
    assert "no en-fa translation model configured" in result.output
    assert "Traceback" not in result.output


def test_cli_translate_json_names_the_default_model(model_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("BILINGUA_MODEL_FA_EN", str(model_dir))
    src = tmp_path / "digits.fa.txt"
    src.write_text("سه یک\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["translate", str(src), "--presplit", "--from", "fa", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["model"] == str(model_dir)


@pytest.mark.parametrize("engine", ["torch", "ct2"])
def test_cuda_asked_for_where_there_is_none_is_a_clear_error(model_dir, engine):
    import ctranslate2
    import torch

    if torch.cuda.is_available() or ctranslate2.get_cuda_device_count():
        pytest.skip("this machine has a CUDA device")
    with pytest.raises(BilinguaError, match="no usable CUDA device"):
        load_translator("fa", "en", str(model_dir), engine=engine, device="cuda", cache=False)


def test_a_corrupt_translation_cache_is_bypassed_with_a_warning(model_dir, tmp_path, capsys):
    cache_file = tmp_path / "home" / "cache" / "translations.sqlite"
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(b"not a database " * 100)
    translator = load_translator("fa", "en", str(model_dir), engine="torch")
    assert translator.translate(["دو", "سه یک"]) == ["two", "three one"]
    assert translator.translate(["دو"]) == ["two"]
    warnings = capsys.readouterr().err
    assert warnings.count("translation cache unusable") == 1
    assert cache_file.read_bytes() == b"not a database " * 100  # left as it was
