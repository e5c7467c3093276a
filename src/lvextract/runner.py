"""Running the pipeline over many inputs: records come out streamed, in input order.

The parent process reads and decodes every input (cheap), answers what it can from the
cache, and groups the rest into batches of about BATCH_CHARS: the tokenizer segments a
batch's texts together, which is much cheaper per character than one by one. Batches go to
an executor: in this process (`jobs=1`, or any input of one batch), worker processes forked
from this one once it has loaded the model (`jobs>1`), or a Dask cluster (`dask_address`,
see distributed.py). Records are yielded in input order; only a bounded
window of batches is in flight, so memory does not grow with the corpus.
"""
from __future__ import annotations

import logging
import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .reading import DEFAULT_MAX_BYTES, Decoded, Source, load
from .record import ErrorCode, Record

log = logging.getLogger(__name__)

# A batch closes at whichever limit comes first. Its texts are segmented together: the
# tokenizer sorts the paragraphs of the whole batch by length, and the more there are, the
# less of its work is padding (250 000 characters: 1.4x cheaper per character than 48 000).
# An input of one batch runs in this process without workers.
BATCH_DOCS = 256
BATCH_CHARS = 250_000
# Records waiting for an earlier batch are held at most this many (plus the batches' own).
MAX_WAITING = 512
# A worker is replaced once it has processed this many characters (about 2 000 documents):
# spaCy's string store and other per-process caches grow with every new word, and a worker
# forked from the warm parent costs milliseconds, so memory stays flat on archives of any size.
CHARS_PER_WORKER = 8_000_000


# The per-document time budget: generous (corpus documents take well under a second each),
# a safety net for what no rule foresaw, not a speed limit.
DEFAULT_SECONDS_PER_MB = 30.0
DEFAULT_FIXED_SECONDS = 5.0


@dataclass(frozen=True)
class TimeBudget:
    """CPU seconds one document may take in extraction: `fixed + per_mb × its size in MB`."""
    per_mb: float = DEFAULT_SECONDS_PER_MB
    fixed: float = DEFAULT_FIXED_SECONDS

    def seconds(self, text: str) -> float:
        return self.fixed + self.per_mb * len(text) / 1_000_000


def default_jobs() -> int:
    """The machine's cores. A run starts its workers only when it has more than one batch of
    work (runner.BATCH_CHARS), one per batch waiting, so a small input stays in one process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class RunOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    tokenizer_model: str | None = None
    jobs: int = 1                    # 1 = in this process; N = a pool of N worker processes
    cache_dir: str | None = None     # reuse records of unchanged inputs from here
    dask_address: str | None = None  # a Dask scheduler ("tcp://host:8786") instead of a local pool
    batch_docs: int = BATCH_DOCS
    batch_chars: int = BATCH_CHARS
    budget: TimeBudget | None = TimeBudget()  # None: no time limit per document
    with_text: bool = False          # each record carries the text its spans point into
    reference_date: str | None = None  # ISO day: the anchor for texts that state no document date


class ExecutorUnavailable(Exception):
    """The requested executor cannot start (Dask not installed, scheduler unreachable)."""


def run(sources: Iterable[Source], options: RunOptions = RunOptions()) -> Iterator[Record]:
    """One record per source, in the order given, never raising for a bad document.

    The executor is set up here, before the first record is asked for, so that a Dask
    scheduler that cannot be reached fails the call (ExecutorUnavailable), not the stream.
    """
    from .cache import open_cache

    cache = open_cache(options.cache_dir, options.tokenizer_model)
    if cache is not None and options.reference_date:
        cache = keyed_by_reference(cache, options.reference_date)
    executor = make_executor(options)
    return _stream(_OrderedRun(options, cache, executor), sources, executor)


def keyed_by_reference(cache, reference_date: str):
    """The same cache directory, in a namespace of its own for this reference date: a record
    anchored to one date is never served to a run anchored to another (or to none)."""
    import hashlib

    from .cache import RecordCache

    fingerprint = hashlib.sha256(f"{cache.fingerprint}\0reference_date={reference_date}".encode()).hexdigest()
    return RecordCache(cache.directory, fingerprint)


def _stream(ordered: "_OrderedRun", sources: Iterable[Source], executor) -> Iterator[Record]:
    try:
        yield from ordered.records(sources)
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM, the reader stopped): the workers' batches are not
        # wanted any more, so they are killed rather than waited for.
        executor.close(abort=True)
        raise
    executor.close()


def make_executor(options: RunOptions):
    if options.dask_address:
        from .distributed import DaskExecutor

        return DaskExecutor(options.dask_address, options.tokenizer_model, options.budget)
    if options.jobs > 1 and hasattr(os, "fork"):  # no fork (Windows): everything in this process
        return ForkPoolExecutor(options.jobs, options.tokenizer_model, options.budget)
    return InProcessExecutor(options.tokenizer_model, options.budget)


# --- executors: submit(batch, last) -> handle with .result() -> list[Record] -------------------

def limit_torch_threads(threads: int = 1) -> None:
    """One intra-op thread per process: with several processes (or a busy machine) torch's
    own thread pool oversubscribes the cores and runs several times slower, not faster."""
    import torch

    torch.set_num_threads(threads)


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
        return _Deferred(batch, self.model, self.budget)

    def recover(self) -> None:
        pass

    def close(self, abort: bool = False) -> None:
        pass


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """End this worker when the process that started it dies, however it dies (SIGKILL too):
    an orphaned worker holds its model's memory until someone finds and kills it by hand.

    On Linux the kernel sends SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere
    a daemon thread notices that the parent changed. If the parent is already gone by the time
    this runs, the worker ends at once."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0:
                if os.getppid() != parent:
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading

    threading.Thread(target=_watch_parent, args=(parent,), name="lvextract-parent-watch", daemon=True).start()


