"""bilingua batch: pairing, output names, resumability, failure isolation, summary."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilingua.batch import pair_by_name
from bilingua.batch.naming import assign_stems, output_path, safe_stem
from bilingua.cli import main
from bilingua.errors import BilinguaError

# Short news items written for these tests: (Persian, English) per story.
STORIES = {
    "metro": (
        "مترو تهران روز دوشنبه دو ایستگاه تازه را افتتاح کرد. شهردار تهران گفت این ایستگاه‌ها "
        "روزانه به پنجاه هزار مسافر خدمت می‌کنند. ساخت خط جدید سه سال طول کشید.\n",
        "Tehran's metro opened two new stations on Monday. The mayor of Tehran said the stations "
        "will serve fifty thousand passengers a day. Building the new line took three years.\n",
    ),
    "rain": (
        "باران شدید در اصفهان باعث آبگرفتگی چند خیابان شد. سازمان هواشناسی برای روزهای آینده "
        "هشدار زرد صادر کرد. مدارس شهر روز سه‌شنبه تعطیل بودند.\n",
        "Heavy rain flooded several streets in Isfahan. The weather service issued a yellow warning "
        "for the coming days. The city's schools were closed on Tuesday.\n",
    ),
    "books": (
        "نمایشگاه کتاب تبریز با حضور دویست ناشر آغاز به کار کرد. بازدیدکنندگان می‌توانند تا ساعت "
        "نه شب از غرفه‌ها دیدن کنند. برگزارکنندگان انتظار دارند صد هزار نفر از نمایشگاه بازدید کنند.\n",
        "The Tabriz book fair opened with two hundred publishers. Visitors can browse the stands "
        "until nine in the evening. The organisers expect one hundred thousand visitors.\n",
    ),
    "football": (
        "تیم فوتبال سپاهان در دیداری تماشایی استقلال را دو بر یک شکست داد. هر دو گل سپاهان در "
        "نیمه دوم به ثمر رسید. این پیروزی سپاهان را به صدر جدول رساند.\n",
        "Sepahan beat Esteghlal two to one in a thrilling football match. Both of Sepahan's goals "
        "came in the second half. The win took Sepahan to the top of the table.\n",
    ),
}


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def write_marked(folder: Path, stories=STORIES) -> Path:
    """story.fa.txt / story.en.txt for every story."""
    for name, (fa, en) in stories.items():
        write(folder / f"{name}.fa.txt", fa)
        write(folder / f"{name}.en.txt", en)
    return folder


def run_cli(*args: str):
    return CliRunner().invoke(main, ["batch", *args], catch_exceptions=False)


def summary(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "summary.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(autouse=True)
def embedding_cache(tmp_path_factory, monkeypatch):
    """One embedding cache for all batch tests, away from the user's own."""
    monkeypatch.setenv("BILINGUA_CACHE", str(tmp_path_factory.getbasetemp() / "embedding-cache"))


# -- pairing by name ---------------------------------------------------------------------


def test_marker_before_extension_pairs_files_in_one_folder(tmp_path):
    write_marked(tmp_path / "in", {k: STORIES[k] for k in ("metro", "rain")})
    write(tmp_path / "in" / "notes.txt", "no language in this name")
    pairing = pair_by_name([str(tmp_path / "in")])
    assert [(p.name, Path(p.source).name, Path(p.target).name) for p in pairing.pairs] == [
        ("metro", "metro.fa.txt", "metro.en.txt"), ("rain", "rain.fa.txt", "rain.en.txt")]
    assert [Path(u.path).name for u in pairing.unpaired] == ["notes.txt"]


def test_language_folders_pair_by_path_below_them(tmp_path):
    write(tmp_path / "c" / "fa" / "2024" / "metro.txt", STORIES["metro"][0])
    write(tmp_path / "c" / "en" / "2024" / "metro.txt", STORIES["metro"][1])
    write(tmp_path / "c" / "fa" / "rain.txt", STORIES["rain"][0])
    write(tmp_path / "c" / "en" / "rain.html", STORIES["rain"][1])
    write(tmp_path / "c" / "fa" / "only-persian.txt", STORIES["books"][0])
    whole = pair_by_name([str(tmp_path / "c")])
    assert [p.name for p in whole.pairs] == ["2024/metro", "rain"]
    assert [(Path(u.path).name, u.reason) for u in whole.unpaired] == [
        ("only-persian.txt", "no English counterpart found")]
    # The language folders given as the inputs themselves pair the same way.
    split = pair_by_name([str(tmp_path / "c" / "fa"), str(tmp_path / "c" / "en")])
    assert split.pairs == whole.pairs


