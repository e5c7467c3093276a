"""A line of a page's body text: a sentence of prose, not a headline, a menu or a field. A card's
headline stands above the body; a short line under body text is a section heading of its own
("Pieejamais finansējums" below a call's opening paragraph), no project's name (card_headline.py)."""
from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+")
PROSE_MIN_WORDS = 12  # a menu or a breadcrumb of capitalised items may be as long: most words lower case
PROSE_LOWER_SHARE = 0.6


def is_prose(line: str) -> bool:
    """Whether a line is a sentence of body text: many words, most of them in lower case."""
    words = WORD.findall(line)
    if len(words) < PROSE_MIN_WORDS:
        return False
    return sum(w[0].islower() for w in words) >= PROSE_LOWER_SHARE * len(words)
