"""Publication fields: the labels and stamps that mark a date as when the page went up.

A publication label ("Publicēts:", "Datums") or a crawler's or CMS's metadata label before the
date, on its line or the line above; a label glued to the date in prose (a periodical's citation
and a masthead: periodicals.py); and a posting stamp's clock time at an odd minute, in the head or
at the foot. document_date weighs these among the page's dates; the events extractor asks them to
tell a posting's date from an occurrence's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import HOUR, MINUTE
from .bylines import SOURCE_DOMAIN
from .page_furniture import WORD, Line as _Line
from ..latvian.orthography import LOWER, UPPER


def _labels_pattern(labels) -> re.Pattern:
    """One of `labels` (in group 1), after any non-word characters."""
    return re.compile(rf"\W*({vocab.alternation(labels)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def label_pattern(kind: str) -> re.Pattern:
    """A label of temporal.toml's [document_date] list `kind`."""
    return _labels_pattern(vocab.temporal()["document_date"][kind])


@lru_cache(maxsize=1)
def metadata_label_pattern() -> re.Pattern:
    """A crawler's or CMS's metadata label, a blog's archive heading's among them (vocab.metadata_labels())."""
    return _labels_pattern(vocab.metadata_labels())


def line_label(line_text: str, kind: str = "publication_labels") -> str | None:
    """The publication label the line starts with, if any ("Publicēts:", "Datums"); with the change
    word a slash joins to it, when there is one ("Izveidots/papildināts": the posting's own stamp)."""
    m = label_pattern(kind).match(line_text)
    if m is None:
        return None
    joined = _changed_after_slash().match(line_text, m.end())
    return m.group(1) + joined.group(0) if joined else m.group(1)


@lru_cache(maxsize=1)
def _changed_after_slash() -> re.Pattern:
    return vocab.document_date_pattern(r"[^\S\n]*/[^\S\n]*(?:{stamp_changed_words})(?!\w)", re.IGNORECASE)


# The site's name before a publication label on the posting's line: "Fakti.lv Publicēts: 2018-06-22 17:12";
# or the author's name, a portal's byline run into the label: "Anna Liepa Publicēts: 2009-02-12 13:29".
_NAME_WORD = rf"[{UPPER}][^\W\d_]+[^\S\n]+"
_SEPARATOR = r"[^\S\n]*[,|/:–-]?[^\S\n]*"
_SOURCE_BEFORE_LABEL = re.compile(rf"[^\S\n]*(?:(?i:{SOURCE_DOMAIN})|(?:{_NAME_WORD}){{1,3}}){_SEPARATOR}")
_NAME_WORDS = re.compile(rf"[^\S\n]*(?:{_NAME_WORD})")
_SEPARATOR_AT = re.compile(_SEPARATOR)


def source_before_label(text: str, start: int, end: int) -> int:
    """Where the label starts when a site's domain or an author's name stands before it (no word of
    the dateline); `start` when no such words and label open text[start:end]. The name's words
    are read greedily, so a two-word label's first word ("Anna Liepa Publicēšanas datums") may
    end them: fewer of them are tried then."""
    m = _SOURCE_BEFORE_LABEL.match(text, start, end)
    if m and line_label(text[m.end():end]):
        return m.end()
    at = start
    for _ in range(3):
        word = _NAME_WORDS.match(text, at, end)
        if word is None:
            break
        at = word.end()
        label = _SEPARATOR_AT.match(text, at, end).end()
        if line_label(text[label:end]):
            return label
    return start


def label_line_before(text: str, lines: list[_Line], i: int) -> str | None:
    """Tables print the label on the line above: "Izsludināšanas datums" / "02.10.2023. 13:49"."""
    if i == 0 or lines[i - 1].end - lines[i - 1].start > 100:
        return None  # a label alone is short
    before = text[lines[i - 1].start:lines[i - 1].end].strip().rstrip(":").strip()
    label = line_label(before)
    return label if label and len(label) == len(before) else None


def _label_alone(before: str, pattern: re.Pattern) -> re.Match | None:
    """The label `pattern` reads that, but for a colon and blanks, is all of `before`."""
    m = pattern.match(before)
    return m if m and not before[m.end():].strip(" \t:") else None


_LABEL_REST = re.compile(r"[ \t:]*")  # what may stand between a label and its date: a colon, blanks


def _label_alone_in(text: str, start: int, end: int, pattern: re.Pattern) -> bool:
    """`_label_alone` of `text[start:end]`, matched in place: no copy of the line."""
    m = pattern.match(text, start, end)
    return m is not None and _LABEL_REST.fullmatch(text, m.end(), end) is not None


