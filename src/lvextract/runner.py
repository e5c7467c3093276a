"""Running the pipeline over many inputs: records come out streamed, in input order.

The parent process reads and decodes every input (cheap), answers what it can from the
cache, and groups the rest into batches of about BATCH_CHARS: the tokenizer segments a
batch's texts together, which is much cheaper per character than one by one. Batches go to
an executor: in this process (`jobs=1`, or any input of one batch), worker processes forked
from this one once it has loaded the model (`jobs>1`), or a Dask cluster (`dask_address`,
see distributed.py). Records are yielded in input order; only a bounded
window of batches is in flight, so memory does not grow with the corpus.

This module starts a run; the parts live beside it: run_options.py (RunOptions, batch limits,
time budget), ordered_run.py (batching and ordering), executors.py (in this process),
fork_pool.py (forked workers), distributed.py (Dask), worker_setup.py (what every worker does
first).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .executors import InProcessExecutor
from .fork_pool import ForkPoolExecutor
from .ordered_run import OrderedRun
from .reading import Source
from .record import Record
from .run_options import RunOptions

# Callers (cli, api, commands, tests, benchmarks) import these from here, as before the split;
# tests/test_cache.py counts the calls of _Deferred.result.
from .executors import ExecutorUnavailable, _Deferred  # noqa: F401
from .ordered_run import MAX_WAITING  # noqa: F401
from .run_options import (  # noqa: F401
    BATCH_CHARS, BATCH_DOCS, DEFAULT_FIXED_SECONDS, DEFAULT_SECONDS_PER_MB, TimeBudget, default_jobs)
from .worker_setup import limit_torch_threads, warm_up  # noqa: F401


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
    return _stream(OrderedRun(options, cache, executor), sources, executor)


def keyed_by_reference(cache, reference_date: str):
    """The same cache directory, in a namespace of its own for this reference date: a record
    anchored to one date is never served to a run anchored to another (or to none)."""
    import hashlib

    from .cache import RecordCache

    fingerprint = hashlib.sha256(f"{cache.fingerprint}\0reference_date={reference_date}".encode()).hexdigest()
    return RecordCache(cache.directory, fingerprint)


def _stream(ordered: "OrderedRun", sources: Iterable[Source], executor) -> Iterator[Record]:
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
