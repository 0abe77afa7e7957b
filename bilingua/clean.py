"""The clean stage: separate an article's body from page furniture and reader comments.

Text copied or extracted from a news page carries lines that are not the article:
navigation, reading time, share and sign-up prompts, news codes, date lines, bylines,
related-article headlines and reader comments. Left in, each becomes a false omission
or addition when two versions are compared.

Cleaning works line by line and is conservative, because a body line removed by mistake
is as harmful as furniture left in. A line is removed only when it matches, as a whole,
one of the Persian or English furniture patterns of :mod:`bilingua.furniture`; when it
belongs to a block opened by a "related articles" header; when it is a short menu or
section label outside the running text; or when it follows a comment-section header
(or an unheaded comment) that comes after the article has started — a comment section
runs to the end of the page, nothing after it returns to the body. A line made of
several parts (``News Code: 85123 | 2025/10/17 - 14:46``) is removed only when every
part is furniture. Everything else is body, so an article without furniture comes back
unchanged, character for character.

Every removed line carries a reason. Comments are dropped by default; with
``keep_comments`` they are returned as a separate list, never in the body. Dates found
in furniture lines (Jalali or Gregorian) become metadata in ISO Gregorian form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import pagedates
from .furniture import (COMMENT_HEADER, COMMENT_META, HEADLINE_MAX_WORDS, PROSE_WORDS, RELATED_HEADER,
                        RELATED_INLINE, SENTENCE_END, TAGS_HEADER, bare_form, is_prose, is_table_row, key,
                        line_reason, looks_like_headline, words)
from .segment import TITLE_WORDS

BODY = "body"
REMOVED = "removed"
COMMENT = "comment"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Line:
    """One line of the cleaned input: where it was, what it said, what became of it."""

    index: int
    start: int
    end: int
    text: str
    status: str = BODY
    reason: str = ""


@dataclass
class Cleaned:
    """The body text, every line's fate, the comments and the page's metadata.

    ``offsets`` maps the body back to the input: ``(body_start, input_start, length)``
    for every kept line.
    """

    text: str
    lines: list[Line]
    comments: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    offsets: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def removed(self) -> list[Line]:
        return [ln for ln in self.lines if ln.status != BODY]

# --- the stage ---------------------------------------------------------------------

def split_lines(text: str) -> list[Line]:
    lines = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        end = pos + len(raw)
        body = raw.rstrip("\r")
        lead = len(body) - len(body.lstrip())
        stripped = body.strip()
        lines.append(Line(i, pos + lead, pos + lead + len(stripped), stripped))
        pos = end + 1
    return lines


def clean_text(text: str, keep_comments: bool = False) -> Cleaned:
    """Clean a page's text; see the module docstring for the rules."""
    lines = split_lines(text)
    fates = _classify(lines)
    out = [ln if fate == (BODY, "") else Line(ln.index, ln.start, ln.end, ln.text, *fate)
           for ln, fate in zip(lines, fates)]
    comments = [ln.text for ln in out if ln.status == COMMENT]
    if not keep_comments:
        out = [Line(ln.index, ln.start, ln.end, ln.text, REMOVED, "reader comment")
               if ln.status == COMMENT else ln for ln in out]
        comments = []
    body, offsets = _compose(text, out)
    return Cleaned(body, [ln for ln in out if ln.text], comments, _metadata(out), offsets)


