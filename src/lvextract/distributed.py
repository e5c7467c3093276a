"""The same per-batch function as the local pool, run on a Dask distributed cluster.

This is `--dask` with a file output; with a directory output the workers read and write
themselves (shards.py), and this module only provides the connection (`connect`).

The runner in this process still reads the inputs, consults the cache, orders the output
and writes it; workers only receive decoded texts and send records back, so they need
lvextract installed (the same version) but no access to the input files. Each worker
process loads the tokenizer model once: a worker plugin does it when the worker joins, and
the model stays cached in the process (segmentation keeps one pipeline per model file).
"""
from __future__ import annotations

import logging

from .reading import Decoded
from .record import Record

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = "20s"


def _process_batch_on_worker(batch: list[Decoded], model: str | None, budget=None) -> list[Record]:
    from .pipeline import process_batch
    from .worker_setup import limit_torch_threads

    limit_torch_threads(1)  # a no-op after the first call; the plugin may not have run yet
    # Dask runs tasks in worker threads, where no CPU timer can be set: the budget is not
    # enforced there (pipeline.time_budget does nothing off the main thread).
    return process_batch(batch, model, budget)


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # Dask is an optional extra; only --dask needs it
    WorkerPlugin = object


class LoadModel(WorkerPlugin):
    """Warm a joining worker: one torch thread, model and vocabularies loaded once."""

    name = "lvextract-load-model"

    def __init__(self, model_file: str | None):
        self.model_file = model_file

    def setup(self, worker):
        from .worker_setup import limit_torch_threads, warm_up

        limit_torch_threads(1)
        try:
            warm_up(self.model_file)
        except Exception:  # the batches will report it on every record
            log.exception("lvextract: warm-up failed on %s", getattr(worker, "address", "?"))


def connect(address: str, model: str | None):
    """A client of the scheduler at `address`, its workers warmed by LoadModel (joining ones
    too). Raises executors.ExecutorUnavailable if Dask is missing or the scheduler unreachable."""
    from .executors import ExecutorUnavailable

    try:
        from distributed import Client
    except ImportError:
        raise ExecutorUnavailable("--dask needs Dask: pip install 'lvextract[dask]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ExecutorUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    client.register_plugin(LoadModel(model))
    return client


class DaskExecutor:
    def __init__(self, address: str, model: str | None, budget=None):
        self.model, self.budget = model, budget
        self.client = connect(address, model)
        self.window = max(4, 2 * sum(self.client.nthreads().values()))

    def submit(self, batch: list[Decoded], last: bool = False):
        # pure=False: two batches with equal texts are still two tasks with their own result.
        return self.client.submit(_process_batch_on_worker, batch, self.model, self.budget, pure=False)

    def recover(self) -> None:
        pass  # the scheduler reschedules a lost worker's tasks by itself

    def close(self, abort: bool = False) -> None:
        # Closing the client releases its futures either way: the scheduler drops unfinished tasks.
        self.client.close()
