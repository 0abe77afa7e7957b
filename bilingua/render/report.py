"""Rendering a comparison report (``bilingua compare``) as a table, JSON or TSV."""

from __future__ import annotations

from . import json_text, plain, tsv

_TYPE_LABELS = {
    "omission": "omitted (source only)", "addition": "added (target only)", "number_mismatch": "numbers differ",
    "date_mismatch": "dates differ", "name_mismatch": "names differ", "untranslated": "left untranslated",
    "low_similarity": "meaning may differ",
}
_SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}
_QUOTE_LIMIT = 200  # characters of each sentence a table row shows under a pair's finding


def to_json(report) -> str:
    from ..compare import report_to_dict

    return json_text(report_to_dict(report))


def to_tsv(report) -> str:
    """One finding a line; sentence indices comma-separated (empty: no sentence on that side)."""
    return tsv.table(["type", "severity", "source", "target", "message"],
                     ([f.type, f.severity, ",".join(map(str, f.source)), ",".join(map(str, f.target)), f.message]
                      for f in report.findings))


def summary_lines(summary: dict) -> list[str]:
    from ..compare.findings import FINDING_TYPES

    lines = [f"{summary['findings']} findings ({summary['mode']} mode); "
             f"coverage {summary['coverage']:.0%} of {summary['source_sentences']} source sentences, "
             f"{summary['target_coverage']:.0%} of {summary['target_sentences']} target sentences"]
    lines += [f"  {t:<16} {summary[t]:>4}  {_TYPE_LABELS[t]}" for t in FINDING_TYPES]
    removed = summary.get("removed_lines", {})
    if any(removed.values()):
        lines.append("lines removed by cleaning before comparing (in no alignment): "
                     + ", ".join(f"{n} of the {side}" for side, n in removed.items() if n))
    return lines


def print_table(report, console=None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..compare.findings import shorten

    console = console or Console()
    for line in summary_lines(report.summary):
        console.print(plain(line))
    if not report.findings:
        console.print("No differences found.")
        return
    source, target = report.alignment.source, report.alignment.target
    table = Table(title="Findings, most important first", show_lines=True)
    table.add_column("severity")
    table.add_column("type")
    table.add_column(f"source ({source.lang})", justify="right")
    table.add_column(f"target ({target.lang})", justify="right")
    table.add_column("message", overflow="fold")
    for f in report.findings:
        message = plain(f.message)
        if f.source and f.target:  # a pair's finding: show both sentences (one-sided ones quote theirs)
            for doc, indices in ((source, f.source), (target, f.target)):
                message.append(f"\n{doc.lang}: ", style="bold")
                message.append(plain(shorten(doc.sentences_text(list(indices)), _QUOTE_LIMIT)).plain, style="dim")
        table.add_row(Text(f.severity, style=_SEVERITY_STYLES[f.severity]), f.type,
                      ",".join(map(str, f.source)) or "—", ",".join(map(str, f.target)) or "—", message)
    console.print(table)
