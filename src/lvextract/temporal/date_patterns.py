"""The date rules' regex building blocks: numbers, dashes, word edges, units, and the
fragments built from the month and year vocabularies."""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from ..latvian.money import framed_currency
from ..latvian.orthography import DASH, LOWER, UPPER
from . import vocabulary as vocab

YEAR = r"(?:19|20)\d\d"
HISTORIC_YEAR = r"1[0-8]\d\d"
# A year a life or a work is dated by, in brackets: from 1500 on.
LIFE_YEAR = r"(?:1[5-9]|20)\d\d"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
DAY_PADDED = r"(?:3[01]|[12]\d|0[1-9])"
MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
MONTH_NUMBER_PADDED = r"(?:1[0-2]|0[1-9])"
# A clock time's hour and minutes, for the times grammar and for the rules that stop at one.
HOUR = r"(?:[01]?\d|2[0-3])"
MINUTE = r"[0-5]\d"
# The clock word's stem: "plkst.", "pulksten", "pulkstens" all start so.
CLOCK_WORD = r"(?:plkst|pulksten)"


def clock_tail(*, word: bool = False, seconds: bool = False, am_pm: bool = False, dot: bool = True,
               optional: bool = False) -> str:
    """A clock time after a date on its line, maybe after a comma: "…, 09:49". The dateline and
    stamp rules differ in what they let it carry ("plkst." before it, seconds, "AM" after it, a dot
    for the colon), so each says which; `optional` lets nothing but blanks stand there. One written
    form keeps those rules from drifting apart (four copies did)."""
    clock = (r"(?:plkst\.?[^\S\n]*)?" if word else "") + HOUR + ("[:.]" if dot else ":") + MINUTE \
        + (rf"(?::{MINUTE})?" if seconds else "") + (r"(?:[^\S\n]*[ap]\.?m\.?)?" if am_pm else "")
    # the comma's blanks come after it only: "[ ]*,?[ ]*" would split one run of blanks two ways
    lead = r"[^\S\n]*(?:,[^\S\n]*)?"
    return rf"{lead}(?:{clock})?[^\S\n]*" if optional else lead + clock


# The "until" word of a range, and with "pat" (right up to: "līdz pat 15. maijam") the same bound.
UNTIL = vocab.alternation(vocab.temporal()["until_words"])
UNTIL_PAT = rf"{UNTIL}(?:\s+pat)?"
# Not glued to a word, a path or an e-mail, nor the tail of a dotted number ("8.3.3.").
# A date glued to "līdz" / "kopš" ("līdz2018.gada 5.maijam", as some CMS print it) starts too, and
# so does one glued to a short preposition of time standing alone ("pārcelts uz13. aprīli",
# "ap15. maiju", "no12. maija").
# One group, so that a guard put before it ("(?=\d)") holds for both ways.
GLUED_BEFORE = rf"(?:(?<=(?i:{UNTIL})|[kK][oO][pP][šŠ])|(?<=(?<!\w)(?i:uz|ap|no)))"
# A year with its "gada" (or "g.") right after the point where a glued date starts: the lookahead of
# GLUED_YEAR, GLUED_FILE_YEAR, GLUED_WORD_YEAR and date_masks' file name before a year.
YEAR_GADA = r"(?=(?:19|20)\d\d\.?[^\S\n]?(?:gada|g\.))"
# A year glued to a lone digit before it (a caption's or footnote's number that lost its space:
# "Skola 12018. gada 26. novembrī") starts at the year when "gada" follows it.
GLUED_YEAR = r"(?<=(?<![\w.,/])\d)" + YEAR_GADA
# A photo's file name glued before a year with "gada", a caption that lost its line break
# ("DSC062962015.gada 22.aprīlī", "IMG_1700292015.gada 26.jūnijā"): letters (or the underscore)
# and three to seven digits of the file's number, then the year.
FILE_NUMBER_DIGITS = (3, 7)  # a photo file's number before the glued year: "DSC06296", "IMG_170029"
GLUED_FILE_YEAR = (r"(?:" + "|".join(rf"(?<=[^\W\d]\d{{{n}}})" for n in range(FILE_NUMBER_DIGITS[0], FILE_NUMBER_DIGITS[1] + 1))
                   + r")" + YEAR_GADA)
