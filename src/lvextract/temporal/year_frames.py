"""Frames resolve reads beside the sentence's and paragraph's dates.

A lone year stated earlier in the day's paragraph, as its frame (RECORD.md's order, 2.):
"Fonds programmas 2021. gadam ietvaros izsludina konkursu. Iesniegšanas termiņš – 15. marts."
is 2021-03-15. Split from resolve by concern.

Only a year that says which year the paragraph plans for frames a later day of another
sentence: not one after the day ("19. septembrī … Pats pirmais notika 2002. gadā"), not a past
sentence's ("Biedrība dibināta … notika 2002. gadā"), not a bound ("līdz 2027. gadam", "kopš
2004. gada"), not a horizon far from the document's year.

A school year stated as two years ("2015./2016. mācību gadā", "Mācību gads 2015./2016.") frames a bare day of its sentence or
paragraph with the year whose part of the school year holds the day's month (school_years), and, as a
range stated earlier (RECORD.md's order, 3.), the bare days of the paragraphs after it (not a past day it
would put after the document's date: school_year_below).

Ranges stated earlier (RECORD.md's order, 3.) that are no written range: a month or a quarter with
its year said ahead of a schedule, a year closing a heading over it, a heading of its own that says
in which year things happen ("Notikumi 2014. gada nogalē"), a month its paragraph gave a year.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from ..latvian.orthography import UPPER
from ..layout import line_opened_at, next_newline
from . import vocabulary as vocab
from .grammar import Atom
from .publication_fields import Retold
from .relative import sentence_is_past
from .not_frames import started_then
from .counted_month_part import custom_cues
from .relative_words import custom_told
from .sentence_window import sentence_around

_FAR = 1  # years from the document's year a planning year may lie


@lru_cache(maxsize=1)
def _bound_before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["relative_year"]["lone_year_bounds"])
    return re.compile(rf"(?<!\w)(?:{words})[^\S\n]{{1,3}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _until_words() -> frozenset[str]:
    return frozenset(vocab.temporal()["until_words"])


@lru_cache(maxsize=1)
def _yearly_words() -> frozenset[str]:
    return frozenset(vocab.temporal()["counted_month_part"]["yearly_words"])


def _yearly_custom(text: str, atom: Atom) -> bool:
    """Whether the month's sentence tells a custom kept every year ("Katru gadu tā norisinās aprīlī",
    "ikgadējais tirdziņš notiek maijā"): the project's one custom test (relative_words.custom_told with
    counted_month_part's habit words and what tells one occurrence, "šogad", a past or future verb)
    and a year's word in it. A month after a bound ("līdz maijam": a deadline's) is no custom's."""
    if _bound_before().search(text, max(0, atom.start - 12), atom.start):
        return False
    left, right = sentence_around(text, atom.start, atom.end)
    habit, once = custom_cues()
    return custom_told(text, left, right, habit, once) and custom_told(text, left, right, _yearly_words(), frozenset())


class _ParagraphYears:
    """Years of each paragraph in the text's order, with their ends to find the nearest one by bisection."""

    def __init__(self) -> None:
        self.years: dict[int, list[Atom]] = {}
        self.ends: dict[int, list[int]] = {}

    def add(self, paragraph: int, atom: Atom) -> None:
        self.years.setdefault(paragraph, []).append(atom)
        self.ends.setdefault(paragraph, []).append(atom.end)

    def before(self, paragraph: int, start: int) -> Atom | None:
        i = bisect.bisect_right(self.ends.get(paragraph, ()), start)
        return self.years[paragraph][i - 1] if i else None

    def after(self, paragraph: int, start: int) -> Atom | None:
        ends = self.ends.get(paragraph, ())
        i = bisect.bisect_right(ends, start)
        return self.years[paragraph][i] if i < len(ends) else None


