"""Those who enter others for a contest are not served by it: "Sporta skolotāji dalībniekus var
pieteikt līdz 1. februārim", "Treneri piesaka komandas" — a group followed, in its own clause, by a
non-reflexive verb of entering and a people object (target_groups.toml [registrars]). The reflexive
"pieteikties" and an object that is no people ("jaunieši var pieteikt savu dalību") leave the group
served. Only the rest of the group's clause is read (up to REACH characters: bounded cost)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["registrars"]
    verb = re.compile(rf"(?<!\w)(?:{alternation(c['verbs'])})(?!\w)", re.IGNORECASE)
    # not the group's own team ("jaunieši var pieteikt savas komandas": they are the players)
    people = re.compile(rf"(?<!\w)(?<!sav[aou]s )(?<!sav[aou] )(?:{alternation(c['objects'])})\w*(?:us|as)(?!\w)",
                        re.IGNORECASE)
    return verb, people


CLAUSE_END = re.compile(r"[,;.!?\n]")
REACH = 120  # characters after the group: its clause is read within them (bounded cost)


def enters_others(reader: Reader, f: Found) -> bool:
    """Whether group mention `f` (a plural nominative, "-i"/"-ie") is the subject of entering people
    for a contest in the rest of its clause."""
    text = reader.doc.text
    if not text[f.mention.start:f.mention.end].lower().endswith("i"):
        return False
    after = CLAUSE_END.search(text, f.mention.end, f.mention.end + REACH)
    clause = text[f.mention.end:after.start() if after else min(len(text), f.mention.end + REACH)]
    verb, people = _words()
    return verb.search(clause) is not None and people.search(clause) is not None
