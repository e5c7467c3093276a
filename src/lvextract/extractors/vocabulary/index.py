"""A document's tokens as spaCy's Matcher sees them (TokenIndex), built once per document:
which stems and words it holds, where, and whether a pattern's Needs stand in order."""
from __future__ import annotations

import bisect

import numpy

from ...document import Document
from .needs import Needs, TokenTest


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
        self._by_id: dict[str, tuple[numpy.ndarray, numpy.ndarray]] = {}
        self._in_order: dict[Needs, bool] = {}
        self._lists: dict[str, list[int]] | None = None

    def column_lists(self) -> dict[str, list[int]]:
        """The NORM and LOWER columns as lists (a list's item is read faster than an array's)."""
        if self._lists is None:
            self._lists = {kind: column.tolist() for kind, column in self.columns.items()}
        return self._lists

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
                order, ordered = self._sorted(kind)
                found = []
                for h in value:
                    h = numpy.uint64(h)
                    found += order[ordered.searchsorted(h, "left"):ordered.searchsorted(h, "right")].tolist()
                found.sort()
            self._positions[test] = found
        return found

    def _sorted(self, kind: str) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(the token indices in the order of their ids, stable, and the ids in that order), sorted
        once per column: a test's tokens are then a slice found by bisection, in text order,
        instead of a comparison of the whole column per test (a long text asks a few hundred)."""
        known = self._by_id.get(kind)
        if known is None:
            column = self.columns[kind]
            order = numpy.argsort(column, kind="stable")
            known = self._by_id[kind] = (order, column[order])
        return known

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
