"""Running the date rules over a text: one scan finds where any rule may start, then each
rule is tried only there (digit rules at digits, month-word rules at letters)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import GLUED_BEFORE
from .date_rules import rules


def matches(text: str) -> Iterator[tuple[int, int, int, list[Atom]]]:
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
