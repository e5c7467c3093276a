"""A site's menu scraped one item to a line: a run of short lines with no sentence punctuation, quotes
or digits ("Atpakaļ", "Uz augšu", "Video ziņas", "Jauniešiem", "LNS biedrību interešu grupas"), blank
lines between them allowed. A group word alone on such a line is a section's name, not whom the text
serves (bare_menu.py reads the menus kept on one line). The run needs at least MIN_LINES lines, at
least MIN_OTHER_LINES of them naming no group, so a heading over a list of groups or a one-word
heading over its text is no menu. Linear: each line is read once."""
from __future__ import annotations

import bisect

import re

from .mentions import Found

LINE = re.compile(r"[^\n]*\n?")
# letters and spaces only: no sentence punctuation, quotes or digits
BARE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}")
MIN_LINES = 4
MIN_OTHER_LINES = 2
MAX_ITEM_WORDS = 2


def menu_run_lines(text: str, found: list[Found], header: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of each group word's line inside a run of short bare lines (see the module)."""
    starts = sorted(f.mention.start for f in found)
    regions: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        with_groups = [(s, e) for s, e in run if _has_group(starts, s, e)]
        others = len(run) - len(with_groups)
        # (a list of groups under its header, "Kam paredzēts\nJauniešiem\nSenioriem …", is none)
        if len(run) >= MIN_LINES and others >= MIN_OTHER_LINES and others > len(with_groups) \
                and not any(header.search(text, s, e) for s, e in run):
            # (an item is a word or two: a longer line may be a heading among them)
            regions.extend((s, e) for s, e in with_groups if len(text[s:e].split()) <= MAX_ITEM_WORDS)
        run.clear()

    for line in LINE.finditer(text):
        if not line.group():
            break
        body = line.group().strip()
        if not body:
            continue
        if BARE.fullmatch(body) and body[0].isupper():
            run.append((line.start(), line.start() + len(line.group().rstrip("\n"))))
        else:
            close()
    close()
    return regions


def _has_group(starts: list[int], start: int, end: int) -> bool:

    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
