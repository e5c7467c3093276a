"""The line right above a date alone, for document_date: a print or "last changed" stamp's
sentence whose date sits below it, or a field's name whose value the date is ("Norises laiks:"
over "12.03.2021"). Either way the date is not the page's dateline.

O(line): each function reads the line above and, for a stamp, bisects the dates' starts.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import vocabulary as vocab
from .dateline_words import term_field as _term_field
from .headline_stamp import stamp_sentence
from .page_furniture import WORD as _WORD, Line as _Line


# A stamp's sentence is short and closed: "Šī lapa izdrukāta no … mājas lapas." / "Pēdējās izmaiņas:".
_STAMP_LINE_MAX = 160


def stamp_line_before(text: str, lines: list[_Line], i: int, day_starts: list[int]) -> bool:
    """A print or "last changed" stamp that puts its date on the line below its words
    ("Šī lapa izdrukāta no … mājas lapas." over "27.02.2020"): that date is the stamp's.
    `day_starts`: where the text's dates with a day begin, sorted (a sentence that holds one
    dates its own occasion)."""
    if i == 0 or lines[i - 1].end - lines[i - 1].start > _STAMP_LINE_MAX:
        return False
    before = text[lines[i - 1].start:lines[i - 1].end].rstrip()
    if not before.endswith((".", ":")):
        return False
    k = bisect.bisect_left(day_starts, lines[i - 1].start)
    return stamp_sentence(before, dated=k < len(day_starts) and day_starts[k] < lines[i - 1].end)


def field_line_before(text: str, lines: list[_Line], i: int) -> bool:
    """A short line above that ends in a field's name ("Pieteikumu iesniegšanas termiņš" /
    "2021. gada 5. marts", "Norises laiks:" / "12.03.2021"): the date below is that field's
    value, not the page's dateline. A weak label ("Datums") may name the page's date; a line
    closed by a full stop is a sentence of its own, and a long line without a colon a headline
    ("Bibliotēkām svētkos mainīts darba laiks" / "2022. gada 14. novembris")."""
    if i == 0 or lines[i - 1].index != lines[i].index - 1 or lines[i - 1].end - lines[i - 1].start > 80:
        return False
    raw = text[lines[i - 1].start:lines[i - 1].end].strip()
    before = raw.rstrip(":").rstrip().lower()
    words = _WORD.findall(before)
    if not words or before.endswith((".", "!", "?")):
        return False
    # A call's term or step as the field ("Pieteikšanās:" / "15.03.2024."): with its colon, or
    # closed by "beigu datums" / "pēdējā diena" without one (a headline rarely ends so).
    term = _term_field(words[-3:]) and (raw.endswith(":") or (
        len(words) >= 2 and words[-2].startswith(("beig", "pēdēj")) and words[-1] in ("datums", "diena")))
    settings = vocab.temporal()["document_date"]
    if term or words[-1] in settings["never_words"]:
        return True
    label = _field_label_at_end().search(before)
    # A field's name is short, or closed by its colon; a longer line ending in its word
    # ("… svētkos mainīts darba laiks") is a headline over its dateline.
    return label is not None and (raw.endswith(":") or len(words) - len(_WORD.findall(label.group()))
                                  <= settings["field_name_words_before_max"])


@lru_cache(maxsize=1)
def _field_label_at_end() -> re.Pattern:
    """A field's name closing a line (weak labels left out: "Datums" may name the page's date)."""
    settings = vocab.temporal()
    weak = set(settings["document_date"]["weak_labels"])
    fields = [f for f in settings["field_date_labels"] if f not in weak]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, fields))})$")


# A table's cell holding a date alone: "29.03.2019", "29.03.2019." (a flattened table's cells are lines).
_DATE_CELL = re.compile(r"[^\S\n]*\d{1,2}\.[^\S\n]?\d{1,2}\.[^\S\n]?(?:19|20)\d\d\.?[^\S\n]*")


def date_cell_beside(text: str, lines: list[_Line], i: int) -> bool:
    """A date alone on its line with another date alone right above or below it, no blank line
    between ("Pedagogi" / "29.03.2019" / "29.03.2019"): a flattened table's cells (a row's terms
    in their columns), no dateline; a page states its date once."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(lines) and abs(lines[k].index - lines[i].index) == 1 \
                and _DATE_CELL.fullmatch(text, lines[k].start, lines[k].end) \
                and _DATE_CELL.fullmatch(text, lines[i].start, lines[i].end):
            return True
    return False
