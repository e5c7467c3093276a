"""A group a benefit or a service stops for is not served by it: "No janvāra pensionāri vairs
nesaņems pabalstu", "senioriem vairs netiks izmaksāts atbalsts" — "vairs" before a negated verb of
receiving, granting or being able (target_groups.toml [cut_off]). Not in a purpose clause, where
the change is the aim of a service ("lai seniori vairs nejustos vientuļi" serves them). Only the
group's own clause is read (up to REACH characters each side of it: bounded cost per mention)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["cut_off"]
    stopped = re.compile(rf"(?<!\w)vairs\s+ne(?:{alternation(c['negated_verbs'])})", re.IGNORECASE)
    # a purpose clause ("lai …": [context] clause_openers) says the aim of a service
    openers = load("target_groups")["context"]["clause_openers"]
    purpose = re.compile(rf"(?<!\w)(?:{alternation(openers)})(?!\w)", re.IGNORECASE)
    return stopped, purpose


CLAUSE_END = re.compile(r"[,;.!?\n]")
REACH = 160  # characters each side of the group: a clause is read within them (bounded cost)


def cut_off(reader: Reader, f: Found) -> bool:
    """Whether the clause of group mention `f` (between commas or stops) says the group will no
    longer get something: "Jaunieši vairs nevarēs pieteikties, bet seniori varēs" cuts the young only."""
    text = reader.doc.text
    before = text[max(0, f.mention.start - REACH):f.mention.start]
    ends = list(CLAUSE_END.finditer(before))
    start = f.mention.start - len(before) + (ends[-1].end() if ends else 0)
    after = CLAUSE_END.search(text, f.mention.end, f.mention.end + REACH)
    clause = text[start:after.start() if after else min(len(text), f.mention.end + REACH)]
    stopped, purpose = _words()
    return stopped.search(clause) is not None and purpose.search(clause) is None
