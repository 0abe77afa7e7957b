"""Rendering an :class:`Alignment`: table, json, tsv, path (Vecalign) and tmx.

JSON schema (``bilingua align --format json``)::

    {
      "mode": "translation" | "coverage",
      "source": {"name": str, "lang": str,
                 "sentences": [{"text": str, "start": int, "end": int, "paragraph": int}]},
      "target": {... same ...},
      "blocks": [{"source": [int], "target": [int], "type": "2-1", "score": float}]
    }

Sentence indices are 0-based positions in split order; ``start``/``end`` are character
offsets into the input text. Every sentence index of both sides is in exactly one
block; ``score`` is in [0, 1] (0 for 1-0 and 0-1 blocks).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from ..types import Alignment, Document
from . import json_text, plain, tsv

RTL_LANGS = {"fa", "ar", "ur", "ps", "he"}

#: Characters XML 1.0 forbids even escaped (C0 controls but tab and newlines, lone
#: surrogates, U+FFFE/U+FFFF); a TMX file holding one is not well-formed.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _side(doc: Document) -> dict:
    return {
        "name": doc.name,
        "lang": doc.lang,
        "sentences": [{"text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                      for s in doc.sentences],
    }


def alignment_to_dict(alignment: Alignment) -> dict:
    return {
        "mode": alignment.mode,
        "source": _side(alignment.source),
        "target": _side(alignment.target),
        "blocks": [{"source": list(b.source), "target": list(b.target), "type": b.type, "score": round(b.score, 4)}
                   for b in alignment.blocks],
    }


def to_json(alignment: Alignment) -> str:
    return json_text(alignment_to_dict(alignment))



def to_tsv(alignment: Alignment) -> str:
    return tsv.table(["type", "score", "source_ids", "target_ids", "source_text", "target_text"],
                     ([b.type, f"{b.score:.3f}", ",".join(map(str, b.source)), ",".join(map(str, b.target)),
                       alignment.source.sentences_text(b.source), alignment.target.sentences_text(b.target)]
                      for b in alignment.blocks))


def to_path(alignment: Alignment) -> str:
    """Vecalign's path format: ``[0]:[0, 1]:0.871``, one block a line."""
    return "".join(f"{list(b.source)}:{list(b.target)}:{b.score:.3f}\n" for b in alignment.blocks)


def to_tmx(alignment: Alignment) -> str:
    """TMX 1.4b: one translation unit per block with sentences on both sides (1-0 and
    0-1 blocks have no translation and are left out, and the header's note names their
    sentences); a block's sentences are joined with a space, and characters XML cannot
    hold become spaces."""
    src, tgt = alignment.source, alignment.target
    alone = [(side, [i for b in alignment.blocks if not (b.source and b.target) for i in getattr(b, side)])
             for side in ("source", "target")]
    # the sentences left out of the units are named in the header: none disappears unsaid
    note = "; ".join(f"{side} sentences {', '.join(map(str, found))}" for side, found in alone if found)
    header = (f'  <header creationtool="bilingua" creationtoolversion={quoteattr(__version__)} segtype="sentence" '
              f'o-tmf="bilingua" adminlang="en" srclang={quoteattr(src.lang)} datatype="plaintext"')
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        *([header + ">", f"    <note>Without a counterpart, so in no unit (0-based): {note}</note>", "  </header>"]
          if note else [header + "/>"]),
        "  <body>",
    ]
    for b in alignment.blocks:
        if not (b.source and b.target):
            continue
        lines += [
            f'    <tu><prop type="x-score">{b.score:.3f}</prop><prop type="x-type">{b.type}</prop>',
            *(f"      <tuv xml:lang={quoteattr(_lang_of(doc, ids))}><seg>{_xml_text(doc.sentences_text(ids))}</seg></tuv>"
              for doc, ids in ((src, b.source), (tgt, b.target))),
            "    </tu>",
        ]
    lines += ["  </body>", "</tmx>"]
    return "\n".join(lines) + "\n"


def _lang_of(document, indices: tuple[int, ...]) -> str:
    """The language of some sentences of ``document``: their own where they all read as
    one other than the document's (a sentence left untranslated is no English), else the
    document's."""
    langs = {document.sentences[i].lang for i in indices}
    own = langs.pop() if len(langs) == 1 else document.lang
    return own if own not in ("unknown", "") else document.lang


def _xml_text(text: str) -> str:
    return escape(_NOT_XML.sub(" ", text))


def print_table(alignment: Alignment, console=None) -> None:
    """Side by side; right-to-left languages are right-aligned."""
    from rich.console import Console
    from rich.table import Table

    src, tgt = alignment.source, alignment.target
    table = Table(title=plain(f"{src.name} ({src.lang}) ↔ {tgt.name} ({tgt.lang}) — {alignment.mode}"))
    table.add_column("type")
    table.add_column("score", justify="right")
    table.add_column(f"source ({src.lang})", overflow="fold", ratio=1,
                     justify="right" if src.lang in RTL_LANGS else "left")
    table.add_column(f"target ({tgt.lang})", overflow="fold", ratio=1,
                     justify="right" if tgt.lang in RTL_LANGS else "left")
    for b in alignment.blocks:
        left = "\n".join(f"[{i}] {src.sentences[i].text}" for i in b.source)
        right = "\n".join(f"[{j}] {tgt.sentences[j].text}" for j in b.target)
        table.add_row(b.type, f"{b.score:.2f}" if b.source and b.target else "–", plain(left), plain(right))
    (console or Console()).print(table)


RENDERERS = {"json": to_json, "tsv": to_tsv, "path": to_path, "tmx": to_tmx}
