"""A contract's own line below the project it belongs to, when the page names several projects:
"Projekts „Sadarbībā aizstāvam” atbalsta … fonds.⏎⏎Projekta īstenošanas līgums Nr. 2023.LV/NVOF/
MAC/103/49". The number goes to the project named last before the line, within REACH characters,
if that project has no number yet; and the one project's number said apart from its name
(attach_lone_number)."""
from __future__ import annotations

import re

from ...record import Project
from .patterns import NUMBER_LINE, PREVIOUS_WORD, PROJECT_NUMBER

REACH = 500
# "Projekta īstenošanas līgums Nr. …", "Līguma Nr.: …", "Vienošanās Nr. …" opening a line.
CONTRACT_LINE = re.compile(
    r"^[ \t]*(?:projekta[ \t]+(?:īstenošanas[ \t]+)?)?(?:līgum[sa]|vienošanās)[ \t]+(?:nr\.?|numurs)[ \t]*:?[ \t]*"
    r"(?P<number>[\w./\-]*\d[\w./\-]*\w)", re.I | re.M)


def attach_contract_lines(text: str, projects: list[Project]) -> None:
    for m in CONTRACT_LINE.finditer(text):
        before = [p for p in projects if p.span.start < m.start() <= p.span.start + REACH]
        if not before:
            continue
        last = max(before, key=lambda p: p.span.start)
        if last.contract is None:
            last.contract = m["number"]


def attach_lone_number(text: str, projects: list[Project], drafts: set[str]) -> None:
    """The one project's number said apart from its name: "Projekta numurs: LLI-512", or a heading
    "… sadarbības projekts Nr. 2019-1-IT02-KA229-063192_1" with the name on a line below. One
    search of the text."""
    if len(projects) != 1 or projects[0].contract is not None:
        return
    number = NUMBER_LINE.search(text) or next(
        (m for m in PROJECT_NUMBER.finditer(text)
         # (a number has a digit: "Projekta numurs: Cēsu ūdens projekts" gives the project's name, no number;
         # not a draft's: "noteikumu projekts Nr. 12")
         if any(ch.isdigit() for ch in m["number"])
         and (not (w := PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())) or w["word"].lower() not in drafts)),
        None)
    projects[0].contract = number["number"] if number else None
