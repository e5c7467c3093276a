"""Whether an unquoted run of words after "projektu" reads as a project's title: Latvian titles name
an action in the nominative ("… atjaunošana …", "… izveide …", "… attīstība …"), which running text
after the accusative project word rarely has ("projektu Ozolu novada skolās" names a place, no
title). The endings and the nouns are data (data/projects.toml [unquoted_title])."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    data = load("projects")["unquoted_title"]
    return tuple(data["endings"]), frozenset(data["nouns"]), frozenset(data["finite_verbs"])


def action_title(name: str) -> bool:
    """An action noun in the nominative among the name's words after its first, and no finite verb
    among them ([unquoted_title] finite_verbs: "Saeimā notika ilga diskusija" is prose)."""
    endings, nouns, verbs = _words()
    words = [w.lower() for w in name.split()]
    if any(w in verbs for w in words):
        return False
    return any(w.endswith(endings) or w in nouns for w in words[1:]) or words[0] in nouns or words[0].endswith(endings)
