"""A dated day's programme told line by line with the bare hour ("Sestdien, 14. jūnijā, notiks
pagasta svētki. / Pasākuma programmā: / 12.00 svētku atklāšana; / 14.00 koncerts estrādē; /
16.00 – zaļumballe ar grupu …"): each line that opens with its hour and names a specific
occurrence is one of that day, at that hour. programme.py reads the sentences led by "plkst." and
posters.py the lines under a day heading alone on its line; a bare "14.00" the clock grammar does
not read as a time at all (it may be an amount), so its line's hour is read here.

The day's own line names an occurrence, or holds the day alone right under the occurrence's title
line (a heading alone on its line is posters' own), and the day dates an occurrence
of the text on that one day (so a deadline's or a publication's day heads no programme, and the
days of a longer occurrence told above head its parts). The lines follow the day's line right
away: only a short label ending in a colon ("Pasákuma programmā:") or one blank line may stand
between, and the run ends at the first line of another shape. O(days · lines of their runs)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.orthography import OPENING_QUOTES
from ...layout import lines_from, next_newline, previous_newline
from ...record import DateMention, Record
from ...temporal.times import clock
from .dating import DAY_VALUE
from .offsets import any_between
from .added_events import add_event
from .hour_abbreviation import CLOCK_WORD, LINE_LEAD
from .hour_fill import hour_for_untimed
from .programme_labels import labels_programme
from .ranking import Nouns

# A line led by a bare hour with its minutes, maybe a span and a dash after it ("14.00 koncerts",
# "16.00 – zaļumballe", "• 10.30–12.00 darbnīca"). Not a day ("12.05." has a dot after it).
_HOUR_LINE = re.compile(
    rf"{LINE_LEAD}(?:(?P<word>{CLOCK_WORD})[ \t]*)?(?P<h1>[01]?\d|2[0-3])[.:](?P<m1>[0-5]\d)(?![\d.:]\d|\.\S)"
    r"(?:[ \t]*[–-][ \t]*(?P<h2>[01]?\d|2[0-4])[.:](?P<m2>[0-5]\d)(?![\d.:]\d))?[ \t]*[–:-]?",
    re.IGNORECASE)
# How far after a "plkst."-led line's hour its occurrence's noun may start ("plkst. 9.00 Svētā Mise").
WORD_LED_REACH = 25
# A label line between the day and its lines: short, closed by a colon; at most this many before
# the first hour (a bound: a page of short lines closed by colons is read no further per day).
LONGEST_LABEL = 60
LABELS_BEFORE_HOURS = 2


# A poster flattened one cell a line: the hour alone on its line, the item on the next line, then
# its place and a few lines about it ("10.00" / "Svētku dievkalpojums" / "Ozolu baznīcā" / "11.30" …).
# How many lines of one item may stand before the next hour.
LONGEST_CELLS = 10

# A programme whose items each carry a few lines about them ("15.00 – Koncerts “…” baznīcā" /
# "Dziedās vokālie ansambļi …" / "17.00 – Egles iedegšana Rātslaukumā" / "Dienas gaidītākais brīdis …"):
# when its items are headed as titles (the hour, a dash, a capital or a quote: "– Koncerts …"), the
# run goes on past an item's description to the next line of the same shape (the same clock word or
# none), the description at most this many lines and characters; its lines are no items. A run of
# plain lines ("12.00 koncerts estrādē" / "Pēc tam …" / "16.00 zaļumballe") still ends at the prose.
DESCRIPTION_LINES = 3
DESCRIPTION_CHARACTERS = 700


def _shape(m: re.Match) -> tuple[bool, bool]:
    """An hour line's shape: led by a clock word or not, its hour closed by a dash or not."""
    return bool(m["word"]), m.group(0).rstrip()[-1:] in "–-"


# What an item headed as a title may open with besides a capital: a name's opening quote, its
# closing "”" typed for one, or an apostrophe.
TITLE_OPENS = frozenset(OPENING_QUOTES + "”'")


def _titled(text: str, m: re.Match, b: int) -> bool:
    """An item headed as a title: its hour closed by a dash, the item opening with a capital or a
    quote ("15.00 – Koncerts “Gaismā būt”", "18.30 – “Ziemas iedancis”")."""
    if not _shape(m)[1]:
        return False
    item = text[m.end():b].lstrip()
    return bool(item) and (item[0].isupper() or item[0] in TITLE_OPENS)


