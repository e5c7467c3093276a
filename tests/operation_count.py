"""Work counted in operations, not seconds: how tests check that a stage stays linear.

A clock measures the machine as much as the code; the number of calls a stage makes for an input
is the same on every machine and every run. Counting them for an input and for the same input
doubled tells a stage that does a fixed amount per item (the count doubles) from one that rescans
the text per item (the count quadruples). Work inside one C call — a regular expression scanning
or backtracking — is one operation here; the long-input tests meet that class through the hang
guard in conftest.py.
"""
from __future__ import annotations

import sys
from typing import Callable

LINEAR_GROWTH = 2.5  # twice the input: twice the calls, plus slack for per-call set-up


def operations(run: Callable[[], object]) -> int:
    """Python and C calls made by `run()` in this thread."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(previous)
    return count


def stage_alone(text: str, stage: str) -> Callable[[], object]:
    """A callable running one pipeline stage on `text`, every stage before it already run, so
    that the count is the stage's own work."""
    from lvextract.pipeline import EXTRACTORS, build_document
    from lvextract.record import Record

    doc = build_document(text)
    record = Record(doc_id="t", source="t", sha256="0" * 64)
    for name, extract in EXTRACTORS:
        if name == stage:
            return lambda: extract(doc, record)
        extract(doc, record)
    raise AssertionError(f"no {stage} stage")


def growth(run_small: Callable[[], object], run_double: Callable[[], object]) -> float:
    """How many times the operations grow from an input to the same input twice as long."""
    return operations(run_double) / operations(run_small)