def _classify(lines: list[Line]) -> list[tuple[str, str]]:
    fates: list[tuple[str, str]] = [(BODY, "")] * len(lines)
    prose_seen = False
    body_seen = False  # a line kept as body: a number alone after it is the article's
    in_comments = False
    related_run = 0  # 0: none; 1: header seen; 2 or more: headlines taken
    run_reason = "related articles"
    for i, ln in enumerate(lines):
        text = ln.text
        if not text:
            related_run = 0 if related_run > 1 else related_run
            continue
        bare = bare_form(text)
        if prose_seen and not in_comments and _comment_header(bare):
            fates[i] = (REMOVED, "comment section header")
            in_comments, related_run = True, 0
            continue
        if prose_seen and not in_comments and _comment_starts(lines, i):
            in_comments, related_run = True, 0
        header = ("related articles" if RELATED_HEADER.fullmatch(bare) else
                  "tags" if TAGS_HEADER.fullmatch(bare) else "")
        if header and words(bare) <= 8:
            # Before the article starts, "Latest news" is a menu item: the headline
            # that follows it is the article's own.
            fates[i] = (REMOVED, header if prose_seen else "navigation")
            related_run, run_reason = (1 if prose_seen else 0), header
            continue
        if related_run:
            if looks_like_headline(text) and not is_prose_paragraph(text):
                fates[i] = (REMOVED, line_reason(text) or run_reason)
                related_run += 1
                continue
            related_run = 0
        if in_comments:
            fates[i] = _comment_fate(text, bare)
            continue
        if _continues(lines, fates, i):
            prose_seen = prose_seen or is_prose(text)
            body_seen = True
            continue
        reason = line_reason(text) or _breadcrumb(text)
        if not reason and words(text) <= 30 and RELATED_INLINE.fullmatch(bare):
            reason = "related articles"
        if reason == "no words" and body_seen and _DIGIT.search(text):
            reason = ""  # numbers after the body has begun: a table's totals, not a page's counter
        if reason:
            fates[i] = (REMOVED, reason)
        else:
            prose_seen = prose_seen or is_prose(text)
            body_seen = True
    _keep_subheadings(lines, fates)
    _mark_menu_runs(lines, fates)
    _mark_section_labels(lines, fates)
    return fates


def _keep_subheadings(lines: list[Line], fates: list[tuple[str, str]]) -> None:
    """Inside the running text, a line that reads like a menu item ("Health",
    «اقتصاد») but is followed by a paragraph is the subheading of that paragraph."""
    span = _prose_span(lines, fates)
    if span is None:
        return
    for i in range(span[0] + 1, span[1]):
        if fates[i] != (REMOVED, "navigation"):
            continue
        after = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
        if after is not None and fates[after][0] == BODY and is_prose(lines[after].text):
            fates[i] = (BODY, "")


def _continues(lines: list[Line], fates: list[tuple[str, str]], i: int) -> bool:
    """The tail of a hard-wrapped sentence ("... arrived in Moscow on" / "April 3,
    2024."): the line above is running text cut mid-sentence, and this one finishes
    the sentence or goes on in lower case. Such a line is never furniture."""
    if i == 0 or not lines[i - 1].text or fates[i - 1][0] != BODY:
        return False
    above, text = lines[i - 1].text, lines[i].text
    if words(above) < 8 or above.endswith(SENTENCE_END):
        return False
    return text.endswith((".", "!", "?", "؟", "…")) or (text[0].islower() and text[0].isascii())


_COUNT = re.compile(r"^\(?\d+\)?\s+|\s*[(\[]?\d+[)\]]?$")


def _comment_header(bare: str) -> bool:
    """``Comments``, ``Comments (2)``, «۴ دیدگاه», «نظرات»: a comment section begins."""
    return words(bare) <= 8 and bool(COMMENT_HEADER.fullmatch(_COUNT.sub("", bare) or bare))


def _comment_starts(lines: list[Line], i: int) -> bool:
    """A comment without a section header: a name and "says:" ("Tom says:"), or a short
    name line followed by a line that is only "2 hours ago" or a clock time, then text."""
    text = lines[i].text
    if re.fullmatch(r"\S+(?: \S+){0,2} (?:says|wrote):", key(text)):
        return True
    if not _short(text, 4) or line_reason(text):
        return False
    after = [ln.text for ln in lines[i + 1:] if ln.text][:2]
    return (len(after) == 2 and pagedates.is_date_text(bare_form(after[0])) and _relative_or_clock(after[0])
            and not line_reason(after[1]))


def _relative_or_clock(text: str) -> bool:
    """Comment timestamps say "2 hours ago" or give a clock time; a bare date line may
    just as well be the article's own."""
    k = key(text)
    return bool(re.search(r"\d:\d\d|ago|پیش|قبل", k))


def _comment_fate(text: str, bare: str) -> tuple[str, str]:
    if COMMENT_META.fullmatch(bare) or pagedates.is_date_text(bare):
        return REMOVED, "comment metadata"
    reason = line_reason(text)
    if reason and reason not in ("byline", "media credit"):
        return REMOVED, reason
    return COMMENT, "reader comment"


def comment_lines(lines) -> list[str]:
    """The comments' own text among the lines of a comment thread (headers, names of
    buttons, dates and counts left out)."""
    kept = []
    for line in lines:
        text = " ".join(line.split())
        bare = bare_form(text)
        if bare and not COMMENT_HEADER.fullmatch(bare) and _comment_fate(text, bare)[0] == COMMENT:
            kept.append(text)
    return kept


