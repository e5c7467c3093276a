"""Bylines beside a dateline: an author's name before or after the date keeps the line a
dateline ("Anna Liepa, 11/09/2019", "Autors: Anna Liepa, 12.03.2019", "Posted By Anna Liepa On
…", a closing "10.05.2012., Anna Liepa, speciāliste", a name alone after it "12.03.2018. Anna Liepa"). Split from document_date by concern."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import LOWER, UPPER
from . import vocabulary as vocab

# A journalist's name and a comma before the date, without a label: "Anna Liepa, 11/09/2019";
# or a column's gap of two blanks or more instead of the comma ("Anna Liepa    11.09.2019").
# The first word must be a given name the name data knows ("Lielā Talka, 22.04.2023" is a heading).
# The name part, a given name (group 1) and a surname, shared with _CMS_AUTHOR.
_NAME = rf"\s*([{UPPER}][{LOWER}]+)[^\S\n][{UPPER}][{LOWER}-]+"
_NAME_BYLINE = re.compile(_NAME + r"(?:,[^\S\n]*|[^\S\n]{2,})")


# The author's name right before a CMS's posting day, one blank between: "Anna Liepa 24.Jūlijs, 2023".
_CMS_AUTHOR = re.compile(_NAME + r"[^\S\n]+")


def cms_author(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only an author's name (a given name the name data knows, a surname)."""
    return _given_name_first(_CMS_AUTHOR, text, start, end)


