"""Setting up a process that extracts: one torch thread, a warm model, and no outliving its parent.

Shared by every executor: this process's, the forked workers (fork_pool.py) and Dask's
(distributed.py).
"""
from __future__ import annotations

import os
import signal
import sys

from .reading import Decoded


def limit_torch_threads(threads: int = 1) -> None:
    """One intra-op thread per process: with several processes (or a busy machine) torch's
    own thread pool oversubscribes the cores and runs several times slower, not faster."""
    import torch

    torch.set_num_threads(threads)


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
