"""A tiny Marian translation model that the test suite builds and trains itself.

The toy task is spelling out digits, as a multi-target Marian model whose source starts
with a target-language label: ``>>eng<<`` + Persian digit words → English digit words
("سه یک" → "three one"), ``>>fas<<`` + English digit words → Persian digit words, and
``>>pes<<`` + English digit words → Persian numerals ("۳ ۱"). A few seconds of training on two CPU cores learn it well enough that the
tests can assert what the model outputs, through the same loading code users run.

:func:`write_marian_release` writes the same model as a MarianNMT release folder
(``*.npz`` with MarianNMT's parameter names and layout, ``source.spm``, ``target.spm``,
a vocabulary ``*.yml`` and ``decoder.yml``), as the Tatoeba-Challenge publishes them.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np

FA_WORDS = ["صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LABELS = (">>eng<<", ">>fas<<", ">>pes<<")


def spell_fa(digits: list[int]) -> str:
    return " ".join(FA_WORDS[d] for d in digits)


def spell_en(digits: list[int]) -> str:
    return " ".join(EN_WORDS[d] for d in digits)


def numerals_fa(digits: list[int]) -> str:
    return " ".join(FA_DIGITS[d] for d in digits)


def toy_pairs(n: int, seed: int = 0, max_len: int = 4) -> list[tuple[str, str]]:
    """Training pairs for all three toy directions, in a fixed pseudo-random order."""
    rng = random.Random(seed)
    pairs = []
    for i in range(n):
        digits = [rng.randrange(10) for _ in range(rng.randint(1, max_len))]
        kind = i % 3
        if kind == 0:
            pairs.append((">>eng<< " + spell_fa(digits), spell_en(digits)))
        elif kind == 1:
            pairs.append((">>fas<< " + spell_en(digits), spell_fa(digits)))
        else:
            pairs.append((">>pes<< " + spell_en(digits), numerals_fa(digits)))
    return pairs


def train_spm(folder: Path) -> Path:
    """A joint SentencePiece model over both sides of the toy corpus."""
    import sentencepiece as spm

    corpus = folder / "spm-corpus.txt"
    lines = [s for pair in toy_pairs(600, seed=1) for s in pair]
    corpus.write_text("\n".join(line.split(" ", 1)[1] if line.startswith(">>") else line for line in lines) + "\n",
                      encoding="utf-8")
    prefix = folder / "toy"
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=40, model_type="word",
        character_coverage=1.0, hard_vocab_limit=False, bos_id=-1, eos_id=-1, unk_id=0,
        num_threads=1, minloglevel=2, seed_sentencepiece_size=10000,
    )
    corpus.unlink()
    return prefix.with_suffix(".model")


def marian_vocab(spm_path: Path) -> dict[str, int]:
    """MarianNMT's vocabulary layout: ``</s>`` 0, ``<unk>`` 1, then the pieces and labels."""
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_path))
    vocab = {"</s>": 0, "<unk>": 1}
    for label in LABELS:
        vocab[label] = len(vocab)
    for i in range(sp.get_piece_size()):
        piece = sp.id_to_piece(i)
        if not sp.is_unknown(i) and not sp.is_control(i) and piece not in vocab:
            vocab[piece] = len(vocab)
    return vocab


def write_tokenizer_files(folder: Path, spm_path: Path) -> None:
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spm_path, folder / "source.spm")
    shutil.copyfile(spm_path, folder / "target.spm")
    vocab = marian_vocab(spm_path)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")


def tiny_config(vocab_size: int, d_model: int = 64, layers: int = 2, heads: int = 4, ffn: int = 128):
    from transformers import MarianConfig

    pad = vocab_size - 1
    return MarianConfig(
        vocab_size=vocab_size, decoder_vocab_size=vocab_size, d_model=d_model,
        encoder_layers=layers, decoder_layers=layers, encoder_attention_heads=heads,
        decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=64, activation_function="swish", dropout=0.0,
        attention_dropout=0.0, activation_dropout=0.0, pad_token_id=pad, eos_token_id=0,
        decoder_start_token_id=pad, forced_eos_token_id=0, scale_embedding=True,
        share_encoder_decoder_embeddings=True, tie_word_embeddings=True,
    )


