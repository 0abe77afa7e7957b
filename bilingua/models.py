"""The model store: where translation models live and which one each direction uses.

Models live under ``$BILINGUA_HOME/models/NAME`` (else the platform's user data folder),
each a transformers model directory with safetensors weights and a ``bilingua-model.json``
manifest saying its direction and origin. The default model of a direction comes from
``BILINGUA_MODEL_FA_EN`` / ``BILINGUA_MODEL_EN_FA`` when set, else from ``config.json`` in
the store. A model is named by a store name, a directory, or a Hugging Face hub id; hub
ids are used only from the local hub cache or, when the hub is reachable and
``HF_HUB_OFFLINE`` is not set, after saying on stderr that they are being downloaded.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import BilinguaError
from .output import atomic_write_text

MANIFEST = "bilingua-model.json"
DIRECTIONS = ("fa-en", "en-fa")
ENV_DEFAULTS = {"fa-en": "BILINGUA_MODEL_FA_EN", "en-fa": "BILINGUA_MODEL_EN_FA"}
CATALOGUE = Path(__file__).resolve().parent.parent / "models" / "catalogue.json"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$")

HOW_TO_GET_A_MODEL = (
    "get one with `bilingua models list --available` (e.g. the Tatoeba-Challenge fas-eng release zip), "
    "then `bilingua models import ZIP_OR_URL`, or pass --model DIR, or set {env}"
)


@dataclass
class ModelInfo:
    """What the store knows of one model (the manifest, plus where it is)."""

    name: str
    source_lang: str
    target_lang: str
    origin: str = ""
    converted_from: str = "transformers"
    model_type: str = "marian"
    target_labels: list[str] = field(default_factory=list)
    licence: str = ""
    path: str = ""

    @property
    def direction(self) -> str:
        return f"{self.source_lang}-{self.target_lang}"

    def manifest(self) -> dict:
        record = asdict(self)
        del record["path"]
        return record


def home() -> Path:
    env = os.environ.get("BILINGUA_HOME")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("bilingua"))


def models_dir() -> Path:
    return home() / "models"


def cache_dir() -> Path:
    """Where every cache lives (embeddings, translations, CTranslate2 conversions):
    ``$BILINGUA_CACHE`` if set, else ``$BILINGUA_HOME/cache`` if that is set, else the
    platform's user cache folder."""
    if os.environ.get("BILINGUA_CACHE"):
        return Path(os.environ["BILINGUA_CACHE"]).expanduser()
    if os.environ.get("BILINGUA_HOME"):
        return home() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("bilingua"))


def check_name(name: str) -> str:
    if not _NAME.match(name or ""):
        raise BilinguaError(f"{name!r} is not a usable model name (letters, digits, . _ + -; at most 100)")
    return name


def check_direction(direction: str) -> str:
    if direction not in DIRECTIONS:
        raise BilinguaError(f"unknown direction {direction!r} (choose from {', '.join(DIRECTIONS)})")
    return direction


def read_manifest(path: Path) -> ModelInfo:
    try:
        record = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        return ModelInfo(**record, path=str(path))
    except (OSError, ValueError, TypeError) as e:
        raise BilinguaError(f"{path}: unreadable model manifest {MANIFEST} ({e})") from None


def write_manifest(path: Path, info: ModelInfo) -> None:
    atomic_write_text(str(path / MANIFEST), json.dumps(info.manifest(), ensure_ascii=False, indent=2) + "\n")


def list_models() -> tuple[list[ModelInfo], list[str]]:
    """The stored models, and a message for each whose manifest cannot be read: one
    damaged model does not hide the others (``models remove`` still deletes it)."""
    root = models_dir()
    models: list[ModelInfo] = []
    problems: list[str] = []
    for path in sorted(root.iterdir()) if root.is_dir() else []:
        if (path / MANIFEST).is_file():
            try:
                models.append(read_manifest(path))
            except BilinguaError as e:
                problems.append(str(e))
    return models, problems


def model_info(name: str) -> ModelInfo:
    path = models_dir() / check_name(name)
    if not (path / MANIFEST).is_file():
        raise BilinguaError(f"no model named {name!r} in {models_dir()} (see `bilingua models list`)")
    return read_manifest(path)


