"""PatternSet: spaCy Matcher patterns run on a document with only the patterns that can match
in it, on windows around the tokens where those can start."""
from __future__ import annotations

import itertools
import math
import re
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
    the states of one window are over before the next begins). A pattern led by optional tokens
    (", kas …", "… grupas …") is anchored on its first required token, its windows starting as
    many tokens earlier as the lead covers. Patterns whose first required token is of a kind
    Needs does not read, led by a token that may repeat without bound, or whose reach is
    unbounded, get the whole Doc.
    Cost: O(patterns + anchors log anchors + tokens in windows) per call, instead of
    O(tokens of the Doc) Python objects.
    """

    def __init__(self, keyed_patterns: list[tuple[str, list[dict]]]):
        from spacy.errors import MatchPatternError
        from spacy.schemas import validate_token_pattern
        from spacy.strings import get_string_id

        self.patterns = keyed_patterns
        self.needs = [Needs.of(pattern) for _key, pattern in keyed_patterns]
        self.anchors = [_anchor(pattern) for _key, pattern in keyed_patterns]
        # The patterns by one stem or word each requires, so that a document is tested only
        # against the patterns whose key it holds; `unkeyed` requires none. The key is the
        # longest of them: a long word is a rare one ("finansējum", not "un"), and a third of
        # the tests a document got with any key. (Which key changes no answer: the tests decide.)
        length = _string_lengths(keyed_patterns)
        rarest = lambda ids: max(ids, key=lambda h: (length.get(h, 0), h))  # noqa: E731
        self._by_norm: dict[int, list[int]] = {}
        self._by_lower: dict[int, list[int]] = {}
        self._unkeyed: list[int] = []
        for i, needs in enumerate(self.needs):
            if needs.norms:
                self._by_norm.setdefault(rarest(needs.norms), []).append(i)
            elif needs.lowers:
                self._by_lower.setdefault(rarest(needs.lowers), []).append(i)
            else:
                self._unkeyed.append(i)
        self._norm_keys, self._lower_keys = frozenset(self._by_norm), frozenset(self._by_lower)
        # Validated once here, as Matcher.add would, rather than at each build below.
        for key, pattern in keyed_patterns:
            errors = validate_token_pattern(pattern)
            if errors:
                raise MatchPatternError(key, {0: errors})
        # Documents with the same words share one Matcher. Few do, and each Matcher holds some
        # 30 KB, so the cache is small (worker memory is a tracked target).
        self._matcher = lru_cache(maxsize=32)(self._build)
        # Patterns with a gap ("…", OP {0,n}), as one pattern per gap length (see any_order).
        self._gap_forms = {i: forms for i, (_key, pattern) in enumerate(keyed_patterns)
                           if (forms := gap_forms(pattern)) is not None}
        self._gap_matcher = lru_cache(maxsize=32)(self._build_gap_forms)
        # Plain phrases (stems or words, white space between them), matched without the Matcher.
        self._plain = {i: steps for i, (_key, pattern) in enumerate(keyed_patterns)
                       if (steps := plain_steps(pattern)) is not None}
        self._key_ids = [get_string_id(key) for key, _pattern in keyed_patterns]

    def __call__(self, sdoc, doc: Document) -> list[tuple[int, int, int]]:
        index, active = self._active(doc)
        return self._match(active, index, sdoc) if active else []

    def _match(self, active: tuple[int, ...], index: TokenIndex, sdoc) -> list[tuple[int, int, int]]:
        """__call__'s matches of the patterns `active` (those the document's words can meet)."""
        # The Matcher orders the matches of a pattern ending in an optional token its own way (the
        # longer first), so plain phrases are matched apart only where no other pattern is.
        if all(i in self._plain for i in active):
            return self._plain_run(active, index, sdoc.vocab.strings)
        return self._run(self._matcher(active, sdoc.vocab), sdoc, self._windows(active, index))

    def any_order(self, sdoc, doc: Document) -> tuple[list[tuple[int, int, int]], bool]:
        """(the matches of __call__, each once, whether in __call__'s order): in an order of their
        own where a pattern with a gap ("…", OP "{0,n}") can match, for callers that can do without.

        spaCy expands "{0,12}" into twelve optional tokens and keeps every way of skipping some
        of them as a state of its own: a phrase with two gaps grew some 10⁷ states on 31 tokens
        (0.5 CPU-s). Run as one pattern per gap length ("{k}", k = 0 … 12, for each gap), the
        same token sequences match (the union of the lengths is the gap), each through a few
        states, but the Matcher emits them in another order."""
        index, active = self._active(doc)
        if not active:
            return [], True
        if not any(i in self._gap_forms for i in active):
            return self._match(active, index, sdoc), True
        return self._run(self._gap_matcher(active, sdoc.vocab), sdoc, self._windows(active, index)), False

    def _plain_run(self, plain: tuple[int, ...], index: TokenIndex, strings) -> list[tuple[int, int, int]]:
        """The matches of the plain phrases `plain` in the order the Matcher gives them: by end
        token, then start token (it emits a match when its state ends, the states of earlier starts
        first), then pattern order (the states of one start token are begun in it); a (key, start,
        end) once, at its first place (the Matcher drops repeats)."""
        key_ids = self._key_ids
        ranked = []
        for i in plain:
            key = key_ids[i]
            matches = plain_matches(self._plain[i], index)
            if matches:
                strings.add(self.patterns[i][0])  # as Matcher.add does: a Span's label is read there
                ranked += [(end, start, i, key) for start, end in matches]
        if len(ranked) > 1:
            ranked.sort()
        seen: set[tuple[int, int, int]] = set()
        out = []
        for end, start, _i, key in ranked:
            match = (key, start, end)
            if match not in seen:
                seen.add(match)
                out.append(match)
        return out

    def _active(self, doc: Document) -> tuple[TokenIndex, tuple[int, ...]]:
        """(the document's TokenIndex, the patterns that can match in it, in their order)."""
        index = token_index(doc)
        # (frozenset & frozenset walks the smaller one; `dict.keys() & frozenset` walked every
        # stem of the document, as it takes a fast path for an exact set only)
        candidates = [*self._unkeyed,
                      *(i for key in self._norm_keys & index.norms for i in self._by_norm[key]),
                      *(i for key in self._lower_keys & index.lowers for i in self._by_lower[key])]
        candidates.sort()
        return index, tuple(i for i in candidates if self.needs[i].met(index))

    @staticmethod
    def _run(matcher, sdoc, windows: list[tuple[int, int]] | None) -> list[tuple[int, int, int]]:
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
        # per anchor test, the longest reach and the most optional tokens before it of its patterns
        reach_of: dict[TokenTest, tuple[int, int]] = {}
        for i in active:
            anchor = self.anchors[i]
            if anchor is None:
                return None
            test, reach, lead = anchor
            known = reach_of.get(test, (reach, lead))
            reach_of[test] = (max(reach, known[0]), max(lead, known[1]))
        before, solid, length = index.non_space, index.non_space_positions, index.length
        ranges = []
        for test, (reach, lead) in reach_of.items():
            for start in index.positions(test):
                # To the (reach + 2)-th token other than white space from the anchor on, included.
                last = before[start] + reach + 1
                end = solid[last] + 1 if last < len(solid) else length
                # From the token after the (lead + 1)-th token other than white space before the
                # anchor: a match may begin on any of the optional tokens or the white space after
                # them (a pattern led by optional white space alone, lead 0, on that white space).
                first = before[start] - lead - 1
                start = solid[first] + 1 if first >= 0 else 0
                ranges.append((start, end))
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

    def _build_gap_forms(self, active: tuple[int, ...], vocab):
        from spacy.matcher import Matcher

        matcher = Matcher(vocab, validate=False)
        for i in active:
            key, pattern = self.patterns[i]
            matcher.add(key, self._gap_forms.get(i, [pattern]))
        return matcher


# Windows closer than this many tokens are run as one (a Matcher call's own cost).
MERGE_GAP = 8


def _string_lengths(keyed_patterns: list[tuple[str, list[dict]]]) -> dict[int, int]:
    """The length of every stem and word the patterns test, by its string id."""
    from spacy.strings import get_string_id

    return {get_string_id(value): len(value) for _key, pattern in keyed_patterns for token in pattern
            for attr, value in token.items() if attr in ("NORM", "LOWER") and isinstance(value, str)}


# A pattern gets one form per gap length only up to this many forms (two gaps of twelve: 169).
MAX_GAP_FORMS = 200
GAP_OP = re.compile(r"\{0,(\d+)\}")
SPACES = {"IS_SPACE": True, "OP": "*"}


def gap_forms(pattern: list[dict]) -> list[list[dict]] | None:
    """The pattern with each gap (a token with OP "{0,n}") written once per length k = 0 … n as k
    plain tokens, a white-space run right before an empty gap dropped: the same token sequences
    match. None for a pattern without a gap, with too many forms, or starting or ending on an
    optional token (spaCy's Matcher treats those edges apart; such patterns keep their form)."""
    gaps = [k for k, token in enumerate(pattern) if GAP_OP.fullmatch(str(token.get("OP", "")))]
    if not gaps or "OP" in pattern[0] or "OP" in pattern[-1]:
        return None
    lengths = [int(GAP_OP.fullmatch(pattern[k]["OP"]).group(1)) for k in gaps]
    if math.prod(n + 1 for n in lengths) > MAX_GAP_FORMS:
        return None
    forms = []
    for chosen in itertools.product(*(range(n + 1) for n in lengths)):
        form: list[dict] = []
        for k, token in enumerate(pattern):
            if k not in gaps:
                form.append(token)
                continue
            times = chosen[gaps.index(k)]
            if times == 0 and form and form[-1] == SPACES and k + 1 < len(pattern) and pattern[k + 1] == SPACES:
                form.pop()  # "S* S*" matches what "S*" does
            plain = {attr: value for attr, value in token.items() if attr != "OP"}
            form.extend(dict(plain) for _ in range(times))
        forms.append(form)
    return forms


def _anchor(pattern: list[dict]) -> tuple[TokenTest, int, int] | None:
    """(the test of the first token every match holds, the most tokens other than white space a
    match covers, how many tokens other than white space may stand before that one), or None
    where that is not known: the first token without "OP" is of a kind token_test does not read,
    one before it may repeat without bound, or the pattern may repeat words without bound. (A
    pattern led by an optional comma, ", kas atrodas …", is anchored on "kas", its windows
    starting the comma and a space earlier; one led by a gap, "… grupas invaliditāti", on "grupas",
    its windows starting the gap's length earlier.)"""
    lead = 0
    for at, token in enumerate(pattern):
        op = token.get("OP")
        if op is None:
            break
        if set(token) == {"IS_SPACE", "OP"} and token["IS_SPACE"] is True and op in ("*", "?"):
            continue
        if op == "!" or width(token) == math.inf:
            return None
        lead += int(width(token))
    else:
        return None
    test = token_test(pattern[at])
    reach = sum(map(width, pattern))
    if test is None or reach == math.inf:
        return None
    return test, int(reach), lead


# A plain phrase's step: (the column it tests, the ids that pass, the most white-space tokens before it).
PlainStep = tuple[str, frozenset, float]


def plain_steps(pattern: list[dict]) -> tuple[PlainStep, ...] | None:
    """The steps of a plain phrase: words tested on NORM (a string or an IN list) or LOWER (a string),
    white space between them ({"IS_SPACE": true} with OP "*" or "?", at most one per gap),
    a word first and last; None for any other pattern (the Matcher's)."""
    steps: list[PlainStep] = []
    spaces = None
    for token in pattern:
        if token.get("IS_SPACE") is True and set(token) == {"IS_SPACE", "OP"} and token["OP"] in ("*", "?"):
            if not steps or spaces is not None:
                return None
            spaces = math.inf if token["OP"] == "*" else 1
            continue
        if "OP" in token or len(token) != 1:
            return None
        test = token_test(token)
        if test is None or test[0] not in ("norm", "lower"):
            return None
        steps.append((test[0], test[1], spaces or 0))
        spaces = None
    return tuple(steps) if steps and spaces is None else None


def plain_matches(steps: tuple[PlainStep, ...], index: TokenIndex) -> list[tuple[int, int]]:
    """(start, end) token ranges where a plain phrase matches, as the Matcher finds them: its first
    word on a token, each next word on the next token other than white space, with no more
    white-space tokens between than the step allows. O(first word's tokens · steps)."""
    kind, ids, _ = steps[0]
    starts = index.positions((kind, ids))
    if len(steps) == 1:
        return [(p, p + 1) for p in starts]
    solid, before, columns = index.non_space_positions, index.non_space, index.column_lists()
    found = []
    for p in starts:
        at, n = p, before[p]
        for kind, ids, spaces in steps[1:]:
            n += 1
            if n >= len(solid):
                break
            nxt = solid[n]
            if nxt - at - 1 > spaces or columns[kind][nxt] not in ids:
                break
            at = nxt
        else:
            found.append((p, at + 1))
    return found
