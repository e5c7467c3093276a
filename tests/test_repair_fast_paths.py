"""repairs/ decides most tokens and gaps on a fast path (a hostile text has a million of them);
its answers must be those of the full rules, token by token and gap by gap."""
import re
from pathlib import Path

import pytest

from lvextract import repairs
from lvextract.repairs import resegmentation, tokenization
from lvextract.reading import decode

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HOSTILE = [
    "1. 2. 3. 4. " * 40,
    "„(“[»\"'«]”)\" " * 40,
    "tālr. +371 67021600, 120 000 EUR, 85 % ESF; " * 20,
    "5. martā plkst. 10.00 seminārs, " * 20,
    "„Labi.” Tad iet. „Labi” Tad iet. u.c. Tālāk. 1,5 milj. EUR un J. Bērziņš.\n- romi\n**Teksts** -vārds EUR. IV”\n",
]


def texts() -> list[str]:
    corpus = [decode(p.read_bytes())[0] for p in sorted(CORPUS.glob("*.txt"))[:20]]
    return [t for t in corpus if t] + HOSTILE


def runs(text: str) -> list[tuple[int, int]]:
    """Tokens as a careless model might give them: white-space runs, punctuation glued on."""
    return [m.span() for m in re.finditer(r"\S+", text)]


def reference_resegment(text, tokens, model_ends):
    """resegment without its fast paths: the full rules at every gap."""
    sentences, current = [], []
    short_line = repairs.short_line_limit(text)
    for token in tokens:
        if current and resegmentation._breaks(text, current[-1], token, current[-1][1] in model_ends, short_line) and not (
                resegmentation._only_numbers(text, current) and "\n" not in text[current[-1][1]:token[0]]):
            sentences.append(current)
            current = []
        current.append(token)
    return sentences + ([current] if current else [])


@pytest.mark.parametrize("text", texts(), ids=lambda t: t[:20])
def test_split_full_stops_is_the_full_rules_token_by_token(text):
    tokens, keep = repairs.merge_protected(text, runs(text))
    expected = [piece for start, end in tokens for piece in tokenization._split_one(text, start, end, keep)]
    assert repairs.split_full_stops(text, list(tokens), keep) == expected


@pytest.mark.parametrize("text", texts(), ids=lambda t: t[:20])
@pytest.mark.parametrize("model_broke_everywhere", [False, True])
def test_resegment_is_the_full_rules_gap_by_gap(text, model_broke_everywhere):
    tokens, keep = repairs.merge_protected(text, runs(text))
    tokens = repairs.split_full_stops(text, tokens, keep)
    model_ends = {end for _, end in tokens} if model_broke_everywhere else {m.end() for m in re.finditer(r"[.!?]", text)}
    assert repairs.resegment(text, tokens, model_ends) == reference_resegment(text, tokens, model_ends)


def test_a_lone_closing_quote_is_decided_by_what_it_closes_each_time():
    # The same two tokens ("”", "Tad") twice: a sentence end after „Labi.”, none after „Labi”.
    text = "„Labi.” Tad iet. „Labi” Tad iet."
    tokens = [m.span() for m in re.finditer(r"[„”.]|[^\s„”.]+", text)]
    sentences = repairs.resegment(text, tokens, model_ends={end for start, end in tokens if text[start] == "”"})
    assert [text[s[0][0]:s[-1][1]] for s in sentences] == ["„Labi.”", "Tad iet. „Labi” Tad iet."]


def test_abbreviation_kinds_are_remembered_but_the_same():
    abbreviations = repairs.abbreviations()
    for token in ["u.c.", "plkst.", "Dr.paed.", "vārds", "u.c."]:
        fresh = repairs.Abbreviations(abbreviations.never_final, abbreviations.may_end, abbreviations.degree_pattern)
        assert abbreviations.kind(token) == fresh.kind(token)
    assert "u.c." in abbreviations._kinds


def test_dedup_sorts_and_drops_repeats_and_empty_tokens():
    assert tokenization.dedup([(5, 7), (0, 3), (5, 7), (4, 4), (0, 3), (3, 4)]) == [(0, 3), (3, 4), (5, 7)]
    assert tokenization.dedup([]) == []


class _ScannedText(str):
    """A text that counts the width of the windows its find, rfind and count calls scan: one C
    call to the operation counters, however far it reads."""
    scanned = 0

    def _add(self, start, end):
        start = 0 if start is None else start
        end = len(self) if end is None else end
        _ScannedText.scanned += max(0, end - start)

    def find(self, sub, start=None, end=None):
        self._add(start, end)
        return super().find(sub, start, end)

    def rfind(self, sub, start=None, end=None):
        self._add(start, end)
        return super().rfind(sub, start, end)

    def count(self, sub, start=None, end=None):
        self._add(start, end)
        return super().count(sub, start, end)


def _scanned_by_resegment(names: int) -> int:
    text = _ScannedText("“Sākums " + "vārds… Citādi " * names + "beigas”")
    tokens = [m.span() for m in re.finditer(r"[^\s…]+|…", text)]
    _ScannedText.scanned = 0
    assert len(repairs.resegment(text, tokens, set())) == 1  # one quoted name: no sentence ends inside
    return _ScannedText.scanned


def test_a_quoted_name_full_of_ellipses_is_read_once():
    """Each ellipsis inside a quoted name is checked against the quotation marks found once, not by
    counting them again from the sentence's start (the sentence grows over the whole name)."""
    assert _scanned_by_resegment(2000) < 2.5 * _scanned_by_resegment(1000)
