"""A relative clause that tells what the people of a date's clause achieved before: "29. novembrī
godināja sportistus, kuri ieguvuši medaļas skolēnu sporta spēlēs" — the games are where the medals
were won, not what took place on the 29th. O(REACH) per asked noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import literals, vocabulary

# How far before the noun the relative clause may open.
REACH = 160
OPENING = re.compile(r",\s*(?:kas|kuri|kuras|kurš|kura)\s", re.IGNORECASE)
# A clause's end: a comma, a stop that is not an ordinal's ("55. skolēnu sporta spēlēs"), a line break.
CLAUSE_END = re.compile(r"[,;!?\n]|(?<!\d)\.")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['achieved']['verbs'])})(?!\w)", re.IGNORECASE)


def in_achieved(doc: Document, noun, mention: DateMention) -> bool:
    """Whether the noun stands in a relative clause, not the date's, whose verb tells an achievement
    or a taking part ([achieved]) before the noun."""
    opening = None
    for m in OPENING.finditer(doc.text, max(0, noun.start - REACH), noun.start):
        opening = m
    if opening is None or opening.start() <= mention.span.start < noun.start:
        return False
    if CLAUSE_END.search(doc.text, opening.end(), noun.start):
        return False
    if noun.end <= mention.span.start and not CLAUSE_END.search(doc.text, noun.end, mention.span.start):
        # The date stands in the same clause past the noun: it dates what the people took part in
        # ("…, kuri piedalījās projekta konferencē Rīgā 27.-28.11.2018., …"), that occurrence's day.
        return False
    return _verbs().search(doc.text, opening.end(), noun.start) is not None
