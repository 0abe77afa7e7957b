"""Segmentation: paragraphs, then sentences, each keeping offsets into the original.

Paragraphs are separated by one or more blank lines. Inside a paragraph a line break
ends a sentence (headlines, list items and one-sentence-per-line files have no final
stop), except where the next line starts with a lower-case Latin letter: that is a hard
wrap in running English text; and a paragraph whose sentences run across its lines, in
any script, is one run of text (:func:`_hard_wrapped`).

Sentence splitting is delegated to libraries chosen by measurement on NTREX-128 and
TICO-19 (see ``benchmarks/bench_foundation.py``): blingfire for Latin-script text and
rishe for Arabic-script text. Any object with a ``split(text, script)`` method that
returns character spans can take their place (:class:`SentenceSplitter`).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from typing import Iterable, Protocol

from .errors import BilinguaError
from .types import Document, Segment

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u200c\u200f\u200e]*\n\s*")
_LINE_BREAK = re.compile(r"\r?\n")
_LINE_BREAK_CHARS = re.compile(r"[\r\n]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


class SentenceSplitter(Protocol):
    def split(self, text: str, script: str) -> list[tuple[int, int]]:
        """Return ``(start, end)`` spans of the sentences of ``text`` (one line of a
        paragraph); ``script`` is ``"arabic"`` or ``"latin"``. Spans are character
        offsets into ``text`` (``0 <= start <= end <= len(text)``), in order and not
        overlapping; text between them is left out."""


class LibrarySplitter:
    """blingfire for Latin script, rishe for Arabic script (Persian, Arabic, Urdu)."""

    def split(self, text: str, script: str) -> list[tuple[int, int]]:
        if script == "arabic":
            import rishe

            pieces = rishe.sent_tokenize(text)
        else:
            import blingfire

            pieces = blingfire.text_to_sentences(text).split("\n")
        return locate(text, pieces)


def locate(text: str, pieces: Iterable[str]) -> list[tuple[int, int]]:
    """Map sentence strings returned by a splitter back to spans of ``text``.

    Splitters may squeeze or drop whitespace, so pieces are matched on their
    non-space characters. Text a splitter dropped altogether is attached to the
    sentence before it, so no character is ever lost.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        start = text.find(piece[0], pos)
        if start < 0:
            continue
        if text.startswith(piece, start):  # the usual case: the piece is a verbatim slice
            i = start + len(piece)
        else:
            i = start
            for c in piece:
                if c.isspace():
                    continue
                found = text.find(c, i)
                if found < 0:
                    break
                i = found + 1
        spans.append((start, i))
        pos = i
    return _cover(text, spans)


def _cover(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extend spans so that every non-space character belongs to exactly one span."""
    if not text.strip():
        return []
    if not spans:
        return [_strip_span(text, 0, len(text))]
    out: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):
        if k == 0:
            s = 0
        nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
        e = nxt if text[e:nxt].strip() else e
        out.append(_strip_span(text, s, e))
    return [sp for sp in out if sp[0] < sp[1]]


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def has_content(text: str) -> bool:
    """Whether the text holds anything but whitespace and invisible format characters
    (a stray zero-width non-joiner is no sentence)."""
    return any(not c.isspace() and unicodedata.category(c) != "Cf" for c in text)


def script_of(text: str) -> str:
    """``"arabic"`` when Arabic-script letters are at least as many as Latin ones."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "arabic" if arabic >= latin and arabic else "latin"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append(_strip_span(text, pos, m.start()))
        pos = m.end()
    spans.append(_strip_span(text, pos, len(text)))
    return [sp for sp in spans if sp[0] < sp[1]]


def line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Lines of a paragraph, re-joining hard-wrapped English lines."""
    lines = []
    pos = start
    for m in _LINE_BREAK.finditer(text, start, end):
        lines.append((pos, m.start()))
        pos = m.end()
    lines.append((pos, end))
    merged: list[tuple[int, int]] = []
    for s, e in lines:
        s, e = _strip_span(text, s, e)
        if s >= e:
            continue
        if merged and text[s].islower() and text[s].isascii():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    if _hard_wrapped([text[s:e] for s, e in merged]):
        return [(merged[0][0], merged[-1][1])]
    return merged


_LINE_END = re.compile(r"[.!?؟…][»\"”'’)\]]*$")
# a sentence's end inside a line: after a word of letters that follows another word, so
# not an item's number or a title opening the line ("1. Open the valve", "Dr. Smith")
_INNER_END = re.compile(r"\S\s+\S*[^\W\d_][.!?؟][»\"”'’)\]]*\s+\S")


def _hard_wrapped(lines: list[str]) -> bool:
    """Is a paragraph's text wrapped at a width, sentences running across lines (which
    Persian shows by no capital, unlike English)? So it is when every line but the last
    breaks off without a sentence's end, the last ends one, and a line before it ends one
    in its middle: running text, not a headline above a paragraph or the lines of a list."""
    return (len(lines) > 1 and not any(_LINE_END.search(line) for line in lines[:-1])
            and bool(_LINE_END.search(lines[-1])) and any(_INNER_END.search(line) for line in lines[:-1]))


# What opens the sentence after it, though splitters end a sentence at its point: a list
# item's number or letter alone ("1.", "۲)", "b.", «الف)»), and a title at the start of
# a sentence ("Dr. Tavakoli said…", which blingfire splits after "Dr." there and only there).
_ENUMERATOR = r"\(?(?:[0-9۰-۹٠-٩]{1,3}|[A-Za-z]|[ivxIVX]{1,4}|الف|[\u0628-\u06cc])[.)]"
TITLE_WORDS = "Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Gov|Sen|Rep|Rev|Hon|St|Pres|Supt|Insp|Det"
_TITLE = rf"(?:{TITLE_WORDS})\."
_OPENER = re.compile(f"{_ENUMERATOR}|{_TITLE}")


# ...and which it also runs into the sentence before: "…went well. Dr. Tavakoli said…" is
# one span. A full stop after a lower-case word, then a title and a capital, ends a sentence.
_BEFORE_TITLE = re.compile(rf"(?:(?<=[a-z]{{2}}[.!?])|(?<=[a-z]{{2}}[.!?][\"”’]))\s+(?={_TITLE}\s+[A-Z])")


def join_openers(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` split before a title that opens a sentence (above), and with each span
    that is only an opener joined to the span after it."""
    cut = []
    for s, e in spans:
        for m in _BEFORE_TITLE.finditer(line, s, e):
            cut.append((s, m.start()))
            s = m.end()
        cut.append((s, e))
    return _joined(line, cut, _OPENER.fullmatch)


