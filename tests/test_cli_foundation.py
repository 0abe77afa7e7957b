import json
import subprocess
import sys

import pytest

from click.testing import CliRunner

from bilingua import __version__
from bilingua.cli import main

FA = "عنوان خبر\n\nوزیر خارجه روز دوشنبه به مسکو رفت. او با لاوروف دیدار کرد.\n"
EN = "Iran and Russia hold talks\n\nThe minister arrived in Moscow on Monday. He met Lavrov.\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_detect_json_from_stdin():
    result = run("detect", "-", "--format", "json", input=FA)
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert [r["lang"] for r in records] == ["fa", "fa", "fa"]
    for r in records:
        assert FA[r["start"]:r["end"]] == r["text"]
        assert 0 < r["confidence"] <= 1


def test_detect_by_paragraph_and_document(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text(EN, encoding="utf-8")
    paragraphs = json.loads(run("detect", str(path), "--by", "paragraph", "--format", "json").output)
    assert [p["paragraph"] for p in paragraphs] == [0, 1]
    document = json.loads(run("detect", str(path), "--by", "document", "--format", "json").output)
    assert len(document) == 1 and document[0]["lang"] == "en"
    assert document[0]["start"] == 0 and document[0]["end"] == len(EN)


def test_split_json_and_tsv(tmp_path):
    path = tmp_path / "fa.txt"
    path.write_text(FA, encoding="utf-8")
    records = json.loads(run("split", str(path), "--format", "json").output)
    assert [r["text"] for r in records] == ["عنوان خبر", "وزیر خارجه روز دوشنبه به مسکو رفت.", "او با لاوروف دیدار کرد."]
    assert [r["paragraph"] for r in records] == [0, 1, 1]
    tsv = run("split", str(path), "--format", "tsv").output.splitlines()
    assert tsv[0].split("\t") == ["start", "end", "paragraph", "text"]
    assert len(tsv) == 4


def test_tsv_cells_hold_no_control_characters(tmp_path):
    # a probe's escape sequence and bell reached the terminal through the align TSV
    path = tmp_path / "en.txt"
    rest = " The talks went on for many hours and ended late in the evening without any agreement." * 4
    path.write_text("The \x1b[31mred\x1b[0m minister rang a bell\x07 today." + rest + "\n", encoding="utf-8")
    tsv = run("split", str(path), "--format", "tsv").output
    assert "\x1b" not in tsv and "\x07" not in tsv
    assert tsv.splitlines()[1].split("\t")[3] == "The \ufffd[31mred\ufffd[0m minister rang a bell\ufffd today."


def test_normalize_prints_only_the_text(tmp_path):
    path = tmp_path / "fa.txt"
    path.write_bytes("كتاب هاي او\n".encode("utf-8"))
    result = run("normalize", str(path))
    assert result.exit_code == 0
    assert result.output == "کتاب‌های او\n"
    assert path.read_bytes() == "كتاب هاي او\n".encode("utf-8")  # the input is untouched


def test_normalize_reads_html_and_docx_like_the_other_commands(tmp_path):
    import docx

    page = tmp_path / "page.html"
    page.write_text('<html><head><meta charset="utf-8"><title>t</title></head><body><article>'
                    '<p>كتاب هاي او در كتابخانه است.</p></article></body></html>', encoding="utf-8")
    word = docx.Document()
    word.add_paragraph("كتاب هاي او در كتابخانه است.")
    word.save(tmp_path / "note.docx")
    for path in (page, tmp_path / "note.docx"):
        result = run("normalize", str(path))
        assert result.exit_code == 0, result.output
        assert "کتاب‌های او در کتابخانه است." in result.output and "<" not in result.output


def test_an_empty_input_is_refused_by_every_command(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\n", encoding="utf-8")
    other = tmp_path / "en.txt"
    other.write_text(EN, encoding="utf-8")
    for args in (["normalize"], ["detect"], ["split"], ["clean"], ["align", "--source-lang", "fa"], ["compare"]):
        result = run(*args, str(empty), *([str(other)] if args[0] in ("align", "compare") else []))
        assert result.exit_code == 1, args
        assert result.output.strip().endswith("input is empty (no text to work on)"), args


@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_an_empty_file_gets_the_same_message_whatever_its_kind(tmp_path, suffix):
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"\n")
    result = run("split", str(empty))
    assert result.exit_code == 1
    assert result.output.startswith("bilingua: error: ") and result.output.count("\n") == 1
    assert result.output.strip().endswith(f"empty{suffix}: input is empty (no text to work on)")


def test_output_file_is_written_and_input_protected(tmp_path):
    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    out = tmp_path / "out.json"
    assert run("split", str(src), "--format", "json", "-o", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))[0]["text"] == "عنوان خبر"
    result = run("normalize", str(src), "-o", str(src))
    assert result.exit_code == 1
    assert src.read_text(encoding="utf-8") == FA


