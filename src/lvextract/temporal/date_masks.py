"""Where no date can be: URLs, e-mails, file names, "Nr." numbers, clock times, days that open
quoted titles, years that name a street or a park, a month's word inside a short quoted name, a copyright notice's years."""
from __future__ import annotations

import re
from functools import lru_cache

from ..word_regex import gated_finditer
from . import vocabulary as vocab
from .date_patterns import DASH, FILE_NUMBER_DIGITS, HOUR, MINUTE, YEAR_GADA
from .quoted_month import quoted_month_spans
from .times import parse_times

_NUMBER_LABEL = re.compile(r"\bNr\.?\s{0,3}[^\s,;)]+", re.IGNORECASE)  # contract / document numbers
_TOKEN_CHAR = r"[^\s\"“”„«»()<>\[\]]"
# The tokens that hold "_", "@", ":" (http://) or "." (www., .pdf), which a masked token does:
# found from each token's start only (the look-behind), so that a long token is read once.
_TOKEN_WITH_MARK = re.compile(rf"(?<!{_TOKEN_CHAR}){_TOKEN_CHAR}*[_@.:]{_TOKEN_CHAR}*")
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|pptx?|jpe?g|png|zip)$", re.IGNORECASE)


# A CMS's posting date glued to the e-mail or web address that closes the text above it:
# "… e-pasts: anna@novads.lv07.09.2016." The date after the address's top-level domain stays.
_GLUED_DATE = re.compile(r"(?<=\.[a-z]{2})(?:[a-z](?=\d))?\d{2}\.\d{2}\.(?:19|20)\d{2}\.?$")


# An image's file name a caption's or a post's day is glued to: "…_attels.jpg11. jūnijā",
# "foto_1.png12.06.2019": the name stays masked, the day after its extension does not.
_GLUED_FILE_DAY = re.compile(r"\.(?:jpe?g|png|gif|webp)(?=\d{1,2}\.(?:\d{1,2}\.(?:19|20)\d{2}\.?)?$)", re.IGNORECASE)


# A photo's file name a caption's year with "gada" is glued to: "IMG_1700292015.gada 26.jūnijā": the
# name (letters, the underscore, three to seven digits) stays masked, the year after it does not
# (date_patterns.GLUED_FILE_YEAR starts the date there). Matched at the token's start, looking past its end.
_GLUED_FILE_YEAR = re.compile(r"[^\W\d]+\d{%d,%d}" % FILE_NUMBER_DIGITS + YEAR_GADA)


def _without_glued_date(m: re.Match) -> tuple[int, int]:
    file_year = _GLUED_FILE_YEAR.match(m.string, m.start())
    if file_year and file_year.end() < m.end():
        return m.start(), file_year.end()
    glued = _GLUED_DATE.search(m.group())
    if glued:
        return m.start(), m.start() + glued.start()
    file_day = _GLUED_FILE_DAY.search(m.group())
    return (m.start(), m.start() + file_day.end()) if file_day else m.span()


# A messenger's or a screenshot's file name, its extension lost on the page: "WhatsApp Image 2022-11-14
# at 1.07.26 PM", "Screenshot 2021-03-04 at 10.15.33": a date stamp with "at" and a clock whose parts
# are split by dots (a file name holds no colon). Its day dates no thing the page tells, nor lends its year.
# (an underscored one, "…_2022-11-14_at_1.07.26", is one token, masked as a file name by _masked_token.)
_FILE_STAMP = re.compile(r"(?<![\w.])(?:19|20)\d\d([- ])\d\d\1\d\d at \d{1,2}\.\d\d\.\d\d(?!\d)")


# A date a page prints after an at sign ("Publicēts @12.05.2023."): no e-mail, the date stays.
_AT_DATE = re.compile(r"@\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\.?$")


def _masked_token(token: str) -> bool:
    """URLs, e-mails and file names (programma_160517) hold digits that are no dates."""
    lower = token.lower()
    return ("_" in token or ("@" in token and not _AT_DATE.match(token)) or lower.startswith(("http://", "https://", "www."))
            or bool(_FILE_EXTENSION.search(token)))


