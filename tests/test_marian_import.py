"""Importing MarianNMT releases: the converted model computes what the npz weights say
(checked against a direct NumPy implementation of MarianNMT's transformer), a trained
model survives the round trip, and unsafe or inconsistent releases are refused."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

import tiny_marian
from bilingua.cli import main
from bilingua.errors import BilinguaError
from bilingua.marian_import import import_model

D, HEADS, FFN = 512, 8, 64


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    monkeypatch.setenv("BILINGUA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BILINGUA_MODEL_FA_EN", raising=False)
    monkeypatch.delenv("BILINGUA_MODEL_EN_FA", raising=False)


@pytest.fixture(scope="module")
def toy_spm(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spm")
    return tiny_marian.train_spm(folder)


def random_release(folder: Path, spm_path: Path, seed: int = 0, **yml_changes) -> tuple[Path, dict]:
    """A MarianNMT release with random weights (2 encoder layers, 1 decoder layer)."""
    rng = np.random.default_rng(seed)
    vocab = tiny_marian.marian_vocab(spm_path)
    n = len(vocab)

    def m(rows, cols):
        return rng.normal(0, 1 / np.sqrt(rows), (rows, cols))

    def v(size, centre=0.0):
        return centre + rng.normal(0, 0.1, (1, size))

    params = {"Wemb": rng.normal(0, 1, (n, D)), "decoder_ff_logit_out_b": v(n)}
    for side, layers in (("encoder", 2), ("decoder", 1)):
        for i in range(1, layers + 1):
            for block in ("self",) + (("context",) if side == "decoder" else ()):
                for p in "qkvo":
                    params[f"{side}_l{i}_{block}_W{p}"] = m(D, D)
                    params[f"{side}_l{i}_{block}_b{p}"] = v(D)
                params[f"{side}_l{i}_{block}_Wo_ln_scale"] = v(D, 1.0)
                params[f"{side}_l{i}_{block}_Wo_ln_bias"] = v(D)
            params[f"{side}_l{i}_ffn_W1"], params[f"{side}_l{i}_ffn_b1"] = m(D, FFN), v(FFN)
            params[f"{side}_l{i}_ffn_W2"], params[f"{side}_l{i}_ffn_b2"] = m(FFN, D), v(D)
            params[f"{side}_l{i}_ffn_ffn_ln_scale"] = v(D, 1.0)
            params[f"{side}_l{i}_ffn_ffn_ln_bias"] = v(D)
    model_yml = {"type": "transformer", "dim-emb": D, "enc-depth": 2, "dec-depth": 1, "transformer-heads": HEADS,
                 "transformer-dim-ffn": FFN, "transformer-ffn-activation": "swish", "transformer-preprocess": "",
                 "transformer-postprocess": "dan", "transformer-postprocess-emb": "d",
                 "tied-embeddings-all": True, "dim-vocabs": [n, n]}
    model_yml.update(yml_changes)
    return tiny_marian.write_release(folder, params, model_yml, vocab, spm_path), params


# --- MarianNMT's transformer, written directly from its definition -----------------------

def marian_positions(length: int, dim: int) -> np.ndarray:
    """MarianNMT's sinusoids: sin in the first half, cos in the second."""
    half = dim // 2
    rates = np.exp(np.arange(half) * -(np.log(10000.0) / (half - 1)))
    angles = np.arange(length)[:, None] * rates[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)


def layer_norm(x, scale, bias):
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-5) * scale + bias


