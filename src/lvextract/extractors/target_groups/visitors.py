"""Whether a group is the one who visits another group rather than one served: "jaunieši viesojās
pansionātā, lai iepriecinātu seniorus", "skolēni dosies ciemos pie vientuļajiem pensionāriem".
A group followed in its clause by a verb of visiting (`[context] host_visit_verbs`, beginnings of
lower-case words), with a group of another id later in the same sentence (those visited), pays the
visit; the visited are the ones served. A visit with no other group named ("jaunieši viesojās
Itālijā") is the group's own trip and stays with the other rules."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .reader import Reader, clause_tokens_after

VERB_REACH = 3  # words after the group, in its clause: "jaunieši šodien viesojās"
HOSTS_REACH = 60  # spaCy tokens after the group, white space included


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["host_visit_verbs"])


def visits_another_group(reader: Reader, group: str, start: int, end: int) -> bool:
    verbs = _verbs()
    verb = next((k for k, token in clause_tokens_after(reader, end, VERB_REACH)
                 if token.text.lower().startswith(verbs)), None)
    if verb is None:
        return False
    j = verb + 1
    sentence = reader.doc.sentence_index(reader.sdoc[start].idx)
    for i in range(j, min(len(reader.sdoc), end + HOSTS_REACH)):
        found = reader.in_mention.get(i)
        if found is not None and found.id != group:
            return reader.doc.sentence_index(reader.sdoc[i].idx) == sentence
    return False
