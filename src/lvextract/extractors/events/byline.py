"""A byline: an author's or a body's name, a comma and a numeric date closing a short line of its
own ("Biedrība Ozols , 05-04-2022", "Anna Liepa, 12.03.2021.") tells who wrote the text and when,
not a day of what it tells. A place in the locative before the comma ("Lazdu tautas namā,
05.05.2026") is an occurrence's venue and date and stays. O(1) per date (one short line read)."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.places import LOCATIVE_ENDING
from ...layout import layout
from ...record import DateMention

LONGEST_LINE = 70
# One to five words opening the line (capitalised first), then a comma right before the date.
NAME = re.compile(r"[ \t*_>-]*[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]*(?:[ \t]+[\w\"“”„«».-]+){0,4}[ \t]*,[ \t]*")
NUMERIC = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\.?")
# A locative word before the comma names a venue ("namā", "Rīgā", "Cēsīs", "Talsos").
LOCATIVE = re.compile(LOCATIVE_ENDING + r"[\"”»]?[ \t]*,[ \t]*$", re.IGNORECASE)


def byline(doc: Document, mention: DateMention) -> bool:
    start, end = layout(doc).line_of(mention.span.start)
    if end - start > LONGEST_LINE or not NUMERIC.fullmatch(doc.text, mention.span.start, mention.span.end):
        return False
    if doc.text[mention.span.end:end].strip(" \t.,|"):
        return False
    lead = NAME.fullmatch(doc.text, start, mention.span.start)
    return lead is not None and LOCATIVE.search(lead.group(0)) is None