def _given_name_first(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the pattern whole and its first group a given name the name data knows."""
    from ..latvian.names import is_given_name

    m = pattern.fullmatch(text, start, end)
    return bool(m) and is_given_name(m.group(1))


def name_byline(text: str, start: int, end: int, stamped: bool = False) -> bool:
    """Whether text[start:end] is a journalist's name before the date. With `stamped` (a posting
    stamp's odd minute follows the date: "Rinta Ozoliņa, 26.08.2010. 16:52") the line is a
    posting's byline whatever the given name: the name data may not know it."""
    if stamped:
        return _NAME_BYLINE.fullmatch(text, start, end) is not None
    return _given_name_first(_NAME_BYLINE, text, start, end) or _given_name_first(_SIGNED_BYLINE, text, start, end)


@lru_cache(maxsize=None)
def posted_by() -> re.Pattern:
    """A blog's print byline before the date: the label, the author's name (capitalised words)
    and the joiner ("Posted By Anna Liepa On "): the posting date, whatever follows it."""
    settings = vocab.temporal()["document_date"]
    return re.compile(rf"\W*(?i:{vocab.alternation(settings['posted_by_labels'])})[^\S\n]+"
                      rf"(?:[{UPPER}][\w.-]*[^\S\n]+){{1,3}}(?i:{vocab.alternation(settings['posted_by_joiners'])})[^\S\n]+")


@lru_cache(maxsize=None)
def byline_pattern() -> re.Pattern:
    """An author's byline before the date on its line: the label and at most three capitalised words."""
    settings = vocab.temporal()["document_date"]
    labels = vocab.alternation(settings["author_labels"])
    objects = vocab.alternation(settings["author_label_objects"])
    # "Informāciju sagatavoja: Anna Liepa, sabiedrisko attiecību speciāliste, 12.03.2009.": what
    # was prepared before the label, the author's role after the name.
    # The role only after a full name, and no relative clause ("Autors: Dace, kura ieradīsies …").
    word = rf"(?-i:[{UPPER}][\w.-]*\s*)"
    role = r"[^\S\n]*,[^\S\n]*(?!(?:kas|kur\w*)\b)[^\W\d_][^\d\n,.;:!?]{0,60}"
    return re.compile(rf"\W*(?:(?:{objects})\.?[^\S\n]+)?(?:{labels})\s*:?\s*(?:{word}{{2,3}}(?:{role})?|{word}{{1,3}})"
                      rf"[,|/–-]?\s*", re.IGNORECASE)


# An author's given name (group 1: the name data must know it) and surname, and a role after a comma.
_FULL_NAME = rf"([{UPPER}][{LOWER}]+)[^\S\n]+[{UPPER}][{LOWER}-]+"
_ROLE = r"[^\S\n]*,[^\S\n]*[^\W\d_][^\d\n,.;:!?]{0,%d}"
# A closing signature: the date, then the author's name and at most a role ("10.05.2012., Anna
# Liepa, projekta vadītāja").
_CLOSING_BYLINE = re.compile(rf"\.?[^\S\n]*,[^\S\n]*{_FULL_NAME}(?:{_ROLE % 60})?[.\s]*")
# An author's signature on a line of its own: the name, a comma and the role, no sentence
# ("Anna Liepa, Attīstības nodaļas projektu speciāliste"), as a press release prints it above
# its date.
_SIGNATURE = re.compile(rf"\s*{_FULL_NAME}{_ROLE % 100}")
# The same signature with the date after its role on one line, as a press release closes: "Anna
# Liepa, Ozolu novada domes sabiedrisko attiecību speciāliste, 12.02.2009." (name_byline). A
# relative clause after the name is a sentence, no role ("Anna Liepa, kura vada pulciņu, …").
_SIGNED_BYLINE = re.compile(rf"\s*{_FULL_NAME}[^\S\n]*,[^\S\n]*(?!(?i:kas|kur\w*|kam|ko)\b)"
                            rf"[^\W\d_][^\d\n,.;:!?]{{0,100}}[^\S\n]*,[^\S\n]*")


def signature_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an author's name and role alone: a byline, no cut sentence."""
    return _given_name_first(_SIGNATURE, text, start, end)


# The author's name after the date, alone on the rest of the line, no comma: a byline set under the
# lead ("29.10.2021. Inga Kalna"). Only a given name the name data knows, then a surname.
_NAME_AFTER = re.compile(rf"\.?[^\S\n]+{_FULL_NAME}[^\S\n]*")


def name_after(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the rest of the date's line, is only an author's full name."""
    return _given_name_first(_NAME_AFTER, text, start, end)


def closing_byline(text: str, start: int, end: int) -> bool:
    return _given_name_first(_CLOSING_BYLINE, text, start, end) or _labelled_closing().fullmatch(text, start, end) is not None


@lru_cache(maxsize=None)
def _labelled_closing() -> re.Pattern:
    """A closing date, a separator and a labelled author ("15.04.2019. / Autors: Anna Liepa"):
    the label says it is a byline, whatever the name data knows."""
    return vocab.document_date_pattern(r"\.?[^\S\n]*[,/|–-][^\S\n]*(?i:{author_labels})[^\S\n]*:[^\S\n]*"
                                       rf"(?:[{UPPER}][\w.-]*[^\S\n]*){{1,3}}(?:{_ROLE % 60})?[.\s]*")


# A rubric, then the author's name, right before the date, no comma needed: "Kultūra Anna Liepa
# 3. marts, 2023". The rubric must be a section name the data knows ([document_date] button_words)
# and the name a given name the name data knows, so a headline's words do not pass.
_RUBRIC_BYLINE = re.compile(rf"\s*([{UPPER}][{LOWER}]+)[^\S\n]+([{UPPER}][{LOWER}]+)"
                            rf"[^\S\n]+[{UPPER}][{LOWER}-]+[^\S\n]*[,|/]?[^\S\n]*")


def rubric_byline(text: str, start: int, end: int) -> bool:
    from ..latvian.names import is_given_name

    m = _RUBRIC_BYLINE.fullmatch(text, start, end)
    return bool(m) and m.group(1).lower() in vocab.temporal()["document_date"]["button_words"] \
        and is_given_name(m.group(2))


# A news site's domain as the source before the date: "easyegt.lv, 12.06.2008. 17:21" (a portal
# reprinting a local site's story). A web address's host, a comma or blanks, then the date.
SOURCE_DOMAIN = r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:lv|com|net|org|eu|info)"
_SOURCE_BYLINE = re.compile(rf"\s*{SOURCE_DOMAIN}[^\S\n]*,?[^\S\n]*", re.IGNORECASE)


def source_byline(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a source site's domain before the date."""
    return _SOURCE_BYLINE.fullmatch(text, start, end) is not None


# A portal's source and its posting clock before the date, the date closing the line: "Druva
# 09:21, 31.10.2022", "Portāls 09:15, 04.03.2022" (a regional paper's stamp under the headline).
# The comma after the clock parts it from the date, as an event's "19:00 04.03." never is; an
# occurrence's hour or half hour ("Koncerts 19:00, 17.06.2023") is no posting's minute.
_CLOCKED_SOURCE = re.compile(rf"\s*(?:[{UPPER}][\w.-]*[^\S\n]+){{1,3}}(?:[01]?\d|2[0-3]):(?P<min>[0-5]\d)[^\S\n]*,[^\S\n]*")


def clocked_source(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a source's name and its posting clock before the date."""
    m = _CLOCKED_SOURCE.fullmatch(text, start, end)
    return m is not None and m["min"] not in ("00", "30")


# The date of a source's posting stamp that fills its line: "LETA 02:26, 31.12.2022".
_STAMP_DAY = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\.?[^\S\n]*")


def clocked_stamp_line(line: str) -> bool:
    """Whether the line is a source's posting stamp and nothing else ("LETA 02:26, 31.12.2022"): a
    name-day widget right above it does not make it the widget's today."""
    m = _CLOCKED_SOURCE.match(line)
    return m is not None and m["min"] not in ("00", "30") and _STAMP_DAY.fullmatch(line, m.end()) is not None
