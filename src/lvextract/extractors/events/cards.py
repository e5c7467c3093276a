"""An event page's card: a headline over field lines that give the day, the time and the place,
the label before the value on its line ("Datums: 14.02.2026") or on the line above it
("Datums" / "14.02.2026" / "Laiks" / "17:00" / "Norises vieta" / "Kultūras centrs")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian import places
from ...latvian.orthography import UPPER
from ...layout import layout
from ...record import DateMention
from ...temporal.vocabulary import weekday_names
from ...word_regex import alternation
from .blocks import FIELD_LINE, lines_above
from .lexicon import cue_alternation, vocabulary
from .nouns import NounMention, event_nouns, noun_starts


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern:
    return re.compile(cue_alternation(vocabulary()["date_label"]["before"]), re.IGNORECASE)


@lru_cache(maxsize=2)
def _bare_label(dates_only: bool) -> re.Pattern:
    """A field's label alone on its line, its value on the next ([card_fields]): a card's layout
    without colons. Only the day's labels, or those of every field."""
    fields = vocabulary()["card_fields"]
    labels = alternation(fields["dates"] + ([] if dates_only else fields["others"]))
    # A rules document's section heading may close with a full stop ("Vieta un laiks."), and may
    # name whose time and place they are by a genitive before them ("Sacensību laiks, vieta").
    # The owner may also come first, "norises" after it ("Sacensību norises laiks un vieta").
    owner = rf"(?:{alternation(fields['owners'])}\s+)?"
    return re.compile(rf"[ \t*_#>-]*(?:\d{{1,2}}\.[ \t]*)?(?:norises\s+)?{owner}(?:norises\s+)?{labels}[ \t*_:.]*",
                      re.IGNORECASE)


# The line above the date's, past blank lines: a bare date label.
LABEL_ABOVE = re.compile(r"(?:^|\n)([^\n]*)\n(?:[ \t]*\n)*[ \t]*$")


def labelled(doc: Document, mention: DateMention) -> bool:
    """"Datums: 2024. gada 5. marts", or "Datums" alone on the line above the date that opens its
    line: a date under a label (an event page's facts)."""
    line = layout(doc).line_of(mention.span.start)
    if mention.span.start - line[0] <= 40 and _date_label().search(doc.text[line[0]:mention.span.start]):
        return True
    if doc.text[line[0]:mention.span.start].strip():
        return False
    m = LABEL_ABOVE.search(doc.text, max(0, line[0] - 80), mention.span.start)
    weekday = m is not None and _weekday_line(m.group(1))
    if weekday:
        # A card may give the weekday on a line of its own between the label and the day
        # ("Sākums" / "ceturtdien" / "26. marts"): the label is the line above the weekday's.
        m = LABEL_ABOVE.search(doc.text, max(0, m.start(1) - 80), m.start(1))
    if m is not None and not weekday and _place_line(m.group(1)):
        # A rules document gives the place on its own line between the label and the day
        # ("Sacensību laiks, vieta" / "Kadaga" / "2018. gada 2. septembris"): the label is above it.
        above = LABEL_ABOVE.search(doc.text, max(0, m.start(1) - 80), m.start(1))
        if above is not None and _bare_date_label(above.group(1)):
            return True
    if m is None:
        return False
    # A bare "Sākums" is a card's field only with the card's weekday or hour line beside the day.
    return _bare_date_label(m.group(1)) or _start_label().fullmatch(m.group(1)) is not None \
        and (weekday or card_time(doc, mention) is not None)


@lru_cache(maxsize=1)
def _start_label() -> re.Pattern:
    return re.compile(rf"[ \t*_#>-]*{alternation(vocabulary()['card_fields']['starts'])}[ \t*_:]*", re.IGNORECASE)


def _weekday_line(line: str) -> bool:
    """A line holding a weekday alone ("ceturtdien", "Ceturtdiena,")."""
    return line.strip().strip(",*_ ").lower() in weekday_names()


# A place alone on its line: one to three capitalised words, no digits, no sentence's end.
_PLACE_LINE = re.compile(rf"[ \t*_]*[{UPPER}][^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}}[ \t,*_]*")


def _place_line(line: str) -> bool:
    return _PLACE_LINE.fullmatch(line) is not None


def _bare_date_label(line: str) -> bool:
    return _bare_label(dates_only=True).fullmatch(line) is not None


def is_bare_label(line: str) -> bool:
    """A field label alone on its line ("Laiks", "Norises vieta"): no heading of the card."""
    return _bare_label(dates_only=False).fullmatch(line) is not None