def metadata_prefix(text: str, first: _Line, atom: Atom) -> bool:
    """A crawler's or CMS's field at the very top, " date 2020-05 Šīs nedēļas …": the label and
    the date open the text, whatever prose the extraction glued after them."""
    return _label_alone(text[first.start:atom.start], metadata_label_pattern()) is not None


def archive_heading(text: str, line: _Line, atom: Atom) -> bool:
    """A blog's archive heading on a line of its own, "Mēnesis: 2008. gada septembris", "Daily
    Archives: 29/06/2018" ([document_date] archive_labels): the label, the date and nothing else.
    Below a site's menus and widgets it still heads the post under it."""
    return _label_alone(text[line.start:atom.start], label_pattern("archive_labels")) is not None \
        and not text[atom.end:line.end].strip(" .\t")


def published_label_before(text: str, line_start: int, date_start: int) -> bool:
    """Whether the date is a publication field's value: a crawler's or CMS's label, or a
    publication label, is all that stands before it on its line (" date 2025-10-07 …",
    "Publicēts: 03.03.2025."). Such a date tells when the page went up, not when anything
    happens, even with a headline glued after it. Weak labels ("Datums:") also head events."""
    before = text[line_start:date_start]
    weak = vocab.temporal()["document_date"]["weak_labels"]
    return any((m := _label_alone(before, pattern)) and m.group(1).lower() not in weak
               for pattern in (metadata_label_pattern(), label_pattern("publication_labels")))


def glued_field(text: str, atom: Atom, line_end: int) -> bool:
    """A publication label and a colon right before the date ("iesūtīts: 05.05.2021"), read
    from a bounded window before it; without the colon when a sentence closed before the label
    and the date closes the line ("… Nr. 12/2016. Ievietots 08.08.2016.")."""
    before = text[max(0, atom.start - 40):atom.start]
    if _glued_label_pattern().search(before):
        return True
    return bool(_closing_label_pattern().search(before)) and not text[atom.end:line_end].strip(" .")


# A clock time closing the headline after its date. A posting's minute is any minute; an
# occurrence is announced at the hour or a quarter ("Seminārs 12.03.2014. plkst. 10.00" is a
# poster's line, not a stamp).
# A portal may print the section it filed the posting under after the minute: "Viļānu apvienības
# pārvalde 14.Aprīlis, 2014, 16:43 Projekti 2007-2013", "… 16:43 Aktualitātes" (at most three
# words, the first capitalised, and a year or a range of years of a programme's period). Only
# behind its author or office: "14.04.2014 10.40 Reģistrācija" alone is a programme's row.
# The minute may carry its seconds: "10.12.2013 11:24:37", a machine's stamp.
@lru_cache(maxsize=1)
def _age_tail() -> str:
    """A CMS's age of the posting after its clock ("11:26 Age: 224 Days", TYPO3): [document_date]
    stamp_age_labels, a number and one of stamp_age_units. It stamps the posting, no occurrence."""
    words = vocab.temporal()["document_date"]
    return (rf"(?:[^\S\n]+(?:{vocab.alternation(words['stamp_age_labels'])})[^\S\n]*:?[^\S\n]*\d{{1,5}}"
            rf"[^\S\n]+(?:{vocab.alternation(words['stamp_age_units'])})(?!\w))")


@lru_cache(maxsize=1)
def _age_tail_end() -> re.Pattern:
    return re.compile(_age_tail() + r"[^\S\n]*$", re.IGNORECASE)


def age_tail_start(text: str, start: int, end: int) -> int | None:
    """Where a posting's age closing text[start:end] begins ("… 11:26 Age: 224 Days"), else None."""
    m = _age_tail_end().search(text, start, end)
    return m.start() if m and m.end() > m.start() else None