# A date after an at sign that opens its token ("Publicēts @12.05.2023."): no e-mail.
AFTER_AT = r"(?<=(?<!\S)@)"
# A flattened table glues a cell's label to the full date in the next cell ("laiks08.06.2021. –
# 08.07.2021."): two digits each for day and month and four for the year, after a lower-case word.
GLUED_CELL = rf"(?<=[{LOWER}]{{2}})(?=[0-3]\d\.[01]\d\.(?:19|20)\d\d(?!\d))"
# A word that lost its space before a year with "gada" ("Pamatojoties uz2020.gada 9.jūnija …"):
# the year starts its date, as after "līdz" above (a lower-case word of two letters or more).
GLUED_WORD_YEAR = rf"(?<=[{LOWER}]{{2}})" + YEAR_GADA
# A CMS's posting time and date with no blank between, alone on their line ("10:0027.02.2025"):
# the full padded date after a clock time that opens the line, the date closing the line.
GLUED_CLOCK = r"[0-2]\d:[0-5]\d"
AFTER_CLOCK = rf"(?<=(?<![^\n]){GLUED_CLOCK})(?=[0-3]\d\.[01]\d\.(?:19|20)\d\d\.?[^\S\n]*(?:\n|$))"
START = rf"(?:(?<![\w/@])|{GLUED_BEFORE}|{GLUED_YEAR}|{GLUED_FILE_YEAR}|{AFTER_AT}|{GLUED_CELL}|{GLUED_WORD_YEAR}|{AFTER_CLOCK})(?<!\d[.,:/-])"
NUMBER_END = r"(?![\d/])(?![.,]\d)"
# START where the rule then reads a digit. Said first, so that the scan for rule starts tries
# these rules only at digits (see date_rule_scan._rule_starts and vocab.word_start_scan).
DIGIT_START = rf"(?=\d){START}"
# A month ends its word; "3.augustāplkst. 10.00" (a page that lost the space before "plkst.")
# still ends it, and so does a posting stamp glued after it ("Muzeju nakts 20. maijā10.05.2017.").
MONTH_END = rf"(?:(?={CLOCK_WORD})|(?=\d{{1,2}}\.\d{{1,2}}\.\d{{4}}(?!\d))|(?!(?-i:[{LOWER}0-9_])))"
# After a day number a month's locative may be glued to the next word by a lost space: "20.
# jūlijāpasākums notika" (a long vowel ends the locative; no word goes on from "jūlijā"; the
# word three lower-case letters at least; repairs/glued_month.py splits the token the same way).
MONTH_END_AFTER_DAY = rf"(?:{MONTH_END}|(?<=(?-i:[āī]))(?=(?-i:[{LOWER}]{{3}})))"
CURRENCY_BEFORE = re.compile(framed_currency(None, "EUR", "LVL") + r"\s*$", re.IGNORECASE)
# Short units end their word: "2021 Latvijas …", "2021 Hanzas …" are no amounts ("lat" once read
# "Latvijas" on the next line as lats and dropped a dateline's year). On the same line only.
UNIT_WORDS = (r"eiro|euro|eur(?!\w)|€|%|procent|cilvēk|dalībniek|gab(?:\.|al)|km(?!\w)|kg(?!\w)|m2(?!\w)|ha(?!\w)|stund|"
              r"minūt|gad|milj|tūkst|lat(?:s|i|u|iem|os|ā)?(?!\w)|ls(?!\w)")
# Blanks with at most one line break: a wrapped line, never a blank line between paragraphs.
_ONE_LINE = r"[^\S\n]{0,3}(?:\n[^\S\n]{0,3})?"
UNIT_AFTER = re.compile(rf"[^\S\n]*(?:{UNIT_WORDS})", re.IGNORECASE)

# The days of each month in a common year. A table, not calendar.monthrange (a tenth of the
# grammar's time on date-dense text).
DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def last_day(month: int, year: int | None = None) -> int:
    """The month's last day. February's is the 29th in a leap year and when the year is unknown,
    so that a bare "29.02." stays a date."""
    if month == 2 and (year is None or calendar.isleap(year)):
        return 29
    return DAYS_IN_MONTH[month - 1]


