"""text → Document → extractors → Record, for one document at a time."""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from . import PIPELINE_VERSION  # noqa: F401  (defined in __init__ so the cache reads it without extractors)
from .document import Document
from .extractors import budgets, contacts, dates, deadlines, events, funding, projects, target_groups, title
from .reading import Decoded
from .record import Error, ErrorCode, Record
from .segmentation import TokenOffsets, stanza_sentences

log = logging.getLogger(__name__)

Extractor = Callable[[Document, Record], None]

# The order is the data flow; see extractors/__init__.py.
EXTRACTORS: list[tuple[str, Extractor]] = [
    ("title", title.extract),                  # title
    ("dates", dates.extract),                  # document_date, dates, warnings
    ("budgets", budgets.extract),              # budgets
    ("funding", funding.extract),              # funding
    ("projects", projects.extract),            # projects
    ("target_groups", target_groups.extract),  # target_groups
    ("contacts", contacts.extract),            # contacts (phones skip dates, amounts, contract numbers)
    ("events", events.extract),                # events (+ role "event" on the dates they use)
    ("deadlines", deadlines.extract),          # deadlines (+ role "deadline"; contact from contacts)
]


def empty_record(decoded: Decoded) -> Record:
    return Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256)


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
    return record


def process(decoded: Decoded, sentences: list[list[TokenOffsets]] | None = None, model=None) -> Record:
    """One input → one record, whatever happens: a failure becomes the record's `error`."""
    if decoded.text is None:
        return error_record(decoded, decoded.error_code or ErrorCode.unreadable, decoded.error_message or "unreadable")
    try:
        doc = build_document(decoded.text, sentences, model)
        return extract(doc, empty_record(decoded))
    except Exception as exc:  # one bad document must not end a run over thousands
        log.debug("extraction failed on %s\n%s", decoded.source.name, traceback.format_exc())
        return error_record(decoded, ErrorCode.internal, f"{decoded.source.name}: extraction failed: {type(exc).__name__}: {exc}")


def process_batch(decoded_list: list[Decoded], model=None) -> list[Record]:
    """Several inputs → their records, in order, with ONE Stanza call for all their texts.

    The tokenizer dominates the cost and is much cheaper per character on a batch. If the
    batched call fails, each document is processed alone so that one bad text costs only
    its own record.
    """
    from .segmentation import stanza_sentences_batch

    readable = [d for d in decoded_list if d.text is not None]
    try:
        batched = stanza_sentences_batch([d.text for d in readable], model) if readable else []
    except Exception:
        log.debug("batched tokenization failed; falling back to one call per document\n%s", traceback.format_exc())
        return [process(d, model=model) for d in decoded_list]
    sentences = {id(d): s for d, s in zip(readable, batched)}
    return [process(d, sentences.get(id(d)), model) for d in decoded_list]
