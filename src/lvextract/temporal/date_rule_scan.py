"""Running the date rules over a text: one scan finds where any rule may start, then each
rule is tried only at the starts where it can match.

A rule that opens with a number reads the whole run of digits there (what follows the number
in every rule is never a digit), then at most a few blanks and dots, then one telling character:
a letter (a month, "gada", "līdz", "un"), a digit ("5.03."), a dash, a slash, a comma, "&" or a
bullet. So a digit start is sorted once by the length of its number (1-2: a day, 4: a year;
any other length starts no date) and that character, and only the rules of its class are tried
there (at most 7 of the 22 that may open with a digit). A start at a letter tries the rules
that open with "šā gada", "no", "kopš" … only if its letter can begin one of those words, and
the month rules only if it can begin a month ("martā" tries 2 rules, not 8). On lines of dates
that is 0.67 M rule tries per MB instead of 2.5 M, with the same matches in the same order.

Cost: the start scan is one pass of the text; each start is classified with one bounded
match (at most 5 digits and 16 blanks or dots read) or one character test; then each rule is
tried at most once per start of its classes. Linear in the text, with at most 8 rule tries
per start.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..latvian.orthography import DASH, DASH_CHARS, DASHES, LOWER, UPPER
from . import ordinal_days, vocabulary as vocab
from .date_atom import Atom
from .date_patterns import AFTER_AT, AFTER_CLOCK, GLUED_BEFORE, GLUED_FILE_YEAR, GLUED_WORD_YEAR, GLUED_YEAR
from .date_rules import rules


def matches(text: str) -> Iterator[tuple[int, int, int, list[Atom]]]:
    """(start, end, rule priority, atoms) per match; a list match gives several atoms at once.

    Rules come in priority order, each one's matches left to right and not overlapping one
    another: the same as each rule's own finditer over the whole text.
    """
    rule_list = rules()
    starts_per_rule: list[list[int]] = [[] for _ in rule_list]
    (prefix_rules, month_rules), by_number_length = _rule_classes()
    prefix_letter, month_letter = (pattern.match for pattern in _word_dispatch())
    after_number = _AFTER_NUMBER.match
    for start in _rule_starts().finditer(text):
        s = start.start()
        if text[s].isdigit():
            m = after_number(text, s)
            table = by_number_length.get(len(m.group(1))) if m else None
            if table is None:
                continue
            char = m.group(2)
            eligible = table.get("letter" if char.isalpha() else char)
            if eligible is None:
                eligible = table.get(_char_class(char), ())
        else:
            # "martā" opens no "šā gada …", "nākamā gada" no month: each tries only its own rules.
            eligible = (prefix_rules if prefix_letter(text, s) else ()) + (month_rules if month_letter(text, s) else ())
        for index in eligible:
            starts_per_rule[index].append(s)
    for priority, ((_name, pattern, build), starts) in enumerate(zip(rule_list, starts_per_rule)):
        for m in vocab.finditer_at(pattern, text, starts):
            atoms = build(m)
            if len(atoms) == 1:  # most matches: spare the two generators below
                yield atoms[0].start, atoms[0].end, priority, atoms
            elif atoms:
                yield min(a.start for a in atoms), max(a.end for a in atoms), priority, atoms


# The number a digit start opens with, then the blanks and dots after it (no rule reads more
# than 11 of them there), then the first other character, if any.
_AFTER_NUMBER = re.compile(r"(\d{1,5})[\s.]{0,16}(.?)", re.DOTALL)

_LETTER = re.compile(r"[^\W\d]")
_DIGIT = re.compile(r"\d")
_DASH = re.compile(DASH)


def _char_class(char: str) -> str:
    """The kind of the character after a number's blanks and dots, as the table below names it."""
    if not char:
        return ""
    if _LETTER.match(char):
        return "letter"
    if _DIGIT.match(char):
        return "digit"
    if _DASH.match(char):
        return "dash"
    return char if char in "/,&•·|" else "other"


