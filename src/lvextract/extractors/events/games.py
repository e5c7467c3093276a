"""The games that name one occurrence, of every kind: a game between two sides (team_games), one
told by its score (scored_games) and one told as taken part in (joined_games). The noun matcher
takes their spans as event nouns and the ranking as sided games that need no verb. Found once per
document (Document.derived); O(n)."""
from __future__ import annotations

from ...document import Document
from .joined_games import joined_games
from .scored_games import scored_games
from .team_games import team_games


def game_spans(doc: Document) -> list[tuple[str, int, int]]:
    """(type, start, end) of the game noun of each sided game, then of each told by its score, then
    of each told as taken part in."""
    return doc.derived("events.game_spans", lambda d: team_games(d) + scored_games(d) + joined_games(d))
