"""Amounts under a currency heading: "Izmaksas, EUR: 12 500.50, no tām … 85 % – 10 625.43".
The currency is said once, in the heading; the money-shaped numbers after it (not years, phone
numbers or what data/budgets.toml [list_header] rules out) are in that currency, times the scale
word the heading may name before it ("Izdevumi (tūkst. EUR)": thousands). A currency word that
closes a table's header line without a comma ("Dotācijas apmērs euro") heads only rows that end
in their amounts (row_amounts); so does one in brackets closing it ("Piešķirtais finansējums (EUR)"),
over as many such rows as follow, past the reach of prose."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal.vocabulary import grouped_alternation
from ..vocabulary import load
from .currencies import patterns, scale_alternation, scale_factor
from .numbers import SPACE, Amount, as_number, parse_number
from .row_amounts import row_end_amounts

MONEY_SHAPED = re.compile(
    rf"(?<![\d.,\w/+-])(?:\d{{1,3}}(?:{SPACE}\d{{3}}){{1,4}}(?:[.,]\d{{2}})?|\d{{3,}}[.,]\d{{2}}|\d{{1,2}}[.,]\d{{2}}|\d{{3,7}})(?![\d\w]|[.,/]\d)")
# Under a heading in thousands or millions ("(tūkst. EUR)") a cell has one decimal as often as two
# ("1 250,4", "12,4"); a section number ("1.1.") ends in a point and is no cell.
SCALED_SHAPED = re.compile(
    rf"(?<![\d.,\w/+-])(?:\d{{1,3}}(?:{SPACE}\d{{3}}){{1,4}}(?:[.,]\d{{1,3}})?|\d{{1,7}}[.,]\d{{1,3}}|\d{{2,7}})"
    rf"(?![\d\w.]|[,/]\d)")
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
THOUSANDS = re.compile(rf"\d{{1,3}}(?:{SPACE}\d{{3}})+")
# A cell that holds the row's amount and nothing else ("1250.50", "| 830 |").
AMOUNT_CELL = re.compile(rf"[\s|]*{MONEY_SHAPED.pattern}[\s|]*")


@lru_cache(maxsize=1)
def _header_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, int]:
    data = load("budgets")["list_header"]
    currency_of = patterns()[2]
    words = grouped_alternation(sorted(currency_of, key=len, reverse=True))
    # "Izmaksas, EUR:", "Summa (EUR):", "Izmaksas (euro) 12 500": a currency word standing
    # alone after a comma and before a colon or a dash, or alone in brackets; and "izmaksas
    # sastāda EUR: 851 016.93, no tā …": after a word (not after a number: "250 000 EUR: ERAF
    # finansējums – 85 %" is an amount with its currency) and before a colon.
    # "Cena, euro" closing its line: the head of a table column whose cells follow, a line each
    # (also with the cell's pipe after it: "Piešķirtā summa, EUR |").
    # The heading may name the unit with a scale word before the currency ("Izdevumi, tūkst. EUR",
    # "(tūkst. latu)", "(milj. EUR)"): the numbers under it are thousands or millions.
    scale = rf"(?:(?P<scale>{scale_alternation()}){SPACE}*)?"
    header = re.compile(rf",{SPACE}*{scale}(?P<cur>{words}){SPACE}*(?:[:–—-]|(?=[ \t]*\|?[ \t]*\n))"
                        rf"|\({SPACE}*{scale.replace('P<scale>', 'P<bscale>')}(?P<bracketed>{words}){SPACE}*\)"
                        rf"|(?<=[^\W\d_][ \u00a0])(?P<labelled>{words}){SPACE}*:"
                        # "Dotācijas mērķis Dotācijas apmērs euro": the head cell closing its line
                        # without a comma, after a word (read only over rows that end in amounts)
                        rf"|(?<=[^\W\d_][ \t])(?P<closing>{words})[ \t]*\|?[ \t]*(?=\n)",
                        re.IGNORECASE)
    not_after = re.compile("|".join(f"(?:{p})" for p in data["not_after"]), re.IGNORECASE)
    not_before = re.compile("|".join(f"(?:{p})" for p in data["not_before"]), re.IGNORECASE)
    return header, not_after, not_before, int(data["reach"])


def units_after() -> re.Pattern:
    """What after a number makes it no amount of the currency said before it: a unit or a count
    ([list_header] not_after)."""
    return _header_patterns()[1]


def _row_amounts(text: str, cells: list[tuple[int, int]], code: str, factor: int = 1) -> list[Amount]:
    """The amounts of a column's rows in the heading's currency and scale. A year-shaped number
    (unspaced: "2 000" is a sum) closing its row is the row's sum where another row's sum is no
    year ("… biedrība “Ozols” 2000" among "… 1500", "… 3300": round grants of two thousand are
    common in a results list); in a column of year-shaped numbers only, they are years."""
    years = [YEAR_LIKE.fullmatch(text[a:b].strip()) is not None for a, b in cells]
    money_column = not all(years)
    return [Amount(as_number(parse_number(text[a:b]) * factor), code, a, b)
            for (a, b), year in zip(cells, years) if money_column or not year]


def amounts_under_header(text: str) -> list[Amount]:
    """Money-shaped numbers after a currency heading ("Izmaksas, EUR: …"), up to a blank line
    or `reach` characters, each with that currency. Regions never overlap (the next heading is
    searched from the end of the last region), so the text is read once: O(n)."""
    header, not_after, not_before, reach = _header_patterns()
    currency_of = patterns()[2]
    found: list[Amount] = []
    pos = 0
    while (h := header.search(text, pos)) is not None:
        if h["closing"]:
            # A currency word closing a line is a column's head only over rows that each end in
            # their amount; anything else ("… un tikai 30 euro⏎") is prose: nothing under it.
            rows = row_end_amounts(text, h.end(), MONEY_SHAPED)
            code = currency_of[h["closing"].lower()]
            found.extend(_row_amounts(text, rows[1], code))
            pos = max(rows[0], h.end())
            continue
        end = min(len(text), h.end() + reach)
        table = re.match(r"[ \t]*\|?[ \t]*\n", text[h.end():]) is not None and _short_lines(text, h.end(), end)
        if table:
            # A column head alone on its line over short cells: a flattened table, its blank
            # lines between the cells; the column runs while its lines stay short.
            end = _table_end(text, h.end(), min(len(text), h.end() + TABLE_REACH_FACTOR * reach))
        else:
            blank = re.search(r"\n[ \t\u00a0]*\n", text[h.end():end])
            end = h.end() + blank.start() if blank else end
        code = currency_of[(h["cur"] or h["bracketed"] or h["labelled"]).lower()]
        factor = scale_factor(h["scale"] or h["bscale"])
        shape = SCALED_SHAPED if factor > 1 else MONEY_SHAPED
        closes_line = re.match(r"[ \t]*\|?[ \t]*\n", text[h.end():h.end() + 80]) is not None
        if not table and (h["cur"] or h["bracketed"] and closes_line) and (rows := row_end_amounts(text, h.end(), shape))[1]:
            # "… Finansējums, EUR" (or "… Piešķirtais finansējums (EUR)" closing the header line) over
            # rows a line each, every row ending in its amount
            found.extend(_row_amounts(text, rows[1], code, factor))
            pos = max(rows[0], h.end())
            continue
        for m in shape.finditer(text, h.end(), end):
            digits = re.sub(SPACE, "", m.group(0))
            # (a year, or a phone number's eight digits; but in a table's column under the currency
            # a number grouped in thousands is the cell's sum: "Finansējums, LVL" over "22 279 735",
            # and so is "2 000": a year is written without the thousands' space)
            if YEAR_LIKE.fullmatch(m.group(0)) or (re.fullmatch(r"[26]\d{7}", digits) and not (table and THOUSANDS.fullmatch(m.group(0)))):
                continue
            # A table's cell ends at its line: the unit or count must stand on the same line.
            after_end = text.find("\n", m.end()) if table else -1
            if not_after.match(text, m.end(), after_end if after_end >= 0 else len(text)) \
                    or not_before.search(text[max(0, m.start() - 12):m.start()]):
                continue
            found.append(Amount(as_number(parse_number(m.group(0)) * factor), code, m.start(), m.end()))
        pos = max(end, h.end())
    return found


# A flattened table spends a line on every cell: its column reaches this many times further
# (a year-by-year table of a municipal budget runs to a few thousand characters; it still ends
# at its first long line, see _table_end).
TABLE_REACH_FACTOR = 8
# The longest line of a flattened table's cell.
CELL_LINE = 80


def _short_lines(text: str, start: int, end: int) -> bool:
    """Whether the next few non-blank lines after `start` are all table cells (short)."""
    lines = [line for line in text[start:end].split("\n") if line.strip()][:4]
    return len(lines) >= 2 and all(len(line.strip()) <= CELL_LINE or _long_cell(line, lines, i)
                                   for i, line in enumerate(lines))


def _table_end(text: str, start: int, end: int) -> int:
    """Where a flattened table ends: before its first long line that is no cell, or at `end`.
    A long line is still a cell when its pipe closes it or a short line with an amount follows
    it (a long project name in the row: "Jauniešu … (80+ characters) ⏎ 1250.50")."""
    pos = start
    lines = text[start:end].split("\n")
    for i, line in enumerate(lines):
        if len(line.strip()) > CELL_LINE and not _long_cell(line, lines, i):
            return pos
        pos += len(line) + 1
    return end


def _long_cell(line: str, lines: list[str], i: int) -> bool:
    """Whether a long line is a table's cell: closed by its pipe, or the next non-blank line is
    an amount alone (the row's amount). Looks ahead a few lines only."""
    if line.rstrip().endswith("|"):
        return True
    following = next((nxt for nxt in lines[i + 1:i + 4] if nxt.strip()), None)
    return following is not None and AMOUNT_CELL.fullmatch(following) is not None
