"""Machine translation: one :class:`Translator` interface over transformers' seq2seq models
(MarianMT, multi-target Marian with ``>>fas<<`` labels, NLLB and M2M100 language codes),
run either by transformers/torch or by CTranslate2.

Speed comes from sorting sentences by length and batching them by a token budget (little
padding), ``torch.inference_mode``, CTranslate2's int8 CPU kernels where installed, and an
on-disk cache keyed by model, settings and text, so re-runs and repeated sentences cost
nothing. Nothing here fakes a translation: without a model, :func:`load_translator` says
how to get one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .errors import BilinguaError
from .models import MANIFEST, cache_dir, default_model, how_to_get_a_model, read_manifest, resolve_model

#: Target-language labels of multi-target Marian models, best first: the Tatoeba eng→fas
#: model scores 16.3 BLEU with >>fas<< but 3.6 with >>pes<<.
MARIAN_LABELS = {"fa": (">>fas<<", ">>pes<<", ">>prs<<"), "en": (">>eng<<",)}
NLLB_CODES = {"fa": "pes_Arab", "en": "eng_Latn"}
M2M_CODES = {"fa": "__fa__", "en": "__en__"}
CT2_MODEL_TYPES = ("marian", "m2m_100")
#: Sentences at least this many show a progress bar (on a terminal, when asked for).
PROGRESS_FROM = 64
#: CTranslate2's compute types by ``BILINGUA_CT2_PRECISION``: (CPU, CUDA).
CT2_PRECISIONS = {"int8": ("int8", "int8_float16"), "float32": ("float32", "float16")}


class Translator(Protocol):
    def translate(self, texts: list[str]) -> list[str]: ...


@dataclass(frozen=True)
class Settings:
    """Everything besides the model and the text that changes what comes out."""

    beams: int = 1
    max_new_tokens: int | None = None
    min_new_tokens: int = 0
    # Batches of up to 128 sentences and 8192 padded tokens: on 2 CPU cores CTranslate2 ran
    # 57 sentences/s where batches of 64 and 4096 gave 49 (bench_mt's model, 2026-12-06).
    max_batch_tokens: int = 8192
    max_batch_sentences: int = 128


@dataclass(frozen=True)
class LanguagePrompt:
    """How a model is told the languages: a source-side label, or language-code tokens."""

    source_prefix: str = ""
    source_code: str | None = None
    target_code: str | None = None

    @property
    def tokenizer_src_lang(self) -> str | None:
        """What the tokenizer's ``src_lang`` takes: NLLB the token (``pes_Arab``), M2M100
        the bare code (``fa`` for the token ``__fa__``)."""
        return self.source_code.strip("_") if self.source_code else None


def language_prompt(tokenizer, model_type: str, source_lang: str, target_lang: str) -> LanguagePrompt:
    vocab = tokenizer.get_vocab()
    if model_type == "marian":
        labels = [t for t in vocab if t.startswith(">>") and t.endswith("<<")]
        if not labels:
            return LanguagePrompt()
        for label in MARIAN_LABELS.get(target_lang, ()):
            if label in vocab:
                return LanguagePrompt(source_prefix=label + " ")
        raise BilinguaError(f"this multi-target model has no label for {target_lang!r} "
                            f"(it knows {', '.join(sorted(labels)[:8])})")
    def knows(token: str | None) -> bool:  # M2M100's language tokens are not in get_vocab()
        return token in vocab or (token is not None and tokenizer.convert_tokens_to_ids(token) != tokenizer.unk_token_id)

    for codes in (NLLB_CODES, M2M_CODES):
        if knows(codes.get(source_lang)) and knows(codes.get(target_lang)):
            return LanguagePrompt(source_code=codes[source_lang], target_code=codes[target_lang])
    raise BilinguaError(f"the model has no language codes for {source_lang}→{target_lang} "
                        "(expected NLLB codes such as pes_Arab or M2M100 codes such as __fa__)")


def token_batches(lengths: list[int], max_tokens: int, max_sentences: int) -> list[list[int]]:
    """Indices grouped longest first, so that each batch holds sentences of similar length
    and its padded size (sentences × longest) stays within ``max_tokens``."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    for i in order:
        batch = batches[-1] if batches else None
        if batch and len(batch) < max_sentences and (len(batch) + 1) * lengths[batch[0]] <= max_tokens:
            batch.append(i)
        else:
            batches.append([i])
    return batches


