"""Lists: the lead-in line ("Iesniegšanas termiņi:") that opens the list a date's item is in,
and the action that lead-in names for items with none of their own."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import LOWER
from ...temporal.colon_lists import lead_in as spaced_lead_in
from ..deadline_cues import pattern
from .actions import ActionMention, last_before


# A line that is an item of a list: "1) 8. kārta no … līdz …", "• līdz 5. martam – …"; a
# numbered sub-item too ("1.2. līdz 20. augustam …", as a regulation's points are numbered).
LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[•\-–*·▪])[ \t]")
# How far back the lead-in of a list is looked for: lines, and characters per line.
LIST_LINES, LINE_REACH = 15, 400


def _line_start(text: str, offset: int) -> int | None:
    """Where the line holding `offset` starts, if it starts within LINE_REACH characters."""
    lo = max(0, offset - LINE_REACH)
    newline = text.rfind("\n", lo, offset)
    if newline == -1:
        return 0 if lo == 0 else None
    return newline + 1


def lead_in_line(doc: Document, offset: int) -> tuple[int, int] | None:
    """For an offset in a list item, (start, end) of the line that opens the list, the one ending
    in ":" over "1) … līdz 11. janvārim; 2) … līdz 12. februārim". At most LIST_LINES lines of
    LINE_REACH characters are read back, so an offset costs O(1)."""
    text = doc.text
    start = _line_start(text, offset)
    if start is None:
        return None
    if not LIST_ITEM.match(text, start):
        return spaced_lead_in(text, start)  # items set apart by blank lines, or with no bullets
    for _ in range(LIST_LINES):
        if start == 0:
            return None
        previous = _line_start(text, start - 1)
        if previous is None:
            return None
        line = text[previous:start - 1]
        if not line.strip():
            return spaced_lead_in(text, start)  # items set apart by blank lines
        if line.rstrip().endswith(":"):
            return previous, start - 1
        if not LIST_ITEM.match(text, previous):
            return spaced_lead_in(text, start)
        start = previous
    return None


def lead_in_action(doc: Document, offset: int) -> ActionMention | None:
    """For a date in a list item, the action of the list's lead-in line ("Projektu iesniegumu
    pieņemšana notiks kārtās:")."""
    line = lead_in_line(doc, offset)
    return last_before(doc, line[1], line[0]) if line else None


def lead_verb_of_object(doc: Document, noun: ActionMention, cue_start: int) -> ActionMention | None:
    """For a thing handed in named in a list item ("1.2. līdz 20. augustam … pieteikumu"), the verb
    of the list's lead-in that asks for it ("… pārvaldē iesniedz:"): [lists] object_nouns."""
    if noun.is_verb or pattern("lists", "object_nouns").fullmatch(doc.text, noun.start, noun.end) is None:
        return None
    lead = lead_in_action(doc, cue_start)
    return lead if lead is not None and lead.is_verb else None


# A lone year ("2027. gadā", "2027. g."): no day or month follows it.
LONE_YEAR = re.compile(rf"\d{{4}}\.?[ \t]*(?:g\.|gad[a-zā]*(?![a-zā]))(?![ \t]*(?:\d|[{LOWER}]*(?:janv|febr|mart|apr|maij|jūn|jūl|aug|sept|okt|nov|dec)))",
                       re.IGNORECASE)


def years_only(text: str, date_starts: list[int], line: tuple[int, int]) -> bool:
    """Whether every date in the line is a lone year: a bisection and a match per date."""
    i = bisect.bisect_left(date_starts, line[0])
    while i < len(date_starts) and date_starts[i] < line[1]:
        if not LONE_YEAR.match(text, date_starts[i]):
            return False
        i += 1
    return True


# The start of the next item of a list: a line break, then a bullet or number.
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:[-–—•·*▪]|\d{1,2}[.)])[ \t]")


def in_earlier_item(text: str, action, cue_start: int) -> bool:
    """Whether an action before the cue is that of an earlier item of the cue's list: "2. līdz
    1. jūlijam jāsamaksā …⏎3. līdz 1. jūlijam … jānosūta …" (the third item's own verb is after
    its date). A bounded read of the action's line and of the text up to the cue."""
    if action.end > cue_start or cue_start - action.end > LINE_REACH:
        return False
    line_start = text.rfind("\n", max(0, action.start - LINE_REACH), action.start) + 1
    return bool(LIST_ITEM.match(text, line_start)) and _NEXT_ITEM.search(text, action.end, cue_start) is not None
