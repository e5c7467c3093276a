"""The characters a regex's match can begin with, read from the pattern's parse (issue 15).

A scan that tries many patterns at each word start (temporal.vocabulary.word_start_scan) puts
this class before each pattern's look-ahead: a word whose first letter no match can begin with
then costs one class test instead of entering the pattern. The class is a superset (any
look-around is skipped, an unknown construct gives None), so the scan finds the same starts.
"""
from __future__ import annotations

import re
from re import _constants as C  # the parser's op codes: the stdlib re of CPython 3.11+
from re import _parser as P

_CATEGORIES = {C.CATEGORY_WORD: r"\w", C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_SPACE: r"\S"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _char(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "]\\^-[" else re.escape(chr(code))


def _class_items(items: list, out: set[str]) -> bool:
    """The members of a character class; False where one cannot be written back (a negation)."""
    for kind, value in items:
        if kind is C.LITERAL:
            out.add(_char(value))
        elif kind is C.RANGE:
            out.add(_char(value[0]) + "-" + _char(value[1]))
        elif kind is C.CATEGORY and value in _CATEGORIES:
            out.add(_CATEGORIES[value])
        else:
            return False
    return True


def _first(items, out: set[str]) -> bool | None:
    """Add to `out` what a match of `items` may begin with; whether the items may match
    nothing at all (then what follows may begin the match too); None: unknown."""
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the next item reads the first character
        if op is C.LITERAL:
            out.add(_char(av))
            return False
        if op is C.IN:
            return False if _class_items(av, out) else None
        if op is C.SUBPATTERN:
            if av[1]:  # an inline flag turned on ("(?i:…)" inside a case-sensitive pattern)
                return None
            nullable = _first(av[3], out)
        elif op is C.ATOMIC_GROUP:
            nullable = _first(av, out)
        elif op is C.BRANCH:
            nullable = False
            for branch in av[1]:
                each = _first(branch, out)
                if each is None:
                    return None
                nullable = nullable or each
        elif op in _REPEATS:
            nullable = _first(av[2], out)
            if nullable is not None and av[0] == 0:
                nullable = True
        else:
            return None
        if nullable is None or not nullable:
            return nullable
    return True


def first_class(pattern: re.Pattern) -> str | None:
    """"[…]": a class holding every character a match of `pattern` can begin with (read under
    the pattern's own flags); None when that is not known or the pattern can match nothing."""
    out: set[str] = set()
    try:
        nullable = _first(P.parse(pattern.pattern, pattern.flags), out)
    except (re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable is not False or not out:
        return None
    return "[" + "".join(sorted(out)) + "]"


# A leading look-behind of one character class: "(?<![\d.,\w])", "(?<=[^\W\d_])".
_LEADING_LOOK_BEHIND = re.compile(r"\(\?<([!=])(\[(?:\\.|[^\]\\])+\])\)")
# By id (a Pattern's hash reads its whole code): the pattern is kept too, so its id stays its own.
_SCANS: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _opens_looking_behind(pattern: re.Pattern) -> bool:
    """Whether the parse opens with a look-behind that every match passes (not one branch's)."""
    items = P.parse(pattern.pattern, pattern.flags)
    return len(items) > 1 and items[0][0] in (C.ASSERT, C.ASSERT_NOT) and items[0][1][0] == -1


def _candidates(pattern: re.Pattern) -> re.Pattern | None:
    """A regex that finds (at least) every position where `pattern` can match, reading one
    character: it opens with a character class, so `re` skips to the next such character
    without entering the pattern (which a leading look-behind keeps `re` from doing)."""
    known = _SCANS.get(id(pattern))
    if known is None:
        first = first_class(pattern)
        scan = None
        if first is not None:
            behind = _LEADING_LOOK_BEHIND.match(pattern.pattern) if _opens_looking_behind(pattern) else None
            # The pattern's own look-behind, one character further back: checked at the same place.
            after = rf"(?<{behind[1]}{behind[2]}[\s\S])" if behind else ""
            scan = re.compile(first + after, pattern.flags & re.IGNORECASE)
        known = _SCANS[id(pattern)] = (pattern, scan)
    return known[1]


def finditer(pattern: re.Pattern, text: str):
    """`pattern.finditer(text)` for a pattern that never matches the empty string, tried only
    where its first character can stand: the same matches, left to right, not overlapping."""
    scan = _candidates(pattern)
    if scan is None:
        yield from pattern.finditer(text)
        return
    end = 0
    match = pattern.match
    for candidate in scan.finditer(text):
        start = candidate.start()
        if start < end:
            continue
        m = match(text, start)
        if m:
            assert m.end() > start, "the pattern matched the empty string"
            yield m
            end = m.end()
