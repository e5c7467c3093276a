"""Periodicals' dates: a periodical cited with its issue's date ("Publicēts oficiālajā laikrakstā
"Latvijas Vēstnesis", 25.03.1998."), a site sending the reader to the printed issue, and a
newsletter's masthead ("Novada vēstnesis 2010. gada augusts", "2011. gada marts Nr. 3", a transcript's
"1 decembris 2019 Nr. 12 (176) …"), a pointer to the printed issue with its date in the genitive ("Vairāk
lasiet laikraksta “X” 2020. gada 24. jūlija numurā") or named by its day ("lasiet ceturtdienas, 7.jūlija,
«Zemgales Ziņās»"). The date is the issue's; document_date weighs it. Split from publication_fields by
concern; O(1) regexes per date, each reading its own line or a bounded window."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .page_furniture import WORD
from ..latvian.orthography import UPPER


def _cited_periodical(lead_words: str, between: str, tail: str) -> re.Pattern:
    """A lead word (temporal.toml [document_date] `lead_words`), `between`, a periodical's word
    and its quoted name, then `tail`, ending where the date begins."""
    settings = vocab.temporal()["document_date"]
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(settings[lead_words])})\s+{between}"
                      rf"(?:{vocab.alternation(settings['periodical_words'])})\s+[\"“„«][^\"”»\n]{{1,80}}[\"”»]+{tail}$",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def periodical_citation() -> re.Pattern:
    """"Publicēts oficiālajā laikrakstā "Latvijas Vēstnesis", 25.03.1998.": the label, the
    periodical and its quoted name right before the date, which is the issue's."""
    return _cited_periodical("publication_labels", r"(?:\w+\s+)?", r"\s*,?\s*")


@lru_cache(maxsize=None)
def printed_issue() -> re.Pattern:
    """A newspaper's site sends the reader to the printed issue, its number and date in brackets:
    "Turpinājumu lasiet laikrakstā "Ezerzeme" Nr. 16 (23.02.2018.)" — the issue that printed the
    text (the posting stamp at the page's head, where there is one, is the page's own date)."""
    return _cited_periodical("read_in_issue_words", "", r"\s*Nr\.?\s*\d+\s*\(\s*")


# An issue's number: "Nr. 11", "nr.3 (245)".
_ISSUE_NUMBER = r"(?i:nr)\.?[^\S\n]*\d+(?:[^\S\n]*\(\d+\))?"
# A file host prints the uploader after the issue's line, past a spaced dash: "… Nr.10 - Jelgavas
# rajona padome", "… augusts - Madona.lv" — a name of words (a site's dot allowed), no sentence
# (no figures, no full stop closing it).
_PUBLISHER_TAIL = r"(?:[^\S\n]+[-–—][^\S\n]+[^\W\d_](?:[^\W\d_]|[ «»\"“”'-]|\.(?=[^\W\d_])){0,58}?)?"
# The issue's number after its date, maybe after a bullet ("novembris/ 2018 • NR.11") or with
# the running count in brackets ("Nr.9 (23)"), closing the line but for the uploader's name.
_ISSUE_NUMBER_AFTER = re.compile(r"[^\S\n]*[.•·|/]?[^\S\n]*(?i:nr)\.?[^\S\n]*\d+[\w/.-]*(?:[^\S\n]*\(\d+\))?"
                                 + _PUBLISHER_TAIL + r"[^\S\n]*(?:<br\s*/?>)?[^\S\n]*$")
# The number before the date, the date closing the line: "Nr. 11 (245) 2015. gada novembris".
_ISSUE_NUMBER_BEFORE = re.compile(r"[^\S\n]*" + _ISSUE_NUMBER + r"[^\S\n]*[,•·|/]?[^\S\n]*")
# No number: the masthead's noun right before the date and nothing after it but the uploader.
_NOUN_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]*[/|]?[^\S\n]*$")
_LINE_CLOSED = re.compile(_PUBLISHER_TAIL + r"[^\S\n]*$")
# A masthead broken over lines (a PDF's text layer): the issue's number alone on the next or the
# previous line ("2011. gada oktobris" / "Nr. 10 (55)"), or the newsletter's noun closing the line above.
_ISSUE_NUMBER_LINE = re.compile(r"[^\S\n]*" + _ISSUE_NUMBER + r"[^\S\n]*$")
# The masthead's noun opening the line, the periodical's name, the issue's number before the date:
# "Laikraksts Latvietis Nr. 456, 2017. g. 19. apr." (the date closing the line).
_NOUN_NAME_NUMBER = re.compile(r"[^\S\n]*([^\W\d_]+)[^\S\n]+[^\n]{1,60}?[^\S\n]" + _ISSUE_NUMBER
                               + r"[^\S\n]*[,•·|/]?[^\S\n]*")
