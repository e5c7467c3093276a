"""A list item that says who carries a project out, then the project's quoted title, then its aim
as a field of the item: "1. Ozolu pagasta pārvalde “Jauniešu vasara”. Projekta mērķis: …" — the
form a council's page lists the projects it granted money to. Only a project has an aim written
so after its title, whatever the words before the title are (a parish administration, a society:
the applicant's column, never the project's). The aim's labels are data (data/projects.toml
[aimed_item]). One pass over the item lines; the quotes of each line are read once."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...latvian.orthography import UPPER
from ..vocabulary import load
from .quoted import quoted_after

OPENERS = "„“\"«"
# a numbered or bulleted line, its first word from a capital letter (the applicant)
ITEM = re.compile(rf"^[ \t]*(?:\d{{1,3}}[.)]|[•·▪●◦*–-])[ \t]+(?=[{UPPER}])[^\n]*", re.M)


@lru_cache(maxsize=1)
def _aim() -> re.Pattern:
    labels = "|".join(load("projects")["aimed_item"]["labels"])
    # after the title's closing quote (a name quoting another inside it closes two): a full stop, a
    # comma or a dash, then the project's aim's label and its colon (a bare "Apraksts:" may describe
    # an event of a programme's list: "1. Koncerts “Rudens”. Apraksts: …")
    return re.compile(r"[”“\"»]{0,2}[ \t]*[.,;–—-]?[ \t]*projekta[ \t]+(?:" + labels + r")[ \t]*[:–—-]", re.I)


def aimed_items(text: str, quotes: dict[str, str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each item's quoted title that the project's aim follows."""
    aim = _aim()
    for item in ITEM.finditer(text):
        pos, end = item.start(), item.end()
        while (pos := _next_opener(text, pos, end)) is not None:
            quoted = quoted_after(text, pos, quotes)
            if quoted is None or quoted[1] > end:
                break
            if aim.match(text, quoted[1]):
                yield quoted
                break
            pos = quoted[1] + 1  # (an owner's quoted name before the title: "biedrība “Ozols” “…”")


OPENER = re.compile(f"[{OPENERS}]")


def _next_opener(text: str, pos: int, end: int) -> int | None:
    """The next opening quote in the line (a search that stops at the nearest: linear over the line)."""
    found = OPENER.search(text, pos, end)
    return found.start() if found else None
