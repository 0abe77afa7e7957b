"""Reading input files: bytes in, decoded text out.

Accepted encodings: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1256,
the legacy Arabic-script code page of old Persian files. Anything else (binary data,
text in another legacy code page) is refused with a message that names the file.
"""

from __future__ import annotations

import codecs
import os
import re
import sys

from .errors import BilinguaError

#: Files larger than this are refused rather than read into memory. A 5,000-sentence
#: book is about 1 MB; override with the environment variable BILINGUA_MAX_BYTES.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_CP1256_PLAUSIBLE = 0.97
_CP1256_ARABIC_SHARE = 0.3  # of the letters a Windows-1256 decoding gives, at least this many Arabic-script


def max_bytes() -> int:
    """The size limit: BILINGUA_MAX_BYTES where it is set and not empty, else the default."""
    value = os.environ.get("BILINGUA_MAX_BYTES", "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        limit = 0
    if limit < 1:
        raise BilinguaError(f"BILINGUA_MAX_BYTES must be a whole number of bytes above 0, not {value!r}")
    return limit


def read_bytes(path: str) -> bytes:
    """Read a file (or stdin for ``-``), refusing directories, missing and huge files."""
    limit = max_bytes()
    if path == "-":
        if sys.stdin is None:  # started with stdin closed (<&-)
            raise BilinguaError("<stdin>: standard input is closed; name a file instead of -")
        data = sys.stdin.buffer.read(limit + 1)
    else:
        if os.path.isdir(path):
            raise BilinguaError(f"{path}: is a directory, not a file")
        try:
            size = os.path.getsize(path)
            if size > limit:
                raise BilinguaError(
                    f"{path}: file is too large ({size:,} bytes; the limit is {limit:,}, "
                    "set BILINGUA_MAX_BYTES to raise it)"
                )
            with open(path, "rb") as f:
                data = f.read(limit + 1)
        except OSError as e:
            raise BilinguaError(f"{path}: cannot read file ({e.strerror or e})") from None
    if len(data) > limit:
        raise BilinguaError(f"{path}: input is larger than the limit of {limit:,} bytes")
    return data


def decode(data: bytes, name: str = "-") -> tuple[str, str]:
    """Return ``(text, encoding)``; raise :class:`BilinguaError` for undecodable input.

    A lone carriage return (the line end of old Mac files) becomes a line feed: one
    character for one, so every offset still points at the same place in the file."""
    text, encoding = _decoded(data, name)
    return _LONE_CR.sub("\n", text), encoding


_LONE_CR = re.compile(r"\r(?!\n)")


#: The high bytes of the characters of English and Persian text in UTF-16: 0x00 for
#: ASCII (Latin letters, digits, spaces), 0x06 for Arabic-script letters and digits,
#: 0x20 for punctuation such as the zero-width non-joiner and curly quotes.
_UTF16_HIGH_BYTES = b"\x00\x06\x20"


def _utf16_without_bom(data: bytes) -> bool:
    """Are the NUL bytes of ``data`` those of UTF-16 text without a BOM: an even length, and
    at least half the bytes on one side (the high bytes) those of English or Persian
    characters (``_UTF16_HIGH_BYTES``)?"""
    if len(data) % 2:
        return False
    for high, encoding in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        if sum(high.count(b) for b in _UTF16_HIGH_BYTES) >= len(high) / 2:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return True
    return False


def _decoded(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"),
                          (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as e:
                raise BilinguaError(f"{name}: not valid {encoding.upper()} text ({e.reason} at byte {e.start})") from None
            _refuse_binary(text, name)
            return text, encoding
    if b"\x00" in data:
        if _utf16_without_bom(data):
            raise BilinguaError(f"{name}: cannot decode: it looks like UTF-16 text without a byte-order mark; "
                                f"save it as UTF-8, or as UTF-16 with a BOM")
        raise BilinguaError(f"{name}: looks like a binary file, not text (it holds NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        text = data.decode("cp1256", errors="replace")
        if not _plausible_cp1256(text):
            raise BilinguaError(
                f"{name}: cannot decode: not UTF-8 (invalid byte at offset {e.start}), "
                "UTF-16 with BOM or Windows-1256 text"
            ) from None
        return text, "cp1256"
    _refuse_binary(text, name)
    return text, "utf-8"


def display_name(path: str) -> str:
    """How messages name an input: its path, or <stdin> for ``-``."""
    return "<stdin>" if path == "-" else path


def read_text(path: str) -> tuple[str, str]:
    """Read and decode a file (``-`` for stdin)."""
    return decode(read_bytes(path), display_name(path))


# Unicode's control characters (category Cc) other than tab, newlines, form and vertical feed.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _refuse_binary(text: str, name: str) -> None:
    """Refuse text with more than 1 % control characters, and at least four of them: one
    stray U+0085 (a Windows-1252 ellipsis gone astray) in a short line is no binary file."""
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if controls >= 4 and controls / len(sample) > 0.01:
        raise BilinguaError(f"{name}: looks like a binary file, not text ({controls} control characters "
                            f"in its first {len(sample):,})")


def _plausible_cp1256(text: str) -> bool:
    """Windows-1256 maps every byte to something, so judge the result: old Persian files
    decode to Arabic-script letters, ASCII and punctuation; binary data or another code
    page decodes to control characters, stray Latin-1 letters and replacement marks."""
    sample = text[:65536]
    if not sample:
        return False
    good = 0
    arabic = 0
    for ch in sample:
        if "\u0600" <= ch <= "\u06ff" or "\u200c" <= ch <= "\u200f":
            good += 1
            arabic += 1
        elif ch.isascii() and not _CONTROL.match(ch):
            good += 1
        elif ch in "«»…–—‘’“”":
            good += 1
    # an old Persian file is mostly Arabic-script letters; an English UTF-8 file with a
    # stray bad byte decodes to Latin letters and two or three Arabic ones ("popu€پ‏lation")
    letters = sum(ch.isalpha() for ch in sample)
    return arabic >= _CP1256_ARABIC_SHARE * letters and arabic > 0 and good / len(sample) >= _CP1256_PLAUSIBLE
