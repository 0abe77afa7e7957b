"""Writing results: to stdout, or atomically to a file (temporary file, then rename),
so that an interrupted run never leaves a half-written output behind."""

from __future__ import annotations

import os
import stat
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
        # mkstemp creates 0600: an output gets the usual mode, or keeps that of the file
        # it replaces (a private 0600 report stays private)
        os.chmod(tmp, _existing_mode(path) or 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):  # a full disk, a file size limit: the old output stays
            raise BilinguaError(f"{path}: cannot write output ({e.strerror or e}); nothing was changed") from None
        raise


def _existing_mode(path: str) -> int | None:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_text(path: str, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_output(text: str, path: str | None = None, inputs: tuple[str, ...] = ()) -> None:
    """Write ``text`` to ``path`` (``None`` or ``-``: stdout). Refuses to overwrite an input.

    A regular file is replaced atomically; a symbolic link is followed (the file it
    points to is replaced, the link stays). This process's own stdout or stderr named by
    a path (``-o /dev/stdout``) is written through the stream: a pipe behind it has no
    path to open, and a file opened for appending (``>>``) must not be replaced. Any
    other device or pipe (a FIFO, ``-o >(cmd)``) is opened by the path given and written
    into, as there is nothing to replace."""
    if path in (None, "-"):
        _write_into(sys.stdout, text, "standard output")
        return
    if not path:
        raise BilinguaError("an empty output path: name a file, or - for standard output")
    if path.endswith(("/", os.sep)):
        raise BilinguaError(f"{path}: names a folder, not a file to write")
    try:
        found = os.stat(path)
    except OSError:
        found = None  # a new file (or a dangling link, whose target is created)
    stream = _own_stream(found) if found else None
    if stream is not None:
        _write_into(stream, text, path)
        return
    target = os.path.realpath(path)
    for p in inputs:
        if p != "-" and os.path.exists(p) and os.path.realpath(p) == target:
            raise BilinguaError(f"{path}: refusing to overwrite an input file")
    if found and stat.S_ISDIR(found.st_mode):
        raise BilinguaError(f"{path}: is a folder, not a file to write")
    if found and not stat.S_ISREG(found.st_mode):
        try:
            with open(path, "w", encoding="utf-8") as f:
                _write_into(f, text, path)
        except OSError as e:
            raise BilinguaError(f"{path}: cannot write output ({e.strerror or e})") from None
        return
    atomic_write_text(target, text)


def _own_stream(found: os.stat_result):
    """``sys.stdout`` or ``sys.stderr`` when ``found`` is the file behind descriptor 1 or 2."""
    for fd, stream in ((1, sys.stdout), (2, sys.stderr)):
        try:
            own = os.fstat(fd)
        except OSError:  # the descriptor is closed
            continue
        if (own.st_dev, own.st_ino) == (found.st_dev, found.st_ino):
            return stream
    return None


def _write_into(stream, text: str, name: str) -> None:
    if stream is None:  # started with stdout closed (>&-)
        raise BilinguaError(f"{name} is closed: give an output file with -o")
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:  # before anything is written: no output cut off at the first Persian letter
        text.encode(encoding)
    except UnicodeEncodeError:
        raise BilinguaError(f"{name} is set to the {encoding} encoding, which cannot hold this text: "
                            "write to a file with -o, or set PYTHONIOENCODING=utf-8") from None
    except LookupError:
        pass  # a stream reporting an encoding Python does not know writes as it can
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as e:  # a full disk, /dev/full
        raise BilinguaError(f"{name}: cannot write output ({e.strerror or e})") from None