def _joined(line: str, spans: list[tuple[int, int]], unfinished) -> list[tuple[int, int]]:
    """``spans`` with each span whose text ``unfinished`` matches joined to the span after it."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and unfinished(line[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def sentence_spans(line: str, splitter: SentenceSplitter) -> list[tuple[int, int]]:
    """The sentences of one line as the splitter gives them, checked (a splitter may be
    the user's), then with openers joined (:func:`join_openers`)."""
    script = script_of(line)
    spans = []
    # a hard-wrapped run is one line to the splitter (rishe ends a sentence at a line
    # break); offsets stay those of ``line``
    for span in splitter.split(_LINE_BREAK_CHARS.sub(" ", line), script):
        try:
            start, end = (operator.index(x) for x in span)
        except (TypeError, ValueError):
            raise BilinguaError(f"the sentence splitter returned {span!r}, not a (start, end) pair of "
                                "whole numbers") from None
        if not 0 <= start <= end <= len(line):
            raise BilinguaError(f"the sentence splitter returned the span ({start}, {end}), which does not "
                                f"fit in a line of {len(line)} characters")
        if spans and start < spans[-1][1]:
            raise BilinguaError(f"the sentence splitter returned the span ({start}, {end}) after "
                                f"{spans[-1]}: spans must be in order and not overlap")
        spans.append((start, end))
    ends = _BRACKET_STOP if script == "arabic" else _LATIN_STOP
    spans = [piece for span in spans for piece in _split_at(line, span, ends)]
    if script == "arabic":
        spans = _joined(line, spans, _INNER_POINT.search)
    return join_openers(line, spans)


# Sentence ends the splitters miss. rishe reads on past a bracket that ends in a Latin
# decimal («کاهش یافت (p < 0.01). در گروه …», a probe's abstract); blingfire past "p.m."
# before most capitalised words ("from 9 a.m. to 5 p.m. Admission is free."), though not
# before a day or month ("at 3 p.m. Tuesday", as AP writes) or a time zone (EST, Eastern
# time, Central European Time).
_BRACKET_STOP = re.compile(r"\)[.!?؟](?=\s+[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc])")
_CLOCK_STOP = re.compile(r"(?<![A-Za-z])[ap]\.m\.(?=\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                         r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
                         r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Tt]ime\b)[A-Z][a-z])")


# ... and past a unit symbol after a number before some words ("exceeds 270 km. Rides on the
# new line ...", a probe's coverage text; "40 mm. Rivers rose."), though not others ("86 kg.
# He won"): symbols take no full stop, so one there ends the sentence before a capital.
_UNIT_STOP = re.compile(r"(?<=[0-9])\s?(?:km|mm|cm|m|mg|kg|g|ha|mph|mi|ft|lbs?|oz|kW|MW|GW|kWh|MWh|GWh|TWh)\."
                        r"(?=\s+[A-Z][a-z])")
