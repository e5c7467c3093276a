"""Clock times against tests/examples/times.toml; every span must cut the text exactly."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lvextract.temporal import parse_times

CASES = tomllib.loads((Path(__file__).resolve().parent / "examples" / "times.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_times(case):
    found = parse_times(case["text"])
    assert [[start, end or ""] for _, _, start, end in found] == case["expect"]
    for s, e, _, _ in found:
        assert case["text"][s:e] == case["text"][s:e].strip() and e > s


def test_long_digit_runs_finish():
    parse_times("1:" * 50_000 + "1." * 50_000)


def test_many_times_are_found_in_linear_time():
    # 40 000 times: an overlap test that rescanned every span taken would make 8·10⁸
    # comparisons here and not return in any useful time; the interval set bisects.
    text = " ".join(f"plkst. {h % 24}:{h % 60:02d}" for h in range(40_000))
    assert len(parse_times(text)) == 40_000
