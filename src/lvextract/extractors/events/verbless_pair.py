"""A verbless programme item naming two occurrences joined by a bare "un" ("Sestdien, 8. jūnijā, –
sporta spēles un balle."): both nouns in the nominative, the second closing the item (a stop, a comma,
a semicolon, the line's or the sentence's end right after it), so each is the day's own item. An announcement with
a verb keeps a bare pair as one ("konference un darbnīca notiks …", events/paired_second.py), and so
does an item whose venue, the day's occurrence's place, stands before a pair of one sitting's kinds
([verbless_pair] one_sitting: "3. jūnijā plkst. 18 bibliotēkā lekcija un diskusija."): one occurrence
told with two nouns, as with its place after it
("5. maijā – konference un darbnīca Ozolkalnē."). O(1) per noun pair; O(the item's words) for the venue."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...latvian.orthography import WORD
from .lexicon import vocabulary
from .ranking import Nouns


@lru_cache(maxsize=1)
def _ceremonies() -> frozenset[str]:
    return frozenset(vocabulary()["activity_nouns"]["programme_line"])

@lru_cache(maxsize=1)
def _one_sitting() -> frozenset[str]:
    return frozenset(vocabulary()["verbless_pair"]["one_sitting"])


# "un", maybe with one or two words of the second's own ("un egles iedegšana", "un vakara balle").
BARE_UN = re.compile(r"[ \t]+un[ \t]+(?:[^\W\d_]+[ \t]+){0,2}")
# A programme line closes its item at its line end too ("16.00 – sporta spēles un balle\n"); "$" alone
# is only the end of the text.
CLOSES = re.compile(r"[ \t]*(?:[.,;\n]|$)")


def verbless_second(doc: Document, index: Nouns, nouns: list, i: int, hi: int, venue: tuple[str | None, int] = (None, 0)):
    """The noun right after nouns[i] past a bare "un" that closes the item; else None. `venue`: the
    day's occurrence's place and where the item begins (its day)."""
    if i + 1 >= len(nouns):
        return None
    first, second = nouns[i], nouns[i + 1]
    if first.kind in _one_sitting() and second.kind in _one_sitting() and _venue_before(doc.text, venue, first.start):
        return None  # "bibliotēkā lekcija un diskusija": one sitting; "parkā – sporta spēles un balle": two
    if not BARE_UN.fullmatch(doc.text, first.end, second.start):
        return None
    # A ceremony's verbal noun may go on with where it is held ("svecīšu aizdegšana un ziedu nolikšana
    # pie piemiņas akmens"): its own item all the same ([activity_nouns].programme_line).
    if not CLOSES.match(doc.text, second.end, hi) and second.kind not in _ceremonies():
        return None
    if index.rank_of(first)[2] or index.rank_of(second)[2]:
        return None  # not in the nominative: "ar koncertu un balli" tells how a feast is kept
    return second


def _venue_before(text: str, venue: tuple[str | None, int], start: int) -> bool:
    """The place's head word stands in the item before the pair ("bibliotēkā lekcija un diskusija",
    place "bibliotēka"): the pair shares it."""
    place, lo = venue
    if not place or not WORD.findall(place):
        return False
    head = stem(WORD.findall(place)[-1])
    return any(stem(w) == head for w in WORD.findall(text, lo, start))
