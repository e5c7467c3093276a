"""Work counted in operations, not seconds: how tests check that a stage stays linear.

A clock measures the machine as much as the code; the number of calls a stage makes for an input
is the same on every machine and every run. Counting them for an input and for the same input
doubled tells a stage that does a fixed amount per item (the count doubles) from one that rescans
the text per item (the count quadruples). Work inside one C call — a regular expression scanning
or backtracking — is one operation here; `scanned_chars` counts the width of the windows that
searches scan instead, and the long-input tests meet backtracking through the hang guard in
conftest.py.
"""
from __future__ import annotations

import re
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


class _SliceCounter(str):
    """A document's text, counting the characters every slice of it copies."""
    copied = 0

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        if isinstance(key, slice):
            _SliceCounter.copied += len(piece)
        return piece


def sliced_chars(text: str, stage: str) -> int:
    """Characters that `stage` copies out of the document's text by slicing it, every stage before
    it already run. A copy is one call for `operations`, however long: a stage that copies "its
    line" per item, where one long line runs from the text's start, looks linear there (issue 13)."""
    from lvextract.pipeline import EXTRACTORS, build_document
    from lvextract.record import Record

    doc = build_document(text)
    record = Record(doc_id="t", source="t", sha256="0" * 64)
    for name, extract in EXTRACTORS:
        if name == stage:
            doc.text = _SliceCounter(doc.text)
            _SliceCounter.copied = 0
            extract(doc, record)
            return _SliceCounter.copied
        extract(doc, record)
    raise AssertionError(f"no {stage} stage")


class _ScanCounter:
    """Characters that regular-expression searches scan: a search over a window is one operation
    for `operations`, however wide the window, so a stage that searches its whole sentence once
    per item looks linear there. This counts the width instead."""

    def __init__(self):
        self.chars = 0
        self.counting = False

    def pattern(self, compiled: re.Pattern) -> "_CountingPattern":
        return _CountingPattern(compiled, self)


class _CountingPattern:
    """A compiled pattern that adds the width of each scanning call's window to its counter."""

    _SCANNING = frozenset({"search", "finditer", "findall", "sub", "subn", "split"})

    def __init__(self, compiled: re.Pattern, counter: _ScanCounter):
        self._compiled, self._counter = compiled, counter

    def __getattr__(self, name):
        attribute = getattr(self._compiled, name)
        if name not in self._SCANNING:
            return attribute

        def scanning(string, *args, **kwargs):
            if self._counter.counting and name in ("search", "finditer", "findall"):
                pos = args[0] if len(args) > 0 else kwargs.get("pos", 0)
                endpos = args[1] if len(args) > 1 else kwargs.get("endpos", len(string))
                self._counter.chars += max(0, min(endpos, len(string)) - pos)
            elif self._counter.counting:
                self._counter.chars += len(args[0]) if name.startswith("sub") else len(string)
            return attribute(string, *args, **kwargs)
        return scanning


def _clear_pattern_caches() -> None:
    """Forget the patterns the package built lazily (functools caches of functions said to return
    patterns), so that the next ones are compiled again — through the counting compile while it is
    in place. Other caches (matchers tied to a vocabulary) are left alone."""
    for name, module in list(sys.modules.items()):
        if name == "lvextract" or name.startswith("lvextract."):
            for value in vars(module).values():
                returns = str(getattr(getattr(value, "__wrapped__", None), "__annotations__", {}).get("return", ""))
                if "Pattern" in returns and getattr(value, "__module__", None) == name:
                    value.cache_clear()


def scanned_chars(text: str, stage: str) -> int:
    """Characters the regular expressions of `stage` (and of the helpers it calls) scan on `text`,
    every stage before it already run: the windows searched with patterns compiled lazily (which is
    how the package builds them from its vocabularies) or kept at a module's top level, and the
    whole strings handed to re's module functions (a slice of the text up to an item, searched once
    per item, shows here)."""
    counter = _ScanCounter()
    compile_ = re.compile
    module_functions = {name: getattr(re, name) for name in ("search", "finditer", "findall", "sub", "subn", "split")}

    def scanning(name):
        function = module_functions[name]

        def counted(pattern, string, *args, **kwargs):
            if counter.counting:  # the module's functions scan the whole string they are given
                counter.chars += len(string if not name.startswith("sub") else args[0] if args else kwargs["string"])
            return function(pattern, string, *args, **kwargs)
        return counted

    # Patterns compiled when a module was imported are wrapped where the module keeps them.
    module_patterns = [(module, name, value) for module_name, module in list(sys.modules.items())
                       if module_name == "lvextract" or module_name.startswith("lvextract.")
                       for name, value in list(vars(module).items()) if isinstance(value, re.Pattern)]
    _clear_pattern_caches()
    re.compile = lambda *args, **kwargs: counter.pattern(compile_(*args, **kwargs))
    for name in module_functions:
        setattr(re, name, scanning(name))
    for module, name, value in module_patterns:
        setattr(module, name, counter.pattern(value))
    try:
        run = stage_alone(text, stage)
        counter.counting = True
        run()
    finally:
        re.compile = compile_
        for name, function in module_functions.items():
            setattr(re, name, function)
        for module, name, value in module_patterns:
            setattr(module, name, value)
        counter.counting = False
        _clear_pattern_caches()
    return counter.chars
