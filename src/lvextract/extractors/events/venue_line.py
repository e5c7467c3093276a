"""A line of an announcement's facts that gives only when and where: the day (or range) opening its
line, then a venue in the locative and maybe its address and town, no sentence ("20.–21. maijā Ozolu
skolā, Liepu ielā 1, Rīgā"). Like a card's labelled day, such a line dates the occurrence the page's
headline or first lines name ("Sacensībās piedalās …" above it), though no label stands before it.
A line closed by a full stop is a sentence, whose own words say what takes place (the walk's). O(line)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian import places
from ...latvian.lemmas import stem
from ...layout import layout
from ...record import DateMention
from ...temporal.date_patterns import UNTIL

# A line of facts is short.
LONGEST_LINE = 140
# What may stand before the day on its line: a bullet, a dash, emphasis.
_OPENING = re.compile(r"[ \t•*_\-–—]*")
_WORD = re.compile(r"[^\W\d_]+")
_PHONE = re.compile(r"\d(?:[ \t]?\d){6,}")
_UNTIL = re.compile(rf"(?<!\w)(?:{UNTIL})(?!\w)", re.IGNORECASE)


def venue_line(doc: Document, mention: DateMention) -> bool:
    """Whether the day opens a short line that, past it, names a venue in the locative (a venue's noun
    in lower case, "skolā", "zālē", "institūtā") and closes with no full stop."""
    start, end = layout(doc).line_of(mention.span.start)
    if end - start > LONGEST_LINE or not _OPENING.fullmatch(doc.text, start, mention.span.start):
        return False
    rest = doc.text[mention.span.end:end].rstrip(" \t*_")
    if not rest or rest.endswith((".", "!", "?", ":")):
        return False
    # An office's row gives its phone ("…, tālrunis 64123456"), a term's row its bound ("līdz 2.
    # oktobrim"): consultations and deadlines, no occurrence's facts.
    if _PHONE.search(rest) or _UNTIL.search(rest):
        return False
    venues = places.venue_stems()
    return any(w.islower() and places.is_locative(w) and stem(w) in venues for w in _WORD.findall(rest))
