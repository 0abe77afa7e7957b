"""The comparison report as one self-contained HTML file that works offline.

A summary comes first, with a checkbox per finding type that filters the findings;
then the two texts side by side, one row per alignment block (a sentence put in place
of another shares one row with it), with the blocks that
carry a finding highlighted in place and their findings beneath. Every piece of
document text is escaped: articles are untrusted input. The only script is the small
inline filter; no fonts, styles or scripts are fetched from anywhere.
"""

from __future__ import annotations

import re
from html import escape as escape_markup

from ..types import Document
from . import without_controls


def escape(text: str) -> str:
    """Text of the untrusted documents as page text: markup escaped, controls as U+FFFD."""
    return escape_markup(without_controls(text))


_FONT_FA = '"Vazirmatn", "Vazir", "Sahel", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", Tahoma, sans-serif'
_FONT_EN = '"Noto Serif", "DejaVu Serif", Georgia, "Times New Roman", serif'
_COLOURS = {"omission": "#f8d0d0", "addition": "#d6e6fb", "number_mismatch": "#ffd8a8", "date_mismatch": "#ffe9a8",
            "name_mismatch": "#e3d4f7", "untranslated": "#f7c6e6", "low_similarity": "#d9ead3"}
_STYLE = """
body{margin:0;padding:1.2em 2em;font-family:system-ui,"DejaVu Sans",sans-serif;color:#1d1d1d;background:#fafafa}
h1{font-size:1.4em;margin:0 0 .3em} .meta{color:#555;margin:.2em 0 1em}
.summary{display:flex;flex-wrap:wrap;gap:.5em;margin-bottom:1em}
.summary label{padding:.3em .7em;border-radius:1em;border:1px solid #bbb;cursor:pointer;user-select:none}
table.texts{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff}
table.texts td,table.texts th{border-top:1px solid #e2e2e2;padding:.45em .7em;vertical-align:top}
th.idx,td.idx{width:3.2em;color:#888;font-size:.8em}
[dir=rtl]{font-family:FONT_FA;font-size:1.08em;line-height:1.9;text-align:right}
[dir=ltr]{font-family:FONT_EN;line-height:1.6;text-align:left}
.s{display:block} .n{color:#999;font-size:.75em;margin:0 .3em}
tr.finding-row td{border-top:none;padding-top:0}
ul.findings{margin:.2em 0 .4em;padding-inline-start:1.2em;font-size:.9em;font-family:system-ui,"DejaVu Sans",sans-serif}
.sev-high{font-weight:bold} .count{font-weight:bold} .tag{font-family:monospace;font-size:.85em;padding:0 .3em;border-radius:.3em}
"""
_SCRIPT = """
document.querySelectorAll('input[data-type]').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.dataset.type, !box.checked);
  });
});
"""


# A Persian quotation whole, with its guillemets and closing full stop («… می‌دهد.»), or
# else a run of Persian words.
_PERSIAN_RUN = re.compile(r"«[^«»]*[\u0600-\u06ff][^«»]*»|[\u0600-\u06ff](?:[\u0600-\u06ff\u200c ]*[\u0600-\u06ff])?")


def _file_name(name: str) -> str:
    """A file name set apart from the text around it, in the direction of its own first
    letter: in the right-to-left column, /tmp/a.fa.txt would otherwise read tmp/a.fa.txt/."""
    return f'<bdi dir="auto">{escape(name)}</bdi>'


def _isolate_persian(escaped: str) -> str:
    """Persian runs in an English message are isolated, so they read right to left in
    place; a quotation with its guillemets, whose full stop would otherwise show at
    the wrong end."""
    return _PERSIAN_RUN.sub(lambda m: f'<bdi dir="rtl">{m.group()}</bdi>', escaped)


def _direction(doc: Document) -> str:
    return "rtl" if doc.lang == "fa" else "ltr"


def _sentences(doc: Document, indices: tuple[int, ...], side: str) -> str:
    return "".join(f'<span class="s" id="{side}{i}" dir="auto"><span class="n">{i}</span>'
                   f'{escape(doc.sentences[i].text)}</span>' for i in indices)


def report_to_html(report) -> str:
    """The whole page; the same report always gives the same bytes."""
    from ..compare.findings import FINDING_TYPES, effective_blocks

    alignment, summary = report.alignment, report.summary
    source, target = alignment.source, alignment.target
    blocks = [b for b, _ in effective_blocks(alignment)]
    by_block: dict[int, list] = {}
    block_of = {("s", i): k for k, b in enumerate(blocks) for i in b.source}
    block_of |= {("t", j): k for k, b in enumerate(blocks) for j in b.target}
    for f in report.findings:
        k = block_of[("s", f.source[0])] if f.source else block_of[("t", f.target[0])]
        by_block.setdefault(k, []).append(f)

    css = _STYLE.replace("FONT_FA", _FONT_FA).replace("FONT_EN", _FONT_EN)
    css += "".join(f".f-{t}{{background:{c}}} body.hide-{t} .f-{t}{{background:none}} "
                   f"body.hide-{t} li.f-{t}{{display:none}}\n" for t, c in _COLOURS.items())
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>bilingua compare: {escape(source.name)} / {escape(target.name)}</title>",
           f"<style>{css}</style></head><body>",
           f"<h1>{_file_name(source.name)} ↔ {_file_name(target.name)}</h1>",
           f'<p class="meta">{summary["findings"]} findings, {escape(summary["mode"])} mode. '
           f'Coverage: {summary["coverage"]:.0%} of {summary["source_sentences"]} source sentences, '
           f'{summary["target_coverage"]:.0%} of {summary["target_sentences"]} target sentences.'
           + "".join(f" Lines removed by cleaning before comparing: {n} of the {side}."
                     for side, n in summary.get("removed_lines", {}).items() if n) + "</p>",
           '<div class="summary" id="summary">']
    for t in FINDING_TYPES:
        out.append(f'<label class="f-{t}"><input type="checkbox" checked data-type="{t}"> '
                   f'{t} <span class="count">{summary[t]}</span></label>')
    out.append("</div>")
    out.append('<table class="texts"><colgroup><col><col style="width:50%"><col style="width:50%"></colgroup>'
               f'<tr><th class="idx">#</th><th dir="{_direction(source)}">{_file_name(source.name)}</th>'
               f'<th dir="{_direction(target)}">{_file_name(target.name)}</th></tr>')
    for k, block in enumerate(blocks):
        findings = by_block.get(k, [])
        classes = " ".join(sorted({f"f-{f.type}" for f in findings}))
        out.append(f'<tr id="block{k}" class="block"><td class="idx">{k}</td>'
                   f'<td class="{classes}" dir="{_direction(source)}" lang="{escape(source.lang)}">'
                   f'{_sentences(source, block.source, "s")}</td>'
                   f'<td class="{classes}" dir="{_direction(target)}" lang="{escape(target.lang)}">'
                   f'{_sentences(target, block.target, "t")}</td></tr>')
        if findings:
            items = "".join(f'<li class="f-{f.type} sev-{f.severity}"><span class="tag">{f.type}</span> '
                            f'{escape(f.severity)}: <bdi>{_isolate_persian(escape(f.message))}</bdi></li>' for f in findings)
            out.append(f'<tr class="finding-row"><td></td><td colspan="2"><ul class="findings">{items}</ul></td></tr>')
    out.append(f"</table><script>{_SCRIPT}</script></body></html>")
    return "\n".join(out) + "\n"
