"""funding: the funds and programmes that pay for the project (RECORD.md, "Funding").

The vocabulary is data (data/funding.toml): every id with its Latvian forms, matched on
stems so that any case form counts, and its abbreviations. One entry per id per document,
its span the first mention and its `name` the words as written there.
"""
from __future__ import annotations

from ..document import Document
from ..record import Funding, Record
from .vocabulary import Mention, vocabulary


def find_mentions(doc: Document) -> list[Mention]:
    """Every mention of a fund or programme, in text order (budgets read them for shares)."""
    return [m for m in vocabulary("funding").find(doc) if not m.id.startswith("_")]


def extract(doc: Document, record: Record) -> None:
    seen: set[str] = set()
    for mention in find_mentions(doc):
        if mention.id in seen:
            continue
        seen.add(mention.id)
        span = doc.span(mention.start, mention.end)
        record.funding.append(Funding(id=mention.id, name=" ".join(span.text.split()), span=span))
