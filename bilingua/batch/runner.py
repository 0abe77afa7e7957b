"""Running a batch: skip what is done, compute the rest in parallel, write as results
arrive, and finish with the summary (JSON Lines) and ``index.html``.

Three ways to run the pairs, all yielding :class:`PairResult` objects as they finish:
in this process (one worker), in a pool of worker processes on this machine, or on a
Dask cluster (:mod:`.cluster`). Workers never write: this process does, atomically.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..output import atomic_write_text
from .naming import assign_stems
from .outputs import (INDEX, SUMMARY, claimed, completed_record, refuse_to_overwrite_inputs, save_result,
                      to_json_line)
from .pairing import Pairing, Unpaired
from .work import PairResult, PairTask, failure_reason, init_worker, run_pair


@dataclass
class BatchReport:
    """``records``: one summary record per pair, then one per file left unpaired (status
    ``unpaired``, or ``failed`` where it could not be read). ``results``: the pairs
    computed in this run, with their timings."""

    records: list[dict]
    skipped: int
    results: list[PairResult] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(r["status"] == "failed" for r in self.records)

    @property
    def done(self) -> int:
        return sum(r["status"] == "ok" for r in self.records)

    @property
    def unpaired(self) -> int:
        return sum(r["status"] == "unpaired" for r in self.records)


class InProcess:
    """One worker: the pairs run here, one after another, with models loaded once."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def results(self, tasks: Iterable[PairTask]) -> Iterator[PairResult]:
        for task in tasks:
            yield run_pair(task)


class ProcessPool:
    """N worker processes on this machine, each loading the models once (initializer).
    At most a few pairs per worker are queued, so memory stays flat on huge batches."""

    def __init__(self, workers: int):
        import multiprocessing

        self.workers = workers
        threads = max(1, len(os.sched_getaffinity(0)) // workers)
        # spawn, not fork: a forked copy of a process that already runs torch threads
        # can deadlock.
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=init_worker, initargs=(threads,))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.pool.shutdown(wait=True, cancel_futures=True)
        return False

    def results(self, tasks: Iterable[PairTask]) -> Iterator[PairResult]:
        queue = iter(tasks)
        running: dict = {}
        broken = False
        while True:
            while not broken and len(running) < 2 * self.workers:
                task = next(queue, None)
                if task is None:
                    break
                try:
                    running[self.pool.submit(run_pair, task)] = task
                except BrokenProcessPool:
                    yield _worker_died(task)
                    broken = True
            if not running:
                break
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                task = running.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    broken = True
                    yield _worker_died(task)
        if broken:
            yield from (_worker_died(t) for t in queue)


def _worker_died(task: PairTask) -> PairResult:
    return PairResult(task.stem, False, "worker_died", "a worker process died (killed or out of memory)")


def executor(workers: int, cluster: str | None):
    if cluster:
        from .cluster import DaskCluster

        return DaskCluster(cluster)
    return InProcess() if workers <= 1 else ProcessPool(workers)


def run_batch(pairing: Pairing, out_dir: str, *, mode: str = "translation", html: bool = False,
              workers: int = 1, cluster: str | None = None, force: bool = False,
              progress: bool | None = None) -> BatchReport:
    """Compare every pair of ``pairing`` into ``out_dir``; see the module docstring."""
    stems = assign_stems([p.name for p in pairing.pairs])
    tasks = [PairTask(p.name, stem, p.source, p.target, mode, html) for p, stem in zip(pairing.pairs, stems)]
    inputs = [p for t in tasks for p in (t.source, t.target)] + [u.path for u in pairing.unpaired]
    refuse_to_overwrite_inputs(tasks, inputs, out_dir)
    with executor(workers, cluster) as runner, claimed(out_dir):
        records: dict[str, dict] = {}
        pending = []
        for task in tasks:
            record = None if force else completed_record(task, out_dir)
            if record is None:
                pending.append(task)
            else:
                records[task.stem] = record
        report = BatchReport([], skipped=len(records))
        by_stem = {t.stem: t for t in pending}
        show = sys.stderr.isatty() if progress is None else progress
        with ProgressBar(len(pending), report.skipped, show) as bar:
            for result in runner.results(pending):
                records[result.stem] = save_result(by_stem[result.stem], result, out_dir)
                report.results.append(result)
                bar.advance(result.ok)
        report.records = [records[t.stem] for t in tasks]
        report.records += [unpaired_record(u) for u in pairing.unpaired]
        write_summary(report.records, out_dir)
    return report


def unpaired_record(unpaired: Unpaired) -> dict:
    if unpaired.unreadable:
        return {"name": unpaired.path, "path": unpaired.path, "status": "failed",
                "reason": failure_reason(unpaired.reason), "error": unpaired.reason}
    return {"path": unpaired.path, "status": "unpaired", "error": unpaired.reason}


def write_summary(records: list[dict], out_dir: str) -> None:
    from .summary import index_html

    atomic_write_text(os.path.join(out_dir, SUMMARY), "".join(to_json_line(r) for r in records))
    atomic_write_text(os.path.join(out_dir, INDEX), index_html(records))


class ProgressBar:
    """A rich progress bar on stderr: pairs done, failures, elapsed time and ETA."""

    def __init__(self, total: int, skipped: int, show: bool):
        self.progress = None
        self.failed = 0
        if show and total:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self.progress = Progress(
                TextColumn("pairs"), BarColumn(), MofNCompleteColumn(),
                TextColumn("[red]{task.fields[failed]} failed[/red]"),
                TextColumn(f"{skipped} already done" if skipped else ""),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=Console(stderr=True))
            self.task = self.progress.add_task("batch", total=total, failed=0)

    def __enter__(self):
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc):
        if self.progress:
            self.progress.stop()
        return False

    def advance(self, ok: bool) -> None:
        self.failed += not ok
        if self.progress:
            self.progress.update(self.task, advance=1, failed=self.failed)
