"""A game one takes part in, told in the locative after a verb of taking part and a word naming its
kind ("piedalīties loto spēlē", "aicināti piedalīties atjautības spēlē", "sacentās prāta spēlē"):
one occurrence. The locative "spēlē" is also the verb "spēlēt" ("komanda spēlē neizšķirti"), so it
names no occurrence alone (events.toml [not_events]); after a verb of taking part and a lower-case
qualifier — a genitive ("prāta", "atjautības", "veloorientēšanās"), an indeclinable kind ("loto") or
an adjective's locative ("interaktīvā") — it is where one takes part, not what one plays. Only the
singular: "piedalījās komandas spēlēs" are games played. Blind readers listed such a dated game on
5 of the 6 dev pages with the shape. Data: events.toml [joined_games]. Found once per document (read by
games.game_spans, so the noun matcher and the ranking take it as a sided game that needs no verb). O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import LOWER
from ...word_regex import alternation, gated_finditer
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["joined_games"]
    verbs = alternation(data["verb_starts"])
    # The verb, at most one word between (an adverb, "arī"), then the qualifier in lower case and the
    # noun; the qualifier is group 1's start, so the span is no bare "spēlē".
    return re.compile(rf"(?<!\w)(?:{verbs})\w*\s+(?:[{LOWER}]+\s+)?"
                      rf"(?-i:([{LOWER}]+(?:{literals(data['qualifier_endings'])})\s+(?:{literals(data['forms'])})))(?!\w)",
                      re.IGNORECASE)


def joined_games(doc: Document) -> list[tuple[str, int, int]]:
    """(type, start, end) of each game told as taken part in, the span its qualifier and noun."""
    def find(d: Document) -> list[tuple[str, int, int]]:
        kind = vocabulary()["joined_games"]["type"]
        return [(kind, m.start(1), m.end(1)) for m in gated_finditer(_pattern(), d.text)]
    return doc.derived("events.joined_games", find)
