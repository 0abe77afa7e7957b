"""Benchmark of `bilingua batch`: article pairs per minute and batch overhead.

The 123 NTREX-128 documents of ../shared/data are written to a temporary folder, each
side one sentence a line (fa/<doc>.txt, en/<doc>.txt), and compared in coverage mode:
cold (empty embedding cache) and warm, with 1 and 2 worker processes and on a Dask
LocalCluster (2 single-threaded worker processes on 127.0.0.1). Each configuration runs
in a fresh Python process, so model loading and worker start-up are counted.

Overhead, as the issue defines it: everything except embedding and translation, as a
share of the worker time available (wall time x workers). Embedding is timed inside
the run by the timing wrapper the workers put around the embedder. The share of time
spent outside the per-pair work altogether (pairing, scheduling, writing, summary) is
printed beside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

GOAL_OVERHEAD = 0.10
CONFIGS = [  # (label, workers, cluster, cache)
    ("cold, 1 worker", 1, False, "a"),
    ("warm, 1 worker", 1, False, "a"),
    ("cold, 2 workers", 2, False, "b"),
    ("warm, 2 workers", 2, False, "b"),
    ("cold, local Dask cluster (2 workers)", 2, True, "c"),
    ("warm, local Dask cluster (2 workers)", 2, True, "c"),
]


def write_corpus(folder: Path) -> int:
    from shared_data import ntrex

    from bilingua.batch.naming import safe_stem

    docs = ntrex()
    for doc in docs:
        for lang, sentences in (("fa", doc.fa), ("en", doc.en)):
            path = folder / lang / f"{safe_stem(doc.doc_id)}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return len(docs)


def run_config(corpus: str, out: str, workers: int, cluster: bool) -> dict:
    """One batch run, in this (fresh) process; returns its timings."""
    from bilingua.batch import pair_by_name, run_batch

    started = time.perf_counter()
    local = None
    if cluster:
        from distributed import LocalCluster

        local = LocalCluster(host="127.0.0.1", n_workers=workers, threads_per_worker=1,
                             processes=True, dashboard_address=None)
    try:
        t0 = time.perf_counter()
        pairing = pair_by_name([os.path.join(corpus, "fa"), os.path.join(corpus, "en")])
        report = run_batch(pairing, out, mode="coverage", workers=workers,
                           cluster=local.scheduler_address if local else None, progress=False)
        wall = time.perf_counter() - t0
    finally:
        if local is not None:
            local.close()
    return {
        "pairs": len(report.results), "ok": report.done, "failed": report.failed, "wall": wall,
        "embed": sum(r.seconds["embed"] for r in report.results),
        "translate": sum(r.seconds["translate"] for r in report.results),
        "pair_work": sum(r.seconds["total"] for r in report.results),
        "cluster_start": t0 - started,
    }


def main() -> int:
    from shared_data import require_shared_data

    if not require_shared_data("bench_batch"):
        return 0
    with tempfile.TemporaryDirectory(prefix="bilingua-bench-batch-") as tmp:
        corpus = Path(tmp) / "corpus"
        n = write_corpus(corpus)
        print(f"{n} NTREX-128 article pairs (Persian vs English, one sentence a line), coverage mode, "
              f"{len(os.sched_getaffinity(0))} CPU cores, load average {os.getloadavg()[0]:.1f} at the start")
        print(f"{'run':40} {'pairs/min':>9} {'wall s':>7} {'embed s':>8} {'overhead':>9} {'goal <10%':>13} "
              f"{'outside pairs':>13}")
        for i, (label, workers, cluster, cache) in enumerate(CONFIGS):
            env = dict(os.environ, BILINGUA_CACHE=os.path.join(tmp, f"cache-{cache}"))
            child = subprocess.run(
                [sys.executable, __file__, "--run", str(corpus), os.path.join(tmp, f"out-{i}"),
                 str(workers), "cluster" if cluster else "local"],
                env=env, capture_output=True, text=True)
            if child.returncode != 0:
                print(f"{label}: FAILED\n{child.stderr[-3000:]}")
                return 1
            r = json.loads(child.stdout.strip().splitlines()[-1])
            capacity = r["wall"] * workers
            overhead = 1 - (r["embed"] + r["translate"]) / capacity
            outside = 1 - r["pair_work"] / capacity
            rate = r["ok"] / r["wall"] * 60
            failed = f"  ({r['failed']} pairs failed)" if r["failed"] else ""
            # warm: every embedding is read from the cache, so there is no model work to compare against
            verdict = "no model work" if label.startswith("warm") else "met" if overhead < GOAL_OVERHEAD else "missed"
            print(f"{label:40} {rate:9.1f} {r['wall']:7.1f} {r['embed']:8.1f} {overhead:9.1%} {verdict:>13} "
                  f"{outside:13.1%}{failed}")
        print(f"goal: overhead (everything except embedding and translation) < {GOAL_OVERHEAD:.0%} of run time, "
              "on the cold runs (warm runs embed nothing, so all their time is overhead by definition); "
              "'outside pairs' is the batch machinery alone (pairing, scheduling, writing, summary)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        corpus, out, workers, where = sys.argv[2:6]
        print(json.dumps(run_config(corpus, out, int(workers), where == "cluster")))
        sys.exit(0)
    sys.exit(main())
