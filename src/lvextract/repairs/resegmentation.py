"""Sentence re-segmentation: a sentence break decided again at each token gap (_breaks), from the
line layout, the abbreviation list and the model's own breaks."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from ..latvian.orthography import CLOSING_QUOTES, LOWER, OPENING_QUOTES, UPPER
from ..segmentation import TokenOffsets
from .shapes import INITIAL, ORDINAL, TERMINAL, abbreviations
from .tokenization import QUOTES_CLOSE, line_before

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
BULLET = re.compile(rf"[-–—•·▪*]\s|\d{{1,2}}[.)]\s+[{UPPER}]")  # not "…notiks\n15. maijā"
# In a hard-wrapped text, a line shorter than this share of the usual wrapped line,
# followed by a line that starts with a capital, is a heading, a dateline or a contact
# line rather than a piece of a paragraph.
SHORT_LINE_SHARE = 0.75


_CLOSERS = QUOTES_CLOSE + ")]"


def _ends_like_sentence(text: str, token: TokenOffsets) -> bool:
    end = token[1]
    while end > token[0] and text[end - 1] in _CLOSERS:
        end -= 1
    if end == token[0]:  # a closing quote or bracket token: look at what it closes
        while end > 0 and text[end - 1] == " ":
            end -= 1
    return end > 0 and text[end - 1] in ".!?…"


def short_line_limit(text: str) -> float:
    """Lines shorter than this end a sentence before a capital (see SHORT_LINE_SHARE).

    A text is hard-wrapped when at least two lines stop mid-sentence and the next line
    goes on in lower case; then the limit is a share of their median length. A text that
    is not hard-wrapped has no limit: each of its line breaks before a capital means
    something (a heading, a list item without punctuation, a contact line).
    """
    lines = text.split("\n")
    wrapped = sorted(len(line.rstrip()) for line, following in zip(lines, lines[1:])
                     if line.strip() and line.rstrip()[-1] not in ".!?:;" and re.match(rf"\s*[{LOWER}]", following))
    if len(wrapped) < 2:
        return float("inf")
    return SHORT_LINE_SHARE * wrapped[len(wrapped) // 2]


def _starts_list_item(text: str, prev: TokenOffsets, nxt: TokenOffsets, short_line: float) -> bool:
    """A line that starts with a bullet or "- " is a list item, unless a hard-wrapped
    sentence merely goes on with a dash ("…ūdens līmeni⏎– tik zems…", "9.⏎— 12. klases")."""
    if text[nxt[0]] in "•·▪" or short_line == float("inf"):
        return True
    before = text[prev[0]:prev[1]]
    if ORDINAL.fullmatch(before):
        return False
    line_start = text.rfind("\n", 0, prev[0]) + 1
    return bool(ENDS_ITEM.search(before) or BULLET.match(text, line_start))


# Compiled once: _breaks runs at every token gap.
ENDS_ITEM = re.compile(r"[.!?:;…]$")
STARTS_UPPER = re.compile(rf"[{UPPER}]")
STARTS_LOWER = re.compile(rf"[{LOWER}]")
STARTS_DASH_OR_DIGIT = re.compile(r"[-–—\d]")
ENDS_OPEN = re.compile(r"[,;(–—-]$")


def _breaks(text: str, prev: TokenOffsets, nxt: TokenOffsets, model_broke: bool, short_line: float) -> bool:
    gap = text[prev[1]:nxt[0]]
    after = text[nxt[0]:nxt[1]]
    newline = "\n" in gap
    starts_lower = bool(STARTS_LOWER.match(after))
    if starts_lower and not newline:
        # Latvian sentences start with a capital. Checked first because it is most gaps:
        # the rules before it in the order below need a line break or return False too.
        return False
    abbr = abbreviations()
    before = text[prev[0]:prev[1]]
    if not newline and not _ends_like_sentence(text, prev) and abbr.kind(before) != "may_end":
        return False  # running text, as below: checked early, because it is most other gaps
    if newline and BLANK_LINE.search(gap):
        return True
    if newline and BULLET.match(text, nxt[0]) and _starts_list_item(text, prev, nxt, short_line):
        return True
    starts_upper = bool(STARTS_UPPER.match(after))
    kind = abbr.kind(before)
    if kind == "never_final" or (newline and before in abbr.never_last_words):
        return False  # "… tel." / "… ministrs un⏎Valsts …": the sentence goes on
    if starts_upper and not newline and INITIAL.fullmatch(before):
        return False
    if ORDINAL.fullmatch(before) and (starts_lower or STARTS_DASH_OR_DIGIT.match(after)):
        return False
    if starts_upper and not newline and _clock_hour(text, prev):
        return True  # "Godi sāksies pulksten 13. Vēl 6. oktobrī …": an hour is no ordinal
    if kind == "may_end":
        return starts_upper and (model_broke or newline) and after not in abbr.not_after_may_end
    if not newline and not _ends_like_sentence(text, prev):
        return False  # running text: a sentence ends in . ! ? …, maybe inside quotes or brackets
    if TERMINAL.fullmatch(before) and (starts_upper or after[:1].isdigit()):
        return True
    if newline and starts_upper and not ENDS_OPEN.search(before):
        if len(line_before(text, prev[1]).strip()) < short_line:
            return True
    return model_broke


# An hour after its clock word, its full stop glued to it ("pulksten 13.", "plkst. 9."): the stop is
# the sentence's, for an hour is no ordinal ("13. Vēl …" is not "13. Vēlā …" of a date, which needs a
# month word after it, lower case).
CLOCK_HOUR = re.compile(r"(?:[01]?\d|2[0-4])\.")
CLOCK_WORD = re.compile(r"(?<![^\W\d_])(?:pulksten|plkst\.?|pl\.)\s*$", re.IGNORECASE)
CLOCK_WORD_REACH = 12


def _clock_hour(text: str, token: TokenOffsets) -> bool:
    """Whether the token is an hour with its full stop right after a clock word. O(1)."""
    return CLOCK_HOUR.fullmatch(text, token[0], token[1]) is not None \
        and CLOCK_WORD.search(text, max(0, token[0] - CLOCK_WORD_REACH), token[0]) is not None


# A web address that closes a sentence without a full stop, then a wide gap and a capital ("… līdz
# 3. maijam – https://www.ozolkalne.lv/konkursi/12/    Notiks arī tikšanās …"): a page's link pasted at the
# sentence's end, the next sentence after the layout's spaces. Only a gap of LINK_GAP spaces or
# more: after one space a capital may be a name the sentence goes on with ("www.ozolkalne.lv Jaunumu
# sadaļā").
LINK_TOKEN = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
LINK_GAP = 2


def _after_link(text: str, prev: TokenOffsets, nxt: TokenOffsets) -> bool:
    """Whether a sentence ends at a web address before a wide gap and a capital: O(1) unless the
    gap is wide, then a read of the two tokens."""
    return nxt[0] - prev[1] >= LINK_GAP and bool(STARTS_UPPER.match(text, nxt[0])) \
        and LINK_TOKEN.fullmatch(text, prev[0], prev[1]) is not None


LETTER = re.compile(r"[^\W\d_]")
# Not a full stop: an abbreviation ("tālr.") closes no line, and its number line carries on the sentence.
LINE_CLOSERS = (":", "!", "?", ";", ")") + tuple(QUOTES_CLOSE)


def _only_numbers(text: str, tokens: list[TokenOffsets]) -> bool:
    """A would-be sentence of dates and numbers alone ("21. - 22.11.2019.", "1.") is a sentence start;
    so is a line's opening run of them under a heading the sentence ran on from ("Ozolu bibliotēkā:\n
    03.04. – 31.05. Gleznu izstāde"): a listing's item opens with its days. Reads the would-be
    sentence only (a long line of many sentence breaks is not read back to its start at each)."""
    line_start = text.rfind("\n", tokens[0][0], tokens[-1][0]) + 1 if tokens else 0
    k = len(tokens)
    while k > 0 and tokens[k - 1][0] >= line_start:
        k -= 1
    # Not a line that carries on a hard-wrapped sentence ("… notiks\n31.05. Tajā …"): the line above
    # closed its own (a heading's colon, a closing quote or bracket).
    if k > 0 and not text[tokens[k - 1][0]:tokens[k - 1][1]].endswith(LINE_CLOSERS):
        return not any(LETTER.search(text, s, e) for s, e in tokens)
    return not any(LETTER.search(text, s, e) for s, e in tokens[k:])


# Every quotation mark, opening or closing: "“" opens in Latvian and closes in English typesetting.
_QUOTE_MARKS = "".join(dict.fromkeys(OPENING_QUOTES + CLOSING_QUOTES))
_QUOTE_MARK = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")
LINE_BREAK = re.compile("\n")


class _MarkOffsets:
    """The offsets of a text's quotation marks and line breaks, in order, for _ellipsis_in_quote:
    found once, on the first ellipsis gap that asks (most texts have none, and need neither list)."""

    def __init__(self, text: str):
        self._text = text

    @cached_property
    def marks(self) -> list[int]:
        return [m.start() for m in _QUOTE_MARK.finditer(self._text)]

    @cached_property
    def breaks(self) -> list[int]:
        return [m.start() for m in LINE_BREAK.finditer(self._text)]


def _ellipsis_in_quote(text: str, start: int, end: int, nxt: int, offsets: _MarkOffsets) -> bool:
    """An ellipsis inside a quoted name that closes later on its line ("grāmatas “Paši… Paši…”
    atvēršana"): the name goes on, no sentence ends. Only an ellipsis: a full stop inside a quote
    may end a quoted sentence. Counted from the sentence's start on the ellipsis's line. A bisect
    per gap in `offsets`, not a scan (a sentence that keeps growing over a quoted name full of ellipses)."""
    if not text.endswith(("…", "..."), 0, end):
        return False
    marks, breaks = offsets.marks, offsets.breaks
    line = bisect_left(breaks, end)
    line_start = breaks[line - 1] + 1 if line else 0
    if (bisect_left(marks, end) - bisect_left(marks, max(start, line_start))) % 2 == 0:
        return False
    line_end = breaks[line] if line < len(breaks) else len(text)  # nxt is on the same line: no break in the gap
    later = bisect_left(marks, nxt)
    return later < len(marks) and marks[later] < line_end


def resegment(text: str, tokens: list[TokenOffsets], model_ends: set[int]) -> list[list[TokenOffsets]]:
    """Sentences of `tokens`, a decision per gap (_breaks). O(tokens + text): a gap is decided
    without the full rules in running text, and within a line, where _breaks reads only the two
    tokens, a pair of tokens seen before is decided as it was (a hostile text repeats a few)."""
    sentences: list[list[TokenOffsets]] = []
    current: list[TokenOffsets] = []
    short_line = short_line_limit(text)
    # A gap without a line break after a token that cannot end a sentence (see _breaks: it
    # ends in none of these) is running text: most gaps.
    may_end = frozenset(_CLOSERS + ".!?…") | abbreviations().may_end_last_characters
    decided: dict[tuple[str, str, bool, bool], bool] = {}
    offsets = _MarkOffsets(text)
    for token in tokens:
        if current:
            prev = current[-1]
            newline = text.find("\n", prev[1], token[0]) >= 0
            if not newline and text[prev[1] - 1] not in may_end:
                if _after_link(text, prev, token):
                    sentences.append(current)
                    current = [token]
                    continue
                current.append(token)
                continue
            model_broke = prev[1] in model_ends
            before = text[prev[0]:prev[1]]
            if newline:
                breaks = _breaks(text, prev, token, model_broke, short_line)
            else:
                key = (before, text[token[0]:token[1]], model_broke,
                       # a lone closing quote or bracket ends a sentence if what it closes does
                       before.strip(_CLOSERS) != "" or _ends_like_sentence(text, prev))
                breaks = decided.get(key)
                if breaks is None:
                    breaks = _breaks(text, prev, token, model_broke, short_line)
                    if len(decided) < 100_000:
                        decided[key] = breaks
            if breaks and not newline and _ellipsis_in_quote(text, current[0][0], prev[1], token[0], offsets):
                breaks = False
            if breaks and not (not newline and _only_numbers(text, current)):
                sentences.append(current)
                current = []
        current.append(token)
    if current:
        sentences.append(current)
    return sentences
