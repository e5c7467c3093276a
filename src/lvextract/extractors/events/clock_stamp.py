"""A page's stamp line made of a day, a clock time and a year ("26. augusts, 00:00, 2010";
"12.03.2019, 00:00") is the day the page was filed, not an occurrence's: a year written after
the clock, or midnight, is a machine's stamp — an announcement's own day line ("5. maijā,
18:00") puts no year after its hour and names no midnight. O(1) per date (the line is short
or not read)."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout
from ...record import DateMention

LONGEST_LINE = 40
# What may follow the date on the line: a clock time, then optionally a year.
AFTER = re.compile(r"[\s,.|/–—-]*(?:plkst\.?\s*)?(\d{1,2})[:.](\d{2})(?:[\s,.|/–—-]*((?:19|20)\d{2})\.?)?[\s,.|]*")


def clock_stamp(doc: Document, mention: DateMention) -> bool:
    start, end = layout(doc).line_of(mention.span.start)
    if end - start > LONGEST_LINE or doc.text[start:mention.span.start].strip():
        return False
    m = AFTER.fullmatch(doc.text, mention.span.end, end)
    if m is None:
        return False
    return m.group(3) is not None or (int(m.group(1)) == 0 and m.group(2) == "00")
