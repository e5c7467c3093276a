"""The debitive of a verb the action vocabulary does not list ("Līdz 4. aprīlim jāierodas birojā",
"kvīts jāuzrāda līdz …"): "jā" and the third person present ask for that verb's infinitive,
which the lemmatizer gives for the form without "jā". Verbs of staying or keeping on
([debitive] durative in deadlines.toml: "jāpaliek mājās līdz 1. jūnijam", "jāglabā līdz …")
say "until", not "by", and give none; nor does a pro-verb ([debitive] pro_verbs: "tas jāizdara līdz …"),
which only takes up an act named before it. A form the lemmatizer has not seen counts only in lower
case and with a vowel ending of the present ("jāuzrāda", "jānokārto", "jāvienojas"): its guess
for other endings makes verbs of names and nouns ("Jānim", "jātnieks"); a verbal prefix that,
stripped, leaves a present it knows ("jāizņem", "Jāatnes" opening a sentence) makes it a verb's."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.lemmas import is_listed, lemma
from ...latvian.verb_forms import is_verb_lemma
from ..deadline_cues import vocabulary

PREFIX = "jā"
# "jā" and at least this many letters: "jāiet" (iet) is the shortest debitive asked for.
MIN_REST = 3
UNSEEN_ENDINGS = ("a", "ā", "ē", "o", "as", "ās")


@lru_cache(maxsize=1)
def _durative() -> frozenset[str]:
    return frozenset(vocabulary()["debitive"]["durative"]) | frozenset(vocabulary()["debitive"]["pro_verbs"])


@lru_cache(maxsize=1)
def _verb_prefixes() -> tuple[str, ...]:
    return tuple(vocabulary()["debitive"]["verb_prefixes"])


def _prefixed_seen(rest: str) -> bool:
    """A prefixed present whose bare present the lemmatizer knows ("izņem" → "ņem"): the
    consonant ending of "jāizņem" is then a verb's, not a name's."""
    return any(rest.startswith(p) and len(rest) - len(p) >= 2 and is_listed(rest[len(p):])
               for p in _verb_prefixes())


@lru_cache(maxsize=4096)
def debitive_infinitive(word: str) -> str | None:
    """The infinitive a debitive form asks for, or None (not a debitive, a durative verb, or a
    form the lemmatizer cannot read as a verb's present). O(1) per distinct word."""
    low = word.lower()
    if not low.startswith(PREFIX) or len(low) < len(PREFIX) + MIN_REST:
        return None
    rest = low[len(PREFIX):]
    if not (is_listed(rest) or _prefixed_seen(rest)
            or (word == low and rest.endswith(UNSEEN_ENDINGS))):
        return None
    infinitive = lemma(rest, "VERB")
    if not is_verb_lemma(infinitive) or infinitive in _durative():
        return None
    return infinitive
