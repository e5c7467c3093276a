"""A group "vidū" (among them) after an aim spread to it is the audience of that aim:
"popularizēt sportu bērnu un jauniešu vidū", "veicināt aktīvismu jauniešu vidū" — both groups
are served. Without such an aim the phrase only places something among people: "populārs
jēdziens jauniešu vidū", "aptauja iedzīvotāju vidū". The aims: target_groups.toml [context]
`among_aims` (beginnings of lower-case words), within AIM_REACH words before the group in its
sentence. Bounded look-back per mention: linear in the text."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import LIST_JOINS
from .mentions import Found
from .reader import Reader

AMONG = "vidū"
AIM_REACH = 8  # words looked back from the first group for the aim


@lru_cache(maxsize=1)
def _aims() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["among_aims"])


def accept_among(reader: Reader, found: list[Found]) -> None:
    for index, f in enumerate(found):
        if f.accepted or f.modifier or reader.in_menu(f.mention.start):
            continue
        group = [f]
        at = reader.word_at_or_after(f.mention.token_end)
        # "bērnu un jauniešu vidū": one more group joined by "un" shares the "vidū"
        if at is not None and reader.word(at) in LIST_JOINS and index + 1 < len(found) \
                and reader.skip_space(at + 1) == found[index + 1].mention.token_start:
            group.append(found[index + 1])
            at = reader.word_at_or_after(found[index + 1].mention.token_end)
        if at is None or reader.word(at) != AMONG or not _aim_before(reader, f.mention.token_start):
            continue
        for g in group:
            if not g.modifier:
                g.accepted = True


def _aim_before(reader: Reader, start: int) -> bool:
    sentence = reader.doc.sentence_index(reader.sdoc[start].idx)
    at = start
    for _ in range(AIM_REACH):
        at = reader.previous_word(at)
        if at is None or reader.doc.sentence_index(reader.sdoc[at].idx) != sentence:
            return False
        if reader.word(at).startswith(_aims()):
            return True
    return False