@lru_cache(maxsize=1)
def _title_date() -> re.Pattern:
    """A day in the genitive that opens a short quoted name: "“18. novembra svinības kopienai”"
    is a project's or an event's title, not a date. The rest of the quote holds no comma or stop
    (a quoted sentence, „15. marta sēdē nolēmām, …”, keeps its date)."""
    return re.compile(rf"(?<=[“„\"«])\s?\d{{1,2}}\.\s?{vocab.alternation(vocab.genitive_forms())}"
                      rf"(?=[^\S\n][^\W\d][^“”\"«»,.;:!?\n]{{0,80}}[”\"»])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _street_name_date() -> re.Pattern:
    """A day in the genitive that names a street or an embankment: "18. novembra ielā 161",
    "11. novembra krastmalā", "4. maija laukums" are addresses, not dates."""
    words = vocab.temporal()["street_name_words"]
    streets = vocab.alternation(w for w in words if w.startswith("iel"))  # whole forms: "ielūgums" is none
    stems = vocab.alternation(w for w in words if not w.startswith("iel"))
    # (the look-behind after the first digit, "(?<![\w.])\d" read as "\d(?<![\w.]\d)": a pattern that
    # opens by reading a character is searched by skipping to the characters of its class, not tried
    # at every position)
    return re.compile(rf"\d(?<![\w.]\d)\d?\.[^\S\n]?(?:{vocab.alternation(vocab.genitive_forms())})"
                      rf"(?=[^\S\n]{{1,3}}(?:(?:{streets})(?!\w)|{stems}))", re.IGNORECASE)


@lru_cache(maxsize=1)
def _year_place_date() -> re.Pattern:
    """A year in the genitive right before a street's or a park's noun names the place:
    "1905. gada ielā", "1991. gada parkā" are places, not dates ([year_place_words])."""
    words = vocab.alternation(vocab.temporal()["year_place_words"])
    return re.compile(rf"(?<![\w.])(?:1[89]|20)\d\d\.[^\S\n]?gada(?=[^\S\n]{{1,3}}(?:{words})(?!\w))", re.IGNORECASE)


# A site's copyright notice: "© 2018-2024 Portāls.lv", "(c) 2015". Its years date nothing the page tells;
# nor where the owner's name stands between the sign and the years, "© Ozolkalne.lv 2006 - 2024",
# "© Ozolu novada dome 2019": up to four words, none a number or closing on a stop, and the year no
# date's ("… 2019. gada 5. maijā").
_COPYRIGHT_YEARS = r"(?:(?:19|20)\d\d[^\S\n]{0,2}[-–—][^\S\n]{0,2})?(?:19|20)\d\d(?!\d)"
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|[Cc]opyright)[^\S\n]{0,3}(?:" + _COPYRIGHT_YEARS
                        + r"|(?:[^\W\d][^\s]*(?<![.,;:!?])[^\S\n]{1,3}){1,4}" + _COPYRIGHT_YEARS
                        + r"(?!\.?[^\S\n]?g(?:ad|\.))(?![.,]?[^\S\n]?\d))")


