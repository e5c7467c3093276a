"""A venue one group visited ("skolēni apmeklēja pensionāru dienas centru", "pedagogi
apmeklēja jauniešu centru") is a place on their trip: the group in its name is not served by the visit
(the visitors are; genitives.collective_follows asks). People visited ("apciemoja seniorus") are
another matter (visited_people.py), and so is a home "apciemot", which visits its people.
Words: target_groups.toml [visited_venue]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load

REACH_WORDS = 3  # the verb, and a place's genitive or an adjective between: "apmeklēja vietējo pensionāru …"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["visited_venue"]
    return tuple(c["verbs"]), tuple(c["past_endings"])


def visited_venue(reader, start: int) -> bool:
    """Whether the genitive group at token `start`, naming a venue, is the object of a past verb of
    visiting a few words before it whose subject is a group of another id earlier in the sentence."""
    verbs, past_endings = _words()
    i: int | None = start
    for _ in range(REACH_WORDS):
        if reader.sdoc[i].is_sent_start:
            return False
        i = reader.previous_word(i)
        if i is None or reader.sdoc[i].is_punct:
            return False
        word = reader.word(i)
        if word.startswith(verbs) and word.endswith(past_endings):
            return _visitor_before(reader, i, reader.in_mention.get(start))
    return False


def _visitor_before(reader, verb: int, visited) -> bool:
    """Whether a group mention of another id stands before the verb at token `verb`, in its sentence."""
    sentence = reader.sdoc[verb].sent
    return any(found is not visited and (visited is None or found.id != visited.id)
               for j, found in reader.in_mention.items() if sentence.start <= j < verb)
