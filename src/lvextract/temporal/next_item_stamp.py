"""A date below the body that heads the next item of a list, not the page: on an article's page
an archive or a portal lists its other items after the body, each as its stamp, its headline and
its byline or teaser ("… body." / "25.02.2014 09:49" / "Talka sāksies pie skolas" / "Autors
Ozolu Vēstis Pagastā …"). The stamp is that item's; the page's own day is not given. Split from
document_date by concern."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import clock_tail
from .page_furniture import WORD
from ..latvian.orthography import UPPER

# A date alone on its line with maybe its clock: "25.02.2014 09:49", "2014. gada 25. februāris, 09:49";
# or with the full stop a listing sets after the year ("16. septembris, 2016.").
_CLOCK_OR_NOTHING = re.compile(clock_tail(word=True, optional=True) + r"(?:\.[^\S\n]*)?")
# Only blanks before the date on its line (stops at the first other character, copies nothing).
_BLANK = re.compile(r"\s*")
# A headline: a capital, three to twenty words, no comma, no label's colon, no closing stop.
_HEADLINE_WORDS = (3, 20)
_PROSE_WORDS = 8
# The end of a sentence of the body: a stop, maybe a closing quote or bracket after it.
_SENTENCE_END = re.compile(r"[.!?…][\"”»)]*[^\S\n]*$")


# A decimal comma inside a figure ("Par 2,7 miljoniem eiro …") parts no clause of a headline.
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _headline(line: str) -> bool:
    """An item's headline; not a photo's credit or caption that opens with a byline's word ("Foto no
    pasākumu arhīva" under the page's dateline, the headline above it ending in "!")."""
    line = line.strip()
    words = WORD.findall(line)
    return bool(line) and line[0].isupper() and not _author_label().match(line[:300]) and _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] \
        and "," not in _DECIMAL_COMMA.sub("", line) and ":" not in line and not line.endswith((".", "!", "?", ":", ";"))


@lru_cache(maxsize=1)
def _author_label() -> re.Pattern:
    """A byline's label as the line's first words, after anything but letters ([document_date]
    author_labels, the whole list as data: a label of two words too)."""
    labels = vocab.alternation(vocab.temporal()["document_date"]["author_labels"])
    return re.compile(rf"[\W\d_]*(?:{labels})(?![^\W\d_])", re.IGNORECASE)


# A listed item's field under its headline: a capitalised label of one to three words, its colon and
# a value in words ("Darbu veic: Biedrība …", "Vieta: Rīga"), as a listing prints an item's data; a
# contact's number under a closing dateline ("Tālrunis: 67000000") is no item's field.
_ITEM_FIELD = re.compile(rf"[{UPPER}][^\W\d_]*(?:[^\S\n]+[^\W\d_]+){{0,2}}[^\S\n]*:[^\S\n]*[\"“„«]?[^\W\d_]")


def _item_opening(line: str) -> bool:
    """The item's byline ("Autors …", "Autore: …"), a field of its data ("Darbu veic: …") or its
    teaser, a sentence of prose."""
    if _author_label().match(line[:300]) or _ITEM_FIELD.match(line[:300]):
        return True
    words = WORD.findall(line[:300])
    return len(words) >= _PROSE_WORDS and bool(re.search(r"[.!?](?:\s|$)", line))


def opens_next_item(text: str, lines, i: int, date_start: int, date_end: int) -> bool:
    """Whether the date alone on line i (maybe with its clock) heads a listed item: a headline
    on the next line, its byline or a sentence of its teaser on the line after; and the body's
    last sentence closing the line above (a date right under the page's headline is its dateline,
    whatever follows: "… apspriešana" / "25.04.2018" / "Pagastu ziņas" / "Reģions izstrādā …")."""
    line = lines[i]
    if not _BLANK.fullmatch(text, line.start, date_start) or not _CLOCK_OR_NOTHING.fullmatch(text, date_end, line.end):
        return False
    if i == 0 or i + 2 >= len(lines) or not _SENTENCE_END.search(text, max(lines[i - 1].start, lines[i - 1].end - 8),
                                                                  lines[i - 1].end):
        return False
    headline, after = lines[i + 1], lines[i + 2]
    return _headline(text[headline.start:min(headline.end, headline.start + 300)]) \
        and _item_opening(text[after.start:min(after.end, after.start + 2000)])
