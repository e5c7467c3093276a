"""A table of projects written in text, one cell a line (each cell closed by " |", or the cells
apart by blank lines): a header row whose cells name columns ("Nr.p.k.", "Projekta nosaukums",
"Projekta iesniedzējs", "Summa, EUR"), then rows of as many cells. The cell under "Projekta
nosaukums" in each row is a project's name. A header cell holds one of [table_column]
header_words (projects.toml); the header is the run of such cells around the name column's
label, and the first cell that holds none opens the rows. The rows end at a line that is no
cell (a pipe table's line without its pipe, prose of more than MAX_CELL characters). Also a
table flattened one row a line under a header line that opens with the name column's label
(_owner_rows), or, where the header line names the project's column before the submitter's, rows
that open with the name and close with the submitter's kind, quoted name and sum (_named_first_rows).
One pass over the lines."""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import load

MAX_CELL = 200
MAX_HEADER = 60
DIGIT = re.compile(r"\d")
QUOTES = "\"„“”«»"
CELL = re.compile(r"^[ \t]*(?P<body>[^\n]*?)[ \t]*(?P<pipe>\|)?[ \t]*$", re.M)
NAME_LABEL = re.compile(r"projekta\s+nosaukums\s*:?", re.I)


@dataclass(frozen=True)
class Table:
    header: tuple[int, int]           # where the header's cells lie
    names: list[tuple[int, int]]      # each row's name cell


@lru_cache(maxsize=1)
def _header_word() -> re.Pattern:
    words = load("projects")["table_column"]["header_words"]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I)


def _unquoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The cell without the quotes around all of it ('"Jaunciema rudens"')."""
    if end - start > 2 and text[start] in QUOTES and text[end - 1] in QUOTES:
        return start + 1, end - 1
    return start, end


def _is_header(text: str, cell: tuple[int, int, bool], header_word: re.Pattern) -> bool:
    start, end, _pipe = cell
    return end - start < MAX_HEADER and not DIGIT.search(text, start, end) and bool(header_word.search(text, start, end))


def _cells(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed by a pipe) of each non-blank line's text."""
    return [(m.start("body"), m.end("body"), m["pipe"] is not None) for m in CELL.finditer(text) if m["body"]]


def tables(text: str) -> list[Table]:
    if not NAME_LABEL.search(text):
        return []
    header_word = _header_word()
    cells = _cells(text)
    found = []
    for i, (start, end, _pipe) in enumerate(cells):
        if not NAME_LABEL.fullmatch(text, start, end):
            continue
        first = i
        while first > 0 and _is_header(text, cells[first - 1], header_word):
            first -= 1
        last = i
        while last + 1 < len(cells) and _is_header(text, cells[last + 1], header_word):
            last += 1
        width, column = last - first + 1, i - first
        if width < 2:
            continue  # a card's label with its value under it, not a table
        piped = cells[i][2]
        names = []
        row = last + 1
        # (the last row may be cut short by the page's end; its name cell still counts)
        while row + column < len(cells):
            rows = cells[row:row + width]
            if any(e - s > MAX_CELL or p != piped for s, e, p in rows):
                break
            s, e, _ = rows[column]
            if re.search(r"[^\W\d_]", text[s:e]):
                names.append(_unquoted(text, s, e))
            row += width
        found.append(Table((cells[first][0], cells[last][1]), names))
    return found + _owner_rows(text, cells, header_word) + _named_first_rows(text, cells)


# A row of a table flattened onto one line: the submitter's kind and quoted name, the project's name
# unquoted, the sum closing the line ("Biedrība “Ozols” Koku stādīšana Lejasciemā 4 000").
OWNER_ROW = re.compile(rf"[ \t]*[{UPPER}][^\s„“”\"«]*(?:[ \t]+[^\s„“”\"«]+){{0,2}}[ \t]*[„“”\"«][^„“”\"«\n]{{2,80}}[”“\"»]"
                       r"[ \t]+(?P<name>[^\d\s][^\n]{2,200}?)[ \t]+\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?[ \t]*")


ROW_SUM = re.compile(r"[ \t]\d{1,3}(?:[ \u00a0]\d{3})*(?:[.,]\d{1,2})?[ \t]*$")


