"""What a run is asked to do: batch limits, the per-document time budget, and RunOptions."""
from __future__ import annotations

import os
from dataclasses import dataclass

from .reading import DEFAULT_MAX_BYTES

# A batch closes at whichever limit comes first. Its texts are segmented together: the
# tokenizer sorts the paragraphs of the whole batch by length, and the more there are, the
# less of its work is padding (250 000 characters: 1.4x cheaper per character than 48 000).
# An input of one batch runs in this process without workers.
BATCH_DOCS = 256
BATCH_CHARS = 250_000


# The per-document time budget: generous (corpus documents take well under a second each),
# a safety net for what no rule foresaw, not a speed limit. A megabyte of dense announcement
# prose on one line costs about 40 CPU-s on a busy 2-core machine; a runaway stage grows
# super-linearly and passes any linear budget, so the net sits well above honest text.
DEFAULT_SECONDS_PER_MB = 60.0
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
    work (BATCH_CHARS), one per batch waiting, so a small input stays in one process."""
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
