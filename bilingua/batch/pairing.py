"""Finding the pairs of a batch: which Persian file goes with which English one.

By name, three conventions are understood, and may be mixed:

* a language marker before the extension: ``story.fa.txt`` / ``story.en.txt``;
* language folders: ``fa/story.txt`` / ``en/story.txt`` (also ``fa/2024/story.txt``, and
  the folders ``…/fa`` and ``…/en`` given as the inputs themselves);
* a TSV manifest (an input ending in ``.tsv``): ``source<TAB>target[<TAB>name]`` a line,
  paths relative to the manifest, ``#`` comments and a ``source  target`` header allowed.

A file that finds no partner, or more than one, is listed as unpaired with the reason;
nothing is ever forced into a pair. ``--pair-by content`` (see :mod:`.content`) is for
folders whose names say nothing.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from ..errors import BilinguaError

SOURCE_LANG = "fa"
TARGET_LANG = "en"
_MARKERS = {SOURCE_LANG, TARGET_LANG}
_LANG_NAMES = {SOURCE_LANG: "Persian", TARGET_LANG: "English"}
# The lock file every batch keeps in its output folder; it marks the folder as outputs.
OUTPUT_MARKER = ".bilingua-batch.lock"


@dataclass(frozen=True)
class Pair:
    """A Persian source and its English version; ``name`` says which story it is."""

    name: str
    source: str
    target: str


@dataclass(frozen=True)
class Unpaired:
    """A file left out of every pair. ``unreadable``: it could not even be read (only
    pairing by content reads files), which fails the batch like a failed pair."""

    path: str
    reason: str
    unreadable: bool = False


@dataclass
class Pairing:
    pairs: list[Pair]
    unpaired: list[Unpaired]


def list_files(inputs: list[str], exclude: str | None = None) -> tuple[list[tuple[str, str]], list[Unpaired]]:
    """``(root, path)`` for every file of the inputs: folders are walked (hidden entries,
    the ``exclude`` folder and earlier batches' output folders below an input skipped;
    a symlinked folder is followed unless the walk has been inside it already, which
    also ends a link loop), files are their own root's children. A file reached twice
    counts once. Sorted, so every run sees the same order.

    Anything that is not a regular file (a named pipe, a socket, a device), found in a
    folder or named itself, comes back apart as unpaired, never opened: reading a pipe
    waits for a writer, and a batch reads its files more than once (pairing by content,
    then comparing; a later run's check of what is done)."""
    excluded = os.path.realpath(exclude) if exclude else None

    def walked(folder: str) -> bool:
        return (os.path.realpath(folder) != excluded
                and not os.path.exists(os.path.join(folder, OUTPUT_MARKER)))

    found: list[tuple[str, str]] = []
    seen_folders: set[str] = set()
    for item in inputs:
        if os.path.isdir(item):
            if os.path.realpath(item) == excluded:
                raise BilinguaError(f"{item}: the output folder is one of the inputs; choose another output folder "
                                    "(one inside an input folder is fine)")
            for folder, dirs, files in os.walk(item, followlinks=True):
                seen_folders.add(os.path.realpath(folder))
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and walked(os.path.join(folder, d))
                                 and os.path.realpath(os.path.join(folder, d)) not in seen_folders)
                found += [(item, os.path.join(folder, f)) for f in sorted(files) if not f.startswith(".")]
        elif os.path.exists(item):
            found.append((os.path.dirname(item) or ".", item))
        elif os.path.islink(item):
            raise BilinguaError(f"{item}: a symbolic link that leads nowhere (its target is missing, "
                                "or the links lead round in a loop)")
        else:
            raise BilinguaError(f"{item}: no such file or folder")
    first_root = {}
    for root, path in found:  # a file reached twice (as a file and inside a folder) counts once
        first_root.setdefault(os.path.realpath(path), (root, path))
    files, special = [], []
    for root, path in sorted(first_root.values(), key=lambda rp: rp[1]):
        kind = _special_kind(path)
        if kind:
            special.append(Unpaired(path, f"{kind}, not a regular file: not read"))
        else:
            files.append((root, path))
    return files, special


def _special_kind(path: str) -> str | None:
    """What ``path`` is when it is no regular file (a link is followed; a broken one is
    left to fail when read, with its own reason)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"


def _split_marker(root: str, path: str) -> tuple[str, str, str] | None:
    """``(lang, anchor, key)`` for a marked file: ``anchor`` is the folder the pair's
    files hang from, ``key`` the file's path below it with marker and extension gone."""
    base, filename = os.path.split(os.path.abspath(path))
    parts = filename.split(".")
    for i in range(len(parts) - 1, 0, -1):
        if parts[i].lower() in _MARKERS:
            return parts[i].lower(), base, ".".join(parts[:i])
    stem = os.path.splitext(filename)[0] or filename
    top = os.path.dirname(os.path.abspath(root))
    rel = os.path.relpath(base, top).split(os.sep)
    # Only folders from the input root down count: a home folder called "en" does not.
    for i, folder in enumerate(rel):
        if folder.lower() in _MARKERS:
            return folder.lower(), os.path.join(top, *rel[:i]), "/".join(rel[i + 1:] + [stem])
    return None


