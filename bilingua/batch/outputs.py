"""What a batch leaves in OUTPUT_DIR, and how a later run knows a pair is done.

Per pair, with ``stem`` from :mod:`.naming`: ``stem.compare.json``, ``stem.align.json``,
``stem.compare.html`` (with ``--html``) and, written last, ``stem.pair.json``: the pair's
summary record. All are written atomically, so after a crash each file is either whole
or absent, and a record on disk means every output listed in it was written before it.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from contextlib import contextmanager, suppress
from pathlib import Path

from ..errors import BilinguaError
from ..output import atomic_write_text
from .naming import output_path
from .pairing import OUTPUT_MARKER
from .work import PairResult, PairTask

SUFFIXES = {"compare": ".compare.json", "alignment": ".align.json", "html": ".compare.html"}
RECORD_SUFFIX = ".pair.json"
#: The key under which a pair's record file holds the SHA-256 of each output it vouches for
#: (in the record file only, not in the summary).
DIGESTS = "sha256"
SUMMARY = "summary.jsonl"
INDEX = "index.html"


@contextmanager
def claimed(out_dir: str):
    """Create OUTPUT_DIR and hold it for this run: a second batch writing to the same
    folder is refused, and temporary files a killed run left behind are removed."""
    import fcntl

    try:
        os.makedirs(out_dir, exist_ok=True)
        lock = open(os.path.join(out_dir, OUTPUT_MARKER), "a")
    except OSError as e:
        raise BilinguaError(f"{out_dir}: cannot use as the output folder ({e.strerror or e})") from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BilinguaError(f"{out_dir}: another batch is writing to this folder") from None
        for leftover in glob.glob(os.path.join(glob.escape(out_dir), ".bilingua-*.tmp")):
            os.unlink(leftover)
        yield


def refuse_to_overwrite_inputs(tasks: list[PairTask], inputs: list[str], out_dir: str) -> None:
    """Stop before anything is written when an output of the batch would replace one of
    its input files (a manifest may name files inside OUTPUT_DIR, such as index.html).
    Every output name of a pair counts, asked for or not: a failed pair's are removed."""
    planned = [os.path.join(out_dir, name) for name in (SUMMARY, INDEX, OUTPUT_MARKER)]
    for task in tasks:
        planned += [output_path(out_dir, task.stem + suffix) for suffix in (RECORD_SUFFIX, *SUFFIXES.values())]
    taken = {os.path.realpath(p): p for p in planned}
    for path in inputs:
        if os.path.realpath(path) in taken:
            raise BilinguaError(f"{path}: refusing to overwrite an input file with the batch output "
                                f"{taken[os.path.realpath(path)]} (choose another output folder)")


def expected_kinds(task: PairTask) -> list[str]:
    return ["compare", "alignment"] + (["html"] if task.html else [])


def completed_record(task: PairTask, out_dir: str) -> dict | None:
    """The record of an earlier run if it did this very job and its outputs are complete
    (each as the record's checksum says it was written: one truncated or edited since is
    not) and newer than both inputs; otherwise ``None`` (the pair is to be done)."""
    record_path = output_path(out_dir, task.stem + RECORD_SUFFIX)
    try:
        with open(record_path, encoding="utf-8") as f:
            record = json.load(f)
        newest_input = max(os.stat(p).st_mtime_ns for p in (task.source, task.target))
        outputs, digests = record["outputs"], record.pop(DIGESTS)
        files = {k: output_path(out_dir, outputs[k]) for k in expected_kinds(task)}
        oldest_output = min(os.stat(p).st_mtime_ns for p in [record_path, *files.values()])
        intact = all(_digest(Path(path).read_bytes()) == digests[k] for k, path in files.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    same_job = (record.get("status") == "ok" and record.get("mode") == task.mode
                and record.get("source") == task.source and record.get("target") == task.target)
    return record if same_job and intact and oldest_output >= newest_input else None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pair_record(task: PairTask, result: PairResult) -> dict:
    record = {"name": task.name, "source": task.source, "target": task.target, "mode": task.mode}
    if result.ok:
        record.update(status="ok", counts=result.counts,
                      outputs={kind: task.stem + SUFFIXES[kind] for kind in result.files})
    else:
        record.update(status="failed", reason=result.reason, error=result.error)
    return record


def save_result(task: PairTask, result: PairResult, out_dir: str) -> dict:
    """Write a finished pair's outputs, then its record (last, so it vouches for them).
    A failed pair loses its record and the outputs an earlier run left, so none of them
    passes for its report and it is tried again next time; a pair done again loses the
    earlier run's outputs it does not write (a probe's report.html from an --html run
    stayed beside the newer JSON of a run without it)."""
    record = pair_record(task, result)
    record_path = output_path(out_dir, task.stem + RECORD_SUFFIX)
    stale = [RECORD_SUFFIX, *SUFFIXES.values()] if not result.ok else \
        [suffix for kind, suffix in SUFFIXES.items() if kind not in result.files]
    for suffix in stale:
        with suppress(FileNotFoundError):
            os.unlink(output_path(out_dir, task.stem + suffix))
    if not result.ok:
        return record
    for kind, text in result.files.items():
        atomic_write_text(output_path(out_dir, task.stem + SUFFIXES[kind]), text)
    digests = {kind: _digest(text.encode("utf-8")) for kind, text in result.files.items()}
    atomic_write_text(record_path, to_json_line({**record, DIGESTS: digests}))
    return record


def to_json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