@lru_cache(maxsize=1)
def _case_number() -> re.Pattern:
    """A court case's number after its noun's label and a colon, in the form of an ISO date: "Saistītā
    lieta: 2016-04-03" (the Constitutional Court's year, case and kind) is no 3 April 2016
    ([case_number_words]; "lietā Nr. …" the "Nr." label masks already). The label is the nominative
    opening its line, at most two words before it: "Tiesas sēde lietā: 2026-05-14 plkst. 10" dates a sitting."""
    words = vocab.alternation(vocab.temporal()["case_number_words"])
    return re.compile(rf"(?:^|(?<=\n))[^\S\n]*(?:[^\W\d_]+[^\S\n]+){{0,2}}(?:{words}):[^\S\n]{{0,3}}"
                      rf"(?P<number>(?:19|20)\d\d[-\u2011](?:\d\d)[-\u2011]\d\d)(?!\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _masthead_page_number() -> re.Pattern:
    """A transcript's page number opening the line before a newsletter's masthead, the issue's
    month in the nominative, its year and number after it: "1 decembris 2019 Nr. 12 (176) …" is
    page 1 of the December issue, no 1 December (a day has its dot: "1. decembris")."""
    months = vocab.alternation(vocab.month_nominatives())
    return re.compile(rf"(?:^|(?<=\n))[^\S\n]*\d{{1,3}}(?=[^\S\n]+(?:{months})[^\S\n]+(?:19|20)\d\d"
                      rf"[^\S\n]*[.•·|/]?[^\S\n]*Nr\.?[^\S\n]*\d)", re.IGNORECASE)


# A programme's slot before a colon: two clock times, the first closed by a dot ("10.10. - 11.10:").
_SLOT = re.compile(rf"(?<![\d.])(?P<h1>{HOUR})\.(?P<m1>{MINUTE})\.?[^\S\n]*{DASH}[^\S\n]*(?P<h2>{HOUR})\.(?P<m2>{MINUTE})(?=:(?!\d))")
# The slot's times are a day's hours (from _SLOT_FIRST_HOUR on), the end later, at most _SLOT_MINUTES on;
# a season's hours are looked for at most _SEASON_REACH characters after the colon, on its line.
_SLOT_FIRST_HOUR = 6
_SLOT_MINUTES = 240
_SEASON_REACH = 60


@lru_cache(maxsize=1)
def _season_hours() -> tuple[re.Pattern, re.Pattern]:
    """A weekday right after a season's colon (temporal.toml season_weekday_abbreviations, or its
    name), and an hour on the line ("no 10.00", "no 9 līdz 18")."""
    days = vocab.alternation([*vocab.temporal()["season_weekday_abbreviations"], *vocab.weekday_names()])
    return (re.compile(rf"[^\S\n]*(?:{days})\.?(?![^\W\d_])", re.IGNORECASE),
            re.compile(rf"(?<!\d){HOUR}[.:]{MINUTE}(?!\d)|(?<![^\W\d_])(?:no|līdz|plkst\.?)[^\S\n]+{HOUR}(?![\d,])",
                       re.IGNORECASE))


def _clock_slots(text: str) -> list[tuple[int, int]]:
    """"10.10. - 11.10: lekcija", "11.10. - 11.30: kafijas pauze": a programme's slot of clock times
    before a colon, no range of days; a season's range keeps its days where its hours follow the
    colon ("01.05. - 30.09: Otr, Pk no 10.00 līdz 18.00"). One scan, bounded work per match."""
    spans = []
    weekday, hour = _season_hours()
    for m in _SLOT.finditer(text):
        h1, m1, h2, m2 = (int(m[g]) for g in ("h1", "m1", "h2", "m2"))
        if not (_SLOT_FIRST_HOUR <= h1 and _SLOT_FIRST_HOUR <= h2 and 0 < (h2 - h1) * 60 + m2 - m1 <= _SLOT_MINUTES):
            continue
        colon = m.end()
        line_end = text.find("\n", colon, colon + _SEASON_REACH)
        rest_end = line_end if line_end >= 0 else min(len(text), colon + _SEASON_REACH)
        if weekday.match(text, colon + 1, rest_end) or hour.search(text, colon + 1, rest_end):
            continue  # a season's hours after the colon
        spans.append(m.span())
    return spans


def masked_spans(text: str) -> list[tuple[int, int]]:
    # One pass over white-space separated tokens, each from its start: a regex that looked for
    # "_" or "@" from every position would rescan long tokens and grow quadratically.
    spans = [_without_glued_date(m) for m in _TOKEN_WITH_MARK.finditer(text) if _masked_token(m.group())]
    spans += [(m.start(), m.end()) for m in gated_finditer(_NUMBER_LABEL, text)]  # (needs "Nr")
    spans += [(s, e) for s, e, _, _ in parse_times(text)]
    spans += [m.span() for m in _title_date().finditer(text)]
    spans += [m.span() for m in _street_name_date().finditer(text)]
    # (a scan whose every match needs a word, "Nr", "gada", "lieta", skipped on a text without it:
    # word_regex.gated_finditer)
    spans += [m.span() for m in gated_finditer(_year_place_date(), text)]
    spans += [m.span() for m in _COPYRIGHT.finditer(text)]
    spans += [m.span() for m in _FILE_STAMP.finditer(text)] if " at " in text else []
    spans += [m.span("number") for m in gated_finditer(_case_number(), text)]
    spans += _clock_slots(text) if ":" in text else []
    spans += quoted_month_spans(text)
    spans += [m.span() for m in _masthead_page_number().finditer(text)]
    return spans