def test_symlinked_folders_are_followed_once_and_link_loops_end(tmp_path):
    write_marked(tmp_path / "elsewhere" / "2024", {"metro": STORIES["metro"]})
    write_marked(tmp_path / "in", {"rain": STORIES["rain"]})
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "linked")
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "linked-again")
    os.symlink(tmp_path / "in", tmp_path / "elsewhere" / "2024" / "back")  # a loop
    pairing = pair_by_name([str(tmp_path / "in")])
    assert [p.name for p in pairing.pairs] == ["linked/2024/metro", "rain"]
    assert pairing.unpaired == []


def test_an_input_that_is_a_link_loop_gets_its_own_message(tmp_path):
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    with pytest.raises(BilinguaError, match="symbolic link that leads nowhere"):
        pair_by_name([str(tmp_path / "a")])


def test_two_files_claiming_one_side_are_not_forced(tmp_path):
    write(tmp_path / "metro.fa.txt", STORIES["metro"][0])
    write(tmp_path / "metro.fa.html", STORIES["metro"][0])
    write(tmp_path / "metro.en.txt", STORIES["metro"][1])
    pairing = pair_by_name([str(tmp_path)])
    assert pairing.pairs == []
    assert sorted(Path(u.path).name for u in pairing.unpaired) == ["metro.en.txt", "metro.fa.html", "metro.fa.txt"]


def test_manifest_paths_are_relative_to_it_and_bad_lines_are_refused(tmp_path):
    write(tmp_path / "a" / "x.txt", STORIES["metro"][0])
    write(tmp_path / "b" / "y.txt", STORIES["metro"][1])
    manifest = write(tmp_path / "pairs.tsv", "source\ttarget\tname\n# a comment\na/x.txt\tb/y.txt\tmetro\n")
    pairing = pair_by_name([str(manifest)])
    assert [(p.name, p.source, p.target) for p in pairing.pairs] == [
        ("metro", str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "y.txt"))]
    write(manifest, "a/x.txt b/y.txt\n")
    with pytest.raises(BilinguaError, match=r"pairs.tsv:1: expected .*, got 1 column\(s\)$"):
        pair_by_name([str(manifest)])
    # a probe's row with its source left empty said "got 2 column(s)"
    write(manifest, "\tb/y.txt\n")
    with pytest.raises(BilinguaError, match=r"pairs.tsv:1: expected .*, got an empty source column$"):
        pair_by_name([str(manifest)])
    # a probe's pair listed twice was compared twice, into one output
    write(manifest, "a/x.txt\tb/y.txt\tmetro\n# again\n./a/x.txt\tb/y.txt\tmetro\n")
    with pytest.raises(BilinguaError, match=r"pairs.tsv:3: the pair of line 1 again$"):
        pair_by_name([str(manifest)])


def test_a_manifest_header_may_follow_comments_and_blank_lines(tmp_path):
    write(tmp_path / "a" / "x.txt", STORIES["metro"][0])
    write(tmp_path / "b" / "y.txt", STORIES["metro"][1])
    manifest = write(tmp_path / "pairs.tsv", "# pairs for the metro story\n\nSource\tTarget\na/x.txt\tb/y.txt\n")
    assert [p.name for p in pair_by_name([str(manifest)]).pairs] == ["x"]


def test_pipes_and_other_special_files_are_listed_never_opened(tmp_path):
    write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    os.mkfifo(tmp_path / "in" / "rain.fa.txt")
    write(tmp_path / "in" / "rain.en.txt", STORIES["rain"][1])
    os.mkfifo(tmp_path / "named.fa.txt")
    pairing = pair_by_name([str(tmp_path / "in"), str(tmp_path / "named.fa.txt")])
    assert [p.name for p in pairing.pairs] == ["metro"]
    assert [(Path(u.path).name, u.reason) for u in pairing.unpaired] == [
        ("rain.en.txt", "no Persian counterpart found"),
        ("rain.fa.txt", "a named pipe, not a regular file: not read"),
        ("named.fa.txt", "a named pipe, not a regular file: not read")]


