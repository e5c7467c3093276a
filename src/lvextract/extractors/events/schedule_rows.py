"""A schedule flattened from a table, each cell on its own line or paragraph, under a short lead
that names the occurrence ("Sapulces notiks:" / "Tikšanās grafiks:"): "Ozolmuiža" / "otrdiena" /
"5. martā" / "plkst. 18.00" / "tautas namā", then the next row's town … Each row is one occurrence
of the lead's noun: the row's day, its hour, its venue (a locative cell), else its town. The rows are
told by the dates: cells that are a whole day each, at a constant distance (the row's width), the
block starting with the first row or after a header row of as many digit-free cells ("Pagasts |").
The lead is any short line right above (a colon line or the table's heading). A lead naming no
occurrence ("Pieņemšanas laiki:") gives nothing. Runs only when the page names some occurrence.
O(lines + days + rows of the blocks read): the lines are read as cells once (_grid); a lead looks
its cells up, and a lead inside a block read already is one of its cells."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from ...latvian import places
from ...latvian.lemmas import stem
from ...record import DateMention, DateRole, Event, Record
from ...temporal.vocabulary import weekday_names
from .dating import DAY_VALUE
from .hour_cells import cell_times, day_opens_cell
from .lexicon import generic_types, vocabulary
from .status import status_near
from .ranking import Nouns

# A lead is a short line ending in a colon; a cell a short line that is no sentence.
LONGEST_LEAD = 60
# A lead that ends in a colon may be a whole sentence announcing the rows ("Publiskās apspriešanas
# sanāksme notiks tiešsaistē … šādos termiņos:"): the colon says the cells below are its.
LONGEST_COLON_LEAD = 120
LONGEST_CELL = 45
# At least this many rows: two dated lines under a lead are a sentence's list, not a table.
FEWEST_ROWS = 2
# A table cut short where its rows stop keeping their width keeps at least this many rows.
FEWEST_EVEN_ROWS = 3
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]+")
# What a dated cell may hold after its day: the hour ("5. martā, plkst. 18.00").
_REST = re.compile(r"[\s,.]*(?:(?:plkst\.?|pulksten)?\s*\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?)?[\s,.]*$")


@dataclass
class _Grid:
    """The text's lines read once as a flattened table's cells: `cells` the short lines that are no
    sentence, in order; for each line, where the cells after it start (`first_cell`) and where
    their run stops, at the first prose line (`run_stop`); the cells that are a whole day
    (`dated`, positions in `cells`, with their day) and, for each, how far the dated cells after it
    keep the same distance (`even_until`). O(lines + days)."""
    cells: list[tuple[int, int]]
    first_cell: list[int]
    run_stop: list[int]
    dated: list[int]
    day_at: dict[int, DateMention]
    even_until: list[int]


def _grid(text: str, days: dict[int, DateMention]) -> _Grid:
    lines = list(_LINE.finditer(text))
    cells: list[tuple[int, int]] = []
    first_cell, prose = [], []
    for m in lines:
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] == "|"):
            b -= 1
        first_cell.append(len(cells))
        is_prose = a < b and (b - a > LONGEST_CELL or text[b - 1] == ":")
        prose.append(is_prose)
        if a < b and not is_prose:
            cells.append((a, b))
    first_cell.append(len(cells))
    run_stop = [len(cells)] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        run_stop[i] = first_cell[i] if prose[i] else run_stop[i + 1]
    starts = sorted(days)
    order = {s: k for k, s in enumerate(days)}
    dated, day_at = [], {}
    for c, (a, b) in enumerate(cells):
        inside = starts[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        # A cell that is a whole day (bar a comma or dot): the row's date.
        if any(day_opens_cell(text, a, s) and _REST.match(text, days[s].span.end, b) for s in inside):
            dated.append(c)
            day_at[c] = days[min(inside, key=order.__getitem__)]
    even_until = list(range(len(dated)))
    for j in range(len(dated) - 2, -1, -1):
        even = j + 2 < len(dated) and dated[j + 2] - dated[j + 1] == dated[j + 1] - dated[j]
        even_until[j] = even_until[j + 1] if even else j + 1
    return _Grid(cells, first_cell, run_stop, dated, day_at, even_until)


@lru_cache(maxsize=1)
def _leads() -> dict[str, str]:
    return {stem(w): kind for w, kind in vocabulary().get("schedule_leads", {}).items()}


def _lead_nouns(lead: re.Match) -> list[tuple[str, int, int]]:
    """A heading's verbal noun that names the rows' occurrence only there (events.toml [schedule_leads])."""
    leads = _leads()
    return [(leads[stem(w.group().lower())], w.start(), w.end()) for w in _WORD.finditer(lead.string, *lead.span())
            if stem(w.group().lower()) in leads]


def _place(text: str, row: list[tuple[int, int]], used: set[int]) -> str | None:
    weekdays = weekday_names()
    free = [(a, b) for a, b in row if a not in used and not re.search(r"\d", text[a:b])
            and not any(w.lower() in weekdays for w in _WORD.findall(text[a:b]))]
    for a, b in free:  # the venue: "tautas namā", "Lejas Kultūras nams"
        words = _WORD.findall(text[a:b])
        if words and (stem(words[-1]) in places.venue_stems()
                      or places.is_locative(words[-1]) and not text[a].isupper()):
            return places.nominative(text[a:b].strip("“”\"„").rstrip(".,;"))
    for a, b in free:  # else the town: "Ozolmuiža"
        if text[a].isupper():
            return text[a:b].rstrip(".,;")
    return None


def schedule_rows(doc: Document, index: Nouns, candidates: list[DateMention], by_key: dict,
                  record: Record) -> None:
    text = doc.text
    days = {d.span.start: d for d in candidates
            if d.end is None and DAY_VALUE.match(d.value or "") and d.role != DateRole.deadline.value}
    generic = generic_types()
    grid = _grid(text, days)
    covered = (0, 0)  # the cells of the last block read: a lead among them is one of its cells
    for i, lead in enumerate(_LINE.finditer(text)):
        line = lead.group().strip()
        if not line or len(line) > (LONGEST_COLON_LEAD if line.endswith(":") else LONGEST_LEAD) or covered[0] <= grid.first_cell[i] < covered[1]:
            continue
        nouns = [(n.kind, n.start, n.end) for n in index.all_in(lead.span()) if n.kind not in generic]
        nouns = nouns or _lead_nouns(lead)
        if not nouns:
            continue
        # The cells after the lead, up to the first line that is prose, and the dated ones among them.
        p, q = grid.first_cell[i + 1], grid.run_stop[i + 1]
        lo, hi = bisect.bisect_left(grid.dated, p), bisect.bisect_left(grid.dated, q)
        if hi - lo < FEWEST_ROWS:
            continue
        # Two tables one under the other, the second under its own short heading ("Kapusvētki 2024" /
        # rows … / "Svecīšu vakari 2024" / rows …), run on as cells: the lead's table ends where its
        # rows stop keeping their width, once it has rows enough to be one (FEWEST_EVEN_ROWS).
        if grid.even_until[lo] < hi - 1 and grid.even_until[lo] + 1 - lo >= FEWEST_EVEN_ROWS:
            hi = grid.even_until[lo] + 1
        dated = grid.dated[lo:hi]
        cells = grid.cells[p:q]
        width = dated[1] - dated[0]
        # A header row of as many cells may stand above: "Pagasts |" / "Vieta |" / "Datums, laiks |".
        first = width if dated[0] - p >= width else 0
        if width < 2 or dated[0] - p >= 2 * width or grid.even_until[lo] < hi - 1 \
                or any(re.search(r"\d", text[a:b]) for a, b in cells[:first]):
            continue
        covered = (p, p + first + len(dated) * width)
        kind, noun_start, noun_end = nouns[0]
        # "Sapulces notika:" reports them; a lead with no verb ("Tikšanās grafiks:") plans them.
        status = status_near(doc, lead.span(), noun_start) or "planned"
        for r, k in enumerate(dated):
            row = cells[first + r * width:first + (r + 1) * width]
            day = grid.day_at[k]
            times = [t for a, b in row for t in cell_times(text, a, b)]
            used = {grid.cells[k][0]} | {a for a, b in row if cell_times(text, a, b)}
            place = _place(text, row, used)
            known = by_key.get((kind, day.value))
            if known is not None and known.end is None:
                event = known
            else:
                event = Event(type=kind, start=day.value, status=status,
                              span=doc.span(noun_start, noun_end))
                by_key[(kind, day.value)] = event
                record.events.append(event)
            if times:
                event.start_time, event.end_time = times[0][2], times[0][3]
            if place:
                event.place = place
            if day.role != DateRole.document.value:
                day.role = DateRole.event.value
