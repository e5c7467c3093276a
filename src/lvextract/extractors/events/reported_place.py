"""A news report's attribution tail names who told, not where it took place ("28. oktobrī Ozolkalnu
apmeklēja delegācija, informēja Ozolkalna novada pašvaldībā"): the office in the locative after the
reporting verb ([attribution] verbs) is the source, so a place read only from that tail is dropped and
the visited town (visited_town.py) may take its stead. A tail: a comma, at most six words, the verb,
then the rest of the sentence; not a verb telling what was said ("informēja par …", attribution.py).
O(events): each sentence's tail is found once (a per-call cache)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Record
from .attribution import _patterns as _attribution
from .lexicon import vocabulary

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    verbs = "|".join(map(re.escape, vocabulary()["attribution"]["verbs"]))
    return re.compile(rf",[ \t]*(?:\S+[ \t]+){{0,6}}?({verbs})(?!\w)[^,;:!?]*$", re.IGNORECASE)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text)}


def drop_reported_places(doc: Document, record: Record) -> None:
    tails: dict[int, tuple[int, int] | None] = {}
    for event in record.events:
        if event.place is None or event.span is None:
            continue
        k = doc.sentence_index(event.span.start)
        if k is None:
            continue
        if k not in tails:
            sentence = doc.sentences[k]
            body = doc.text[sentence.start:sentence.end].rstrip(" .\n")
            m = _tail().search(body)
            # what the verb tells of ("informēja par …, ka …") is no attribution
            ok = m is not None and _attribution()[2].match(body, m.end(1), m.end(1) + 12) is None
            tails[k] = (sentence.start, sentence.start + m.start()) if ok else None
        tail = tails[k]
        if tail is None or event.span.start >= tail[1]:
            continue
        place = [stem(w) for w in _WORD.findall(event.place)]
        told = _stems(doc.text[tail[1]:doc.sentences[k].end])
        if place and set(place) <= told and not _within(place, doc.text[tail[0]:tail[1]]):
            event.place = None


def _within(place: list[str], text: str) -> bool:
    """Whether the place's words stand together before the tail too ("viesojās Ozolos, informēja …")."""
    words = [stem(w) for w in _WORD.findall(text)]
    n = len(place)
    return any(words[i:i + n] == place for i in range(len(words) - n + 1))
