"""The sentence announcing a generic word's occurrence one sentence further back: "Aicinām uz
lekciju par putniem. Stāstīs pētnieki. Pasākums notiks 3. jūnijā" is the lecture's day. Asked by
`noun_choice` only when the sentence right before names and dates nothing; one step back, never a
walk, so a date costs at most two clause look-ups."""
from __future__ import annotations

from functools import lru_cache

from ...document import Document
from ...layout import layout
from .lexicon import invitation_cues, vocabulary, whole_words
from .neighbour_cues import ongoing_since
from .noun_mention import NounMention
from .offsets import any_between
from .ranking import Nouns
from .status import status_near


@lru_cache(maxsize=1)
def _another_before():
    """The words before the generic word that make it another occurrence ("Nākamais pasākums")."""
    words = vocabulary()["announced_past_one"]["another_occurrence"]
    return whole_words(words)


def _names_another(doc: Document, noun: NounMention) -> bool:
    """"Nākamais pasākums notiks 3. martā": the next one of a series, not the one told before."""
    head = doc.text[max(0, noun.start - 24):noun.start].rstrip()
    last = head.rsplit(None, 1)[-1] if head.split() else ""
    return bool(last) and _another_before().fullmatch(last) is not None


def announcing_past_one(doc: Document, index: Nouns, before: tuple[int, int], noun: NounMention,
                        noun_bounds: tuple[int, int], eventable: list[int]) -> tuple[int, int] | None:
    """The clause one sentence before `before` (same paragraph) when it may announce the generic
    `noun`'s occurrence: it dates nothing, tells in the noun's tense, says that something takes
    place or invites to it ("Aicinām uz …", "Bibliotēkā notiks …"); not a practice since a past
    time, nor for a generic word that names the next occurrence."""
    if _names_another(doc, noun):
        return None
    further = layout(doc).neighbour_clause(before, -1)
    if further is None or any_between(eventable, further) or ongoing_since(doc, further):
        return None
    if status_near(doc, further, further[0]) != status_near(doc, noun_bounds, noun.start):
        return None
    if not index.told(further) and invitation_cues().search(doc.text, *further) is None:
        return None
    return further
