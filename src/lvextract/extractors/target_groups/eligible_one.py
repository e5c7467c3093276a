"""One member of a group said for all as the one who may apply or receive: "Pabalstu var saņemt
pensionārs", "Atbalstam var pieteikties arī bezdarbnieks ar invaliditāti", "Persona ar invaliditāti
var saņemt asistenta pakalpojumu". The singular nominative is no participant by its ending
(served.is_invited reads plurals; quantified.py takes it only after "ikviens"), yet a rule of
eligibility names the group so. A group word in the singular nominative (forms.NOMINATIVE_SINGULAR,
or a feminine "-e": "jauniete", "ģimene") — or a modifier whose head is a plain singular noun for a
person (`eligible_one_heads`: "persona ar invaliditāti") — counts right after or right before a modal
with a verb of applying or receiving, or right before a purpose clause's subjunctive ("Lai persona ar
invaliditāti saņemtu …"): target_groups.toml [context] `eligible_one_modals`, `eligible_one_verbs`,
`eligible_one_purpose`. "nevar" is no such modal: it says who may not."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import NOMINATIVE_SINGULAR

REACH = 60  # characters read either side of the stretch for the modal and its verb


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    c = load("target_groups")["context"]
    modal = "(?:" + "|".join(c["eligible_one_modals"]) + ")"
    verb = "(?:" + "|".join(c["eligible_one_verbs"]) + ")"
    # Before the group one word may follow the modal and its verb ("var pieteikties arī bezdarbnieks"),
    # and one may part a verb said first from its modal ("Pieteikties nometnei var jaunietis").
    before = rf"(?<!\w)(?:{modal}\s+{verb}|{verb}(?:\s+\w+)?\s+{modal})(?:\s+[^\W\d]+)?\s+$"
    purpose = "|".join(c["eligible_one_purpose"])
    after = rf"^\s+(?:(?:arī\s+|tikai\s+)?{modal}\s+{verb}|{purpose})(?!\w)"
    return re.compile(before, re.I), re.compile(after, re.I), frozenset(c["eligible_one_heads"])


def _singular(word: str) -> bool:
    # (also the "-is" nouns: "jaunietis", "bārenis"; no group word's genitive ends so)
    return NOMINATIVE_SINGULAR.search(word) is not None or word.endswith("is") \
        or (word.endswith("e") and not word.endswith("ie"))


def _eligible(text: str, start: int, end: int) -> bool:
    before, after, _ = _words()
    return before.search(text, max(0, start - REACH), start) is not None \
        or after.match(text[end:end + REACH]) is not None


def eligible_one(reader, found) -> None:
    """Accept a group said by one member in the singular nominative beside "var saņemt" and the like."""
    text = reader.doc.text
    _, _, heads = _words()
    for i, f in enumerate(found):
        if f.accepted or reader.in_menu(f.mention.start):
            continue
        m = f.mention
        if f.modifier:  # "persona ar invaliditāti": a plain person noun heads it
            head = reader.previous_word(m.token_start if f.with_at is None else f.with_at)
            if head is None or head in reader.in_mention or reader.word(head) not in heads:
                continue
            start = reader.sdoc[head].idx
        else:
            if not _singular(reader.word(m.token_end - 1)):
                continue
            start = m.start
        # (a modifier right after the noun belongs to the stretch: "bezdarbnieks ar invaliditāti var …")
        after = found[i + 1] if i + 1 < len(found) else None
        end = after.mention.end if after is not None and after.modifier \
            and not text[m.end:after.mention.start].strip() else m.end
        if _eligible(text, start, end):
            f.accepted = True
            if after is not None and after.modifier and end == after.mention.end:
                after.accepted = True
