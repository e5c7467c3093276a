"""PatternSet: spaCy Matcher patterns run on a document with only the patterns that can match
in it, on windows around the tokens where those can start."""
from __future__ import annotations

import math
from functools import lru_cache

from ...document import Document
from .index import TokenIndex, token_index
from .needs import Needs, TokenTest, token_test, width


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


# Windows closer than this many tokens are run as one (a Matcher call's own cost).
MERGE_GAP = 8


def _anchor(pattern: list[dict]) -> tuple[TokenTest, int] | None:
    """(the test every match's first token passes, the most tokens other than white space a
    match covers), or None where that is not known: the first token is optional or of a kind
    token_test does not read, or the pattern may repeat words without bound."""
    test = None if not pattern or "OP" in pattern[0] else token_test(pattern[0])
    reach = sum(map(width, pattern))
    if test is None or reach == math.inf:
        return None
    return test, int(reach)
