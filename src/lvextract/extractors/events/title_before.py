"""A quoted name standing before its noun ("tradicionālajam «Sniegpārslu» pasākumam"): the
occurrence's title when no name follows the noun. Only after a definite adjective: a quoted
genitive alone before the noun is as often its organizer ("biedrības «Zeme» seminārs", a headline
"«Lejas kopienu tīkla» diskusija") as its name. O(1) per noun."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import CLOSING_QUOTES
from .quoted_after import own_quoted
from .title_after_town import title_after_town
from .opening_pair import exhibition_title
from .noun_mention import CLOSE_QUOTE, OPEN_QUOTE, TITLE_AFTER_NOUN, NounMention, title_after

# How far before the noun the quoted name may open.
REACH = 160

# The quoted name glued to the noun by nothing but space, led by a definite adjective
# (-ajam/-ajā/-ais …, or an adjective suffix -āl-/-ēj-/-isk-/-īg- with a short definite ending).
BEFORE_NOUN = re.compile(
    r"\w{2}(?:ajam|ajā|ajai|ajiem|ajām|ajās|ajos|ais|(?:āl|ēj|isk|īg)(?:ā|o|ie|ās|os))[ \t]+"
    rf"{OPEN_QUOTE}([^„“\"«»”\n]{{2,120}}?){CLOSE_QUOTE}[ \t]*$"
)


# The last characters of CLOSE_QUOTE's marks: BEFORE_NOUN's match ends in one, then spaces or tabs.
QUOTE_ENDS = frozenset(CLOSING_QUOTES + "’'")


def title_before(doc: Document, noun: NounMention) -> str | None:
    text, lo = doc.text, max(0, noun.start - REACH)
    end = noun.start
    while end > lo and text[end - 1] in " \t":
        end -= 1
    if end == lo or text[end - 1] not in QUOTE_ENDS:  # no closing mark right before the noun: O(1)
        return None
    m = BEFORE_NOUN.search(text, lo, noun.start)
    return (m.group(1).strip() or None) if m else None


# "koncerts un dievkalpojums reizē «…»": a second occurrence's noun joined by "un", maybe an adverb.
JOINED = re.compile(r"[ \t]+un[ \t]+(?=\w)")
JOINED_REACH = 40
# One lower-case word between the second noun and the quote ("reizē", "kopā").
ONE_WORD = re.compile(r"[ \t]+[a-zāčēģīķļņšūž]{2,12}(?=[ \t]*(?:[„“\"«]|,,))")


def title_after_joined(doc: Document, noun: NounMention) -> str | None:
    """The quoted name after a second noun joined to this one: one occurrence told by two nouns,
    the name given to the first."""
    from .nouns import all_noun_starts, all_nouns  # nouns imports parts of this package

    m = JOINED.match(doc.text, noun.end)
    if m is None:
        return None
    starts = all_noun_starts(doc)
    i = bisect.bisect_left(starts, m.end())
    if i >= len(starts) or starts[i] != m.end():
        return None
    second = all_nouns(doc)[i]
    if second.end - noun.end > JOINED_REACH:
        return None
    title = title_after(doc, second)
    if title is None:
        word = ONE_WORD.match(doc.text, second.end)
        if word is not None:
            after = TITLE_AFTER_NOUN.match(doc.text, word.end(), min(len(doc.text), word.end() + 260))
            title = after.group(1).strip() if after else None
    return title


def noun_title(doc: Document, noun: NounMention) -> str | None:
    """The quoted name after the noun, else the one right before it; without a comma typed inside
    the closing quote ("koncerts „Ziemas vakars,” kurā …")."""
    title = title_after(doc, noun) or exhibition_title(doc, noun) or title_before(doc, noun) or title_after_joined(doc, noun) \
        or title_after_town(doc, noun) \
        or own_quoted(doc.text, noun.start, noun.end, noun.kind)  # the name is the noun: "notiks «Gaismas brīdis»"
    return (title.rstrip(",; ").strip() or None) if title else None
