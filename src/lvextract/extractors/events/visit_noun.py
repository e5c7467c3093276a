"""A visit told only by its verb ("2. augustā akadēmiju apmeklēja vēstniece", "viesojās projekta
partneri") and retold later by a noun of the text's own: the occurrence takes that noun's type
("Tikšanās laikā ar rektori …" → `tikšanās`, "… pirmā viesošanās Daugavpilī" → `viesošanās`),
"viesošanās" (the verb's own noun) before "tikšanās". A text that names the visit "vizīte" anywhere
keeps it; a noun said to take place ("Domē notiks tikšanās ar deputātiem") is a part of the visit,
no retelling (docs/events.md, ev148: dev 1 100, 5 of 5 such cases, 4 readers, typed by the retelling
noun in the blind gold). Found once per document: one pass over the text for the nouns
(events.toml [visit_noun])."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .lexicon import listed_pattern, vocabulary


@lru_cache(maxsize=1)
def _nouns() -> re.Pattern:
    """Any word starting with the visit's own noun or a retelling noun's stem, with the verb of taking
    place right before it (maybe past one word) when there is one."""
    return listed_pattern("visit_noun", r"(?:(?<!\w)(?P<verb>{happening})\s+(?:[^\W\d_]+\s+)?)?"
                                        r"(?<!\w)(?P<noun>(?:{own}|{retelling})\w*)")


def retype_verb_visits(doc: Document, record: Record) -> None:
    """Retypes the verb-told visits (no "vizīte" in their span) by the retelling noun after them."""
    words = vocabulary()["visit_noun"]
    visit = words["visit_type"]
    own = tuple(words["own"])
    told = [e for e in record.events if e.type == visit and e.span is not None
            and not any(stem in e.span.text.lower() for stem in own)]
    if not told:
        return
    matches = list(_nouns().finditer(doc.text))
    if any(m.group("noun").lower().startswith(own) for m in matches):
        return  # the text calls it a visit itself
    # "Domē notiks tikšanās ar deputātiem": a meeting said to take place is an occurrence of its own
    # (a part of the visit), no retelling of it.
    found = [(m.start("noun"), m.group("noun").lower()) for m in matches if m.group("verb") is None]
    # The retelling nouns used from each found noun on (a suffix walk), so each visit asks by bisection.
    positions = [at for at, _ in found]
    best_after: list[int | None] = [None] * (len(found) + 1)
    for k in range(len(found) - 1, -1, -1):
        rank = next((place for place, stem in enumerate(words["retelling"]) if found[k][1].startswith(stem)), None)
        later = best_after[k + 1]
        best_after[k] = rank if later is None or (rank is not None and rank < later) else later
    taken = {(e.type, e.start) for e in record.events}
    dropped = set()
    for event in told:
        # the first retelling noun in the listed order that the text uses after the verb
        rank = best_after[bisect.bisect_right(positions, event.span.start)]
        if rank is None:
            continue
        kind = words["types"][rank]
        if (kind, event.start) in taken:
            dropped.add(id(event))  # the day's meeting is told already: one occurrence
            continue
        event.type = kind
        taken.add((kind, event.start))
    if dropped:
        record.events = [e for e in record.events if id(e) not in dropped]
