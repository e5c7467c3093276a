"""A game between two sides, in the singular and against or between them ("spēle pret „Liepāju”",
"spēli starp pagastu komandām"): one occurrence, though "spēles" alone are games played and name none
(events.toml [nouns]). Data: events.toml [team_games]. Found once per document (Document.derived);
games.game_spans gives them, with the other games, to the noun matcher and the ranking. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["team_games"]
    # The sides follow within a few words ("mājas spēli pret HK „Prizma”", "spēle starp „A” un „B”").
    return re.compile(rf"(?<![\w-])({literals(data['forms'])})\s+(?:[^\W\d_]+\s+){{0,2}}?"
                      rf"(?:{literals(data['sides'])})(?!\w)", re.IGNORECASE)


def team_games(doc: Document) -> list[tuple[str, int, int]]:
    """(type, start, end) of the game noun of each such phrase."""
    def find(d: Document) -> list[tuple[str, int, int]]:
        kind = vocabulary()["team_games"]["type"]
        return [(kind, m.start(1), m.end(1)) for m in _pattern().finditer(d.text)]
    return doc.derived("events.team_games", find)