def build_trained_model(folder: Path, steps: int = 600, seed: int = 0) -> Path:
    """Train the toy model (about 8 s on one core) and save it as a transformers Marian
    directory (safetensors). Training runs on one thread: faster on a busy 2-core machine,
    and reproducible."""
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    spm_path = train_spm(folder)
    write_tokenizer_files(folder, spm_path)
    spm_path.unlink()
    spm_path.with_suffix(".vocab").unlink()
    tok = MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json"))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    config = tiny_config(len(tok.encoder))
    model = MarianMTModel(config)
    pairs = toy_pairs(6000, seed=seed)
    optimiser = torch.optim.AdamW(model.parameters(), lr=5e-3, weight_decay=0.0)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=5e-3, total_steps=steps)
    model.train()
    try:
        for step in range(steps):
            batch = [pairs[(step * 32 + j) % len(pairs)] for j in range(32)]
            enc = tok([s for s, _ in batch], text_target=[t for _, t in batch], padding=True, return_tensors="pt")
            enc["labels"][enc["labels"] == config.pad_token_id] = -100
            model(**enc).loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            with torch.no_grad():  # MarianNMT decoding starts from a zero embedding, as in its releases
                model.model.shared.weight[config.pad_token_id] = 0
    finally:
        torch.set_num_threads(threads)
    model.eval()
    model.generation_config.bad_words_ids = [[config.pad_token_id]]
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def write_marian_release(model_dir: Path, release: Path, model_yml_extra: dict | None = None) -> Path:
    """Write a transformers Marian model as a MarianNMT release folder.

    The parameter names and layouts are spelled out here independently of
    bilingua.marian_import, so that the import tests check its mapping."""
    from safetensors.numpy import load_file

    weights = load_file(str(model_dir / "model.safetensors"))
    config = json.loads((model_dir / "config.json").read_text())
    vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    del vocab["<pad>"]
    n = len(vocab)

    def w(name):  # transformers keeps (out, in); MarianNMT keeps (in, out)
        return np.ascontiguousarray(weights[name].T)

    def b(name):
        return weights[name][None, :]

    params = {"Wemb": weights["model.shared.weight"][:n], "decoder_ff_logit_out_b": weights["final_logits_bias"][:, :n]}
    for side in ("encoder", "decoder"):
        for i in range(config[f"{side}_layers"]):
            hf, mn = f"model.{side}.layers.{i}.", f"{side}_l{i + 1}_"
            blocks = [("self", "self_attn")] + ([("context", "encoder_attn")] if side == "decoder" else [])
            for m, h in blocks:
                for p in "qkvo":
                    proj = "out_proj" if p == "o" else f"{p}_proj"
                    params[f"{mn}{m}_W{p}"] = w(f"{hf}{h}.{proj}.weight")
                    params[f"{mn}{m}_b{p}"] = b(f"{hf}{h}.{proj}.bias")
                params[f"{mn}{m}_Wo_ln_scale"] = b(f"{hf}{h}_layer_norm.weight")
                params[f"{mn}{m}_Wo_ln_bias"] = b(f"{hf}{h}_layer_norm.bias")
            params[f"{mn}ffn_W1"] = w(f"{hf}fc1.weight")
            params[f"{mn}ffn_b1"] = b(f"{hf}fc1.bias")
            params[f"{mn}ffn_W2"] = w(f"{hf}fc2.weight")
            params[f"{mn}ffn_b2"] = b(f"{hf}fc2.bias")
            params[f"{mn}ffn_ffn_ln_scale"] = b(f"{hf}final_layer_norm.weight")
            params[f"{mn}ffn_ffn_ln_bias"] = b(f"{hf}final_layer_norm.bias")
    model_yml = {
        "type": "transformer", "dim-emb": config["d_model"], "dim-vocabs": [n, n],
        "enc-depth": config["encoder_layers"], "dec-depth": config["decoder_layers"],
        "transformer-heads": config["encoder_attention_heads"], "transformer-dim-ffn": config["encoder_ffn_dim"],
        "transformer-ffn-activation": "swish", "transformer-ffn-depth": 2, "transformer-preprocess": "",
        "transformer-postprocess": "dan", "transformer-postprocess-emb": "d", "tied-embeddings-all": True,
        "right-left": False, "layer-normalization": False, "max-length": 100,
    }
    model_yml.update(model_yml_extra or {})
    return write_release(release, params, model_yml, vocab, model_dir / "source.spm")


def write_release(release: Path, params: dict, model_yml: dict, vocab: dict[str, int], spm_path: Path,
                  languages: tuple[str, str] = ("fas", "eng")) -> Path:
    """The files of a MarianNMT release, laid out and named as the Tatoeba-Challenge does."""
    import yaml

    release.mkdir(parents=True, exist_ok=True)
    arrays = {k: np.asarray(v, dtype=np.float32) for k, v in params.items()}
    text = yaml.safe_dump(model_yml) + "\0"
    arrays["special:model.yml"] = np.frombuffer(text.encode(), dtype=np.int8)
    np.savez(release / "opus.spm48.transformer.model1.npz.best-perplexity.npz", **arrays)
    (release / "source.spm").write_bytes(spm_path.read_bytes())
    (release / "target.spm").write_bytes(spm_path.read_bytes())
    with open(release / "opus.spm48.vocab.yml", "w", encoding="utf-8") as f:
        for token, i in vocab.items():
            f.write(f"{json.dumps(token, ensure_ascii=False)}: {i}\n")
    (release / "decoder.yml").write_text(
        "models:\n  - opus.spm48.transformer.model1.npz.best-perplexity.npz\n"
        "vocabs:\n  - opus.spm48.vocab.yml\n  - opus.spm48.vocab.yml\nbeam-size: 4\nnormalize: 1\n",
        encoding="utf-8")
    (release / "README.md").write_text(
        f"# toy release written by the bilingua tests\n\n* source language(s): {languages[0]}\n"
        f"* target language(s): {languages[1]}\n* license: CC-BY-4.0\n", encoding="utf-8")
    return release

_TRAINED: dict[str, Path] = {}


def trained_model_dir() -> Path:
    """The trained toy model, built once per test process in a temporary folder."""
    if "dir" not in _TRAINED:
        import atexit
        import shutil
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="bilingua-tiny-marian-"))
        atexit.register(shutil.rmtree, root, True)
        _TRAINED["dir"] = build_trained_model(root / "model")
    return _TRAINED["dir"]
