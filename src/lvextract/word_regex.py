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
