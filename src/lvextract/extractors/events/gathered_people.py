"""People gathering for one occurrence named by its genitive ("skolas zālē sapulcējās koncerta
dalībnieki un skatītāji", "pulcējās svētku apmeklētāji"): the gathering is that occurrence, so the
generic word of the gathering verb ("pulcējās" → pasākums) does not beat the noun they are the
people of, though "dalībnieki" frames it (ranking.is_frame). Not the people of many occurrences
in the plural genitive ("olimpiāžu dalībnieki"). Likewise people who meet at an occurrence named
after the meeting verb in the locative ("tiksies … lielkoncertā", met_at): it is no meeting; and
people who meet in order to hold a sitting named in the locative of the purpose clause ("satikās
projekta partneri, lai … vadības komitejas sanāksmē atskatītos uz padarīto", sitting_met_for): the sitting;
or to compete in a contest so named ("tikās komandas, lai sacenstos … konkursā"): the contest."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...latvian.place_nominative import is_locative
from .lexicon import generic_types, vocabulary
from .noun_mention import NounMention
from .headline import PLURAL_ENDINGS
from .ranking import followed_by


@lru_cache(maxsize=1)
def _people() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["gathered_people"]["people"])


def gathered_for(doc: Document, noun: NounMention, verb: NounMention | None) -> bool:
    """Whether a generic gathering verb's people are the noun's own ("koncerta dalībnieki"). O(1)."""
    if verb is None or verb.kind not in generic_types() or noun.kind in generic_types():
        return False
    surface = doc.text[noun.start:noun.end].lower()
    if surface.endswith("u") and not noun.kind.endswith(("u",) + PLURAL_ENDINGS):
        return False  # "olimpiāžu dalībnieki": many occurrences (not "svētku": a plural-only kind)
    return followed_by(doc, noun, _people())


# How far past the meeting verb its locative occurrence may stand (a long genitive name between).
MET_AT_REACH = 120


@lru_cache(maxsize=1)
def _meeting_verbs() -> frozenset[str]:
    return frozenset(vocabulary()["gathered_people"]["meeting_verbs"])


def met_at(doc: Document, noun: NounMention, verb: NounMention | None) -> bool:
    """Whether a meeting verb's people meet at the noun's occurrence: the noun follows the verb in
    its clause, in the locative ("… tiksies ieskaņu lielkoncertā"), no comma or stop between. O(1)."""
    if verb is None or noun.start < verb.end or noun.start - verb.end > MET_AT_REACH:
        return False
    if doc.text[verb.start:verb.end].lower() not in _meeting_verbs():
        return False
    if any(mark in doc.text[verb.end:noun.start] for mark in ",;:.!?\n"):
        return False  # "tikās ar vēstnieku, lai pārrunātu … vizītes sagatavošanu": another clause
    return is_locative(doc.text[noun.start:noun.end])


# How far past the meeting verb its purpose clause may open (the list of who met stands between).
PURPOSE_REACH = 300
PURPOSE = re.compile(r",\s*lai\s", re.IGNORECASE)
CLAUSE_END = re.compile(r"[,;:.!?\n]")


@lru_cache(maxsize=1)
def _sittings() -> frozenset[str]:
    """The sittings and the contests people meet to hold or to compete in."""
    data = vocabulary()["gathered_people"]
    return frozenset(data["sittings"]) | frozenset(data["contests"])


def sitting_met_for(doc: Document, index, verb: NounMention | None) -> NounMention | None:
    """The sitting a meeting verb's people met to hold, named in the locative in the purpose clause
    of the verb's sentence ("…, lai … sanāksmē atskatītos"), else the verb itself. O(clause)."""
    if verb is None or doc.text[verb.start:verb.end].lower() not in _meeting_verbs():
        return verb
    k = doc.sentence_index(verb.start)
    if k is None:
        return verb
    end = doc.sentences[k].end
    purpose = PURPOSE.search(doc.text, verb.end, min(end, verb.end + PURPOSE_REACH))
    if purpose is None:
        return verb
    stop = CLAUSE_END.search(doc.text, purpose.end(), end)
    clause = (purpose.end(), stop.start() if stop else end)
    # The meeting verb tells that what they met for took place: a contest needs no verb of its own.
    for noun in index.all_in(clause, told=True):
        if noun.kind in _sittings() and is_locative(doc.text[noun.start:noun.end]):
            return noun
    return verb
