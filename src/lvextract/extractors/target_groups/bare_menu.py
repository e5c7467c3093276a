"""A site's menu line without separators: "Jauniešiem Senioriem Bērniem", "Sākums Ģimenēm
Jauniešiem Kontakti". Scraped pages lose the bars between a menu's items, leaving a line of
capitalised words with no punctuation; two or more of them group words name the site's sections,
not whom the text serves (regions.menu_regions reads the menus that keep their separators).
A sentence-case heading ("Bērniem un jauniešiem") or a sentence is no such line."""
from __future__ import annotations

import re

from .mentions import Found

LINE = re.compile(r"[^\n]+")
# Nothing but letters, spaces and an ampersand or a plus: no sentence punctuation, quotes or digits.
BARE = re.compile(r"[^\W\d_]+(?:[ \t]+(?:[^\W\d_]+|&|\+))+")
MIN_WORDS = 3
MIN_GROUP_WORDS = 2


def bare_menu_lines(text: str, found: list[Found]) -> list[tuple[int, int]]:
    """(start, end) of each line that is a menu of capitalised items, two of them group words."""
    regions = []
    for line in LINE.finditer(text):
        body = line.group().strip()
        if not BARE.fullmatch(body):
            continue
        words = [w for w in body.split() if w not in ("&", "+")]
        if len(words) < MIN_WORDS or not all(w[0].isupper() for w in words):
            continue
        groups = [f for f in found if line.start() <= f.mention.start < line.end()
                  and text[f.mention.start:f.mention.start + 1].isupper()]
        if len(groups) >= MIN_GROUP_WORDS:
            regions.append((line.start(), line.end()))
    return regions
