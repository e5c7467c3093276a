"""The headline as a source of a date's noun: where the record's title stands in the text, the
page's first short lines, the headline's event noun lent to a clause that says something takes
place but names nothing (or to a labelled date), and the body sentences right under a headline
that gives the day; also whether a headline noun is a nominative singular, naming one occurrence."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import layout, lines_from
from ...record import DateMention, Record
from .blocks import heading_above
from .cards import card_heading, is_bare_label
from .celebrated_day import celebrated_in
from .headline_gathering import gathered
from .headline_list import listing_headline
from .lexicon import generic_types, vocabulary
from .status import status_near
from .noun_mention import NounMention
from .offsets import any_between
from .ranking import Nouns, not_frame, specific


# Endings of nouns used only in the plural ("apmācības", "sacīkstes", "svētki"): such a headline
# may name a series.
PLURAL_ENDINGS = ("as", "es", "i")


def singular(doc: Document, noun: NounMention) -> bool:
    """A headline noun in the nominative singular ("… plānošanas vizīte"), naming one occurrence."""
    return doc.text[noun.start:noun.end].lower() == noun.kind and not noun.kind.endswith(PLURAL_ENDINGS)


def title_bounds(doc: Document, record: Record) -> tuple[int, int] | None:
    """Where the headline stands in the text (found once per document)."""
    def find(doc: Document):
        if not record.title:
            return None
        start = doc.text.find(record.title)
        return (start, start + len(record.title)) if start >= 0 else None
    return doc.derived("events.title", find)


def title_noun(doc: Document, index: Nouns, bounds, record: Record, labelled: bool = False):
    """The headline's event noun, when the date's clause says that something takes place but
    names nothing, or gives the date under a label ("Datums: …")."""
    title = title_bounds(doc, record)
    if labelled:
        # An event page's facts ("LAIKS: … / VIETA: …") stand under the heading that names the
        # occurrence, which need not be the page's first line (a section name or a menu).
        title = heading_above(doc.text, bounds[0]) or title
        if card_bare_label(doc, title):  # "Datums" / "14.02.2026": the label's line is no heading
            title = card_heading(doc.text, bounds[0]) or title
    if title is None or title[0] >= bounds[0] or not (labelled or index.told(bounds) or gathered(doc, bounds)
                                                       or reported_day(doc, title, bounds, record)) \
            or (not labelled and celebrated_in(doc, bounds)) \
            or (not labelled and not index.told(bounds) and listing_headline(doc, index, title)):  # a list of doings
        return None, None
    # A card's shape tells that its occurrence takes place ("Amatierteātru svētki" over "Datums").
    found = index.first(title, specific, told=True if labelled or gathered(doc, bounds) else None)  # people came to it
    if found is None:
        # The generic noun only as the headline's subject, "Pasākums bērniem …": a plural
        # ("Projekta pasākumi tika uzsākti …") means the project's activities, no occurrence.
        generic = index.first(title, not_frame)
        if generic is not None and doc.text[generic.start:generic.end].lower() == generic.kind:
            found = generic
    # "Noslēdzies čempionāta 2. posms" over a clause that names nothing: the headline's occurrence is
    # the word the genitive qualifies. Not over a card's facts: "… čempionāta nolikums" over "Laiks un
    # vieta" gives the rules of the championship, whose day the card is.
    if found is not None and not labelled and qualifying_genitive(doc, found, title):
        return None, None
    if found is None and labelled:
        # The record's title may be a logo or a menu line: a label block's occurrence is then
        # named in one of the page's first lines ("Aicinām … Tautas sapulcē 21. aprīlī!").
        for line in _top_lines(doc, bounds[0]):
            nouns = index.all_in(line)
            for i, noun in enumerate(nouns):
                # A genitive right before another event noun qualifies it: "Talkas sapulci".
                if i + 1 < len(nouns) and not doc.text[noun.end:nouns[i + 1].start].strip():
                    continue
                if noun.kind not in generic_types():
                    return noun, line
    return (found, title) if found else (None, None)


# A genitive that only a masculine singular ("čempionāts" → "čempionāta") or a plural-only noun
# ("svētki" → "svētku") takes: no nominative or accusative of the same noun ends so (the
# accusative "uz koncertu" is told apart by the type's own ending: "diskusija" → "diskusiju" is no
# genitive). The pairs are the type's last letters and the written word's.
GENITIVE_ENDINGS = (("s", "a"), ("š", "a"), ("i", "u"))


def qualifying_genitive(doc: Document, noun: NounMention, title: tuple[int, int]) -> bool:
    """A headline noun in the genitive with more of the headline after it on its line: it
    qualifies another word ("čempionāta 2. posms", "svētku notikums"), which the headline names
    as what took place (ev154, s41: the path's items on dev 1 250 were right 2 of 10 by both golds;
    these were 2 of the wrong 8)."""
    written = doc.text[noun.start:noun.end].lower()
    if not any(noun.kind.endswith(kind_end) and written.endswith(word_end) and not written.endswith(kind_end)
               for kind_end, word_end in GENITIVE_ENDINGS):
        return False
    line_end = doc.text.find("\n", noun.end, title[1])
    rest = doc.text[noun.end:title[1] if line_end < 0 else line_end]
    return any(ch.isalnum() for ch in rest)


_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def reported_day(doc: Document, title: tuple[int, int], bounds, record: Record) -> bool:
    """A report's headline opening with a past participle of holding ([report_headline]) over the
    text's one dated day, whose clause tells in the past: the headline's occurrence took place that
    day. O(dates) once per asking clause (only clauses that tell no occurrence ask)."""
    first = _FIRST_WORD.match(doc.text, title[0], title[1])
    if first is None or first.group(1).lower() not in vocabulary()["report_headline"]["participles"]:
        return False
    days = [d for d in record.dates if d.value and len(d.value) == 10 and d.end is None and d.relative is None
            and d.role not in ("document", "deadline") and d.span.start >= title[1]]
    if len(days) != 1 or not bounds[0] <= days[0].span.start < bounds[1]:
        return False
    return status_near(doc, bounds, days[0].span.start) == "held"


def card_bare_label(doc: Document, line: tuple[int, int] | None) -> bool:
    return line is not None and is_bare_label(doc.text[line[0]:line[1]])


def _top_lines(doc: Document, before: int) -> list[tuple[int, int]]:
    """The first HEADLINE_LINES non-empty lines of the text that end by `before`, short enough to be headings."""
    return [(start, end) for start, end in doc.derived("events.top_lines", _first_lines)
            if end <= before and end - start <= LONGEST_HEADLINE]


def _first_lines(doc: Document) -> list[tuple[int, int]]:
    """The first HEADLINE_LINES non-empty lines, found once per document: a date asks only which end early enough."""
    lines = []
    for start, end in lines_from(doc.text, 0):
        if len(lines) == HEADLINE_LINES:
            break
        if doc.text[start:end].strip():
            lines.append((start, end))
    return lines


# How many lines from the top a headline may stand (past a site name or a section label), and how
# many sentences of the body may come before the one that says what takes place.
HEADLINE_LINES = 3
BODY_SENTENCES = 2


def headline_body_noun(doc: Document, index: Nouns, mention: DateMention, eventable: list[int]):
    """"Mediju iespējas Ministru kabinetā 7. janvārī" / "Pēc sēdes notiks … preses konference":
    a headline that gives the day and names nothing lends it to the first sentences of the body
    that say something takes place, when they date nothing of their own. O(log n) per date."""
    text = doc.text
    words = re.findall(r"[^\W\d_]+", mention.span.text)
    if words and not words[-1].endswith(("ī", "ā")):
        return None, None  # "1. maijs – Darba svētki": a calendar's entry, not the day something is on
    line = layout(doc).line_of(mention.span.start)
    # A top line first: it is short, so the date's line is not copied when it is a long one.
    if line[0] not in (start for start, _end in _top_lines(doc, line[1] + 1)):
        return None, None
    body = text[line[0]:line[1]].strip()
    if len(body) > LONGEST_HEADLINE or body.endswith((".", ":", ";")):
        return None, None
    i = doc.sentence_index(line[1])
    if i is None:
        return None, None
    for sentence in doc.sentences[i + 1:i + 1 + BODY_SENTENCES]:
        bounds = (max(sentence.start, line[1]), sentence.end)
        if bounds[0] >= bounds[1]:
            continue
        if any_between(eventable, bounds):
            return None, None
        if not index.told(bounds):
            continue
        # The subject in the nominative is what takes place ("Pēc kabineta sēdes notiks preses
        # konference"); a noun that only says when ("pēc sēdes") is none.
        found = index.first(bounds, lambda rank: specific(rank) and not rank[1] and not rank[2]) \
            or index.first(bounds, lambda rank: specific(rank) and not rank[1])
        if found is not None:
            return found, bounds
    return None, None


LONGEST_HEADLINE = 150
