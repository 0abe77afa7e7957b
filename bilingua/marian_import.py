"""``bilingua models import``: MarianNMT releases (OPUS-MT / Tatoeba-Challenge zip files or
folders) and existing transformers model directories into the model store.

A MarianNMT release holds ``*.npz`` weights (with the training configuration as
``special:model.yml``), ``source.spm``, ``target.spm``, a vocabulary ``*.yml`` and a
``decoder.yml``. The import maps each parameter to its transformers Marian name, checks
every shape and the vocabulary against the SentencePiece models, writes safetensors, runs
a smoke translation through the normal translation path, and only then moves the result
into the store. Zip members that would land outside the target folder, links, and pickled
arrays are refused.
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import sys
import tempfile
import zipfile
from pathlib import Path

from .errors import BilinguaError
from .models import ModelInfo, check_direction, check_name, models_dir, write_manifest

#: MarianNMT transformer settings the transformers Marian architecture reproduces.
EXPECTED_SETTINGS = {
    "transformer-preprocess": "", "transformer-postprocess": "dan", "transformer-postprocess-emb": "d",
    "transformer-ffn-depth": "2", "right-left": "false", "layer-normalization": "false",
}
ACTIVATIONS = {"swish": "swish", "relu": "relu", "gelu": "gelu"}
#: MarianNMT name (after ``encoder_lN_`` / ``decoder_lN_``) → transformers name in that layer.
LAYER_PARAMS = {
    **{f"{m}_W{p}": f"{h}.{proj}.weight" for m, h in (("self", "self_attn"), ("context", "encoder_attn"))
       for p, proj in (("q", "q_proj"), ("k", "k_proj"), ("v", "v_proj"), ("o", "out_proj"))},
    **{f"{m}_b{p}": f"{h}.{proj}.bias" for m, h in (("self", "self_attn"), ("context", "encoder_attn"))
       for p, proj in (("q", "q_proj"), ("k", "k_proj"), ("v", "v_proj"), ("o", "out_proj"))},
    "self_Wo_ln_scale": "self_attn_layer_norm.weight", "self_Wo_ln_bias": "self_attn_layer_norm.bias",
    "context_Wo_ln_scale": "encoder_attn_layer_norm.weight", "context_Wo_ln_bias": "encoder_attn_layer_norm.bias",
    "ffn_W1": "fc1.weight", "ffn_b1": "fc1.bias", "ffn_W2": "fc2.weight", "ffn_b2": "fc2.bias",
    "ffn_ffn_ln_scale": "final_layer_norm.weight", "ffn_ffn_ln_bias": "final_layer_norm.bias",
}
#: ISO 639-3 codes in Tatoeba-Challenge READMEs → bilingua's language codes.
LANGUAGES = {"fas": "fa", "pes": "fa", "prs": "fa", "eng": "en"}
SMOKE_TEXT = {"fa": "امروز هوا آفتابی است.", "en": "The weather is sunny today."}
MAX_UNPACKED = 8 << 30


def import_model(source: str, name: str | None = None, direction: str | None = None,
                 force: bool = False) -> tuple[ModelInfo, str]:
    """Import ``source`` (zip, URL, release folder or transformers directory) under ``name``.
    Returns the stored model and its smoke translation."""
    root = models_dir()
    root.mkdir(parents=True, exist_ok=True)
    origin = source
    name = check_name(name or default_name(origin))
    target = root / name
    if target.exists() and not force:
        raise BilinguaError(f"a model named {name!r} exists already (choose another --name, or --force)")
    with tempfile.TemporaryDirectory(dir=root, prefix=".import-") as tmp:
        work = Path(tmp)
        if re.match(r"^(https?|file)://", source):
            source = str(download(source, work / "download.zip"))
        path = Path(source).expanduser()
        if path.is_file() and zipfile.is_zipfile(path):
            path = safe_extract(path, work / "release")
        elif not path.exists():
            raise BilinguaError(f"{origin}: no such file or folder")
        elif not path.is_dir():
            raise BilinguaError(f"{origin}: not a zip file, a folder or a URL")
        out = work / "model"
        if (path / "config.json").is_file():
            info = convert_transformers_dir(path, out, name, origin, direction)
        elif list(path.glob("*.npz")):
            info = convert_marian_release(path, out, name, origin, direction)
        else:
            raise BilinguaError(f"{origin}: neither a MarianNMT release (*.npz) nor a transformers model (config.json)")
        write_manifest(out, info)
        smoke = smoke_translation(out, info)
        if target.exists():
            shutil.rmtree(target)
        out.rename(target)
    info.path = str(target)
    return info, smoke


def default_name(origin: str) -> str:
    """``…/fas-eng/opus-2021-02-23.zip`` → ``fas-eng-opus-2021-02-23``."""
    parts = [p for p in re.split(r"[/\\]", origin.rstrip("/\\")) if p]
    stem = re.sub(r"\.zip$", "", parts[-1]) if parts else "model"
    if len(parts) > 1 and re.match(r"^[a-z]{2,3}-[a-z]{2,3}$", parts[-2]):
        stem = f"{parts[-2]}-{stem}"
    return re.sub(r"[^A-Za-z0-9._+-]", "-", stem).strip("-.")[:100] or "model"


def download(url: str, dest: Path) -> Path:
    """Fetch a release zip the user asked for, saying so on stderr."""
    import urllib.request

    print(f"bilingua: downloading {url}", file=sys.stderr)
    try:
        with urllib.request.urlopen(url, timeout=60) as response, open(dest, "wb") as f:
            shutil.copyfileobj(response, f, length=1 << 20)
    except (OSError, ValueError) as e:
        raise BilinguaError(f"{url}: cannot download it ({getattr(e, 'reason', None) or e})") from None
    return dest


def safe_extract(zip_path: Path, dest: Path) -> Path:
    """Extract a zip, refusing members that would land outside ``dest`` or are links."""
    dest.mkdir(parents=True)
    base = dest.resolve()
    try:
        with zipfile.ZipFile(zip_path) as z:
            members = z.infolist()
            if sum(m.file_size for m in members) > MAX_UNPACKED:
                raise BilinguaError(f"{zip_path}: unpacks to more than {MAX_UNPACKED >> 30} GiB")
            for m in members:
                target = (base / m.filename).resolve()
                if m.filename.startswith(("/", "\\")) or (target != base and base not in target.parents):
                    raise BilinguaError(f"{zip_path}: member {m.filename!r} would be written outside the model folder")
                if stat.S_ISLNK(m.external_attr >> 16):
                    raise BilinguaError(f"{zip_path}: member {m.filename!r} is a link; refused")
            z.extractall(base)
    except (zipfile.BadZipFile, OSError) as e:
        raise BilinguaError(f"{zip_path}: unreadable zip file ({e})") from None
    entries = [p for p in base.iterdir()]
    return entries[0] if len(entries) == 1 and entries[0].is_dir() else base


def read_yaml(path: Path) -> dict:
    """MarianNMT's YAML, every value kept as a string (vocabulary keys such as ``yes``
    or ``1`` must stay strings)."""
    import yaml

    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    try:
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=loader)
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
        raise BilinguaError(f"{path.name}: unreadable YAML ({e})") from None
    if not isinstance(data, dict):
        raise BilinguaError(f"{path.name}: expected a YAML mapping")
    return data


def release_files(release: Path) -> tuple[Path, Path, Path, Path]:
    """The npz, vocabulary and SentencePiece files, as decoder.yml names them when present."""
    decoder = read_yaml(release / "decoder.yml") if (release / "decoder.yml").is_file() else {}
    npzs = [release / n for n in decoder.get("models", [])] or sorted(release.glob("*.npz"))
    vocabs = [release / n for n in decoder.get("vocabs", [])] or sorted(release.glob("*.vocab.yml"))
    if len(npzs) != 1 or not npzs[0].is_file():
        raise BilinguaError(f"{release}: expected one *.npz model (found {len(npzs)}); ensembles are not supported")
    if not vocabs or not all(v.is_file() for v in vocabs):
        raise BilinguaError(f"{release}: no vocabulary *.yml")
    if len({v.name for v in vocabs}) != 1:
        raise BilinguaError(f"{release}: separate source and target vocabularies are not supported yet")
    for spm in ("source.spm", "target.spm"):
        if not (release / spm).is_file():
            raise BilinguaError(f"{release}: {spm} is missing")
    return npzs[0], vocabs[0], release / "source.spm", release / "target.spm"


def read_vocab(path: Path) -> dict[str, int]:
    raw = read_yaml(path)
    try:
        vocab = {str(token): int(i) for token, i in raw.items()}
    except (TypeError, ValueError):
        raise BilinguaError(f"{path.name}: vocabulary ids must be integers") from None
    if sorted(vocab.values()) != list(range(len(vocab))):
        raise BilinguaError(f"{path.name}: vocabulary ids are not 0..{len(vocab) - 1} without gaps")
    if vocab.get("</s>") != 0 or vocab.get("<unk>") != 1:
        raise BilinguaError(f"{path.name}: expected </s> as id 0 and <unk> as id 1")
    if "<pad>" in vocab:
        raise BilinguaError(f"{path.name}: unexpected <pad> token in a MarianNMT vocabulary")
    return vocab


def check_spm_matches(vocab: dict[str, int], spm_path: Path) -> None:
    """Most pieces of the SentencePiece model must be in the vocabulary, or the
    tokenizer would turn text into <unk>."""
    import sentencepiece

    try:
        sp = sentencepiece.SentencePieceProcessor(model_file=str(spm_path))
    except (OSError, RuntimeError) as e:
        raise BilinguaError(f"{spm_path.name}: not a SentencePiece model ({e})") from None
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size()) if not (sp.is_control(i) or sp.is_unknown(i))]
    known = sum(p in vocab for p in pieces)
    if known < 0.9 * len(pieces):
        raise BilinguaError(f"{spm_path.name}: only {known} of its {len(pieces)} pieces are in the vocabulary; "
                            "the files do not belong together")


def load_npz(npz_path: Path) -> tuple[dict, dict]:
    import numpy as np

    try:
        with np.load(npz_path, allow_pickle=False) as z:
            params = {k: z[k] for k in z.files}
    except ValueError as e:
        raise BilinguaError(f"{npz_path.name}: refused ({e}); MarianNMT weights hold plain arrays only") from None
    except (OSError, EOFError) as e:
        raise BilinguaError(f"{npz_path.name}: unreadable npz ({e})") from None
    if "special:model.yml" not in params:
        raise BilinguaError(f"{npz_path.name}: no special:model.yml; not a MarianNMT model")
    import yaml

    text = params.pop("special:model.yml").astype("uint8").tobytes().decode("utf-8", "replace").rstrip("\0")
    settings = yaml.load(text, Loader=getattr(yaml, "CBaseLoader", yaml.BaseLoader))
    return params, settings


def marian_config(params: dict, settings: dict, vocab_size: int):
    """A transformers MarianConfig equivalent to the MarianNMT settings, after checking that
    the architecture is one transformers reproduces."""
    from transformers import MarianConfig

    if settings.get("type") != "transformer":
        raise BilinguaError(f"model type {settings.get('type')!r} is not supported (only 'transformer')")
    for key, expected in EXPECTED_SETTINGS.items():
        if str(settings.get(key, expected)).lower() != expected:
            raise BilinguaError(f"unsupported MarianNMT setting {key}: {settings.get(key)!r} (expected {expected!r})")
    if settings.get("transformer-decoder-autoreg", "self-attention") != "self-attention":
        raise BilinguaError(f"unsupported decoder {settings['transformer-decoder-autoreg']!r} (only self-attention)")
    tied = str(settings.get("tied-embeddings-all", "false")).lower() == "true" or "Wemb" in params
    if not tied:
        raise BilinguaError("only models with one embedding matrix shared by encoder, decoder and output "
                            "(tied-embeddings-all) are supported")
    activation = settings.get("transformer-ffn-activation", "swish")
    if activation not in ACTIVATIONS:
        raise BilinguaError(f"unsupported activation {activation!r}")
    d_model = int(settings["dim-emb"])
    enc_layers = count_layers(params, "encoder")
    dec_layers = count_layers(params, "decoder")
    for key, found in (("enc-depth", enc_layers), ("dec-depth", dec_layers)):
        if key in settings and int(settings[key]) != found:
            raise BilinguaError(f"{key} says {settings[key]} layers but the weights hold {found}")
    heads = int(settings.get("transformer-heads", 8))
    ffn = int(settings.get("transformer-dim-ffn", 2048))
    pad = vocab_size  # transformers Marian appends <pad> after MarianNMT's vocabulary
    return MarianConfig(
        vocab_size=vocab_size + 1, decoder_vocab_size=vocab_size + 1, d_model=d_model,
        encoder_layers=enc_layers, decoder_layers=dec_layers, encoder_attention_heads=heads,
        decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        activation_function=ACTIVATIONS[activation], max_position_embeddings=512, scale_embedding=True,
        share_encoder_decoder_embeddings=True, tie_word_embeddings=True, pad_token_id=pad,
        decoder_start_token_id=pad, eos_token_id=0, forced_eos_token_id=0, dropout=0.1,
        bad_words_ids=[[pad]],
    )


def count_layers(params: dict, side: str) -> int:
    found = {int(m.group(1)) for k in params if (m := re.match(rf"^{side}_l(\d+)_", k))}
    if found != set(range(1, len(found) + 1)) or not found:
        raise BilinguaError(f"the {side} layers in the npz are not numbered 1..N")
    return len(found)


def marian_state_dict(params: dict, config) -> dict:
    """The transformers state dict: weight matrices transposed ((in, out) → (out, in)),
    biases and layer-norm vectors flattened, a zero <pad> row appended to the embeddings
    (MarianNMT starts decoding from a zero vector, transformers from <pad>)."""
    import numpy as np
    import torch

    left = dict(params)
    wemb = left.pop("Wemb")
    bias = left.pop("decoder_ff_logit_out_b", np.zeros((1, wemb.shape[0]), dtype=np.float32))
    n, d = wemb.shape
    if (n + 1, d) != (config.vocab_size, config.d_model) or bias.shape != (1, n):
        raise BilinguaError(f"embedding shape {wemb.shape} / output bias {bias.shape} do not match "
                            f"{config.vocab_size - 1} vocabulary entries of dimension {config.d_model}")
    state = {
        "model.shared.weight": np.concatenate([wemb, np.zeros((1, d), wemb.dtype)]),
        "final_logits_bias": np.concatenate([bias, np.zeros((1, 1), bias.dtype)], axis=1),
    }
    for side, layers in (("encoder", config.encoder_layers), ("decoder", config.decoder_layers)):
        for i in range(layers):
            for marian_name, hf_name in LAYER_PARAMS.items():
                key = f"{side}_l{i + 1}_{marian_name}"
                if side == "encoder" and marian_name.startswith("context"):
                    continue
                if key not in left:
                    raise BilinguaError(f"parameter {key} is missing from the npz")
                value = left.pop(key)
                matrix = hf_name.endswith(".weight") and "layer_norm" not in hf_name
                state[f"model.{side}.layers.{i}.{hf_name}"] = value.T if matrix else value.reshape(-1)
    if left:
        raise BilinguaError(f"unexpected parameters in the npz: {', '.join(sorted(left)[:5])}")
    return {k: torch.from_numpy(np.ascontiguousarray(v, dtype=np.float32)) for k, v in state.items()}


def convert_marian_release(release: Path, out: Path, name: str, origin: str, direction: str | None) -> ModelInfo:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    npz, vocab_path, source_spm, target_spm = release_files(release)
    vocab = read_vocab(vocab_path)
    check_spm_matches(vocab, source_spm)
    check_spm_matches(vocab, target_spm)
    params, settings = load_npz(npz)
    config = marian_config(params, settings, len(vocab))
    state = marian_state_dict(params, config)
    with torch.device("meta"):
        model = MarianMTModel(config)
    try:
        missing, unexpected = model.load_state_dict(state, strict=False, assign=True)
    except RuntimeError as e:
        raise BilinguaError(f"{npz.name}: shapes do not match the configuration ({str(e).splitlines()[-1].strip()})") from None
    allowed = {"lm_head.weight", "model.encoder.embed_tokens.weight", "model.decoder.embed_tokens.weight",
               "model.encoder.embed_positions.weight", "model.decoder.embed_positions.weight"}
    if set(missing) - allowed or unexpected:
        raise BilinguaError(f"{npz.name}: parameters missing or left over ({sorted(set(missing) - allowed)[:3]}, {unexpected[:3]})")
    model.tie_weights()
    for module in (model.model.encoder.embed_positions, model.model.decoder.embed_positions):
        module.weight = torch.nn.Parameter(module.create_weight(), requires_grad=False)
    out.mkdir()
    model.save_pretrained(out)
    (out / "vocab.json").write_text(json.dumps({**vocab, "<pad>": len(vocab)}, ensure_ascii=False), encoding="utf-8")
    shutil.copyfile(source_spm, out / "source.spm")
    shutil.copyfile(target_spm, out / "target.spm")
    MarianTokenizer(str(out / "source.spm"), str(out / "target.spm"), str(out / "vocab.json")).save_pretrained(out)
    for extra in ("README.md", "LICENSE", "LICENSE.txt"):
        if (release / extra).is_file():
            shutil.copyfile(release / extra, out / f"release-{extra}")
    source_lang, target_lang = release_direction(release, direction)
    labels = sorted(t for t in vocab if re.match(r"^>>\w+<<$", t))
    return ModelInfo(name=name, source_lang=source_lang, target_lang=target_lang, origin=origin,
                     converted_from="marian-npz", model_type="marian", target_labels=labels,
                     licence=release_licence(release))


def release_direction(release: Path, direction: str | None) -> tuple[str, str]:
    """The direction from --direction, else from the release README's language lines."""
    if direction:
        source, target = check_direction(direction).split("-")
        return source, target
    readme = release / "README.md"
    text = readme.read_text(encoding="utf-8", errors="replace") if readme.is_file() else ""
    found = []
    for side in ("source", "target"):
        m = re.search(rf"{side} language\(s\):\s*([^\n]*)", text)
        langs = {LANGUAGES.get(code) for code in (m.group(1).split() if m else [])} - {None}
        found.append(langs.pop() if len(langs) == 1 else None)
    if None in found or found[0] == found[1]:
        raise BilinguaError(f"{release}: cannot tell the direction from README.md; pass --direction fa-en or en-fa")
    return found[0], found[1]


