"""A report's heading telling the course of a day's occurrence ("2017. gada 17. novembra svētku
norise Ozolu pamatskolā", "5. maija sacensību norise"): a day in the genitive, the occurrence's
noun in the genitive, then "norise" (its course). The noun is what took place that day, not a frame
for another noun (as "norise" after a noun else makes it: "semināra norise bija plānota …"), and
needs no verb of taking place: the course said is its taking place. O(1) per noun."""
from __future__ import annotations

import re

from ...document import Document
from .noun_mention import NounMention

# The day's genitive right before the noun: its number and the month's genitive ("17.novembra ",
# "5. maija "); a bracket or a word between parts them.
DAY_GENITIVE = re.compile(r"(?<!\d)\d{1,2}\.[ \t]*[^\W\d_]{3,}a[ \t]+$")
COURSE = re.compile(r"[ \t]+norise(?![\w-])")
# How far back the day's genitive may begin: right before the noun.
REACH = 24


def course_of_day(doc: Document, noun: NounMention) -> bool:
    """True when `noun` stands between a day's genitive and "norise"."""
    text = doc.text
    return (COURSE.match(text, noun.end) is not None
            and DAY_GENITIVE.search(text, max(0, noun.start - REACH), noun.start) is not None)
