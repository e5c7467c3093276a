"""A regulation's approval block over its heading: "APSTIPRINĀTS / ar Ozolu novada domes /
2023. gada 5. maija lēmumu / (protokols Nr. 4; 12.)" approves the text and names no title; the
heading below it ("Nolikums par …") is the title. So are a regulation's status, date-number and
minutes lines ("Zaudējis spēku ar …", "2016.gada 25.novembrī Nr. 59", "protokols Nr. 18, 24. punkts").
The words are data (titles.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...temporal import vocabulary as vocab

# Only near the top: a block further down belongs to an annex, not to the page's head.
_HEAD_LINES = 12
# A regulation's date and number on one line: "2016.gada 25.novembrī Nr. 59".
_DATED_NUMBER = re.compile(r"(?:19|20)\d\d\.\s?gad[aā]\s+\d{1,2}\.\s?[^\W\d]+\s*Nr\.\s?[\w/-]+\.?")
# How many lines under the approval word the block may run.
_BLOCK_LINES = 6


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    words = load("titles")["approval_words"]
    return re.compile(rf"(?:{vocab.alternation(words)})(?!\w)[\s:]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _block_word() -> re.Pattern:
    words = load("titles")["approval_block_words"]
    # A date's year with its dot ("2023. gada …", "30.10.2025.") continues the block; a number in
    # a heading ("Konkurss „Ideja 2024”") does not.
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(words)})|(?:19|20)\d\d\.", re.IGNORECASE)


def _continues(line: str) -> bool:
    return line[:1] in "([" or line[:1].islower() or _block_word().search(line) is not None


def without_approval_block(lines: list[str]) -> list[str]:
    """`lines` with every such block among the first lines blanked (same line count)."""
    opener = _opener()
    seen = 0
    for n, line in enumerate(list(lines)):
        text = lines[n].strip()
        if not text:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if _DATED_NUMBER.fullmatch(text):
            lines = lines[:n] + [""] + lines[n + 1:]
            continue
        m = opener.match(text)
        if m is None:
            continue
        # The approval word alone on its line, or "ar …" / "(…)" after it on that line: a
        # headline that opens with it ("Apstiprināts jaunais nolikums") goes on otherwise.
        rest = text[m.end():]
        if rest and not re.match(r"(?:ar\s|\(|nr\.)", rest, re.IGNORECASE):
            continue
        end = n + 1
        while end < len(lines) and end - n <= _BLOCK_LINES and lines[end].strip() and _continues(lines[end].strip()):
            end += 1
        lines = lines[:n] + [""] * (end - n) + lines[end:]
    return lines
