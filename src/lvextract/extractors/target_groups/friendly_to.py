"""A dative that a "friendly" adjective governs in a title or a ranking names a quality of a place,
not people served: "konkurss “Ģimenei draudzīga pašvaldība”", "balsot par ģimenēm draudzīgāko
pašvaldību", "sacenšas par «Bērniem draudzīga pilsēta» titulu" — the municipalities compete and are
rated; no family is served by that. The adjective right after the group ([friendly_to] `adjectives`,
target_groups.toml), either in the comparative or superlative (`ranking`: the places ranked) or inside a
quoted title (its opening quote at most QUOTE_REACH words before the group, no closing quote between).
Running text that makes a place so ("izveidot bērniem draudzīgu vidi") is left to the other rules; the
group served elsewhere in the text still counts there. Bounded: a few words either side."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import CLOSING_QUOTES
from .forms import form
from .mentions import Found
from .reader import Reader

QUOTE_REACH = 3  # words from the opening quote to the group: "“Mazajiem bērniem draudzīga …"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["friendly_to"]
    return tuple(c["adjectives"]), tuple(c["ranking"])


def friendly_to(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a dative governed by a "friendly" adjective in a title or a ranking."""
    if f.modifier or "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    adjectives, ranking = _words()
    after = reader.word_at_or_after(f.mention.token_end)
    if after is None or not reader.word(after).startswith(adjectives):
        return False
    if reader.word(after).startswith(ranking):
        return True
    for i in reader.words_back(f.mention.token_start, QUOTE_REACH):
        if reader.opens_quote(i):
            return True
        if reader.word(i) in CLOSING_QUOTES:
            return False
    return reader.opens_quote(f.mention.token_start - 1) if f.mention.token_start > 0 else False