def reads_as_days(d1: int, m1: int, d2: int, m2: int) -> bool:
    """Whether "D1.M1 – D2.M2" without dots after the months ("28.04 - 31.12", "no 02.05 līdz
    15.05") is a range of days rather than of clock times ("10.30 - 12.00"): both are real days
    in date order, and the clock reading is unlikely — a number past 23 is no hour, a start
    before 7 o'clock is rare, and clock times fall on the fives ("10.10 - 11.05" stays a time).
    A clock cue before it ("plkst.", "laiks") is read by the times grammar first."""
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= d1 <= last_day(m1) and 1 <= d2 <= last_day(m2)):
        return False
    if (m1, d1) >= (m2, d2):
        return False
    return d1 > 23 or d2 > 23 or d1 < 7 or m1 % 5 != 0 or m2 % 5 != 0


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    rel = vocab.temporal()["relative_year"]
    rel_words = vocab.alternation(rel["this"] + rel["next"] + rel["previous"] + rel["same"])
    rel_abbr = vocab.alternation(rel["this_abbreviations"] + [a for words in rel["adverbs"].values() for a in words])
    words = vocab.temporal()["year_words"]
    # the dotted forms first, so that "g." keeps its dot in the span rather than the dotless "g" taking it
    year_word = rf"(?:{vocab.alternation(w for w in words if w.endswith('.'))}|{vocab.alternation(w for w in words if not w.endswith('.'))}(?!\w))"
    names = vocab.month_alternation()
    abbrs = vocab.alternation(vocab.month_abbreviations())
    typos = vocab.alternation(vocab.month_typos())
    # A Roman month ("27. II", "3.IV") only right after the day's dot, in capitals, and not the
    # ordinal of a part ("2. II kārta") nor a lone I, V, X that is an initial ("4. V. Ozols"), nor the
    # first of a list of Roman ordinals ("1.II, III un IV sporta klases").
    romans = sorted(vocab.month_roman(), key=len, reverse=True)
    not_month = vocab.alternation(vocab.temporal()["roman_not_month_before"] + vocab.temporal()["section_words"])
    roman = (rf"(?:(?<=\d\.)|(?<=\d\.[^\S\n]))(?-i:{'|'.join(r for r in romans if len(r) > 1)}|"
             rf"[{''.join(r for r in romans if len(r) == 1)}](?!\.[^\S\n]*[{UPPER}][{LOWER}]))"
             rf"(?!\w)(?![^\S\n]*{not_month})(?![^\S\n]*(?:,|un(?!\w)|vai(?!\w))[^\S\n]*(?-i:[IVX]+)(?!\w))"
             rf"(?:\.(?=[^\S\n]?{YEAR}(?!\d)))?")  # "27.II.2019"
    # A month form that is a given name, before a capitalised surname: a rank and a person ("1. Marta Ozola").
    given_names = vocab.alternation(vocab.temporal()["month_given_names"])
    # The weekday in the dative after "līdz", before the range's last day: "līdz svētdienai, 5. maijam".
    weekday_dative = vocab.alternation(vocab.weekday_forms(3))
    # ... and the weekday after a dash, as the adverb or the nominative: "3. – svētdien, 5. maijā".
    weekday_after_dash = vocab.alternation(vocab.weekday_forms(0, 1))
    return {
        "year_word": year_word,
        "year_kinds": vocab.alternation(vocab.temporal()["year_kind_words"]),
        "year_seasons": vocab.alternation(vocab.temporal()["year_season_words"]),
        # a part of the first year of a span, before "līdz": "kopš 2018. gada rudens līdz …"
        "year_part": rf"(?:[^\S\n]+(?:{vocab.alternation(vocab.temporal()['year_part_genitives'])})(?!\w))",
        "weekday_dative": weekday_dative,
        "weekday_after_dash": weekday_after_dash,
        # "2014. gada ", "2014.gada", "2014.g. " before a day or a month
        # A historic year needs its dot: "1236.gada 22.septembrī" is one date, "1236 gada" a count.
        # "2020.gaad 28.maijā", "2019. gadas 27. novembrī", "2013.gad 29.augustā": typos of hurried pages.
        # Not across a blank line: "… 2022.g.⏎⏎3.aprīlis …" are two paragraphs, not one date.
        # A stray full stop after "gada", the day right after it on the line: "2005.gada. 29. novembrī";
        # "g" without its dot before the day: "2022.g 01.novembrī".
        # The word doubled by a hurried edit ("2020. gada gada 5. maijam") is still one date.
        "year_prefix": rf"(?P<py>{YEAR}|{HISTORIC_YEAR}(?=\s*\.)){_ONE_LINE}\.?{_ONE_LINE}(?:gada(?:[^\S\n]{{1,2}}gada(?!\w))?(?:\.(?=[^\S\n]{{0,2}}\d))?|gaad|gadas|gadā|gad(?!\w)|g\.|g(?=[^\S\n]{{1,2}}\d)){_ONE_LINE}",
        # "šā gada ", "tā paša gada ", "š.g. " (the year word doubled too: "šā gada gada 5. maijam")
        "rel_prefix": rf"(?:(?P<rel>{rel_words})\s+(?:gada(?:[^\S\n]{{1,2}}gada)?|gadā|g\.)(?!\w)\s*|(?P<rela>{rel_abbr})(?:(?<=\.)|(?!\w))\s*)",
        # A capital glued after the month is the next field of a run-together line ("27. jūlijāNr. 46").
        # A month form less one letter ("15.septembim") only here, right after a day number.
        "month": rf"(?!(?-i:{given_names})[^\S\n]+(?-i:[{UPPER}][{LOWER}]+(?:[aesš]|is))(?!\w))"
                 rf"(?P<mon>{names}{MONTH_END_AFTER_DAY}|{abbrs}|{roman}|{typos}{MONTH_END})",
        "month_name": rf"(?P<mon>{names}){MONTH_END}",
        "nominatives": vocab.alternation(vocab.month_nominatives()),
        # "5. marts, 2019", "5. maijā 2019. gadā" (a year after the day and month)
        # On the same line, and not the start of an ISO date ("4. decembrī⏎⏎2022-11-29") nor of a
        # span of years ("29. janvāra 2014.–2020. gada plānošanas periods": the day's year came before it).
        # The year may stand alone in brackets right after the day: "3. martā (2021) notika …" (the
        # bracket taken whole; one that goes on, "(2021. gadā – …)", is an aside of its own).
        "year_suffix": rf"(?:(?:[^\S\n]*\((?={YEAR}\))|,?[^\S\n]*)(?P<sy>{YEAR})(?!\.?[^\S\n]*{DASH}[^\S\n]*{YEAR}(?!\d))(?:[^\S\n]*\.?[^\S\n]*{year_word})?"
                       rf"(?:(?<=\(\d{{4}})\))?{NUMBER_END}(?!-\d))",
    }
