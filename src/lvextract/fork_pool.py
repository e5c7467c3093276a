"""The local executor for `jobs>1`: worker processes forked from this warm one, fed over pipes."""
from __future__ import annotations

import logging
import os
import signal
from collections import deque

from .executors import InProcessExecutor
from .reading import Decoded
from .record import Record
from .run_options import TimeBudget
from .worker_setup import CollectorTuning, die_with_parent, limit_torch_threads, warm_up

log = logging.getLogger(__name__)

# A worker is replaced once it has processed this many characters (about 2 000 documents):
# spaCy's string store and other per-process caches grow with every new word, and a worker
# forked from the warm parent costs milliseconds, so memory stays flat on archives of any size.
CHARS_PER_WORKER = 8_000_000


class _Task:
    """A batch given to ForkPoolExecutor; `result()` runs the pool until this one is back."""

    def __init__(self, pool: "ForkPoolExecutor", batch: list[Decoded]):
        self.pool, self.batch = pool, batch
        self.records: list[Record] | None = None
        self.failure: str | None = None

    def result(self) -> list[Record]:
        while self.records is None and self.failure is None:
            self.pool._wait()
        if self.failure is not None:
            raise RuntimeError(self.failure)
        return self.records


class _Worker:
    def __init__(self, pid: int, connection):
        self.pid, self.connection = pid, connection
        self.task: _Task | None = None
        self.chars = 0


class ForkPoolExecutor:
    """Worker processes forked from this one after it has loaded the model and vocabularies.

    They share that memory copy-on-write and start in milliseconds instead of the seconds a
    fresh interpreter takes to import torch and spaCy (torch runs one thread, set before the
    first fork). A worker is forked only when a batch waits and every worker is busy, so an
    input of one batch runs here and two batches use two processes at most. Each worker
    takes one batch at a time over a pipe; everything runs in this thread (no helper threads
    that a fork could catch holding a lock). A worker is retired after CHARS_PER_WORKER and
    reaped before its successor is forked, so two never overlap; `close` reaps them all."""

    def __init__(self, jobs: int, model: str | None, budget: TimeBudget | None = None):
        self.jobs, self.model, self.budget = jobs, model, budget
        self.window = 2 * jobs  # every worker has its next batch queued while it works
        self._inline = InProcessExecutor(model, budget)
        self._workers: list[_Worker] = []
        self._queue: deque[_Task] = deque()
        self._warm = False
        self._collector = CollectorTuning()

    def submit(self, batch: list[Decoded], last: bool = False):
        if not self._workers and not self._queue and last:
            return self._inline.submit(batch)  # all the work is one batch: no worker needed
        task = _Task(self, batch)
        self._queue.append(task)
        self._dispatch()
        return task

    def _dispatch(self) -> None:
        while self._queue:
            idle = next((w for w in self._workers if w.task is None), None)
            if idle is None:
                if len(self._workers) >= self.jobs:
                    return
                idle = self._fork()
            task = self._queue.popleft()
            try:
                idle.connection.send(task.batch)
            except OSError as exc:  # the worker is gone: this batch fails, the run goes on
                task.failure = f"worker {idle.pid} lost: {exc}"
                self._reap(idle, kill=True)
                continue
            idle.task = task
            idle.chars += sum(len(d.text or "") for d in task.batch)

    def _wait(self) -> None:
        """Block until at least one worker answers (or dies), then hand out waiting batches."""
        from multiprocessing.connection import wait

        busy = {w.connection: w for w in self._workers if w.task is not None}
        if not busy:
            self._dispatch()
            return
        for connection in wait(list(busy)):
            worker = busy[connection]
            task, worker.task = worker.task, None
            try:
                status, payload = connection.recv()
            except (EOFError, OSError) as exc:
                task.failure = f"worker {worker.pid} died: {type(exc).__name__}"
                self._reap(worker, kill=True)
                continue
            if status == "ok":
                task.records = payload
            else:
                task.failure = payload
            task.batch = None
            if worker.chars >= CHARS_PER_WORKER:
                self._retire(worker)
        self._dispatch()

    def _fork(self) -> _Worker:
        from multiprocessing import Pipe

        if not self._warm:
            limit_torch_threads(1)
            try:
                warm_up(self.model)
            except Exception:  # e.g. a missing model: every record then says so, rather than "worker died"
                log.debug("warm-up failed", exc_info=True)
            # Objects alive now are never collected in the workers: the collector then leaves
            # their pages alone, and they stay shared. The workers inherit the thresholds.
            self._collector.apply()
            self._warm = True
        ours, theirs = Pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the worker: it never returns into the parent's code
            code = 1
            try:
                ours.close()
                for sibling in self._workers:
                    sibling.connection.close()
                _serve(theirs, parent, self.model, self.budget)
                code = 0
            except BaseException:
                pass
            finally:
                # No interpreter shutdown: it would flush the parent's output buffers copied
                # into this process, and run the parent's exit handlers.
                os._exit(code)
        theirs.close()
        worker = _Worker(pid, ours)
        self._workers.append(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        try:
            worker.connection.send(None)
        except OSError:
            pass
        self._reap(worker, kill=False)

    def _reap(self, worker: _Worker, kill: bool) -> None:
        if kill:
            try:
                os.kill(worker.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            os.waitpid(worker.pid, 0)
        except ChildProcessError:
            pass
        worker.connection.close()
        self._workers.remove(worker)

    def recover(self) -> None:
        pass  # a dead worker was reaped when it was found; the next batch forks a new one

    def close(self, abort: bool = False) -> None:
        """Stop every worker and wait for it: none is left behind, whatever the reason."""
        for task in self._queue:
            task.failure = "run closed"
        self._queue.clear()
        for worker in list(self._workers):
            if abort or worker.task is not None:
                self._reap(worker, kill=True)
            else:
                self._retire(worker)
        self._collector.restore()
        self._inline.close(abort)


def _serve(connection, parent: int, model: str | None, budget: TimeBudget | None) -> None:
    """A worker's life: batches in, records out, until the parent sends None or goes away."""
    from .pipeline import process_batch

    die_with_parent(parent)
    # Ctrl-C reaches the whole process group: the parent stops the workers itself (each would
    # otherwise print a KeyboardInterrupt of its own); SIGTERM ends a worker at once, not
    # through the parent's handler that unwinds a run.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    while True:
        try:
            batch = connection.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        try:
            reply = ("ok", process_batch(batch, model, budget))
        except Exception as exc:  # process_batch answers for each document; this is a last resort
            reply = ("error", f"worker failed: {type(exc).__name__}: {exc}")
        del batch
        connection.send(reply)
