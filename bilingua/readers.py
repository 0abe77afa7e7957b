"""Format readers: .txt, .md, .html/.htm (saved pages) and .docx, to plain text.

The format comes from the file's extension; for stdin or an unknown extension it is
sniffed from the content (a zip file is taken for .docx, text that opens with HTML
markup is a page, anything else plain text). Decoding of text stays in
:mod:`bilingua.read`.

Each reader returns a :class:`Source`: text with one block (paragraph, heading, list
item) per line and blank lines between blocks, ready for :func:`bilingua.clean.clean_text`,
plus the metadata the format itself carries (an HTML page's title, date and author; a
.docx file's title; Markdown front matter).

Main-content extraction from HTML is done by trafilatura by default. ``justext`` and
``visible`` (all visible text outside ``nav``/``header``/``footer``/``aside``, left to
the clean stage) are the alternatives it was measured against in
``benchmarks/bench_clean.py``.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from dataclasses import dataclass, field

from .errors import BilinguaError
from .read import decode, display_name, max_bytes, read_bytes

EXTRACTORS = ("trafilatura", "justext", "visible")

_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
               ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.IGNORECASE | re.DOTALL)
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "td", "th", "section",
               "article", "header", "footer", "nav", "aside", "ul", "ol", "blockquote", "figure",
               "figcaption", "main", "address", "pre", "hr", "dd", "dt", "table", "form"}
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select",
              "input", "textarea", "label")


@dataclass
class Source:
    """A file's text before cleaning, and what its format says about it."""

    text: str
    format: str
    encoding: str = "utf-8"
    metadata: dict = field(default_factory=dict)
    comments: list[str] = field(default_factory=list)
    #: Text blocks of a page that its extractor left out of ``text`` (navigation, links,
    #: captions, and any paragraph it misjudged), so that none goes unlisted.
    left_out: list[str] = field(default_factory=list)


def format_of(path: str, data: bytes) -> str:
    ext = os.path.splitext(path)[1].lower() if path != "-" else ""
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8"
    head = data[:4096].decode(encoding, errors="ignore").lstrip("\ufeff")
    return "html" if _HTML_START.match(head) else "text"


# Formats that are not read, by how their files open: named in the refusal, where they
# would otherwise be refused as binary or (a PDF of plain streams) read as English text.
_UNREAD_FORMATS = ((b"%PDF-", "a PDF"), (b"\xd0\xcf\x11\xe0", "a legacy Word (.doc)"), (b"{\\rtf", "an RTF"))


def read_source(path: str, extractor: str = "trafilatura") -> Source:
    """Read any supported file (``-`` for stdin) into a :class:`Source`."""
    name = display_name(path)
    data = read_bytes(path)
    unread = next((kind for start, kind in _UNREAD_FORMATS if data.startswith(start)), None)
    if unread:
        raise BilinguaError(f"{name}: {unread} file; bilingua reads plain text, Markdown, HTML and .docx "
                            "(save or extract the text as one of those first)")
    fmt = format_of(path, data)
    if fmt == "docx":
        return read_docx(data, name)
    _refuse_truncated_utf8(data, name)
    text, encoding = decode(data, name)
    if fmt == "html":
        source = read_html(text, name, extractor)
        source.encoding = encoding
        return source
    if fmt == "markdown":
        return read_markdown(text, encoding)
    return Source(text, "text", encoding)