# A transcript's page number may open the line before the masthead's date ("1 2020. gada jūnijs").
_ISSUE_NUMBER_OPENING = re.compile(r"[^\S\n]*(?:\d{1,3}[^\S\n]+)?")
# The issue's number right after the date, the page's text going on after it on the same line
# (a bullet or a slash between them; none where the page's number opens the line: "1 decembris 2019
# Nr. 12 (176) Virsraksts …", _PAGE_NUMBER_OPENING).
_ISSUE_NUMBER_GLUED = re.compile(r"[^\S\n]*[•·|/][^\S\n]*" + _ISSUE_NUMBER + r"(?=[^\S\n])")
_PAGE_NUMBER_OPENING = re.compile(r"[^\S\n]*\d{1,3}[^\S\n]+")
# (the headline after it opens with a capital: a sentence going on, "… Nr. 3 bija pirmais …", is no masthead)
_ISSUE_NUMBER_RUN_ON = re.compile(r"[^\S\n]*" + _ISSUE_NUMBER + rf"[^\S\n]+(?=[\"“„«]?[{UPPER}])")


# A masthead's line of its noun and the periodical's quoted name alone ("žurnāls «Rosme»").
_NOUN_AND_NAME = re.compile(r"[^\S\n]*([^\W\d_]+)[^\S\n]+[«\"“„][^»\"”\n]{1,60}[»\"”][^\S\n]*")
# How far either side of the date's line the masthead's other line is read (bounded: O(1) per date).
_BESIDE_REACH = 200


def _masthead_line_beside(text: str, line_start: int, line_end: int, nouns: set[str]) -> bool:
    """Whether the nearest non-blank line below or above the date's line is the issue's number
    alone, or the line above ends with the newsletter's noun ("Novada vēstnesis" / "2010. gada
    augusts")."""
    below = text[line_end:line_end + _BESIDE_REACH].lstrip("\n").split("\n", 1)[0]
    above = text[max(0, line_start - _BESIDE_REACH):line_start].rstrip("\n").rsplit("\n", 1)[-1]
    if _ISSUE_NUMBER_LINE.match(below) or _ISSUE_NUMBER_LINE.match(above):
        return True
    above_words = WORD.findall(above)
    if bool(above_words) and above_words[-1].lower() in nouns:
        return True
    # the noun and the periodical's quoted name: "žurnāls «Rosme»" / "Decembris, 2018"
    named = _NOUN_AND_NAME.fullmatch(above)
    return named is not None and named.group(1).lower() in nouns


def masthead_issue(text: str, line_start: int, line_end: int, date_start: int, date_end: int) -> bool:
    """A newsletter's masthead: its noun before the issue's date in the nominative and the issue's
    number after it, closing the line ("Pagasta padomes informatīvs izdevums 2007.gada 15.decembris
    Nr.154"; [document_date] masthead_nouns). An issue line of its own, the date and the number
    alone, needs no noun: "2011. gada marts Nr. 3" (a monthly issue, dated with its month). With
    no number the noun stands right before the date and the line closes after it: "Novada
    vēstnesis 2010. gada augusts"; a number before the date opens the line: "Nr. 11 (245) 2015.
    gada novembris"."""
    words = [w.lower() for w in WORD.findall(text[date_start:date_end])]
    # the month in the nominative, or cut short, which has no case ("2017. g. 19. apr.")
    if not any(w in vocab.month_nominatives() or w + "." in vocab.month_abbreviations() for w in words):
        return False
    nouns = set(vocab.temporal()["document_date"]["masthead_nouns"])
    named = _NOUN_NAME_NUMBER.fullmatch(text, line_start, date_start)
    if named is not None and named.group(1).lower() in nouns and _LINE_CLOSED.match(text, date_end, line_end):
        return True  # "Laikraksts Latvietis Nr. 456, 2017. g. 19. apr.": the paper's line of its issue
    if _ISSUE_NUMBER_OPENING.fullmatch(text, line_start, date_start) and _ISSUE_NUMBER_GLUED.match(text, date_end, line_end):
        return True  # a transcript runs the masthead into the page: "1 2020. gada jūnijs / Nr. 5 (141) Virsraksts …"
    if _PAGE_NUMBER_OPENING.fullmatch(text, line_start, date_start) and _ISSUE_NUMBER_RUN_ON.match(text, date_end, line_end):
        return True  # … its page's number before the date, no sign before the issue's: "1 decembris 2019 Nr. 12 (176) …"
    if _ISSUE_NUMBER_AFTER.match(text, date_end, line_end) is None:
        if not text[line_start:date_start].strip() and _LINE_CLOSED.match(text, date_end, line_end):
            if _masthead_line_beside(text, line_start, line_end, nouns):
                return True
        if _ISSUE_NUMBER_BEFORE.fullmatch(text, line_start, date_start):
            return _LINE_CLOSED.match(text, date_end, line_end) is not None
        noun = _NOUN_BEFORE.search(text, max(line_start, date_start - 60), date_start)
        return noun is not None and noun.group(1).lower() in nouns and _LINE_CLOSED.match(text, date_end, line_end) is not None
    if not text[line_start:date_start].strip():
        return True
    return any(w.lower() in nouns for w in WORD.findall(text[max(line_start, date_start - 120):date_start]))


