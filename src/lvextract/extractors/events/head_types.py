"""head_types: the type a record gives an occurrence found by a two-word form ("kausa izcīņa",
"sporta spēles"). The walk needs the two words to find it ("izcīņa" alone is a struggle won,
"spēles" alone games played) and keeps them as the noun's kind, since its rules decline that kind
("kausa izcīņas posms"); the record types it by its head noun, as RECORD.md asks: a genitive stays
only on "diena" ("a diena keeps the genitive that makes it an occurrence"). The forms are events.toml's
[head_type]; why these two and no other: docs/events.md, "Events read as the contract's annotators
read them, s42". O(events)."""

from __future__ import annotations

from functools import lru_cache

from ...record import Record
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _head_types() -> dict[str, str]:
    return dict(vocabulary().get("head_type", {}))


def type_by_head(record: Record) -> None:
    """Rename, in place, each event whose type [head_type] lists to the head noun it gives."""
    heads = _head_types()
    for event in record.events:
        event.type = heads.get(event.type, event.type)
