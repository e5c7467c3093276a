"""One named body: a group's genitive that is part of the name of one organisation, institution,
club or ensemble ("Alūksnes bērnu un jauniešu centrs", "biedrība „Skrejceļš”", "Latvijas Darba
devēju asociācija", "Jelgavas Bērnu un Jauniešu Mūzikas klubs", "Skrundas pensionāru klubiņš") names
that body, not people it serves: what it does ("demonstrēs … centra audzēkņi", "klubiņš uzņem
viesus") is its own. A name is known by its quoted name after the head noun, by its capitals
inside a sentence, or by the place's capitalised genitive right before the group word — the
name of the one body of that place. A kind of body in general ("jauniešu centri", "senioru
biedrībām piešķirts atbalsts", "bērnu dienas centrs aicina") stays as genitives.collective_follows
says; a gathering, a day or a contest of theirs is held for them and is no body here (words:
target_groups.toml [named_bodies])."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...latvian.orthography import LOWER, UPPER
from ...latvian.relatives import relative_forms
from .clauses import NAME_LIST

LIST_REACH = 4  # genitives of one name passed back over ("bērnu un jauniešu centrs")
# An opening quote right after the head noun ("centru „Altona”", "biedrība “Skrejceļš”", "centrā "UP's"").
QUOTED_NAME = re.compile(r"[ \t]*[„“\"«]\w")
# ... or a short quoted name right before the group words: "“Leko” bērnu pieskatīšanas centrā".
QUOTED_NAME_BEFORE = re.compile(r"[„“\"«]\w[^„“”\"«»\n]{0,40}[”“\"»][ \t]*$")
QUOTED_BEFORE_REACH = 50  # characters back from the first group word
# A place's genitive written with a capital ("Alūksnes", "Rīgas", "Cēsu", "Svētes").
PLACE_GENITIVE = re.compile(r"[" + UPPER + r"][" + LOWER + r"]{2,}(?:as|es|us|u|a|s)")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    data = load("target_groups")["named_bodies"]
    return re.compile("|".join(data["heads"])), frozenset(data["not_places"]), frozenset(data["unit_words"])


def _acts_for_members(reader, token) -> bool:
    """Whether the body (past its quoted name and a bracketed abbreviation) invites, organises or
    offers right after it ("Pensionāru klubs „Vizma” aicina uz balli", "Tukuma Neredzīgo biedrība
    rīko ekskursiju"), or its members follow ("Skolotāju asociācijas (LSA) biedru kopsapulce", "centra
    “Rūta” dalībnieces"): the body gathers the group, which is served through it."""
    after = reader.word_at_or_after(token.i + 1)
    if after is not None:
        after = reader.past_quoted_name(after, reader.word_at_or_after)
    after = reader.past_brackets_after(after, BRACKET_REACH)
    if after is None:
        return False
    word = reader.word(after)
    if _host_verb(reader, word) or word.startswith(reader.ctx.member_words) or word.startswith(_founders()):
        return True
    # (its offer: "Jauniešu centra “Pulss” vasaras programma" is for the young)
    if reader.sdoc[after].is_alpha and reader.service_noun_at(after) is not None:
        return True
    # (… or a relative clause after it says so: "senioru biedrību “Liepas”, kas … piedāvā dažādas iespējas")
    if word == "," and (pronoun := reader.word_at_or_after(after + 1)) is not None and reader.word(pronoun) in RELATIVES:
        i = pronoun
        for _ in range(RELATIVE_REACH):
            i = reader.word_at_or_after(i + 1)
            if i is None or reader.sdoc[i].is_punct:
                return False
            if _host_verb(reader, reader.word(i)):
                return True
    return False


def _host_verb(reader, word: str) -> bool:
    return reader.ctx.hosting.fullmatch(word) is not None or reader.ctx.organising.fullmatch(word) is not None


@lru_cache(maxsize=1)
def _founders() -> tuple[str, ...]:
    return tuple(load("target_groups")["named_bodies"]["founders"])


RELATIVES = relative_forms("nominative")  # a relative clause about the body: "kas", "kura", "kurš", "kuras", "kuri"
RELATIVE_REACH = 6  # words of that clause read for its verb


BRACKET_REACH = 6  # tokens of an abbreviation in brackets after a name: "(LSA)"


def one_named_body(reader, start: int | None, token) -> bool:
    """Whether the body noun `token` after the group's genitive starting at token `start` heads the
    name of one body: a quoted name right after it or right before the group words, capitals inside
    the sentence (the group word or the head), or a place's capitalised genitive before the list of
    group words (past the word of its administrative unit: "Ozolu novada bērnu centrs")."""
    heads, not_places, units = _words()
    word = token.text.lower()
    if start is None or not heads.fullmatch(word) or _acts_for_members(reader, token):
        return False
    after = token.idx + len(token.text)
    if QUOTED_NAME.match(reader.doc.text, after) and not NAME_LIST.match(reader.doc.text, after):
        return True
    if token.text[:1].isupper() and not token.is_sent_start:
        return True
    first = reader.first_of_group_list(start, LIST_REACH)
    if reader.in_proper_name(first) or reader.in_proper_name(start):
        return True
    opening = reader.sdoc[first].idx
    if QUOTED_NAME_BEFORE.search(reader.doc.text, max(0, opening - QUOTED_BEFORE_REACH), opening):
        return True
    place = reader.previous_word(first)
    if place is not None and reader.word(place) in units:  # ("Ozolu novada bērnu centrs": the place before the unit)
        place = reader.previous_word(place)
    if place is None or place in reader.in_mention or PLACE_GENITIVE.fullmatch(reader.sdoc[place].text) is None \
            or reader.sdoc[place].text.lower() in not_places:
        return False
    # (at a sentence's start, a place the text also writes with a capital inside a sentence, in any
    # case: "Skrundas pensionāru klubiņš uzņem viesus … Skrundā")
    return not reader.sdoc[place].is_sent_start \
        or reader.sdoc[place].text[:STEM].lower() in reader.doc.derived("target_groups.capitalised_stems", _capitalised_stems)


STEM = 5  # letters a place's case forms share: "Skrun" of "Skrundas", "Skrundā"
# A word written with a capital inside a sentence (after a lower-case word, a digit or a comma).
CAPITALISED_INSIDE = re.compile(r"(?<=[" + LOWER + r"0-9,] )[" + UPPER + r"][" + LOWER + r"]{" + str(STEM - 1) + r"}")


def _capitalised_stems(doc) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in CAPITALISED_INSIDE.finditer(doc.text))


@lru_cache(maxsize=1)
def _streets() -> re.Pattern:
    return re.compile("|".join(load("target_groups")["named_bodies"]["street_words"]))


def in_street_name(reader, found) -> bool:
    """"Skolotāju ielas apkārtnes iedzīvotāji", "Jaunatnes ielā 5": a group word written with a
    capital before a street word names the street, no one served."""
    first = reader.sdoc[found.mention.token_start]
    after = reader.word_at_or_after(found.mention.token_end)
    return first.text[:1].isupper() and not first.text.isupper() and after is not None \
        and _streets().fullmatch(reader.word(after)) is not None
