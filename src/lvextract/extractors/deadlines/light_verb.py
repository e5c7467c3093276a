"""A verbal noun carried by a light verb ("Skaitītāju verificēšana jāveic līdz 12. maijam",
"jāveic datu pārreģistrēšana līdz …"): "veikt" only says that the act is to be done, the noun in
-šana names it, so the noun's own verb is the action. A Latvian -šana noun is its verb's
infinitive stem and "-šana" ("verificē-šana", "iesnieg-šana"; reflexive "-šanās"), so the
infinitive is read off the noun without a lexicon; a few act nouns of another shape ("nomaiņa",
"pārbaude") are listed with their verbs. [light_verb] in deadlines.toml lists the light verb's
forms and those nouns; verbs of a project's own work ([debitive] durative) give none."""
from __future__ import annotations

import re
from functools import lru_cache

from ..deadline_cues import vocabulary


@lru_cache(maxsize=1)
def _listed_nouns() -> dict[str, str]:
    """A listed act noun not in -šana ([light_verb.nouns]: "nomaiņa") → its verb."""
    return {form: infinitive for infinitive, forms in vocabulary()["light_verb"]["nouns"].items() for form in forms}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    table = vocabulary()["light_verb"]
    light = "|".join(table["light"])
    listed = "|".join(sorted(map(re.escape, _listed_nouns()), key=len, reverse=True))
    noun, gap = f"{table['noun']}|{listed}", rf"(?:\s+[^\W\d_]+){{0,{int(table['words_between'])}}}?\s+"
    # the noun before the light verb (its subject) or after it (the debitive's object)
    return re.compile(rf"(?<!\w)(?:(?P<before>{noun}){gap}(?:{light})|(?:{light}){gap}(?P<after>{noun}))(?!\w)",
                      re.IGNORECASE)


def _infinitive(noun: str) -> str | None:
    low = noun.lower()
    if low in _listed_nouns():
        return _listed_nouns()[low]
    stem, reflexive = (low[:-5], True) if low.endswith(("šanās", "šanos")) else (low[:low.rindex("šan")], False)
    infinitive = stem + ("ties" if reflexive else "t")
    return None if infinitive in vocabulary()["debitive"]["durative"] else infinitive


def light_verb_actions(text: str) -> list[tuple[str, int, int]]:
    """(infinitive, start, end) for each light verb with its -šana noun: one regex scan, O(n)."""
    found = []
    for m in _pattern().finditer(text):
        noun = m.group("before") or m.group("after")
        infinitive = _infinitive(noun)
        if infinitive is not None:
            found.append((infinitive, m.start(), m.end()))
    return found
