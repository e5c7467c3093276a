"""The temporal grammar's vocabularies, read once: the months from latvian/data/calendar.toml,
the grammar's words and the document-date settings from temporal/data/temporal.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import datafiles
from ..first_chars import first_class
from ..latvian.months import months as _months
from ..latvian.months import ascii_fold, locative_forms, month_forms, months_of_stub, partial_folds  # noqa: F401  (the grammar reads them from here)
from ..word_regex import alternation, filled, grouped_alternation  # noqa: F401  (the grammar's modules import them from here)


def _load(name: str) -> dict:
    return datafiles.load_toml(f"temporal/data/{name}")


def calendar_words() -> dict:
    """latvian/data/calendar.toml: the months, the weekdays and the words of relative dates."""
    return datafiles.latvian("calendar")


@lru_cache(maxsize=1)
def month_alternation() -> str:
    """Every month form as one alternation, for the date rules and the times grammar alike."""
    return alternation(month_forms())


@lru_cache(maxsize=1)
def month_nominatives() -> tuple[str, ...]:
    """The first listed form of each month is its nominative (marts, aprīlis)."""
    return tuple(m["forms"][0] for m in _months())


@lru_cache(maxsize=1)
def genitive_forms() -> frozenset[str]:
    """The second listed form of each month is its genitive (marta, aprīļa): the "from" form of
    a range ("15. jūnija līdz 30. jūnijam")."""
    return frozenset(m["forms"][1] for m in _months())


@lru_cache(maxsize=1)
def month_abbreviations() -> dict[str, int]:
    return {abbr: m["number"] for m in _months() for abbr in m["abbreviations"]}


@lru_cache(maxsize=1)
def month_portal_short() -> dict[str, int]:
    """Dotless short names of a portal's dateline ("31. Okt, 2022"): only before a year."""
    return {short: m["number"] for m in _months() for short in m.get("portal_short", [])}


@lru_cache(maxsize=1)
def month_roman() -> dict[str, int]:
    """Roman numerals written for a month after a day ("27. II"): upper case → number."""
    return {m["roman"]: m["number"] for m in _months()}


@lru_cache(maxsize=1)
def month_english() -> dict[str, int]:
    """English month names a bilingual portal prints after a Latvian year ("2020. gada 19. may")."""
    return {name: m["number"] for m in _months() for name in m.get("english", [])}


@lru_cache(maxsize=1)
def month_typos() -> dict[str, int]:
    """A month form with one letter dropped ("septembim", "oktobī"), or one the month lists as
    misspelt ("aprīļā"), read only right after a day number. Only forms of seven letters or more
    (the typo keeps at least six), and never a spelling that is itself a month form: "marta" or
    "maija" less a letter names nothing."""
    forms = month_forms()
    words = set(calendar_words().get("typo_not_month", []))
    typos: dict[str, int] = {}
    for form, number in forms.items():
        if len(form) < 7:
            continue
        for i in range(len(form)):
            typo = form[:i] + form[i + 1:]
            if typo not in forms and typo not in words and ascii_fold(typo) not in words:
                typos.setdefault(typo, number)
    for month in _months():
        # A misspelling the hand-typed pages make of a whole form (calendar.toml `misspelt`): "aprīļā".
        for typo in month.get("misspelt", []):
            for variant in partial_folds(typo):
                if variant not in forms:
                    typos.setdefault(variant, month["number"])
    return typos


@lru_cache(maxsize=1)
def temporal() -> dict:
    """temporal.toml, as the file has it."""
    return _load("temporal.toml")


@lru_cache(maxsize=1)
def metadata_labels() -> tuple[str, ...]:
    """A crawler's or CMS's metadata field's labels: temporal.toml's [document_date] metadata_labels
    and its archive_labels (a blog's archive heading is a metadata field too; the file lists each
    label once)."""
    fields = temporal()["document_date"]
    return (*fields["metadata_labels"], *fields["archive_labels"])


@lru_cache(maxsize=1)
def told_verbs() -> frozenset[str]:
    """Verbs of one occurrence told in the past or the future (temporal.toml [year_turn] past_verbs
    and future_verbs, calendar.toml [past_verbs]): "notiks", "notika", "aicina"."""
    tense = temporal()["year_turn"]
    return frozenset([*tense["past_verbs"], *tense["future_verbs"], *calendar_words()["past_verbs"]["words"]])


