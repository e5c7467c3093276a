"""A bare term label under a heading that names the action: "Pieteikšanās konkursam⏎⏎Termiņš:
12. aprīlis". The label line says only that the date is a term; the heading above it (a short
line, no sentence, no date of its own) says what the term is for; so it does over a date opening
its line whose clause has only a converb ("Pieteikšanās⏎⏎Līdz 15. maijam, zvanot …"). So does the sentence right
before a label that opens its own sentence, when it asks for an act with a plain verb and has
no date of its own: "Darbus lūdzam iesūtīt bibliotēkā. Termiņš – 5. marts." Without either
("Termiņš – 12. aprīlis" alone) the date names no action and stays no deadline."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ..deadline_cues import pattern
from .actions import ActionMention, actions_in, best, plain_verbs
from .vetoes import told_past_around

# How many blank lines may stand between the heading and the label line, and how long a heading
# line may be.
HEADING_BLANKS, HEADING_LINE = 2, 80
# What may open the label's line before the term word: a bullet or list number.
LINE_OPENER = re.compile(r"[ \t]*(?:[•·▪*–—-]|\d{1,2}[.)])?[ \t]*$")
# A heading is no sentence: it does not end in sentence punctuation.
SENTENCE_END = re.compile(r"[.!?;,][ \t]*$")


def _bare_term() -> re.Pattern:
    """A term's label with no action word ([cues] bare_term): "Termiņš:", "Pēdējā diena –"."""
    return pattern("cues", "bare_term", r"{}[ \t]*[:–—-]?[ \t]*")


def heading_action(doc: Document, cue: re.Match, date_starts: list[int]) -> ActionMention | None:
    """The action of the heading over a bare term label that opens its line: a few short lines
    are read back, O(1) per date and a bisection."""
    text, start = doc.text, cue.start()
    if not _bare_term().fullmatch(cue.group(0).rstrip("* \t\n")):
        return None
    line_start = text.rfind("\n", max(0, start - HEADING_LINE), start) + 1
    if (line_start == 0 and start > HEADING_LINE) or not LINE_OPENER.match(text[line_start:start]):
        return None
    found = line_above(text, line_start, HEADING_LINE, HEADING_BLANKS, date_starts)
    if found is None or SENTENCE_END.search(text, *found):
        return None
    actions = actions_in(doc, found)
    return best(actions)


def heading_over_converb(doc: Document, cue_start: int, action: ActionMention,
                         date_starts: list[int]) -> ActionMention | None:
    """"Pieteikšanās⏎⏎Līdz 15. maijam, zvanot pa tālruni …": a date opening its line whose clause
    has only a converb (the means, with no verb it hangs on) under a heading that names the act:
    the heading's action. A few short lines are read back: O(1) and a bisection."""
    if not action.converb:
        return None
    text = doc.text
    line_start = text.rfind("\n", max(0, cue_start - HEADING_LINE), cue_start) + 1
    if (line_start == 0 and cue_start > HEADING_LINE) or not LINE_OPENER.fullmatch(text, line_start, cue_start):
        return None
    found = line_above(text, line_start, HEADING_LINE, HEADING_BLANKS, date_starts)
    if found is None or SENTENCE_END.search(text, *found):
        return None
    chosen = best([a for a in actions_in(doc, found) if not a.converb])
    return None if chosen is None or told_past_around(doc, found, chosen.start) else chosen


def line_above(text: str, line_start: int, longest: int, most_blanks: int,
               date_starts: list[int]) -> tuple[int, int] | None:
    """(start, end) of the first line above the one starting at `line_start`, past at most
    `most_blanks` blank lines, when it is at most `longest` characters long and holds no date.
    O(longest · most_blanks) and a bisection."""
    pos, blanks = line_start - 1, 0
    while pos > 0:
        previous = text.rfind("\n", max(0, pos - longest - 1), pos) + 1
        if previous == 0 and pos > longest:
            return None  # a line longer than a heading
        if not text[previous:pos].strip():
            blanks += 1
            if blanks > most_blanks:
                return None
            pos = previous - 1
            continue
        i = bisect.bisect_left(date_starts, previous)
        if i < len(date_starts) and date_starts[i] < pos:
            return None
        return previous, pos
    return None


def request_before_term(doc: Document, cue: re.Match, bounds: tuple[int, int],
                        date_starts: list[int]) -> ActionMention | None:
    """The act the sentence before asks for, when a bare term label opens the date's sentence
    ("Pieteikumus gaidām birojā. Termiņš – 5. marts."): its last plain verb (not a converb nor the
    debitive of an unlisted verb), when that sentence, in the same paragraph, has no date of its
    own (a date there is its own term) and reports nothing done. A bisection and the actions of
    one clause."""
    if not _bare_term().fullmatch(cue.group(0).rstrip("* \t")) \
            or not LINE_OPENER.match(doc.text, bounds[0], cue.start()):
        return None
    previous = layout(doc).neighbour_clause(bounds, -1)
    if previous is None:
        return None
    i = bisect.bisect_left(date_starts, previous[0])
    if i < len(date_starts) and date_starts[i] < previous[1]:
        return None
    verbs = plain_verbs(doc, actions_in(doc, previous))
    chosen = max(verbs, key=lambda a: (a.end, a.end - a.start)) if verbs else None
    if chosen is None or told_past_around(doc, previous, chosen.start):
        return None  # "Pieteikties varēja visi biedri. Termiņš – 5. marts.": a report asks nothing
    return chosen


def bare_lead_action(doc: Document, lead: tuple[int, int], date_starts: list[int]) -> ActionMention | None:
    """The action of a list whose lead-in is a bare term label ("Termiņi:" over "• 1. marts –
    pavasara kārta"): the line right above the lead-in names it, a heading with any action word
    ("Pieteikšanās grantu konkursam") or a sentence with a plain verb ("Pieteikumus var iesniegt
    divās kārtās."; not a -šanās noun there: "Pieteikšanās rezultāti tika publicēti." asks
    nothing). That line holds no date of its own (a date there is its own term) and reports
    nothing done ("Pieteikties varēja visas biedrības.", "Tika iesniegti 40 pieteikumi."). A few
    short lines are read back: O(1) and a bisection."""
    text = doc.text
    if not _bare_term().fullmatch(text[lead[0]:lead[1]].strip().strip("*").strip()):
        return None
    found = line_above(text, lead[0], HEADING_LINE, HEADING_BLANKS, date_starts)
    if found is None:
        return None
    actions = actions_in(doc, found)
    if SENTENCE_END.search(text, *found):
        actions = plain_verbs(doc, actions)
    chosen = best(actions)
    return None if chosen is None or told_past_around(doc, found, chosen.start) else chosen
