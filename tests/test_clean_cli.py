"""`bilingua clean` through Click, and the labelled test pages as a regression check."""

import json

from click.testing import CliRunner

from bench_clean import evaluate, pages
from bilingua.cli import main

PAGE = """Politics
Iran and Armenia extend their electricity swap deal
-Friday 2025/10/17 - 14:46
News Code:23086

Tehran, IRNA - The energy minister said on Friday that the swap agreement would be extended after two weeks of talks.

Comments
Exports should wait until there are no more blackouts at home.
"""


def _page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return str(path)


def test_tsv_lists_every_line_with_its_fate(tmp_path):
    result = CliRunner().invoke(main, ["clean", _page(tmp_path), "--format", "tsv"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert rows[0] == ["line", "status", "reason", "text"]
    fates = {r[3]: (r[1], r[2]) for r in rows[1:]}
    assert fates["News Code:23086"] == ("removed", "news code")
    assert fates["Iran and Armenia extend their electricity swap deal"] == ("body", "")
    assert fates["Exports should wait until there are no more blackouts at home."] == ("removed", "reader comment")


def test_json_has_metadata_body_and_kept_comments(tmp_path):
    result = CliRunner().invoke(main, ["clean", _page(tmp_path), "--format", "json", "--keep-comments"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["metadata"]["date"] == "2025-10-17"
    assert data["metadata"]["news_code"] == "23086"
    assert data["comments"] == ["Exports should wait until there are no more blackouts at home."]
    assert "blackouts" not in data["body"]


def test_text_writes_the_body_atomically_and_never_over_the_input(tmp_path):
    src = _page(tmp_path)
    out = tmp_path / "body.txt"
    result = CliRunner().invoke(main, ["clean", src, "--format", "text", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("Iran and Armenia extend their electricity swap deal\n\nTehran")
    result = CliRunner().invoke(main, ["clean", src, "--format", "text", "-o", src])
    assert result.exit_code == 1
    assert open(src, encoding="utf-8").read() == PAGE
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".bilingua-")] == []


def test_broken_docx_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "report.docx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out.txt"
    result = CliRunner().invoke(main, ["clean", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert "not a valid .docx" in result.output and "Traceback" not in result.output
    assert not out.exists()


def test_other_commands_read_pages_the_same_way(tmp_path):
    result = CliRunner().invoke(main, ["split", _page(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    texts = [s["text"] for s in json.loads(result.output)]
    assert texts[0] == "Iran and Armenia extend their electricity swap deal"
    assert not any("News Code" in t or "blackouts" in t for t in texts)


def test_labelled_pages_meet_the_goal():
    result = evaluate("trafilatura", True, pages())
    assert len(pages()) >= 10
    assert result["failures"] == []
    assert result["precision"] >= 0.97 and result["recall"] >= 0.97
    assert result["leaks"] == 0