def run_after(text: str, after: int, cells_allowed: bool = True,
              stop: int | None = None) -> list[tuple[int, int, re.Match]]:
    """The hour-led lines right after the line that ends at `after`, of the lines that start before
    `stop`. An hour alone on its line (a flattened poster's cell) takes the next line as its item,
    and the lines after it, up to the next hour, are that item's own cells; a run that opens with a
    bare hour goes on in that shape."""
    found, blanks, labels = [], 0, 0
    cells = None  # in a flattened poster: the item lines read since the last bare hour
    described = None  # (lines, characters) of the description read since the last item's line
    for a, b in lines_from(text, after + 1, stop):
        line = text[a:b].strip()
        if not line:
            blanks += 1
            if blanks > 1:
                break
            continue
        blanks = 0
        m = _HOUR_LINE.match(text, a, b)
        if described is not None:
            if m is not None and _titled(text, m, b) and _shape(m) == _shape(found[0][2]):
                described = None
                found.append((a, b, m))
                continue
            described = (described[0] + 1, described[1] + len(line))
            if m is not None or described[0] > DESCRIPTION_LINES or described[1] > DESCRIPTION_CHARACTERS:
                break
            continue
        if m is not None and (cells is None or not text[m.end():b].strip()):
            if cells_allowed and not text[m.end():b].strip() and (cells is not None or not found):
                cells = 0  # the hour alone: its item is on the next line
            found.append((a, b, m))
        elif cells is not None and found:
            cells += 1
            if cells == 1:  # the bare hour's item: its line joins the hour's
                a0, _b0, m0 = found[-1]
                found[-1] = (a0, b, m0)
            elif cells > LONGEST_CELLS:
                break
        elif not found and labels < LABELS_BEFORE_HOURS and len(line) <= LONGEST_LABEL and line.endswith(":"):
            labels += 1
            continue
        elif found and cells is None and len(line) <= DESCRIPTION_CHARACTERS \
                and _titled(text, found[-1][2], found[-1][1]):
            described = (1, len(line))  # an item's description, if an item of the same shape follows
        else:
            break
    return found


# The longest title line over a bare day line.
LONGEST_TITLE = 100
# A day line that holds the day alone, maybe with its weekday ("Sestdien, 10. augustā").
BARE_DAY_LINE = re.compile(r"[\s,–-]*(?:(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien[aā]?[\s,–-]*)?$", re.IGNORECASE)


def _titled_day_line(text: str, day: DateMention, line_start: int, line_end: int) -> bool:
    """A bare day line right under the occurrence's own title line, with no blank line between ("Ozolu
    pagasta svētki / Sestdien, 10. augustā / 19:00 Koncerts / 22:00 Balle …"): the pair heads the
    hour lines as a day line naming the occurrence does. A day heading alone in its paragraph is
    posters.py's."""
    if not (BARE_DAY_LINE.match(text, line_start, day.span.start) and BARE_DAY_LINE.match(text, day.span.end, line_end)):
        return False
    if line_start < 2 or text[line_start - 1] != "\n":
        return False
    # The title line names the feast, often by a noun that needs a verb to take place elsewhere
    # ("Ozolu pagasta svētki"): a short line with no full stop of a sentence is a title.
    above = text.rfind("\n", 0, line_start - 1) + 1
    title = text[above:line_start - 1].strip()
    return 0 < len(title) <= LONGEST_TITLE and not title.endswith((".", ":", ";", ","))


def hour_lines(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
               by_key: dict, record: Record) -> None:
    told = {e.start for e in record.events if e.start and e.end is None}
    spans = [(e.start, e.end) for e in record.events if e.start and e.end]
    text = doc.text
    for day in candidates:
        if day.end is not None or not DAY_VALUE.match(day.value or "") or day.value not in told \
                or any(a <= day.value <= b for a, b in spans):
            continue
        line_start = previous_newline(text, day.span.start) + 1
        line_end = next_newline(text, day.span.end)
        if line_end < 0:
            continue
        if not index.all_in((line_start, line_end)) and not _titled_day_line(text, day, line_start, line_end) \
                and not labels_programme(text, (line_start, line_end)):
            continue  # a heading, or a day line naming no occurrence ("2. augustā Lubānas centrā")
        # A table row's day ("17.10. | 10.00 | izstāde") heads no poster's cells below the table.
        add_run(doc, index, day, run_after(text, line_end, cells_allowed="|" not in text[line_start:line_end]),
                date_starts, by_key, record)


def add_run(doc: Document, index: Nouns, day: DateMention, run: list, date_starts: list[int], by_key: dict,
            record: Record) -> None:
    """Each hour-led line of `run` (from run_after) as an occurrence of `day` at its hour, up to a
    line holding a date of its own. Shared with labelled_run.py."""
    previous = None
    for a, b, m in run:
        # (a date in the line, or in an item's description before it, ends the day's run)
        if any_between(date_starts, (a if previous is None else previous, b)):
            break
        previous = b
        before = len(record.events)
        # A line led by "plkst." may be a long sentence: only a noun right after its hour is its item.
        near = (lambda ns, at=m.end(): [n for n in ns if n.start - at <= WORD_LED_REACH]) if m["word"] else None
        add_event(doc, index, (m.end(), b), day, date_starts, by_key, record, narrow=near)
        if len(record.events) == before:  # "1. novembrī Mises notiks: / plkst. 9.00 Mise": that one's hour
            hour_for_untimed(doc, index, (m.end(), min(b, m.end() + WORD_LED_REACH)), day, by_key,
                             clock(m["h1"], m["m1"]), clock(m["h2"], m["m2"]) if m["h2"] and m["h2"] != "24" else None)
        for event in record.events[before:]:
            if event.start_time is None:
                event.start_time = clock(m["h1"], m["m1"])
                if m["h2"] and event.end_time is None:
                    event.end_time = clock(m["h2"], m["m2"])  # "24.00": the day's end, 23:59
