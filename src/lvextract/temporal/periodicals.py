"""Periodicals' dates: a periodical cited with its issue's date ("Publicēts oficiālajā laikrakstā
"Latvijas Vēstnesis", 25.03.1998."), a site sending the reader to the printed issue, and a
newsletter's masthead ("Novada vēstnesis 2010. gada augusts", "2011. gada marts Nr. 3"). The date
is the issue's; document_date weighs it. Split from publication_fields by concern."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .page_furniture import WORD


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


# A file host prints the uploader after the issue's line, past a spaced dash: "… Nr.10 - Jelgavas
# rajona padome", "… augusts - Madona.lv" — a name of words (a site's dot allowed), no sentence
# (no figures, no full stop closing it).
_PUBLISHER_TAIL = r"(?:[^\S\n]+[-–—][^\S\n]+[^\W\d_](?:[^\W\d_]|[ «»\"“”'-]|\.(?=[^\W\d_])){0,58}?)?"
# The issue's number after its date, maybe after a bullet ("novembris/ 2018 • NR.11") or with
# the running count in brackets ("Nr.9 (23)"), closing the line but for the uploader's name.
_ISSUE_NUMBER_AFTER = re.compile(r"[^\S\n]*[.•·|/]?[^\S\n]*(?i:nr)\.?[^\S\n]*\d+[\w/.-]*(?:[^\S\n]*\(\d+\))?"
                                 + _PUBLISHER_TAIL + r"[^\S\n]*(?:<br\s*/?>)?[^\S\n]*$")
# The number before the date, the date closing the line: "Nr. 11 (245) 2015. gada novembris".
_ISSUE_NUMBER_BEFORE = re.compile(r"[^\S\n]*(?i:nr)\.?[^\S\n]*\d+(?:[^\S\n]*\(\d+\))?[^\S\n]*[,•·|/]?[^\S\n]*")
# No number: the masthead's noun right before the date and nothing after it but the uploader.
_NOUN_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]*[/|]?[^\S\n]*$")
_LINE_CLOSED = re.compile(_PUBLISHER_TAIL + r"[^\S\n]*$")
# A masthead broken over lines (a PDF's text layer): the issue's number alone on the next or the
# previous line ("2011. gada oktobris" / "Nr. 10 (55)"), or the newsletter's noun closing the line above.
_ISSUE_NUMBER_LINE = re.compile(r"[^\S\n]*(?i:nr)\.?[^\S\n]*\d+(?:[^\S\n]*\(\d+\))?[^\S\n]*$")
# A transcript's page number may open the line before the masthead's date ("1 2020. gada jūnijs").
_ISSUE_NUMBER_OPENING = re.compile(r"[^\S\n]*(?:\d{1,3}[^\S\n]+)?")
# The issue's number right after the date, the page's text going on after it on the same line.
_ISSUE_NUMBER_GLUED = re.compile(r"[^\S\n]*[•·|/][^\S\n]*(?i:nr)\.?[^\S\n]*\d+(?:[^\S\n]*\(\d+\))?(?=[^\S\n])")


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
    return bool(above_words) and above_words[-1].lower() in nouns


def masthead_issue(text: str, line_start: int, line_end: int, date_start: int, date_end: int) -> bool:
    """A newsletter's masthead: its noun before the issue's date in the nominative and the issue's
    number after it, closing the line ("Pagasta padomes informatīvs izdevums 2007.gada 15.decembris
    Nr.154"; [document_date] masthead_nouns). An issue line of its own, the date and the number
    alone, needs no noun: "2011. gada marts Nr. 3" (a monthly issue, dated with its month). With
    no number the noun stands right before the date and the line closes after it: "Novada
    vēstnesis 2010. gada augusts"; a number before the date opens the line: "Nr. 11 (245) 2015.
    gada novembris"."""
    words = [w.lower() for w in WORD.findall(text[date_start:date_end])]
    if not any(w in vocab.month_nominatives() for w in words):
        return False
    nouns = set(vocab.temporal()["document_date"]["masthead_nouns"])
    if _ISSUE_NUMBER_OPENING.fullmatch(text, line_start, date_start) and _ISSUE_NUMBER_GLUED.match(text, date_end, line_end):
        return True  # a transcript runs the masthead into the page: "1 2020. gada jūnijs / Nr. 5 (141) Virsraksts …"
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
