"""A day told in a relative clause as the day people began or ended their service, work or
studies ("… zvērestu dos karavīri, kuri dienestu uzsāka šī gada 19. jūlijā Ādažos"), or were
deported ("… nolasīs vārdus tiem, kas 1949. gada 25. martā izsūtīti"): a stage of their lives, no
occurrence's day, though the sentence around it announces one. The verbs and the nouns are
events.toml's [life_stage]. So is a life's start or end told by its verb alone ("… pieminēts
brīvprātīgais, kurš krita 2023. gada 1. oktobrī"), a listed form as the clause's own verb, before
the day or as the first word after it: not a word later in the clause ("… notiks 11. novembrī pie
kritušo pieminekļa" is an occurrence's day). O(REACH) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...latvian.relatives import relative_pronoun
from ...record import DateMention
from ...temporal.commemorated import remembered_day
from .clause_before import CLAUSE_END, clause_opening
from .lexicon import stems, vocabulary

# How far before the day the relative clause may open, and where a clause ends.
REACH = 80
_OPENING = re.compile(r",\s*" + relative_pronoun("nominative") + r"\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs' and nouns' stems, and the life verbs as their listed forms, lower-case."""
    life_verbs = frozenset(w.lower() for w in vocabulary()["life_stage"]["life_verbs"])
    return stems("life_stage", "verbs"), stems("life_stage", "nouns"), life_verbs


def life_stage_day(doc: Document, mention: DateMention) -> bool:
    """Whether the date stands in a relative clause whose verb tells that its people began or
    ended a service, a job or studies, the noun of it in the clause too, or were born or died."""
    text, start = doc.text, mention.span.start
    opening = clause_opening(text, start, _OPENING, REACH)
    if opening is None:
        return False
    if remembered_day(text, mention.span.end):
        return True  # "… vārdi, kas 1949. gada 25. martā izsūtīti": the day they were deported
    stop = min(len(text), mention.span.end + REACH)
    end = CLAUSE_END.search(text, mention.span.end, stop)
    clause_end = end.start() if end else stop
    verbs, nouns, life_verbs = _words()
    first_after = _WORD.search(text, mention.span.end, clause_end)
    if any(w.lower() in life_verbs for w in _WORD.findall(text, opening.end(), start)) \
            or (first_after is not None and first_after.group().lower() in life_verbs):
        return True
    clause = [stem(w.lower()) for w in _WORD.findall(text, opening.end(), clause_end)]
    return any(w in verbs for w in clause) and any(w in nouns for w in clause)
