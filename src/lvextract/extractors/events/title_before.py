"""A quoted name standing before its noun ("tradicionālajam «Sniegpārslu» pasākumam"): the
occurrence's title when no name follows the noun. Only after a definite adjective: a quoted
genitive alone before the noun is as often its organizer ("biedrības «Zeme» seminārs", a headline
"«Lejas kopienu tīkla» diskusija") as its name. O(1) per noun."""
from __future__ import annotations

import re

from ...document import Document
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE, NounMention, title_after

# How far before the noun the quoted name may open.
REACH = 160

# The quoted name glued to the noun by nothing but space, led by a definite adjective
# (-ajam/-ajā/-ais …, or an adjective suffix -āl-/-ēj-/-isk-/-īg- with a short definite ending).
BEFORE_NOUN = re.compile(
    r"\w{2}(?:ajam|ajā|ajai|ajiem|ajām|ajās|ajos|ais|(?:āl|ēj|isk|īg)(?:ā|o|ie|ās|os))[ \t]+"
    rf"{OPEN_QUOTE}([^„“\"«»”\n]{{2,120}}?){CLOSE_QUOTE}[ \t]*$"
)


def title_before(doc: Document, noun: NounMention) -> str | None:
    m = BEFORE_NOUN.search(doc.text, max(0, noun.start - REACH), noun.start)
    return (m.group(1).strip() or None) if m else None


def noun_title(doc: Document, noun: NounMention) -> str | None:
    """The quoted name after the noun, else the one right before it; without a comma typed inside
    the closing quote ("koncerts „Ziemas vakars,” kurā …")."""
    title = title_after(doc, noun) or title_before(doc, noun)
    return (title.rstrip(",; ").strip() or None) if title else None
