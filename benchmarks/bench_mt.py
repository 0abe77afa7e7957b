"""Translation throughput: naive vs plain batched `generate` vs bilingua's path.

500 Persian sentences from ../shared/data (NTREX-128, then TICO-19) through an
opus-mt-sized Marian model (6 + 6 layers, d_model 512, 8 heads, FFN 2048, 32k vocabulary)
with random weights and a fixed output length of 32 tokens, so no trained weights are
needed and every path does the same work. The tokenizer is a SentencePiece model trained
on the data in a temporary folder (its vocabulary filled up to 32k entries).

Each path runs in its own process so that its peak memory (max RSS) is its own:
  naive    one `generate` per sentence (on the first NAIVE_N sentences: it is slow)
  batched  plain `generate`, sentences sorted by length, batches of 32
  bilingua bilingua.translate.load_translator (CTranslate2 int8, token-budget batches,
           disk cache): a cold run (empty cache), then a re-run served by the cache
  torch    bilingua's torch engine (token-budget batches, inference_mode), for comparison
Goal: bilingua ≥ 2× plain batched on this CPU; ≥ 5,000 sentences/s on a GPU.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

N_SENTENCES = 500
NAIVE_N = 24
OUT_TOKENS = 32
VOCAB = 32000


def persian_sentences() -> list[str]:
    from shared_data import ntrex, tico

    sentences = [s for doc in ntrex() + tico() for s in doc.fa if s.strip()]
    return sentences[:N_SENTENCES]


def build_model(folder: Path) -> None:
    """SentencePiece on the shared data's both sides, a 32k Marian vocabulary, random weights."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer
    from transformers.utils import logging as hf_logging

    from shared_data import ntrex, tico

    hf_logging.disable_progress_bar()

    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(s for d in ntrex() + tico() for s in d.fa + d.en), encoding="utf-8")
    spm.SentencePieceTrainer.train(input=str(corpus), model_prefix=str(folder / "spm"), vocab_size=16000,
                                   character_coverage=1.0, bos_id=-1, eos_id=-1, unk_id=0,
                                   hard_vocab_limit=False, num_threads=2, minloglevel=2)
    corpus.unlink()
    sp = spm.SentencePieceProcessor(model_file=str(folder / "spm.model"))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        if not (sp.is_unknown(i) or sp.is_control(i)):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    while len(vocab) < VOCAB:  # filler entries: the output layer has opus-mt's 32k rows
        vocab[f"<filler{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes((folder / "spm.model").read_bytes())
    pad = vocab["<pad>"]
    config = MarianConfig(vocab_size=len(vocab), decoder_vocab_size=len(vocab), d_model=512, encoder_layers=6,
                          decoder_layers=6, encoder_attention_heads=8, decoder_attention_heads=8,
                          encoder_ffn_dim=2048, decoder_ffn_dim=2048, activation_function="swish",
                          max_position_embeddings=512, pad_token_id=pad, decoder_start_token_id=pad,
                          eos_token_id=0, scale_embedding=True, share_encoder_decoder_embeddings=True)
    torch.manual_seed(0)
    model = MarianMTModel(config)
    with torch.no_grad():
        model.model.shared.weight[pad] = 0
    model.save_pretrained(folder)
    MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json")).save_pretrained(folder)


def peak_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited
    from the parent across fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_path(path: str, model_dir: str) -> dict:
    """One path in this (child) process; returns its timings and peak memory."""
    import torch

    sentences = persian_sentences()
    if path in ("naive", "batched"):
        from transformers import MarianMTModel, MarianTokenizer

        tok = MarianTokenizer.from_pretrained(model_dir)
        model = MarianMTModel.from_pretrained(model_dir).eval()
        fixed = dict(min_new_tokens=OUT_TOKENS, max_new_tokens=OUT_TOKENS, num_beams=1, do_sample=False)
        if path == "naive":
            sentences = sentences[:NAIVE_N]
            started, tokens = time.perf_counter(), 0
            with torch.no_grad():
                for s in sentences:
                    out = model.generate(**tok([s], return_tensors="pt", truncation=True), **fixed)
                    tokens += out.shape[1] - 1
        else:
            order = sorted(sentences, key=lambda s: len(tok(s)["input_ids"]))
            started, tokens = time.perf_counter(), 0
            with torch.no_grad():
                for i in range(0, len(order), 32):
                    batch = tok(order[i:i + 32], return_tensors="pt", padding=True, truncation=True)
                    out = model.generate(**batch, **fixed)
                    tokens += (out.shape[1] - 1) * out.shape[0]
        seconds = time.perf_counter() - started
    else:
        from bilingua.translate import Settings, load_translator

        settings = Settings(max_new_tokens=OUT_TOKENS, min_new_tokens=OUT_TOKENS)
        engine = "ct2" if path.startswith("bilingua") else "torch"
        started = time.perf_counter()
        translator = load_translator("fa", "en", model_dir, engine=engine, settings=settings, cache=True)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        outputs = translator.translate(sentences)
        seconds = time.perf_counter() - started
        if len(outputs) != len(sentences) or not all(outputs):
            raise SystemExit(f"{path}: missing translations")
        # min = max = 32 new tokens: every sentence decodes exactly OUT_TOKENS tokens
        return {"sentences": len(sentences), "seconds": seconds, "tokens": OUT_TOKENS * len(sentences),
                "load_seconds": load_seconds, "peak_mib": peak_mib()}
    return {"sentences": len(sentences), "seconds": seconds, "tokens": tokens, "peak_mib": peak_mib()}


def child(path: str, model_dir: str, home: str) -> dict:
    env = {**os.environ, "BILINGUA_HOME": home, "TRANSFORMERS_VERBOSITY": "error"}
    out = subprocess.run([sys.executable, __file__, "--path", path, model_dir], env=env,
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"path {path} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    from shared_data import require_shared_data

    if not require_shared_data("bench_mt"):
        return 0
    import torch

    print(f"machine: {os.cpu_count()} CPU cores, torch {torch.__version__}, {torch.get_num_threads()} threads; "
          f"model: random-weight Marian 6+6 layers, d_model 512, 8 heads, FFN 2048, {VOCAB} vocabulary; "
          f"output fixed at {OUT_TOKENS} tokens; {N_SENTENCES} Persian sentences (NTREX-128, TICO-19)")
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-mt-") as tmp:
        model_dir, home = Path(tmp) / "model", Path(tmp) / "home"
        model_dir.mkdir()
        started = time.perf_counter()
        build_model(model_dir)
        print(f"built the model and a SentencePiece tokenizer in {time.perf_counter() - started:.1f} s")
        results = {p: child(p, str(model_dir), str(home)) for p in ("naive", "batched", "torch", "bilingua",
                                                                       "bilingua-rerun")}
    base = results["batched"]["sentences"] / results["batched"]["seconds"]
    print(f"\n{'path':<36} {'sent/s':>7} {'tokens/s':>9} {'peak MiB':>9} {'vs batched':>10}")
    labels = {
        "naive": f"naive generate (first {NAIVE_N} sentences)",
        "batched": "plain batched generate (sorted, 32)",
        "torch": "bilingua --engine torch",
        "bilingua": "bilingua (ct2 int8, cold cache)",
    }
    for p, label in labels.items():
        r = results[p]
        rate = r["sentences"] / r["seconds"]
        print(f"{label:<36} {rate:>7.1f} {r['tokens'] / r['seconds']:>9.0f} {r['peak_mib']:>9.0f} {rate / base:>9.2f}×")
    rerun = results["bilingua-rerun"]
    print(f"bilingua re-run: all {rerun['sentences']} sentences served by the disk cache in "
          f"{rerun['seconds'] * 1000:.0f} ms (peak {rerun['peak_mib']:.0f} MiB)")
    print(f"load average (1 min) before / after: {load_before:.1f} / {os.getloadavg()[0]:.1f} "
          "(other work on this machine slows every path)")
    speedup = results["bilingua"]["sentences"] / results["bilingua"]["seconds"] / base
    print(f"\nCTranslate2 conversion + load (once per model, then cached): {results['bilingua']['load_seconds']:.1f} s")
    print(f"goal: bilingua ≥ 2× plain batched on this CPU — measured {speedup:.2f}× "
          f"({'met' if speedup >= 2 else 'NOT met'})")
    print("goal: ≥ 5,000 sentences/s on a GPU — not measured (this benchmark ran on the CPU only)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--path":
        print(json.dumps(run_path(sys.argv[2], sys.argv[3])))
        sys.exit(0)
    sys.exit(main())
