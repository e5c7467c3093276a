"""Lines of a page's data over its headline, never the headline: a catalogue card's field labels,
each over its value ("Plānošanas periods" / "2014–2020", "Statuss" / "Kārta noslēgusies"; the
labels are data, data/titles.toml catalogue_labels), and a calendar table's header over its first
row ("Sākums Nosaukums Pilsēta Valsts Atbildīgais" / "08.08.2020 Kausa izcīņa, 1. posms …")."""
from __future__ import annotations

import re

from ..vocabulary import load
from .lines import BULLET

# A table row opens with a day's numeric date and goes on with its fields on the same line.
_DATE_ROW = re.compile(r"\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\.?\s+(?:\S+\s+){3,}\S")
_HEADER_WORDS = 4  # a table has columns enough; a short line over a dated row is a headline over its dateline
_COLUMN_SHARE = 0.75


def field_label(line: str) -> bool:
    """A catalogue card's label alone on its line (a bullet before it aside), or a card's or a
    legal portal's label with its value after a colon ("Attēlotā redakcija: 01.07.2020. - …")."""
    words = load("titles")
    label = BULLET.sub("", line).strip().rstrip(":").strip().lower()
    if label in words["catalogue_labels"]:
        return True
    head, colon, _ = label.partition(":")
    return bool(colon) and head.strip() in words["catalogue_labels"] + words["widget_lines"]


_VALUE_LINES = 3  # a label's value may run over a few bulleted lines


def field_value(lines: list[str], n: int) -> bool:
    """A bulleted line of a label's value: one of the few lines right under a catalogue card's label, no
    blank line between ("• Programmas mērķis" / "• 3.1. Veicināt …"), before the next label."""
    if not BULLET.match(lines[n].strip()):
        return False  # a short value alone is passed as a label's value; a line of words may be the headline
    seen = 0
    for m in range(n - 1, max(-1, n - 1 - _VALUE_LINES), -1):
        above = lines[m].strip()
        if not above:
            return False
        if field_label(above) and ":" not in above.rstrip(":"):
            return True
        seen += 1
        if seen >= _VALUE_LINES or len(above) > 300:
            return False
    return False


def _column(word: str) -> bool:
    """A column's name: capitalised ("Pilsēta") or a shortened name glued to the next ("turn.nosaukums")."""
    return word[:1].isupper() or re.search(r"[^\W\d_]\.[^\W\d_]", word) is not None


def table_row(lines: list[str], n: int, line: str) -> bool:
    """A dated row of a table under its header row, the rows above it with no blank line between."""
    if not _DATE_ROW.match(line):
        return False
    m = n - 1
    while m >= 0 and _DATE_ROW.match(lines[m]):
        m -= 1
    return m >= 0 and table_header(lines, m, lines[m].strip())


def table_header(lines: list[str], n: int, line: str) -> bool:
    """A row of column names right over a dated row, no blank line between: no digits, no
    sentence's close, and nearly every word a column's name (a headline has its first word
    capitalised, its others mostly not)."""
    if n + 1 >= len(lines) or not _DATE_ROW.match(lines[n + 1]) or any(c.isdigit() for c in line) \
            or line.endswith((".", "!", "?", ":")):
        return False
    words = line.split()
    return len(words) >= _HEADER_WORDS and sum(map(_column, words)) >= _COLUMN_SHARE * len(words)