class LoneYears:
    """The lone years that may frame a later day of their paragraph, by paragraph."""

    def __init__(self, text: str, frames: list[Atom], paragraph_of, sentence_of, document_year: int | None,
                 until: bool = False) -> None:
        self.text, self.paragraph_of, self.sentence_of = text, paragraph_of, sentence_of
        self.planning = _ParagraphYears()
        # every lone year near the document's, bounds and past sentences' too: a yearly custom's month reads these
        self.every = _ParagraphYears()
        for a in frames:
            if a.grain != "year" or a.is_range or a.month or a.year is None:
                continue
            if document_year is not None and abs(a.year - document_year) > _FAR:
                continue
            self.every.add(paragraph_of(a.start), a)
            # (with `until`, a year a goal is set by counts: "līdz 2019. gada beigām", this_year_frames.py)
            bound = _bound_before().search(text, max(0, a.start - 12), a.start)
            if bound and not (until and bound.group(0).strip().lower() in _until_words()) or sentence_is_past(text, a.start, a.end) \
                    or started_then(text, a):
                continue  # (nor a year that dates another thing's start: "tradīcija iedibināta 1995. gadā")
            self.planning.add(paragraph_of(a.start), a)

    def _in_another_sentence(self, frame: Atom | None, atom: Atom) -> int | None:
        # the day's own sentence was read before (step 2's sentence), with its own exclusions
        return frame.year if frame is not None and self.sentence_of(frame.start) != self.sentence_of(atom.start) else None

    def year(self, atom: Atom) -> int | None:
        """The nearest lone year before the day in its paragraph, in another sentence. A month alone
        in a yearly custom's sentence ("Katru gadu tā norisinās aprīlī") is no one year's plan: it
        takes the nearest year as RECORD.md's order 2 says, a bound's ("kopš 1997. gada") or a past
        sentence's ("1985. gadā … tika pieņemts lēmums") too, but not one far from a dateline's year."""
        custom = not atom.day and atom.month is not None and not atom.is_range and _yearly_custom(self.text, atom)
        years = self.every if custom else self.planning
        return self._in_another_sentence(years.before(self.paragraph_of(atom.start), atom.start), atom)

    def after(self, atom: Atom) -> int | None:
        """The first lone year after the day in its paragraph, in another sentence: asked for a
        "šī gada" day only (this_year_frames.py)."""
        return self._in_another_sentence(self.planning.after(self.paragraph_of(atom.start), atom.start), atom)


def head_occurrence(text: str, atom: Atom, retold: Retold) -> bool:
    """An events page's day and hour alone on their line ("18. Jūn, 2023  21:00"), told again
    below: it frames the day told again as a one-day range would (RECORD.md's order, 3.)."""
    if atom.day is None or line_opened_at(text, atom.start) is None:
        return False  # read back over the whitespace before the day only: no copy of a long line (issue 13)
    line_end = next_newline(text, atom.end)
    return retold.told_again(atom, line_end if line_end >= 0 else len(text))


def month_frames(text: str, frames: list[Atom], document_year: int | None) -> list[Atom]:
    """A month with its year said ahead of a schedule ("2024. gada septembrī notiks …" over
    "12. septembrī – …", "19. septembrī – …") holds that month's bare days as a range would
    (RECORD.md's order, 3.): returned as one-month ranges. Not a bound ("kopš 2019. gada
    septembra"), not a past sentence's month, not a month far from the document's year. A month
    of the document's own year changes no value: the day keeps its year from the document date."""
    return [Atom(a.start, a.end, a.year, a.month, None, a.year, a.month, None, None, "month_frame")
            for a in frames if a.grain == "month" and _plans_ahead(text, a, a.end, document_year)]


def past_month_frames(text: str, frames: list[Atom], document_year: int | None) -> list[Atom]:
    """In a text that states no document date, a month with its year that a past sentence tells of
    ("2009. gada oktobris novadam bija ļoti nozīmīgs") is the time the text looks back on: it holds
    the bare days of that month the past sentences below it tell ("28. oktobra sēdē tika pieņemti
    …"), as a range stated earlier does (RECORD.md's order, 3.; without it they have no year at all).
    Returned as one-month ranges, read only for a bare day of a past sentence. Not a bound ("kopš
    2009. gada oktobra"); with a document date, its year dates such days (month_frames)."""
    if document_year is not None:
        return []
    return [Atom(a.start, a.end, a.year, a.month, None, a.year, a.month, None, None, "month_frame")
            for a in frames if a.grain == "month" and not a.is_range and a.year is not None and a.relative is None
            and sentence_is_past(text, a.start, a.end) and not _bound_before().search(text, max(0, a.start - 12), a.start)]


@lru_cache(maxsize=1)
def _marking_words() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.temporal()['commemorated_month_cues'])})", re.IGNORECASE)


