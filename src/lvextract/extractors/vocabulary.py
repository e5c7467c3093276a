"""Closed vocabularies kept as data (extractors/data/<name>.toml), found in a Document.

One vocabulary is a TOML file with `[[entry]]` tables: `id`, `forms` (phrases matched on
stems, so every case and number form of each word counts) and optionally `exact` (strings
matched case-sensitively on the text, for abbreviations such as "ESF" or "ESF+").

Phrase syntax, word by word:
  `Sociālais`          the stem of the word (any case form of it)
  `Interreg*`          any word starting with "interreg" (lower-cased)
  `minoritātes|minoritāšu`  any of these words' stems (for stems the stemmer does not unify)
  `=ar`                exactly this word, lower-cased (prepositions, short words)
  `...`                up to six words of any kind ("pašvaldības ... no sava budžeta")
Punctuation inside a phrase ("Patvēruma, migrācijas …") is optional in the text (a dash there
matches any dash: hyphen, en dash, em dash), and runs of white space or line breaks between
words are allowed, since the text keeps them as tokens.
Where two entries overlap, the longer mention wins ("ilgstošie bezdarbnieki" over
"bezdarbnieki", "ESF+" over "ESF").
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy

from .. import datafiles
from ..document import Document
from ..lemmas import stem
from .. import spans

# A dash in a phrase stands for any of them: texts write "Igaunijas-Latvijas" and "Igaunijas – Latvijas".
DASHES = frozenset("-–—")
WORD = re.compile(r"[^\W\d_][\w*|=+-]*|[=]\w+|\d+\w*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Mention:
    id: str
    start: int  # character offsets into doc.text
    end: int
    token_start: int  # token indices into doc.spacy
    token_end: int


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    return datafiles.vocabulary(name)


def _token_pattern(word: str) -> dict:
    if word.startswith("="):
        return {"LOWER": word[1:].lower()}
    if word.endswith("*"):
        return {"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}
    if "|" in word:
        stems = sorted({stem(w) for w in word.split("|")})
        # One stem is a plain test: the same tokens pass, without a Python call per token.
        return {"NORM": stems[0]} if len(stems) == 1 else {"NORM": {"IN": stems}}
    return {"NORM": stem(word)}


def phrase_pattern(phrase: str) -> list[dict]:
    """A spaCy Matcher pattern for one phrase of the vocabulary syntax above."""
    pattern: list[dict] = []
    for piece in WORD.findall(phrase.replace("...", " \u2026 ")):
        if pattern:
            pattern.append({"IS_SPACE": True, "OP": "*"})
        if piece == "\u2026":
            pattern.append({"IS_SENT_START": False, "OP": "{0,12}"})  # six words and the spaces between them
        elif piece in DASHES:
            pattern.append({"ORTH": {"IN": sorted(DASHES)}, "OP": "?"})
        elif re.fullmatch(r"[^\w\s=*|]", piece):
            pattern.append({"ORTH": piece, "OP": "?"})
        else:
            pattern.append(_token_pattern(piece))
    return pattern


class PatternSet:
    """spaCy Matcher patterns under their keys, run on a document with only the patterns
    that can match in it.

    A Matcher's cost is one state per pattern per token, so a 200-pattern vocabulary
    costs 200 states on every token although a document holds the words of a handful of
    them. A pattern cannot match where its required tokens (a stem, a lower-case word, a
    prefix) do not all occur, in its order, no farther apart than the pattern allows; so the
    Matcher is built from the other patterns alone, added in the same order. Its matches
    are then exactly the full Matcher's, in the same order: each state runs on its own,
    and a pattern that never matches only drops out of the list.

    The Matcher then runs only on windows of the Doc, not the whole of it: spaCy makes two
    Python Token objects per token it is given, which cost more than the matching itself. A
    match starts on a token passing its pattern's first test (its anchor) and covers at most
    `reach` tokens other than white space; a window runs from each anchor to two such tokens
    past that reach, where every state begun inside it has ended, as it does in the whole
    Doc. Overlapping windows are merged, and the matches of the windows in text order are the
    whole Doc's matches in its order (a Matcher emits each match while its state lives, and
    the states of one window are over before the next begins). Patterns whose first token is
    optional or of a kind Needs does not read, or whose reach is unbounded, get the whole Doc.
    Cost: O(patterns + anchors log anchors + tokens in windows) per call, instead of
    O(tokens of the Doc) Python objects.
    """

    def __init__(self, keyed_patterns: list[tuple[str, list[dict]]]):
        from spacy.errors import MatchPatternError
        from spacy.schemas import validate_token_pattern

        self.patterns = keyed_patterns
        self.needs = [Needs.of(pattern) for _key, pattern in keyed_patterns]
        self.anchors = [_anchor(pattern) for _key, pattern in keyed_patterns]
        # The patterns by one stem or word each requires (its first), so that a document is
        # tested only against the patterns whose key it holds; `unkeyed` requires none.
        self._by_norm: dict[int, list[int]] = {}
        self._by_lower: dict[int, list[int]] = {}
        self._unkeyed: list[int] = []
        for i, needs in enumerate(self.needs):
            if needs.norms:
                self._by_norm.setdefault(min(needs.norms), []).append(i)
            elif needs.lowers:
                self._by_lower.setdefault(min(needs.lowers), []).append(i)
            else:
                self._unkeyed.append(i)
        # Validated once here, as Matcher.add would, rather than at each build below.
        for key, pattern in keyed_patterns:
            errors = validate_token_pattern(pattern)
            if errors:
                raise MatchPatternError(key, {0: errors})
        # Documents with the same words share one Matcher. Few do, and each Matcher holds some
        # 30 KB, so the cache is small (worker memory is a tracked target).
        self._matcher = lru_cache(maxsize=32)(self._build)

    def __call__(self, sdoc, doc: Document) -> list[tuple[int, int, int]]:
        index = token_index(doc)
        candidates = [*self._unkeyed,
                      *(i for key in self._by_norm.keys() & index.norms for i in self._by_norm[key]),
                      *(i for key in self._by_lower.keys() & index.lowers for i in self._by_lower[key])]
        candidates.sort()
        active = tuple(i for i in candidates if self.needs[i].met(index))
        if not active:
            return []
        matcher = self._matcher(active, sdoc.vocab)
        windows = self._windows(active, index)
        if windows is None:
            return matcher(sdoc)
        found = []
        for start, end in windows:
            found += [(key, start + first, start + last) for key, first, last in matcher(sdoc[start:end])]
        return found

    def _windows(self, active: tuple[int, ...], index: "TokenIndex") -> list[tuple[int, int]] | None:
        """Token ranges [start, end) holding every match of the active patterns with the whole
        lives of their Matcher states (see the class), merged and in order; None: the whole Doc.
        O(active patterns + anchors log anchors)."""
        reach_of: dict[TokenTest, int] = {}  # per anchor test, the longest reach of its patterns
        for i in active:
            anchor = self.anchors[i]
            if anchor is None:
                return None
            test, reach = anchor
            if reach > reach_of.get(test, -1):
                reach_of[test] = reach
        before, solid, length = index.non_space, index.non_space_positions, index.length
        ranges = []
        for test, reach in reach_of.items():
            for start in index.positions(test):
                # To the (reach + 2)-th token other than white space from the anchor on, included.
                last = before[start] + reach + 1
                ranges.append((start, solid[last] + 1 if last < len(solid) else length))
        ranges.sort()
        windows: list[tuple[int, int]] = []
        for start, end in ranges:
            # Windows a few tokens apart are merged too: a Matcher call costs some tokens' worth.
            if windows and start <= windows[-1][1] + MERGE_GAP:
                if end > windows[-1][1]:
                    windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows

    def _build(self, active: tuple[int, ...], vocab):
        from spacy.matcher import Matcher

        matcher = Matcher(vocab, validate=False)
        for i in active:
            key, pattern = self.patterns[i]
            matcher.add(key, [pattern])
        return matcher


# A test one token must pass: ("norm", stem ids), ("lower", word ids) or ("prefix", lower-case
# start). Stems and words as spaCy's string ids (hashes), which a document's array holds.
TokenTest = tuple[str, object]
# re.escape's output for a literal: what phrase_pattern writes for "Interreg*".
ESCAPED_LITERAL = re.compile(r"(?:\\.|[^\\.^$*+?{}\[\]|()])*")
REPEAT = re.compile(r"\{(\d*)(,?)(\d*)\}")


def _token_test(token: dict) -> TokenTest | None:
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


# Windows closer than this many tokens are run as one (a Matcher call's own cost).
MERGE_GAP = 8


def _anchor(pattern: list[dict]) -> tuple[TokenTest, int] | None:
    """(the test every match's first token passes, the most tokens other than white space a
    match covers), or None where that is not known: the first token is optional or of a kind
    _token_test does not read, or the pattern may repeat words without bound."""
    test = None if not pattern or "OP" in pattern[0] else _token_test(pattern[0])
    reach = sum(map(_width, pattern))
    if test is None or reach == math.inf:
        return None
    return test, int(reach)


def _width(token: dict) -> float:
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
            test = None if "OP" in token else _token_test(token)
            if test is None:
                gap += _width(token)
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
        return (self.norms <= index.norms and self.lowers <= index.lowers
                and all(index.anywhere(test) for test in self.others)
                and (len(self.tests) < 2 or index.in_order(self)))


class TokenIndex:
    """A document's spaCy tokens as the Matcher sees them (NORM, LOWER, white space), for Needs."""

    def __init__(self, doc: Document):
        from spacy.attrs import IS_SPACE, LOWER, NORM

        sdoc = doc.spacy
        self.text = doc.text
        self.strings = sdoc.vocab.strings
        array = sdoc.to_array([NORM, LOWER, IS_SPACE])
        self.columns = {"norm": array[:, 0].copy(), "lower": array[:, 1].copy()}
        self.norms = frozenset(self.columns["norm"].tolist())
        self.lowers = frozenset(self.columns["lower"].tolist())
        # non_space[i]: how many of the tokens before token i are not white space
        self.non_space: list[int] = [0, *numpy.cumsum(array[:, 2] == 0).tolist()]
        self.non_space_positions: list[int] = numpy.flatnonzero(array[:, 2] == 0).tolist()  # those tokens
        self.length = len(array)
        self._text_lower: str | None = None
        self._positions: dict[TokenTest, list[int]] = {}
        self._in_order: dict[Needs, bool] = {}

    def anywhere(self, test: TokenTest) -> bool:
        kind, value = test
        if kind == "norm":
            return not value.isdisjoint(self.norms)
        if kind == "lower":
            return not value.isdisjoint(self.lowers)
        if "σ" in value or "ς" in value:  # str.lower() writes Σ by its place in the word
            return bool(self.positions(test))
        # A token whose lower case starts with the prefix puts the prefix in the lower-cased
        # text: one substring test, without reading every token's string back.
        if self._text_lower is None:
            self._text_lower = self.text.lower()
        return value in self._text_lower

    def positions(self, test: TokenTest) -> list[int]:
        """The tokens that pass `test`, in order."""
        found = self._positions.get(test)
        if found is None:
            kind, value = test
            if kind == "prefix":
                found = [i for i, h in enumerate(self.columns["lower"].tolist()) if self.strings[h].startswith(value)]
            else:
                column = self.columns[kind]
                found = sorted(i for h in value for i in numpy.flatnonzero(column == numpy.uint64(h)).tolist())
            self._positions[test] = found
        return found

    def in_order(self, needs: Needs) -> bool:
        """Whether tokens passing the tests stand in order, each within its gap of the one before."""
        known = self._in_order.get(needs)
        if known is None:
            known = self._in_order[needs] = any(self._goes_on(needs, 1, first, set())
                                                for first in self.positions(needs.tests[0]))
        return known

    def _goes_on(self, needs: Needs, k: int, at: int, dead: set[tuple[int, int]]) -> bool:
        """Whether tests k, k+1, … pass in order after token `at` (`dead`: what led nowhere)."""
        if k == len(needs.tests):
            return True
        if (k, at) in dead:
            return False
        candidates = self.positions(needs.tests[k])
        for nxt in candidates[bisect.bisect_right(candidates, at):]:
            if self.non_space[nxt] - self.non_space[at + 1] > needs.gaps[k - 1]:
                break  # farther on, the gap only grows
            if self._goes_on(needs, k + 1, nxt, dead):
                return True
        dead.add((k, at))
        return False


