"""A "last changed" stamp inside a posting line ("Publicēja 2018. gada 12. jūn. 01:14 …  [ atjaunināts
2018. gada 13. jūn. 23:32 ]"): the date after a change word ([document_date] stamp_changed_words)
with a posting's odd minute after it. Page furniture: a calendar expression that dates no event.
A date after "mainīts" with a round hour ("laiks mainīts: 5. maijā plkst. 18.00") announces."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .publication_fields import posting_stamp
from .relative_words import weekday_alternation
from ..layout import next_newline, previous_newline

# How far before the date its change word may stand ("atjaunināts: ", "[ atjaunots ", "izmaiņas: Piektdiena, ").
_REACH = 45
# How far after the date its stamp's tail is read: a clock at an odd minute, maybe "skatīts 12 reizes",
# then a bracket, a bar or a bullet or the line's end; a longer tail is no stamp's.
_TAIL_REACH = 200
_TAIL_END = re.compile(r"[\]|•)]")


@lru_cache(maxsize=1)
def _changed_before() -> re.Pattern:
    # A CMS may print the weekday before the changed day: "Pēdējās izmaiņas: Piektdiena, 20 Marts 2009 10:02".
    return vocab.document_date_pattern(rf"(?<![^\W\d_])(?:{{stamp_changed_words}})[^\S\n]*:?[^\S\n]*"
                                       rf"(?:(?:{weekday_alternation()})[^\S\n]*,?[^\S\n]*)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _created_and_changed_before() -> re.Pattern:
    # The creation named first, the change after a slash: "Izveidots/papildināts 20.07.2021 12:20".
    return vocab.document_date_pattern(r"(?<![^\W\d_])(?:{stamp_created_words})[^\S\n]*/[^\S\n]*"
                                       r"(?:{stamp_changed_words})[^\S\n]*:?[^\S\n]*$", re.IGNORECASE)


def changed_stamps(text: str, atoms: list[Atom]) -> list[tuple[int, int]]:
    """The spans of such stamps' dates: a bounded read around each date."""
    found = []
    for atom in atoms:
        line_start = previous_newline(text, atom.start) + 1
        if not _changed_before().search(text, max(line_start, atom.start - _REACH), atom.start):
            continue
        if _created_and_changed_before().search(text, max(line_start, atom.start - _REACH), atom.start):
            continue  # the posting's own stamp, its creation named beside the change
        line_end = next_newline(text, atom.end)
        line_end = len(text) if line_end < 0 else line_end
        cut = _TAIL_END.search(text, atom.end, min(line_end, atom.end + _TAIL_REACH + 1))
        end = cut.start() if cut is not None else line_end
        if end - atom.end > _TAIL_REACH:
            continue
        if posting_stamp(text[atom.end:end].rstrip(), section=False):
            found.append((atom.start, atom.end))
    return found
