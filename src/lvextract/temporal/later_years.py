"""A lone year after a bare day in its paragraph, as its frame where nothing else gives one.

RECORD.md's order 2 gives a bare day the year of the nearest date that states one in its sentence,
else in its paragraph — nearest before or after. A year stated earlier frames it (year_frames.LoneYears);
a year after it is taken only where the page has no document date and nothing earlier framed the day
("13. martā notika skate. … dalība svētkos 2015. gadā" is 2015-03-13; "21. septembrī uzsāka … Projektu
2015. gada vasarā īstenoja biedrība" is 2015-09-21). Conservatively, only a year that tells when
something is: the locative "2015. gadā" or the genitive before a part of the year ("2015. gada vasarā");
not a bound ("līdz 2015. gadam", "kopš 2015. gada"), not a birth year (even a list's last: "dzimuši 2001,
2002 un 2003. gadā"), not an origin ("pirmsākumi meklējami jau 1992. gadā", "2011. gadā aizsāktais"),
not a year that qualifies ("par 2017. gada aktīvākajiem"); not a past sentence's year for a day its own
sentence plans ("Sēde notiks 12. aprīlī. Pirmā sēde notika 2015. gadā": that year is the thing's history),
nor for a "šī gada" day (this_year_frames.py reads those); nor for a day right after a year the grammar
could not read ("4718. gada 19. marta": the day has its own year, only unreadable). Read from bounded windows beside the year.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .not_frames import born, born_before, since, started_then
from .relative import sentence_is_past


@lru_cache(maxsize=1)
def _part_after() -> re.Pattern:
    parts = vocab.alternation(vocab.temporal()["heading_year_parts"])
    return re.compile(rf"[^\S\n]+(?:{parts})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bound_before() -> re.Pattern:
    words = vocab.alternation(vocab.temporal()["relative_year"]["lone_year_bounds"] + ["par"])
    return re.compile(rf"(?<!\w)(?:{words})[^\S\n]{{1,3}}(?:jau[^\S\n]{{1,3}})?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _origin_before() -> re.Pattern:
    stems = vocab.alternation(vocab.temporal()["origin_noun_stems"])
    return re.compile(rf"(?<!\w)(?:{stems})\w*[^.;:!?\n\d]{{0,30}}$", re.IGNORECASE)


# A list of bare years before the year, sharing its "gadā": "2001, 2002 un 2003. gadā".
_LIST_BEFORE = re.compile(r"(?:\d{4}\.?[^\S\n]*(?:,|[^\S\n](?:un|vai))[^\S\n]*){1,6}$", re.IGNORECASE)
_OWN_YEAR_BEFORE = re.compile(r"\d+\.?[^\S\n]*(?:gada|g\.)[^\S\n]*$", re.IGNORECASE)


def _born_list(text: str, atom: Atom) -> bool:
    m = _LIST_BEFORE.search(text, max(0, atom.start - 60), atom.start)
    return m is not None and born_before(text, m.start())


def _tells_when(text: str, atom: Atom) -> bool:
    said = text[atom.start:atom.end].lower()
    if said.endswith("gadā"):
        return True
    return said.endswith("gada") and _part_after().match(text, atom.end, atom.end + 30) is not None


def _later_frame(text: str, atom: Atom) -> bool:
    return atom.grain == "year" and not atom.is_range and not atom.month and atom.year is not None \
        and _tells_when(text, atom) \
        and not (_bound_before().search(text, max(0, atom.start - 12), atom.start)
                 or since(text, atom) or started_then(text, atom) or born(text, atom) or _born_list(text, atom)
                 or _origin_before().search(text, max(0, atom.start - 60), atom.start))


@lru_cache(maxsize=1)
def _bound_day_before() -> re.Pattern:
    """"līdz" or "kopš" right before a date: a bound's day ("… kas ilgs līdz 2024. gada 31. maijam";
    temporal.toml until_words and years_since_words, the bounds a whole date closes or opens)."""
    t = vocab.temporal()
    words = vocab.alternation(t["until_words"] + t["years_since_words"])
    return re.compile(rf"(?<!\w)(?:{words})(?:[^\S\n]+pat)?[^\S\n]+$", re.IGNORECASE)


def later_bound(text: str, frame: Atom) -> bool:
    """A date with its year and month after the bare day, in another sentence of its paragraph, that is
    a bound: no frame for the day where the text states no document date, as a lone year after it that
    is a bound is none ("2. jūnijā saņemts apstiprinājums. … Projekts ilgs līdz 2024. gada 31. maijam."
    leaves the day its year unknown). Asked by resolve for the paragraph's nearest frame after a day."""
    return _bound_day_before().search(text, max(0, frame.start - 12), frame.start) is not None


class LaterYears:
    """The lone years of a paragraph that may frame a bare day before them, in another sentence."""

    def __init__(self, text: str, frames: list[Atom], paragraph_of, sentence_of) -> None:
        self.text, self.paragraph_of, self.sentence_of = text, paragraph_of, sentence_of
        self.by_paragraph: dict[int, list[Atom]] = {}
        for a in frames:
            if _later_frame(text, a):
                self.by_paragraph.setdefault(paragraph_of(a.start), []).append(a)
        self.starts = {p: [a.start for a in years] for p, years in self.by_paragraph.items()}

    def year(self, atom: Atom) -> int | None:
        paragraph = self.paragraph_of(atom.start)
        years = self.by_paragraph.get(paragraph)
        if not years or atom.relative == "this" \
                or _OWN_YEAR_BEFORE.search(self.text, max(0, atom.start - 16), atom.start):
            return None
        i = bisect.bisect_left(self.starts[paragraph], atom.end)
        if i == len(years):
            return None
        frame = years[i]
        if self.sentence_of(frame.start) == self.sentence_of(atom.start):
            return None  # the day's own sentence was read before (step 2's sentence)
        if sentence_is_past(self.text, frame.start, frame.end) and not sentence_is_past(self.text, atom.start, atom.end):
            return None
        return frame.year
