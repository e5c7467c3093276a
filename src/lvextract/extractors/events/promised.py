"""Occurrences a dated subject only promises ("Galvenā svētku diena – 9. augusts – sola koncertus,
sacensības un balli"): the verb of promising stands between the date and the noun, so the noun is
what the day offers in general, no occurrence the text dates. Data: events.toml [promised] (the
verbs and how far after the verb the noun may stand). One bounded search per event; O(reach)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import DateMention
from ...word_regex import last_match
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _verb() -> tuple[re.Pattern, int]:
    data = vocabulary()["promised"]
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data['verbs'])})(?![^\W\d_])", re.IGNORECASE), int(data["reach"])


# No end of a clause between the verb and the noun: the noun must be the verb's own object.
_STOP = re.compile(r"[.;:!?\n]|,\s*(?:ka|kas|kur|kad|jo|lai|tāpēc|tādēļ|bet|taču|tomēr)(?![^\W\d_])", re.IGNORECASE)
# The day is the promise's own (its subject, "diena – 9. augusts – sola", or its time, "Organizatori
# 2. jūlijā apsolīja"): no comma between them, or the promise is an aside ("9. augustā, kā sola
# organizatori, … notiks koncerts") or another clause's ("…, organizatori žada, ka koncerts …").
_ASIDE = re.compile(r"[.;:!?\n,]")


def only_promised(text: str, noun, mention: DateMention) -> bool:
    if noun.start <= mention.span.end:
        return False
    verb, reach = _verb()
    found = last_match(verb, text, mention.span.end, noun.start)
    if found is None or noun.start - found.end() > reach:
        return False
    return _STOP.search(text, found.end(), noun.start) is None and _ASIDE.search(text, mention.span.end, found.start()) is None
