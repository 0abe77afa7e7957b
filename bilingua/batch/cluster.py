"""Running the pairs of a batch on an existing Dask distributed cluster (``--cluster``).

Each pair is one task; a worker keeps its models loaded between tasks (see
:func:`.work.worker_state`), and only a bounded number of tasks is in flight, so a batch
of thousands of pairs does not flood the scheduler. Workers read the input files by
path (a folder shared by every machine, as usual on a cluster) and send the rendered
outputs back; the machine running ``bilingua batch`` writes them.
"""

from __future__ import annotations

import uuid
from typing import Iterable, Iterator

from ..errors import BilinguaError
from .work import PairResult, PairTask, run_pair

#: How long to wait for the scheduler before giving up, in seconds.
CONNECT_TIMEOUT = 20


def check_address(address: str) -> None:
    """Refuse at once an address Dask could only time out on (no port, a port not a number,
    an unknown protocol)."""
    from distributed.comm.addressing import parse_address, parse_host_port
    from distributed.comm.registry import backends

    try:
        scheme, location = parse_address(address)
        if scheme not in backends:
            raise ValueError(f"unknown protocol {scheme!r}; known: {', '.join(sorted(backends))}")
        if scheme in ("tcp", "tls"):
            parse_host_port(location)
    except ValueError as e:
        raise BilinguaError(f"--cluster {address!r}: not a scheduler address such as tcp://10.0.0.5:8786 ({e})") from None


class DaskCluster:
    def __init__(self, address: str):
        from distributed import Client

        check_address(address)
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            raise BilinguaError(f"cannot reach the Dask scheduler at {address} ({e})") from None
        workers = self.client.scheduler_info().get("workers", {})
        self.slots = max(1, sum(w.get("nthreads", 1) for w in workers.values()))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.client.close()
        return False

    def results(self, tasks: Iterable[PairTask]) -> Iterator[PairResult]:
        from distributed import as_completed

        queue = iter(tasks)
        self.running: dict[str, PairTask] = {}
        first = [self._submit(task) for _, task in zip(range(2 * self.slots), queue)]
        if not first:
            return
        window = as_completed(first, loop=self.client.loop)
        for future in window:
            task = self.running.pop(future.key)
            try:
                yield future.result()
            except Exception as e:  # the task died with its worker, or could not be sent
                yield PairResult(task.stem, False, "worker_died", f"the Dask task failed: {type(e).__name__}: {e}")
            future.release()
            task = next(queue, None)
            if task is not None:
                window.add(self._submit(task))

    def _submit(self, task: PairTask):
        future = self.client.submit(run_pair, task, key=f"bilingua-pair-{uuid.uuid4().hex}")
        self.running[future.key] = task
        return future
