"""The executors' common ground, and the executor that runs batches in this process.

Every executor offers submit(batch, last) -> a handle with .result() -> list[Record], plus
recover() and close(abort), and a `window` of batches worth keeping in flight: InProcessExecutor
here, ForkPoolExecutor (fork_pool.py), DaskExecutor (distributed.py); runner.make_executor
picks one.
"""
from __future__ import annotations

import logging

from .reading import Decoded
from .record import Record
from .run_options import TimeBudget
from .worker_setup import CollectorTuning, limit_torch_threads, warm_up

log = logging.getLogger(__name__)


class ExecutorUnavailable(Exception):
    """The requested executor cannot start (Dask not installed, scheduler unreachable)."""


class _Deferred:
    """A batch computed in this process when its result is first asked for."""

    def __init__(self, batch: list[Decoded], model: str | None, budget: TimeBudget | None):
        self._batch, self._model, self._budget, self._records = batch, model, budget, None

    def result(self) -> list[Record]:
        if self._records is None:
            from .pipeline import process_batch

            self._records = process_batch(self._batch, self._model, self._budget)
            self._batch = None
        return self._records


class InProcessExecutor:
    window = 1  # nothing runs concurrently, so there is no point holding more

    def __init__(self, model: str | None, budget: TimeBudget | None = None):
        self.model, self.budget = model, budget
        self._threads_limited = False
        self._collector = CollectorTuning()

    def submit(self, batch: list[Decoded], last: bool = False) -> _Deferred:
        if not self._threads_limited:
            limit_torch_threads(1)
            self._threads_limited = True
            if self.budget is not None:
                # Loading the model and vocabularies must not count against the first
                # document's time budget: done here, before any document is timed.
                try:
                    warm_up(self.model)
                except Exception:  # a missing model: the batch's records will say so
                    log.debug("warm-up failed", exc_info=True)
            self._collector.apply()
        return _Deferred(batch, self.model, self.budget)

    def recover(self) -> None:
        pass

    def close(self, abort: bool = False) -> None:
        # After the run's last record (runner._stream): the caller's process gets its own back.
        self._collector.restore()