def told_of_that_past(text: str, atom: Atom) -> bool:
    """A bare day a past sentence tells (past_month_frames reads only these), not one that marks a
    past occasion ("20. janvārī notika atceres pasākums": the marking is the text's own day, not
    the remembered month's; [commemorated_month_cues])."""
    left, right = sentence_around(text, atom.start, atom.end)
    return sentence_is_past(text, atom.start, atom.end) and _marking_words().search(text, left, right) is None


def _plans_ahead(text: str, a: Atom, end: int, document_year: int | None) -> bool:
    """A stated year another than the document's and near it, not a bound ("kopš 2019. gada …"), not
    told in a past sentence (read up to `end`): a frame for the bare days of a schedule after it."""
    if a.is_range or a.year is None or a.relative is not None:
        return False
    if document_year is not None and (a.year == document_year or abs(a.year - document_year) > _FAR):
        return False
    return not (_bound_before().search(text, max(0, a.start - 12), a.start) or sentence_is_past(text, a.start, end))



# "2019. gada 4. ceturksnī", "2024. gada II ceturksnī": the quarter right after its year's "gada".
_QUARTER_AFTER = re.compile(r"[^\S\n]*(?:gada|g\.)?[^\S\n]*(?P<q>[1-4]|IV|I{1,3})\.?[^\S\n]*ceturk[sš]\w*", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def quarter_frames(text: str, frames: list[Atom], document_year: int | None) -> list[Atom]:
    """A quarter with its year said ahead of a schedule ("2019. gada 4. ceturksnī plānotie
    pasākumi" over "17. oktobrī – konference") holds its three months' bare days as a range
    would (RECORD.md's order, 3.): returned as three-month ranges. Not a bound, not a past
    sentence's quarter, not one far from the document's year; the date itself stays the year."""
    out = []
    for a in frames:
        m = _QUARTER_AFTER.match(text, a.end, a.end + 24) if a.grain == "year" else None
        # the past verb is looked for from the quarter's end: the dot of its number ends no sentence
        if m is None or not _plans_ahead(text, a, m.end(), document_year):
            continue
        q = int(m["q"]) if m["q"].isdigit() else _ROMAN[m["q"].upper()]
        out.append(Atom(a.start, m.end(), a.year, 3 * q - 2, 1, a.year, 3 * q, 31, None, "quarter_frame"))
    return out


_HEADING_WORDS = 8
_SENTENCE_INSIDE = re.compile(rf"[.!?][^\S\n]+(?-i:[{UPPER}])")
# The heading's year closes its line: "Nedēļas plāns - 2019", "Pasākumi 2019. gadā:", "Plāns 2019. g."
_YEAR_AT_END = re.compile(r"(?<![\d.,/-])(?P<y>(?:19|20)\d\d)\.?(?:[^\S\n]*(?:gads|gadā|gadam|gadu|g\.))?[^\S\n]*:?[^\S\n]*$",
                          re.IGNORECASE)
# …or opens it in the locative, the place after it: "2021. gadā Ozolu pagastā" over the list of days.
_YEAR_AT_START = re.compile(r"^[^\S\n]*(?P<y>(?:19|20)\d\d)\.?[^\S\n]*(?:gadā|g\.)(?![\w.])(?=[^\d]*$)", re.IGNORECASE)


def heading_year_frames(text: str, atoms: list[Atom], document_year: int | None) -> list[Atom]:
    """A year closing a heading line of its own ("Nedēļas plāns - 2019", "Pasākumi 2019. gadā:"), or
    opening it in the locative before the place ("2021. gadā Ozolu pagastā"), right over a schedule
    whose lines open with a bare day ("3. maijā – lekcija"): the heading is a paragraph of its own,
    so the year frames those days as a range stated earlier would (RECORD.md's order, 3.): returned
    as one-year ranges. Not a bound ("kopš 2019. gada"), not a heading with a
    sentence or another date in it, not a year far from the document's; a year of the document's
    own changes no value. Looked up once per bare day that opens a line, on the line above it."""
    out, seen = [], set()
    for k, a in enumerate(atoms):
        if a.year is not None or not a.day or a.relative is not None or (a.start and text[a.start - 1] != "\n"):
            continue
        line_end = a.start
        while line_end > 0 and text[line_end - 1] in " \t\r\n":
            line_end -= 1
        line_start = text.rfind("\n", 0, line_end) + 1
        if line_start in seen or (k > 0 and atoms[k - 1].end > line_start
                                  and (atoms[k - 1].grain != "year" or atoms[k - 1].is_range)):
            continue  # another date than the year on the heading's line
        line = text[line_start:line_end]
        m = _YEAR_AT_END.search(line) or _YEAR_AT_START.match(line)
        if m is None or len(line.split()) > _HEADING_WORDS or _SENTENCE_INSIDE.search(line) \
                or _bound_before().search(line, 0, m.start()):
            continue
        year = int(m["y"])
        if document_year is not None and (year == document_year or abs(year - document_year) > _FAR):
            continue
        seen.add(line_start)
        out.append(Atom(line_start + m.start(), line_start + m.end(), year, 1, 1, year, 12, 31, None, "year_frame"))
    return out


def month_frames_its_days(text: str, atom: Atom, year: int, document_year: int | None) -> bool:
    """A month whose year its sentence or paragraph gave ("2024. gada 25. augustā … kapusvētki.
    Savukārt septembrī un oktobrī degsim svecītes") holds that month's bare days below it
    ("Palsmanes kapos – 14. septembrī") as a month with its year said does (month_frames; RECORD.md's
    order, 3.). Not a bound ("kopš septembra"), not a past sentence's month, not a month far from
    the document's year, not a yearly custom's month ("Katru gadu tā norisinās aprīlī": it plans no
    schedule); a month of the document's own year changes no value."""
    return not atom.day and bool(atom.month) and _plans_ahead(text, replace(atom, year=year), atom.end, document_year) \
        and not _yearly_custom(text, atom)


# A heading is short: its line is read at most this far either side of its year.
_HEADING_CHARS = 160
_BLANK_LINE_AFTER = re.compile(r"[^\S\n]*\n[^\S\n]*(?:\n|$)")


@lru_cache(maxsize=1)
def _part_after() -> re.Pattern:
    parts = vocab.alternation(vocab.temporal()["heading_year_parts"])
    return re.compile(rf"[^\S\n]{{1,3}}(?:{parts})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _plan_before() -> re.Pattern:
    """A plan's noun right before a year in the dative: "Pasākumu plāns 2019. gadam" (temporal.toml plan_nouns)."""
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(vocab.temporal()['plan_nouns'])})[^\S\n]+$", re.IGNORECASE)


