"""A game told by its score: "<qualifier> spēlē … ar 4:3 uzvarēja" / "34. kārtas spēlē … ar 2:0
pārspēja". The locative "spēlē" is also the verb "spēlēt" ("komanda spēlē neizšķirti"), so it names
no occurrence alone (events.toml [not_events]); a qualifier right before it — a definite adjective's
locative ("izšķirošajā") or a round's genitive ("34. kārtas") — and a score after "ar" with a verb of
winning or losing in the same sentence make it the game's noun. Data: events.toml [scored_games].
Read by games.game_spans (the noun matcher's and the ranking's games that need no verb) and scored_game_day.
Found once per document (Document.derived). O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import gated_finditer
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["scored_games"]
    # The qualifier (group 1 starts the span, so the span is no bare "spēlē"), the noun, then within
    # the sentence "ar [rezultātu] N:M" and a result verb by its stem, in either order.
    # A genitive in lower case only: "Rīgas spēlē" may be a town's team that plays.
    qualifier = (rf"(?:[^\W\d_]+(?:{literals(data['qualifier_endings'])})|{literals(data['qualifier_words'])}"
                 rf"|(?:\d+\.\s*)?(?-i:[a-zāčēģīķļņšūž]+as))")
    score = rf"\bar\s+(?:{literals(data['score_words'])}\s+)?\d{{1,2}}\s*:\s*\d{{1,2}}(?!\d)"
    verbs = rf"\b(?:{literals(data['result_stems'])})\w*"
    return re.compile(rf"(?<![\w-])({qualifier}\s+(?:{literals(data['forms'])}))(?!\w)"
                      rf"(?=[^.!?\n]{{0,80}}?(?:{score}[^.!?\n]{{0,60}}?{verbs}|{verbs}[^.!?\n]{{0,60}}?{score}))",
                      re.IGNORECASE)


def scored_games(doc: Document) -> list[tuple[str, int, int]]:
    """(type, start, end) of each game told by its score, the span its qualifier and noun, in text order."""
    def find(d: Document) -> list[tuple[str, int, int]]:
        kind = vocabulary()["scored_games"]["type"]
        return [(kind, m.start(1), m.end(1)) for m in gated_finditer(_pattern(), d.text)]
    return doc.derived("events.scored_games", find)