def token_index(doc: Document) -> TokenIndex:
    """The document's TokenIndex, built once per document."""
    return doc.derived("vocabulary.token_index", TokenIndex)


class Vocabulary:
    """The entries of one data file, compiled once per process."""

    def __init__(self, entries: list[dict]):
        self.entries = entries
        self._patterns = PatternSet([(entry["id"], phrase_pattern(form))
                                     for entry in entries for form in entry.get("forms", [])])
        self._exact = [
            (entry["id"], form, re.compile(r"(?<![\w+])" + re.escape(form) + r"(?![\w+])"))
            for entry in entries
            for form in entry.get("exact", [])
        ]

    def find(self, doc: Document) -> list[Mention]:
        """Non-overlapping mentions in text order; the longer one wins an overlap."""
        sdoc = doc.spacy
        found: list[Mention] = []
        for match_id, start, end in self._patterns(sdoc, doc):
            span = sdoc[start:end]
            # A pattern may end on an optional punctuation or space token: trim it.
            while len(span) > 1 and (span[-1].is_space or span[-1].is_punct):
                span = span[:-1]
            found.append(Mention(sdoc.vocab.strings[match_id], span.start_char, span.end_char, span.start, span.end))
        for key, form, regex in self._exact:
            if form not in doc.text:
                continue  # a substring test is much cheaper than the regex's scan of every position
            for m in regex.finditer(doc.text):
                tokens = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
                if tokens is not None:
                    found.append(Mention(key, m.start(), m.end(), tokens.start, tokens.end))
        return select_longest(found)


def select_longest(mentions: list[Mention]) -> list[Mention]:
    """The mentions that no longer one overlaps, in text order: longest first, and among equal
    lengths the earlier start (then the earlier in `mentions`) wins.

    O(n log n) (spans.select_longest, which relative dates use too). Testing each mention
    against every chosen one was O(n²): 40 000 mentions (a text repeated to 4 MB) took 370 s,
    now 0.13 s.
    """
    return spans.select_longest(mentions)


@lru_cache(maxsize=None)
def vocabulary(name: str, table: str = "entry") -> Vocabulary:
    return Vocabulary(load(name).get(table, []))
