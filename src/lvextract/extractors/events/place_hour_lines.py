"""A schedule's line that opens with its day, names the place in the locative and closes with the
hour, no verb: "11. jūnijā Liepu kapos plkst. 15.00", "5. septembrī Ozolu tautas namā 18:00". Like a
poster's line (poster_line, where the hour comes before the place) it tells by its shape
that something takes place there and then, so the heading's noun ("Kapusvētki …") dates it. Only a
whole line of a few words with no comma (a clause), the word before the hour a locative, none of
the words a bound ("līdz", "no"): "15. martā līdz plkst. 17.00" is a deadline, not a schedule's
line. O(text): one pass of the pattern over the text."""
from __future__ import annotations

import re

from ...latvian import places

# The day, then two to six words, then the hour (its word lets the minutes go), then only a closing
# mark: the whole line.
_LINE = re.compile(r"(?m)^[ \t*•–-]*\d{1,2}\.[ \t]*[^\W\d_]+(?:ā|ī)[ \t]+"
                   r"(?P<place>(?:[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?\.?[ \t]+){1,6}?)"
                   r"(?:(?:plkst\.?|pulksten)[ \t]*\d{1,2}(?:[:.]\d{2})?|\d{1,2}[:.]\d{2})(?!\d)[ \t.;]*$",
                   re.IGNORECASE)
# Words that make the line a bound or a clause of its own, not a place.
_NOT_PLACE = frozenset({"līdz", "no", "un", "ir", "būs", "tiks", "sākot", "pēc", "pirms", "ap"})


def place_hour_lines(text: str) -> list[int]:
    """The starts of the lines that tell a day, a place and an hour, in order."""
    out = []
    for m in _LINE.finditer(text):
        words = m["place"].split()
        if any(w.lower().rstrip(".") in _NOT_PLACE for w in words) or not places.is_locative(words[-1].rstrip(".")):
            continue
        out.append(m.start())
    return out