def test_a_pipe_a_manifest_names_is_listed_never_opened_with_its_partner(tmp_path):
    write(tmp_path / "a" / "x.txt", STORIES["metro"][0])
    write(tmp_path / "b" / "y.txt", STORIES["metro"][1])
    write(tmp_path / "b" / "z.txt", STORIES["rain"][1])
    os.mkfifo(tmp_path / "a" / "pipe.txt")
    manifest = write(tmp_path / "pairs.tsv", "a/x.txt\tb/y.txt\tmetro\na/pipe.txt\tb/z.txt\train\n")
    pairing = pair_by_name([str(manifest)])
    assert [p.name for p in pairing.pairs] == ["metro"]
    assert [(Path(u.path).name, u.reason) for u in pairing.unpaired] == [
        ("pipe.txt", "a named pipe, not a regular file: not read"),
        ("z.txt", f"its partner {tmp_path / 'a' / 'pipe.txt'} is a named pipe, not a regular file")]


def test_an_input_folder_as_the_output_folder_is_refused_before_anything_is_written(tmp_path):
    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    result = run_cli(str(src), "-o", str(src))
    assert result.exit_code == 1
    assert result.output == (f"bilingua: error: {src}: the output folder is one of the inputs; choose another "
                             "output folder (one inside an input folder is fine)\n")
    assert sorted(p.name for p in src.iterdir()) == ["metro.en.txt", "metro.fa.txt"]


def test_output_folder_inside_an_input_is_not_read_as_input(tmp_path):
    write_marked(tmp_path, {"metro": STORIES["metro"]})
    write(tmp_path / "out" / "old.fa.txt", STORIES["rain"][0])
    pairing = pair_by_name([str(tmp_path)], exclude=str(tmp_path / "out"))
    assert [p.name for p in pairing.pairs] == ["metro"] and pairing.unpaired == []


def test_an_earlier_batchs_output_folder_inside_an_input_is_not_read_either(tmp_path):
    write_marked(tmp_path, {"metro": STORIES["metro"]})
    write(tmp_path / "first-run" / ".bilingua-batch.lock", "")
    write(tmp_path / "first-run" / "metro.compare.json", "{}")
    write(tmp_path / "first-run" / "old.fa.txt", STORIES["rain"][0])
    pairing = pair_by_name([str(tmp_path)], exclude=str(tmp_path / "second-run"))
    assert [p.name for p in pairing.pairs] == ["metro"] and pairing.unpaired == []
    # given as an input itself, such a folder is read
    assert [Path(u.path).name for u in pair_by_name([str(tmp_path / "first-run")]).unpaired] == [
        "metro.compare.json", "old.fa.txt"]


# -- output names ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/path", "..", ".hidden", "a/../../b", "con",
                                  "a\\..\\b", "x\x00y", "<script>alert(1)</script>", "", "گزارش ایرنا/خبر",
                                  "--force", "-._-x"])
def test_stems_never_leave_the_output_folder(tmp_path, name):
    stem = safe_stem(name)
    # no leading "-" either: a probe's "--force.align.json" is an option to `rm *`
    assert stem and "/" not in stem and "\\" not in stem and not stem.startswith((".", "-"))
    path = output_path(str(tmp_path), stem + ".compare.json")
    assert os.path.dirname(os.path.abspath(path)) == str(tmp_path)


def test_stems_are_distinct_even_for_names_that_clean_alike():
    names = ["a b", "a_b", "A_B", "a b", "x" * 300, "x" * 301]
    stems = assign_stems(names)
    assert len({s.lower() for s in stems}) == len(names)
    assert all(len(s) <= 80 for s in stems)
    assert stems == assign_stems(names)
    with pytest.raises(BilinguaError):
        output_path("/tmp/out", "../escape.json")


# -- running a batch (the real comparison) -----------------------------------------------


