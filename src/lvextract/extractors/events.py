"""events (not written yet: returns nothing until its issue lands)."""
from __future__ import annotations

from ..document import Document
from ..record import Record


def extract(doc: Document, record: Record) -> None:
    return None
