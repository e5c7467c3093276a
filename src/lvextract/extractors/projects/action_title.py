"""Whether an unquoted run of words after "projektu" reads as a project's title: Latvian titles name
an action in the nominative ("… atjaunošana …", "… izveide …", "… attīstība …"), which running text
after the accusative project word rarely has ("projektu Ozolu novada skolās" names a place, no
title). The endings and the nouns are data (data/projects.toml [unquoted_title]), read once here for
this module, unquoted_title.py and unclosed.py (`unquoted_title_words`)."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ...latvian.lemmas import stem
from ...latvian.places import venue_stems
from ..vocabulary import load


class UnquotedTitleWords(NamedTuple):
    endings: tuple[str, ...]  # an action noun's nominative endings ("-šana", "-ums")
    nouns: frozenset[str]  # action nouns of other shapes ("izveide", "attīstība")
    finite_verbs: frozenset[str]  # a run with one of them is prose, no title
    participle_after: frozenset[str]  # the project words after which a run closed by a participle is read
    not_participles: tuple[str, ...]  # starts of words of the participle's shape that close no title
    prepositions: frozenset[str]  # a word after one of them closes a title ("… ceļš uz skolu")
    place_stems: frozenset[str]  # place nouns (and places.toml's venues) whose locative is where the work is
    kind_nouns: frozenset[str]  # a kind's noun before a quoted name
    adverbs: frozenset[str]  # adverbs not in "-i" before a participle: the run before is its doer


@lru_cache(maxsize=1)
def unquoted_title_words() -> UnquotedTitleWords:
    """projects.toml [unquoted_title], read once."""
    data = load("projects")["unquoted_title"]
    return UnquotedTitleWords(
        tuple(data["endings"]), frozenset(data["nouns"]), frozenset(data["finite_verbs"]),
        frozenset(data["participle_after"]), tuple(data["not_participles"]), frozenset(data["prepositions"]),
        frozenset(stem(w) for w in data["place_nouns"]) | venue_stems(), frozenset(data["kind_nouns"]),
        frozenset(data["adverbs"]))


def action_title(name: str) -> bool:
    """An action noun in the nominative among the name's words after its first, and no finite verb
    among them ([unquoted_title] finite_verbs: "Saeimā notika ilga diskusija" is prose)."""
    words_of = unquoted_title_words()
    endings, nouns, verbs = words_of.endings, words_of.nouns, words_of.finite_verbs
    words = [w.lower() for w in name.split()]
    if any(w in verbs for w in words):
        return False
    return any(w.endswith(endings) or w in nouns for w in words[1:]) or words[0] in nouns or words[0].endswith(endings)
