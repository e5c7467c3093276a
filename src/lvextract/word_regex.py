"""Regex alternations built from word lists (months, currencies, relative words …): the words
are data, the alternation is built once so that the regex tests few branches at each position."""
from __future__ import annotations

import re


def alternation(words) -> str:
    """A regex alternation of literal words, longest first (Python's `|` takes the first that fits)."""
    return grouped_alternation(sorted(set(words), key=len, reverse=True))


def regex_alternation(patterns) -> str:
    """Regexes of a vocabulary list as one alternation, in their listed order, each in its own group."""
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


def filled(template: str, lists, join=alternation) -> str:
    """`template` with each {name} standing for `join` of the word list lists[name] (a vocabulary's table)."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: join(lists[m[1]]), template)


def grouped_alternation(ordered: list[str]) -> str:
    """A regex alternation of literal words in this order, grouped by their first character
    ("s(?:eptembris|eptembrim|…)|n(?:ovembris|…)"): at a position only the group of that
    character can match, so the regex tests one group rather than every word (the month
    names are some hundred), and inside a group the words keep their order, so the same word
    wins. When two first characters could match each other in a case-insensitive regex
    ("M", "m"), the groups would not exclude each other: the words stay one plain alternation.
    A space in a word stands for any white space.
    """
    groups: dict[str, list[str]] = {}
    for word in filter(None, ordered):
        groups.setdefault(word[0], []).append(word)
    firsts = list(groups)
    if any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(firsts) for b in firsts[i + 1:]):
        return "(?:" + "|".join(map(_escaped, ordered)) + ")"
    branches = [_escaped(first) + "(?:" + "|".join(_escaped(w[1:]) for w in members) + ")" for first, members in groups.items()]
    if "" in ordered:
        branches.append("")  # the empty word matches anywhere: it can only come last
    return "(?:" + "|".join(branches) + ")"


def _escaped(literal: str) -> str:
    return re.escape(literal).replace(r"\ ", r"\s+")


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literals one of which every match of `pattern` contains (the longest that can be told from
    its parse: a run of literal characters in the pattern's main line, or one per branch of an
    alternation), or None if the pattern has none. A regex that a text window holds none of can be
    skipped there: a cheap pre-check before a costly alternation (a case-insensitive search for
    the literals finds a superset of what a case-sensitive pattern needs)."""
    try:
        from re import _constants as sre_constants, _parser as sre_parse  # Python ≥ 3.11
    except ImportError:  # pragma: no cover
        import sre_constants  # type: ignore[no-redef]
        import sre_parse  # type: ignore[no-redef]
    c = sre_constants
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)}

    def needed(items) -> frozenset[str] | None:
        candidates: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                candidates.append(frozenset(["".join(run)]))
                run = []
            found = None
            if op is c.SUBPATTERN:
                found = needed(av[-1])
            elif op is c.BRANCH:
                branches = [needed(branch) for branch in av[1]]
                found = None if any(b is None for b in branches) else frozenset().union(*branches)
            elif op in repeats and av[0] >= 1:
                found = needed(av[2])
            elif op is getattr(c, "ATOMIC_GROUP", None):
                found = needed(av)
            if found:
                candidates.append(found)
        if run:
            candidates.append(frozenset(["".join(run)]))
        # the set whose shortest literal is the longest: the fewest windows let through
        return max(candidates, key=lambda found: min(map(len, found)), default=None)

    found = needed(sre_parse.parse(pattern, flags))
    return tuple(sorted(found)) if found and all(found) else None
