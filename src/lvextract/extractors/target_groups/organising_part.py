"""Professionals who take part in running an occasion are its organisers, not its audience:
"pedagogi aktīvi piedalījās konkursa organizēšanā", "darbu vērtēšanā palīdzēja skolotāji". A verb of
taking part or helping and, a few words on, a verbal noun of organising, preparing or judging
(target_groups.toml [context] `organising_part_verbs`, `organising_part_nouns`) make one phrase; the
group said right before it or right after it is its subject. Only the providers' ids ([context]
`provider_ids`): young people who help organise their own event still take part in it. The phrases
are found once per sentence."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load

# What may stand between the group and the phrase: a comma, an adverb or two ("aktīvi", "arī").
NEAR = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,2}")


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    c = load("target_groups")["context"]
    verbs = alternation(c["organising_part_verbs"])
    # (and the nouns of shaping a programme, [shaping_part]: "pedagogi piedalījās programmas veidošanā")
    nouns = alternation(c["organising_part_nouns"] + load("target_groups")["shaping_part"]["nouns"])
    # the verb first ("piedalījās konkursa organizēšanā") or the noun first ("organizēšanā palīdzēja")
    # (the noun in the locative, taking part "in" it: not "piedalījās kursos par pasākumu organizēšanu",
    # a course on organising that trains them)
    return re.compile(r"(?<!\w)(?:" + verbs + r"\w*\s+(?:[^\W\d_]+\s+){0,3}?" + nouns + r"ā(?!\w)"
                      r"|" + nouns + r"ā\s+" + verbs + r"\w*)", re.I)


def _phrases(reader, index: int) -> list[tuple[int, int]]:
    cache = reader.__dict__.setdefault("_organising_parts", {})
    spans = cache.get(index)
    if spans is None:
        sentence = reader.doc.sentences[index]
        spans = cache[index] = [m.span() for m in _phrase().finditer(reader.doc.text, sentence.start, sentence.end)]
    return spans


def runs_it(reader, group: str, start: int, end: int, groups: tuple[str, ...] | None = None) -> bool:
    """Whether the provider group at characters `start`–`end` is the subject of taking part in
    organising, preparing or judging the occasion: the phrase right after the group or right before
    it, found by bisection (the phrases do not overlap, so only the nearest on each side can be
    within NEAR's few words)."""
    if group not in (reader.ctx.providers if groups is None else groups):  # (`groups`: shaping_employers.py)
        return False
    text, index = reader.doc.text, reader.doc.sentence_index(start)
    spans = [] if index is None else _phrases(reader, index)
    i = bisect.bisect_left(spans, (end, end))
    if i < len(spans) and NEAR.fullmatch(text, end, spans[i][0]):
        return True
    k = bisect.bisect_right(spans, (start, start)) - 1
    while k >= 0 and spans[k][1] > start:
        k -= 1
    return k >= 0 and NEAR.fullmatch(text, spans[k][1], start) is not None
