"""Years and days that frame no other day of their paragraph though they state a year
(resolve.py, RECORD.md order 2): a birth date, which tells who may take part, a lone year that
dates the start of something else, a person's start at work, a year or day after "kopš", a life's
years in brackets, a cited act's day, a year that qualifies a figure, the year of an award "of the
Year" ("2009. gada Eiropas Gada cilvēks") (`frames_days`, the frames
filter resolve.py asks). Each read from bounded windows beside the date: O(1) per atom."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import UPPER
from . import vocabulary as vocab
from .act_dates import act_date, amended_act_date, replaced_act_date
from .attribute_years import attribute_year
from .bracket_years import in_bracket_aside
from .date_atom import Atom


# A birth date tells who may take part, not when anything happens: "jaunieši, kuri dzimuši no
# 2005. gada 1. jūlija līdz 2008. gada 30. jūnijam, piesakās no 14. līdz 25. oktobrim" gives
# the application window no year (it falls to the paragraph, a range, the document date).
# A birthday or its anniversary ("dzimšanas dienā, 2019. gada 5. maijā", "dzimšanas gadadiena")
# is an occasion and stays a frame.
# Read from a bounded window before the date.
_BORN_BEFORE = re.compile(r"(?<!\w)(?:dzimu[šs]\w*|dzim[šs]anas(?![^\S\n]+(?:dien|gadadien|jubilej|svētk)))(?!\w)[^.;:\n\d]{0,20}$", re.IGNORECASE)


# A lone year that dates the start of something else is no frame for the day: "piektdien,
# 14. maijā, notika 2011. gadā aizsāktais gājiens", "biedrība, dibināta 1998. gadā, 9. jūnijā
# rīko …". A past participle of a starting verb (data) right after "gadā" or right before the
# year tells so, and so does one of a past act on people a memorial names ("pie 1941. gadā
# nošauto piemiņas vietas"). Read from bounded windows beside the year.
@lru_cache(maxsize=1)
def _participle() -> str:
    stems = vocab.alternation(vocab.temporal()["origin_participle_stems"])
    return rf"[^\W\d_]{{0,4}}(?:{stems})t(?:s|a|ais|ā|ās|ie|ajā|ajam|ajos|ajās|o|i|as|ai)"


@lru_cache(maxsize=1)
def _qualifier_patterns() -> tuple[re.Pattern, re.Pattern]:
    return (re.compile(rf"[^\S\n]{{1,3}}{_participle()}(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w){_participle()}[^\S\n]{{1,3}}$", re.IGNORECASE))


def started_then(text: str, atom: Atom) -> bool:
    after, before = _qualifier_patterns()
    return atom.grain == "year" and not atom.is_range and (
        bool(after.match(text, atom.end, atom.end + 30))
        or bool(before.search(text, max(0, atom.start - 30), atom.start)))


# … or after it: "turnīrs 2001. gadā dzimušajiem", "2008. gadā un vēlāk dzimušie", or abbreviated
# as a sports page's age group does: "2008.g.dz. un jaunāki zēni startēs 14. maijā". A list of birth
# years shares the word after its last ("2005., 2006. un 2007. gadā dzimušie"), and a wrapped line
# may part "gadā" from its participle.
_BORN_AFTER = re.compile(r"\.?(?:[^\S\n]*(?:,|[^\S\n](?:un|vai))[^\S\n]+\d{4}\.?){0,4}"
                         r"(?:[^\S\n]*(?:gadā|g\.))?(?:[^\S\n]+(?:un|vai)[^\S\n]+(?:vēlāk|agrāk|jaunāk\w*|vecāk\w*))?"
                         r"(?:[^\S\n]*\n?[^\S\n]*(?<=\s)dzimu[šs]\w*|[^\S\n]*dz(?:im)?\.)", re.IGNORECASE)


# … or inside the year's own span, its year word the birth year's abbreviation: "2007.dz.g.";
# or the word left out, an age group's bound after it: "2003. un jaunāki" (date_rules year_elided).
_BORN_ELIDED = re.compile(r"[^\S\n]{1,3}(?:un|vai)[^\S\n]{1,3}(?:jaunāk|vecāk)[^\W\d_]*", re.IGNORECASE)
_BORN_WORD = re.compile(r"dz\.[^\S\n]?g", re.IGNORECASE)


def born_before(text: str, at: int) -> bool:
    """Whether a word of birth ends right before `at` ("dzimuši 2005. gada …", "dzimušie no …"). O(1)."""
    return _BORN_BEFORE.search(text, max(0, at - 40), at) is not None


def born(text: str, atom: Atom) -> bool:
    return born_before(text, atom.start) \
        or (atom.grain == "year" and (_BORN_AFTER.match(text, atom.end, atom.end + 80) is not None
                                      or _BORN_WORD.search(text, atom.start, atom.end) is not None
                                      or _BORN_ELIDED.match(text, atom.end, atom.end + 30) is not None))


# A person's start at work or school, its day and year right after the starting verb and what was
# started ("sākusi strādāt 1971. gada 21. janvārī", "darba gaitas uzsāka 1985. gada 1. augustā"):
# a life's past, no frame for the bare days of its paragraph. Data: [career_start_*] in
# temporal.toml. Read from a bounded window before the date.
@lru_cache(maxsize=1)
def _career_start() -> re.Pattern:
    settings = vocab.temporal()
    verb = rf"(?:{vocab.alternation(settings['career_start_verbs'])})(?:{vocab.alternation(settings['career_start_past_endings'])})(?![^\W\d_])"
    started = rf"(?:{vocab.alternation(settings['career_start_objects'])})"
    return re.compile(rf"(?<!\w)(?:{verb}[^\S\n]+{started}|{started}(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+{verb})[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?$",
                      re.IGNORECASE)


def career_start(text: str, atom: Atom) -> bool:
    return atom.day is not None and atom.year is not None and not atom.is_range \
        and _career_start().search(text, max(0, atom.start - 50), atom.start) is not None


# "kopš 2004. gada" tells since when, not when: "Svētdien, 7. februārī notika festivāls, ko kopš 2004.
# gada rīko centrs" is no 2004-02-07; nor does a horizon "līdz 2030. gadam" ("9. oktobrī prezentēs
# plānu līdz 2030. gadam"). Read from a bounded window before the year.
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:(?P<since>kopš)|līdz(?:\s{1,3}pat)?)\s{1,3}$", re.IGNORECASE)


def since(text: str, atom: Atom) -> bool:
    return bool(_SINCE_BEFORE.search(text, max(0, atom.start - 8), atom.start))


# A day after "kopš" starts a state that lasts till the writing ("direktore strādā kopš 1999. gada
# 1. septembra … dokumentus var iesniegt līdz 8. aprīlim"): the bare days beside it are the
# writing's, not that past year's, so it frames none in its paragraph either.
def since_day(text: str, atom: Atom) -> bool:
    if atom.month is None:
        return False
    m = _SINCE_BEFORE.search(text, max(0, atom.start - 8), atom.start)
    return m is not None and m["since"] is not None


# A year's genitive before the title of an award "of the Year" ("2009. gada Eiropas Gada cilvēks",
# "2018. gada Ozolu novada Gada balva"): the year the title is for, no year of the sentence's day,
# with a dateline or without one. At most three capitalised words between ("Eiropas", "Ozolu
# novada"); the title's "Gada" is capitalised.
_YEAR_TITLE_AFTER = re.compile(rf"(?:[^\S\n]+(?:[{UPPER}][^\W\d_]*|novada|pilsētas|pagasta)){{0,3}}"
                               r"[^\S\n]+Gada[^\S\n]+[^\W\d_]")


def year_title(text: str, atom: Atom) -> bool:
    return atom.grain == "year" and not atom.is_range and text[atom.start:atom.end].endswith("gada") \
        and _YEAR_TITLE_AFTER.match(text, atom.end, atom.end + 80) is not None


def frames_days(text: str, atom: Atom, document_year: int | None) -> bool:
    """Whether a date that states its year (and is neither commemorated nor a report's year, which
    resolve.py knows) frames the bare days of its sentence and paragraph: no birth date, no life's
    years in brackets, no amended or replaced act's day, no day after "kopš", no start at work; where
    the text has a dateline, no cited act's day nor a year that qualifies a figure."""
    return not (born(text, atom) or in_bracket_aside(text, atom) or amended_act_date(text, atom)
                or replaced_act_date(text, atom) or year_title(text, atom)
                or since_day(text, atom) or career_start(text, atom)
                or (document_year is not None and (act_date(text, atom) or attribute_year(text, atom))))


