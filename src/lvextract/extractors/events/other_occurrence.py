"""Whether a clause tells another occurrence taking place ("Koncerts notiks 1. jūnijā. Tajā pašā dienā
notiks izstāde, atvērta no pulksten 10"): its clock time is that one's, not lent to the occurrence of
the clause before. It takes a specific event noun of another kind and a word of taking place
([happens]); a part of the day told without one keeps lending its hour ("No pulksten 11 sacensībās
aicināti piedalīties …" under a sports day). O(log n + the clause's nouns + the clause): the nouns are
found once per document, and this is asked once per event, of one clause."""
from __future__ import annotations

import bisect

from ...document import Document
from .lexicon import generic_types, happens_pattern
from .noun_mention import NounMention
from .nouns import event_nouns, noun_starts


def names_other(doc: Document, clause: tuple[int, int], noun: NounMention) -> bool:
    nouns, starts = event_nouns(doc), noun_starts(doc)
    generic = generic_types()
    other = any(nouns[k].kind != noun.kind and nouns[k].kind not in generic
                for k in range(bisect.bisect_left(starts, clause[0]), bisect.bisect_left(starts, clause[1])))
    return other and happens_pattern().search(doc.text, *clause) is not None
