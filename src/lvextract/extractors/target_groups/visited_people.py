"""The people a visit is paid to are served by it: "Skolēni apciemoja vientuļos seniorus", "7. klase
ciemojās pie vecajiem ļaudīm pansionātā" — the accusative right after a verb of calling on someone
(target_groups.toml [visited_people] `object_verbs`, beginnings of lower-case words), or a dative after
"pie" right after a verb of visiting ([context] `host_visit_verbs`); a few words that qualify the group
may stand between ("vientuļos", "vecajiem"). Not firms, professionals or associations visited
(`hosts_ids`: "jaunieši apciemoja uzņēmējus" — they host the visit). Accepted after `accept`; the walk
back is bounded (REACH words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import ADJECTIVE_ENDINGS, form
from .mentions import Found
from .reader import Reader

REACH = 3  # words back from the group to the verb (or "pie")
ACCUSATIVE_PLURAL = ("us", "as", "es", "ēs", "ās", "is")  # ("ļaudis" too)
# What may stand between the verb and the group: adjectives (their definite datives among them) and
# plural forms of a qualifying word ("apciemoja vientuļos seniorus", "pie mīļajiem senioriem").
QUALIFIER_ENDINGS = ADJECTIVE_ENDINGS + ("iem", "ām", "us", "os")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load("target_groups")
    c = data["visited_people"]
    return tuple(c["object_verbs"]), tuple(data["context"]["host_visit_verbs"]), frozenset(c["hosts_ids"])


def accept_visited(reader: Reader, found: list[Found]) -> None:
    """Accept the groups that a visit is paid to."""
    object_verbs, visit_verbs, hosts = _words()
    for f in found:
        if f.accepted or f.id in hosts or f.modifier or reader.in_menu(f.mention.start) \
                or reader.in_organisation_name(f.mention.token_start):
            continue
        head = reader.sdoc[f.mention.token_end - 1].text.lower()
        dative = "dative" in form(head)
        if not dative and not head.endswith(ACCUSATIVE_PLURAL):
            continue
        for i in reader.words_back(f.mention.token_start, REACH):
            word = reader.word(i)
            if not dative and word.startswith(object_verbs):
                f.accepted = True
                break
            if dative and word == reader.ctx.at_preposition:
                verb = reader.previous_word(i)
                f.accepted = verb is not None and not reader.sdoc[i].is_sent_start and reader.word(verb).startswith(visit_verbs)
                break
            if not (reader.sdoc[i].is_alpha and word.endswith(QUALIFIER_ENDINGS)):
                break
