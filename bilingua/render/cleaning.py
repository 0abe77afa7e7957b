"""Rendering the clean stage (``bilingua clean``): every line kept or removed, and why."""

from __future__ import annotations

from . import json_text, plain, tsv

_META_KEYS = ("format", "title", "date", "time", "calendar", "date_text", "byline", "news_code")


def line_records(article) -> list[dict]:
    """One record per non-blank line: its number, what became of it and the reason.
    Comments found in a page's comment section (HTML) come last, with no line number,
    then the page's text blocks its extractor left out."""
    records = [{"line": ln.index + 1, "status": ln.status, "reason": ln.reason, "text": ln.text}
               for ln in (article.cleaned.lines if article.cleaned else [])]
    for text in article.page_comments:
        records.append({"line": None, "status": "comment" if "comments" in article.metadata else "removed",
                        "reason": "reader comment (comment section of the page)", "text": text})
    records += [{"line": None, "status": "removed", "reason": reason, "text": text}
                for reason, text in article.page_left_out]
    return records


def summary(article) -> dict:
    return {k: article.metadata[k] for k in _META_KEYS if k in article.metadata}


def to_json(article) -> str:
    data = {"metadata": summary(article), "body": article.text, "lines": line_records(article),
            "offsets": article.metadata.get("offsets", [])}
    if "comments" in article.metadata:
        data["comments"] = article.metadata["comments"]
    return json_text(data)


def to_tsv(article) -> str:
    columns = ("line", "status", "reason", "text")
    return tsv.table(columns, ([r[c] for c in columns] for r in line_records(article)))


def to_text(article) -> str:
    """The body as it goes to the later stages; kept comments follow under a marker."""
    text = article.text if article.text.endswith("\n") else article.text + "\n"
    comments = article.metadata.get("comments")
    if comments:
        text += "\n=== reader comments (not part of the article) ===\n\n" + "\n\n".join(comments) + "\n"
    return text


def print_table(article, console=None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    meta = summary(article)
    if meta:
        line = Text()
        for n, (k, v) in enumerate(meta.items()):
            line.append(("  " if n else "") + f"{k}: ", style="bold")
            line.append(plain(str(v)))
        console.print(line)
    table = Table(show_lines=False)
    table.add_column("line", justify="right", style="dim")
    table.add_column("status")
    table.add_column("reason", style="dim")
    table.add_column("text", overflow="fold")
    styles = {"body": "green", "removed": "red", "comment": "yellow"}
    for r in line_records(article):
        table.add_row("" if r["line"] is None else str(r["line"]),
                      Text(r["status"], style=styles.get(r["status"], "")), plain(r["reason"]), plain(r["text"]))
    console.print(table)
    kept = sum(r["status"] == "body" for r in line_records(article))
    console.print(f"{kept} lines kept as the article body, {len(line_records(article)) - kept} not.")
