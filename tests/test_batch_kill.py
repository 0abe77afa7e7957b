"""kill -9 in the middle of a batch: no half-written output, and the re-run finishes the
rest without redoing what was done."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from bilingua.cli import main
from test_batch import STORIES, embedding_cache, write  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parent.parent
PAIRS = 6


def write_numbered_pairs(folder: Path) -> None:
    """PAIRS distinct pairs: each story set plus a sentence naming the pair's number."""
    stories = list(STORIES.values())
    for n in range(PAIRS):
        fa, en = stories[n % len(stories)]
        write(folder / f"item{n:02d}.fa.txt", f"{fa}\nاین گزارش شماره {n} از مجموعه خبرهای امروز است.\n")
        write(folder / f"item{n:02d}.en.txt", f"{en}\nThis is report number {n} of today's news items.\n")


def test_kill_9_leaves_no_partial_output_and_rerun_finishes_the_rest(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    write_numbered_pairs(src)
    child = subprocess.Popen([sys.executable, "-m", "bilingua", "batch", str(src), "-o", str(out)],
                             cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(out.glob("*.pair.json")) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    done = {p.name: p.stat().st_mtime_ns for p in out.glob("*.pair.json")}
    assert 0 < len(done) < PAIRS, "the kill should land mid-run"
    assert not (out / "summary.jsonl").exists()
    # Every visible file is whole, and every record vouches only for whole outputs.
    for path in out.iterdir():
        if not path.name.startswith("."):
            json.loads(path.read_text(encoding="utf-8"))
    for record in done:
        for name in json.loads((out / record).read_text(encoding="utf-8"))["outputs"].values():
            assert json.loads((out / name).read_text(encoding="utf-8"))

    result = CliRunner().invoke(main, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{PAIRS} pairs: {PAIRS - len(done)} compared, {len(done)} already done, 0 failed" in result.output
    assert all((out / name).stat().st_mtime_ns == mtime for name, mtime in done.items())
    assert not list(out.glob(".bilingua-*.tmp"))
    assert len(list(out.glob("*.compare.json"))) == PAIRS
