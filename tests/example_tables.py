"""The example tables of the tests (tests/examples/*.toml) and a run of one extractor on a text.

Every table has one schema (tests/examples/README.md says it with examples):

    [table]                     # optional
    about = "one line: what the rows test"
    context = { anchor = "2023-03-03" }   # defaults for every row

    [[example]]
    text = "the text the code under test reads"
    note = "why the row is there"          # optional; the pytest id when given
    context = { title = "…" }              # optional; merged over the table's context
    expect = …                             # the dimension's expected value

A negative row expects nothing: `expect` is [], {} or "", or a table whose every value is
empty (e.g. `expect = { amounts = [] }`); `Table.negatives` counts them.
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from lvextract.document import Document
from lvextract.pipeline import build_document
from lvextract.record import Record

EXAMPLES = Path(__file__).parent / "examples"


def is_empty(expect: Any) -> bool:
    """Nothing expected: an empty value, or a table of empty values."""
    if isinstance(expect, dict):
        return all(is_empty(value) for value in expect.values())
    return expect in ([], {}, "")


@dataclass(frozen=True)
class Example:
    text: str
    expect: Any
    context: dict = field(default_factory=dict)
    note: str = ""

    @property
    def negative(self) -> bool:
        return is_empty(self.expect)

    @property
    def id(self) -> str:
        """The note, else the text's beginning: stable while rows are added or moved (pytest
        numbers equal ids)."""
        return self.note or self.text[:50].replace("\n", " ")


@dataclass(frozen=True)
class Table:
    name: str
    about: str
    context: dict
    examples: list[Example]

    @property
    def negatives(self) -> int:
        return sum(example.negative for example in self.examples)

    def __len__(self) -> int:
        return len(self.examples)

    def __iter__(self):
        return iter(self.examples)


def load_table(name: str) -> Table:
    """tests/examples/<name>.toml read into Examples; each row's context is the table's with the
    row's own keys over it. A row without `text` or `expect`, or an unknown key, is an error."""
    data = tomllib.loads((EXAMPLES / f"{name}.toml").read_text(encoding="utf-8"))
    unknown = set(data) - {"table", "example"}
    if unknown:
        raise ValueError(f"{name}.toml: unknown top-level keys {sorted(unknown)}")
    header = data.get("table", {})
    defaults = header.get("context", {})
    rows = []
    for number, row in enumerate(data.get("example", []), 1):
        extra = set(row) - {"text", "expect", "context", "note"}
        if extra or "text" not in row or "expect" not in row:
            raise ValueError(f"{name}.toml, row {number}: needs text and expect, got {sorted(row)}")
        rows.append(Example(row["text"], row["expect"], {**defaults, **row.get("context", {})}, row.get("note", "")))
    return Table(name, header.get("about", ""), defaults, rows)


def examples(name: str, where: Callable[[Example], bool] | None = None) -> list:
    """The rows of a table (those `where` accepts) as pytest params with the rows' ids."""
    return [pytest.param(example, id=example.id) for example in load_table(name) if where is None or where(example)]


def run_extractor(extract: Callable[[Document, Record], None], text: str) -> Record:
    record = Record(doc_id="t", source="t", sha256="x")
    extract(build_document(text), record)
    return record
