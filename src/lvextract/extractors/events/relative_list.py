"""A list of activities inside a relative clause the day stands outside of: "5. maijā projekts
sāka atlasīt ciemus, kuru iedzīvotāji piedalīsies apmācībās, konsultācijās un pieredzes braucienos"
— the day dates the selection; the training, advice and trips are what the villages will take part
in later, a plan's list, not occurrences of that day (RECORD: a list of planned activities is no
event). Only a noun in such a clause with another word of the same ending right after it (a
listed noun the vocabulary may not hold, or a relative pronoun of that case). Asked by the walk
(__init__) once its noun is chosen; the date is then left undated by it."""
from __future__ import annotations

import re

from ...document import Document
from ...record import DateMention
from .noun_mention import NounMention
from .ranking import Nouns
from .relative_nouns import in_other_relative

# The joint between two listed nouns: a comma or "un"/"vai", then the next word. A relative pronoun
# of the same ending passes too ("piedalīsies semināros, kuros runās …"): such a noun is the
# relative clause's own as well, no occurrence of the day outside it.
_LISTED = re.compile(r"\s*(?:,\s*|\s(?:un|vai)\s+)([^\W\d_]{4,})")


def listed_in_relative(doc: Document, index: Nouns, noun: NounMention | None, mention: DateMention) -> bool:
    """Whether `noun` stands in a relative clause away from the date and is listed with another noun
    in its case (the same ending: "apmācībās, konsultācijās"; the vocabulary may not hold the next
    one, "konsultācijās" naming no occurrence alone). O(1)."""
    if noun is None or in_other_relative(doc, noun, mention) is None:
        return False
    m = _LISTED.match(doc.text, noun.end)
    ending = doc.text[noun.end - 2:noun.end].lower()
    return m is not None and m.group(1).lower().endswith(ending)
