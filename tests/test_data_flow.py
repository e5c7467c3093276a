"""pipeline.EXTRACTORS declares what each stage reads and writes; these tests hold it to that.

The static test checks the order (nothing is read before a stage assigns it); the dynamic one
runs every stage on corpus texts through a record that notes each field read, and compares
the record before and after the stage: a stage that reads or changes a field it does not
declare fails here, so the declaration cannot drift from the code."""
from pathlib import Path

import pytest

from lvextract.pipeline import EXTRACTORS, Stage, build_document
from lvextract.record import Record

CORPUS = Path(__file__).parent.parent / "corpus"
# Texts with dates, deadlines, contacts, amounts, events and projects between them.
TEXTS = sorted(CORPUS.glob("*.txt"))[:12]


def test_every_stage_declares_itself():
    assert all(isinstance(stage, Stage) for stage in EXTRACTORS)
    fields = set(Record.model_fields)
    for stage in EXTRACTORS:
        for name in (*stage.requires, *stage.assigns):
            assert name.startswith("doc.") or name in fields, f"{stage.name}: unknown field {name!r}"


def test_nothing_is_read_before_a_stage_assigns_it():
    assigned: set[str] = set()
    for stage in EXTRACTORS:
        missing = set(stage.requires) - assigned
        assert not missing, f"{stage.name} reads {sorted(missing)} before any stage assigns it"
        assigned |= set(stage.assigns)


def test_stages_unpack_as_name_and_function():
    name, run = EXTRACTORS[0]
    assert name == EXTRACTORS[0].name and run is EXTRACTORS[0].run


class _Reading:
    """Stands in for the record, noting each field a stage reads."""

    def __init__(self, record: Record):
        object.__setattr__(self, "_record", record)
        object.__setattr__(self, "read", set())

    def __getattr__(self, name):
        if name in Record.model_fields:
            self.read.add(name)
        return getattr(self._record, name)

    def __setattr__(self, name, value):
        setattr(self._record, name, value)


def _doc_attributes(doc, names):
    return {name: repr(getattr(doc, name.removeprefix("doc."))) for name in names}


@pytest.fixture(scope="module")
def documents():
    return [build_document(path.read_text(encoding="utf-8")) for path in TEXTS]


def test_each_stage_reads_and_writes_only_what_it_declares(documents):
    doc_names = sorted({n for stage in EXTRACTORS for n in (*stage.requires, *stage.assigns) if n.startswith("doc.")})
    seen_changes: dict[str, set[str]] = {stage.name: set() for stage in EXTRACTORS}
    for doc in documents:
        record = Record(doc_id="flow", source="flow.txt", sha256="0" * 64)
        for stage in EXTRACTORS:
            before = record.model_dump()
            doc_before = _doc_attributes(doc, doc_names)
            reading = _Reading(record)
            stage.run(doc, reading)
            after = record.model_dump()
            changed = {name for name in before if before[name] != after[name]}
            changed |= {name for name, value in _doc_attributes(doc, doc_names).items() if doc_before[name] != value}
            assert changed <= set(stage.assigns), f"{stage.name} changed undeclared {sorted(changed - set(stage.assigns))}"
            undeclared = reading.read - set(stage.requires) - set(stage.assigns)
            assert not undeclared, f"{stage.name} read undeclared {sorted(undeclared)}"
            seen_changes[stage.name] |= changed
    # Each declared record field is really written on some corpus text: no stale declaration.
    # (The furniture list stays empty on texts without a calendar widget.)
    for stage in EXTRACTORS:
        assert set(stage.assigns) - seen_changes[stage.name] <= {"doc.furniture_spans"}, stage.name
