"""The Latvian date grammar: calendar expressions in raw text → `Atom`s (unresolved years).

Two levels. Level one runs one regex per surface form (day + month name in any case,
numeric dates, day ranges, year ranges, lists, months) and keeps the longest match where
several overlap. Level two joins two neighbouring atoms into one range when only a dash
or "no … līdz …" stands between them. Years the text leaves out stay None here; the
resolver fills them from a frame or the document date.

Every regex is linear: no quantified group contains another unbounded quantifier that
could match the same characters, so long runs of digits and dots cannot backtrack.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from ..spans import Intervals
from . import vocabulary as vocab
from .times import parse_times


@dataclass(frozen=True)
class Atom:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    relative: str | None = None  # this / next / previous / same: the year is relative to the document
    rule: str = ""  # which grammar rule produced it (for debugging and tests)

    @property
    def is_range(self) -> bool:
        return self.end_year is not None or self.end_month is not None or self.end_day is not None

    @property
    def grain(self) -> str:
        return "day" if self.day else "month" if self.month else "year"


YEAR = r"(?:19|20)\d\d"
HISTORIC_YEAR = r"1[0-8]\d\d"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
MONTH_NUMBER_PADDED = r"(?:1[0-2]|0[1-9])"
# Not glued to a word, a path or an e-mail, nor the tail of a dotted number ("8.3.3.").
# A date glued to "līdz" / "kopš" ("līdz2018.gada 5.maijam", as some CMS print it) starts too.
GLUED_BEFORE = r"(?<=[lL][īĪ][dD][zZ]|[kK][oO][pP][šŠ])"
START = rf"(?:(?<![\w/@])|{GLUED_BEFORE})(?<!\d[.,:/-])"
NUMBER_END = r"(?![\d/])(?![.,]\d)"
# START where the rule then reads a digit. Said first, so that the scan for rule starts tries
# these rules only at digits (see _rule_starts and vocab.word_start_scan).
DIGIT_START = rf"(?=\d){START}"
DASH = r"[-–—]"
MONTH_END = r"(?!(?-i:[a-zāčēģīķļņšūž0-9_]))"
CURRENCY_BEFORE = re.compile(r"(?:eur|eiro|euro|€)\s*$", re.IGNORECASE)
# Short units end their word: "2021 Latvijas …", "2021 Hanzas …" are no amounts ("lat" once read
# "Latvijas" on the next line as lats and dropped a dateline's year). On the same line only.
UNIT_WORDS = (r"eiro|euro|eur(?!\w)|€|%|procent|cilvēk|dalībniek|gab(?:\.|al)|km(?!\w)|kg(?!\w)|m2(?!\w)|ha(?!\w)|stund|"
              r"minūt|gad|milj|tūkst|lat(?:s|i|u|iem|os|ā)?(?!\w)|ls(?!\w)")
UNIT_AFTER = re.compile(rf"[^\S\n]*(?:{UNIT_WORDS})", re.IGNORECASE)


def _relative_kind(word: str) -> str | None:
    word = re.sub(r"\s+", " ", word.lower())
    rel = vocab.temporal()["relative_year"]
    for kind in ("this", "next", "previous", "same"):
        if word in rel[kind]:
            return kind
    if re.sub(r"\s+", "", word) in {re.sub(r"\s+", "", a) for a in rel["this_abbreviations"]}:
        return "this"
    for kind, adverbs in rel["adverbs"].items():
        if word in adverbs:
            return kind
    return None


@lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    rel = vocab.temporal()["relative_year"]
    rel_words = vocab.alternation(rel["this"] + rel["next"] + rel["previous"] + rel["same"])
    rel_abbr = vocab.alternation(rel["this_abbreviations"] + [a for words in rel["adverbs"].values() for a in words])
    words = vocab.temporal()["year_words"]
    year_word = rf"(?:{vocab.alternation(w for w in words if not w.endswith('.'))}(?!\w)|{vocab.alternation(w for w in words if w.endswith('.'))})"
    names = vocab.alternation(vocab.month_forms())
    abbrs = vocab.alternation(vocab.month_abbreviations())
    return {
        "year_word": year_word,
        # "2014. gada ", "2014.gada", "2014.g. " before a day or a month
        # A historic year needs its dot: "1236.gada 22.septembrī" is one date, "1236 gada" a count.
        "year_prefix": rf"(?P<py>{YEAR}|{HISTORIC_YEAR}(?=\s*\.))\s*\.?\s*(?:gada|g\.)\s*",
        # "šā gada ", "tā paša gada ", "š.g. "
        "rel_prefix": rf"(?:(?P<rel>{rel_words})\s+(?:gada|gadā|g\.)(?!\w)\s*|(?P<rela>{rel_abbr})(?:(?<=\.)|(?!\w))\s*)",
        # A capital glued after the month is the next field of a run-together line ("27. jūlijāNr. 46").
        "month": rf"(?P<mon>{names}{MONTH_END}|{abbrs})",
        "month_name": rf"(?P<mon>{names}){MONTH_END}",
        "nominatives": vocab.alternation(vocab.month_nominatives()),
        # "5. marts, 2019", "5. maijā 2019. gadā" (a year after the day and month)
        "year_suffix": rf"(?:,?\s*(?P<sy>{YEAR})(?:\s*\.?\s*{year_word})?{NUMBER_END})",
    }


def _month_number(word: str) -> int:
    word = word.lower()
    return vocab.month_forms().get(word) or vocab.month_abbreviations()[word]


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    # A table, not calendar.monthrange (a tenth of the grammar's time on date-dense text); an
    # unknown year counts as a leap year, so 29.02. stays valid.
    last = 29 if month == 2 and (year is None or calendar.isleap(year)) else _MONTH_DAYS[month - 1]
    return 1 <= day <= last


def _year_of(m: re.Match) -> tuple[int | None, str | None]:
    """The year stated before or after a day+month match, or the relative word."""
    groups = m.re.groupindex
    if "py" in groups and m.group("py"):
        return int(m.group("py")), None
    if "sy" in groups and m.group("sy"):
        if m.end() == m.end("sy") and UNIT_AFTER.match(m.string, m.end()):
            return None, None  # "5. maijā, 2000 eiro": an amount, not a year
        return int(m.group("sy")), None
    if "rel" in groups and (m.group("rel") or m.group("rela")):
        return None, _relative_kind(m.group("rel") or m.group("rela"))
    return None, None


# ---------------------------------------------------------------- level one: rules

Rule = tuple[str, re.Pattern, Callable[[re.Match], list[Atom]]]


def _day_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    if m.group("sy") and year is None:
        return []  # the suffix was an amount, the shorter match without it is found again below
    month = _month_number(m.group("mon"))
    day = int(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [Atom(m.start(), m.end(), year, month, day, relative=rel, rule="day_month")]


def _day_month_plain(m: re.Match) -> list[Atom]:
    month, day = _month_number(m.group("mon")), int(m.group("d"))
    return [Atom(m.start(), m.end(), None, month, day, rule="day_month")] if _valid(None, month, day) else []


def _day_range_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    month = _month_number(m.group("mon"))
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if not (_valid(year, month, d1) and _valid(year, month, d2) and d1 < d2):
        return []
    start = m.start() if (m.group("py") or m.group("rel") or m.group("rela")) else m.start("d1")
    return [Atom(start, m.end(), year, month, d1, year, month, d2, relative=rel, rule="day_range_month")]


def _day_list_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    month = _month_number(m.group("mon"))
    atoms = []
    for n, day_match in enumerate(re.finditer(r"\d+", m.group("days"))):
        day = int(day_match.group())
        if not _valid(year, month, day):
            return []
        at = m.start("days") + day_match.start()
        # The first day carries the stated year or "šā gada" in its span: "2023. gada 14."
        atoms.append(Atom(m.start() if n == 0 else at, at + len(day_match.group()), year, month, day, relative=rel,
                          rule="day_list"))
    last = int(m.group("dl"))
    if not _valid(year, month, last):
        return []
    atoms.append(Atom(m.start("dl"), m.end(), year, month, last, relative=rel, rule="day_list"))
    return atoms


def _two_digit_year(yy: str) -> int:
    return 2000 + int(yy) if int(yy) <= 69 else 1900 + int(yy)


def _numeric(m: re.Match) -> list[Atom]:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else _two_digit_year(groups["yy"]) if groups.get("yy") else None
    month, day = int(m.group("m")), int(m.group("d"))
    if not _valid(year, month, day):
        return []
    return [Atom(m.start(), m.end(), year, month, day, rule="numeric")]


# "2019-05" is a month only as a field's value: at a line's start or after a colon or "date".
# In running text "2011-12" is a season or a school year.
_FIELD_BEFORE = re.compile(r"(?:^|\n|[:|]|\bdate|\bdatums)[ \t]*$", re.IGNORECASE)


def _day_short_month_year(m: re.Match) -> list[Atom]:
    if UNIT_AFTER.match(m.string, m.end()):
        return []  # "5. mai 2000 eiro": an amount
    year, month, day = int(m.group("y")), vocab.month_portal_short()[m.group("mon").lower()], int(m.group("d"))
    return [Atom(m.start(), m.end(), year, month, day, rule="day_short_month_year")] if _valid(year, month, day) else []


def _iso_month(m: re.Match) -> list[Atom]:
    if not _FIELD_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return []
    return [Atom(m.start(), m.end(), int(m.group("y")), int(m.group("m")), rule="iso_month")]


def _numeric_day_range(m: re.Match) -> list[Atom]:
    groups = m.groupdict()
    year = int(groups["y"]) if groups.get("y") else _two_digit_year(groups["yy"]) if groups.get("yy") else None
    month, d1, d2 = int(m.group("m")), int(m.group("d1")), int(m.group("d2"))
    if not (_valid(year, month, d1) and _valid(year, month, d2) and d1 < d2):
        return []
    return [Atom(m.start("d1"), m.end(), year, month, d1, year, month, d2, rule="numeric_day_range")]


def _numeric_range(m: re.Match) -> list[Atom]:
    first = (int(m.group("y")), int(m.group("m")), int(m.group("d")))
    last = (int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    if not (_valid(*first) and _valid(*last) and first < last):
        return []
    return [Atom(m.start(), m.end(), *first, *last, rule="numeric_range")]


def _year_range(m: re.Match) -> list[Atom]:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    sep = m.group("sep").strip().lower()
    dotted = bool(m.group("dot1") or m.group("dot2"))
    worded = bool(m.group("yw"))
    if not y1 < y2 <= y1 + 50:
        return []
    if sep == "/" and y2 != y1 + 1:
        return []  # "2024./2025." is a school or financial year; other slashes are codes
    if sep == "līdz" and not (m.group("no") or worded):
        return []
    if not dotted and not worded and (UNIT_AFTER.match(m.string, m.end())
                                      or CURRENCY_BEFORE.search(m.string, max(0, m.start() - 8), m.start("y1"))):
        return []  # "2000–2050 eiro", "EUR 2000-2500" are amounts
    return [Atom(m.start("y1"), m.end(), y1, end_year=y2, rule="year_range")]


def _year_range_short(m: re.Match) -> list[Atom]:
    y1 = int(m.group("y1"))
    if int(m.group("yy")) != (y1 + 1) % 100:
        return []
    return [Atom(m.start(), m.end(), y1, end_year=y1 + 1, rule="year_range_short")]


def _year_list(m: re.Match) -> list[Atom]:
    atoms = [Atom(m.start("ys") + y.start(), m.start("ys") + y.end(), int(y.group()), rule="year_list")
             for y in re.finditer(YEAR, m.group("ys"))]
    return atoms + [Atom(m.start("yl"), m.end(), int(m.group("yl")), rule="year_list")]


def _year(m: re.Match) -> list[Atom]:
    return [Atom(m.start(), m.end(), int(m.group("y") or m.group("hy")), rule="year")]


def _month_year(m: re.Match) -> list[Atom]:
    year, _ = _year_of(m)
    return [Atom(m.start(), m.end(), year, _month_number(m.group("mon")), rule="month_year")] if year else []


def _year_month(m: re.Match) -> list[Atom]:
    year, rel = _year_of(m)
    return [Atom(m.start(), m.end(), year, _month_number(m.group("mon")), relative=rel, rule="year_month")]


# Where a capitalised month starts a sentence, a line or a list item ("• Februāra beigās …").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[(\"“„«]\s*|(?:^|\s)[•·▪◦*–—-]\s+)$")


@lru_cache(maxsize=1)
def _month_contexts() -> tuple[re.Pattern, re.Pattern]:
    t = vocab.temporal()
    return (re.compile(rf"(?:^|\s){vocab.alternation(t['month_context_before'])}\s+$", re.IGNORECASE),
            re.compile(rf"\s+{vocab.alternation(t['month_context_after'])}(?!\w)", re.IGNORECASE))


def _month_alone(m: re.Match) -> list[Atom]:
    word = m.group("mon")
    text = m.string
    before = text[max(0, m.start() - 40):m.start()]
    after = text[m.end():m.end() + 40]
    if word[0].isupper() and not _SENTENCE_START.search(before):
        return []  # "Maija", "Jūlijā" mid-sentence: a person, not a month
    context_before, context_after = _month_contexts()
    if word.lower() not in vocab.locative_forms() and not (context_before.search(before) or context_after.match(after)):
        return []
    return [Atom(m.start(), m.end(), None, _month_number(word), rule="month")]


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    # Bounded white space keeps adjacent optional gaps from backtracking over long blank runs.
    return re.compile(pattern.replace(r"\s*", r"\s{0,3}").replace(r"\s+", r"\s{1,3}"), flags)


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    f = _fragments()
    flags = re.IGNORECASE
    prefix = rf"(?:{f['year_prefix']}|{f['rel_prefix']})?"
    # Each fragment can only be used once per pattern (named groups), so these are strings.
    # One line break may fall between a day and its month (a wrapped line), never a blank
    # line: "6.\n\noktobris" is a list number over a table cell, not the 6th of October.
    day_dot = r"[^\S\n]{0,3}\.?(?:[^\S\n]{0,3}\n)?[^\S\n]{0,3}"
    return [
        ("day_month", _compile(rf"{START}{prefix}(?P<d>{DAY}){day_dot}{f['month']}{f['year_suffix']}?", flags), _day_month),
        ("day_month_plain", _compile(rf"{DIGIT_START}(?P<d>{DAY}){day_dot}{f['month']}", flags), _day_month_plain),
        ("day_range_month", _compile(
            rf"{START}{prefix}(?:no\s+)?(?P<d1>{DAY})\s*\.?\s*(?:{DASH}|līdz(?:\s+pat)?)\s*(?P<d2>{DAY}){day_dot}{f['month']}"
            rf"{f['year_suffix']}?", flags), _day_range_month),
        ("day_list", _compile(
            rf"{START}{prefix}(?P<days>{DAY}\.?(?:\s*,\s*{DAY}\.?)*)\s*(?:,|\bun\b|\bvai\b|&)\s*(?P<dl>{DAY}){day_dot}{f['month']}"
            rf"{f['year_suffix']}?",
            flags), _day_list_month),
        ("day_short_month_year", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\.\s*(?P<mon>{vocab.alternation(vocab.month_portal_short())})\.?,?\s*(?P<y>{YEAR}){NUMBER_END}",
            flags), _day_short_month_year),
        ("numeric", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\s?\.\s?(?P<m>{MONTH_NUMBER})\s?\.\s?(?P<y>{YEAR})(?:\s?\.)?{NUMBER_END}"), _numeric),
        ("numeric_short_year", _compile(
            rf"{DIGIT_START}(?P<d>[0-3]\d)\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<yy>\d\d)\.?{NUMBER_END}"), _numeric),
        ("numeric_slash", _compile(rf"{DIGIT_START}(?P<d>{DAY})/(?P<m>{MONTH_NUMBER})/(?P<y>{YEAR})(?![\d/])"), _numeric),
        ("iso", _compile(rf"(?=\d)(?<![\w/.-])(?P<y>{YEAR})-(?P<m>{MONTH_NUMBER_PADDED})-(?P<d>3[01]|[12]\d|0[1-9])(?![\d/-])"), _numeric),
        # A metadata line's month "Datums: 2019-05" (never "2019-2020": the month is 01-12 and
        # nothing numeric, no dash or dot follows).
        ("iso_month", _compile(rf"(?=\d)(?<![\w/.,-])(?P<y>{YEAR})-(?P<m>{MONTH_NUMBER_PADDED})(?![\w/-])(?![.,]\d)"), _iso_month),
        # "20-02-2023": a byline's day-month-year with dashes (both zero-padded, so that
        # "1-2-2020" and ranges of numbers stay out)
        ("numeric_dash", _compile(
            rf"{DIGIT_START}(?P<d>[0-3]\d)-(?P<m>{MONTH_NUMBER_PADDED})-(?P<y>{YEAR})(?![\d/-])(?![.,]\d)"), _numeric),
        # "17 • 12 • 2009": a portal's dateline with bullets for dots
        ("numeric_bullet", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\s?[•·]\s?(?P<m>{MONTH_NUMBER})\s?[•·]\s?(?P<y>{YEAR}){NUMBER_END}"), _numeric),
        # "16.05." with a zero-padded month (sections "8.3." have none) and nothing numeric after
        ("numeric_day_month", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?!\d)(?!\s*{vocab.alternation(vocab.temporal()['section_words'])})",
            flags), _numeric),
        # "līdz 15.05" without the closing dot only after a word that announces a date
        # (the digit is tested first: one test rather than four look-behinds at most positions)
        ("numeric_day_month_bare", _compile(
            rf"(?=\d)(?:(?<=\blīdz )|(?<=\bno )|(?<=\bun )|(?<=\bar ))(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})(?![\d.,:/-])(?!\s*(?:{UNIT_WORDS}))",
            flags), _numeric),
        ("numeric_day_range", _compile(
            rf"{START}(?:no\s+)?(?P<d1>{DAY})\s*\.?\s*(?:{DASH}|līdz(?:\s+pat)?)\s*(?P<d2>{DAY})\s?\.\s?(?P<m>{MONTH_NUMBER})\s?\.\s?(?P<y>{YEAR})(?:\s?\.)?"
            rf"{NUMBER_END}"), _numeric_day_range),
        # "19.-26.10.21" (a two-digit year, as plans in tables print it)
        ("numeric_day_range_short_year", _compile(
            rf"{DIGIT_START}(?P<d1>{DAY})\s?\.?\s?{DASH}\s?(?P<d2>[0-3]\d)\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<yy>\d\d)\.?{NUMBER_END}"),
         _numeric_day_range),
        # "05.05.2021-07.05.2021": two full dates joined by a bare dash (START keeps the second
        # from starting a date of its own there, as it is the tail of a dotted number).
        ("numeric_range", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER})\.(?P<y>{YEAR})\.?{DASH}"
            rf"(?P<d2>{DAY})\.(?P<m2>{MONTH_NUMBER})\.(?P<y2>{YEAR})\.?{NUMBER_END}"), _numeric_range),
        ("numeric_day_range_no_year", _compile(
            rf"{DIGIT_START}(?P<d1>{DAY})\s*\.?\s*{DASH}\s*(?P<d2>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?!\d)(?!\s?{YEAR})(?P<y>)"),
         _numeric_day_range),
        ("year_range", _compile(
            rf"{START}(?:(?P<no>no|kopš)\s+)?(?P<y1>{YEAR})(?P<dot1>\s*\.)?(?:\s*gad(?:a|u|s)(?!\w))?"
            rf"(?P<sep>\s*(?:{DASH}|/)\s*|\s+līdz\s+)(?P<y2>{YEAR})(?P<dot2>\s*\.)?(?:\s*(?P<yw>{f['year_word']}))?{NUMBER_END}(?![-–]\w)",
            flags), _year_range),
        # A school or season year "2020./21. mācību gadā", "2023/24 sezonā": the second year cut to two digits.
        ("year_range_short", _compile(
            rf"{DIGIT_START}(?P<y1>{YEAR})\s?\.?\s?(?:/|{DASH})\s?(?P<yy>\d\d)\.?(?=\s*(?:mācību\s+gad|gad|sezon))",
            flags), _year_range_short),
        ("year_list", _compile(
            rf"{DIGIT_START}(?P<ys>{YEAR}\s*\.(?:\s*,\s*{YEAR}\s*\.)*)\s*(?:,|\bun\b|\bvai\b)\s*(?P<yl>{YEAR})\s*\.?\s*{f['year_word']}",
            flags), _year_list),
        # "2012. gadā", "2018.g."; without the dot only singular forms: "2000 gadu vēsture" is a count
        # and "1990. gados" a decade. With the dot and a year word, a historical year counts too
        # ("pirmo reizi minēts 1645. gadā").
        ("year", _compile(rf"{DIGIT_START}(?:(?P<y>{YEAR})|(?P<hy>{HISTORIC_YEAR})(?=\s*\.))"
                          rf"(?:\s*\.\s*(?!gados|gadi\b){f['year_word']}|\s+gad(?:s|a|am|ā)(?!\w))", flags),
         _year),
        ("year_month", _compile(rf"{START}(?:{f['year_prefix']}|{f['rel_prefix']}){f['month_name']}", flags), _year_month),
        # A heading's "Marts 2024" / "novembris, 2023": only the nominative, the year right after it.
        ("month_year", _compile(rf"(?<!\w)(?P<mon>{f['nominatives']}),?\s+(?P<sy>{YEAR})(?:\s*\.?\s*{f['year_word']})?{NUMBER_END}",
                                flags), _month_year),
        ("month", _compile(rf"(?<!\w){f['month_name']}", flags), _month_alone),
    ]


# ---------------------------------------------------------------- masks: where no date can be

_NUMBER_LABEL = re.compile(r"\bNr\.?\s{0,3}[^\s,;)]+", re.IGNORECASE)  # contract / document numbers
_TOKEN_CHAR = r"[^\s\"“”„«»()<>\[\]]"
# The tokens that hold "_", "@", ":" (http://) or "." (www., .pdf), which a masked token does:
# found from each token's start only (the look-behind), so that a long token is read once.
_TOKEN_WITH_MARK = re.compile(rf"(?<!{_TOKEN_CHAR}){_TOKEN_CHAR}*[_@.:]{_TOKEN_CHAR}*")
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|pptx?|jpe?g|png|zip)$", re.IGNORECASE)


def _masked_token(token: str) -> bool:
    """URLs, e-mails and file names (programma_160517) hold digits that are no dates."""
    lower = token.lower()
    return ("_" in token or "@" in token or lower.startswith(("http://", "https://", "www."))
            or bool(_FILE_EXTENSION.search(token)))


def masked_spans(text: str) -> list[tuple[int, int]]:
    # One pass over white-space separated tokens, each from its start: a regex that looked for
    # "_" or "@" from every position would rescan long tokens and grow quadratically.
    spans = [m.span() for m in _TOKEN_WITH_MARK.finditer(text) if _masked_token(m.group())]
    spans += [(m.start(), m.end()) for m in _NUMBER_LABEL.finditer(text)]
    spans += [(s, e) for s, e, _, _ in parse_times(text)]
    return spans


# ---------------------------------------------------------------- selection and level two

def _matches(text: str) -> Iterator[tuple[int, int, int, list[Atom]]]:
    """(start, end, rule priority, atoms) per match; a list match gives several atoms at once."""
    starts = [m.start() for m in _rule_starts().finditer(text)]
    # A rule that must open with a digit is tried only at digits, one that must open with a
    # month word only at letters: half the tries on date-dense text, the same matches.
    digit_starts = [s for s in starts if text[s].isdigit()]
    word_starts = [s for s in starts if not text[s].isdigit()]
    by_kind = {"digit": digit_starts, "word": word_starts, "any": starts}
    for priority, ((_name, pattern, build), kind) in enumerate(zip(rules(), _rule_kinds())):
        for m in vocab.finditer_at(pattern, text, by_kind[kind]):
            atoms = build(m)
            if atoms:
                yield min(a.start for a in atoms), max(a.end for a in atoms), priority, atoms


# What every rule needs after the number it opens with: a dot, slash, dash or comma ("5.",
# "2019-05", "5, 6. un"), or a word ("5 maijā", "2014 gada", "5 un 6."), within a few blanks
# (one line break: day_dot). Amounts, phone numbers and list labels "1)" fail it at once, and
# so does the tail of a dotted number ("8.3.3."), which every rule's START refuses.
_DIGIT_GUARD = r"(?<!\d[./-])(?=\d{1,4}\s{0,7}[.,/&\-–—•·]|\d{1,4}(?!\d)\s{0,7}[^\W\d])"

# The rules that open with a month name (never a digit).
_WORD_RULES = {"month_year", "month"}


@lru_cache(maxsize=1)
def _rule_kinds() -> tuple[str, ...]:
    """Per rule: "digit" (it opens with (?=\\d)), "word" (with a month name) or "any"."""
    return tuple("digit" if pattern.pattern.startswith(r"(?=\d)") else "word" if name in _WORD_RULES else "any"
                 for name, pattern, _build in rules())


@lru_cache(maxsize=1)
def _rule_starts() -> re.Pattern:
    """Where some rule matches: one scan of the text instead of one per rule (eighteen).

    Every rule begins with a look-behind that refuses a word character before it (START or
    its like) and then reads a digit or a word of the vocabularies, checked here to start
    with a word character: what vocab.word_start_scan needs.
    """
    rel = vocab.temporal()["relative_year"]
    first_words = [*rel["this"], *rel["next"], *rel["previous"], *rel["same"], *rel["this_abbreviations"],
                   *(w for words in rel["adverbs"].values() for w in words), *vocab.month_forms(),
                   *vocab.month_nominatives(), "no", "kopš"]  # "no 5. līdz 7. maijam", "kopš 2012. līdz 2014. gadam"
    if not all(re.match(r"\w", word) for word in first_words):
        raise ValueError("a date rule may start with a word whose first character is no word character")
    scan = vocab.word_start_scan([pattern for _name, pattern, _build in rules()], first_words, _DIGIT_GUARD)
    # A digit glued to "līdz"/"kopš" starts no word, but START lets a rule begin there.
    return re.compile(rf"{scan.pattern}|(?=\d){GLUED_BEFORE}")


def _select(text: str) -> list[Atom]:
    """The longest match wins where matches overlap (then the earlier rule); masked text has none."""
    units = list(_matches(text))
    units.sort(key=lambda u: (-(u[1] - u[0]), u[2], u[0]))
    taken = Intervals()
    masks = Intervals()
    for s, e in masked_spans(text):
        masks.add(s, e)
    chosen: list[Atom] = []
    for start, end, _priority, atoms in units:
        if taken.overlaps(start, end) or masks.overlaps(start, end):
            continue
        taken.add(start, end)
        chosen.extend(atoms)
    return sorted(chosen, key=lambda a: a.start)


_DASH_GAP = re.compile(rf"\s*{DASH}\s*")
# A comma may stand before "līdz" too: "no 1. jūnija, līdz 31. augustam".
_UNTIL_GAP = re.compile(rf"\s*(?:{DASH}\s*|,\s*)?līdz(?:\s+pat)?\s+", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:^|\W)(?:no|kopš|sākot\s+(?:no|ar)|laikā\s+no|periodā\s+no)\s+$", re.IGNORECASE)


def _joinable(text: str, a: Atom, b: Atom) -> bool:
    if a.is_range or b.is_range or a.grain != b.grain:
        return False
    gap = text[a.end:b.start]
    if _DASH_GAP.fullmatch(gap):
        return True
    if not _UNTIL_GAP.fullmatch(gap):
        return False
    # "no 15. jūnija līdz …", or the "no" left out after a month in the genitive: "2021. gada
    # 15. jūnija līdz 30. jūnijam" is a range all the same.
    return bool(_FROM_BEFORE.search(text[max(0, a.start - 20):a.start]) or _ends_in_genitive(text[a.start:a.end]))


def _ends_in_genitive(span: str) -> bool:
    last = _LAST_WORD.search(span)
    return bool(last) and last.group().lower() in vocab.genitive_forms()


_LAST_WORD = re.compile(r"[^\W\d_]+$")


def _join(a: Atom, b: Atom) -> Atom:
    year = a.year if a.year is not None else b.year
    end_year = b.year if b.year is not None else year
    if b.year is None and year is not None and (b.month or 0, b.day or 0) < (a.month or 0, a.day or 0):
        end_year = year + 1  # "no 30. decembra līdz 2. janvārim" crosses the new year
    if a.year is None and b.year is not None and (b.month or 0, b.day or 0) < (a.month or 0, a.day or 0):
        year = b.year - 1
    return Atom(a.start, b.end, year, a.month, a.day, end_year if end_year is not None else None, b.month, b.day,
                relative=a.relative or b.relative, rule=f"{a.rule}+{b.rule}")


def _ranges(text: str, atoms: list[Atom]) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        if i + 1 < len(atoms) and _joinable(text, atoms[i], atoms[i + 1]):
            joined = _join(atoms[i], atoms[i + 1])
            if joined.year is None or joined.end_year is None or _ordered(joined):
                out.append(joined)
                i += 2
                continue
        out.append(atoms[i])
        i += 1
    return out


def _ordered(a: Atom) -> bool:
    return (a.year, a.month or 0, a.day or 0) <= (a.end_year, a.end_month or 0, a.end_day or 0)


def find_atoms(text: str) -> list[Atom]:
    """Every calendar expression in `text`, left to right, years not yet resolved."""
    atoms = _ranges(text, _select(text))
    # A year-grain range keeps only years: drop month fields that _join copied as None.
    return [replace(a, end_month=None, end_day=None) if a.grain == "year" and a.is_range else a for a in atoms]