def _owner_rows(text: str, cells: list[tuple[int, int, bool]], header_word: re.Pattern) -> list[Table]:
    """A header row flattened onto one line ("Projekta nosaukums Piešķirtais finansējums (EUR)": the name
    column's label with another's), then rows each on one line (OWNER_ROW): each row's unquoted middle
    is a project's name; the rows end at the first line of another shape."""
    found = []
    for i, (start, end, _pipe) in enumerate(cells):
        if NAME_LABEL.fullmatch(text, start, end) or not NAME_LABEL.match(text, start, end) \
                or not _is_header(text, (start, end, _pipe), header_word):
            continue
        names = []
        for s, e, _ in islice(cells, i + 1, None):  # (no copy of the rest per header)
            row = OWNER_ROW.fullmatch(text, s, e)
            if row is not None:
                names.append(row.span("name"))
            elif not ROW_SUM.search(text, s, e):
                break  # (a row of another shape but with its sum, a quote left open, is passed over)
        if names:
            found.append(Table((start, end), names))
    return found


# A header line naming the project's column before the submitter's: "Nr. p.k. Iesniegtā projekta
# nosaukums Projekta iesniedzēja nosaukums Piešķirtā" (no digit; it may run past MAX_HEADER).
NAME_BEFORE_SUBMITTER = re.compile(r"[^\d\n]*?projekta\s+nosaukums[^\d\n]*?(?:iesniedzēj|pieteicēj|īstenotāj)[^\d\n]*", re.I)
# The sum closing a row, grouped in thousands or not ("2 000", "2000", "1500,50").
ROW_SUM_ANY = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,7})(?:[.,]\d{1,2})?"
ROW_SUM_END = re.compile(rf"[ \t]{ROW_SUM_ANY}[ \t]*$")
# The longest row line (a name of up to 250 characters, the submitter's cell and the sum).
MAX_ROW = 400
# Lines between the header line and the first row (the rest of a header cell wrapped: "summa, EUR").
HEADER_TAIL = 3


@lru_cache(maxsize=1)
def _named_first_row() -> re.Pattern:
    """A row: its number, the project's name, the submitter's kind ([table_column] submitter_kinds
    in any case, submitter_codes as written) and quoted name, the sum: "4 Viktorīna “Zini Sēliju”
    Biedrība “Māla ļaudis” 2000". The name runs to the last such kind before the sum (a name may
    quote a body's name of its own)."""
    data = load("projects")["table_column"]
    kinds = "|".join([f"(?i:{kind})" for kind in data["submitter_kinds"]] + data["submitter_codes"])
    return re.compile(rf"[ \t]*(?:\d{{1,3}}\.?[ \t]+)?(?P<name>[^\d\s][^\n]{{2,250}})[ \t]+(?:{kinds})[ \t]*"
                      rf"[„“”\"«][^\n]{{2,80}}?[”“\"»][ \t]+{ROW_SUM_ANY}[ \t]*")


def _named_first_rows(text: str, cells: list[tuple[int, int, bool]]) -> list[Table]:
    """Rows each on one line under a header line that names the project's column before the
    submitter's: each row's part before the submitter is a project's name; a row of another shape
    with its sum (a submitter left unquoted) is passed over; the rows end at a line without a sum."""
    found = []
    for i, (start, end, _pipe) in enumerate(cells):
        if not NAME_BEFORE_SUBMITTER.fullmatch(text, start, end):
            continue
        row_pattern = _named_first_row()
        names, j = [], i + 1
        while j < len(cells) and j <= i + HEADER_TAIL and not ROW_SUM_END.search(text, cells[j][0], cells[j][1]):
            j += 1  # (the header's wrapped cells)
        for s, e, _ in islice(cells, j, None):
            if e - s > MAX_ROW:
                break  # (prose, no row: and the row pattern's backtracking stays bounded per line)
            row = row_pattern.fullmatch(text, s, e)
            if row is not None:
                names.append(_unquoted(text, *row.span("name")))
            elif not ROW_SUM_END.search(text, s, e):
                break
        if names:
            found.append(Table((start, end), names))
    return found
