"""A widget's line that runs on below it: a line of furniture closed by a comma ("Šodien ir
otrdiena, 23. oktobris," / "21. svētdiena pēc Trīsvienības svētkiem") goes on on the next line,
which is the widget's too, never the headline."""
from __future__ import annotations

from typing import Callable

_TAIL_CHARS = 80  # the widget's running line is short


def continues_furniture(lines: list[str], n: int, furniture: Callable[[str], bool]) -> bool:
    """Whether line n carries on a line of furniture right above it (no blank line between) that
    closes with a comma."""
    if n == 0 or len(lines[n].strip()) > _TAIL_CHARS:
        return False
    above = lines[n - 1].strip()
    return above.endswith(",") and len(above) <= 300 and furniture(above)