# How many lines above the date a card's heading may stand (its fields two lines each).
CARD_LINES = 8


def card_heading(text: str, start: int) -> tuple[int, int] | None:
    """The first line above `start` that is no field of the card: not blank, not "Label: …", not
    a bare label, not the value under a bare label. O(CARD_LINES lines)."""
    lines = list(lines_above(text, start, CARD_LINES + 1))
    lines.append((0, 0))  # the text's start: nothing above the first line
    for k, (line_start, line_end) in enumerate(lines[:-1]):
        line = text[line_start:line_end]
        above = text[lines[k + 1][0]:lines[k + 1][1]]
        if not line.strip() or FIELD_LINE.match(line) or is_bare_label(line) \
                or (k + 1 < len(lines) - 1 and is_bare_label(above) and above.strip()):
            continue
        return (line_start, line_end) if len(line) <= 200 else None
    return None


# A card's place field after its date, within a few lines: "Norises vieta" / "Kultūras centrs" or
# "Vieta: Kultūras centrs". The value is one short line; the card's fields end at a blank-line gap
# of two or at a sentence.
PLACE_FIELD = re.compile(r"\n[ \t*_#>-]*(?:norises\s+)?vieta[ \t*_]*(?::[ \t]*|\n(?:[ \t]*\n)?[ \t]*)([^\n]{2,80})",
                         re.IGNORECASE)
PLACE_REACH = 160


def card_place(doc: Document, mention: DateMention) -> str | None:
    """The place field of the card whose date this is, its value as written. O(PLACE_REACH)."""
    m = PLACE_FIELD.search(doc.text, mention.span.end, min(len(doc.text), mention.span.end + PLACE_REACH))
    if m is None or "\n\n\n" in doc.text[mention.span.end:m.start()]:
        return None
    value = m.group(1).strip().strip("*_").strip()
    if not value or value.endswith((".", ":")) and len(value.split()) > 6:
        return None
    value = value.rstrip(".")
    # "Rūjienas kultūras centrā": a venue in the locative is given in the nominative, as other places are.
    return places.nominative(value) if "," not in value and places.is_locative(value.split()[-1]) else value


# A card's hour alone on the line right under its date ("26. marts" / "19:00"), maybe a span.
HOUR_UNDER_DATE = re.compile(r"[^\S\n]*\n[ \t*_]*([01]?\d|2[0-3])[:.]([0-5]\d)(?:[ \t]*[–-][ \t]*(?:[01]?\d|2[0-4])[:.][0-5]\d)?[ \t]*(?=\n|$)")


_WORDS_AFTER_DATE = re.compile(r"[^ ,.*_]")  # searched in place: a long line is not copied per date


def card_time(doc: Document, mention: DateMention) -> str | None:
    """The hour line under a card's date, else None: a card gives the time as a value of its own."""
    line_end = layout(doc).line_of(mention.span.start)[1]
    if _WORDS_AFTER_DATE.search(doc.text, mention.span.end, line_end):
        return None  # the date's line goes on: its own words give any hour
    m = HOUR_UNDER_DATE.match(doc.text, line_end)
    return f"{int(m.group(1)):02d}:{m.group(2)}" if m else None


# How many lines above its date a rules document's owned label may stand (a place line between).
OWNER_LINES = 3


def owner_noun(doc: Document, mention: DateMention) -> tuple[NounMention | None, tuple[int, int] | None]:
    """The occurrence a labelled date's label names by its genitive ("Sacensību laiks, vieta" over
    "Kadaga" / "2018. gada 2. septembris"): the label's event noun and its line, else (None, None).
    Only a date opening its line under such a label. O(OWNER_LINES lines)."""
    line = layout(doc).line_of(mention.span.start)
    if doc.text[line[0]:mention.span.start].strip() or not labelled(doc, mention):
        return None, None
    return label_noun_above(doc, mention.span.start)


def label_noun_above(doc: Document, at: int) -> tuple[NounMention | None, tuple[int, int] | None]:
    """The event noun of the first bare date label among the OWNER_LINES lines above the one holding
    `at` ("Sacensību norises laiks un vieta"), with the label's line; else (None, None)."""
    for start, end in lines_above(doc.text, at, OWNER_LINES + 1):
        text = doc.text[start:end]
        if not text.strip() or not _bare_date_label(text):
            continue
        k = bisect.bisect_left(noun_starts(doc), start)
        nouns = event_nouns(doc)
        return (nouns[k], (start, end)) if k < len(nouns) and nouns[k].end <= end else (None, None)
    return None, None
