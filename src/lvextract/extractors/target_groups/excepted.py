"""Groups named as an exception are those an offer is not for: "kursi pieaugušajiem iedzīvotājiem,
izņemot bezdarbniekus un skolēnus" serves neither the unemployed nor pupils. A mention counts not
where, looking back over the list it stands in (other group mentions joined by `list_connectors`, each
with at most two qualifiers right before it: "izņemot NVA reģistrētos bezdarbniekus"), the word before it is one of `excepting`
(target_groups.toml [context]). A clause word ends the list: in "izņemot gadījumus, kad bezdarbnieki
…" the unemployed are the subject of a clause of their own.

A relative clause that denies being the group excepts it the same way: "jaunieši, kuri nav skolēni,
bezdarbnieki vai darba meklētāji" — `excepting_negations` ("nav") right after a word of
`excepting_relatives` ("kuri") heads the list."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .list_walks import steps_back

QUALIFIERS = 2
LIST_REACH = 40  # tokens back over the list: "izņemot" and some ten groups with their commas


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    context = load("target_groups")["context"]
    return (frozenset(context["excepting"]), frozenset(context["excepting_list_ends"]),
            frozenset(context["excepting_negations"]), frozenset(context["excepting_relatives"]))


def excepted(reader, f) -> bool:
    """Whether mention `f` stands in the list of those excepted ("izņemot X un Y")."""
    excepting, ends, negations, relatives = _words()
    qualifiers, joined = 0, False
    for i, group in steps_back(reader, f.mention.token_start, LIST_REACH):
        if group:
            qualifiers, joined = 0, False
            continue
        word = reader.word(i)
        if word in excepting:
            return True
        if word in negations and not joined and qualifiers == 0:  # "kuri nav bezdarbnieki"
            before = reader.previous_word(i)
            if before is not None and reader.word(before) in relatives:
                return True
        if word in reader.ctx.list_connectors:
            joined = True
            continue
        # (qualifiers stand right before a group; past a list's comma or "un" only another group may:
        # in "izņemot svētdienas, bērniem bez maksas" the children are no exception)
        if joined or not word.isalpha() or word in ends or qualifiers == QUALIFIERS:
            return False
        qualifiers += 1
    return False
