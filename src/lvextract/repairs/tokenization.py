"""Token merges and splits: a protected span becomes one token (merge_protected), a full stop,
quote, list dash or emphasis mark glued to a word becomes a token of its own (split_full_stops).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..segmentation import TokenOffsets
from .protected import protected_spans
from ..latvian.orthography import CLOSING_QUOTES, LOWER, OPENING_QUOTES
from .shapes import INITIAL, ORDINAL, TERMINAL, abbreviations

MULTI_PART_ABBREVIATION = re.compile(rf"(?:[{LOWER}]{{1,5}}\.){{2,}}")


NON_SPACE_RUN = re.compile(r"\S+")
SPACE = re.compile(r"\s")


def _cut(text: str, start: int, end: int) -> list[TokenOffsets]:
    """The non-space pieces of text[start:end], as tokens (leftovers of a cut token)."""
    return [m.span() for m in NON_SPACE_RUN.finditer(text, start, end)]


def merge_protected(text: str, tokens: list[TokenOffsets]) -> tuple[list[TokenOffsets], set[TokenOffsets]]:
    spans = protected_spans(text)
    if not spans:
        return tokens, set()
    out: list[TokenOffsets] = []
    i = 0
    for start, end in spans:
        while i < len(tokens) and tokens[i][1] <= start:
            out.append(tokens[i]); i += 1
        # Tokens overlapping the span: their parts outside it stay, the span becomes one token.
        overlapping = []
        while i < len(tokens) and tokens[i][0] < end:
            overlapping.append(tokens[i]); i += 1
        if overlapping and overlapping[0][0] < start:
            out.extend(_cut(text, overlapping[0][0], start))
        out.append((start, end))
        if overlapping and overlapping[-1][1] > end:
            tokens[i:i] = _cut(text, end, overlapping[-1][1])  # the rest may hold the next span
    out.extend(tokens[i:])
    return dedup(out), set(spans)


def dedup(tokens: list[TokenOffsets]) -> list[TokenOffsets]:
    """Sorted, without repeats or empty tokens. O(n log n), O(n) on sorted input: repeats
    are neighbours once sorted."""
    ordered = sorted(tokens)
    return [t for t, before in zip(ordered, [None, *ordered]) if t != before and t[1] > t[0]]


@lru_cache(maxsize=100_000)  # a pure function of the word; hostile texts repeat a few
def _keeps_full_stop(token: str) -> bool:
    """Whether a token ending in '.' is an abbreviation, initial or ordinal that owns its dot."""
    if abbreviations().kind(token) or INITIAL.fullmatch(token) or ORDINAL.fullmatch(token):
        return True
    if TERMINAL.fullmatch(token) or MULTI_PART_ABBREVIATION.fullmatch(token):
        return True
    return bool(DIGITS_AND_DOTS.fullmatch(token) and token.count(".") > 1)  # "5.3.1." section numbers


QUOTES_OPEN, QUOTES_CLOSE = OPENING_QUOTES, CLOSING_QUOTES
LIST_MARKS = "-–—•"
# Markdown emphasis left in scraped pages: "**Informatīvā tikšanās**", "*Labour Plus*", "__teksts__".
EMPHASIS_LEAD = re.compile(r"\*{1,3}|_{1,3}")
EMPHASIS_TRAIL = re.compile(r"(?:\*{1,3}|_{1,3})$")

DIGITS_AND_DOTS = re.compile(r"[\d.]+")
# The characters a token must start or end with for split_full_stops to split it.
_MAY_SPLIT_FIRST = frozenset("." + QUOTES_OPEN + LIST_MARKS + "*_")
_MAY_SPLIT_LAST = frozenset("." + QUOTES_CLOSE + "*_")


def split_full_stops(text: str, tokens: list[TokenOffsets], keep: set[TokenOffsets]) -> list[TokenOffsets]:
    """Full stops and quotes the model glued to a word ("EUR.", "IV”") become tokens of their own."""
    out = []
    for token in tokens:
        start, end = token
        if text[start] not in _MAY_SPLIT_FIRST and not SPACE.search(text, start, end):
            # Most tokens: of _split_one's rules only the last, a glued full stop, can apply.
            if text[end - 1] not in _MAY_SPLIT_LAST or end - start == 1 or token in keep \
                    or _keeps_full_stop(text[start:end]):
                out.append(token)
            elif text[end - 1] == ".":
                out += ((start, end - 1), (end - 1, end))
            else:
                out.extend(_split_one(text, start, end, keep))
            continue
        out.extend(_split_one(text, start, end, keep))
    return out


def _split_one(text: str, start: int, end: int, keep: set[TokenOffsets]) -> list[TokenOffsets]:
    """The pieces of one token (see split_full_stops)."""
    if (start, end) in keep:
        return [(start, end)]
    if SPACE.search(text, start, end):  # "2020 150": only listed patterns may hold a space
        return _cut(text, start, end)
    pieces, tail = [], []
    if end - start > 1 and text[start] == "." and text[start + 1].isalnum() and start > 0 and text[start - 1].isalpha():
        pieces.append((start, start + 1)); start += 1  # "viedoklis.2014": a full stop missing its space
    if end - start > 1 and text[start] in QUOTES_OPEN:
        pieces.append((start, start + 1)); start += 1
    if end - start > 1 and text[start] in LIST_MARKS and text[start + 1].isalpha() and not line_before(text, start).strip():
        pieces.append((start, start + 1)); start += 1  # "-romu tautības pārstāvji": a list item's dash
    lead = EMPHASIS_LEAD.match(text, start, end)
    if lead and lead.end() < end:
        pieces.append((start, lead.end())); start = lead.end()  # "**Informatīvā": scraped Markdown
    trail = EMPHASIS_TRAIL.search(text, start, end)
    if trail and trail.start() > start:
        end = trail.start()
        tail.insert(0, (end, trail.end()))
    if end - start > 1 and text[end - 1] in QUOTES_CLOSE:
        tail.insert(0, (end - 1, end)); end -= 1
    word = text[start:end]
    if word.endswith(".") and len(word) > 1 and not _keeps_full_stop(word):
        tail.insert(0, (end - 1, end)); end -= 1
    return pieces + [(start, end)] + tail


def line_before(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]
