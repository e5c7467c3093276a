"""A relative clause that tells what the people of a date's clause achieved before: "29. novembrī
godināja sportistus, kuri ieguvuši medaļas skolēnu sporta spēlēs" — the games are where the medals
were won, not what took place on the 29th. So do the contests an award's achievements were won in
("5. jūnijā pasniegs balvas par sasniegumiem konkursos, izstādēs un skatēs"): a list under the
achievement noun, not the day's occurrence. O(REACH) per asked noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...record import DateMention
from .lexicon import literals, vocabulary

# How far before the noun the relative clause may open.
REACH = 160
OPENING = re.compile(r",\s*" + relative_pronoun("nominative") + r"\s", re.IGNORECASE)
# A clause's end: a comma, a stop that is not an ordinal's ("55. skolēnu sporta spēlēs"), a line break.
CLAUSE_END = re.compile(r"[,;!?\n]|(?<!\d)\.")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['achieved']['verbs'])})(?!\w)", re.IGNORECASE)


# How far after the achievement noun its list of contests may reach, and how many words may stand
# after the list's last comma before the noun ("konkursos, izstādēs un skatēs": one, "izstādēs un").
ACHIEVEMENT_REACH, LIST_TAIL_WORDS = 90, 3
LIST_BREAK = re.compile(r"[;!?\n]|(?<!\d)\.")


@lru_cache(maxsize=1)
def _achievement_nouns() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['achieved']['noun_starts'])})\w*", re.IGNORECASE)


def under_achievement(doc: Document, noun) -> bool:
    """Whether the noun stands in the list right after an achievement noun ("par sasniegumiem
    starptautiskos konkursos, izstādēs"): no clause's end between, only the list's commas."""
    last = None
    for m in _achievement_nouns().finditer(doc.text, max(0, noun.start - ACHIEVEMENT_REACH), noun.start):
        last = m
    if last is None:
        return False
    gap = doc.text[last.end():noun.start]
    if LIST_BREAK.search(gap):
        return False
    return len(gap.rsplit(",", 1)[-1].split()) <= LIST_TAIL_WORDS


def in_achieved(doc: Document, noun, mention: DateMention) -> bool:
    """Whether the noun stands in a relative clause, not the date's, whose verb tells an achievement
    or a taking part ([achieved]) before the noun, or in the list of an achievement noun."""
    if under_achievement(doc, noun) and not (
            noun.end <= mention.span.start and not CLAUSE_END.search(doc.text, noun.end, mention.span.start)):
        return True
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