def remove_model(name: str) -> str:
    """Delete a stored model, also one whose manifest is damaged, and drop it as a
    direction's default. Returns what was removed, for the message."""
    path = models_dir() / check_name(name)
    if not (path / MANIFEST).is_file():
        model_info(name)  # raises: no such model
    try:
        removed = f"{name} ({read_manifest(path).direction})"
    except BilinguaError:
        removed = f"{name} (its manifest unreadable)"
    config = read_config()
    defaults = config.get("defaults", {})
    for direction in [d for d, n in defaults.items() if n == name]:
        del defaults[direction]
    write_config(config)
    shutil.rmtree(path)
    return removed


def read_config() -> dict:
    path = home() / "config.json"
    if not path.is_file():
        return {"defaults": {}}
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BilinguaError(f"{path}: unreadable configuration ({e})") from None
    if not isinstance(config, dict) or not isinstance(config.get("defaults", {}), dict):
        raise BilinguaError(f"{path}: expected {{\"defaults\": {{\"fa-en\": NAME, ...}}}}")
    config.setdefault("defaults", {})
    return config


def write_config(config: dict) -> None:
    home().mkdir(parents=True, exist_ok=True)
    atomic_write_text(str(home() / "config.json"), json.dumps(config, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def set_default(direction: str, name: str) -> None:
    check_direction(direction)
    info = model_info(name)
    if info.direction != direction:
        raise BilinguaError(f"model {name!r} translates {info.direction}, not {direction}")
    config = read_config()
    config["defaults"][direction] = name
    write_config(config)


def default_model(direction: str) -> str | None:
    """The model a direction uses: its environment variable, else the store's configuration."""
    env = os.environ.get(ENV_DEFAULTS[check_direction(direction)], "").strip()
    return env or read_config()["defaults"].get(direction)


def how_to_get_a_model(direction: str) -> str:
    return HOW_TO_GET_A_MODEL.format(env=ENV_DEFAULTS[direction])


def resolve_model(spec: str) -> Path:
    """A model directory for a store name, a directory, or a hub id (see the module doc).
    A bare name in the store is the stored model, even beside a folder of that name in
    the working directory (``./NAME`` is the folder)."""
    if _NAME.match(spec) and (models_dir() / spec / MANIFEST).is_file():
        return models_dir() / spec
    path = Path(spec).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            if any(path.glob("*.npz")):
                raise BilinguaError(f"{spec}: a MarianNMT release; import it first with `bilingua models import {spec}`")
            raise BilinguaError(f"{spec}: not a transformers model directory (no config.json)")
        return path
    if re.match(r"^[\w.-]+/[\w.-]+$", spec) and not path.exists():
        return hub_snapshot(spec)
    raise BilinguaError(f"no model {spec!r}: not a directory, not in the store ({models_dir()}), not a hub id")


def hub_offline() -> bool:
    return os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on")


def hub_snapshot(repo_id: str) -> Path:
    """A hub model from the local cache, else downloaded (said on stderr) when allowed."""
    from huggingface_hub import snapshot_download

    patterns = ["*.json", "*.safetensors", "*.spm", "*.model", "*.txt"]
    try:
        return Path(snapshot_download(repo_id, allow_patterns=patterns, local_files_only=True))
    except Exception:  # not in the local cache: huggingface_hub raises several kinds
        pass
    if hub_offline():
        raise BilinguaError(f"{repo_id}: not in the local hub cache and HF_HUB_OFFLINE is set; "
                            "import a model instead (`bilingua models list --available`)")
    print(f"bilingua: downloading {repo_id} from the Hugging Face hub (safetensors only)…", file=sys.stderr)
    try:
        return Path(snapshot_download(repo_id, allow_patterns=patterns))
    except Exception as e:  # network, authentication and missing-repository errors alike
        raise BilinguaError(f"{repo_id}: cannot fetch it from the Hugging Face hub ({type(e).__name__}); "
                            "import a model instead (`bilingua models list --available`)") from None


def catalogue() -> list[dict]:
    """Known public fa↔en models (models/catalogue.json): addresses, licences, published scores."""
    try:
        return json.loads(CATALOGUE.read_text(encoding="utf-8"))["models"]
    except (OSError, ValueError, KeyError) as e:
        raise BilinguaError(f"{CATALOGUE}: unreadable model catalogue ({e})") from None


def directory_size(path: str | Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())
