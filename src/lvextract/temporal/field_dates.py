"""A day stated with its year behind a field label ("Kad: 2018. gada 9. jūnijs", "Datums: sestdiena,
9.06.2018."), or alone on its line with its hour: it frames the same day told again below, as a
range of one day would (RECORD.md's order, 3.). Split from resolve.py, which asks it."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from ..layout import next_newline, spaces_only
from .grammar import Atom
from .publication_fields import announced_time


def _stated(atom: Atom) -> bool:
    return atom.year is not None and not atom.relative


@lru_cache(maxsize=None)
def _field_label() -> re.Pattern:
    return re.compile(rf"[^\S\n]*(?:{vocab.alternation(vocab.temporal()['field_date_labels'])})[^\S\n]*:?[^\S\n]*"
                      rf"(?:[^\W\d_]+,?[^\S\n]*)?$", re.IGNORECASE)


def field_date(text: str, atom: Atom) -> bool:
    """A day stated with its year behind a field label at its line's start ("Kad: 2018. gada
    9. jūnijs", "Datums: sestdiena, 9.06.2018."): it frames the same day told again below, as a
    range of one day would (RECORD.md's order, 3.). Reads a bounded window before the date."""
    if not (atom.day and atom.month and not atom.is_range and _stated(atom)):
        return False
    window_start = max(0, atom.start - 40)
    line_start = text.rfind("\n", window_start, atom.start) + 1
    if (line_start > 0 or window_start == 0) and _field_label().fullmatch(text, line_start, atom.start):
        return True
    # (with no line break within 40 characters the "line" runs from the text's start: read back over
    # whitespace only, never copied; issue 13)
    if spaces_only(text, line_start, atom.start):
        line_end = next_newline(text, atom.end)
        if announced_time(text, atom.end, line_end if line_end >= 0 else len(text)):
            return True  # an unlabelled field: the day alone on its line with its hour ("12.11.2016 - plkst.12.00")
    # The label alone on the line above ("Kad:" / "20. decembrī, 2018, plkst: 15:00"), as a
    # calendar's event page prints it.
    if line_start == 0 or text[line_start:atom.start].strip():
        return False
    label_end = line_start - 1
    label_start = text.rfind("\n", max(0, label_end - 40), label_end) + 1
    return (label_start > 0 or label_end <= 40) and bool(_field_label().fullmatch(text, label_start, label_end)) \
        and bool(text[label_start:label_end].strip())
