"""People gathering for one occurrence named by its genitive ("skolas zālē sapulcējās koncerta
dalībnieki un skatītāji", "pulcējās svētku apmeklētāji"): the gathering is that occurrence, so the
generic word of the gathering verb ("pulcējās" → pasākums) does not beat the noun they are the
people of, though "dalībnieki" frames it (ranking.is_frame). Not the people of many occurrences
in the plural genitive ("olimpiāžu dalībnieki")."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
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
