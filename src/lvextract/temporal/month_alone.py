"""A month word alone ("maijā", "marta pasākumā", "Februāra nogalē"): a date of month grain where
its case or its neighbours make it one (temporal.toml month_context_*, month_occurrence_stems,
month_part_locatives; a time of day after it: month_time_of_day.py), none where it is a person's
name ("Maija" mid-sentence; a form that is a known given name's too opening a sentence before an
occurrence: "Maija nometnē piedalījās …", latvian/data/given_names.json) or a bare genitive that
dates nothing. The given name's reading yields to the month on a heading line ("Marta pasākumi
Ozolu bibliotēkā") and where another month is named in its sentence or the ones beside it
("Jūlija nometnē piedalījās 40 bērni, bet augusta nometnē – 35"). Split from date_rule_actions,
which imports nothing from here."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import LOWER, UPPER
from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import YEAR
from .date_values import _month_number
from .counted_month_part import no_month
from .month_heading import month_heading
from .month_time_of_day import time_of_day_after
from .sentence_window import sentence_around


# Where a capitalised month starts a sentence, a line or a list item ("• Februāra beigās …").
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[(\"“„«]\s*|(?:^|\s)[•·▪◦*–—-]\s+)$")


@lru_cache(maxsize=1)
def _month_contexts() -> tuple[re.Pattern, re.Pattern]:
    t = vocab.temporal()
    # The word after a list of months is said of each ("maija, jūnija un jūlija mēnesī",
    # "jūnija vai jūlija beigās"): the months before it take it over the list's commas and "un".
    months_between = rf"(?:[^\S\n]*(?:,|[^\S\n](?:un|vai))[^\S\n]+{vocab.month_alternation()}(?!\w))*"
    occurrences = rf"(?:{vocab.alternation(t['month_occurrence_stems'])})[^\W\d_]*"
    # A list of months after the word before takes it over too ("par februāri un martu", "par maiju,
    # jūniju un jūliju"): each month of the list is the report's.
    months_before = rf"(?:{vocab.month_alternation()}(?:[^\S\n]*,|[^\S\n]+(?:un|vai))[^\S\n]+)*"
    return (re.compile(rf"(?:^|\s){vocab.alternation(t['month_context_before'])}\s+{months_before}$", re.IGNORECASE),
            re.compile(rf"(?P<between>{months_between})\s+(?:{vocab.alternation(vocab.month_context_after())}(?!\w)"
                       rf"|(?P<occurrence>{occurrences}))", re.IGNORECASE))


@lru_cache(maxsize=1)
def _month_part_after() -> re.Pattern:
    """A month's part right after the word ("Februāra nogalē", "Maija beigās"): temporal.toml's
    month_part_locatives, the same words that join "aprīļa beigās – maijā"."""
    return re.compile(rf"[^\S\n]+{vocab.alternation(vocab.temporal()['month_part_locatives'])}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _after_month_dash() -> re.Pattern:
    """A month of a named year right before and a dash: "2010. gada aprīlis – maijs" ends a range of months."""
    return re.compile(rf"(?<!\d){YEAR}\.?[^\S\n]*(?:gada|g\.)[^\S\n]+{vocab.month_alternation()}[^\S\n]*[-–—][^\S\n]*$",
                      re.IGNORECASE)


def _given_name(word: str) -> bool:
    """A capitalised month form that is a known given name's too ("Maija", "Jūlija", "Augusta" of
    Augusts; latvian/data/given_names.json), not "Jūnija" or "Septembra"."""
    from ..latvian.names import is_given_name  # the name data loads only when such a form is read

    return word[:1].isupper() and is_given_name(word)


# A lower-case word right after the month, on its line.
_LOWER_WORD_AFTER = re.compile(rf"[^\S\n]+[{LOWER}]")

# A word before the month on its line (the 40 characters read before it).
_WORD_BEFORE_ON_LINE = re.compile(r"[^\W\d_][^\n]*$")

# A heading line: short, opened by the month, with no stop of a sentence at its end, and a blank line
# after it (a wrapped sentence's line is followed by the next one).
_HEADING_MAX = 60
_BLANK_LINE = re.compile(r"\n[^\S\n]*(?:\n|$)")


def _heading_line(text: str, start: int) -> bool:
    """Whether the word at `start` opens a short line, no sentence's, set apart as a heading ("Marta
    pasākumi Ozolu bibliotēkā⏎⏎"): a month names the page's time there.
    Bounded: _HEADING_MAX characters."""
    if start and text[start - 1] != "\n":
        return False
    end = text.find("\n", start, start + _HEADING_MAX + 1)
    if end < 0 or text[start:end].rstrip().endswith((".", "!", "?", ",", ":", ";")):
        return False
    return _BLANK_LINE.match(text, end) is not None


@lru_cache(maxsize=1)
def _any_month() -> re.Pattern:
    """A month's form; `surname` where a capitalised word follows it (a person's: "Augusta Ozola darbi")."""
    return re.compile(rf"(?<!\w)(?:{vocab.month_alternation()})(?!\w)(?P<surname>[^\S\n]+(?-i:[{UPPER}]))?", re.IGNORECASE)


def _other_month_beside(text: str, start: int, end: int) -> bool:
    """Another month named in the sentence of text[start:end], the one before or the one after it
    ("Jūlija nometnē …, bet augusta nometnē …", "Marta sākumā notiks seminārs. Marta seminārā …"):
    the text counts months, so this form is one too. A capitalised form before a capitalised word
    is a person's name ("Augusta Ozola darbi"), no month. Bounded by the sentence window."""
    left, right = sentence_around(text, start, end)
    if left > 1:
        left = sentence_around(text, left - 2, left - 1)[0]
    if right < len(text) - 1:
        right = sentence_around(text, right + 1, right + 2)[1]
    return any(o.start() != start and not (o["surname"] and o.group(0)[0].isupper())
               for o in _any_month().finditer(text, left, right))


