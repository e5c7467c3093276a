"""A verbal noun carried by a light verb ("Skaitītāju verificēšana jāveic līdz 12. maijam",
"jāveic datu pārreģistrēšana līdz …", "Pieteikšanās jāizdara līdz …"): "veikt" or "izdarīt" only
says that the act is to be done, the noun in
-šana names it, so the noun's own verb is the action. A Latvian -šana noun is most often its
verb's infinitive stem and "-šana" ("verificē-šana", "iesnieg-šana"; reflexive "-šanās"), so the
infinitive is mostly read off the noun; a verb in -st drops its "s" in the noun ("izvest" →
"izvešana"), so where the stem and "t" is no word the lexicon knows and the stem and "st" is,
that is the verb. A few act nouns of another shape ("nomaiņa", "pārbaude") are listed with their
verbs. Before the light verb (its subject) the noun is a nominative, or a genitive with its head
noun after it ("datu reģistrēšanas darbības jāveic"); after a preposition ("pēc reģistrēšanās
… jāveic maksājums") it names no act to do. [light_verb] in deadlines.toml lists the light verb's
forms, those nouns and the prepositions; verbs of a project's own work ([debitive] durative) give
none."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import is_listed
from ..deadline_cues import vocabulary


@lru_cache(maxsize=1)
def _listed_nouns() -> dict[str, str]:
    """A listed act noun not in -šana ([light_verb.nouns]: "nomaiņa") → its verb."""
    return {form: infinitive for infinitive, forms in vocabulary()["light_verb"]["nouns"].items() for form in forms}


# How long an aside in brackets between the noun and the light verb may be.
ASIDE_CHARS = 160


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    table = vocabulary()["light_verb"]
    light = "|".join(table["light"])
    listed = "|".join(sorted(map(re.escape, _listed_nouns()), key=len, reverse=True))
    between = int(table['words_between'])
    # a closed aside in brackets on the line counts as one word of the gap
    word = rf"(?:[^\W\d_]+|\([^()\n]{{1,{ASIDE_CHARS}}}\))"
    noun, gap = f"{table['noun']}|{listed}", rf"(?:\s+{word}){{0,{between}}}?\s+"
    # the subject: a nominative -šana noun or a listed one, or a genitive with a noun after it
    stem = table['noun'][:table['noun'].rindex("šan")]
    subject = rf"(?P<before>{stem}šan(?:a|ās)|{listed}){gap}|(?P<genitive>{stem}šanas)(?:\s+[^\W\d_]+){{1,{between}}}?\s+"
    not_after = "".join(rf"(?<!\b{word}\s)" for word in table["not_after"])
    # the noun before the light verb (its subject) or after it (the debitive's object), not after a preposition
    return re.compile(rf"(?<!\w)(?:{not_after}(?:{subject})(?:{light})|(?:{light}){gap}{not_after}(?P<after>{noun}))(?!\w)",
                      re.IGNORECASE)


def _infinitive(noun: str) -> str | None:
    low = noun.lower()
    listed = _listed_nouns().get(low)
    if listed is not None:
        return listed
    stem, reflexive = (low[:-5], True) if low.endswith(("šanās", "šanos")) else (low[:low.rindex("šan")], False)
    infinitive = stem + ("ties" if reflexive else "t")
    if not reflexive and not is_listed(infinitive) and is_listed(stem + "st"):
        infinitive = stem + "st"  # "izvešana": izvest, not "izvet"
    return None if infinitive in vocabulary()["debitive"]["durative"] else infinitive


def light_verb_actions(text: str) -> list[tuple[str, int, int]]:
    """(infinitive, start, end) for each light verb with its -šana noun: one regex scan, O(n)."""
    found = []
    for m in _pattern().finditer(text):
        noun = m.group("before") or m.group("genitive") or m.group("after")
        infinitive = _infinitive(noun)
        if infinitive is not None:
            # An aside in brackets inside the match leaves it to the words after it, so that a long
            # aside does not carry the mention out of the cue's reach: the noun still names the act.
            start = m.start() if m.group("after") else max(m.start(), text.rfind(")", m.start(), m.end()) + 1)
            found.append((infinitive, start, m.end()))
    return found