def test_batch_writes_reports_summary_and_index(tmp_path):
    write_marked(tmp_path / "in", {k: STORIES[k] for k in ("metro", "rain")})
    out = tmp_path / "out"
    result = run_cli(str(tmp_path / "in"), "-o", str(out), "--html", "--mode", "coverage")
    assert result.exit_code == 0, result.output
    assert "2 pairs: 2 compared, 0 already done, 0 failed; 0 unpaired files." in result.output
    for stem in ("metro", "rain"):
        report = json.loads((out / f"{stem}.compare.json").read_text(encoding="utf-8"))
        assert report["summary"]["mode"] == "coverage" and report["summary"]["source_sentences"] == 3
        alignment = json.loads((out / f"{stem}.align.json").read_text(encoding="utf-8"))
        assert sorted(i for b in alignment["blocks"] for i in b["source"]) == [0, 1, 2]
        assert (out / f"{stem}.compare.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    records = summary(out)
    assert [(r["name"], r["status"], r["outputs"]["html"]) for r in records] == [
        ("metro", "ok", "metro.compare.html"), ("rain", "ok", "rain.compare.html")]
    assert records[0]["counts"]["coverage"] > 0.5
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="metro.compare.html">metro</a>' in index and '<a href="rain.align.json">' in index
    # totals first, then the finding types in the order the reports list them
    head = re.findall(r"<th>([^<]+)</th>", index)
    assert head[:5] == ["pair", "status", "findings", "coverage", "target_coverage"]
    assert head[5:12] == ["omission", "number_mismatch", "date_mismatch", "untranslated", "name_mismatch",
                          "low_similarity", "addition"]


def test_rerun_skips_done_pairs_and_redoes_changed_or_forced_ones(tmp_path):
    src = write_marked(tmp_path / "in", {k: STORIES[k] for k in ("metro", "rain")})
    out = tmp_path / "out"
    assert run_cli(str(src), "-o", str(out)).exit_code == 0
    first = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.iterdir()}

    again = run_cli(str(src), "-o", str(out))
    assert "0 compared, 2 already done" in again.output
    assert (out / "metro.compare.json").stat().st_mtime_ns == first["metro.compare.json"][0]
    assert (out / "summary.jsonl").read_bytes() == first["summary.jsonl"][1]

    later = first["rain.pair.json"][0] / 1e9 + 5
    os.utime(src / "rain.en.txt", (later, later))
    changed = run_cli(str(src), "-o", str(out))
    assert "1 compared, 1 already done" in changed.output
    assert (out / "metro.compare.json").stat().st_mtime_ns == first["metro.compare.json"][0]
    assert (out / "rain.compare.json").stat().st_mtime_ns != first["rain.compare.json"][0]

    forced = run_cli(str(src), "-o", str(out), "--force")
    assert "2 compared, 0 already done" in forced.output
    # Same input, same output, byte for byte.
    for name in ("metro.compare.json", "metro.align.json", "summary.jsonl", "index.html"):
        assert (out / name).read_bytes() == first[name][1]


def test_an_output_damaged_since_is_not_taken_for_done(tmp_path):
    # a black-box probe emptied one pair's alignment and truncated another's report
    src = write_marked(tmp_path / "in", {k: STORIES[k] for k in ("metro", "rain")})
    out = tmp_path / "out"
    assert run_cli(str(src), "-o", str(out)).exit_code == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "metro.align.json").write_text("{}")
    (out / "rain.compare.json").write_bytes(first["rain.compare.json"][:50])
    again = run_cli(str(src), "-o", str(out))
    assert "2 compared, 0 already done" in again.output
    for name in ("metro.align.json", "rain.compare.json", "summary.jsonl"):
        assert (out / name).read_bytes() == first[name]
    # the record vouches for its outputs by checksum; the summary holds no checksums
    assert set(json.loads(first["metro.pair.json"])["sha256"]) == {"compare", "alignment"}
    assert all("sha256" not in line for line in summary(out))


def test_a_different_mode_is_not_taken_for_done(tmp_path):
    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    assert run_cli(str(src), "-o", str(tmp_path / "out")).exit_code == 0
    result = run_cli(str(src), "-o", str(tmp_path / "out"), "--mode", "coverage")
    assert "1 pair: 1 compared, 0 already done" in result.output
    assert summary(tmp_path / "out")[0]["counts"]["mode"] == "coverage"