def heading_when_frames(text: str, atoms: list[Atom], document_year: int | None) -> list[Atom]:
    """A heading of its own paragraph whose lone year says when the text's things happen, in
    the locative or with a part of the year ("Tradicionālo prasmju skola notiks arī 2010. gadā",
    "Dažādi notikumi 2014. gada nogalē īsumā" over "17. decembrī … notika"), or a plan's for the year
    in the dative ("Nozīmīgāko pasākumu plāns 2019. gadam", a page's top link over its events): the heading is a
    paragraph of its own, so the year frames the bare days after it as a range stated earlier
    would (RECORD.md's order, 3.): returned as one-year ranges. Not a year that only qualifies a
    thing ("2014. gada budžets" is approved the year before), not a bound ("kopš 2010. gada"),
    not a past heading's ("… notika 1937. gadā"), not a list's lead-in closed by a colon nor a
    closed sentence, not a heading with another date on its line. Only in a text that states no
    document date: where it does, the document's year dates the days better than a heading that
    may look back ("Paveiktais 2013. gadā" over "Nākamā sēde notiks 15. janvārī" in January 2014).
    Each year reads its own line within a bounded window."""
    if document_year is not None:
        return []
    out = []
    for k, a in enumerate(atoms):
        if a.grain != "year" or a.is_range or a.month or a.year is None or a.relative is not None:
            continue
        said = text[a.start:a.end].lower()
        if not (said.endswith("gadā") or (said.endswith("gada") and _part_after().match(text, a.end, a.end + 30))
                or (said.endswith("gadam") and _plan_before().search(text, max(0, a.start - 20), a.start))):
            continue
        window = max(0, a.start - _HEADING_CHARS)
        line_start = text.rfind("\n", window, a.start) + 1
        line_end = text.find("\n", a.end, a.end + _HEADING_CHARS)
        if (line_start == 0 and window > 0) or line_end < 0 or not _BLANK_LINE_AFTER.match(text, line_end):
            continue  # a long line of prose, or a line that runs on into the next: no heading
        line = text[line_start:line_end]
        if line.rstrip().endswith((":", ".")):
            # a list's lead-in ("2027. gadā varēs iesniegt:") gives its year to its items only; a
            # closed sentence ("Biedrība dibināta 2009. gadā.") is no heading
            continue
        if len(line.split()) > _HEADING_WORDS + 4 or _SENTENCE_INSIDE.search(line) \
                or (k > 0 and atoms[k - 1].end > line_start) or (k + 1 < len(atoms) and atoms[k + 1].start < line_end):
            continue
        if _bound_before().search(text, max(0, a.start - 12), a.start) or sentence_is_past(text, a.start, line_end):
            continue
        out.append(Atom(a.start, a.end, a.year, 1, 1, a.year, 12, 31, None, "heading_when_frame"))
    return out


