"""A given name's genitive before a lower-case noun names an owner or a place, no contact:
"Pieteikšanās: Annas skolā, tālr. …", "Maijas kafejnīcā Ozolniekos". The lone name after a contact
label (name_shapes.given_names_alone) is a person's only where it stands for the one to reach; a
full name so ("iedvesmojoties no Annas Sakses pasakas") speaks of an author or an owner, and the
items near it are not its own (people.find_names)."""
from __future__ import annotations

import re

from ...latvian import lemmas
from ...latvian.name_readings import GEN, given_name_readings
from ...latvian.sentence_words import never_last_words
from ...latvian.verb_forms import is_verb_form, is_verb_lemma
from .patterns import LOWER
from .sentences import abbreviations

# The word after the name, and whether a stop follows it (an abbreviation: "Ilzes tālr.").
_NEXT_WORD = re.compile(rf"[ \u00a0]+(?P<word>[{LOWER}]+)(?P<dot>\.)?")


def owns_the_noun_after(text: str, name: str, name_end: int) -> bool:
    """Whether the name is read only as a genitive and a lower-case noun follows it: a preposition
    or conjunction ("pie Ilzes līdz …"), an abbreviation ("tālr.") or a verb says the name is the
    person's."""
    readings = given_name_readings(name)
    if not readings or any(r.case != GEN for r in readings):
        return False
    m = _NEXT_WORD.match(text, name_end)
    # (a stop after a known abbreviation keeps it one, "Ilzes tālr."; after a noun it ends the
    # sentence: "… no Annas Sakses pasakas.")
    if m is None or (m["dot"] and m["word"] in abbreviations()) or m["word"] in never_last_words():
        return False
    # A locative ("skolā", "ceptuvē") is the place itself; the lemma table guesses unknown
    # locatives as verbs, so only other words are asked whether they are one.
    return m["word"].endswith(_LOCATIVE_ENDINGS) or not is_verb_lemma(lemmas.lemma(m["word"]))


_LOCATIVE_ENDINGS = ("ā", "ē", "ī", "ū")


def owner_of_the_noun_after(text: str, name: str, name_end: int) -> bool:
    """A full name read only as a genitive before a noun it owns ("no Annas Sakses pasakas"): its
    author or owner, no contact of the items near it. A passive participle after it makes the name
    its agent ("Jāņa Ozola vadītā pulciņa": the one who leads it), and a locative the person's own
    place ("pie Annas Liepas kabinetā"): either person may be the contact."""
    if not owns_the_noun_after(text, name, name_end):
        return False
    m = _NEXT_WORD.match(text, name_end)
    return not is_verb_form(m["word"]) and not m["word"].endswith(_LOCATIVE_ENDINGS)