def _refuse_truncated_utf8(data: bytes, name: str) -> None:
    """A UTF-8 file cut off inside its last character would otherwise be mistaken for
    Windows-1256 text or refused as undecodable; say what happened instead."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            raise BilinguaError(f"{name}: file is truncated (it ends inside a UTF-8 character)") from None


# --- .docx ------------------------------------------------------------------------

UNPACKED_XML = 5


def read_docx(data: bytes, name: str) -> Source:
    """Paragraphs and table rows in document order, a row written as trafilatura writes
    an HTML table's (``| Oil | Gas | Steel |``, a cell merged across columns once), which
    cleaning knows for a table row, never a menu."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from lxml.etree import LxmlError

    try:
        _check_package(data, name)
        document = docx.Document(io.BytesIO(data))
        blocks = []
        for part in document.iter_inner_content():
            if isinstance(part, Table):
                blocks += ["| " + " | ".join(cell.text for cell in _distinct_cells(row)) + " |" for row in part.rows]
            else:
                blocks.append(part.text)
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError) as e:
        raise BilinguaError(f"{name}: not a valid .docx file (broken or truncated: {e})") from None
    except LxmlError as e:  # a damaged document part inside an intact zip
        raise BilinguaError(f"{name}: not a valid .docx file (damaged XML: {e})") from None
    except AttributeError:  # parts of the wrong kind: a document.xml that is no Word document
        raise BilinguaError(f"{name}: not a valid .docx file (its parts are not those of a Word document)") from None
    # Only the title is taken from the core properties: their author and dates are the
    # file's (whoever saved it, when), not the article's.
    title = document.core_properties.title
    return Source(_join_blocks(blocks), "docx", "docx", {"title": title} if title else {})


def _distinct_cells(row) -> list:
    """A table row's cells, a cell merged across columns once (python-docx gives it per column)."""
    seen, cells = set(), []
    for cell in row.cells:
        if cell._tc not in seen:
            seen.add(cell._tc)
            cells.append(cell)
    return cells


