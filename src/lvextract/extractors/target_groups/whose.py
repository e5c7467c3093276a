"""A group's genitive right after the possessive relative pronoun ("skolēniem, kuru ģimeņu
ienākumi ir zemi") names whose circumstances describe those served: the pupils are served, their
families are not. Only a head that can be no nominative or accusative (a plural genitive in -u:
"ģimeņu"), since "kuru bērni" may also be an object pronoun and a subject ("nometni, kuru bērni
apmeklēs"); a dative ("kuru ģimenēm piešķirts pabalsts") receives and stays served. Pronouns:
target_groups.toml [whose] `pronouns` (whole words).

So is a group had by the antecedent of a relative dative with "ir" ("kursi vecākiem, kuriem ir
bērni līdz trim gadiem"): the parents are served, their children describe them (`having`, at most
`having_reach` words between "ir" and the group: "kuriem ir mazi bērni") — unless "ar" follows the
group with their condition ("vecākiem, kuriem ir bērni ar kustību traucējumiem": the rehabilitation
is the children's too). A household "kurās ir bērns ar invaliditāti" is members_clause.py's.

So is a dative group that a thing belongs to, said by a form of "piederēt" right after it ("ģimenēm
piederošās šujmašīnas", "bērniem piederēja rotaļlietas"): the owners of what the text is about, no one
served (`owned_by`: [whose] `belonging`, whole words or, with a final "*", their beginnings; not
"piederīgie", relatives)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(load("target_groups")["whose"]["pronouns"])


CONDITION_AFTER = re.compile(r"\s+ar(?!\w)")  # the group said with its condition: "bērni ar …"


@lru_cache(maxsize=1)
def _having() -> tuple[frozenset[str], int]:
    c = load("target_groups")["whose"]
    return frozenset(c["having"]), int(c["having_reach"])


def possessed_by_relative(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a genitive owned by the antecedent of a relative "kuru"."""
    before = reader.previous_word(f.mention.token_start)
    if before is None or reader.word(before) not in _pronouns():
        return False
    head = reader.sdoc[f.mention.token_start].text
    return form(head) == {"genitive"} and head.lower().endswith("u")


@lru_cache(maxsize=1)
def _belonging() -> tuple[frozenset[str], tuple[str, ...]]:
    words = load("target_groups")["whose"]["belonging"]
    return frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*"))


def owned_by(reader: Reader, f: Found) -> bool:
    """Whether the dative mention `f` is who owns the thing a form of "piederēt" after it qualifies.
    A genitive group right before another group ("skolēnu ģimenēm piederošās") is read as that
    group's owner, and so along a chain of them: one walk to the chain's last group, its answer kept
    for every group passed (reader._owned_by, by id), so a chain is read once, not once per group."""
    memo = reader._owned_by
    chain: list[Found] = []
    while id(f) not in memo:
        chain.append(f)
        after = reader.skip_space(f.mention.token_end)
        if after >= len(reader.sdoc):
            answer = False
            break
        forms = form(reader.sdoc[f.mention.token_end - 1].text)
        owner = reader.in_mention.get(after)
        if "genitive" in forms and owner is not None and owner is not f:
            f = owner  # the owners' own genitive: the answer is the next group's
            continue
        whole, beginnings = _belonging()
        word = reader.word(after)
        answer = "dative" in forms and (word in whole or word.startswith(beginnings))
        break
    else:
        answer = memo[id(f)]
    for g in chain:
        memo[id(g)] = answer
    return answer


def had_by_relative(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is what the antecedent of a relative "kuriem ir" has."""
    having, reach = _having()
    if f.modifier or CONDITION_AFTER.match(reader.doc.text, f.mention.end):
        return False
    i = reader.previous_word(f.mention.token_start)
    for _ in range(reach + 1):
        if i is None or not reader.word(i).isalpha():
            return False
        if reader.word(i) == "ir":
            before = reader.previous_word(i)
            return before is not None and reader.word(before) in having
        i = reader.previous_word(i)
    return False