def month_alone(m: re.Match) -> list[Atom]:
    word = m.group("mon")
    text = m.string
    before = text[max(0, m.start() - 40):m.start()]
    after = text[m.end():m.end() + 80]  # room for a list of months before the context word
    context_before, context_after = _month_contexts()
    after_match = context_after.match(after)
    if after_match and after_match["occurrence"] and not after_match["between"] and _given_name(word) \
            and not _heading_line(text, m.start()) and not _other_month_beside(text, m.start(), m.end()):
        # "Maija nometnē piedalījās 30 bērni", "… Augusts koncertā": a given name's form before an
        # occurrence may be its owner; the month needs a month's part, a time of day, a word before
        # it or a list of months ("Maija beigās", "Maija, jūnija un jūlija nometnēs"), a heading's
        # line, or another month beside it
        after_match = None
    # A nominative whose arrival follows ("… pagastā Aprīlis ir iesācies", a headline glued to the
    # body's first sentence) is a month even where no sentence seems to start.
    # So is a genitive before a word that can only be said of a month ("… 2023-03 Februāra nogalē
    # norisinājās", a metadata stamp glued before the body's first word): no person has an end.
    if word[0].isupper() and not _SENTENCE_START.search(before) \
            and not (word.lower() in vocab.month_nominatives() and after_match) \
            and not _month_part_after().match(after) and not time_of_day_after(word, after):
        return []  # "Maija", "Jūlijā" mid-sentence: a person, not a month
    # A nominative in lower case inside a line of words is a month ("tuvojas maijs", "bibliotēkā
    # februāris bija rosīgs"): no name or other word is written so (docs/record.md, "a month's
    # nominative"). Alone on its line it is a table's cell ("7." / "novembris"), a heading's rules'.
    running_nominative = word.islower() and word in vocab.month_nominatives() \
        and _WORD_BEFORE_ON_LINE.search(before) is not None
    # So is one opening a sentence as its subject, a lower-case word after it ("Septembris ir īstais
    # brīdis …", "Oktobris daudzās valstīs ir …"), unless the form is a given name's too ("Augusts",
    # "Jūlijs") or a capitalised word follows (a surname: "Marts Liepa"); 6 of 7 such dev mentions.
    running_nominative = running_nominative or (
        word[0].isupper() and word.lower() in vocab.month_nominatives() and _SENTENCE_START.search(before) is not None
        and _LOWER_WORD_AFTER.match(after) is not None and not _given_name(word))
    if word.lower() not in vocab.locative_forms() and not running_nominative \
            and not (context_before.search(before) or after_match
                     or (word.islower() and _after_month_dash().search(before))
                     or month_heading(text, m.start(), m.end(), word)
                     or time_of_day_after(word, after)):
        return []
    if no_month(text, m.start(), m.end()):
        return []  # "ik gadu … jūlija trešajā nedēļā", "marta trešajā otrdienā – 21. martā"
    return [Atom(m.start(), m.end(), None, _month_number(word), rule="month")]