@contextlib.contextmanager
def progress_bar(total: int, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr for long inputs on a terminal; a no-op otherwise."""
    if not enabled or total < PROGRESS_FROM or not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("translating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("translate", total=total)
        yield lambda n: bar.advance(task, n)


NO_CUDA = "--device cuda: no usable CUDA device here (use --device cpu or auto)"


def auto_device() -> str:
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


class TransformersTranslator:
    """A seq2seq model run by transformers (torch), greedy or beam search."""

    def __init__(self, model_dir: Path, source_lang: str, target_lang: str, settings: Settings,
                 device: str = "auto", progress: bool = False):
        import torch
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        self.device = auto_device() if device == "auto" else device
        if self.device == "cuda" and not torch.cuda.is_available():
            raise BilinguaError(NO_CUDA)
        self.tokenizer = load_tokenizer(AutoTokenizer, model_dir)
        try:
            self.model = AutoModelForSeq2SeqLM.from_pretrained(
                model_dir, dtype=torch.float16 if self.device == "cuda" else torch.float32).to(self.device).eval()
        except (OSError, ValueError) as e:
            raise BilinguaError(f"{model_dir}: cannot load the model ({e})") from None
        self.prompt = language_prompt(self.tokenizer, self.model.config.model_type, source_lang, target_lang)
        if self.prompt.source_code:
            self.tokenizer.src_lang = self.prompt.tokenizer_src_lang
        self.positions = positions(self.model.config)
        self.settings = settings
        self.progress = progress

    def translate(self, texts: list[str]) -> list[str]:
        import torch

        s = self.settings
        encoded = encode(self.tokenizer, self.prompt.source_prefix, texts, self.positions)
        results = [""] * len(texts)
        extra = {}
        if self.prompt.target_code:
            extra["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(self.prompt.target_code)
        with progress_bar(len(texts), self.progress) as advance, torch.inference_mode():
            for batch in token_batches([len(e) for e in encoded], s.max_batch_tokens, s.max_batch_sentences):
                inputs = self.tokenizer.pad({"input_ids": [encoded[i] for i in batch]}, return_tensors="pt")
                width = inputs["input_ids"].shape[1]
                out = self.model.generate(
                    **inputs.to(self.device), num_beams=s.beams, do_sample=False,
                    max_new_tokens=decoding_length(s.max_new_tokens, width, self.positions),
                    min_new_tokens=s.min_new_tokens, **extra)
                for i, text in zip(batch, self.tokenizer.batch_decode(out, skip_special_tokens=True)):
                    results[i] = text.strip()
                advance(len(batch))
        return results


def positions(config) -> int:
    """How many positions the model encodes (512 for OPUS-MT): a longer input is cut
    there, and no output may run past it (the model has no position beyond)."""
    return int(getattr(config, "max_position_embeddings", None) or 512)


def encode(tokenizer, prefix: str, texts: list[str], positions: int) -> list[list[int]]:
    """Token ids of each text. One longer than the model's positions is cut there, and a
    warning on stderr says so: its translation covers only its start."""
    encoded = [tokenizer(prefix + t, truncation=True, max_length=positions + 1)["input_ids"] for t in texts]
    cut = [i for i, ids in enumerate(encoded) if len(ids) > positions]
    for i in cut:
        encoded[i] = tokenizer(prefix + texts[i], truncation=True, max_length=positions)["input_ids"]
    if cut:
        first = " ".join(texts[cut[0]].split()[:6])
        print(f"bilingua: warning: sentences longer than the model's {positions} tokens are cut there and "
              f"translated only in part: {len(cut)}, the first \"{first} …\"", file=sys.stderr)
    return encoded


def decoding_length(asked: int | None, width: int, positions: int) -> int:
    """New tokens allowed: as asked, else twice the input's width and ten, within the
    model's positions (one is the decoder's start token)."""
    return min(asked or min(512, 2 * width + 10), positions - 1)


def ct2_precision() -> str:
    """``BILINGUA_CT2_PRECISION``: ``int8`` (the default, fastest) or ``float32``. int8 kernels
    differ between CPUs, and on some they cost a small model much of its accuracy: the test
    suite's toy model (64 dimensions) translated 207 of 300 held-out inputs right in int8 on
    an AMD EPYC and all 300 in float32, as transformers does."""
    value = os.environ.get("BILINGUA_CT2_PRECISION", "").strip().lower() or "int8"
    if value not in CT2_PRECISIONS:
        raise BilinguaError(f"BILINGUA_CT2_PRECISION is {value!r}; use {' or '.join(CT2_PRECISIONS)}")
    return value


class CTranslate2Translator:
    """The same model converted once to CTranslate2 (by default int8 on the CPU, see
    :func:`ct2_precision`) and run by it."""

    def __init__(self, model_dir: Path, fingerprint: str, source_lang: str, target_lang: str,
                 settings: Settings, device: str = "auto", progress: bool = False, precision: str = "int8"):
        import ctranslate2
        from transformers import AutoConfig, AutoTokenizer

        config = AutoConfig.from_pretrained(model_dir)
        model_type = config.model_type
        self.positions = positions(config)
        problem = ct2_problem(model_dir, model_type)
        if problem:
            raise BilinguaError(f"CTranslate2: {problem}; use --engine torch")
        if device == "auto":
            device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
        elif device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
            raise BilinguaError(f"CTranslate2: {NO_CUDA}")
        self.tokenizer = load_tokenizer(AutoTokenizer, model_dir)
        self.prompt = language_prompt(self.tokenizer, model_type, source_lang, target_lang)
        if self.prompt.source_code:
            self.tokenizer.src_lang = self.prompt.tokenizer_src_lang
        quantization = CT2_PRECISIONS[precision][device == "cuda"]
        self.translator = ctranslate2.Translator(
            str(ct2_model(model_dir, fingerprint, quantization)), device=device, compute_type=quantization,
            intra_threads=0 if device == "cuda" else max(1, os.cpu_count() or 1))
        self.settings = settings
        self.progress = progress

    def translate(self, texts: list[str]) -> list[str]:
        s, tok = self.settings, self.tokenizer
        tokens = [tok.convert_ids_to_tokens(ids) for ids in encode(tok, self.prompt.source_prefix, texts, self.positions)]
        results = [""] * len(texts)
        with progress_bar(len(texts), self.progress) as advance:
            for batch in token_batches([len(t) for t in tokens], s.max_batch_tokens, s.max_batch_sentences):
                width = len(tokens[batch[0]])
                out = self.translator.translate_batch(
                    [tokens[i] for i in batch], beam_size=s.beams,
                    max_decoding_length=decoding_length(s.max_new_tokens, width, self.positions),
                    min_decoding_length=s.min_new_tokens,
                    target_prefix=[[self.prompt.target_code]] * len(batch) if self.prompt.target_code else None)
                for i, r in zip(batch, out):
                    ids = tok.convert_tokens_to_ids(r.hypotheses[0])
                    results[i] = tok.decode(ids, skip_special_tokens=True).strip()
                advance(len(batch))
        return results


def ct2_problem(model_dir: Path, model_type: str | None) -> str | None:
    """Why CTranslate2 cannot run this model faithfully, or None. Its Marian decoder starts
    from a zero vector, as MarianNMT does; a model whose <pad> embedding (transformers'
    start token) is not zero would translate differently."""
    if model_type not in CT2_MODEL_TYPES:
        return f"CTranslate2 runs Marian and M2M100/NLLB models here, not {model_type!r}"
    if model_type == "marian":
        import json

        from safetensors import safe_open

        pad = json.loads((model_dir / "config.json").read_text(encoding="utf-8")).get("pad_token_id")
        if not isinstance(pad, int):
            return "its config.json gives no pad_token_id to check"
        weights = model_dir / "model.safetensors"
        if not weights.is_file():
            return "no model.safetensors to check"
        with safe_open(str(weights), "np") as f:
            key = next((k for k in ("model.shared.weight", "model.decoder.embed_tokens.weight") if k in f.keys()), None)
            if key is None or f.get_slice(key)[pad:pad + 1].any():
                return "the model's <pad> embedding is not zero, so CTranslate2 would start decoding differently"
    return None


def quiet_transformers() -> None:
    """No per-load progress bars or advice from transformers on the user's terminal."""
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()