def attention(p, prefix, queries, keys, causal=False):
    def heads(x):
        return x.reshape(len(x), HEADS, D // HEADS).transpose(1, 0, 2)

    q = heads(queries @ p[prefix + "_Wq"] + p[prefix + "_bq"])
    k = heads(keys @ p[prefix + "_Wk"] + p[prefix + "_bk"])
    val = heads(keys @ p[prefix + "_Wv"] + p[prefix + "_bv"])
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(D // HEADS)
    if causal:
        scores = scores + np.triu(np.full(scores.shape[-2:], -1e9), 1)
    weights = np.exp(scores - scores.max(-1, keepdims=True))
    weights /= weights.sum(-1, keepdims=True)
    context = (weights @ val).transpose(1, 0, 2).reshape(len(queries), D)
    return context @ p[prefix + "_Wo"] + p[prefix + "_bo"]


def ffn(p, prefix, x):
    h = x @ p[prefix + "_ffn_W1"] + p[prefix + "_ffn_b1"]
    return (h / (1 + np.exp(-h))) @ p[prefix + "_ffn_W2"] + p[prefix + "_ffn_b2"]


def marian_logits(p: dict, source: list[int], target_prefix: list[int]) -> np.ndarray:
    """Output logits at each target position; decoding starts from a zero embedding."""
    emb = p["Wemb"]
    x = emb[source] * np.sqrt(D) + marian_positions(len(source), D)
    for i in (1, 2):
        pre = f"encoder_l{i}"
        x = layer_norm(x + attention(p, pre + "_self", x, x), p[pre + "_self_Wo_ln_scale"], p[pre + "_self_Wo_ln_bias"])
        x = layer_norm(x + ffn(p, pre, x), p[pre + "_ffn_ffn_ln_scale"], p[pre + "_ffn_ffn_ln_bias"])
    y = np.vstack([np.zeros((1, D)), emb[target_prefix]]) * np.sqrt(D) + marian_positions(len(target_prefix) + 1, D)
    pre = "decoder_l1"
    y = layer_norm(y + attention(p, pre + "_self", y, y, causal=True), p[pre + "_self_Wo_ln_scale"],
                   p[pre + "_self_Wo_ln_bias"])
    y = layer_norm(y + attention(p, pre + "_context", y, x), p[pre + "_context_Wo_ln_scale"],
                   p[pre + "_context_Wo_ln_bias"])
    y = layer_norm(y + ffn(p, pre, y), p[pre + "_ffn_ffn_ln_scale"], p[pre + "_ffn_ffn_ln_bias"])
    return y @ emb.T + p["decoder_ff_logit_out_b"]


# --- tests -----------------------------------------------------------------------------------

def test_converted_model_computes_marian_logits(tmp_path, toy_spm):
    import torch
    from transformers import MarianMTModel

    release, params = random_release(tmp_path / "release", toy_spm)
    info, smoke = import_model(str(release), "random")
    assert (info.source_lang, info.target_lang, info.converted_from) == ("fa", "en", "marian-npz")
    assert info.licence == "CC-BY-4.0" and isinstance(smoke, str)
    model = MarianMTModel.from_pretrained(info.path).eval()
    vocab = json.loads((Path(info.path) / "vocab.json").read_text(encoding="utf-8"))
    source = [vocab["▁سه"], vocab["▁یک"], vocab["▁نه"], 0]
    prefix = [vocab["▁three"], vocab["▁one"]]
    with torch.no_grad():
        got = model(input_ids=torch.tensor([source]),
                    decoder_input_ids=torch.tensor([[model.config.decoder_start_token_id] + prefix])).logits[0]
    expected = marian_logits(params, source, prefix)
    got = got.numpy()[:, :-1]  # transformers appends <pad> as the last entry
    assert got.shape == expected.shape
    # transformers' sinusoids use 10000^(i/256) where MarianNMT uses 10000^(i/255): at
    # d_model 512 and these few positions that moves logits by far less than the tolerance.
    np.testing.assert_allclose(got, expected, atol=0.02 * np.abs(expected).max())
    assert (got.argmax(-1) == expected.argmax(-1)).all()


def test_trained_model_survives_the_round_trip(tmp_path):
    release = tiny_marian.write_marian_release(tiny_marian.trained_model_dir(), tmp_path / "release")
    info, _ = import_model(str(release), "toy-fa-en", direction="fa-en")
    from bilingua.translate import load_translator

    for engine in ("torch", "ct2"):
        translator = load_translator("fa", "en", "toy-fa-en", engine=engine, cache=False)
        assert translator.translate(["سه یک", "نه هشت هفت صفر"]) == ["three one", "nine eight seven zero"]
    assert info.target_labels == [">>eng<<", ">>fas<<", ">>pes<<"]


def zip_folder(folder: Path, zip_path: Path, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(zip_path, "w") as z:
        for f in sorted(folder.iterdir()):
            z.write(f, f"fas-eng/{f.name}")
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return zip_path


def test_zip_and_file_url_import_through_the_cli(tmp_path, toy_spm):
    release, _ = random_release(tmp_path / "release", toy_spm)
    archive = zip_folder(release, tmp_path / "opus-2021-02-23.zip")
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    result = CliRunner().invoke(main, ["models", "import", str(archive)])
    assert result.exit_code == 0, result.output
    assert "imported opus-2021-02-23 (fa-en)" in result.output
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == digest  # input untouched
    result = CliRunner().invoke(main, ["models", "import", archive.as_uri(), "--name", "from-url"])
    assert result.exit_code == 0, result.output
    names = [m["name"] for m in json.loads(CliRunner().invoke(main, ["models", "list", "--format", "json"]).output)]
    assert names == ["from-url", "opus-2021-02-23"]


@pytest.mark.parametrize("member", ["../evil.txt", "/tmp/evil-absolute.txt", "fas-eng/../../evil.txt"])
def test_zip_members_outside_the_target_are_refused(tmp_path, toy_spm, member):
    release, _ = random_release(tmp_path / "release", toy_spm)
    archive = zip_folder(release, tmp_path / "bad.zip", {member: b"x"})
    with pytest.raises(BilinguaError, match="outside"):
        import_model(str(archive), "bad")
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "home" / "evil.txt").exists()
    assert not (tmp_path / "home" / "models" / "bad").exists()


def test_zip_links_are_refused(tmp_path, toy_spm):
    release, _ = random_release(tmp_path / "release", toy_spm)
    archive = zip_folder(release, tmp_path / "link.zip")
    with zipfile.ZipFile(archive, "a") as z:
        info = zipfile.ZipInfo("fas-eng/link")
        info.external_attr = (0o120777 << 16)
        z.writestr(info, "/etc/passwd")
    with pytest.raises(BilinguaError, match="link"):
        import_model(str(archive), "link")


def test_pickled_arrays_are_refused(tmp_path, toy_spm):
    release, params = random_release(tmp_path / "release", toy_spm)
    npz = next(release.glob("*.npz"))
    with np.load(npz) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["evil"] = np.array([{"a": 1}], dtype=object)
    np.savez(npz, **arrays)
    with pytest.raises(BilinguaError, match="refused"):
        import_model(str(release), "pickled")


def test_inconsistent_releases_are_refused(tmp_path, toy_spm):
    release, _ = random_release(tmp_path / "r1", toy_spm, **{"transformer-preprocess": "n"})
    with pytest.raises(BilinguaError, match="transformer-preprocess"):
        import_model(str(release), "pre")

    release, _ = random_release(tmp_path / "r2", toy_spm, **{"enc-depth": 6})
    with pytest.raises(BilinguaError, match="enc-depth"):
        import_model(str(release), "depth")

    release, _ = random_release(tmp_path / "r3", toy_spm)
    vocab = release / "opus.spm48.vocab.yml"
    vocab.write_text('"</s>": 0\n"<unk>": 1\n"▁zzz": 2\n', encoding="utf-8")
    with pytest.raises(BilinguaError, match="do not belong together"):
        import_model(str(release), "vocab")

    release, params = random_release(tmp_path / "r4", toy_spm)
    npz = next(release.glob("*.npz"))
    with np.load(npz) as z:
        arrays = {k: z[k] for k in z.files}
    arrays["encoder_l1_self_Wq"] = arrays["encoder_l1_self_Wq"][:, :100]
    np.savez(npz, **arrays)
    with pytest.raises(BilinguaError, match="shape"):
        import_model(str(release), "shape")
    assert not (tmp_path / "home" / "models" / "shape").exists()


def test_direction_comes_from_the_readme_or_the_option(tmp_path, toy_spm):
    release, _ = random_release(tmp_path / "release", toy_spm)
    (release / "README.md").write_text("# no language lines\n", encoding="utf-8")
    with pytest.raises(BilinguaError, match="--direction"):
        import_model(str(release), "nodir")
    info, _ = import_model(str(release), "given", direction="en-fa")
    assert info.direction == "en-fa"


def test_unusable_sources_are_one_line_errors(tmp_path):
    result = CliRunner().invoke(main, ["models", "import", str(tmp_path / "missing.zip")])
    assert result.exit_code == 1 and "missing.zip: no such file or folder" in result.output
    (tmp_path / "notes.txt").write_text("not a model", encoding="utf-8")
    result = CliRunner().invoke(main, ["models", "import", str(tmp_path / "notes.txt")])
    assert result.exit_code == 1 and "not a zip file, a folder or a URL" in result.output
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["models", "import", str(tmp_path / "empty"), "--name", "x"])
    assert result.exit_code == 1 and "neither a MarianNMT release" in result.output
    result = CliRunner().invoke(main, ["translate", "-", "--model", str(tmp_path / "empty")], input="hello there\n")
    assert result.exit_code == 1
