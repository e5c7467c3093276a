"""A date told with a verb that names its occurrence, then a contrast or a parallel item with a
noun of its own ("Skrīveros egli iedegs 9. decembrī, arī Neretā pasākums būs 9. decembrī"): the noun
across the contrast is the other item's, and the date's occurrence is the one its verb names (the
lighting, kept beside the other town's event). O(log n) per date."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import DateMention
from .noun_mention import NounMention
from .ranking import CONTRAST
from .verbs import occurrence_verbs

# How far before the date its verb may stand ("egli iedegs 9. decembrī").
VERB_BEFORE = 60


def verb_before_contrast(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether the noun stands after the date across a contrast and a verb naming an occurrence
    stands just before the date, with no contrast between them."""
    if noun.start < mention.span.end:
        return False
    contrast = CONTRAST.search(doc.text, mention.span.end, noun.start)
    if contrast is None:
        return False
    starts = doc.derived("events.verbs", occurrence_verbs)[0]
    lo = max(0, mention.span.start - VERB_BEFORE)
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < mention.span.start \
        and CONTRAST.search(doc.text, starts[k], mention.span.start) is None \
        and not any(c in doc.text[starts[k]:mention.span.start] for c in ".!?\n")
