"""One kind of occurrence told again on a day pointed back to by "šajā pašā dienā" / "tajā pašā
dienā" ("26. jūnijā aicina uz pārgājienu no A uz B. Šajā pašā dienā notiks putnu vērošanas
pārgājiens Liepās"): the second is another occurrence only when the text says so — two venues
named apart, a venue the first lacks for a noun qualified anew ("putnu vērošanas pārgājiens"), or
"arī" told of its taking place ("notiks arī", "arī otrs koncerts"). The bare noun placed again
("Koncerts notiks 12. jūlijā. Tajā pašā dienā koncerts notiks Ozolu baznīcā") tells where the one
concert is, and "arī" of something else ("koncertā uzstāsies arī koris", "koncertu translēs arī
televīzijā") retells it. O(1) per pair."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention, Event
from .told_apart import told_apart

_VERY_SAME = re.compile(r"\bpašā\s+dienā$", re.IGNORECASE)
# "arī" told of the occurrence itself: beside its verb of taking place, or before a word for
# another one ("otrs", "vēl viens").
_VERBS = r"(?:notiks|notika|norisināsies|norisinājās|būs|bija|tiks\s+rīkot\w*|gaidām\w*)"
_ALSO_TOLD = re.compile(rf"(?<!\w)(?:{_VERBS}\s+arī|arī\s+{_VERBS}|arī\s+(?:otr|vēl)\w*)(?!\w)|(?<!\w)vēl\s+vien\w*(?!\w)",
                        re.IGNORECASE)
# How far past the pointing words the telling words may stand in their clause.
ALSO_REACH = 40
# A genitive right before the noun, which names the occurrence's own sort ("putnu vērošanas pārgājiens").
_QUALIFIED = re.compile(r"[^\W\d_]{2,}(?:as|es|us|u)\s+[^\W\d_]+$")


def other_on_same_day(doc: Document, event: Event, known: Event, again: DateMention) -> bool:
    """Whether `event`, dated by the pointing words `again`, is another occurrence than `known`."""
    if not _VERY_SAME.search(doc.text[again.span.start:again.span.end]):
        return False
    tail = doc.text[again.span.end:again.span.end + ALSO_REACH]
    if _ALSO_TOLD.search(re.split(r"[.;!?]", tail, maxsplit=1)[0]):
        return True
    if not event.place or event.place == known.place:
        return False
    return bool(known.place) or bool(_QUALIFIED.search(doc.text, event.span.start, event.span.end))


def placed_apart(event: Event, twins) -> bool:
    """Whether `event` is at a venue apart from the day's other placed occurrences of its kind: once
    "šajā pašā dienā" parted an unplaced first from a placed second ("… Vīdalē"), a third at another
    venue ("…, bet vakarpusē … Dundagā") is another again, not the unplaced first told with a place."""
    return bool(event.place) and bool(twins) and all(twin.place and told_apart(event, twin) for twin in twins)
