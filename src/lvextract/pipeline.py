"""text → Document → extractors → Record, for one document at a time."""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from . import PIPELINE_VERSION  # noqa: F401  (defined in __init__ so the cache reads it without extractors)
from . import sections
from .document import Document
from .extractors import budgets, contacts, dates, deadlines, events, funding, projects, target_groups, title
from .reading import Decoded
from .record import Error, ErrorCode, Record
from .segmentation import TokenOffsets, stanza_sentences
from .temporal.unknown_year import year_unknown

log = logging.getLogger(__name__)

Extractor = Callable[[Document, Record], None]


@dataclass(frozen=True)
class Stage:
    """One extractor and the data it depends on, as spaCy's components declare `requires` and
    `assigns`: record fields by name, Document attributes as "doc.<name>". A stage may read
    only what an earlier stage assigned (tests/test_data_flow.py runs the stages and checks
    that each declaration is true). Unpacks as (name, run), the shape callers iterate."""

    name: str
    run: Extractor
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __iter__(self):
        return iter((self.name, self.run))


# The order is the data flow; see extractors/__init__.py.
EXTRACTORS: list[Stage] = [
    Stage("title", title.extract, assigns=("title",)),
    Stage("dates", dates.extract, assigns=("document_date", "dates", "warnings", "doc.furniture_spans")),
    Stage("budgets", budgets.extract, requires=("dates",), assigns=("budgets",)),
    # a bare "Erasmus" counts as Erasmus+ by the text's year (the document date, else its dates)
    Stage("funding", funding.extract, requires=("document_date", "dates"), assigns=("funding",)),
    Stage("projects", projects.extract, assigns=("projects",)),
    Stage("target_groups", target_groups.extract, assigns=("target_groups",)),
    # phones skip what reads as a date, an amount or a contract number
    Stage("contacts", contacts.extract, requires=("dates", "budgets", "projects"), assigns=("contacts",)),
    # events set role "event" on the dates they use; deadlines role "deadline", and take the
    # contact named beside the deadline
    Stage("events", events.extract, requires=("title", "document_date", "dates", "doc.furniture_spans"),
          assigns=("events", "dates")),
    Stage("deadlines", deadlines.extract, requires=("dates", "contacts"), assigns=("deadlines", "dates")),
]


def empty_record(decoded: Decoded) -> Record:
    # Decoding's repairs (bad bytes replaced, mojibake fixed) come first among the warnings.
    return Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256,
                  warnings=list(decoded.warnings), source_format=decoded.source_format)


def error_record(decoded: Decoded, code: ErrorCode, message: str) -> Record:
    record = empty_record(decoded)
    record.error = Error(code=code, message=message)
    return record


def build_document(text: str, sentences: list[list[TokenOffsets]] | None = None, model=None) -> Document:
    from .repairs import repair

    raw = stanza_sentences(text, model) if sentences is None else sentences
    return Document.from_offsets(text, repair(text, raw))


def extract(doc: Document, record: Record) -> Record:
    for _name, extractor in EXTRACTORS:
        extractor(doc, record)
    if doc.reference_date is not None and (record.document_date is None or year_unknown(record.document_date)):
        # The record says which anchor it used: the text's own date, or else this one.
        record.reference_date = doc.reference_date.isoformat()
    return record