def test_bad_inputs_fail_alone_with_their_reasons(tmp_path, monkeypatch):
    monkeypatch.setenv("BILINGUA_MAX_BYTES", "4000")
    src = tmp_path / "in"
    write_marked(src, {"metro": STORIES["metro"]})
    write(src / "empty.fa.txt", " \n\n")
    write(src / "empty.en.txt", STORIES["rain"][1])
    write(src / "binary.fa.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    write(src / "binary.en.txt", STORIES["rain"][1])
    write(src / "garbled.fa.txt", bytes(range(0x80, 0x100)) * 4)
    write(src / "garbled.en.txt", STORIES["rain"][1])
    write(src / "english.fa.txt", STORIES["books"][1])
    write(src / "english.en.txt", STORIES["football"][1])
    write(src / "utf16.fa.txt", STORIES["rain"][0].encode("utf-16-le"))  # no byte-order mark
    write(src / "utf16.en.txt", STORIES["rain"][1])
    write(src / "huge.fa.txt", STORIES["books"][0] * 20)
    write(src / "huge.en.txt", STORIES["books"][1])
    out = tmp_path / "out"
    result = run_cli(str(src), "-o", str(out))
    assert result.exit_code == 1
    assert "7 pairs: 1 compared, 0 already done, 6 failed" in result.output
    reasons = {r["name"]: r.get("reason", r["status"]) for r in summary(out)}
    assert reasons == {"binary": "binary", "empty": "empty", "english": "same_language", "garbled": "undecodable",
                       "huge": "too_large", "metro": "ok", "utf16": "undecodable"}
    same = next(r["error"] for r in summary(out) if r["name"] == "english")
    assert "needs two languages" in same and "english.fa.txt" in same and "--allow" not in same
    assert (out / "metro.compare.json").exists() and not (out / "empty.compare.json").exists()
    assert "failed: huge: " in result.output and "too large" in result.output


def test_a_pair_that_fails_later_keeps_none_of_its_earlier_outputs(tmp_path):
    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    out = tmp_path / "out"
    assert run_cli(str(src), "-o", str(out), "--html").exit_code == 0
    write(src / "metro.fa.txt", "")
    result = run_cli(str(src), "-o", str(out), "--html")
    assert result.exit_code == 1 and "1 pair: 0 compared, 0 already done, 1 failed" in result.output
    assert sorted(p.name for p in out.iterdir()) == [".bilingua-batch.lock", "index.html", "summary.jsonl"]


def test_a_pair_done_again_without_html_loses_its_earlier_html_report(tmp_path):
    # a probe: the report.html of an --html run stayed beside the newer JSON of a run without it
    src = write_marked(tmp_path / "in", {"metro": STORIES["metro"]})
    out = tmp_path / "out"
    assert run_cli(str(src), "-o", str(out), "--html").exit_code == 0
    assert (out / "metro.compare.html").exists()
    assert run_cli(str(src), "-o", str(out)).exit_code == 0  # done already: its report is the inputs' still
    assert (out / "metro.compare.html").exists()
    assert run_cli(str(src), "-o", str(out), "--force").exit_code == 0
    assert not (out / "metro.compare.html").exists() and (out / "metro.compare.json").exists()


def test_manifest_names_and_html_in_names_stay_inside_and_escaped(tmp_path):
    write(tmp_path / "a.txt", STORIES["metro"][0])
    write(tmp_path / "b.txt", STORIES["metro"][1])
    evil = ["../../escaped", "/tmp/absolute", '"><img src=x onerror=alert(1)>']
    manifest = write(tmp_path / "m.tsv", "".join(f"a.txt\tb.txt\t{name}\n" for name in evil))
    out = tmp_path / "deep" / "out"
    before = {p for p in tmp_path.rglob("*")}
    result = run_cli(str(manifest), "-o", str(out))
    assert result.exit_code == 0, result.output
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(out in p.parents or p == out for p in created if p != out.parent)
    assert not (tmp_path.parent / "escaped.compare.json").exists()
    assert not Path("/tmp/absolute.compare.json").exists()
    assert len(list(out.glob("*.compare.json"))) == 3
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<img" not in index and "&lt;img src=x onerror=alert(1)&gt;" in index


def test_two_workers_give_the_same_outputs_as_one(tmp_path):
    src = write_marked(tmp_path / "in", {k: STORIES[k] for k in ("metro", "rain")})
    assert run_cli(str(src), "-o", str(tmp_path / "one")).exit_code == 0
    result = run_cli(str(src), "-o", str(tmp_path / "two"), "--workers", "2")
    assert result.exit_code == 0, result.output
    for name in ("summary.jsonl", "metro.compare.json", "rain.align.json", "index.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_pairing_by_content_matches_articles_and_leaves_strays_unpaired(tmp_path):
    fa, en = tmp_path / "persian", tmp_path / "english"
    for name, story in (("a", "metro"), ("b", "rain"), ("c", "football"), ("d", "books")):
        write(fa / f"{name}.txt", STORIES[story][0])
    for name, story in (("x", "rain"), ("y", "football"), ("z", "metro")):
        write(en / f"{name}.txt", STORIES[story][1])
    write(en / "w.txt", "Whisk two eggs with a cup of milk and a pinch of salt. Pour the mixture into a hot "
                        "pan and stir gently. Serve the omelette warm with fresh bread.\n")
    write(fa / "e.txt", "")
    out = tmp_path / "out"
    result = run_cli(str(fa), str(en), "-o", str(out), "--pair-by", "content")
    records = summary(out)
    pairs = {r["name"]: Path(r["target"]).name for r in records if r["status"] == "ok"}
    assert pairs == {"a": "z.txt", "b": "x.txt", "c": "y.txt"}
    assert sorted(Path(r["path"]).name for r in records if r["status"] == "unpaired") == ["d.txt", "w.txt"]
    # A file that cannot be read is a failure of the batch, not just a stray.
    assert [(Path(r["path"]).name, r["reason"]) for r in records if r["status"] == "failed"] == [("e.txt", "empty")]
    assert result.exit_code == 1


def test_pairing_by_content_finding_no_pair_says_why_not_to_try_content(tmp_path):
    # a probe's "no pairs … see also --pair-by content", with --pair-by content in use
    write(tmp_path / "in" / "a.txt", STORIES["metro"][0])
    write(tmp_path / "in" / "b.txt", STORIES["rain"][0])
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                       "--pair-by", "content"])
    assert result.exit_code == 1 and "no Persian–English pairs" in result.output
    assert "--pair-by content" not in result.output and "no English article" in result.output


