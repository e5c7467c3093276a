"""A paragraph inserted between a day and its programme that only quotes someone ("“Mēs gaidām
visus,” saka direktore."): a lead's aside, which parts no programme from its day. It opens with a
quote mark or a quoting dash and holds no day or hour of its own. O(paragraph)."""
from __future__ import annotations

import re

# An opening quote mark, or the dash that opens a quoted speech: "– Mēs gaidām …".
_OPENS_QUOTE = re.compile(r"[„“\"«”]|[–—]\s")
# A number: a day or an hour of its own makes it no aside.
_NUMBER = re.compile(r"\d")
# Longest quote read as an aside.
_LONGEST = 600


def quoted_aside(paragraph: str) -> bool:
    paragraph = paragraph.strip()
    return len(paragraph) <= _LONGEST and _OPENS_QUOTE.match(paragraph) is not None \
        and _NUMBER.search(paragraph) is None