def release_licence(release: Path) -> str:
    for name in ("LICENSE", "LICENSE.txt", "README.md"):
        path = release / name
        if path.is_file():
            m = re.search(r"(CC-BY[\w.-]*|CC BY[\w .-]*?4\.0|Apache[ -]2\.0|MIT)", path.read_text("utf-8", "replace"))
            if m:
                return m.group(1)
    return ""


def convert_transformers_dir(source: Path, out: Path, name: str, origin: str, direction: str | None) -> ModelInfo:
    """Copy a transformers model into the store, its weights as safetensors (pickled
    weights are read only with ``weights_only=True``, which refuses code)."""
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    if not direction:
        raise BilinguaError(f"{origin}: pass --direction fa-en or en-fa for a transformers model")
    source_lang, target_lang = check_direction(direction).split("-")
    try:
        model = AutoModelForSeq2SeqLM.from_pretrained(source)
        tokenizer = AutoTokenizer.from_pretrained(source)
    except (OSError, ValueError, KeyError) as e:
        raise BilinguaError(f"{origin}: cannot load it as a transformers seq2seq model ({e})") from None
    out.mkdir()
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    labels = sorted(t for t in tokenizer.get_vocab() if re.match(r"^>>\w+<<$", t))
    return ModelInfo(name=name, source_lang=source_lang, target_lang=target_lang, origin=origin,
                     converted_from="transformers", model_type=model.config.model_type, target_labels=labels,
                     licence=release_licence(source))


def smoke_translation(model_dir: Path, info: ModelInfo) -> str:
    """Translate one sentence through the normal path; any failure stops the import."""
    from .translate import Settings, TransformersTranslator

    translator = TransformersTranslator(model_dir, info.source_lang, info.target_lang, Settings(max_new_tokens=40))
    return translator.translate([SMOKE_TEXT[info.source_lang]])[0]
