"""Event fields beside a date: a date that sits among an occurrence's "Laiks" / "Vieta" lines or
over a time is that occurrence's, not the page's dateline."""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import CLOCK_WORD, HOUR, MINUTE, fragments
from .grammar import Atom
from .page_furniture import Line as _Line
from .publication_fields import line_label as _label
from .times import parse_times


_EVENT_FIELD = re.compile(rf"\W*(?:laiks|vieta|norises|{CLOCK_WORD}|sākums|adrese)(?![^\W\d_])", re.IGNORECASE)  # also glued: "Laiks12.00"


def event_fields_after(text: str, line: _Line, atom: Atom) -> bool:
    """A weak label's date with an event's fields glued after it on its line ("Datums 12.05.2019
    Laiks12.00 Vieta …"): an occurrence's date, not a crawler's field over prose."""
    if _label(text[line.start:atom.start], "weak_labels") is None:
        return False
    return _EVENT_FIELD.match(text, atom.end, min(line.end, atom.end + 40)) is not None


def event_card_head(text: str, lines: list[_Line], i: int, atom: Atom) -> bool:
    """A weak label's date opening an event's card: its fields glued after it on its line, or on
    the lines round it ("Diena: 21. jūnijs, 2021" / "Laiks: 10.00" / "Vieta: …"): the occurrence's
    day, not a crawler's or an archive's field over the page."""
    line = lines[i]
    return event_fields_after(text, line, atom) or (
        _label(text[line.start:atom.start], "weak_labels") is not None and in_event_block(text, lines, i))


def in_event_block(text: str, lines: list[_Line], i: int) -> bool:
    """"Datums: …" beside "Laiks: …" / "Vieta: …" dates an event, not the page. Across a blank
    line only a labelled field counts: a schedule's last row ("Plkst.9.00 piemiņas brīdis …")
    over a page's closing "Datums: …" is no field of it."""
    return any(_EVENT_FIELD.match(text[l.start:l.end])
               and (abs(l.index - lines[i].index) == 1 or l.end - l.start <= _FIELD_ALONE
                    or _LABELLED_FIELD.match(text, l.start, l.end))
               for l in lines[max(0, i - 1):i + 2] if l is not lines[i])


_FIELD_ALONE = 25  # "Plkst. 18.00" alone on its line is a field across a blank line too
_LABELLED_FIELD = re.compile(r"\W*(?:laiks|vieta|norises\s+[^\W\d_]+|sākums|adrese|plkst\.?|pulksten)\s*[:–-]", re.IGNORECASE)


def time_follows(text: str, lines: list[_Line], i: int) -> bool:
    """A date line followed by "plkst. 10:00" or "Kultūras namā, 18:00" announces an event, not the publication."""
    if i + 1 >= len(lines):
        return False
    following = text[lines[i + 1].start:min(lines[i + 1].end, lines[i + 1].start + 200)]
    if _stamp_label().match(following):
        return False  # "Pēdējās izmaiņas: Otrdiena, 06 Aprīlis 2021 10:18": the page's edit stamp, no event's hour
    if re.match(rf"[\s•·*–-]*(?:starts?\s+(?:no\s+)?)?(?:{CLOCK_WORD}|sākums|no\s+plkst)", following, re.IGNORECASE):
        return True  # also a bullet's time: "• plkst. 16.00, tautas namā"; a contest's "Starts plkst. 11.00"
    if _FIELD_WITH_VALUE.match(following):
        return True  # "Laiks: 10:00", "Vieta – kultūras nams"; "Laiks un vieta." heads a section
    times = parse_times(following)
    if _day_beside_times(following, times) and not parse_times(text[lines[i].start:lines[i].end]):
        # "Koncerts notiks 1. oktobrī plkst. 18": that day's time, not the date line's; a date
        # line with hours of its own ("22/03/2026 10:00-17:00") is a schedule's row all the same.
        return False
    # Midnight announces nothing: it is a CMS's stamp of a day ("Lasi vēl: … 02.04.11 00:00").
    return len(following.strip()) < 60 and any(not _MIDNIGHT.fullmatch(following, s, e) for s, e, *_ in times)


def _day_beside_times(line_text: str, times: list[tuple]) -> bool:
    """A day of its own on the line, outside its clock times: "9.30." after "plkst." reads as a
    day and a month ("Sacensību sākums plkst. 9.30."), but is the hour the date above begins at."""
    return any(not any(s <= m.start() < e for s, e, *_ in times) for m in _own_day().finditer(line_text))


_MIDNIGHT = re.compile(r"0?0[:.]00")


@lru_cache(maxsize=1)
def _stamp_label() -> re.Pattern:
    """A print or "last changed" stamp's label opening a line ([document_date] stamp_print_words,
    stamp_changed_words): its clock time stamps the page, it announces no occasion's hour."""
    settings = vocab.temporal()["document_date"]
    words = [*settings["stamp_print_words"], *settings["stamp_changed_words"]]
    return re.compile(rf"[^\S\n]*(?:{vocab.alternation(words)})(?![^\W\d_])", re.IGNORECASE)


# "Laiks: 10:00", "Vieta – …", "Laiks12.00", or the label alone with its value on the line below.
_FIELD_WITH_VALUE = re.compile(r"\s*(?:laiks|vieta)\s*(?:[:–-]|\d|$)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _own_day() -> re.Pattern:
    """A day of its own on a line: a day and a month name, or day.month."""
    return re.compile(rf"(?<!\d)\d{{1,2}}\.\s?{fragments()['month_name']}|(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.", re.IGNORECASE)


# After a date its clock time (maybe "PM"), then a dash and the end's date or clock: "16. mai 2019,
# 1:00 PM - 16. mai 2019, 3:00 PM", "16.05.2019 13:00 – 15:00". A posting stamp has one moment.
_TIME_SPAN_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:plkst\.?[^\S\n]*)?{HOUR}[:.]{MINUTE}(?:[^\S\n]*[AaPp][Mm])?"
                              rf"[^\S\n]*[-–—][^\S\n]*\d")


def occurrence_span(text: str, atom: Atom, line_end: int) -> bool:
    """The date opens an occurrence's time from start to end on its line (an event card's "when"),
    so it is that occurrence's day, never the page's dateline. Reads a few characters after it."""
    return _TIME_SPAN_AFTER.match(text, atom.end, min(line_end, atom.end + 30)) is not None