# "2015./2016. mācību gadā", "noslēdzas 2020./2021. mācību gads": a school year runs from
# September to August. Not its dative "… mācību gadam" (what a spring sentence plans for: "līdz
# šī gada 19. aprīlim pieteikt vakances 2022./2023. mācību gadam" is that spring's April).
# A school's page abbreviates it: "2020./2021.m.g.", "2014./15. m. g." (never a dative there to tell).
_SCHOOL_YEAR_AFTER = re.compile(r"[^\S\n]*(?:m[āa]c[īi]bu[^\S\n]+gad(?:a|ā|s|u)(?!\w)|m\.[^\S\n]?g\.)", re.IGNORECASE)
SCHOOL_YEAR_RULE = "school_year"
# … or the noun before the two years: "Mācību gads 2023./2024. beigsies …", "mācību gadā
# (2023./2024.)", "Mācību gada 2023/2024 beigās". Not the dative here either ("mācību gadam 2024./2025.").
_SCHOOL_YEAR_BEFORE = re.compile(r"(?<!\w)m[āa]c[īi]bu[^\S\n]+gad(?:a|ā|s|u)[^\S\n]*[(:–-]?[^\S\n]*$", re.IGNORECASE)


def school_years(text: str, frames: list[Atom], document_year: int | None) -> dict[int, Atom]:
    """A school year stated as a range of two years ("2015./2016. mācību gadā") frames a bare day
    of its sentence or paragraph (RECORD.md's order, 2.) with the year whose part of the school
    year holds the day's month: October is the first year's, May the second's. Returned, by the
    year range's start, as a range from September to August that resolve reads in that range's
    place. Not a school year of another time than the document's (a statistic of an earlier one)."""
    out = {}
    for a in frames:
        if a.grain != "year" or not a.is_range or a.year is None or a.end_year != a.year + 1 or a.relative:
            continue
        if document_year is not None and document_year not in (a.year, a.end_year):
            continue
        if _SCHOOL_YEAR_AFTER.match(text, a.end, a.end + 30) or _SCHOOL_YEAR_BEFORE.search(text, max(0, a.start - 30), a.start):
            out[a.start] = Atom(a.start, a.end, a.year, 9, None, a.end_year, 8, None, None, SCHOOL_YEAR_RULE)
    return out


def school_year_of(frame: Atom, atom: Atom) -> int | None:
    """The year of a bare day framed by a school year: the first from September on, else the second."""
    if frame.rule != SCHOOL_YEAR_RULE or not atom.month:
        return None
    return frame.year if atom.month >= frame.month else frame.end_year


def school_year_below(text: str, atom: Atom, year: int | None, document_date) -> int | None:
    """The year a school year stated earlier gives a bare day below it (RECORD.md's order, 3.),
    unless that day would lie after the document's date in a past sentence ("2031./2032. mācību
    gads sākās …" over "20. augustā skolā notika talka" in a text of October 2031): the past tense
    tells of the summer before, which the document date dates (order 4.)."""
    if year is None or not hasattr(document_date, "day") or not atom.month:
        return year
    later = (year, atom.month, atom.day or 1) > (document_date.year, document_date.month, document_date.day)
    return None if later and sentence_is_past(text, atom.start, atom.end) else year