def test_pairing_by_content_checks_a_given_embedders_vectors(tmp_path):
    import numpy as np

    from bilingua.batch import pair_by_content

    class OneRow:
        def embed(self, texts):
            return np.ones((1, 4), np.float32)

    write_marked(tmp_path, {"metro": STORIES["metro"]})
    with pytest.raises(BilinguaError, match=r"the embedder returned an array of shape \(1, 4\) \(float32\) for 3 "):
        pair_by_content([str(tmp_path)], embedder=OneRow())


def test_content_matches_must_beat_every_rival_and_the_floor():
    import numpy as np

    from bilingua.batch.content import match

    scores = np.array([[0.90, 0.60, 0.60],
                       [0.60, 0.86, 0.855],
                       [0.60, 0.855, 0.70]])
    # Rows 1 and 2 both want column 1: the best assignment crosses them, but neither
    # match clears its rival by the margin, so only row 0 is paired.
    assert match(scores) == [(0, 0)]
    assert match(np.array([[0.90]])) == [(0, 0)]
    assert match(np.array([[0.80]])) == []


def test_a_second_batch_on_the_same_folder_is_refused(tmp_path):
    from bilingua.batch.outputs import claimed

    with claimed(str(tmp_path / "out")):
        with pytest.raises(BilinguaError, match="another batch"):
            with claimed(str(tmp_path / "out")):
                pass


@pytest.mark.parametrize("output_name", ["index.html", "metro.compare.html", "summary.jsonl"])
def test_outputs_never_replace_an_input_named_by_a_manifest(tmp_path, output_name):
    source = write(tmp_path / "out" / output_name, STORIES["metro"][0])
    write(tmp_path / "metro.en.txt", STORIES["metro"][1])
    manifest = write(tmp_path / "pairs.tsv", f"out/{output_name}\tmetro.en.txt\tmetro\n")
    result = CliRunner().invoke(main, ["batch", str(manifest), "-o", str(tmp_path / "out"), "--html"])
    assert result.exit_code == 1
    assert "refusing to overwrite an input file" in result.output
    assert source.read_text(encoding="utf-8") == STORIES["metro"][0]
    assert os.listdir(tmp_path / "out") == [output_name]
