"""Protected spans: e-mails, URLs, dates, clock times, spaced amounts and listed abbreviations,
each of which must end up exactly one token, whatever the model did around it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..segmentation import TokenOffsets
from ..latvian.orthography import DASH, LOWER, UPPER
from .shapes import abbreviations

# Top-level domains that make "labourplus.eu" a web address rather than two words.
TLDS = ("lv", "eu", "com", "org", "net", "gov", "edu", "int", "info", "biz", "ee", "lt", "de", "uk", "ru",
        "se", "fi", "no", "dk", "pl", "fr", "it", "es", "nl", "be", "at", "ch", "io")
THOUSANDS_SPACE = " \u00a0\u202f\u2009"


@lru_cache(maxsize=1)
def protected_pattern() -> re.Pattern:
    """Everything that must stay one token, leftmost-first in this order of preference."""
    abbr = abbreviations()
    listed = sorted(abbr.never_final | abbr.may_end, key=len, reverse=True)
    tld = "|".join(sorted(set(TLDS), key=len, reverse=True))
    sp = f"[{THOUSANDS_SPACE}]"
    # (part, what its first character is: "digit", "other" or "any")
    parts = [
        (r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)+", "any"),  # e-mail; starts only where a run starts: linear
        (r"(?:https?://|www\.)[^\s<>\"„“”«»]+", "other"),                                 # URL
        (rf"(?<![\w@./-])(?:[\w-]+\.)+(?:{tld})(?![\w@])(?:/[^\s<>\"„“”«»]*)?", "any"),    # bare domain
        (r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\.?(?![\d])", "digit"),                     # 22.11.2019.
        (r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])", "digit"),                               # 2019-04-01
        (r"(?<![\d:])(?<!\d[.,])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])", "digit"),              # 15:30, plkst.15:30
        (r"(?<![\d:])(?<!\d[.,])\d{1,2}\.\d{2}(?![\d]|\.\d)", "digit"),                   # 10.00 (or a decimal)
        (rf"(?<![\d.,])\d{{1,3}}(?:{sp}\d{{3}})+(?:,\d+)?(?!\d)", "digit"),               # 4 486 638
        (rf"(?<![\d.,])\d{{1,4}}\.(?=\s*[{LOWER}]|\s*{DASH}\s*\d)", "digit"),                  # 2014. gada, 21. - 22.
        (r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])\w+(?:-\w+)+(?![\w-])", "any"),        # Nr.856468-NRP4-LV
        (abbr.degree_pattern, "any"),                                                    # Dr.paed.
        (rf"(?<![\w.])[{UPPER}]\.(?=[^\S\n]*[{UPPER}])", "other"),                          # J. Bērziņš
        (r"(?<![^\W\d_])(?:" + _by_first_character(listed) + r")", "any"),               # plkst., š.g.
    ]
    # Every part above but the URL and the degree starts after a character that is no letter
    # or with a digit (see their look-behinds); the guard says so once, so that the inside of
    # a word, most of the text, costs one test instead of one per part. Then a digit tries
    # only the parts that can start with one, anything else only the others, each list in
    # the order above. Both only skip parts that cannot match there: the matches are the same.
    # And no part starts at white space: most of the rest of the text, out at one test.
    guard = rf"(?!\s)(?:(?<![^\W\d_])|(?=\d)|(?=https?://|www\.)|(?={abbr.degree_pattern}))"
    at_digit = "|".join(f"(?:{p})" for p, first in parts if first != "other")
    elsewhere = "|".join(f"(?:{p})" for p, first in parts if first != "digit")
    return re.compile(guard + f"(?:(?=\\d)(?:{at_digit})|(?!\\d)(?:{elsewhere}))")


def _by_first_character(words: list[str]) -> str:
    """An alternation of `words` grouped by their first character (all the words that start
    with "p" under one "p(?:…)"): at a position only one group can match, so the regex tests
    one group instead of every word, and inside a group the words keep their order, so the
    same one wins."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    assert not any(first.isspace() for first in groups), "protected_pattern's guard: no part starts at a space"
    # The look-ahead first: a position no word can start at fails at one test, not one per group.
    return "(?=[" + "".join(map(re.escape, groups)) + "])(?:" + "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")" for first, group in groups.items()) + ")"


_TRAILING_PUNCT = ".,;:!?)]}'\"”»"


def _trim(text: str, start: int, end: int) -> int:
    """End of a URL without the sentence punctuation glued after it."""
    while end > start + 1 and text[end - 1] in _TRAILING_PUNCT:
        if text[end - 1] == ")" and "(" in text[start:end - 1]:
            break
        end -= 1
    return end


def protected_spans(text: str) -> list[TokenOffsets]:
    spans = []
    for m in protected_pattern().finditer(text):
        start, end = m.span()
        if m.group().startswith(("http", "www")) or "/" in m.group():
            end = _trim(text, start, end)
        # A dotted time before a sentence end: "plkst. 10.00." is "10.00" + the full stop.
        if end < len(text) and text[end] == "." and re.fullmatch(r"\d{1,2}\.\d{2}", m.group()):
            if _is_clock(m.group()) and _starts_sentence(text, end + 1):
                spans.append((start, end))
                continue
            end += 1  # "22.11." – a day and month, the full stop is the ordinal's
        spans.append((start, end))
    return spans


def _is_clock(value: str) -> bool:
    # "10.00", "15.30": minutes no month can be; "10.11." stays a day and month.
    minutes = int(value.split(".")[1])
    return minutes == 0 or minutes > 12


SENTENCE_START = re.compile(rf"\s*\Z|\s+[{UPPER}\d„\"“«(]")


def _starts_sentence(text: str, pos: int) -> bool:
    return bool(SENTENCE_START.match(text, pos))
