"""A day's sentence that names what the day holds after a colon as a bare list of nouns, parted by
commas or "un" ("Sestdien, 12. maijā, svinēsim ciema dienu: gadatirgus, koncerts, balle"): each item
that opens with an event noun is an occurrence of that day, and so is the label's own before the
colon ("ciema diena"). The walk over the dates took only the
first; an item that opens otherwise ("…, ieeja brīva", "…, kurā piedalīsies …") is said of the list
or of the item before. A spaced dash after the generic word in the plural opens such a list too
("14. jūnijā notiks vairāki pasākumi – konference, koncerti, gājiens …"). O(candidates · line)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.orthography import DASH
from ...record import DateMention, Record
from .added_events import add_event
from .dating import days_with_sentences
from .offsets import any_between
from .parts import QUOTED
from .plural_generic import names_plural_generic
from .ranking import Nouns
from ...layout import next_newline

# How far after the day the colon may stand: the day's own clause ("svinēsim ciema dienu:").
COLON_REACH = 80
# How far into an item its noun may start ("svētku koncerts", "vakarā zaļumballe"), as listings put it.
ITEM_OPENING_REACH = 25
# An item's edge: a comma or a semicolon, or "un" between two items.
ITEM_CUT = re.compile(r"[,;]|\sun(?=\s)")
# The list's colon, not a clock time's ("21. maijā 13:00 pasniegs balvas …, izstādēs un skatēs").
LIST_COLON = re.compile(r"(?<!\d):|:(?!\d)")
# A dash with spaces round it, as a list's opening after the plural generic word.
LIST_DASH = re.compile(rf"(?<=\s){DASH}(?=\s)")
# Fewer nouns than these make no list: "notiks svētki: koncerts un balle" is a pair, read elsewhere.
SHORTEST_LIST = 2


def colon_nouns(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                by_key: dict, record: Record) -> None:
    text = doc.text
    for day, sentence in days_with_sentences(doc, candidates):
        line_end = next_newline(text, day.span.end)
        stop = min(sentence.end, len(text) if line_end < 0 else line_end)
        found = LIST_COLON.search(text, day.span.end, min(stop, day.span.end + COLON_REACH))
        if found is None:
            # A spaced dash after the generic word in the plural opens the list as a colon does
            # ("14. jūnijā notiks vairāki pasākumi – konference, piemiņas brīži, koncerti …").
            found = LIST_DASH.search(text, day.span.end, min(stop, day.span.end + COLON_REACH))
            if found is not None and not names_plural_generic(doc, index, (day.span.end, found.start())):
                found = None
        colon = found.start() if found else -1
        if colon < 0 or any_between(date_starts, (day.span.end + 1, stop)):
            continue  # the day's own list only, no other date in it
        quoted = [m.span() for m in QUOTED.finditer(text, colon, stop)]
        cuts = [colon + 1] + [m.end() for m in ITEM_CUT.finditer(text, colon, stop)
                              if not any(a < m.start() < b for a, b in quoted)] + [stop]
        items = [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]
        opening = [item for item in items if _opening_noun(text, index, item) is not None]
        if len(opening) < SHORTEST_LIST:
            continue
        # The label's own occurrence too ("svinēsim ciema dienu:"), which the walk may have passed
        # over for the list's first noun; not the generic word ("uz pasākumu:"), which the list names.
        add_event(doc, index, (day.span.end, colon), day, date_starts, by_key, record)
        for item in opening:
            first = _opening_noun(text, index, item)
            add_event(doc, index, item, day, date_starts, by_key, record, narrow=lambda nouns, f=first: [n for n in nouns if n == f])


def _opening_noun(text: str, index: Nouns, item: tuple[int, int]):
    """The event noun the item opens with (a word or two of its own before it at most)."""
    nouns = index.all_in(item, told=True)
    if not nouns:
        return None
    noun = nouns[0]
    return noun if noun.start - item[0] <= ITEM_OPENING_REACH and not any(c in ".!?" for c in text[item[0]:noun.start]) else None
