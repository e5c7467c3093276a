"""An occurrence noun in an oblique case of the plural ("piedalīties radošajās meistarklasēs", "koncerts
ar dzejas lasījumiem", "aicinot pastaigā, izstādēs un ekskursijās") on a day that already has an
occurrence of another kind names the kinds of things done that day, no occurrence of its own: blind
readers listed none of 5 such on 4 pages of 4 sites, while the same plurals alone on their day were
read as occurrences 10 times of 14 (so the other occurrence is the condition). The nominative plural
("pilsētā būs koncerti") is left: readers split on it; and so is a held report's later item ("Bērni
varēja darboties radošajās darbnīcās", report_items): every case counted was planned, and the report's
items are read as that day's occurrences. Data: events.toml [oblique_plurals].
O(events): the day's kinds counted once."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ...record import Record
from .lexicon import vocabulary
from .offsets import span_last_word


@lru_cache(maxsize=1)
def _endings() -> dict[str, tuple[str, ...]]:
    """The type's nominative singular ending → the oblique plural endings of its declension."""
    return {k: tuple(v) for k, v in vocabulary()["oblique_plurals"]["endings"].items()}


def _oblique_plural(event) -> bool:
    """Whether the event's span ends with its type's noun in an oblique case of the plural."""
    last = span_last_word(event)
    head = event.type.split()[-1].lower()
    if last is None or len(head) < 4:
        return False
    word = last.text.lower()
    for ending, plurals in _endings().items():
        if head.endswith(ending) and word.startswith(head[:-len(ending)]) \
                and word[len(head) - len(ending):] in plurals:
            return True
    return False


def drop_oblique_plurals(record: Record) -> None:
    """Drops an event told by an oblique plural when its day has an event of another kind not so told."""
    plural = {id(e) for e in record.events if e.status != "held" and _oblique_plural(e)}
    if not plural:
        return
    kinds: dict[object, set[str]] = defaultdict(set)
    for e in record.events:
        if id(e) not in plural and e.start is not None:
            kinds[e.start].add(e.type)
    record.events = [e for e in record.events
                     if id(e) not in plural or not (kinds.get(e.start, set()) - {e.type})]
