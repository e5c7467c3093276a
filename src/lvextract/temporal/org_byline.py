"""An organisation's byline before the date, as a news module prints it: the author's (often an
association's or an office's) name, a blank, a comma and the date ("Biedrība Ozols , 05-04-2022",
"LOSP , 01-03-2023"). The blank before the comma is the template's, never a sentence's, so the
name need not be one the name data knows."""
from __future__ import annotations

import re

# At most five words, the first capitalised (an acronym, a quoted name); the line's text before the
# date ends in "<blank>," exactly.
_ORG_BYLINE = re.compile(r"[^\S\n]*[A-ZĀČĒĢĪĶĻŅŠŪŽ\"„“«][^\s,]*(?:[^\S\n]+[^\s,]+){0,4}[^\S\n]+,[^\S\n]*")


def org_byline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an organisation's name and the template's " , " before the date."""
    return _ORG_BYLINE.fullmatch(text, start, end) is not None
