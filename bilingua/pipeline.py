"""The stages in order: read → clean → segment → detect → normalise.

Later stages (translate, align, compare) take the :class:`Document` this returns.
"""

from __future__ import annotations

from .detect import detect_document
from .errors import BilinguaError
from .normalize import normalize_document
from .segment import SentenceSplitter, has_content, presplit_document, split_document
from .types import Document


def document_from_text(
    text: str,
    name: str = "-",
    *,
    encoding: str = "utf-8",
    presplit: bool = False,
    splitter: SentenceSplitter | None = None,
    normalize: bool = True,
    lang: str | None = None,
) -> Document:
    """A document from text already in memory, run through every stage up to
    normalisation (:func:`load_document` reads a file). ``lang``, a code such as ``fa``
    or ``en`` that detection knows, overrides the detected language; ``presplit`` takes
    each line for a sentence; ``splitter`` replaces the default sentence splitter
    (:class:`bilingua.segment.SentenceSplitter`)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__} (decode bytes first, or use load_document)")
    lang = known_language(lang)
    require_content(text, name)
    doc = Document(text=text, name=name, encoding=encoding)
    if presplit:
        presplit_document(doc)
    else:
        split_document(doc, splitter)
    detect_document(doc)
    if lang:
        if lang != doc.lang:
            doc.metadata["detected_lang"] = doc.lang  # what the text reads as, for a warning
        doc.lang, doc.lang_confidence = lang, 1.0
    if normalize:
        normalize_document(doc)
    return doc


def known_language(code: str | None) -> str | None:
    """``code`` lower-cased, or a BilinguaError where detection does not know it (the
    CLI's --source-lang and --target-lang refuse the same codes)."""
    if code is None:
        return None
    from .detect import language_codes

    if not isinstance(code, str) or code.strip().lower() not in language_codes():
        raise BilinguaError(f"{code!r} is not a language code bilingua knows, such as fa or en "
                            f"(known: {', '.join(sorted(language_codes()))})")
    return code.strip().lower()


def require_content(text: str, name: str) -> None:
    """Refuse a text with nothing to work on (empty, or only spaces and blank lines)."""
    if not has_content(text):
        raise BilinguaError(f"{name}: input is empty (no text to work on)")


def load_document(path: str, *, clean: bool = True, keep_comments: bool = False,
                  extractor: str = "trafilatura", **options) -> Document:
    """Read a file (``-`` for stdin; .txt, .md, .html/.htm or .docx) and run it through
    every stage up to normalisation.

    With ``clean`` (the default) page furniture and reader comments are removed first
    (:mod:`bilingua.clean`): ``doc.text`` is the article body and ``doc.metadata`` holds
    title, date, byline, the removed lines with their reasons and, with
    ``keep_comments``, the comments. A plain article without furniture is unchanged.
    With ``presplit`` nothing is removed: each line is a sentence, and its index is its
    line's (a probe's caption line, taken for furniture, shifted every index after it).
    """
    from .clean import read_article
    from .read import display_name

    clean = clean and not options.get("presplit")
    article = read_article(path, clean=clean, keep_comments=keep_comments, extractor=extractor)
    doc = document_from_text(article.text, display_name(path),
                             encoding=article.encoding, **options)
    doc.metadata.update(article.metadata)
    return doc