@lru_cache(maxsize=None)
def _issue_of_periodical() -> tuple[re.Pattern, re.Pattern]:
    """The read word, the periodical's genitive and its quoted name before the date; the issue's
    noun right after it ([document_date] periodical_genitives, issue_nouns)."""
    settings = vocab.temporal()["document_date"]
    before = re.compile(rf"(?<!\w)(?:{vocab.alternation(settings['read_in_issue_words'])})\s+"
                        rf"(?:{vocab.alternation(settings['periodical_genitives'])})\s+[\"“„«][^\"”»\n]{{1,80}}[\"”»]+\s*,?\s*$",
                        re.IGNORECASE)
    after = re.compile(rf"[^\S\n]+(?:{vocab.alternation(settings['issue_nouns'])})(?!\w)", re.IGNORECASE)
    return before, after


def issue_of_periodical(text: str, line_start: int, date_start: int, date_end: int) -> bool:
    """The pointer to the printed issue said with the date in the genitive before the issue's noun:
    "Vairāk lasiet laikraksta “Zemgale” 2020. gada 24. jūlija numurā." — the issue that printed
    the text, as "… laikrakstā "X" Nr. 16 (23.02.2018.)" is (printed_issue)."""
    before, after = _issue_of_periodical()
    return after.match(text, date_end) is not None and before.search(text, max(line_start, date_start - 160), date_start) is not None


@lru_cache(maxsize=1)
def _pointer_before_day() -> tuple[re.Pattern, re.Pattern]:
    """The read word, maybe the periodical's noun in the genitive ("lasiet laikraksta otrdienas,
    21. jūlija, numurā"), maybe the issue's weekday in the genitive, right before its day; the
    periodical's quoted name (in the locative) or the issue's noun right after it ([document_date]
    read_in_issue_words, periodical_genitives)."""
    settings = vocab.temporal()["document_date"]
    reads = vocab.alternation(settings["read_in_issue_words"])
    periodical = vocab.alternation(settings["periodical_genitives"])
    weekdays = "|".join(vocab.weekday_forms(2))
    before = re.compile(rf"(?<!\w)(?:{reads})[^\S\n]+(?:(?:{periodical})[^\S\n]+)?"
                        rf"(?:(?:{weekdays})[^\S\n]*,[^\S\n]*)?$", re.IGNORECASE)
    # the name, or the issue's noun right after the day ("Visu rakstu lasiet 28. aprīļa numurā.")
    nouns = vocab.alternation(settings["issue_nouns"])
    after = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:[«\"“„][^»\"”\n]{{1,60}}[»\"”]|(?:{nouns})(?!\w))", re.IGNORECASE)
    return before, after


# How far before the day the read word, the periodical's noun and the weekday may stand.
_POINTER_REACH = 60


def issue_pointer_day(text: str, days: list[Atom]) -> Atom | None:
    """The day of a pointer to the printed issue that names the issue by its day, the periodical's
    name or the issue's noun after it: "Visu rakstu lasiet ceturtdienas, 7.jūlija, «Zemgales Ziņās»",
    "Visu rakstu lasiet 28. aprīļa numurā" — the issue that
    printed the text, with its year or without (then the document's day of unknown year, as an
    agency's dateline gives it). The last such day in the text; `days`: its dates of a day, sorted."""
    before, after = _pointer_before_day()
    for atom in reversed(days):
        if after.match(text, atom.end) and before.search(text, max(0, atom.start - _POINTER_REACH), atom.start):
            return atom
    return None
