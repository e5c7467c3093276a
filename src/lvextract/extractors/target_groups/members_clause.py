"""A served group's members named in a relative clause after it: "ģimenēm, kurās ir bērns ar
invaliditāti" serves families and, through their child, people with disabilities. A modifier
(`modifier = true`, "ar invaliditāti") inside such a clause counts with the group it follows; the
words that open the clause are `[context] members_clause` in data/target_groups.toml.
A served household (`household_nouns`, no group of ours) is known only by its members: every group
its clause names counts ("palīdzēs mājsaimniecībām, kurās ir seniori un cilvēki ar invaliditāti"); so
does every one a served family's clause names ("atbalstīt ģimenes, kurās aug bērni": children;
`members_known_ids`)."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader
from .served import is_served

CLAUSE_CHARS = 80  # how far the clause may run after its opening words
# (its place may stand between: "mājsaimniecībām Nīcas un Rucavas pagastos, kurās ir …"; "kurās" agrees
# with the feminine household noun, not with a place)
HOUSEHOLD_PLACE_CHARS = 60
HOUSEHOLD_CLAUSE_CHARS = 120  # a household's clause lists its members: "kurās ir nepilngadīgi bērni, …, kā arī …"


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    words = load("target_groups")["context"]["members_clause"]
    return re.compile(r"\s*,\s*(?:" + "|".join(words) + r")(?!\w)[^.;:!?\n]{0,%d}" % CLAUSE_CHARS, re.I)


@lru_cache(maxsize=1)
def _known_by_members() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["members_known_ids"])


@lru_cache(maxsize=1)
def _household() -> re.Pattern:
    context = load("target_groups")["context"]
    opening = "|".join(context["members_clause"])
    return re.compile(rf"(?<!\w)(?:{context['household_nouns']})(?!\w)(?=[^.;:!?\n]{{0,{HOUSEHOLD_PLACE_CHARS}}}?,\s*"
                      rf"(?:{opening})(?!\w)([^.;:!?\n]{{0,{HOUSEHOLD_CLAUSE_CHARS}}}))", re.I)


def members_in_clause(reader: Reader, found: list[Found]) -> None:
    text = reader.doc.text
    for f in found:
        if not f.accepted or f.modifier:
            continue
        clause = _opening().match(text, f.mention.end)
        if clause is None:
            continue
        for other in found:
            if other.accepted or not clause.start() < other.mention.start < clause.end():
                continue
            # (the members a served family is known by count too: "atbalstīt trīs ģimenes, kurās aug
            # 15 bērni" — not a genitive, which only qualifies a thing there; [context] members_known_ids)
            if other.modifier or (f.id in _known_by_members() and form(reader.sdoc[other.mention.token_end - 1].text) != {"genitive"}):
                other.accepted = True
    _household_members(reader, found)


def _household_members(reader: Reader, found: list[Found]) -> None:
    """Each group named in the members clause of a served household counts (not a genitive, which
    only qualifies a thing there: "kurās ir bērnu kopšanas atvaļinājumā esoši vecāki")."""
    text = reader.doc.text
    ordered = sorted(found, key=lambda f: f.mention.start)
    starts = [f.mention.start for f in ordered]
    for m in _household().finditer(text):
        token = reader.sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
        if token is None or not is_served(reader, token.end - 1, token.start, token.end, m.start()):
            continue
        clause_start, clause_end = m.span(1)
        for other in ordered[bisect_left(starts, clause_start):bisect_left(starts, clause_end)]:
            head = reader.sdoc[other.mention.token_end - 1].text
            if not other.accepted and (other.modifier or form(head) != {"genitive"}):
                other.accepted = True
