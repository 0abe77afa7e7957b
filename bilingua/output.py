"""Writing results: to stdout, or atomically to a file (temporary file, then rename),
so that an interrupted run never leaves a half-written output behind."""

from __future__ import annotations

import os
import sys
import tempfile

from .errors import BilinguaError


def atomic_write_bytes(path: str, data: bytes) -> None:
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".bilingua-", suffix=".tmp")
    except OSError as e:
        raise BilinguaError(f"{path}: cannot write output ({e.strerror or e})") from None
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; outputs get the usual mode
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_output(text: str, path: str | None = None, inputs: tuple[str, ...] = ()) -> None:
    """Write ``text`` to ``path`` (``None`` or ``-``: stdout). Refuses to overwrite an input.

    A regular file is replaced atomically; a symbolic link is followed (the file it
    points to is replaced, the link stays); a device or pipe (/dev/stdout, a FIFO) is
    written into, as there is nothing to replace."""
    if path in (None, "-"):
        _write_into(sys.stdout, text, "standard output")
        return
    target = os.path.realpath(path)
    for p in inputs:
        if p != "-" and os.path.exists(p) and os.path.realpath(p) == target:
            raise BilinguaError(f"{path}: refusing to overwrite an input file")
    if os.path.isdir(target):
        raise BilinguaError(f"{path}: is a folder, not a file to write")
    if os.path.exists(target) and not os.path.isfile(target):
        try:
            with open(target, "w", encoding="utf-8") as f:
                _write_into(f, text, path)
        except OSError as e:
            raise BilinguaError(f"{path}: cannot write output ({e.strerror or e})") from None
        return
    atomic_write_text(target, text)


def _write_into(stream, text: str, name: str) -> None:
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as e:  # a full disk, /dev/full
        raise BilinguaError(f"{name}: cannot write output ({e.strerror or e})") from None
