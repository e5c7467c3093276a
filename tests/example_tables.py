"""Shared by the extractor tests: their example tables (tests/examples/*.toml) and a run of
one extractor on a text."""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from lvextract.document import Document
from lvextract.pipeline import build_document
from lvextract.record import Record

EXAMPLES = Path(__file__).parent / "examples"


def example_cases(name: str) -> list[dict]:
    return tomllib.loads((EXAMPLES / f"{name}.toml").read_text(encoding="utf-8"))["case"]


def run_extractor(extract: Callable[[Document, Record], None], text: str) -> Record:
    record = Record(doc_id="t", source="t", sha256="x")
    extract(build_document(text), record)
    return record
