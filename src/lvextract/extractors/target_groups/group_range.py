"""A range of people from one group to another ("ikvienam – no skolēniem līdz senioriem", "no
mazuļiem līdz vecākās paaudzes pārstāvjiem") says that everyone between is welcome: both ends are
served, though "no" before the first would make it a source ("palīdzība no brīvprātīgajiem")."""
from __future__ import annotations

import re

from .mentions import Found
from .reader import Reader

FROM_BEFORE = re.compile(r"(?<!\w)no\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)  # "no skolas vecuma bērniem"
TO_BETWEEN = re.compile(r"\s+līdz\s+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)  # "… līdz vecākajiem senioriem"
REACH = 40  # characters before the first group searched for its "no"


def accept_ranges(reader: Reader, found: list[Found]) -> None:
    text = reader.doc.text
    for first, last in zip(found, found[1:]):
        if first.modifier or last.modifier or reader.in_menu(first.mention.start):
            continue
        if TO_BETWEEN.fullmatch(text, first.mention.end, last.mention.start) \
                and FROM_BEFORE.search(text, max(0, first.mention.start - REACH), first.mention.start):
            first.accepted = last.accepted = True