def _check_package(data: bytes, name: str) -> None:
    """Refuse a package that unpacks beyond the size limit, or declares a DTD. Word never
    writes a DTD. A part that declares one has its entities left unresolved
    (safely), but python-docx then reads a run's text only up to the first entity
    reference: the rest of the paragraph would silently go missing."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        # a small file may unpack to gigabytes (a probe's 1.1 MB held 400 MB of XML): its
        # XML is held to UNPACKED_XML times the limit of an input file (read.max_bytes),
        # as Word's XML is about ten times the text it holds
        xml = [info for info in package.infolist() if info.filename.endswith((".xml", ".rels"))]
        unpacked, limit = sum(info.file_size for info in xml), UNPACKED_XML * max_bytes()
        if unpacked > limit:
            raise BilinguaError(f"{name}: its XML unpacks to {unpacked:,} bytes, over the limit of {limit:,} "
                                "(set BILINGUA_MAX_BYTES to raise it)")
        for part in package.namelist():
            if part.endswith((".xml", ".rels")) and b"<!DOCTYPE" in package.read(part):
                raise BilinguaError(f"{name}: {part} declares a DTD, which Word never writes; "
                                    "bilingua does not read such a .docx file (save it again from a word processor)")


def _join_blocks(blocks) -> str:
    lines = [" ".join(b.split()) for b in blocks]
    return "\n\n".join(line for line in lines if line) + "\n"


# --- Markdown ---------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
_MD_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_RULES = [
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$"), r"\1"),      # headings
    (re.compile(r"^\s{0,3}>\s?"), ""),                              # block quotes
    (_MD_LIST_ITEM, ""),                                             # list items
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$"), ""),                 # horizontal rules
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),                    # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                  # links
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),                       # strong
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # emphasis
    (re.compile(r"`([^`]*)`"), r"\1"),                              # code
]


def read_markdown(text: str, encoding: str = "utf-8") -> Source:
    """Markdown markup removed line by line. A list item right after another line is set
    off by a blank line, as its own paragraph: without its marker, an item that starts in
    lower case would read as the hard-wrapped end of the line before."""
    metadata = {}
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            k, _, v = line.partition(":")
            k, v = k.strip().lower(), v.strip().strip("\"'")
            if v and k in ("title", "date", "author"):
                metadata["byline" if k == "author" else k] = v
        text = "\n" * m.group(0).count("\n") + text[m.end():]
    lines = []
    for line in text.split("\n"):
        if _MD_LIST_ITEM.match(line) and lines and lines[-1].strip():
            lines.append("")
        for pattern, repl in _MD_RULES:
            line = pattern.sub(repl, line)
        lines.append(line)
    return Source("\n".join(lines), "markdown", encoding, metadata)


# --- HTML -------------------------------------------------------------------------

def read_html(html: str, name: str, extractor: str = "trafilatura") -> Source:
    """The article text of a saved page, with its title, date and author as metadata."""
    from .clean import comment_lines
    from .segment import has_content

    if extractor not in EXTRACTORS:
        raise BilinguaError(f"unknown HTML extractor {extractor!r} (choose from {', '.join(EXTRACTORS)})")
    if not has_content(html):  # as an empty .txt says, not lxml's "Document is empty"
        raise BilinguaError(f"{name}: input is empty (no text to work on)")
    tree = _parse_html(html, name)
    _drop_scripted_fallbacks(tree)
    h1 = _first_heading(tree)
    visible = _visible_text(tree, drop_layout=False)
    date_line = _first_date_line(visible)
    comments = _prune_page(tree)
    pruned = lxml_html().tostring(tree, encoding="unicode")
    if extractor == "trafilatura":
        text, metadata, found = _trafilatura(pruned)
        text = _restore_subheadings(tree, text)
        text = _restore_lead(tree, text, h1)
        comments += comment_lines(found)
    elif extractor == "justext":
        text, metadata = _justext(pruned, tree), {}
    else:
        text, metadata = _visible_text(tree, drop_layout=True), {}
    if not text.strip():
        raise BilinguaError(f"{name}: no article text found in the HTML page")
    if h1:
        metadata["title"] = h1
        head = [_squeeze(line) for line in text.split("\n") if line.strip()][:5]
        if _squeeze(h1) not in head:
            text = h1 + "\n\n" + text
    if "title" not in metadata:
        title = tree.findtext(".//title")
        if title and title.strip():
            metadata["title"] = " ".join(title.split())
    if date_line and "date" not in metadata:
        metadata.update(date_line)
    return Source(text, "html", "utf-8", metadata, comments, _left_out(visible, text, comments))


def _left_out(visible: str, text: str, comments: list[str]) -> list[str]:
    """The page's visible text blocks that neither the extracted ``text`` nor its
    ``comments`` hold (compared without spaces, as an extractor joins and splits blocks)."""
    lines = text.split("\n") + comments
    whole, exact = _squeeze("".join(lines)), {_squeeze(line) for line in lines}
    return [line for line in visible.split("\n")
            if (squeezed := _squeeze(line)) and squeezed not in exact and squeezed not in whole]


def lxml_html():
    import lxml.html

    return lxml.html


def _squeeze(text: str) -> str:
    """Text without spaces and zero-width marks, for comparing extracted lines."""
    return re.sub(r"[\s\u200c-\u200f]+", "", text)


#: Class or id words of page parts that are never article text: comment threads, and
#: the boxes of related links, sharing, tags and newsletter sign-up (readability-style).
_COMMENT_CLASSES = {"comments", "cmt", "cmts", "disqus", "respond", "discussion"}
#: "comment" alone is also an opinion label (``tone-comment``, ``expert-comment``): it
#: marks a comment only as a whole class or beside a structural word (``comment-list``).
_COMMENT_PARTS = {"list", "section", "area", "box", "form", "thread", "wrap", "wrapper", "container", "block",
                  "item", "items", "body", "text", "content", "author", "meta", "reply", "respond", "title"}
_FURNITURE_CLASSES = {"related", "relatedposts", "popular", "trending", "recommended", "recommendations",
                      "mostread", "mostviewed", "sidebar", "share", "sharing", "sharedaddy", "social",
                      "newsletter", "subscribe", "breadcrumb", "breadcrumbs", "tags", "keywords"}
#: Class words that mark a switch or a counter rather than the part itself
#: (``comments-open``, ``has-comments``, ``comment-count``).
_NOT_A_PART = {"count", "counter", "link", "btn", "button", "icon", "has", "enabled", "open", "closed",
               "toggle", "number", "num"}
_PRUNE_LIMIT = 0.4


def _class_words(el) -> set[str]:
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return {w for token in names.split() for w in (token, *re.split(r"[-_]", token)) if w}


def _is_comment_part(el, classes: set[str]) -> bool:
    if classes & _COMMENT_CLASSES:
        return True
    for token in f"{el.get('class', '')} {el.get('id', '')}".lower().split():
        words = {w for w in re.split(r"[-_]", token) if w}
        if token == "comment" or ("comment" in words and words - {"comment"} <= _COMMENT_PARTS):
            return True
    return False


def _prune_page(tree) -> list[str]:
    """Remove comment threads and furniture boxes, recognised by their class or id,
    from the page; return the comments' text lines. A part holding the page's ``h1``,
    an ``article`` or ``main`` element, or (furniture only) more than 40% of the page's
    text, is left alone."""
    from .clean import comment_lines

    body = tree.find("body")
    total = len((body if body is not None else tree).text_content()) or 1
    comments: list[str] = []
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "article", "main") or el.getparent() is None:
            continue
        if not _attached(el, tree):
            continue
        classes = _class_words(el)
        is_comments = _is_comment_part(el, classes)
        if classes & _NOT_A_PART or (not is_comments and not classes & _FURNITURE_CLASSES):
            continue
        if next(el.iter("h1", "article", "main"), None) is not None:
            continue
        if not is_comments and len(el.text_content()) > _PRUNE_LIMIT * total:
            continue
        if is_comments:
            comments += comment_lines(_visible_text(el, drop_layout=False).split("\n"))
        el.drop_tree()
    return comments


def _attached(el, tree) -> bool:
    """False once an ancestor has been dropped from the tree."""
    root = tree.getroottree().getroot()
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


# Characters XML forbids (controls but tab and newlines, U+FFFE, U+FFFF), raw or as a
# character reference: lxml refuses to set a text holding one (a probe's «&#xc;» crashed
# every extractor), and none is text a reader sees.
_NOT_XML_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CHAR_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def _xml_safe(html: str) -> str:
    def reference(m: re.Match) -> str:
        code = int(m[1], 16) if m[1] else int(m[2])
        return " " if code > 0x10FFFF or _NOT_XML_CHAR.match(chr(code)) else m.group()

    return _NOT_XML_CHAR.sub(" ", _CHAR_REFERENCE.sub(reference, html))


def _parse_html(html: str, name: str):
    import lxml.html
    from lxml.etree import ParserError

    html = _xml_safe(re.sub(r"^\s*<\?xml[^>]*>", "", html))
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as e:
        raise BilinguaError(f"{name}: cannot parse the HTML page ({e})") from None
    return tree


def _drop_scripted_fallbacks(tree) -> None:
    """Drop what a browser with scripts on never shows (``noscript``, ``template``): no
    article text, and trafilatura, meeting a ``noscript`` inside the article, ran the
    headline and every paragraph into one line (a probe's "Please enable JavaScript")."""
    for el in list(tree.iter("noscript", "template")):
        if el.getparent() is not None:
            el.drop_tree()


def _first_heading(tree) -> str:
    for el in tree.iter("h1"):
        text = " ".join(el.text_content().split())
        if text:
            return text
    return ""


def _trafilatura(html: str) -> tuple[str, dict, list[str]]:
    import trafilatura

    # trafilatura drops characters that are not "printable", among them the zero-width
    # non-joiner of Persian words (می‌شود, شهرستان‌های); a printable stand-in keeps it.
    zwnj = next(c for c in ("\U0001e800", "\U0001e801", "\U0001e802", "\ufdfd") if c not in html)
    restore = str.maketrans({zwnj: "\u200c"})
    doc = trafilatura.bare_extraction(
        html.replace("\u200c", zwnj), include_comments=True, with_metadata=True, include_tables=True, favor_recall=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None:
        return "", {}, []
    metadata = {}
    for k, attr in (("title", "title"), ("byline", "author"), ("date", "date")):
        value = getattr(doc, attr, None)
        if value:
            metadata[k] = value.translate(restore)
    comments = [line.strip().translate(restore) for line in (doc.comments or "").split("\n") if line.strip()]
    return _join_blocks((doc.text or "").translate(restore).split("\n")), metadata, comments


def _restore_subheadings(tree, text: str) -> str:
    """Put back the subheadings (``h2``–``h6``) trafilatura dropped from the article:
    a heading is restored when the paragraph right after it on the page was extracted."""
    lines = text.split("\n")
    squeezed = [_squeeze(line) for line in lines]
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        title = " ".join(heading.text_content().split())
        following = heading.getnext()
        if not title or following is None or _squeeze(title) in squeezed:
            continue
        nxt = _squeeze(following.text_content())
        if nxt and nxt in squeezed:
            at = squeezed.index(nxt)
            lines[at:at] = [title, ""]
            squeezed[at:at] = [_squeeze(title), ""]
    return "\n".join(lines)


#: Class words of the summary paragraph under a headline (standfirst, lead, «لید»).
_LEAD_CLASSES = {"lead", "standfirst", "summary", "intro", "introtext", "subtitle", "subhead", "dek",
                 "excerpt", "teaser", "lid", "abstract"}


def _restore_lead(tree, text: str, h1: str) -> str:
    """Put back a headline's summary paragraph (class ``standfirst``, ``lead`` …, after
    the ``h1``) that trafilatura left out, right after the headline."""
    heading = next(tree.iter("h1"), None)
    if heading is None:
        return text
    lines = text.split("\n")
    squeezed = {_squeeze(line) for line in lines}
    for el in _following(heading):
        if not isinstance(el.tag, str) or not _class_words(el) & _LEAD_CLASSES:
            continue
        lead = " ".join(el.text_content().split())
        if len(lead.split()) < 5 or _squeeze(lead) in squeezed:
            return text
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        at = first + 1 if h1 and _squeeze(lines[first]) == _squeeze(h1) else first
        lines[at:at] = ["", lead] if at else [lead, ""]
        return "\n".join(lines)
    return text


def _following(el):
    """The elements after ``el`` in document order (not inside it)."""
    while el is not None:
        for sibling in el.itersiblings():
            yield from sibling.iter()
        el = el.getparent()


def _justext(html: str, tree) -> str:
    import justext

    from .segment import script_of

    sample = " ".join(tree.text_content().split())[:20000]
    language = "Persian" if script_of(sample) == "arabic" else "English"
    # jusText's default length thresholds (70/200 characters) reject every paragraph of
    # a short news report; these lower ones were its best on the benchmark pages.
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist(language), encoding="utf-8",
                                 length_low=30, length_high=100)
    return _join_blocks(p.text for p in paragraphs if not p.is_boilerplate)


def _visible_text(tree, drop_layout: bool) -> str:
    """Every visible text block of the page, one per line; with ``drop_layout`` the
    page's ``nav``, ``header``, ``footer``, ``aside`` and ``form`` elements are left out."""
    import copy

    root = copy.deepcopy(tree)
    drop = _INVISIBLE + (("nav", "header", "footer", "aside", "form") if drop_layout else ())
    for el in list(root.iter(*drop)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    body = root.find("body")
    content = (body if body is not None else root).text_content()
    return _join_blocks(content.split("\n"))


def _first_date_line(text: str) -> dict | None:
    """The date of the first line that is page furniture holding a date."""
    from . import pagedates
    from .furniture import key, line_reason

    for line in text.split("\n"):
        k = key(line)
        if k and len(k) <= 160 and pagedates.find_dates(k) and "date" in line_reason(line):
            return pagedates.first_date([line])
    return None
