"""Clock times against tests/examples/times.toml; every span must cut the text exactly."""
from __future__ import annotations

import pytest
from example_tables import examples

from lvextract.temporal import parse_times


@pytest.mark.parametrize("row", examples("times"))
def test_times(row):
    found = parse_times(row.text)
    assert [[start, end or ""] for _, _, start, end in found] == row.expect
    for s, e, _, _ in found:
        assert row.text[s:e] == row.text[s:e].strip() and e > s


def test_long_digit_runs_finish():
    parse_times("1:" * 50_000 + "1." * 50_000)


def test_many_times_are_found_in_linear_time():
    # 40 000 times: an overlap test that rescanned every span taken would make 8·10⁸
    # comparisons here and not return in any useful time; the interval set bisects.
    text = " ".join(f"plkst. {h % 24}:{h % 60:02d}" for h in range(40_000))
    assert len(parse_times(text)) == 40_000


def _times_by_each_pattern(text: str):
    """parse_times as every pattern's own finditer would give it (no shared scan of starts)."""
    from lvextract.spans import Intervals
    from lvextract.temporal import times

    found, taken = [], Intervals()
    for pattern in (times._WITH_PREFIX, times._DOTTED_RANGE, times._COLON):
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()) or (m.start("h1") > 0 and text[m.start("h1") - 1].isdigit()):
                continue
            found.append((m.start(), m.end()))
            taken.add(m.start(), m.end())
    return sorted(found)


@pytest.mark.parametrize("text", [
    "Sākot no plkst. 10:30 līdz 15.30; no 10.00 līdz 14.00, Sākot ar pulksten 9 – 11.",
    "PLKST.10 un Pulkstens 12:00, 11.30 – 17.00, 21.11. – 22.11. un 1.10.30 un a10:30, 10:30-15:30.",
    "no nodaļas nosaukuma, sākotnēji plkstv. 8.45 un 25:00, 9.60 – 10.00 un x,10:00",
    "1.2.3.4.5 " * 20 + "12:30",
])
def test_the_shared_scan_finds_what_each_pattern_finds(text):
    from lvextract.temporal import times

    assert [(s, e) for s, e, _, _ in times.parse_times(text)] == _times_by_each_pattern(text)


def test_digits_are_tried_wherever_a_clock_time_could_open():
    """A digit of "H:MM" / "H.MM" is a start at one cheap test (no pattern's look-ahead run
    there); letters only where a first word opens and a pattern matches."""
    from lvextract.temporal import times

    text = "Cena 12.50 eiro, notiks plkst. 10, sākot no 12:30; 2024.12.05, x10:30."
    starts = [m.start() for m in times._STARTS.finditer(text)]
    assert [text[s:s + 5] for s in starts] == ["12.50", "plkst", "no 12", "12:30"]
