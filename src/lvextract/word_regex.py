"""Regex alternations built from word lists (months, currencies, relative words …): the words
are data, the alternation is built once so that the regex tests few branches at each position."""
from __future__ import annotations

import re
from functools import lru_cache


def last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last non-overlapping match of `pattern` in text[start:end] (the nearest one before `end`), or
    None. O(end - start), one scan: `re` has no search from the right."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return found

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
    from re import _constants as c, _parser as sre_parse  # Python ≥ 3.11, as pyproject requires
    repeats = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}

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
            elif op is c.ATOMIC_GROUP:
                found = needed(av)
            if found:
                candidates.append(found)
        if run:
            candidates.append(frozenset(["".join(run)]))
        # the set whose shortest literal is the longest: the fewest windows let through
        return max(candidates, key=lambda found: min(map(len, found)), default=None)

    found = needed(sre_parse.parse(pattern, flags))
    return tuple(sorted(found)) if found and all(found) else None


def _scoped_case(pattern: re.Pattern) -> bool:
    """Whether a case-sensitive pattern ignores case in some group of its own ("(?i:…)"): its
    literals are then not to be looked for as they are written."""
    return not pattern.flags & re.IGNORECASE and re.search(r"\(\?[a-zA-Z]*i", pattern.pattern) is not None


# Characters that a case-insensitive regex matches to another letter than str.lower() gives
# ("ı" to "i", "ſ" to "s", Greek and old Cyrillic variants: re._casefix): a text holding one is
# not gated, the lower case of "i" and "s" aside.
def _case_variants() -> str:
    from re._casefix import _EXTRA_CASES  # Python ≥ 3.11: what the regex compiler adds
    found = {chr(c) for k, v in _EXTRA_CASES.items() for c in (k, *v)}
    return "".join(sorted(found - {"i", "s"}))


_CASE_VARIANTS = re.compile("[" + re.escape(_case_variants()) + "]")


@lru_cache(maxsize=4)
def _folded(text: str) -> str | None:
    """The text in lower case, to look for a case-insensitive regex's literals; None where a
    letter lowers to two characters ("İ") or has a case variant of its own (_CASE_VARIANTS)."""
    low = text.lower()
    return low if len(low) == len(text) and _CASE_VARIANTS.search(low) is None else None


# By id, the pattern kept beside its keys so that its id stays its own: a Pattern's hash reads its
# whole compiled code (some 40 us for a vocabulary's alternation), which an lru_cache keyed by the
# pattern paid at every call of may_match.
_KEYS: dict[int, tuple] = {}


# Up to this many keys a gate looks for each with str.find; past it, with one regex of them all.
# On the 1 100 dev pages (57 gates, 1 to 34 keys each, whole texts) a few finds cost less than the
# regex's scan (which tests every position); from some dozen keys on, one scan costs less.
FIND_EACH_UP_TO = 12


def _gate(pattern: re.Pattern) -> tuple:
    """(pattern, _text_keys(pattern), whether it ignores case, the keys' finder), made once per
    pattern. The finder, for more than FIND_EACH_UP_TO keys, is one regex of the keys as literals
    grouped by their first character (its `search` with a window's bounds finds a key wholly inside
    the window, as str.find with them does): one scan of a window instead of one find per key (a
    gate of 23 words over 100 characters: 9 us → 2 us). Fewer keys are found one by one."""
    known = _KEYS.get(id(pattern))
    if known is None:
        keys = _text_keys(pattern)
        finder = _literal_finder(keys) if keys is not None and len(keys) > FIND_EACH_UP_TO else None
        known = _KEYS[id(pattern)] = (pattern, keys, bool(pattern.flags & re.IGNORECASE), finder)
    return known


def _literal_finder(keys: tuple[str, ...]):
    """The `search` of a case-sensitive regex matching any of `keys` as it is written."""
    groups: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        groups.setdefault(key[0], []).append(re.escape(key[1:]))
    return re.compile("|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())).search


def _text_keys(pattern: re.Pattern) -> tuple[str, ...] | None:
    """required_literals for a whole text, in lower case when the pattern ignores case (to be
    looked for in the folded text), or None if it has none or they cannot be folded."""
    keys = None if _scoped_case(pattern) else required_literals(pattern.pattern, pattern.flags)
    if keys is not None and pattern.flags & re.IGNORECASE:
        low = tuple(k.lower() for k in keys)
        if any(len(a) != len(b) for a, b in zip(low, keys)) or any(_CASE_VARIANTS.search(k) for k in low):
            return None
        keys = low
    # A literal holding another is found only where that one is: the shorter is looked for alone.
    return None if keys is None else tuple(k for k in keys if not any(o != k and o in k for o in keys))


def text_may_match(pattern: re.Pattern, text: str) -> bool:
    """False when `text` holds none of the literals every match of `pattern` needs: a document-wide
    finditer of a costly regex (tried at every position) skipped on texts that cannot hold a match.
    A substring test per literal (the folded text made once per text) costs a fraction of that."""
    return may_match(pattern, text, 0, len(text))


def gated_finditer(pattern: re.Pattern, text: str):
    """pattern.finditer(text), or no matches at once where text_may_match says none can be."""
    return pattern.finditer(text) if text_may_match(pattern, text) else iter(())


def may_match(pattern: re.Pattern, text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds none of the literals every match of `pattern` needs, so no
    match of it can lie there: a substring search (in the folded text, made once per text, when the
    pattern ignores case) before a costly regex that a window seldom fits (an alternation tried at
    each position, a regex anchored at the window's end)."""
    _pattern, keys, ignores_case, finder = _gate(pattern)
    if keys is None:
        return True
    if ignores_case:
        text = _folded(text)
        if text is None:
            return True
    if finder is None:
        find = text.find
        for key in keys:
            if find(key, start, end) >= 0:
                return True
        return False
    return finder(text, start, end) is not None


# A character that is neither a letter nor white space ("[^\W\d_]", "\s"): what parts a text into
# runs of words.
_NOT_LETTER_NOR_SPACE = re.compile(r"[^\w\s]|[\d_]")
RUN_STEP = 200  # characters looked at a time for a run's start or end (each window bounded)


def finditer_in_word_runs(pattern: re.Pattern, text: str, key: re.Pattern):
    """pattern.finditer(text), the same matches, for a pattern of which every character a match or
    its look-arounds read is a letter or white space, apart from one character on either side
    (a look-ahead over a word list is safe only while the list's words are letters and spaces:
    tests/test_word_regex.py holds the callers' lists to that), and whose every match holds a match of
    `key` (a short literal such as "dien"): only the runs of letters and white space that hold `key`
    are scanned, each as its own window (its end one character past the run, for the look-ahead).
    A match cannot cross a run's end, and the scan of a run starts fresh as the document-wide one
    does after the previous run. O(n): each run is read once, in windows of RUN_STEP characters."""
    scanned = 0  # where the last scanned run ended
    for k in key.finditer(text):
        if k.start() < scanned:
            continue  # in the run just scanned
        start, hi = None, k.start()
        while start is None:
            lo = max(scanned, hi - RUN_STEP)
            for m in _NOT_LETTER_NOR_SPACE.finditer(text, lo, hi):
                start = m.end()
            if start is None and lo == scanned:
                start = scanned
            hi = lo
        end = k.end()  # the run's end: the first character after the key that is no letter nor space
        while (stop := _NOT_LETTER_NOR_SPACE.search(text, end, end + RUN_STEP)) is None and end + RUN_STEP < len(text):
            end += RUN_STEP
        scanned = stop.start() if stop is not None else len(text)
        yield from pattern.finditer(text, start, min(len(text), scanned + 1))
