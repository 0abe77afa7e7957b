"""Models that are told the languages with codes rather than labels: M2M100 (``__fa__``)
and NLLB (``pes_Arab``). A tiny random M2M100 model checks that the source code starts
the input and the target code is forced as the first output token."""

from __future__ import annotations

import json

import pytest

import tiny_marian
from bilingua.errors import BilinguaError
from bilingua.translate import LanguagePrompt, language_prompt, load_translator


class VocabOnly:
    unk_token_id = -1

    def __init__(self, tokens):
        self.tokens = {t: i for i, t in enumerate(tokens)}

    def get_vocab(self):
        return self.tokens

    def convert_tokens_to_ids(self, token):
        return self.tokens.get(token, self.unk_token_id)


def test_nllb_and_m2m_codes_and_marian_labels():
    nllb = VocabOnly(["<s>", "pes_Arab", "eng_Latn", "fra_Latn"])
    assert language_prompt(nllb, "m2m_100", "fa", "en") == LanguagePrompt(source_code="pes_Arab", target_code="eng_Latn")
    assert language_prompt(nllb, "m2m_100", "en", "fa") == LanguagePrompt(source_code="eng_Latn", target_code="pes_Arab")
    m2m = VocabOnly(["<s>", "__fa__", "__en__"])
    assert language_prompt(m2m, "m2m_100", "fa", "en") == LanguagePrompt(source_code="__fa__", target_code="__en__")
    with pytest.raises(BilinguaError, match="language codes"):
        language_prompt(VocabOnly(["<s>", "__de__"]), "m2m_100", "fa", "en")
    assert language_prompt(VocabOnly(["</s>", "▁a"]), "marian", "fa", "en") == LanguagePrompt()
    with pytest.raises(BilinguaError, match="no label for 'fa'"):
        language_prompt(VocabOnly([">>deu<<", ">>fra<<"]), "marian", "en", "fa")


@pytest.fixture(scope="module")
def m2m_dir(tmp_path_factory):
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    folder = tmp_path_factory.mktemp("m2m")
    spm_path = tiny_marian.train_spm(folder)
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for piece in tiny_marian.marian_vocab(spm_path):
        vocab.setdefault(piece, len(vocab))
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = M2M100Tokenizer(str(folder / "vocab.json"), str(spm_path), src_lang="fa", tgt_lang="en")
    vocab_size = max(tok.lang_token_to_id.values()) + 1  # len(tok) leaves out the language tokens
    config = M2M100Config(vocab_size=vocab_size, d_model=32, encoder_layers=1, decoder_layers=1,
                          encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
                          decoder_ffn_dim=64, max_position_embeddings=64, pad_token_id=1, bos_token_id=0,
                          eos_token_id=2, decoder_start_token_id=2)
    torch.manual_seed(0)
    model_dir = folder / "model"
    M2M100ForConditionalGeneration(config).save_pretrained(model_dir)
    tok.save_pretrained(model_dir)
    return model_dir


def test_m2m100_gets_its_language_codes(m2m_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("BILINGUA_HOME", str(tmp_path))
    translator = load_translator("fa", "en", str(m2m_dir), engine="torch", cache=False)
    inner = translator.inner
    calls = []
    generate = inner.model.generate

    def spy(**kwargs):
        out = generate(**kwargs)
        calls.append((kwargs["input_ids"], out))
        return out

    inner.model.generate = spy
    first = translator.translate(["سه یک", "دو"])
    assert all(isinstance(t, str) for t in first)
    fa, en = inner.tokenizer.convert_tokens_to_ids(["__fa__", "__en__"])
    inputs, outputs = calls[0]
    assert (inputs[:, 0] == fa).all()
    assert (outputs[:, 1] == en).all()  # position 0 is the decoder start token
    assert translator.translate(["سه یک", "دو"]) == first  # deterministic


def test_auto_engine_falls_back_to_torch_when_ctranslate2_cannot_convert(m2m_dir, monkeypatch, tmp_path, capsys):
    # CTranslate2 checks the vocabulary size against the tokenizer's, which this tiny
    # model's M2M100 tokenizer (language tokens outside get_vocab) does not pass.
    monkeypatch.setenv("BILINGUA_HOME", str(tmp_path))
    with pytest.raises(BilinguaError, match="CTranslate2 cannot convert"):
        load_translator("fa", "en", str(m2m_dir), engine="ct2", cache=False)
    auto = load_translator("fa", "en", str(m2m_dir), cache=False)
    assert "using transformers instead" in capsys.readouterr().err
    torch_out = load_translator("fa", "en", str(m2m_dir), engine="torch", cache=False).translate(["سه یک"])
    assert auto.translate(["سه یک"]) == torch_out