_BREADCRUMB_SEP = re.compile(r"\s+[›»>/]\s+|\s*›\s*")
_MENU_SEP = re.compile(r"\s*[|•·]\s*")


def _breadcrumb(text: str) -> str:
    """``Economy › Markets`` (short items joined by arrows) or ``Football | Volleyball |
    Wrestling`` (three or more short items between bars) is navigation."""
    if text.endswith(SENTENCE_END) or is_table_row(text):
        return ""
    for sep, least in ((_BREADCRUMB_SEP, 2), (_MENU_SEP, 3)):
        parts = [p for p in sep.split(text) if p.strip()]
        if len(parts) >= least and all(0 < words(p) <= 3 for p in parts):
            return "navigation"
    return ""


def is_prose_paragraph(text: str) -> bool:
    """A long line ending like a sentence: article text, never a headline."""
    return words(text) > HEADLINE_MAX_WORDS or (words(text) >= PROSE_WORDS and text.endswith(SENTENCE_END))


def _prose_span(lines: list[Line], fates: list[tuple[str, str]]) -> tuple[int, int] | None:
    prose = [i for i, ln in enumerate(lines) if fates[i][0] == BODY and ln.text and is_prose(ln.text)]
    return (prose[0], prose[-1]) if prose else None


def _short(text: str, most: int) -> bool:
    return words(text) <= most and not text.endswith(SENTENCE_END)


def _mark_menu_runs(lines: list[Line], fates: list[tuple[str, str]]) -> None:
    """Runs of three or more short lines (at most three words each; menu lines already
    recognised count too) before the first or after the last prose line are menus or
    tag lists (``Home / Politics / World``), not article text."""
    span = _prose_span(lines, fates)
    if span is None:
        return
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            for j in run:
                if fates[j][0] == BODY:
                    fates[j] = (REMOVED, "navigation")
        run.clear()

    for i, ln in enumerate(lines):
        if not ln.text:
            continue
        if span[0] <= i <= span[1]:
            close()
        elif fates[i][0] == BODY and _short(ln.text, 3):
            run.append(i)
        elif fates[i][1] in ("navigation", "share or sign-up prompt"):
            run.append(i)
        else:
            close()
    close()


def _mark_section_labels(lines: list[Line], fates: list[tuple[str, str]]) -> None:
    """Before the first prose line, a one- or two-word line beside a longer headline is
    the section the article was filed under (``Politics``, «محیط زیست»), not its title."""
    span = _prose_span(lines, fates)
    end = span[0] if span else len(lines)
    head = [i for i in range(end) if fates[i][0] == BODY and lines[i].text]
    if not any(words(lines[i].text) > 2 for i in head):
        return
    for i in head:
        if _short(lines[i].text, 2) and not _DIGIT.search(lines[i].text) and not _ADDRESS.match(lines[i].text.strip()):
            fates[i] = (REMOVED, "section label")


#: What no section label is: a figure (12354, a table's), and a letter's addressee or
#: salutation: a title and a name ("Dr Mohammadi", «دکتر محمدی») or a line ending in a
#: comma ("Dear Sir,"), which a probe's letter lost while their Persian stayed.
_ADDRESS = re.compile(rf"(?:(?:{TITLE_WORDS})\.?|آقای|آقا|خانم|دکتر|مهندس|جناب|سرکار|استاد)\s|.*[,،]$")


def _compose(text: str, lines: list[Line]) -> tuple[str, list[tuple[int, int, int]]]:
    """The body: the input unchanged when nothing was removed, else the kept lines with
    one line break between neighbours and a blank line where the input had a blank or
    removed line between them."""
    if all(ln.status == BODY for ln in lines):
        kept = [ln for ln in lines if ln.text]
        return text, [(ln.start, ln.start, ln.end - ln.start) for ln in kept]
    parts: list[str] = []
    offsets: list[tuple[int, int, int]] = []
    pos = 0
    gap = False
    for ln in lines:
        if ln.status != BODY or not ln.text:
            gap = gap or bool(parts)
            continue
        if parts:
            sep = "\n\n" if gap else "\n"
            parts.append(sep)
            pos += len(sep)
        offsets.append((pos, ln.start, len(ln.text)))
        parts.append(ln.text)
        pos += len(ln.text)
        gap = False
    return "".join(parts) + ("\n" if parts else ""), offsets


