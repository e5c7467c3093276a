"""Setting up a process that extracts: one torch thread, a warm model, the collector tuned, and
no outliving its parent.

Shared by every executor: this process's, the forked workers (fork_pool.py) and Dask's
(distributed.py).
"""
from __future__ import annotations

import gc
import os
import signal
import sys

from .reading import Decoded
from .segmentation import limit_torch_threads  # noqa: F401  (a worker's set-up, with the rest)


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


# Collector thresholds while extracting: a generation-0 pass every 50 000 net allocations (not
# 700), a full pass after 100 of the middle one. A document's tokens are tuples the collector
# keeps tracked, so at the default pace it rescans them again and again: 1.8 CPU-s per MB of
# date-dense text at 700/10/10, 0.3 at these (benchmarks/gc_settings.py). The same as `parse`
# sets at its start (cli.py), so that the Python API's runs and forked workers get them too.
EXTRACTION_GC_THRESHOLDS = (50_000, 20, 100)


class CollectorTuning:
    """The cyclic collector set up for extracting, and put back as it was afterwards.

    `apply` (after the model and vocabularies are loaded): a full collection, then every object
    alive is frozen out of the collector's reach (they live as long as the process; a forked
    worker then also leaves their pages shared, since the collector writes to each object it
    examines), and the thresholds above. `restore` puts the caller's thresholds back and
    unfreezes: this may be a library caller's process, whose objects must not stay frozen
    (frozen cyclic garbage is never freed). Idempotent both ways."""

    def __init__(self):
        self._previous: tuple[int, ...] | None = None

    @property
    def applied(self) -> bool:
        return self._previous is not None

    def apply(self) -> None:
        if self._previous is not None:
            return
        self._previous = gc.get_threshold()
        gc.collect()
        gc.freeze()
        gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)

    def restore(self) -> None:
        if self._previous is None:
            return
        gc.set_threshold(*self._previous)
        gc.unfreeze()
        self._previous = None


def warm_up(model: str | None) -> None:
    """Load the tokenizer model and the extractors' vocabularies before the first batch."""
    from .pipeline import process_batch
    from .reading import Source
    import hashlib

    text = "Rīgā, 2024. gada 5. martā. Pieteikumus iesniedz līdz 20. martam, tālr. 67000000."
    process_batch([Decoded(Source("warm-up"), hashlib.sha256(text.encode()).hexdigest(), text)], model)