def _watch_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def warm_up(model: str | None) -> None:
    """Load the tokenizer model and the extractors' vocabularies before the first batch."""
    from .pipeline import process_batch
    from .reading import Source
    import hashlib

    text = "Rīgā, 2024. gada 5. martā. Pieteikumus iesniedz līdz 20. martam, tālr. 67000000."
    process_batch([Decoded(Source("warm-up"), hashlib.sha256(text.encode()).hexdigest(), text)], model)


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
        import gc
        from multiprocessing import Pipe

        if not self._warm:
            limit_torch_threads(1)
            try:
                warm_up(self.model)
            except Exception:  # e.g. a missing model: every record then says so, rather than "worker died"
                log.debug("warm-up failed", exc_info=True)
            # Objects alive now are never collected in the workers: the collector then leaves
            # their pages alone, and they stay shared.
            gc.collect()
            gc.freeze()
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


# --- ordering ----------------------------------------------------------------------------------

class _Batch:
    """A submitted batch; its records are fetched once, then handed out by position."""

    def __init__(self, decoded: list[Decoded], handle):
        self.decoded, self.handle, self._records = decoded, handle, None

    @property
    def fetched(self) -> bool:
        return self._records is not None

    def fetch(self, executor) -> list[Record]:
        if self._records is None:
            records = None
            for attempt in (1, 2):
                try:
                    records = self.handle.result()
                    if len(records) != len(self.decoded):
                        raise RuntimeError(f"{len(records)} records for {len(self.decoded)} inputs")
                    break
                except Exception as exc:  # a dead worker or lost connection fails this batch only
                    log.debug("batch failed (attempt %d)", attempt, exc_info=True)
                    executor.recover()
                    if attempt == 1:
                        # A killed worker (e.g. out of memory) takes every batch queued in its pool
                        # with it: each gets one more try in a fresh pool.
                        self.handle = executor.submit(self.decoded)
                        continue
                    from .pipeline import error_record

                    records = [error_record(d, ErrorCode.internal, f"{d.source.name}: worker failed: {type(exc).__name__}: {exc}")
                               for d in self.decoded]
            self._records, self.handle, self.decoded = records, None, None
        return self._records


class _OrderedRun:
    """Reads inputs, batches the uncached ones, and yields records strictly in input order."""

    def __init__(self, options: RunOptions, cache, executor):
        self.options, self.cache, self.executor = options, cache, executor
        # Each slot is a finished Record or (batch, position): the output, in input order.
        self.slots: deque = deque()
        self.open: list[Decoded] = []   # the batch being filled
        self.open_chars = 0
        self.open_slots: list[list] = []  # its slots, filled in with the batch object on submit
        self.in_flight = 0

    def records(self, sources: Iterable[Source]) -> Iterator[Record]:
        for source in sources:
            decoded = load(source, self.options.max_bytes)
            if self.options.with_text:
                decoded = replace(decoded, with_text=True)
            if self.options.reference_date:
                decoded = replace(decoded, reference_date=self.options.reference_date)
            # A full batch is sent when the next input shows it is not the last one: a run
            # that is a single batch then needs no worker pool at all.
            if len(self.open) >= self.options.batch_docs or self.open_chars >= self.options.batch_chars:
                yield from self._make_room()
                self._submit(last=False)
            self._admit(decoded)
            if len(self.slots) > MAX_WAITING + self.options.batch_docs * max(1, self.in_flight):
                # Many cache hits waiting behind a half-filled batch: send it off now.
                if self.open:
                    yield from self._make_room()
                    self._submit(last=False)
                yield from self._drain(until_slots=MAX_WAITING // 2)
        if self.open:
            yield from self._make_room()
            self._submit(last=True)
        yield from self._drain(until_slots=0)

    def _admit(self, decoded: Decoded) -> None:
        if decoded.text is None:
            from .pipeline import error_record

            self.slots.append(error_record(decoded, decoded.error_code or ErrorCode.unreadable,
                                           decoded.error_message or "unreadable"))
            return
        cached = self.cache.get(decoded) if self.cache else None
        if cached is not None:
            if decoded.with_text:
                cached.text = decoded.text
            self.slots.append(cached)
            return
        slot = [None, len(self.open)]
        self.slots.append(slot)
        self.open_slots.append(slot)
        self.open.append(decoded)
        self.open_chars += len(decoded.text)

    def _submit(self, last: bool) -> None:
        batch = _Batch(self.open, self.executor.submit(self.open, last=last))
        for slot in self.open_slots:
            slot[0] = batch
        self.open, self.open_chars, self.open_slots = [], 0, []
        self.in_flight += 1

    def _make_room(self) -> Iterator[Record]:
        """Yield from the head until fewer than `window` batches are in flight."""
        while self.in_flight >= self.executor.window:
            yield self._pop()

    def _drain(self, until_slots: int) -> Iterator[Record]:
        while len(self.slots) > until_slots and not self._head_is_open():
            yield self._pop()

    def _head_is_open(self) -> bool:
        head = self.slots[0]
        return isinstance(head, list) and head[0] is None

    def _pop(self) -> Record:
        head = self.slots.popleft()
        if isinstance(head, Record):
            return head
        batch, position = head
        first_fetch = not batch.fetched
        records = batch.fetch(self.executor)
        if first_fetch:
            self.in_flight -= 1
            if self.cache:
                for record in records:
                    # The cache keeps records without their text: a run without --with-text reuses them too.
                    self.cache.put(record.model_copy(update={"text": None}) if record.text is not None else record)
        return records[position]
