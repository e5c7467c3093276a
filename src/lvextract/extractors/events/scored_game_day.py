"""A named contest in the locative framing a day's sentence whose game is told by its score ("Līgas
čempionātā sestdien pietuvojās titulam „Ozoli”, kas 12. kārtas spēlē ar 2:0 pārspēja …"): the
season's championship is where the game belongs, not what took place that day; the game is (RECORD.md:
the event is the occurrence the text dates). A championship said to take place on the day ("sāksies
čempionāts") is in the nominative and keeps its games (contest_days.py). The games are the document's,
found once (scored_games.py). O(nouns of the sentence)."""
from __future__ import annotations

import bisect

from ...document import Document
from ...record import DateMention
from .lexicon import vocabulary
from .noun_mention import NounMention
from .scored_games import scored_games


def scored_game_over(doc: Document, nouns: list[NounMention], starts: list[int], noun: NounMention | None,
                     mention: DateMention) -> NounMention | None:
    """The scored game of the date's sentence when `noun` is a named contest not in the nominative."""
    if noun is None or noun.kind not in vocabulary()["contest_kind"]["named"]:
        return None
    if doc.text[noun.start:noun.end].lower().endswith(noun.kind.split()[-1]):
        return None  # "notiks čempionāts": the contest itself is told taking place
    k = doc.sentence_index(mention.span.start)
    if k is None or doc.sentence_index(noun.start) != k:
        return None
    sentence = doc.sentences[k]
    games = doc.derived("events.scored_game_starts", lambda d: frozenset(start for _kind, start, _end in scored_games(d)))
    i = bisect.bisect_left(starts, sentence.start)
    while i < len(nouns) and nouns[i].start < sentence.end:
        if nouns[i].start in games:
            return nouns[i]
        i += 1
    return None