def _display_names(keys: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Pair names: the key, prefixed by the anchor folder's path where anchors differ."""
    common = os.path.commonpath(sorted({a for a, _ in keys})) if keys else ""
    names = {}
    for anchor, key in keys:
        prefix = os.path.relpath(anchor, common).replace(os.sep, "/")
        names[(anchor, key)] = key if prefix == "." else f"{prefix}/{key}"
    return names


def pair_by_name(inputs: list[str], exclude: str | None = None) -> Pairing:
    manifests = [i for i in inputs if i.lower().endswith(".tsv") and os.path.isfile(i)]
    pairs, unpaired = _regular_pairs([p for m in manifests for p in read_manifest(m)])
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    files, special = list_files([i for i in inputs if i not in manifests], exclude)
    unpaired += special
    for root, path in files:
        marked = _split_marker(root, path)
        if marked is None:
            unpaired.append(Unpaired(path, "no language in its name (story.fa.txt, fa/story.txt), "
                                           "not in a manifest; try --pair-by content"))
            continue
        lang, anchor, key = marked
        groups.setdefault((anchor, key), {}).setdefault(lang, []).append(path)
    names = _display_names(list(groups))
    for group, sides in sorted(groups.items()):
        source, target = sides.get(SOURCE_LANG, []), sides.get(TARGET_LANG, [])
        if len(source) == 1 and len(target) == 1:
            pairs.append(Pair(names[group], source[0], target[0]))
            continue
        for lang, paths in sorted(sides.items()):
            other = TARGET_LANG if lang == SOURCE_LANG else SOURCE_LANG
            if len(paths) > 1:
                reason = f"{len(paths)} {_LANG_NAMES[lang]} files claim the story {names[group]!r}"
            elif len(sides.get(other, [])) > 1:
                reason = f"several {_LANG_NAMES[other]} files claim the story {names[group]!r}"
            else:
                reason = f"no {_LANG_NAMES[other]} counterpart found"
            unpaired += [Unpaired(p, reason) for p in paths]
    return Pairing(sorted(pairs, key=lambda p: p.name), sorted(unpaired, key=lambda u: u.path))


def _regular_pairs(pairs: list[Pair]) -> tuple[list[Pair], list[Unpaired]]:
    """A manifest's pairs whose two files are regular files (or missing, to fail when read,
    with their own reason); a pair naming a pipe, socket or device is listed unpaired, as
    :func:`list_files` lists one found in a folder, and never opened."""
    kept, unpaired = [], []
    for pair in pairs:
        kinds = {path: _special_kind(path) for path in (pair.source, pair.target)}
        if not any(kinds.values()):
            kept.append(pair)
            continue
        for path, kind in kinds.items():
            other = pair.target if path == pair.source else pair.source
            unpaired.append(Unpaired(path, f"{kind}, not a regular file: not read" if kind
                                     else f"its partner {other} is {kinds[other]}, not a regular file"))
    return kept, unpaired


def read_manifest(path: str) -> list[Pair]:
    """Pairs listed in a TSV manifest; a malformed line stops the batch before it starts."""
    from ..read import read_text

    text, _ = read_text(path)
    base = os.path.dirname(path)
    pairs = []
    seen: dict[tuple[str, str, str], int] = {}
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    for number, line in lines:
        cells = [c.strip() for c in line.split("\t")]
        if number == lines[0][0] and [c.lower() for c in cells[:2]] == ["source", "target"]:
            continue  # the header, on the first line that is neither blank nor a comment
        if len(cells) not in (2, 3) or not cells[0] or not cells[1]:
            found = f"{len(cells)} column(s)" if len(cells) not in (2, 3) else \
                f"an empty {'source' if not cells[0] else 'target'} column"
            raise BilinguaError(f"{path}:{number}: expected 'source<TAB>target' or "
                                f"'source<TAB>target<TAB>name', got {found}")
        source, target = (os.path.normpath(os.path.join(base, c)) for c in cells[:2])
        name = cells[2] if len(cells) == 3 and cells[2] else _manifest_name(cells[0])
        if (source, target, name) in seen:  # it would be compared twice, into one output
            raise BilinguaError(f"{path}:{number}: the pair of line {seen[source, target, name]} again")
        seen[source, target, name] = number
        pairs.append(Pair(name, source, target))
    return pairs


def _manifest_name(source: str) -> str:
    parts = os.path.basename(source).split(".")
    kept = [p for p in parts[:-1] if p.lower() not in _MARKERS] if len(parts) > 1 else parts
    return ".".join(kept) or source
