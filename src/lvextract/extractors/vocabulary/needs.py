"""What a Matcher pattern requires of a document: the token tests it makes, read from the
pattern, and how far apart their tokens may stand (Needs)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

# A test one token must pass: ("norm", stem ids), ("lower", word ids) or ("prefix", lower-case
# start). Stems and words as spaCy's string ids (hashes), which a document's array holds.
TokenTest = tuple[str, object]
# re.escape's output for a literal: what phrase_pattern writes for "Interreg*".
ESCAPED_LITERAL = re.compile(r"(?:\\.|[^\\.^$*+?{}\[\]|()])*")
REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")


def token_test(token: dict) -> TokenTest | None:
    """The test a token pattern without "OP" makes, if it is one of the kinds phrase_pattern
    writes (otherwise None: the Matcher alone decides)."""
    from spacy.strings import get_string_id

    for attr, value in token.items():
        if attr == "NORM" and isinstance(value, str):
            return "norm", frozenset([get_string_id(value)])
        if attr == "NORM" and isinstance(value, dict) and set(value) == {"IN"}:
            return "norm", frozenset(map(get_string_id, value["IN"]))
        if attr == "LOWER" and isinstance(value, str):
            return "lower", frozenset([get_string_id(value)])
        if (attr == "LOWER" and isinstance(value, dict) and set(value) == {"REGEX"}
                and value["REGEX"].startswith("^") and ESCAPED_LITERAL.fullmatch(value["REGEX"], 1)):
            return "prefix", re.sub(r"\\(.)", r"\1", value["REGEX"][1:], flags=re.S)
    return None


def width(token: dict) -> float:
    """The most tokens other than white space that one token pattern may cover."""
    op = token.get("OP")
    if token.get("IS_SPACE") == True:  # noqa: E712 (True or 1)
        return 0
    if op is None or op == "?":
        return 1
    if op == "!":
        return 0
    repeat = REPEAT.fullmatch(op)
    if repeat and not repeat.group(2):
        return int(repeat.group(1) or 0)  # "{n}"
    if repeat and repeat.group(3):
        return int(repeat.group(3))  # "{n,m}", "{,m}"
    return math.inf  # "*", "+", "{n,}"


@dataclass(frozen=True)
class Needs:
    """What a document must hold for one pattern to match: each required token test passed
    somewhere (set tests first, the cheap part), then all of them in the pattern's order
    with no more tokens between them than the pattern's optional parts can cover."""

    tests: tuple[TokenTest, ...] = ()
    gaps: tuple[float, ...] = ()  # gaps[k]: the most non-space tokens between tests k and k+1
    norms: frozenset[int] = frozenset()  # the tests of one stem, as one subset test
    lowers: frozenset[int] = frozenset()
    others: tuple[TokenTest, ...] = ()  # the tests of several stems, and prefixes

    @classmethod
    def of(cls, pattern: list[dict]) -> "Needs":
        tests: list[TokenTest] = []
        gaps: list[float] = []
        gap = 0.0
        for token in pattern:
            test = None if "OP" in token else token_test(token)
            if test is None:
                gap += width(token)
                continue
            if tests:
                gaps.append(gap)
            tests.append(test)
            gap = 0.0
        single = [(kind, next(iter(value))) for kind, value in tests if kind != "prefix" and len(value) == 1]
        return cls(tuple(tests), tuple(gaps),
                   norms=frozenset(v for kind, v in single if kind == "norm"),
                   lowers=frozenset(v for kind, v in single if kind == "lower"),
                   others=tuple(t for t in tests if t[0] == "prefix" or len(t[1]) != 1))

    def met(self, index: "TokenIndex") -> bool:
        # TokenIndex (index.py) is named, not imported: index.py imports this module.
        return (self.norms <= index.norms and self.lowers <= index.lowers
                and all(index.anywhere(test) for test in self.others)
                and (len(self.tests) < 2 or index.in_order(self)))
