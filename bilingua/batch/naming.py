"""Output file names for the pairs of a batch, derived safely from the pair names.

A pair's name comes from file names or a manifest, so it is untrusted: it may hold
``..``, slashes, absolute paths, control characters or names Windows reserves. Each name
becomes one flat file name inside OUTPUT_DIR made of letters (any script), digits and
``-_.``; folder levels are joined with ``__``. Names that collide after cleaning, or
that had to be shortened, get a short hash of the original name, so two pairs never
share outputs.
"""

from __future__ import annotations

import hashlib
import os
import re

from ..errors import BilinguaError

#: Longest stem; with the longest suffix (".compare.html") it stays well under the
#: 255-byte limit of common file systems even for Persian (2 bytes a letter in UTF-8).
MAX_STEM_CHARS = 80

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def _clean_part(part: str) -> str:
    """A folder level of a name as letters, digits and ``-_.``, with no leading ``-`` (a
    file named "--force.align.json" is an option to ``rm *``) nor leading or trailing ``._``."""
    chars = [c if c.isalnum() or c in "-_." else "_" for c in part]
    return re.sub(r"^[-._ ]+|[._ ]+$", "", re.sub(r"_{2,}", "_", "".join(chars)))


def _short_hash(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def safe_stem(name: str) -> str:
    """One file-name stem for ``name``: no separators, no leading dot, never empty."""
    parts = [_clean_part(p) for p in re.split(r"[/\\]+", name)]
    parts = [p for p in parts if p]
    stem = "__".join(parts)
    if not stem or stem.split(".")[0].lower() in _WINDOWS_RESERVED:
        stem = f"pair_{stem}".rstrip("_")
    if len(stem) > MAX_STEM_CHARS:
        stem = f"{stem[:MAX_STEM_CHARS - 9]}-{_short_hash(name)}"
    return stem


def assign_stems(names: list[str]) -> list[str]:
    """One distinct stem per pair, in order (distinct case-insensitively too, so outputs
    do not collide on case-insensitive file systems). Repeated names are numbered."""
    stems: list[str] = []
    taken: set[str] = set()
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique = name if seen[name] == 1 else f"{name}#{seen[name]}"
        stem = safe_stem(name)
        if stem.lower() in taken or unique != name:
            stem = f"{stem[:MAX_STEM_CHARS - 9]}-{_short_hash(unique)}"
        if stem.lower() in taken:
            raise BilinguaError(f"cannot give the pair {name!r} an output name of its own")
        taken.add(stem.lower())
        stems.append(stem)
    return stems


def output_path(out_dir: str, filename: str) -> str:
    """``out_dir/filename``, checked to stay directly inside ``out_dir``."""
    path = os.path.join(out_dir, filename)
    if os.path.dirname(os.path.abspath(path)) != os.path.abspath(out_dir) or filename.startswith("."):
        raise BilinguaError(f"{filename!r}: refusing an output name that leaves the output folder")
    return path