# Per length of the opening number and the character class after it: the rules that can match
# there. Every rule that can open with a digit is named at least once (checked in
# _rule_classes); tests/test_date_rule_dispatch.py checks the table against trying every rule
# at every start.
_DAY_RULES = {
    "letter": ("day_month", "day_month_plain", "day_month_cut", "day_month_year_glued", "day_month_glued", "day_month_glued_acronym", "day_range_month", "day_list", "day_list_glued", "numeric_day_list", "day_short_month_year",
               "numeric_day_range", "day_month_dot_year", "day_month_clock_year", "day_short_month_badge",
               "day_month_hyphenated", "day_english_month_year"),
    "digit": ("numeric", "month_number_range", "numeric_date_card", "numeric_before_amount", "numbered_day_month", "numeric_short_year", "numeric_day_month", "numeric_day_month_spaced", "numeric_day_month_bare", "numeric_range",
              "numeric_glued", "numeric_day_month_range_bare", "numeric_day_month_clock"),
    "dash": ("day_range_month", "day_short_month_year", "numeric_dash", "numeric_day_range", "numeric_day_range_short_year",
             "numeric_day_range_no_year", "numeric_glued"),
    "/": ("numeric_slash", "numeric_slash_month_first", "numeric_slash_spaced", "month_number_range"),
    "|": ("numeric_pipe_spaced",),
    ",": ("day_list", "day_list_glued", "numeric_day_list", "day_month", "day_range_month"),
    "&": ("day_list", "numeric_day_list"),
    "•": ("numeric_bullet",),
    "·": ("numeric_bullet",),
}
_YEAR_RULES = {
    # "2024. gada 5. martā", "2014. gada martā", "2012. gadā", "2012. un 2014. gadā", "2012 līdz 2014"
    "letter": ("day_month", "day_month_cut", "day_range_month", "day_from_to_month", "day_list", "year_range", "year_to_month", "year_list", "year", "year_of_kind", "year_month",
               "year_day_english", "day_month_hyphenated", "year_dot_month", "year_elided", "credit_year"),
    "dash": ("iso", "iso_month", "year_range", "year_range_short", "year_to_month", "bracketed_years", "numeric_ymd_glued"),
    "other": ("bracketed_year", "bracketed_award_year", "credit_year"),
    "": ("credit_year",),  # "Ezerzeme, 2011." closing the text
    "|": ("bracketed_year", "bracketed_award_year"),
    "/": ("year_range", "year_range_short"),
    ",": ("year_list",),
    "digit": ("numeric_ymd_dot", "numeric_ymd_dot_before_amount", "numeric_ymd_glued", "bracketed_years_dashless", "period_years_dashless"),
}
_BY_NUMBER_LENGTH = {1: _DAY_RULES, 2: _DAY_RULES, 4: _YEAR_RULES}

# The rules that open with a month name (never a digit).
_WORD_RULES = {"month_year", "month_range_year", "month_dash_year", "month_day_list", "month_day_year", "short_month_day_year", "ordinal_day_range", "ordinal_day", "month"}


@lru_cache(maxsize=1)
def _rule_classes() -> tuple[tuple[tuple[int, ...], tuple[int, ...]], dict[int, dict[str, tuple[int, ...]]]]:
    """Rule indices (in priority order) for a start at a letter (those opening with a prefix
    word, those opening with a month), and per length of the number
    at a digit start, per character class after it (also keyed by the character itself for
    the digits, dashes and signs, which saves classifying them)."""
    names = [name for name, _pattern, _build in rules()]
    index = {name: i for i, name in enumerate(names)}
    named = {name for table in _BY_NUMBER_LENGTH.values() for group in table.values() for name in group}
    if unknown := named - index.keys():
        raise ValueError(f"the digit dispatch names rules that do not exist: {sorted(unknown)}")
    digit_rules = {name for name, kind in zip(names, _rule_kinds()) if kind != "word"}
    if missing := digit_rules - named:
        raise ValueError(f"rules that may open with a digit but have no digit class: {sorted(missing)}")
    prefix_rules = tuple(i for i, kind in enumerate(_rule_kinds()) if kind == "any")
    month_rules = tuple(i for i, kind in enumerate(_rule_kinds()) if kind == "word")
    by_number_length = {}
    for length, table in _BY_NUMBER_LENGTH.items():
        ids = {char_class: tuple(sorted(index[name] for name in group)) for char_class, group in table.items()}
        for char in "0123456789" + DASHES + "/,&•·":
            if _char_class(char) in ids:
                ids[char] = ids[_char_class(char)]
        by_number_length[length] = ids
    return (prefix_rules, month_rules), by_number_length


