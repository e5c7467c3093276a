"""Dates with no cue of their own that a label makes deadlines: the table cell above the date
("pieņemšanas laiks⏎16.01.–16.02.2018."), the term after it on a timeline row ("15. marts –
iesniegšanas termiņš"), the line under a date alone on its line ("15.aprīlis⏎• Pēdējais datums,
kad … jāiesniedz …") or the lead-in line of its list ("Iesniegšanas termiņi:")."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...record import DateMention
from ...temporal.colon_lists import GLYPH
from ...temporal.times import clock_times
from ..deadline_cues import NOMINATIVE_OR_DIGITS, pattern
from .actions import ActionMention, actions_in, best
from .column_term import column_action, column_header
from .term_columns import term_columns_action
from .heading import bare_lead_action
from .heading_day import heading_over_day
from .lists import lead_in_line, years_only
from .cell_table import cell_table_action
from .row_table import row_table_action


def _label_pattern() -> re.Pattern:
    return pattern("cues", "label_line", r"{}\s*$")


def _opened_line(text: str, start: int, glyph: bool = False) -> int | None:
    """The start of the line that `start` opens: only blanks before it on its line (with `glyph`,
    a list's glyph too, "• 3. marts"), the line's start found within LABEL_LINE characters; else None."""
    line_start = text.rfind("\n", max(0, start - LABEL_LINE), start) + 1
    if line_start == 0 and start > LABEL_LINE:
        return None  # before the copy: with no line break in reach it would run from the text's start
    opening = text[line_start:start]
    bullet = GLYPH.match(opening) if glyph else None
    if opening[bullet.end() if bullet else 0:].strip():
        return None
    return line_start


def _label_after() -> re.Pattern:
    """What follows a date that opens a line of a timeline: "15. marts – pieteikumu
    iesniegšanas termiņš"."""
    return pattern("cues", "label_after_date", r"[ \t]*[–—:-][^\n]{0,80}?{}")


def label_after(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """(start, end) of the term named after a date that opens its line, after a list's glyph or
    not ("• 3. marts – pieteikšanās termiņš"), up to the end of the line (at most LABEL_LINE
    characters read): the date is that term's deadline."""
    text = doc.text
    if _opened_line(text, mention.span.start, glyph=True) is None:
        return None
    m = _label_after().match(text, mention.span.end, min(len(text), mention.span.end + LABEL_LINE))
    if m is None:
        return None
    end = text.find("\n", m.end(), m.end() + LABEL_LINE)
    return mention.span.end, end if end >= 0 else min(len(text), m.end() + LABEL_LINE)


def _label_below() -> re.Pattern:
    """The line under a date alone on its line, as in a calendar of terms ("15.aprīlis⏎• Pēdējais
    datums, kad … jāiesniedz sertifikāts"): a label word opens it (after a bullet) or ends it
    ("Pieteikumu iesniegšanas termiņš")."""
    return pattern("cues", "label_after_date",
                   r"[ \t]*(?:[•·▪*–—-]|\d{1,2}[.)])?[ \t]*{}|[^\n]{0,80}?\btermiņ\w*[ \t]*[.:]?[ \t]*$")


# What may follow a date that stands alone on its line.
ALONE_AFTER = re.compile(r"[ \t.:–—-]*$")


def label_below(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """(start, end) of the term named on the line under a date that is alone on its line (blank
    lines of a layout in between, at most LABEL_BLANKS): the date is that term's deadline. At most
    a few short lines are read: O(1) per date."""
    text = doc.text
    if _opened_line(text, mention.span.start) is None:
        return None
    line_end = text.find("\n", mention.span.end, mention.span.end + LABEL_LINE)
    if line_end < 0 or not ALONE_AFTER.match(text, mention.span.end, line_end):
        return None
    pos, blanks = line_end + 1, 0
    while blanks <= LABEL_BLANKS and pos < len(text):
        newline = text.find("\n", pos, pos + LABEL_LINE)
        end = newline if newline >= 0 else min(len(text), pos + LABEL_LINE)
        if text[pos:end].strip():
            return (pos, end) if _label_below().match(text, pos, end) else None
        if newline < 0:
            return None
        blanks, pos = blanks + 1, newline + 1
    return None


def _term_after() -> re.Pattern:
    """After a date in the nominative, "ir … termiņš" names the term it is ([cues] term_after_date):
    "15. augusts ir šā gada trešā ceturkšņa nodokļa maksāšanas termiņš"."""
    return pattern("cues", "term_after_date", r"[ \t]+(?:ir|būs)[ \t]+[^.;\n]{0,80}?\b{}(?!\w)")


def term_after(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """(start, end) of "ir … termiņš" right after the date: the term the date ends. A bounded read."""
    m = _term_after().match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + 200))
    return (mention.span.end, m.end()) if m else None


# How many lines above a date a label may stand (blank lines of a table layout in between), and
# how long a line of a label may be.
LABEL_BLANKS, LABEL_LINE = 3, 160


def _holds_date(date_starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(date_starts, start)
    return i < len(date_starts) and date_starts[i] < end


def _date_alone(doc: Document, date_starts: list[int], start: int, end: int) -> bool:
    """Whether the line start..end is a date alone (a heading of a calendar of terms)."""
    i = bisect.bisect_left(date_starts, start)
    if i == len(date_starts) or date_starts[i] >= end:
        return False
    return not doc.text[start:date_starts[i]].strip() and len(doc.text[start:end].strip()) <= ALONE_LINE


# How long a line that is a date alone may be ("15. septembris", "2023. gada 15. septembris").
ALONE_LINE = 30


# A window's opening before its last day on a line of its own: "No 20.septembra 12:00 līdz ".
WINDOW_OPENING = re.compile(r"[ \t]*[Nn]o[ \t]+[^\n]{1,60}?[ \t]līdz[ \t]+")
_BARE_NO = re.compile(r"\s*[Nn][Oo]\s*")


def label_above(doc: Document, mention: DateMention, date_starts: list[int] = (),
                window_opened: bool = False) -> tuple[int, int] | None:
    """(start, end) of the label over a date that opens its own line, as in the table of a call
    ("4.kārtas projektu iesniegumu⏎pieņemšanas laiks⏎⏎16.01.2018.- 16.02.2018."): the nearest
    non-blank line above ends in a label word, and the non-blank line above that joins it when it
    does not end a sentence. A line that holds a date of its own is a row of a timeline, no label
    ("15. marts – iesniegšanas termiņš⏎30. marts – rezultāti"). At most a few short lines are read
    back, so a date costs O(1) and a bisection."""
    text, start = doc.text, mention.span.start
    line_start = _opened_line(text, start)
    if line_start is None and window_opened:
        # asked by window_label_action: its window's opening, not the date, opens the line
        line_start = text.rfind("\n", max(0, start - LABEL_LINE), start) + 1
        if line_start == 0 and start > LABEL_LINE:
            line_start = None
    if line_start is None:
        return None
    pos, blanks, label = line_start - 1, 0, None
    while pos > 0:
        previous = text.rfind("\n", max(0, pos - LABEL_LINE), pos) + 1
        if previous == 0 and pos > LABEL_LINE:
            break  # a line longer than a label (asked before the copy, which would run from the text's start)
        line = text[previous:pos]
        if not line.strip():
            blanks += 1  # a table may set each cell, and each line of a cell, apart
            if blanks > LABEL_BLANKS:
                break
        elif label is None:
            if not _label_pattern().search(line) or _holds_date(date_starts, previous, pos):
                return None
            label = (previous, pos)
        else:
            if _date_alone(doc, date_starts, previous, pos):
                return None  # the label is the one under the date above ("15. marts⏎… termiņš⏎30. marts")
            if not re.search(r"[.!?:;]\s*$", line) and not _holds_date(date_starts, previous, pos):
                label = (previous, label[1])
            break
        pos = previous - 1
    return label


_BEFORE_HOURS = re.compile(r"[^\S\n]*,?[^\S\n]*")


def _hours_of_the_day(text: str, end: int) -> bool:
    """Whether a span of clock hours follows a list item's day on its line ("3. jūnijs 9.00 līdz
    16.00", "4. jūnijs, 13.00–20.00"): the hours the act is done that day. The clock grammar is
    asked over the rest of the line: bounded (LABEL_LINE characters) per date."""
    start = _BEFORE_HOURS.match(text, end).end()
    line_end = text.find("\n", start, start + LABEL_LINE)
    found = clock_times(text, start, line_end if line_end >= 0 else min(len(text), start + LABEL_LINE))
    return bool(found) and found[0][0] == start and found[0][3] is not None


def lead_in_label(doc: Document, offset: int) -> tuple[int, int] | None:
    """A list item's lead-in that is a label ("Pieteikumu iesniegšanas termiņi:" over
    "1) pirmajā kārtā – 16. marts;"): it cues the dates of its items."""
    line = lead_in_line(doc, offset)
    if line is None or not _label_pattern().search(doc.text, line[0], line[1]):
        return None
    return line


def label_action(doc: Document, label: tuple[int, int]) -> ActionMention | None:
    """The action a label names: a verb before a noun, the last one on a tie (nearest the date)."""
    found = actions_in(doc, label)
    return best(found)


def window_label_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """The action of the label over a window's line whose last day a cue reads ("Pieteikšanās
    www.vieta.lv⏎⏎No 20.septembra 12:00 līdz 23.septembra"), or that a range read as one mention
    fills after its "no" ("No 2. līdz 9. maijam"): only a line that the window opens."""
    text, start = doc.text, mention.span.start
    line_start = text.rfind("\n", max(0, start - LABEL_LINE), start) + 1
    # (a regular expression, not a slice lowered: with no line break within reach the "line" runs
    # from the text's start, and a copy of it per date made long one-line texts quadratic)
    if not (WINDOW_OPENING.fullmatch(text, line_start, start)
            or (mention.end and _BARE_NO.fullmatch(text, line_start, start))):
        return None  # neither the last day after its window's opening nor a range that "no" opens
    label = label_above(doc, mention, date_starts, window_opened=True)
    return label_action(doc, label) if label is not None else None


def labelled_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """For a date with no cue of its own: the action of a label above it, of the term after it on
    its line, or of the label that leads in its list; the first of these that names one. Only
    for a date in the nominative or in digits: "Pieteikšanās:⏎• 5. martā Rīgā" lists days to come."""
    if not NOMINATIVE_OR_DIGITS.search(mention.span.text):
        return None
    lead_in = lead_in_label(doc, mention.span.start)
    # "Iepriekšējā balsošana:" / "• 3. jūnijs 9.00 līdz 16.00": the day's hours to act, no term.
    hours_item = lead_in is not None and _hours_of_the_day(doc.text, mention.span.end)
    for label in (label_above(doc, mention, date_starts), label_after(doc, mention),
                  label_below(doc, mention), term_after(doc, mention), lead_in,
                  heading_over_day(doc, mention, date_starts)):
        # A lead-in may say the year its list is of ("2027. gadā iesniegšanas termiņi:").
        if label is lead_in and hours_item:
            continue
        if label is not None and (years_only(doc.text, date_starts, label) if label is lead_in
                                  else not _holds_date(date_starts, label[0], label[1])):
            action = label_action(doc, label)
            if action is None and label is lead_in:
                # "Termiņi:" names no act: the heading or sentence above it does
                action = bare_lead_action(doc, label, date_starts)
            if action is not None:
                return action
    header = column_header(doc, mention, date_starts)
    if header is not None:
        return column_action(doc, header)
    return row_table_action(doc, mention, date_starts) or cell_table_action(doc, mention, date_starts) \
        or term_columns_action(doc, mention, date_starts)
