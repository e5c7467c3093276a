"""A locative right after an envoy's noun ("vēstniece Latvijas Republikā", "pārstāvis Eiropas
Savienībā"): the seat of the person's office, part of the title, no venue of the occurrence
(events.toml [office_seat] heads). O(venues) per event, each a look at the word before it."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{literals(vocabulary()['office_seat']['heads'])})\s+$", re.IGNORECASE)


def after_envoy(text: str, offset: int) -> bool:
    """Whether an envoy's noun stands right before `offset` (a look at the 30 characters before it)."""
    return _before().search(text, max(0, offset - 30), offset) is not None


def without_office_seat(doc: Document, groups: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """The venue groups without a venue that follows an envoy's noun."""
    return [[v for v in group if not after_envoy(doc.text, v[0])] for group in groups]
