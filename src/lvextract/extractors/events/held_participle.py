"""A day whose clause names no occurrence, and a later sentence of its paragraph naming one by a past
participle of taking place right before its noun ("11. novembrī skolēni devās pie pieminekļa. Bērni
nolika ziedus. Daudzi piedalījās arī vakarā notikušajā lāpu gājienā"): the participle says that
occurrence took place, and with no day told between it is the day's (events.toml [held_participle]).
The next SENTENCES_AHEAD sentences of the paragraph only. O(log n) per sentence."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .lexicon import vocabulary
from .noun_mention import NounMention
from .offsets import any_between
from .ranking import Nouns, not_frame

SENTENCES_AHEAD = 5


@lru_cache(maxsize=1)
def _participle() -> re.Pattern:
    data = vocabulary()["held_participle"]
    # the participle, then at most `words` genitives of the noun's own ("notikušajā lāpu gājienā")
    return re.compile(rf"(?<!\w){alternation(data['participles'])}\w*\s+(?:[^\W\d_]+\s+){{0,{int(data['words'])}}}$", re.IGNORECASE)


def participle_noun(doc: Document, index: Nouns, bounds: tuple[int, int],
                    date_starts: list[int]) -> tuple[NounMention | None, tuple[int, int] | None]:
    k = doc.sentence_index(max(0, bounds[1] - 1))
    if k is None:
        return None, None
    end = doc.sentences[k].end
    for j in range(k + 1, min(len(doc.sentences), k + 1 + SENTENCES_AHEAD)):
        nxt = doc.sentences[j]
        if "\n" in doc.text[end:nxt.start] or any_between(date_starts, (bounds[1], nxt.end)):
            return None, None  # another paragraph, or a date of any grain between ("Pērn notikušajā …")
        for noun in index.all_in((nxt.start, nxt.end)):
            if _participle().search(doc.text, max(nxt.start, noun.start - 60), noun.start) \
                    and not_frame(index.rank_of(noun)):
                return noun, (nxt.start, nxt.end)
        end = nxt.end
    return None, None