def test_output_through_a_link_keeps_the_link_and_a_pipe_is_written_into(tmp_path):
    import os
    import threading

    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    (tmp_path / "real.txt").write_text("old", encoding="utf-8")
    os.symlink("real.txt", tmp_path / "link.txt")
    assert run("split", str(src), "-o", str(tmp_path / "link.txt")).exit_code == 0
    assert (tmp_path / "link.txt").is_symlink() and "عنوان خبر" in (tmp_path / "real.txt").read_text(encoding="utf-8")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    assert run("split", str(src), "-o", str(fifo)).exit_code == 0
    reader.join(timeout=10)
    assert "عنوان خبر" in received[0] and fifo.is_fifo()


def test_bad_input_is_one_line_and_exit_1(tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    for args in (["detect", str(binary)], ["split", str(tmp_path / "missing.txt")], ["detect", "-"]):
        result = CliRunner().invoke(main, args, input="")
        assert result.exit_code == 1, args
        assert result.output.startswith("bilingua: error: ")
        assert result.output.count("\n") == 1
        assert "Traceback" not in result.output


def test_usage_error_is_exit_2():
    assert run("detect", "--by", "word", "x").exit_code == 1


def test_deterministic_output():
    first = run("detect", "-", "--format", "json", input=EN + FA).output
    assert all(run("detect", "-", "--format", "json", input=EN + FA).output == first for _ in range(3))


def test_real_process_help_and_detect_do_not_import_torch(tmp_path):
    path = tmp_path / "fa.txt"
    path.write_text(FA, encoding="utf-8")
    code = (
        "import sys\n"
        "from bilingua.cli import main\n"
        "try:\n"
        f"    main(['detect', {str(path)!r}, '--format', 'json'])\n"
        "except SystemExit as e:\n"
        "    assert e.code in (0, None), e.code\n"
        "heavy = [m for m in ('torch', 'transformers', 'hazm') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stderr
    assert json.loads(proc.stdout)[0]["lang"] == "fa"


def test_console_script_runs(tmp_path):
    exe = [sys.executable, "-m", "bilingua"]
    proc = subprocess.run(exe + ["--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    assert "detect" in proc.stdout and "normalize" in proc.stdout


def test_output_files_get_the_usual_permissions(tmp_path):
    import os

    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    out = tmp_path / "out.tsv"
    old = os.umask(0o022)
    try:
        assert run("split", str(src), "-o", str(out)).exit_code == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".bilingua-")]
    # a file replaced keeps its mode: a private output stays private (a probe's 0600 became 0644)
    out.chmod(0o600)
    assert run("split", str(src), "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o600


def test_bad_paths_and_values_are_one_line_errors(tmp_path):
    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    for args, code, says in ((["split", str(tmp_path)], 1, "is a directory"),
                             (["align-eval", str(tmp_path / "p.path"), str(tmp_path / "g.path")], 1, "cannot read"),
                             (["align", "-", "-"], 1, "cannot both be read from standard input"),
                             (["batch", str(tmp_path / "nothing"), "-o", str(tmp_path / "out")], 1, "no such file"),
                             (["batch", str(tmp_path), "-o", str(tmp_path / "out")], 1, "no Persian–English pairs"),
                             (["align", str(src), str(src), "--source-lang", "x<y"], 1, "not a language code")):
        result = run(*args, input="")
        assert result.exit_code == code and says in result.output, (args, result.output)
        if code == 1:
            assert result.output.count("\n") == 1 and result.output.startswith("bilingua: error: ")


def test_table_format_to_a_file_is_the_table_as_text(tmp_path):
    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    out = tmp_path / "table.txt"
    assert run("split", str(src), "--format", "table", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "┃" in text and "عنوان خبر" in text and "\x1b" not in text  # box drawing, no colour codes


@pytest.mark.parametrize("command", ["split", "clean"])
def test_a_table_shows_markup_and_control_characters_of_the_text_as_text(tmp_path, command):
    # a probe: "[/]" in a sentence made rich raise (a traceback), and a document's ESC
    # sequences reached the terminal (ESC[8m hid "40 percent")
    line = ("The index [/] rose [bold]sharply[/bold] in Tehran this week as traders bought "
            "\x1b[8m40 percent\x1b[0m more shares than usual, officials said.\n")
    src = tmp_path / "en.txt"
    src.write_text(line + line.replace("\x1b", "") * 4, encoding="utf-8")  # a few control characters are no binary
    out = tmp_path / "table.txt"
    result = run(command, str(src), "--format", "table", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = " ".join(out.read_text(encoding="utf-8").replace("│", " ").split())
    assert "[/] rose [bold]sharply[/bold]" in text and "\x1b" not in text and "\ufffd[8m40 percent" in text


def test_a_sentence_wrapped_in_a_crlf_file_shows_its_line_break_in_a_table(tmp_path):
    src = tmp_path / "en.txt"
    src.write_bytes(b"The minister said that the talks\r\nwould resume next week. Nobody objected.\r\n")
    out = tmp_path / "table.txt"
    assert run("split", str(src), "--format", "table", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "\ufffd" not in text and "\r" not in text and "would resume next week." in text


def test_a_folder_as_output_file_and_a_file_as_output_folder_are_one_line_errors(tmp_path):
    src = tmp_path / "in" / "story.fa.txt"
    src.parent.mkdir()
    src.write_text(FA, encoding="utf-8")
    (tmp_path / "in" / "story.en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "a-file").write_text("keep", encoding="utf-8")
    for args, says in ((["split", str(src), "-o", str(tmp_path)], "is a folder, not a file to write"),
                       # a path ending in / names a folder, existing or not: no file called "new"
                       (["split", str(src), "-o", str(tmp_path / "new") + "/"], "names a folder, not a file"),
                       (["batch", str(tmp_path / "in"), "-o", str(tmp_path / "a-file")], "cannot use as the output folder")):
        result = run(*args)
        assert result.exit_code == 1 and says in result.output, (args, result.output)
        assert result.output.count("\n") == 1 and result.output.startswith("bilingua: error: ")
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "keep"
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize("fmt", ["tsv", "table", "json"])
def test_a_console_that_cannot_show_persian_gets_one_line_and_no_part_of_the_output(tmp_path, fmt):
    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    result = CliRunner(charset="latin-1").invoke(main, ["split", str(src), "--format", fmt])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "cannot hold this text" in result.stderr


def test_language_options_take_any_case_and_refuse_unknown_codes(tmp_path):
    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    dst = tmp_path / "en.txt"
    dst.write_text(EN, encoding="utf-8")
    result = run("align", str(src), str(dst), "--source-lang", "FA", "--target-lang", "En", "--format", "json")
    assert result.exit_code == 0, result.output
    aligned = json.loads(result.output)
    assert (aligned["source"]["lang"], aligned["target"]["lang"]) == ("fa", "en")
    result = run("align", str(src), str(dst), "--source-lang", "xx")
    assert result.exit_code == 1 and "'xx' is not a language code bilingua knows" in result.output


@pytest.mark.parametrize("args, message", [
    (("compare", "only-one.txt"), "Missing argument 'TARGET'"),
    (("compare", "a.txt", "b.txt", "--mode", "both"), "Invalid value for '--mode'"),
    (("align", "a.txt", "b.txt", "--max-block", "0"), "Invalid value for '--max-block'"),
    (("compare", "a.txt", "b.txt", "--max-block", "50"), "50 is not in the range 1<=x<=12"),
    (("compare", "a.txt", "b.txt", "--colour"), "--colour"),
    (("comapre",), "No such command 'comapre'"),
])
def test_usage_errors_are_one_line_and_exit_code_1(args, message):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("bilingua: error: ") and message in result.stderr


def test_output_to_the_own_stdout_or_a_pipe_path_is_written_into_not_replaced(tmp_path):
    import os

    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    split = [sys.executable, "-m", "bilingua", "split", str(src), "--format", "json", "-o"]
    piped = subprocess.run(split + ["/dev/stdout"], capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout)[0]["text"] == "عنوان خبر"
    log = tmp_path / "app.txt"
    log.write_text("earlier line\n", encoding="utf-8")
    with open(log, "a", encoding="utf-8") as appended:  # `-o /dev/stdout >> app.txt`
        assert subprocess.run(split + ["/dev/stdout"], stdout=appended, timeout=120).returncode == 0
    assert log.read_text(encoding="utf-8").startswith("earlier line\n[")
    read_end, write_end = os.pipe()  # `-o >(cmd)`: a pipe named /dev/fd/N
    with open(read_end, encoding="utf-8") as received:
        done = subprocess.run(split + [f"/dev/fd/{write_end}"], pass_fds=(write_end,), timeout=120)
        os.close(write_end)
        assert done.returncode == 0 and "عنوان خبر" in received.read()


def test_an_empty_output_path_is_named_as_such(tmp_path):
    src = tmp_path / "in" / "story.fa.txt"
    src.parent.mkdir()
    src.write_text(FA, encoding="utf-8")
    (tmp_path / "in" / "story.en.txt").write_text(EN, encoding="utf-8")
    for args in (["split", str(src), "-o", ""], ["batch", str(tmp_path / "in"), "-o", ""]):
        result = run(*args)
        assert result.exit_code == 1, result.output
        assert result.output.startswith("bilingua: error: an empty output path: name ") and result.output.count("\n") == 1


def test_a_write_that_fails_midway_is_a_one_line_error_and_keeps_the_old_output(tmp_path, monkeypatch):
    # a probe's full disk and file size limit gave a traceback (OSError from write)
    import errno
    import os

    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    out = tmp_path / "out.tsv"
    out.write_text("old\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = run("split", str(src), "--format", "tsv", "-o", str(out))
    assert result.exit_code == 1
    assert result.output == f"bilingua: error: {out}: cannot write output (No space left on device); nothing was changed\n"
    assert out.read_text(encoding="utf-8") == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["fa.txt", "out.tsv"]


def test_closed_standard_streams_are_one_line_errors(tmp_path, monkeypatch):
    # a probe's `bilingua split - <&-` and `>&-`: Python sets sys.stdin / sys.stdout to None
    from bilingua.errors import BilinguaError
    from bilingua.output import write_output
    from bilingua.read import read_bytes

    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(BilinguaError, match="standard input is closed"):
        read_bytes("-")
    monkeypatch.setattr(sys, "stdout", None)
    with pytest.raises(BilinguaError, match="standard output is closed"):
        write_output("text\n")


def test_an_output_files_format_comes_from_its_extension_never_from_the_terminal(tmp_path):
    # a probe: without --format, `-o out` held a table when run on a terminal and TSV from cron
    src = tmp_path / "fa.txt"
    src.write_text(FA, encoding="utf-8")
    written = {}
    for name in ("out.json", "out.txt", "out.html"):  # split has no html: TSV
        assert run("split", str(src), "-o", str(tmp_path / name)).exit_code == 0
        written[name] = (tmp_path / name).read_text(encoding="utf-8")
    assert json.loads(written["out.json"])[0]["text"]
    assert written["out.txt"].startswith("start\tend\tparagraph\ttext\n") and written["out.html"] == written["out.txt"]


@pytest.mark.parametrize("args", [["--bogus"], ["-V"], ["nosuch"]])
def test_the_groups_own_usage_errors_are_one_line_with_exit_code_1(args):
    # a probe: `bilingua --bogus` exited 2 with click's four-line usage block
    result = CliRunner().invoke(main, args, prog_name="bilingua")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and result.output.startswith("bilingua: error: ")
    assert result.output.endswith("(see 'bilingua --help')\n")


def test_an_option_missing_its_value_points_to_its_commands_help(tmp_path):
    # a probe's `bilingua split fa.txt -o` pointed to `bilingua --help`
    result = CliRunner().invoke(main, ["split", "fa.txt", "-o"], prog_name="bilingua")
    assert result.exit_code == 1
    assert result.output == "bilingua: error: Option '-o' requires an argument. (see 'bilingua split --help')\n"


@pytest.mark.parametrize("args", [[], ["models"]])
def test_a_group_called_with_nothing_to_do_prints_its_help(args):
    # `bilingua models` squeezed its whole help into one error line
    result = CliRunner().invoke(main, args, prog_name="bilingua")
    assert result.exit_code == 1
    assert result.output.startswith(f"Usage: {' '.join(['bilingua', *args])} [OPTIONS] COMMAND") and "Commands:" in result.output


def test_an_error_naming_a_file_with_a_newline_stays_on_one_line(tmp_path):
    result = run("split", str(tmp_path / "missing\nfile.txt"))
    assert result.exit_code == 1
    assert result.output == f"bilingua: error: {tmp_path}/missing\\nfile.txt: cannot read file (No such file or directory)\n"


@pytest.mark.parametrize("args", [[], ["models"]])
def test_a_groups_help_lists_its_commands_without_cutting_their_descriptions(args):
    # Click cut each first docstring sentence at the terminal's width ('…with those of...')
    result = CliRunner().invoke(main, [*args, "--help"], prog_name="bilingua", terminal_width=80)
    commands = result.output.split("Commands:\n", 1)[1].splitlines()
    assert len(commands) >= 5
    assert not [line for line in commands if line.endswith("...")]