@lru_cache(maxsize=1)
def _stamp_time() -> re.Pattern:
    return re.compile(r"\s*,?\s*(?:(?:plkst\.?|pl\.)\s*)?(?:[01]?\d|2[0-3])[.:](?P<min>[0-5]\d)(?::[0-5]\d)?" + _age_tail() + "?"
                      + rf"(?:[^\S\n]+(?-i:[{UPPER}])[^\W\d_]*(?:[^\S\n]+[^\W\d_]+){{0,2}}"
                      r"(?:[^\S\n]+(?:19|20)\d\d(?:[^\S\n]*[-–][^\S\n]*(?:19|20)\d\d)?)?)?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bare_stamp_time() -> re.Pattern:
    return re.compile(r"\s*,?\s*(?:(?:plkst\.?|pl\.)\s*)?(?:[01]?\d|2[0-3])[.:](?P<min>[0-5]\d)(?::[0-5]\d)?"
                      + _age_tail() + r"?\s*$", re.IGNORECASE)


def posting_stamp(after_date: str, section: bool = True, quarters: bool = False) -> bool:
    """Whether what follows a date on its line is only a clock time at an odd minute, as a posting
    stamp has, and (with `section`) maybe the section the posting was filed under. With
    `quarters` (the day is written as only a CMS writes it: cms_day) a quarter or half hour too;
    an occurrence's full hour never ("Novada pārvalde 9.Marts, 2015, 11:00 Aktualitātes")."""
    m = (_stamp_time() if section else _bare_stamp_time()).fullmatch(after_date)
    return m is not None and m["min"] not in (("00",) if quarters else ("00", "15", "30", "45"))


# A CMS prints its posting day with the month capitalised in the nominative and a comma before the
# year ("30.Jūnijs, 2019", "14. Aprīlis, 2014"), as no sentence writes a day: the clock after it is
# the posting's at a quarter or half hour too ("Viļānu apvienības pārvalde 30.Jūnijs, 2019, 14:30 Projekti").
_CMS_DAY = re.compile(rf"\d{{1,2}}\.[^\S\n]?[{UPPER}][{LOWER}]+,[^\S\n]*(?:19|20)\d\d")


def cms_day(text: str, start: int, end: int) -> bool:
    """Whether the date text[start:end] is written in a CMS's posting form (see _CMS_DAY)."""
    return _CMS_DAY.fullmatch(text, start, end) is not None


def clock_alone(marks: str, tail: str = "") -> re.Pattern:
    """A clock alone on (the rest of) a line: maybe one of the `marks` before it (a list's dash, a
    separator), maybe its clock word ("plkst.", "pl.", "pulksten"), the hour and minute, the `tail`
    the caller allows after them (seconds, "am"/"pm"), and blanks; for fullmatch."""
    return re.compile(rf"[^\S\n]*(?:[{marks}][^\S\n]*)?(?:(?:plkst\.?|pl\.|pulksten)[^\S\n]*)?"
                      rf"{HOUR}[.:](?P<min>{MINUTE}){tail}[^\S\n]*", re.IGNORECASE)


# A posting's clock alone on the line under its date, maybe after a list's dash and with the English
# "am"/"pm" ("- 04/11/2024" over "- 4:12 pm"), maybe behind its clock word as an older CMS prints it
# ("2009. gada 29. septembrī" over "plkst. 14:02"): an odd minute or a 12-hour clock stamps a posting;
# an occasion's hour under its day ("18:00", "plkst. 10.30") is at the hour or a quarter, in 24 hours.
_STAMP_LINE = clock_alone("-–•·", rf"(?::{MINUTE})?(?:[^\S\n]*(?P<ampm>[ap]\.?m\.?))?")


def clock_only_line(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] is only a posting's clock (see _STAMP_LINE)."""
    m = _STAMP_LINE.fullmatch(text, start, end)
    return m is not None and (m["ampm"] is not None or m["min"] not in ("00", "15", "30", "45"))


# A clock word right after the date on its line, whatever separator stands between
# ("12.11.2016 - plkst.12.00"), or a time at the hour or a quarter after a dash or a bar
# ("12.11.2016 | 12:00"). A bare "10.05.2019 08:30" may still be a posting's stamp.
_ANNOUNCED_TIME = re.compile(r"[\s,|•·–—-]*(?:plkst\.?|pulksten)\s*(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?(?!\d)"
                            r"|\s*[|–—-]\s*(?:[01]?\d|2[0-3])[.:](?:00|15|30|45)(?!\d)", re.IGNORECASE)


def announced_time(text: str, date_end: int, line_end: int) -> bool:
    """Whether the date is a poster's day with the hour it begins (an event page's head, an
    unlabelled date field), not a dateline or a posting stamp."""
    return _ANNOUNCED_TIME.match(text, date_end, line_end) is not None


@lru_cache(maxsize=None)
def _closing_label_pattern() -> re.Pattern:
    return re.compile(rf"[.!?]\s+(?:{vocab.alternation(vocab.temporal()['document_date']['publication_labels'])})\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _glued_label_pattern() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.temporal()['document_date']['publication_labels'])})\s*:\s*$",
                      re.IGNORECASE)


# A portal's posting stamp at the foot: the day, the minute and the section it was filed under;
# a section's name may join two nouns ("…, 22:36, Kultūra un izglītība") or name its place in up to
# four words ("…, 12:48, Lielvārdes novada jaunumi").
FOOT_STAMP = re.compile(r"\.?\s*,?\s*(?:plkst\.?\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*,\s*[^\W\d_]+(?:\s+(?:un\s+)?[^\W\d_]+){0,3}\s*")


_CLOCK = re.compile(r"(?<![\d.:])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d])")
# Every clock-shaped token of a text, compiled once: its hour's digits and its minute. A token
# starts after no digit, dot or colon, so no two overlap and one scan finds them all.
_CLOCK_TOKEN = re.compile(r"(?<![\d.:])(\d{1,3})[:.](\d\d)(?!\d)")


class Retold:
    """Which head dates an events calendar's body tells again (see `told_again`). Built once per
    text and its atoms: the last start of each day (by day, month and year) and of each clock
    time, each index made on first need in one pass — O(n + m) for a text of n characters and m
    atoms — after which each question costs O(1) but the scan of its own line for a clock time."""

    def __init__(self, text: str, atoms: list[Atom]) -> None:
        self.text = text
        self.atoms = atoms
        self._days: dict[tuple, int] | None = None
        self._clocks: dict[tuple[int, str], int] | None = None

    def _last_day(self, day: int, month: int | None, year: int | None) -> int:
        if self._days is None:
            self._days = {}
            for a in self.atoms:
                key = (a.day, a.month, a.year)
                self._days[key] = max(self._days.get(key, -1), a.start)
        return self._days.get((day, month, year), -1)

    def _last_clock(self, hour: int, minute: str) -> int:
        if self._clocks is None:
            self._clocks = {}
            for m in _CLOCK_TOKEN.finditer(self.text):
                digits, said = m.group(1), int(m.group(1))
                if digits in (str(said), "0" + str(said)):  # the hour, or with one leading zero ("9.00", "09.00")
                    self._clocks[said, m.group(2)] = m.start()  # left to right: the last start is kept
        return self._clocks.get((hour, minute), -1)

    def told_again(self, atom: Atom, line_end: int) -> bool:
        """A date with its clock time atop an events calendar's page ("18. Jūn, 2023  21:00")
        whose day and hour the body tells again ("… 18. jūnija vakarā … Pulcēšanās ap 21.00"):
        the occurrence's date, not when the page went up (a posting's stamp is not retold).
        "Again" is after the date's line: another atom of that day (its year the same or
        unsaid) and the same clock time both start past `line_end`."""
        text = self.text
        m = _CLOCK.search(text, atom.end, line_end)
        if m is None or text[atom.end:m.start()].strip(" ,|–-") or not atom.day:
            return False
        last = max(self._last_day(atom.day, atom.month, None), self._last_day(atom.day, atom.month, atom.year))
        if last <= line_end or self._same_line_again(atom, line_end, last):
            return False
        return self._last_clock(int(m.group(1)), m.group(2)) >= line_end

    def _same_line_again(self, atom: Atom, line_end: int, last: int) -> bool:
        """The page printing its headline block twice ("Virsraksts" / "Piektdiena, 11. marts,
        2022 11:23" / "Virsraksts" / "Piektdiena, 11. marts, 2022 11:23"): the same dateline line
        again is no body retelling the day. Reads the two lines."""
        text = self.text
        line_start = text.rfind("\n", 0, atom.start) + 1
        other_start = text.rfind("\n", 0, last) + 1
        other_end = text.find("\n", last)
        return text[line_start:line_end].strip() == text[other_start:other_end if other_end >= 0 else len(text)].strip()


def occurrence_told_again(text: str, atom: Atom, line_end: int, atoms: list[Atom]) -> bool:
    """`Retold.told_again` for one date: O(n + m). Ask a `Retold` made once when asking of many."""
    return Retold(text, atoms).told_again(atom, line_end)


# What a year alone may carry after it on a labelled line: its "g." or "gads", a cut word's
# ellipsis ("2019. g…", an excerpt broken off after the year), a full stop.
_YEAR_TAIL = re.compile(r"[^\S\n]*(?:g(?:ads|\.)?)?[^\S\n]*(?:…|\.\.\.)?[^\S\n.]*")


def labelled_year(text: str, line_start: int, line_end: int, atom: Atom) -> bool:
    """A year alone behind a publication or metadata label on its line ("Datums: 2019. g…",
    "Publicēts: 2019. g."): the page's date with a year's grain, as "Datums: 2019-05" has a month's."""
    if not any(_label_alone_in(text, line_start, atom.start, pattern)
               for pattern in (metadata_label_pattern(), label_pattern("publication_labels"))):
        return False
    return _YEAR_TAIL.fullmatch(text, atom.end, line_end) is not None
