"""A day told in a relative clause as the calendar's day an occasion is kept on ("koncerts, veltīts
Ozolu valsts dibināšanas gadadienai, kura tiek atzīmēta 16. februārī"; "…, ko svin 4. martā"; "…, kuru
atzīmēsim sestdien, 15. maijā", a weekday and its comma before the day): the
day the anniversary or feast falls on every year, no day of the occurrence dedicated to it, which
the text leaves undated. The verbs of keeping, as their listed forms, are events.toml's
[kept_day_clause]; one stands in the clause before the day or as the first word after it. Not
"…, kas notiks 16. februārī" (a verb of taking place), nor a clause naming an occurrence before
the day ("…, kuru atzīmēsim ar koncertu 18. novembrī"). O(REACH) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...record import DateMention
from .clause_before import clause_opening
from .lexicon import literals, vocabulary, whole_words
from .nouns import all_noun_starts
from .offsets import any_between

# How far before the day the relative clause may open, and where a clause ends; other_antecedent.py
# looks as far for its relative clause.
REACH = 60
_OPENING = re.compile(r",\s*(?:" + relative_pronoun("nominative", "accusative") + r")\s", re.IGNORECASE)
_SPACE = re.compile(r"[ \t]*")


@lru_cache(maxsize=1)
def _weekday_before() -> re.Pattern:
    """A weekday and its comma right before the day ("…, kuru atzīmēsim sestdien, 15. maijā")."""
    return re.compile(r"(?<!\w)(?:" + literals(vocabulary()["word_starts"]["weekdays"]) + r")[^\W\d_]*,\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    return whole_words(vocabulary()["kept_day_clause"]["verbs"], spaced=True)


def kept_day(doc: Document, mention: DateMention) -> bool:
    """Whether the date stands in a relative clause that tells the day its occasion is kept on."""
    text, start = doc.text, mention.span.start
    weekday = _weekday_before().search(text, max(0, start - 20), start)
    if weekday is not None:
        start = weekday.start()  # the weekday's comma is no clause's end
    opening = clause_opening(text, start, _OPENING, REACH)
    if opening is None:
        return False
    if any_between(all_noun_starts(doc), (opening.end(), start)):
        return False  # "…, kuru atzīmēsim ar koncertu 18. novembrī": the clause's own occurrence
    verb = _verb()
    if verb.search(text, opening.end(), start):
        return True
    # "…, kura 16. februārī tiek atzīmēta": the verb as the first words after the day
    return verb.match(text, _SPACE.match(text, mention.span.end).end()) is not None
