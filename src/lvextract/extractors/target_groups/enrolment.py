"""A school's roll is a figure, not pupils served: "Tā kā vidusskolā mācās 126 skolēni, …", "skolā
šogad mācās 80 bērni". A children's mention in the nominative, right after a number, after one of
[enrolment] `verbs` (at most one word between, "šogad"), after a school's locative (`school_locatives`,
target_groups.toml): the count of those who study there — unless a relative clause serves them ("…
skolēni, kuriem nodrošina brīvpusdienas"). Bounded: a fixed window before the mention."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

WINDOW = 80  # characters before the mention: "ģimnāzijā šogad mācās 126 "


@lru_cache(maxsize=1)
def _roll() -> re.Pattern:
    c = load("target_groups")["enrolment"]
    return re.compile(r"(?<![^\W\d_])[^\W\d_]*(?:" + "|".join(c["school_locatives"]) + r")\s+(?:[^\W\d_]+\s+)?(?:"
                      + "|".join(c["verbs"]) + r")\s+(?:vairāk\s+nekā\s+|ap\s+|tikai\s+)?\d+\s+$", re.IGNORECASE)


def school_roll(reader: Reader, f: Found) -> bool:
    if f.id != "children" or "dative" in form(reader.sdoc[f.mention.token_end - 1].text) \
            or reader.served_by_clause(f.mention.end):  # ("…, kuriem tiek nodrošinātas brīvpusdienas": served)
        return False
    start = f.mention.start
    return _roll().search(reader.doc.text[max(0, start - WINDOW):start]) is not None