def frames_its_sentence(text: str, atom: Atom, document_year: int | None = None) -> bool:
    """Whether a frame frames its sentence too: not a range of years, nor a lone year after "kopš"
    or "līdz", nor one that dates another thing's start. Where the text has no document date, RECORD's
    step 2 takes the nearest date that states a year: a bound ("kopš 1993. gada", "līdz 2030. gadam")
    and a plan's period "for" its years (`plan_period`) count then (docs/record.md, "Nearest" at step 2)."""
    if atom.grain != "year" or started_then(text, atom):
        return atom.grain != "year"
    if atom.is_range:
        return document_year is None and plan_period(text, atom)
    return document_year is None or not since(text, atom)


# A plan's or programme's period in the dative, "for" those years ("programma 2021.–2027. gadam",
# "plāns laikā no 2024. līdz 2028. gadam"): it is drafted and discussed as it starts, so a bare day
# of its sentence takes its first year where the text has no document date. Not a period told in
# the locative ("projektiem 2014.–2020. gadā": the day comes after it), nor one in a name ("grantu
# 2009-2014 programmas", "Gada balva 2022 / 2023").
_FOR_YEARS = re.compile(r"\.?[^\S\n]{0,2}gadam(?!\w)", re.IGNORECASE)


def plan_period(text: str, atom: Atom) -> bool:
    return (text[atom.start:atom.end].lower().endswith("gadam") or _FOR_YEARS.match(text, atom.end, atom.end + 10) is not None) \
        and _framework().match(text, atom.end, atom.end + _FRAMEWORK_REACH) is None


# … nor one the clause puts something within ("programmas 2007.–2013. gadam … ietvaros"): the name of
# a programme a project is done under (temporal.toml framework_words). Bounded: the clause's next
# _FRAMEWORK_REACH characters, no sentence end, comma or bracket between.
_FRAMEWORK_REACH = 120


@lru_cache(maxsize=1)
def _framework() -> re.Pattern:
    return re.compile(rf"[^.!?;,()\n]*?(?<!\w)(?:{vocab.alternation(vocab.temporal()['framework_words'])})(?!\w)",
                      re.IGNORECASE)