def load_tokenizer(auto_tokenizer, model_dir: Path):
    import warnings

    quiet_transformers()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return auto_tokenizer.from_pretrained(model_dir)
        except TypeError:  # a Marian tokenizer given no path to its vocabulary or sentencepiece files
            raise BilinguaError(f"{model_dir}: cannot load the tokenizer (its vocabulary files are missing)") from None
        except (OSError, ValueError, KeyError) as e:
            raise BilinguaError(f"{model_dir}: cannot load the tokenizer ({e})") from None


def ct2_model(model_dir: Path, fingerprint: str, quantization: str) -> Path:
    """The CTranslate2 conversion of a model, made once and kept in the cache folder."""
    target = cache_dir() / "ct2" / f"{fingerprint[:24]}-{quantization}"
    if (target / "model.bin").is_file():
        return target
    import tempfile

    import ctranslate2

    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"bilingua: converting {model_dir} for CTranslate2 ({quantization}; once, kept in {target.parent})",
          file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".convert-") as tmp:
        try:
            ctranslate2.converters.TransformersConverter(str(model_dir)).convert(
                str(Path(tmp) / "model"), quantization=quantization, force=True)
        except Exception as e:  # the converter raises many kinds for models it cannot handle
            raise BilinguaError(f"{model_dir}: CTranslate2 cannot convert this model ({e})") from None
        os.replace(Path(tmp) / "model", target)
    return target


