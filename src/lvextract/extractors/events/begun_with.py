"""A contest told by its kind word that begins with a deciding round or a stage ("Sacīkstes sāksies
1. maijā ar Kurzemes finālu", "Sacensības sāksies 3. jūnijā ar kausa pirmo posmu"): the round is what
takes place on that day, as a series' stage is the day's occurrence (rounds.round_of); the kind word
only says what it is a round of. Only the contest's kind word ([contest_kind] words), a verb of
beginning ([begins] words) after it and "ar" before the round; a generic occurrence begun with a
lecture is noun_choice.announced's. O(1) per date."""
from __future__ import annotations

import re

from ...document import Document
from .lexicon import begins_pattern, vocabulary
from .noun_mention import NounMention
from .ranking import Nouns
from .rounds import round_noun

# How far past the kind word the verb may stand (a day and a place between), and "ar" past the verb.
VERB_REACH, WITH_REACH = 60, 40
WITH = re.compile(r"(?<!\w)ar\s+", re.IGNORECASE)
# The round must be "ar"'s own object: at most a few words (a region's or cup's genitive, an ordinal)
# and no clause break between, else "ar dalībnieku reģistrāciju, bet fināls …" hands a later
# clause's round to the contest.
OBJECT_WORDS = 3
CLAUSE_BREAK = re.compile(r"[,;:.!?()]")


def _own_object(text: str, with_end: int, start: int) -> bool:
    between = text[with_end:start]
    return CLAUSE_BREAK.search(between) is None and len(between.split()) <= OBJECT_WORDS


def begun_with(doc: Document, index: Nouns, noun: NounMention | None, bounds: tuple[int, int]) -> NounMention | None:
    """The round the contest `noun` begins with, in its clause `bounds`; else None."""
    words = vocabulary()["contest_kind"]
    if noun is None or noun.kind not in words["words"]:
        return None
    text = doc.text
    verb = begins_pattern().search(text, noun.end, min(bounds[1], noun.end + VERB_REACH))
    if verb is None:
        return None
    with_ = WITH.search(text, verb.end(), min(bounds[1], verb.end() + WITH_REACH))
    if with_ is None:
        return None
    after = (with_.end(), bounds[1])
    finals = frozenset(words.get("finals", ()))
    first = next(iter(index.all_in(after)), None)
    if first is not None and first.kind in finals and _own_object(text, with_.end(), first.start):
        return first  # "… ar Kurzemes finālu"
    stage = round_noun(doc, after)
    # the stage of the words right after "ar" ("ar kausa pirmo posmu"), not of a later clause
    if stage is None or not _own_object(text, with_.end(), stage.start):
        return None
    return stage if first is None or stage.start <= first.end + WITH_REACH else None
