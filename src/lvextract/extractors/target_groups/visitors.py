"""Whether a group is the one who visits another group rather than one served: "jaunieši viesojās
pansionātā, lai iepriecinātu seniorus", "skolēni dosies ciemos pie vientuļajiem pensionāriem".
A group followed in its clause by a verb of visiting (`[context] host_visit_verbs`, beginnings of
lower-case words), with a group of another id later in the same sentence (those visited), pays the
visit; the visited are the ones served. A visit with no other group named ("jaunieši viesojās
Itālijā") is the group's own trip and stays with the other rules."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .reader import Reader

VERB_REACH = 3  # words after the group, in its clause: "jaunieši šodien viesojās"
HOSTS_REACH = 60  # spaCy tokens after the group, white space included


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["host_visit_verbs"])


def visits_another_group(reader: Reader, group: str, start: int, end: int) -> bool:
    verbs, seen, j = _verbs(), 0, end
    while j < len(reader.sdoc) and seen < VERB_REACH:
        token = reader.sdoc[j]
        j += 1
        if token.is_space:
            continue
        if token.is_punct:
            return False
        seen += 1
        if token.text.lower().startswith(verbs):
            break
    else:
        return False
    sentence = reader.doc.sentence_index(reader.sdoc[start].idx)
    for i in range(j, min(len(reader.sdoc), end + HOSTS_REACH)):
        found = reader.in_mention.get(i)
        if found is not None and found.id != group:
            return reader.doc.sentence_index(reader.sdoc[i].idx) == sentence
    return False
