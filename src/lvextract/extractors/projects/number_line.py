"""A contract's own line below the project it belongs to, when the page names several projects:
"Projekts „Sadarbībā aizstāvam” atbalsta … fonds.⏎⏎Projekta īstenošanas līgums Nr. 2023.LV/NVOF/
MAC/103/49". The number goes to the project named last before the line, within REACH characters,
if that project has no number yet (the one-project case is read in projects/__init__.py)."""
from __future__ import annotations

import re

from ...record import Project

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