def model_fingerprint(model_dir: Path) -> str:
    """Identifies a model's files (names, sizes, modification times) for the caches."""
    h = hashlib.sha256()
    for p in sorted(Path(model_dir).iterdir()):
        if p.is_file() and p.name != MANIFEST:
            st = p.stat()
            h.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


class TranslationCache:
    """Translations on disk (SQLite), keyed by a hash of model, settings and text.

    A cache that cannot be opened, read or written (a corrupt file, a read-only home, a
    full disk) is not an error: it is reported once and translations are computed again."""

    def __init__(self, path: Path):
        self.path = path
        self.db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path)
            self.db.execute("CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, text TEXT NOT NULL)")
        except (OSError, sqlite3.Error) as e:
            self._give_up(e)

    def _give_up(self, error: Exception) -> None:
        print(f"bilingua: warning: {self.path}: translation cache unusable ({error}); translating without it",
              file=sys.stderr)
        if self.db is not None:
            self.db.close()
        self.db = None

    def get_many(self, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.db is None:
            return found
        try:
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                rows = self.db.execute(
                    f"SELECT key, text FROM translations WHERE key IN ({','.join('?' * len(chunk))})", chunk)
                found.update(rows)
        except sqlite3.Error as e:
            self._give_up(e)
            return {}
        return found

    def put_many(self, items: dict[str, str]) -> None:
        if self.db is None:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?)", items.items())
        except sqlite3.Error as e:
            self._give_up(e)


class CachedTranslator:
    """Translates each distinct text once, and only when the disk cache lacks it.
    ``model`` names the model as the user gave it (store name, directory or hub id)."""

    def __init__(self, inner: Translator, namespace: str, cache: TranslationCache | None, model: str = ""):
        self.inner, self.namespace, self.cache, self.model = inner, namespace, cache, model

    def key(self, text: str) -> str:
        return hashlib.sha256(f"{self.namespace}\0{text}".encode()).hexdigest()

    def translate(self, texts: list[str]) -> list[str]:
        keys = {t: self.key(t) for t in dict.fromkeys(texts) if t.strip()}
        known = self.cache.get_many(list(keys.values())) if self.cache else {}
        missing = [t for t, k in keys.items() if k not in known]
        if missing:
            fresh = dict(zip((keys[t] for t in missing), self.inner.translate(missing)))
            if self.cache:
                self.cache.put_many(fresh)
            known.update(fresh)
        return [known[keys[t]] if t in keys else "" for t in texts]