def _metadata(lines: list[Line]) -> dict:
    meta: dict = {}
    title = _title(lines)
    if title:
        meta["title"] = title
    for ln in lines:
        if ln.status == REMOVED and "byline" in ln.reason and "byline" not in meta:
            meta["byline"] = ln.text
        if ln.status == REMOVED and "news code" in ln.reason and "news_code" not in meta:
            m = re.search(r"\d+", key(ln.text))
            meta["news_code"] = m.group() if m else ln.text
    found = pagedates.first_date(ln.text for ln in lines
                                 if ln.status == REMOVED and ("date" in ln.reason or "code" in ln.reason
                                                              or "byline" in ln.reason))
    if found:
        meta.update(found)
    return meta


def _title(lines: list[Line]) -> str:
    """The first body line before any prose, when it reads like a headline."""
    for ln in lines:
        if ln.status != BODY or not ln.text:
            continue
        return ln.text if looks_like_headline(ln.text) else ""
    return ""


# --- reading and cleaning a file ------------------------------------------------------

@dataclass
class Article:
    """What :func:`read_article` hands to the pipeline: the body and everything else."""

    text: str
    encoding: str
    metadata: dict
    cleaned: Cleaned | None = None
    #: Comments an HTML page holds in a comment section of its own (never in ``text``).
    page_comments: list[str] = field(default_factory=list)
    #: A page's other text blocks its extractor left out (:attr:`.readers.Source.left_out`),
    #: each with the reason it is listed under.
    page_left_out: list[tuple[str, str]] = field(default_factory=list)


def read_article(path: str, *, clean: bool = True, keep_comments: bool = False,
                 extractor: str = "trafilatura") -> Article:
    """Read any supported file and, unless ``clean`` is false, clean it.

    ``metadata`` holds ``format``, ``title``, ``date`` (ISO Gregorian), ``byline`` where
    found, ``removed`` (each removed line with its reason), ``comments`` (with
    ``keep_comments``) and ``offsets``: ``[body_start, source_start, length]`` per kept
    line, where the source is the file's text for .txt files and the extracted text
    for other formats (``offsets_into`` says which).
    """
    from .errors import BilinguaError
    from .pipeline import require_content
    from .read import display_name
    from .readers import read_source

    name = display_name(path)
    source = read_source(path, extractor)
    require_content(source.text, name)
    metadata: dict = {"format": source.format}
    if not clean:
        metadata.update(_normalised_dates(source.metadata))
        return Article(source.text, source.encoding, metadata)
    cleaned = clean_text(source.text, keep_comments)
    if not cleaned.text.strip() and source.text.strip():
        raise BilinguaError(f"{name}: no article text left after cleaning "
                            "(every line looks like page furniture or reader comments)")
    metadata.update(cleaned.metadata)
    metadata.update(_normalised_dates(source.metadata))
    metadata["removed"] = [{"line": ln.index + 1, "reason": ln.reason, "text": ln.text}
                           for ln in cleaned.lines if ln.status == REMOVED]
    if keep_comments:
        metadata["comments"] = source.comments + cleaned.comments
    else:
        metadata["removed"] += [{"line": None, "reason": "reader comment", "text": c} for c in source.comments]
    left_out = [(f"left out by {extractor}", t) for t in source.left_out]
    metadata["removed"] += [{"line": None, "reason": reason, "text": t} for reason, t in left_out]
    metadata["offsets"] = [list(o) for o in cleaned.offsets]
    metadata["offsets_into"] = "file" if source.format == "text" else "extracted text"
    return Article(cleaned.text, source.encoding, metadata, cleaned, source.comments, left_out)


def _normalised_dates(source_meta: dict) -> dict:
    """A format's own date (HTML meta tags, front matter, .docx properties) wins over
    a date line in the text; it is read like any other date on the page."""
    if "calendar" in source_meta:
        return dict(source_meta)
    meta = {k: v for k, v in source_meta.items() if k not in ("date", "time", "date_text")}
    if "date" in source_meta:
        found = pagedates.find_dates(key(str(source_meta["date"])))
        if found:
            meta.update(found[0])
            meta.update({k: source_meta[k] for k in ("time",) if k in source_meta})
    return meta
