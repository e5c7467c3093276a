"""A hang guard for the whole suite.

No test asserts how fast something runs (speed is measured in benchmarks/). Linear cost is
checked by counting operations (tests/operation_count.py). What counting cannot see — a regular
expression backtracking inside one C call — the long-input tests meet at sizes where a
super-linear stage would run for an hour: this guard ends such a run with the stack of every
thread (naming the test and the stage) instead of holding CI until its own limit.
"""
from __future__ import annotations

import faulthandler
import sys

import pytest

HANG_SECONDS = 900  # far above the slowest test (the CLI on corpus/, about a minute)


@pytest.fixture(autouse=True)
def _hang_guard():
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True, file=sys.__stderr__)
    yield
    faulthandler.cancel_dump_traceback_later()
