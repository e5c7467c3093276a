"""The day's own occurrence told above its hour lines without an hour ("1. novembrī Svētās Mises
notiks: / plkst. 9.00 Svētā Mise poļu valodā; / plkst. 11.00 Svētā Mise …"): the first line of its
kind is that occurrence, so it takes the line's hour, and the later lines of the kind, at other
hours, are more occurrences of the day (added_events). O(nouns of the line)."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention
from .lexicon import generic_types
from .ranking import Nouns


def hour_for_untimed(doc: Document, index: Nouns, item: tuple[int, int], day: DateMention, by_key: dict,
                     start_time: str, end_time: str | None) -> None:
    nouns = [n for n in index.all_in(item, told=True) if n.kind not in generic_types()]
    known = by_key.get((nouns[0].kind, day.value)) if nouns else None
    if known is not None and known.start_time is None:
        known.start_time, known.end_time = start_time, end_time
