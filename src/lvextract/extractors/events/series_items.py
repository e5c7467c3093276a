"""A list head that names its items by the generic word right after a series' genitive ("Sporta
nedēļas pasākumi:", "Mobilitātes nedēļas 2019 pasākumi Daugavpilī:"): the items are the series'
events, not the series itself, so a dated item that names nothing of its own is a "pasākums", not
another "sporta nedēļa" on each of the week's days. A head whose specific noun is its subject
("Sporta nedēļa:") keeps that noun. Only a period's programme (a week, a month, a decade) reads so:
a conference's or a festival's items ("Konferences pasākumi:", "Dzejas dienu pasākumi:") are that
occurrence's own days and keep its kind. O(nouns of the head)."""
from __future__ import annotations

import re

from ...document import Document
from .noun_mention import NounMention
from .ranking import GENERIC, Nouns

NOT_NOMINATIVE = 2  # where "not in the nominative" stands in a noun's rank
# What may stand between the series' genitive and the generic word: spaces, a year.
_BETWEEN = re.compile(r"\s+(?:\d{4}\.?\s+)?")
# The last word of a series named for the period it fills ("sporta nedēļa", "dzejas mēnesis").
_PERIOD = re.compile(r"(?:^|\s)(?:nedēļa|mēnesis|dekāde)$")


def series_items_noun(doc: Document, index: Nouns, head: tuple[int, int], found: NounMention) -> NounMention:
    """The head's generic noun right after `found`, when `found` is a series' genitive that
    qualifies it; else `found`."""
    rank = index.rank_of(found)
    if rank[GENERIC] or not rank[NOT_NOMINATIVE] or not _PERIOD.search(found.kind):
        return found
    after = [n for n in index.all_in((found.end, head[1])) if n.start > found.start]
    if after and index.rank_of(after[0])[GENERIC] and _BETWEEN.fullmatch(doc.text, found.end, after[0].start):
        return after[0]
    return found
