"""One member of a group said for all of them is invited: "Ikviens jaunietis var pieteikties",
"Konkursā var piedalīties jebkurš skolēns", "Katra sieviete aicināta …". The singular nominative is
no participant by its ending (served.is_invited reads plurals), so a mention right after a word of
`all_of_them` (target_groups.toml [context]; whole lower-case words) counts in a sentence that
invites or lets them apply (`all_of_them_invited`) — not where it says what each one did or feels
("katrs bērns uzzīmēja zīmējumu", "lai ikviens jaunietis justos gaidīts").
The word may stand before a place's genitives ("ikviens Kocēnu novada jaunietis") and before a list of
members, each of which it says ("ikviens novada uzņēmējs, iedzīvotājs, jaunietis, kā arī …
aicināts"): the walk back passes list words, other members' singular nouns and genitives, a few words
(`LIST_REACH`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .clauses import LIST_JOINS
from .forms import GENITIVE_SINGULAR_ENDINGS, form
from .list_walks import steps_back

LIST_REACH = 12  # words passed back from a member to the word for all ("ikviens X, Y, jaunietis")
# A masculine member's noun or substantivised adjective: "iedzīvotājs", "strādājošais", "viesis" — any
# "-s"/"-š", unlike forms.NOMINATIVE_SINGULAR (a consonant before it), which would miss the last two.
MEMBER_NOMINATIVE = ("s", "š")
GENITIVES_BEFORE = 2  # a place's genitives between it and the first member ("ikviens Kocēnu novada …")


@lru_cache(maxsize=1)
def _all_of_them() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["all_of_them"])


@lru_cache(maxsize=1)
def _invited() -> re.Pattern:
    return re.compile("|".join(load("target_groups")["context"]["all_of_them_invited"]), re.I)


def each_invited(reader, found) -> None:
    """Accept a group said by one of its members after "ikviens", "katrs" or "jebkurš", where invited."""
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start):
            continue
        if not _said_of_each(reader, f.mention.token_start):
            continue
        index = reader.doc.sentence_index(f.mention.start)
        if index is not None and reader.looks_back(f.mention.token_start)[0] != "quoted" \
                and reader.in_sentence_with(index, _invited()):
            f.accepted = True


def _said_of_each(reader, start: int) -> bool:
    """Whether a word for all stands before the mention at token `start`: right before it, past a
    place's genitives, or before a list of members that ends with it."""
    genitives, after_join = 0, False
    for i, is_group in steps_back(reader, start, LIST_REACH):
        word = reader.word(i)
        if not is_group and word in _all_of_them():
            return True
        if is_group:
            genitives, after_join = 0, False
        elif word in LIST_JOINS or word in ("kā", "arī"):
            if genitives:
                return False
            after_join = True
        elif after_join and word.isalpha() and word.islower() and word.endswith(MEMBER_NOMINATIVE) \
                and not word.endswith(GENITIVE_SINGULAR_ENDINGS):
            after_join = False  # another member said by its singular noun ("iedzīvotājs")
        elif genitives < GENITIVES_BEFORE and word.isalpha() and "genitive" in form(word):
            genitives, after_join = genitives + 1, False
        else:
            return False
    return False
