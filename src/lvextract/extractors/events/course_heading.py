"""A report's heading telling the course of a day's occurrence ("2017. gada 17. novembra svētku
norise Ozolu pamatskolā", "5. maija sacensību norise"): a day in the genitive, the occurrence's
noun in the genitive, then "norise" (its course). The noun is what took place that day, not a frame
for another noun (as "norise" after a noun else makes it: "semināra norise bija plānota …"), and
needs no verb of taking place: the course said is its taking place. Only on a heading's line: in
running text ("5. maija semināra norise bija plānota Rīgā, bet seminārs pārcelts …") the course
may be one planned or moved from. O(1) per noun."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from .noun_mention import NounMention

# The day's genitive right before the noun: its number and the month's genitive ("17.novembra ",
# "5. maija "); a bracket or a word between parts them.
DAY_GENITIVE = re.compile(r"(?<!\d)\d{1,2}\.[ \t]*[^\W\d_]{3,}a[ \t]+$")
COURSE = re.compile(r"[ \t]+norise(?![\w-])")
# How far back the day's genitive may begin: right before the noun.
REACH = 24
# A heading's line: the phrase opens it (past a year, "2017. gada") and nothing after "norise" but
# a place runs on to a stop or the line's end: no comma, no verb ("bija plānota", "tiks pārcelta").
HEADING_OPENING = 40
HEADING_TAIL = re.compile(r"(?![^.,;:!?\n]*(?<!\w)(?:bija|būs|tika|tiks|ir|plānot\w*|pārcelt\w*|atcelt\w*)(?!\w))"
                          r"[^.,;:!?\n]{0,80}(?:[.!]|[ \t]*(?:\n|$))")


def course_of_day(doc: Document, noun: NounMention) -> bool:
    """True when `noun` stands between a day's genitive and "norise"."""
    text = doc.text
    course = COURSE.match(text, noun.end)
    if course is None or DAY_GENITIVE.search(text, max(0, noun.start - REACH), noun.start) is None:
        return False
    line_start, _ = layout(doc).line_of(noun.start)
    return noun.start - line_start <= HEADING_OPENING and HEADING_TAIL.match(text, course.end()) is not None
