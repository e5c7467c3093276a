"""A table flattened a row to a line, its currency said once in the head cell that closes the
header line: "Projekta īstenotājs Projekta nosaukums Finansējums, EUR" over rows that each end
in their amount ("Ozolu biedrība Laipa pār strautu 14 515"). The rows run while each line ends
in a money-shaped number; at least ROWS_MIN such lines make a table. Each line is read once."""
from __future__ import annotations

import re
from functools import lru_cache

ROWS_MIN = 2
# How many lines a table may run (a bound on one region; regions never overlap).
ROWS_MAX = 200


@lru_cache(maxsize=4)
def _line_end(money: str) -> re.Pattern:
    """A money-shaped number closing its line, built once per money pattern."""
    return re.compile(r"(?:" + money + r")[ \t]*$")


def row_end_amounts(text: str, start: int, money: re.Pattern) -> tuple[int, list[tuple[int, int]]]:
    """From the line after `start`: (where the rows end, the (start, end) of each row's last
    number), or (start, []) when fewer than ROWS_MIN lines in a row end in an amount."""
    line_end = _line_end(money.pattern)
    found: list[tuple[int, int]] = []
    pos = text.find("\n", start)
    if pos < 0:
        return start, []
    pos += 1
    end = pos
    while pos < len(text) and len(found) < ROWS_MAX:
        nxt = text.find("\n", pos)
        stop = nxt if nxt >= 0 else len(text)
        line = text[pos:stop]
        if line.strip():
            m = line_end.search(line)
            if m is None or m.start() == 0:
                break  # a line with no row text before its number, or none: the table is over
            found.append((pos + m.start(), pos + m.start() + len(m.group(0).rstrip())))
            end = stop
        pos = stop + 1
    return (end, found) if len(found) >= ROWS_MIN else (start, [])