# ... and past a full stop before a number that opens the next sentence ("opened on
# Thursday. 22 films are competing"), where the number is followed by a lower-case word,
# after a word of three letters or more that is no abbreviation taking a number ("Sept. 11
# attacks", "Fig. 3 shows", "Vol. 12 of").
_NUMBER_OPENS = re.compile(r"(?<![A-Za-z.])(?!(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|fig|figs|"
                           r"vol|vols|nos|art|arts|sec|secs|chap|para|eq|eqs|ref|refs|tab|pts|approx|est|ext|"
                           r"tel|apt|bldg|ste)\.)[A-Za-z]{3,}[.!?](?=\s+[0-9][0-9,.]*%?\s+[a-z])")
_LATIN_STOP = re.compile(f"{_CLOCK_STOP.pattern}|{_UNIT_STOP.pattern}|{_NUMBER_OPENS.pattern}")


def _split_at(line: str, span: tuple[int, int], ends: re.Pattern) -> list[tuple[int, int]]:
    """``span`` cut after each match of ``ends`` inside it, the space between left out."""
    start, end = span
    pieces = []
    for m in ends.finditer(line, start, end):
        pieces.append((start, m.end()))
        start = end - len(line[m.end():end].lstrip())
    return pieces + [(start, end)]


# A Latin title or abbreviation inside Persian (Apple Inc., Dr. Smith, No. 5, Roe vs.
# Wade), or the number of an item inside a line («سه مرحله دارد: ۱. طراحی، ۲. ساخت»),
# where the Persian splitter ends a sentence. (Not any short Latin word: a verbless
# Persian sentence may end in one, «… تا MERS-CoV.», seven times in NTREX and TICO.)
# And an ellipsis of three points, which rishe ends a sentence at while it reads on past
# the one character «…»: Persian has no capital to tell the two uses apart, and in NTREX
# and TICO six Persian ellipses stand inside a sentence against one at its end (a trailing
# «و ...» for "and so on", a pause in a quotation), so both are read as inside.
# And a Latin initial as Persian spells its letter («جان اف. کندی», «مایکل دی. هیگینز»),
# after a word: not the letters that are also words ending sentences (او and وی "him",
# زد "hit", سی "thirty", کی "when", ام of «دیده ام» typed without its non-joiner), and دی,
# the month, not after a number or a word that times it («۱۵ دی.», «اواخر دی.»).
_INITIAL = (r"(?<=[\u0600-\u06ff\u200c] )(?:اف|جی|اچ|کیو|دبلیو|وای|ال|پی|تی|آر|اس|بی|یو|ایکس|اکس|ان|"
            r"(?<![0-9۰-۹] )(?<!ماه )(?<!اول )(?<!اوایل )(?<!اواسط )(?<!اواخر )(?<!پایان )(?<!تا )(?<!از )"
            r"(?<!در )(?<!نیمه )دی)\.$")
_INNER_POINT = re.compile(rf"(?<![A-Za-z])(?:{TITLE_WORDS}|Inc|Ltd|Co|Corp|Jr|Sr|No|Nos|vs|Fig|Vol)\.$"
                          rf"|(?<=[:،]\s)[0-9۰-۹]{{1,2}}\.$|\.\.\.$|{_INITIAL}")


def split_document(doc: Document, splitter: SentenceSplitter | None = None) -> Document:
    """Fill ``doc.paragraphs`` and ``doc.sentences``."""
    splitter = splitter or LibrarySplitter()
    if not callable(getattr(splitter, "split", None)):
        raise BilinguaError(f"the sentence splitter ({type(splitter).__name__}) has no split(text, script) method")
    text = doc.text
    doc.paragraphs = []
    doc.sentences = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        doc.paragraphs.append(Segment(ps, pe, text[ps:pe], paragraph=p))
        for ls, le in line_spans(text, ps, pe):
            line = text[ls:le]
            for s, e in sentence_spans(line, splitter):
                if has_content(line[s:e]):
                    doc.sentences.append(Segment(ls + s, ls + e, text[ls + s:ls + e], paragraph=p))
    return doc


def several_sentence_lines(doc: Document, splitter: SentenceSplitter | None = None) -> int:
    """How many of the sentences of a presplit ``doc`` (its lines) the splitter would
    split further: a paragraph-per-line file read with --presplit."""
    splitter = splitter or LibrarySplitter()
    return sum(len([1 for a, b in sentence_spans(s.text, splitter) if has_content(s.text[a:b])]) > 1
               for s in doc.sentences)


def presplit_document(doc: Document) -> Document:
    """One sentence per line; blank lines separate paragraphs. No splitting is done."""
    text = doc.text
    doc.paragraphs = []
    doc.sentences = []
    for p, (ps, pe) in enumerate(paragraph_spans(text)):
        doc.paragraphs.append(Segment(ps, pe, text[ps:pe], paragraph=p))
        pos = ps
        for m in list(_LINE_BREAK.finditer(text, ps, pe)) + [None]:
            le = m.start() if m else pe
            s, e = _strip_span(text, pos, le)
            if has_content(text[s:e]):
                doc.sentences.append(Segment(s, e, text[s:e], paragraph=p))
            if m:
                pos = m.end()
    return doc