# What every rule needs after the number it opens with: a dot, slash, pipe, dash or comma ("5.",
# "2019-05", "5, 6. un"), or a word ("5 maijā", "2014 gada", "5 un 6."), within a few blanks
# (one line break: day_dot). Amounts, phone numbers and list labels "1)" fail it at once, and
# so does the tail of a dotted number ("8.3.3."), which every rule's START refuses.
_DIGIT_GUARD = r"(?<!\d[./-])(?=\d{1,4}\s{0,7}[.,/&|" + DASH_CHARS + r"•·]|\d{1,4}(?!\d)\s{0,7}[^\W\d])"


@lru_cache(maxsize=1)
def _rule_kinds() -> tuple[str, ...]:
    """Per rule: "digit" (it opens with (?=\\d)), "word" (with a month name) or "any"."""
    return tuple("digit" if pattern.pattern.startswith(r"(?=\d)") else "word" if name in _WORD_RULES else "any"
                 for name, pattern, _build in rules())


def _prefix_words() -> list[str]:
    """The words a rule that may open with a digit may open with instead: "šā gada 5. maijā"."""
    rel = vocab.temporal()["relative_year"]
    return [*rel["this"], *rel["next"], *rel["previous"], *rel["same"], *rel["this_abbreviations"],
            *(w for words in rel["adverbs"].values() for w in words),
            "no", "kopš"]  # "no 5. līdz 7. maijam", "kopš 2012. līdz 2014. gadam"


def _month_words() -> list[str]:
    """The words the month rules open with."""
    return [*vocab.month_forms(), *vocab.month_nominatives(), *vocab.month_portal_short(), *ordinal_days.first_words()]


@lru_cache(maxsize=1)
def _word_dispatch() -> tuple[re.Pattern, re.Pattern]:
    """Whether the letter at a start may open a prefix word, and whether a month: the first
    letters of each list as a class, matched with the rules' own case folding."""
    def first_letters(words: list[str]) -> re.Pattern:
        return re.compile("[" + "".join(sorted({re.escape(word[0]) for word in words})) + "]", re.IGNORECASE)
    return first_letters(_prefix_words()), first_letters(_month_words())


@lru_cache(maxsize=1)
def _rule_starts() -> re.Pattern:
    """Where some rule matches: one scan of the text instead of one per rule (eighteen).

    Every rule begins with a look-behind that refuses a word character before it (START or
    its like) and then reads a digit or a word of the vocabularies, checked here to start
    with a word character: what vocab.word_start_scan needs.
    """
    first_words = [*_prefix_words(), *_month_words()]
    if not all(re.match(r"\w", word) for word in first_words):
        raise ValueError("a date rule may start with a word whose first character is no word character")
    scan = vocab.word_start_scan([pattern for _name, pattern, _build in rules()], first_words, _DIGIT_GUARD)
    # A digit glued to "līdz"/"kopš" starts no word, but START lets a rule begin there; nor
    # does a full date glued to a headline's last word, which numeric_glued reads.
    # nor a day glued to a word ("lustes16.jūlijā"), which day_month_glued reads, or to an
    # acronym ("TNSD2. oktobrī"), day_month_glued_acronym's.
    # nor a year alone in brackets ("klētī (1894)"), maybe approximate ("(ap 1910)"): bracketed_year.
    # nor a year glued to a word before its "gada" ("uz2020.gada 9.jūnija"), GLUED_WORD_YEAR,
    # or to a photo's file name ("DSC062962015.gada 22.aprīlī"), GLUED_FILE_YEAR.
    # Every one of these starts at a digit (each looks ahead to one): the one (?=\d) before them all
    # spares their look-behinds at every other character (the same starts: all are zero-width).
    return re.compile(rf"{scan.pattern}|(?=\d)(?:{GLUED_BEFORE}|{GLUED_YEAR}|{GLUED_FILE_YEAR}|{GLUED_WORD_YEAR}|{AFTER_AT}|{AFTER_CLOCK}|(?=\d\d[-.]\d\d[-.]\d{{4}}|\d{{4}}[-.]\d\d[-.]\d\d)(?<=[{LOWER}]{{2}})"
                      rf"|(?=\d\d?\.)(?<=[{LOWER}]{{3}})|(?=\d\d?\.)(?<=[{UPPER}]{{3}})|(?=\d{{4}}\.\d\d\.\d{{3}})(?<=[^\W\d_])|(?<=\()(?=\d{{4}}\))"
                      rf"|(?:(?<=\(ap[^\S\n])|(?<=\(ap\.[^\S\n])|(?<=\(ca\.[^\S\n]))(?=\d{{4}}\)))")
