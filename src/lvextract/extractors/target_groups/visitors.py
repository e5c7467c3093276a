"""Whether a group is the one who visits another group rather than one served: "jaunieši viesojās
pansionātā, lai iepriecinātu seniorus", "skolēni dosies ciemos pie vientuļajiem pensionāriem".
A group followed in its clause by a verb of visiting (`[context] host_visit_verbs`, beginnings of
lower-case words), with a group of another id later in the same sentence (those visited), pays the
visit; the visited are the ones served. A visit with no other group named ("jaunieši viesojās
Itālijā") is the group's own trip and stays with the other rules. So is a group said after the verb
of visiting with the visited before it in the dative: "Pansionātā mūsu senioriem viesojās skolēni ar
dziesmām" (`_after_the_visited`)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
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
        return _after_the_visited(reader, group, start, verbs)
    j = verb + 1
    sentence = reader.doc.sentence_index(reader.sdoc[start].idx)
    for i in range(j, min(len(reader.sdoc), end + HOSTS_REACH)):
        found = reader.in_mention.get(i)
        if found is not None and found.id != group:
            return reader.doc.sentence_index(reader.sdoc[i].idx) == sentence
    return False


def _after_the_visited(reader: Reader, group: str, start: int, verbs: tuple[str, ...]) -> bool:
    """Whether the group at token `start` follows a verb of visiting (a few words back, in its
    clause) that follows a group of another id in the dative: "mūsu senioriem viesojās skolēni"."""
    verb = next((i for i in reader.words_back(start, VERB_REACH)
                 if reader.sdoc[i].is_punct or reader.word(i).startswith(verbs)), None)
    if verb is None or reader.sdoc[verb].is_punct:
        return False
    for i in reader.words_back(verb, VERB_REACH):
        if reader.sdoc[i].is_punct:
            return False
        found = reader.in_mention.get(i)
        if found is not None and found.id != group and "dative" in form(reader.sdoc[found.mention.token_end - 1].text):
            return True
    return False
