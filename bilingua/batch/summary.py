"""``index.html``: every pair of a batch with its counts and links to its reports.

One self-contained page (no scripts, no external resources). Every piece of text in it
comes from file names, manifests or error messages, so all of it is escaped, and links
are percent-encoded file names inside OUTPUT_DIR.
"""

from __future__ import annotations

from urllib.parse import quote

from ..render.html import escape

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Vazirmatn",Tahoma,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
th{background:#f3f3f3}td.name{white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.failed td{background:#fdecea}tr.unpaired td{background:#fff6e0}
"""


def _link(filename: str, label: str) -> str:
    return f'<a href="{escape(quote(filename))}">{escape(label)}</a>'


def count_columns(records: list[dict]) -> list[str]:
    """The numeric counts reported for any pair (nested summaries flattened as a.b): the
    totals and the finding types first, in the order the reports list them, then the rest
    in alphabetical order."""
    from ..compare.findings import FINDING_TYPES

    found = {k for r in records for k in flat_counts(r.get("counts", {}))}
    first = [c for c in ("findings", "coverage", "target_coverage", *FINDING_TYPES) if c in found]
    return first + sorted(found - set(first))


def flat_counts(counts: dict, prefix: str = "") -> dict[str, float]:
    flat: dict[str, float] = {}
    for key, value in counts.items():
        if isinstance(value, dict):
            flat.update(flat_counts(value, f"{prefix}{key}."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            flat[f"{prefix}{key}"] = value
    return flat


def _cell(value) -> str:
    if value is None:
        return '<td class="n"></td>'
    text = f"{value:.3f}" if isinstance(value, float) else str(value)
    return f'<td class="n">{escape(text)}</td>'


def index_html(records: list[dict]) -> str:
    pairs = [r for r in records if r["status"] != "unpaired"]
    unpaired = [r for r in records if r["status"] == "unpaired"]
    columns = count_columns(pairs)
    done = sum(r["status"] == "ok" for r in pairs)
    rows = []
    for r in pairs:
        outputs = r.get("outputs", {})
        report = outputs.get("html") or outputs.get("compare")
        name = _link(report, r["name"]) if report else escape(r["name"])
        links = " ".join(_link(outputs[k], k) for k in ("html", "compare", "alignment") if k in outputs)
        counts = flat_counts(r.get("counts", {}))
        status = "ok" if r["status"] == "ok" else f'failed: {escape(r.get("reason", ""))}'
        detail = escape(r.get("error", "")) or links
        rows.append(f'<tr class="{escape(r["status"])}"><td class="name" dir="auto">{name}</td><td>{status}</td>'
                    + "".join(_cell(counts.get(c)) for c in columns)
                    + f'<td dir="auto">{detail}</td></tr>')
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    parts = [
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>bilingua batch</title><style>{_STYLE}</style></head><body>",
        f"<h1>bilingua batch</h1><p>{len(pairs)} pairs: {done} compared, {len(pairs) - done} failed; "
        f"{len(unpaired)} unpaired files.</p>",
        f"<table><thead><tr><th>pair</th><th>status</th>{head}<th>files</th></tr></thead><tbody>",
        *rows,
        "</tbody></table>",
    ]
    if unpaired:
        parts.append("<h2>Unpaired files</h2><table><thead><tr><th>file</th><th>why</th></tr></thead><tbody>")
        parts += [f'<tr class="unpaired"><td dir="auto">{escape(r["path"])}</td><td>{escape(r["error"])}</td></tr>'
                  for r in unpaired]
        parts.append("</tbody></table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