class DocumentTimeout(BaseException):
    """The document's time budget ran out. A BaseException, so that no extractor's
    `except Exception` takes it for an ordinary failure and carries on."""


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """Raise DocumentTimeout in this block once it has used `seconds` of CPU time.

    A CPU timer (ITIMER_PROF), not the wall clock: a busy machine must not time a document
    out. Signal handlers run only in the main thread, so off it (Dask's worker threads) or
    without setitimer this does nothing. They run between Python bytecodes and inside `re`
    searches (which check for signals), so a runaway regex is stopped too; a long call into
    a C library that never checks (one torch forward pass) finishes first."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise DocumentTimeout()

    previous = signal.signal(signal.SIGPROF, expired)
    try:
        signal.setitimer(signal.ITIMER_PROF, seconds)
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_PROF, 0)  # disarmed before the old handler is back
        finally:
            signal.signal(signal.SIGPROF, previous)


# Bounds on what one record holds, whatever the text: a title is a line (the corpus has one of
# 406 characters), a name or a place a few words; a span is evidence, not the document.
MAX_VALUE_CHARS = 500
MAX_SPAN_CHARS = 2000
MAX_ITEMS = 10_000  # per list field
_UNCAPPED = {"schema_version", "doc_id", "source", "sha256", "document_date", "error"}


def cap_values(record: Record) -> Record:
    """Cut over-long strings and spans (a span keeps text == input[start:end]) in place; a
    document of 10 MB of quotes must not become a record of 10 MB."""
    for name in Record.model_fields:
        if name in _UNCAPPED:
            continue
        value = getattr(record, name)
        if isinstance(value, str):
            setattr(record, name, _cap_text(value))
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS and name != "warnings":
                record.warnings.append(f"{name}: {len(value) - MAX_ITEMS} items past the first {MAX_ITEMS} left out")
                del value[MAX_ITEMS:]
            for i, item in enumerate(value):
                if isinstance(item, str):
                    value[i] = _cap_text(item)
                else:
                    _cap_model(item)
    return record


def _cap_text(value: str) -> str:
    return value if len(value) <= MAX_VALUE_CHARS else value[:MAX_VALUE_CHARS - 1] + "…"


def _cap_model(model) -> None:
    from .record import Span

    if isinstance(model, Span):
        if len(model.text) > MAX_SPAN_CHARS:
            model.end = model.start + MAX_SPAN_CHARS
            model.text = model.text[:MAX_SPAN_CHARS]
        return
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, str):
            setattr(model, name, _cap_text(value))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    value[i] = _cap_text(item)
                elif isinstance(item, BaseModel):
                    _cap_model(item)
        elif isinstance(value, BaseModel):
            _cap_model(value)


def extract_text(decoded: Decoded, text: str, sentences: list[list[TokenOffsets]] | None = None, model=None,
                 anchor: dt.date | None = None) -> Record:
    """The record of `text` (all of `decoded.text`, or one section of it), uncapped; `anchor`
    is a document date known from an earlier section."""
    doc = build_document(text, sentences, model)
    doc.published_date = decoded.published
    if decoded.reference_date:
        doc.reference_date = dt.date.fromisoformat(decoded.reference_date)
    if decoded.document_date:
        doc.given_document_date = dt.date.fromisoformat(decoded.document_date)
    elif anchor is not None:
        doc.given_document_date = anchor
    return extract(doc, empty_record(decoded))


def process(decoded: Decoded, sentences: list[list[TokenOffsets]] | None = None, model=None, budget=None) -> Record:
    """One input → one record, whatever happens: a failure becomes the record's `error`, and
    so does running past the time budget (runner.TimeBudget), if one is given. A text longer
    than sections.SECTIONED_ABOVE goes through in sections (its `sentences` are not used)."""
    if decoded.text is None:
        return error_record(decoded, decoded.error_code or ErrorCode.unreadable, decoded.error_message or "unreadable")
    seconds = budget.seconds(decoded.text) if budget is not None else None
    try:
        with time_budget(seconds):
            if sections.is_long(decoded.text):  # memory bounded by one section's (sections.py)
                record = sections.process_in_sections(
                    decoded.text, lambda text, anchor: extract_text(decoded, text, None, model, anchor), MAX_ITEMS)
            else:
                record = extract_text(decoded, decoded.text, sentences, model)
            record = cap_values(record)
        if decoded.with_text:
            record.text = decoded.text
        return record
    except DocumentTimeout:
        log.debug("time budget of %.1f s ran out on %s", seconds, decoded.source.name)
        return error_record(decoded, ErrorCode.timeout,
                            f"{decoded.source.name}: over the time budget of {seconds:.1f} CPU-s "
                            f"for {len(decoded.text)} characters (see --timeout-per-mb)")
    except Exception as exc:  # one bad document must not end a run over thousands
        log.debug("extraction failed on %s\n%s", decoded.source.name, traceback.format_exc())
        return error_record(decoded, ErrorCode.internal, f"{decoded.source.name}: extraction failed: {type(exc).__name__}: {exc}")


def process_batch(decoded_list: list[Decoded], model=None, budget=None) -> list[Record]:
    """Several inputs → their records, in order, segmented together (stanza_inference sorts
    the paragraphs of all the texts by length, so that little of the network's work is
    padding); then each document is extracted alone. Each text's segmentation is what it
    would be alone, so the records do not depend on the batch. If the
    batched call fails, each document is processed alone so that one bad text costs only
    its own record.
    """
    from .segmentation import stanza_sentences_batch

    # A text that `process` cuts into sections is segmented section by section there.
    readable = [d for d in decoded_list if d.text is not None and not sections.is_long(d.text)]
    try:
        batched = stanza_sentences_batch([d.text for d in readable], model) if readable else []
    except Exception:
        log.debug("batched tokenization failed; falling back to one call per document\n%s", traceback.format_exc())
        return [process(d, model=model, budget=budget) for d in decoded_list]
    sentences = {id(d): s for d, s in zip(readable, batched)}
    return [process(d, sentences.get(id(d)), model, budget) for d in decoded_list]