def load_translator(source_lang: str, target_lang: str, model: str | None = None, *, engine: str = "auto",
                    beams: int = 1, device: str = "auto", cache: bool = True, progress: bool = False,
                    settings: Settings | None = None) -> CachedTranslator:
    """A translator for one direction: ``model`` (store name, directory or hub id), else the
    direction's configured default. ``engine``: ``torch``, ``ct2``, or ``auto`` (CTranslate2
    when installed and able to run the model, else torch). ``settings`` gives every
    generation setting at once (its ``beams`` then counts, not the ``beams`` argument)."""
    direction = f"{source_lang}-{target_lang}"
    if source_lang == target_lang:
        raise BilinguaError(f"source and target language are both {source_lang!r}")
    if engine not in ("auto", "torch", "ct2"):
        raise BilinguaError(f"unknown engine {engine!r} (choose auto, torch or ct2)")
    if beams < 1:
        raise BilinguaError("--beams must be at least 1")
    spec = model or (default_model(direction) if direction in ("fa-en", "en-fa") else None)
    if not spec:
        raise BilinguaError(f"no {direction} translation model configured; {how_to_get_a_model(direction)}"
                            if direction in ("fa-en", "en-fa") else f"no model given for {direction}")
    model_dir = resolve_model(spec)
    check_direction_of(model_dir, source_lang, target_lang)
    settings = settings or Settings(beams=beams)
    fingerprint = model_fingerprint(model_dir)
    precision = ct2_precision()
    chosen = choose_engine(engine, model_dir)
    inner: Translator | None = None
    if chosen == "ct2":
        try:
            inner = CTranslate2Translator(model_dir, fingerprint, source_lang, target_lang, settings, device, progress,
                                          precision)
        except BilinguaError as e:
            if engine == "ct2":
                raise
            print(f"bilingua: {e} (using transformers instead)", file=sys.stderr)
            chosen = "torch"
    if inner is None:
        inner = TransformersTranslator(model_dir, source_lang, target_lang, settings, device, progress)
    engine_key = chosen if chosen == "torch" or precision == "int8" else f"{chosen}-{precision}"
    namespace = f"{fingerprint}\0{engine_key}\0{direction}\0{settings}"
    cache_db = TranslationCache(cache_dir() / "translations.sqlite") if cache else None
    return CachedTranslator(inner, namespace, cache_db, model=spec)


def choose_engine(engine: str, model_dir: Path) -> str:
    if engine != "auto":
        return engine
    import importlib.util
    import json

    try:
        model_type = json.loads((model_dir / "config.json").read_text(encoding="utf-8")).get("model_type")
    except (OSError, ValueError):
        return "torch"
    if importlib.util.find_spec("ctranslate2") is None or ct2_problem(model_dir, model_type):
        return "torch"
    return "ct2"


def check_direction_of(model_dir: Path, source_lang: str, target_lang: str) -> None:
    """A stored single-pair model refuses the other direction (it would output garbage)."""
    if (model_dir / MANIFEST).is_file():
        info = read_manifest(model_dir)
        if info.model_type == "marian" and (info.source_lang, info.target_lang) != (source_lang, target_lang):
            raise BilinguaError(f"model {info.name!r} translates {info.direction}, not {source_lang}-{target_lang}")


def configured_translator(source_lang: str, target_lang: str) -> Translator | None:
    """The configured translator of a direction, or None when no model is configured
    (align and compare then carry on without machine translation)."""
    if f"{source_lang}-{target_lang}" not in ("fa-en", "en-fa") or not default_model(f"{source_lang}-{target_lang}"):
        return None
    return load_translator(source_lang, target_lang)
