"""A schedule flattened from a table, each cell on its own line or paragraph, under a short lead
that names the occurrence ("Sapulces notiks:" / "Tikšanās grafiks:"): "Ozolmuiža" / "otrdiena" /
"5. martā" / "plkst. 18.00" / "tautas namā", then the next row's town … Each row is one occurrence
of the lead's noun: the row's day, its hour, its venue (a locative cell), else its town. The rows are
told by the dates: cells that are a whole day each, at a constant distance (the row's width), the
block starting with the first row or after a header row of as many digit-free cells ("Pagasts |").
The lead is any short line right above (a colon line or the table's heading). A lead naming no
occurrence ("Pieņemšanas laiki:") gives nothing. Runs only when the page names some occurrence.
O(lines of the blocks)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian import places
from ...latvian.lemmas import stem
from ...record import DateMention, DateRole, Event, Record
from ...temporal.vocabulary import weekday_names
from .dating import DAY_VALUE
from .hour_cells import cell_times, day_opens_cell
from .lexicon import generic_types, vocabulary
from .parts import status_near
from .ranking import Nouns

# A lead is a short line ending in a colon; a cell a short line that is no sentence.
LONGEST_LEAD = 60
LONGEST_CELL = 45
# At least this many rows: two dated lines under a lead are a sentence's list, not a table.
FEWEST_ROWS = 2
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]+")
# What a dated cell may hold after its day: the hour ("5. martā, plkst. 18.00").
_REST = re.compile(r"[\s,.]*(?:(?:plkst\.?|pulksten)?\s*\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?)?[\s,.]*$")


def _cells(text: str, start: int) -> list[tuple[int, int]]:
    """The short lines after the lead, blank lines skipped, up to the first line that is prose."""
    cells = []
    for m in _LINE.finditer(text, start):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] == "|"):
            b -= 1
        if a == b:
            continue
        if b - a > LONGEST_CELL or text[b - 1] == ":":
            break
        cells.append((a, b))
    return cells


def _lead_nouns(lead: re.Match) -> list[tuple[str, int, int]]:
    """A heading's verbal noun that names the rows' occurrence only there (events.toml [schedule_leads])."""
    leads = {stem(w): kind for w, kind in vocabulary().get("schedule_leads", {}).items()}
    return [(leads[stem(w.group().lower())], w.start(), w.end()) for w in _WORD.finditer(lead.string, *lead.span())
            if stem(w.group().lower()) in leads]


def _place(text: str, row: list[tuple[int, int]], used: set[int]) -> str | None:
    weekdays = weekday_names()
    free = [(a, b) for a, b in row if a not in used and not re.search(r"\d", text[a:b])
            and not any(w.lower() in weekdays for w in _WORD.findall(text[a:b]))]
    for a, b in free:  # the venue: "tautas namā", "Lejas Kultūras nams"
        words = _WORD.findall(text[a:b])
        if words and (stem(words[-1]) in places._venue_stems()
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
    for lead in _LINE.finditer(text):
        line = lead.group().strip()
        if not line or len(line) > LONGEST_LEAD:
            continue
        nouns = [(n.kind, n.start, n.end) for n in index.all_in(lead.span()) if n.kind not in generic]
        nouns = nouns or _lead_nouns(lead)
        if not nouns:
            continue
        cells = _cells(text, lead.end())
        # A cell that is a whole day (bar a comma or dot): the row's date.
        dated = [k for k, (a, b) in enumerate(cells)
                 if any(a <= s < b and day_opens_cell(text, a, s) and _REST.match(text, d.span.end, b)
                        for s, d in days.items())]
        if len(dated) < FEWEST_ROWS:
            continue
        width = dated[1] - dated[0]
        # A header row of as many cells may stand above: "Pagasts |" / "Vieta |" / "Datums, laiks |".
        first = width if dated[0] >= width else 0
        if width < 2 or dated[0] >= 2 * width or any(y - x != width for x, y in zip(dated, dated[1:])) \
                or any(re.search(r"\d", text[a:b]) for a, b in cells[:first]):
            continue
        kind, noun_start, noun_end = nouns[0]
        # "Sapulces notika:" reports them; a lead with no verb ("Tikšanās grafiks:") plans them.
        status = status_near(doc, lead.span(), noun_start) or "planned"
        for r, k in enumerate(dated):
            row = cells[first + r * width:first + (r + 1) * width]
            day = next(d for s, d in days.items() if cells[k][0] <= s < cells[k][1])
            times = [t for a, b in row for t in cell_times(text, a, b)]
            used = {cells[k][0]} | {a for a, b in row if cell_times(text, a, b)}
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
