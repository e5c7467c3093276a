"""The funding extractor against its example table, tests/examples/funding.toml."""
from __future__ import annotations

import pytest
from example_tables import example_cases, run_extractor

from lvextract.extractors import funding
from lvextract.record import Record

CASES = example_cases("funding")


def run(text: str) -> Record:
    return run_extractor(funding.extract, text)


def test_table_is_large_enough():
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c["ids"]) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_funding_table(case):
    record = run(case["text"])
    assert [f.id for f in record.funding] == case["ids"]
    if "names" in case:
        assert [f.name for f in record.funding] == case["names"]
    for f in record.funding:
        assert case["text"][f.span.start:f.span.end] == f.span.text


def _select_longest_by_pairs(mentions):
    """The rule select_longest keeps, said the slow way: each mention against every chosen one."""
    chosen = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def test_select_longest_keeps_the_pairwise_rule():
    """The selection over sorted intervals gives what comparing every pair gives: nested, touching,
    equal-length and identical mentions, in random heaps."""
    import random

    from lvextract.extractors.vocabulary import Mention, select_longest

    rng = random.Random(7)
    for _ in range(500):
        mentions = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 50)
            end = start + rng.randint(1, 8)
            mentions.append(Mention(rng.choice("ABC"), start, end, start, end))
        assert select_longest(mentions) == _select_longest_by_pairs(mentions)
