"""The generic word on a day told more specifically by the next sentence's start ("Pasākums notiks
16. decembrī Ozolu tautas namā. Ziemassvētku balle sāksies plkst. 19.00"): that sentence opens with a
specific noun in the nominative — after at most a few words, its genitive or adjectives — that a verb
of beginning and a clock hour follow, and dates nothing of its own, so it retells the day's occurrence
by its kind (the hour with or without its clock word: "sāksies 19.00"). Not one after a contrast word or an ordinal of a programme ("Vispirms koncerts sāksies …",
"Pēc tam balle sāksies …"): a later part of the evening. O(clause) per generic event."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from .lexicon import literals, vocabulary
from .noun_mention import NounMention
from .offsets import any_between
from .ranking import GENERIC, Nouns

# Before the noun: at most this many words, none of them lower-case openers of a later part.
_LEAD = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}")
_LATER = re.compile(r"(?<!\w)(?:pēc|tad|vēlāk|vispirms|turpinājumā|noslēgumā|savukārt|bet|pēcāk|sākumā)(?!\w)",
                    re.IGNORECASE)


@lru_cache(maxsize=1)
def _to_verb() -> re.Pattern:
    """Between the noun and the verb of beginning ([begins] words): at most two words ("balle
    šovakar sāksies")."""
    return re.compile(rf"\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{literals(vocabulary()['begins']['words'])})(?!\w)",
                      re.IGNORECASE)


# Right after the verb: the hour, with or without its clock word ("sāksies plkst. 19.00", "sāksies 19.00").
_HOUR = re.compile(r"\s+(?:(?:plkst|pl)\.?\s*|pulksten\s+)?(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?!\d)(?![.:]?\d)",
                   re.IGNORECASE)


def _nominative_specific(rank) -> bool:
    return not rank[0] and not rank[1] and not rank[2] and not rank[GENERIC]


def started_next(doc: Document, index: Nouns, noun_bounds: tuple[int, int],
                 eventable: list[int]) -> tuple[NounMention, tuple[int, int]] | None:
    """The next sentence's specific noun that retells the generic word's occurrence by its start;
    else None."""
    after = layout(doc).neighbour_clause(noun_bounds, +1)
    if after is None or any_between(eventable, after):
        return None
    own = index.first(after, _nominative_specific)
    if own is None:
        return None
    lead = _LEAD.fullmatch(doc.text, after[0], own.start)
    if lead is None or _LATER.search(doc.text, after[0], own.start):
        return None
    verb = _to_verb().match(doc.text, own.end, after[1])
    if verb is None or not _HOUR.match(doc.text, verb.end(), after[1]):
        return None
    return own, noun_bounds
