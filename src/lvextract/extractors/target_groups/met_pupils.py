"""Pupils a visitor meets are those the visit is for: "Eiropas Parlamenta deputāts tikās ar 9.a un
12.a klases skolēniem", "Vēl nesen, 7. martā, ar pamatskolas skolēniem tikās jaunsardzes instruktors" —
the dative after "ar" right after a verb of meeting, or before one right after the group where "ar"
opens the clause. Blind readers list the children on every dev page with this shape (3 pages, 3
sites). Other groups met stay peers, hosts or partners ("tikās ar sociālajiem darbiniekiem", "skola
tikās ar uzņēmējiem"): target_groups.toml [met_pupils] `ids`; the verbs are [context] meeting_verbs.
The walk back from the group to "ar" is bounded (REACH tokens) and stays in the sentence."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import WITH
from .forms import form
from .mentions import Found
from .reader import Reader

REACH = 12  # tokens (punctuation included) from the group back to "ar": "ar 9.a, 9.b un 12.a klases skolēniem"
STOPS = frozenset({";", ":", "!", "?", "(", ")"})  # (a dot may be an ordinal's: "9.a"; words_back keeps to the sentence)


@lru_cache(maxsize=1)
def _ids() -> frozenset[str]:
    return frozenset(load("target_groups")["met_pupils"]["ids"])


def accept_met(reader: Reader, found: list[Found]) -> None:
    """Accept the pupils that a verb of meeting takes with "ar"."""
    ids, verbs = _ids(), reader.ctx.meeting_verbs
    for f in found:
        if f.accepted or f.id not in ids or f.modifier or reader.in_menu(f.mention.start) \
                or reader.in_organisation_name(f.mention.token_start):
            continue
        head = reader.sdoc[f.mention.token_end - 1].text.lower()
        if "dative" not in form(head):
            continue
        for i in reader.words_back(f.mention.token_start, REACH):
            word = reader.word(i)
            if word in STOPS or word in verbs:
                break
            if word != WITH:
                continue
            before = reader.previous_word(i)
            after = reader.word_at_or_after(f.mention.token_end)
            # (the verb after the group only where "ar" opens the clause: "…, ar skolēniem tikās …";
            # not "sadarbībā ar uzņēmējiem tikās": partners)
            opens = reader.sdoc[i].is_sent_start or before is not None and reader.word(before) == ","
            f.accepted = (before is not None and not reader.sdoc[i].is_sent_start and reader.word(before) in verbs) \
                or (opens and after is not None and reader.word(after) in verbs)
            break
