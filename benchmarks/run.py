"""`make bench`: run every benchmarks/bench_*.py in turn and print its figures."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    selected = sys.argv[1:]
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        if selected and not any(s in script.stem for s in selected):
            continue
        print(f"\n=== {script.stem} ===", flush=True)
        started = time.perf_counter()
        rc = subprocess.call([sys.executable, str(script)], cwd=HERE.parent)
        print(f"--- {script.stem}: exit {rc}, {time.perf_counter() - started:.1f} s", flush=True)
        failures += rc != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