def document_date_words(key: str) -> str:
    """One word list of temporal.toml's [document_date] as an alternation (longest first)."""
    return alternation(temporal()["document_date"][key])


def document_date_pattern(template: str, flags: int = 0) -> re.Pattern:
    """`template` compiled, each {key} in it standing for document_date_words(key): the dateline
    rules build their patterns from the data in this one way (callers cache the result)."""
    return re.compile(filled(template, temporal()["document_date"]), flags)


@lru_cache(maxsize=None)
def weekday_forms(*cases: int) -> tuple[str, ...]:
    """The forms of every weekday at these places of calendar.toml [weekdays] (0 the adverb
    "pirmdien", 1 the nominative, 2 the genitive, 3 the dative), in the file's order."""
    return tuple(forms[k] for forms in calendar_words()["weekdays"].values() for k in cases)


@lru_cache(maxsize=1)
def weekday_names() -> frozenset[str]:
    """A weekday as a dateline names it: the adverb and the nominative ("pirmdien", "pirmdiena"),
    the first two forms of each weekday in calendar.toml [weekdays]."""
    return frozenset(weekday_forms(0, 1))


@lru_cache(maxsize=1)
def month_context_after() -> tuple[str, ...]:
    """The words after a month alone that make it a month ("maija beigās", "oktobra izskaņā", "maija
    pēdējā sestdienā", "novembra pirmdienā"): temporal.toml's own and its month_part_locatives, the
    ordinals of a weekday in a month and the weekdays' locatives (the forms in -ā) from calendar.toml."""
    calendar = calendar_words()
    locatives = [form for forms in calendar["weekdays"].values() for form in forms if form.endswith("ā")]
    return tuple(temporal()["month_context_after"] + temporal()["month_part_locatives"]
                 + list(calendar["weekday_in_month"]["ordinals"]) + locatives)


def word_start_scan(patterns: list[re.Pattern], first_words: list[str] | None = None,
                    digit_guard: str = "") -> re.Pattern:
    """A regex that finds every position where one of `patterns` matches, trying them only
    where a word starts. Each pattern must begin with a look-behind that refuses a word
    character before it, then read a word character: then one scan of the text costs about
    what one of them does, instead of one scan each. Patterns that begin with "(?=\\d)" are
    tried together behind that one test. With `first_words` (every word a pattern may open
    with, a superset), a letter is tried only where one of them starts: most words of a text
    then fail one grouped alternation instead of every pattern's look-ahead, and a digit only
    where `digit_guard` (a cheap necessary condition of every pattern there) holds."""
    at_digit, anywhere, classes = [], [], []
    for pattern in patterns:
        assert pattern.flags & ~(re.IGNORECASE | re.UNICODE) == 0 and "(?P=" not in pattern.pattern
        unnamed = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)  # one regex cannot repeat a group name
        # The first characters' class before each look-ahead (first_chars): a word start
        # no match of the pattern can begin at fails one class test, not the whole pattern.
        first = first_class(pattern)
        classes.append(first)
        guarded = f"(?={first})(?={unnamed})" if first else f"(?={unnamed})"
        lookahead = f"(?i:{guarded})" if pattern.flags & re.IGNORECASE else guarded
        (at_digit if pattern.pattern.startswith(r"(?=\d)") else anywhere).append(lookahead)
    if first_words is not None:
        # Every digit that starts a word is a start: on date-dense text nearly all are, and the
        # look-aheads there would only match each date twice (here and in the rule itself).
        guard = "(?=(?i:" + alternation(w.lower() for w in first_words) + "))"
        branches = [r"(?=\d)" + digit_guard] + ([guard + "(?:" + "|".join(anywhere) + ")"] if anywhere else [])
        return re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")")
    alternatives = ([r"(?=\d)(?:" + "|".join(at_digit) + ")"] if at_digit else []) + anywhere
    # Their union first (case-folded: a superset), so most word starts fail one test.
    union = "(?i:(?=[" + "".join(first[1:-1] for first in classes) + "]))" if classes and all(classes) else ""
    return re.compile(r"(?<!\w)(?=\w)" + union + "(?:" + "|".join(alternatives) + ")")


def finditer_at(pattern: re.Pattern, text: str, starts: list[int]):
    """`pattern.finditer(text)` when `starts` holds every position where it can match (see
    word_start_scan): left to right, each match from the end of the one before."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m:
            assert m.end() > start, "the pattern matched the empty string"
            yield m
            end = m.end()

