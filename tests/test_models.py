"""The model store: location, import of a transformers directory, list/info/remove,
defaults per direction (configuration file and environment), the catalogue."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import tiny_marian
from bilingua import models as store
from bilingua.cli import main
from bilingua.errors import BilinguaError


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("BILINGUA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BILINGUA_CACHE", raising=False)
    monkeypatch.delenv("BILINGUA_MODEL_FA_EN", raising=False)
    monkeypatch.delenv("BILINGUA_MODEL_EN_FA", raising=False)
    return tmp_path / "home"


@pytest.fixture(scope="module")
def model_dir():
    return tiny_marian.trained_model_dir()


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_store_lives_under_bilingua_home(isolated_home):
    assert store.models_dir() == isolated_home / "models"
    assert store.cache_dir() == isolated_home / "cache"
    assert store.list_models() == ([], [])


def test_bilingua_cache_overrides_the_cache_under_bilingua_home(monkeypatch, tmp_path):
    from bilingua.embed import CachedEmbedder

    monkeypatch.setenv("BILINGUA_CACHE", str(tmp_path / "elsewhere"))
    assert store.cache_dir() == tmp_path / "elsewhere"
    assert CachedEmbedder(None, "test").path == tmp_path / "elsewhere" / "embeddings.sqlite"


def test_store_defaults_to_the_platform_data_folder(monkeypatch):
    import platformdirs

    monkeypatch.delenv("BILINGUA_HOME")
    assert str(store.home()) == platformdirs.user_data_dir("bilingua")


def test_import_list_info_default_remove(model_dir, isolated_home):
    result = run("models", "import", str(model_dir), "--name", "toy", "--direction", "fa-en")
    assert result.exit_code == 0, result.output
    assert "smoke translation" in result.output and "default fa-en" in result.output
    stored = isolated_home / "models" / "toy"
    assert (stored / "model.safetensors").is_file() and not list(stored.glob("*.bin"))

    listing = json.loads(run("models", "list", "--format", "json").output)
    assert [(m["name"], m["source_lang"], m["target_lang"], m["default"]) for m in listing] == [
        ("toy", "fa", "en", "fa-en")]
    info = json.loads(run("models", "info", "toy").output)[0]
    assert info["size_bytes"] > 10_000 and info["converted_from"] == "transformers"

    from bilingua.translate import configured_translator

    assert configured_translator("fa", "en").translate(["سه یک"]) == ["three one"]
    assert configured_translator("en", "fa") is None

    result = run("models", "remove", "toy")
    assert result.exit_code == 0 and "removed toy (fa-en)" in result.output and not stored.exists()
    assert store.read_config()["defaults"] == {}
    assert run("models", "info", "toy").exit_code == 1


def test_second_import_does_not_take_over_the_default(model_dir):
    assert run("models", "import", str(model_dir), "--name", "a", "--direction", "fa-en").exit_code == 0
    assert run("models", "import", str(model_dir), "--name", "b", "--direction", "fa-en").exit_code == 0
    assert store.default_model("fa-en") == "a"
    assert run("models", "default", "fa-en", "b").exit_code == 0
    assert store.default_model("fa-en") == "b"
    result = run("models", "import", str(model_dir), "--name", "b", "--direction", "fa-en")
    assert result.exit_code == 1 and "exists already" in result.output
    assert run("models", "import", str(model_dir), "--name", "b", "--direction", "fa-en", "--force").exit_code == 0


def test_environment_overrides_the_configuration(model_dir, monkeypatch):
    run("models", "import", str(model_dir), "--name", "toy", "--direction", "fa-en")
    monkeypatch.setenv("BILINGUA_MODEL_FA_EN", "/elsewhere/model")
    assert store.default_model("fa-en") == "/elsewhere/model"


def test_stored_model_refuses_the_other_direction(model_dir):
    run("models", "import", str(model_dir), "--name", "toy", "--direction", "fa-en")
    from bilingua.translate import load_translator

    with pytest.raises(BilinguaError, match="translates fa-en, not en-fa"):
        load_translator("en", "fa", "toy")
    result = run("models", "default", "en-fa", "toy")
    assert result.exit_code == 1 and "translates fa-en" in result.output


def test_bad_names_and_missing_direction(model_dir):
    result = run("models", "import", str(model_dir), "--name", "../escape", "--direction", "fa-en")
    assert result.exit_code == 1 and "not a usable model name" in result.output
    result = run("models", "import", str(model_dir), "--name", "toy")
    assert result.exit_code == 1 and "--direction" in result.output
    assert run("models", "remove", "nothing-here").exit_code == 1


def test_a_damaged_manifest_hides_no_other_model_and_can_be_removed(isolated_home):
    for name, manifest in (("broken", "{not json"), ("good", '{"name": "good", "source_lang": "fa", "target_lang": "en"}')):
        (isolated_home / "models" / name).mkdir(parents=True)
        (isolated_home / "models" / name / store.MANIFEST).write_text(manifest, encoding="utf-8")
    result = CliRunner().invoke(main, ["models", "list", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [m["name"] for m in json.loads(result.stdout)] == ["good"]
    assert "broken" in result.stderr and "unreadable model manifest" in result.stderr
    result = run("models", "remove", "broken")
    assert result.exit_code == 0 and "removed broken (its manifest unreadable)" in result.output
    assert not (isolated_home / "models" / "broken").exists() and (isolated_home / "models" / "good").is_dir()


def test_a_stored_name_is_the_stored_model_beside_a_folder_of_that_name(isolated_home, tmp_path, monkeypatch):
    (isolated_home / "models" / "toy").mkdir(parents=True)
    (isolated_home / "models" / "toy" / store.MANIFEST).write_text(
        '{"name": "toy", "source_lang": "fa", "target_lang": "en"}', encoding="utf-8")
    (tmp_path / "work" / "toy").mkdir(parents=True)
    (tmp_path / "work" / "toy" / "config.json").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "work")
    assert store.resolve_model("toy") == isolated_home / "models" / "toy"
    assert store.resolve_model("./toy").resolve() == tmp_path / "work" / "toy"


def test_unreadable_configuration_is_one_clear_error(isolated_home):
    isolated_home.mkdir(parents=True)
    (isolated_home / "config.json").write_text("{not json", encoding="utf-8")
    result = run("models", "list", "--format", "json")
    assert result.exit_code == 1 and "unreadable configuration" in result.output


def test_catalogue_lists_known_models_with_licences():
    entries = {e["name"]: e for e in store.catalogue()}
    assert entries["tatoeba-fas-eng"]["download"].endswith(".zip")
    assert "NC" in entries["nllb-200-distilled-600M"]["licence"]
    result = run("models", "list", "--available", "--format", "tsv")
    assert result.exit_code == 0
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert rows[0] == ["name", "direction", "licence", "scores", "download"]
    assert any(r[0] == "tatoeba-eng-fas" and r[1] == "en-fa" and "CC-BY-4.0" in r[2] for r in rows[1:])
