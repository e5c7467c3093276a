"""One kind of occurrence told again on a day pointed back to by "šajā pašā dienā" / "tajā pašā
dienā" ("26. jūnijā aicina uz pārgājienu no A uz B. Šajā pašā dienā notiks putnu vērošanas
pārgājiens Liepās"): "the very same day" tells of something else that day, so the second is
another occurrence when it is placed where the first is not (a venue the first lacks or differs
from) or is said to take place too ("arī"). A bare "šajā dienā" may retell the first
("Seminārs notiks 5. maijā. Šajā dienā seminārā …"), and two unplaced mentions without "arī"
stay one. O(1) per pair."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, Event
from .told_apart import told_apart

_VERY_SAME = re.compile(r"\bpašā\s+dienā$", re.IGNORECASE)
_ALSO = re.compile(r"(?<!\w)arī(?!\w)", re.IGNORECASE)
# How far past the pointing words "arī" may stand in their clause ("Tajā pašā dienā notiks arī …").
ALSO_REACH = 30


def other_on_same_day(doc: Document, event: Event, known: Event, again: DateMention) -> bool:
    """Whether `event`, dated by the pointing words `again`, is another occurrence than `known`."""
    if not _VERY_SAME.search(doc.text[again.span.start:again.span.end]):
        return False
    if event.place and event.place != known.place:
        return True
    tail = doc.text[again.span.end:again.span.end + ALSO_REACH]
    return bool(_ALSO.search(re.split(r"[.;!?]", tail, maxsplit=1)[0]))



def placed_apart(event: Event, twins) -> bool:
    """Whether `event` is at a venue apart from the day's other placed occurrences of its kind: once
    "šajā pašā dienā" parted an unplaced first from a placed second ("… Vīdalē"), a third at another
    venue ("…, bet vakarpusē … Dundagā") is another again, not the unplaced first told with a place."""
    return bool(event.place) and bool(twins) and all(twin.place and told_apart(event, twin) for twin in twins)
