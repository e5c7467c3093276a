"""listed_activities: a noun that is one item of a list of activities after the verb of taking
place takes the day of the occurrence a sentence before announces.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import happens_pattern, vocabulary
from .noun_mention import NounMention
from .offsets import any_between
from .ranking import Nouns


# A list of three or more after the verb of taking place: "notiks šautriņu mešana, atspoles skrējiens,
# metieni grozā": items split by commas, the last maybe by "un".
LIST_ITEM_SEPARATOR = re.compile(r",\s+|\s+un\s+")
# At most so many words an activity's item, and the noun among the first so many items.
LISTED_ITEM_WORDS, LISTED_ITEMS = 4, 8
LISTED_REACH = 1000  # characters past the noun: more than LISTED_ITEMS items of LISTED_ITEM_WORDS words


@lru_cache(maxsize=1)
def _listed_activity_words() -> tuple[frozenset[str], frozenset[str], re.Pattern, int]:
    """[listed_activities] heads, not_openers and sentences back, and the [happens] verbs as one pattern."""
    data = vocabulary()["listed_activities"]
    return frozenset(data["heads"]), frozenset(data["not_openers"]), happens_pattern(any_space=False), \
        int(data["sentences"])


def listed_activity(doc: Document, index: Nouns, noun: NounMention, bounds: tuple[int, int],
                    mention: DateMention, eventable: list[int]) -> tuple[NounMention, tuple[int, int]] | None:
    """"Pagastā tiks rīkota sporta diena. … 18. novembrī notiks šautriņu mešana, atspoles skrējiens,
    metieni grozā …": a specific noun that is one item of a list of three or more after the verb of
    taking place names an activity; the day is that of the occurrence one of the sentences before
    announces ([listed_activities] heads), when that one dates nothing of its own. O(1) past the noun."""
    heads, openers, happens, reach = _listed_activity_words()
    if noun.kind in heads or noun.start < mention.span.end:
        return None
    verb = None
    for m in happens.finditer(doc.text, mention.span.end, noun.start):
        verb = m
    if verb is None:
        return None
    # The first LISTED_ITEMS short items are all that is read: a window past the noun, not the rest
    # of a sentence that may run on for the whole text.
    stop = min(bounds[1], noun.end + LISTED_REACH)
    end = doc.text.find(".", noun.end, stop)
    listed = doc.text[verb.end():end if end >= 0 else stop]
    items = LIST_ITEM_SEPARATOR.split(listed)
    # Short items, the noun's among the first ones: not one noun followed by clauses (", kurās …").
    upto = len(LIST_ITEM_SEPARATOR.split(doc.text[verb.end():noun.start]))
    for item in items[:max(3, upto)]:
        words = re.findall(r"[^\W\d_]+", item)
        if not words or len(words) > LISTED_ITEM_WORDS or words[0].lower() in openers:
            return None
    if len(items) < 3 or upto > LISTED_ITEMS:
        return None
    i = doc.sentence_index(bounds[0])
    if i is None:
        return None
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        sentence = doc.sentences[k]
        before = (sentence.start, sentence.end)
        if any_between(eventable, before):
            return None
        found = index.first(before, lambda rank: True, last=True, kinds=heads)
        if found is not None:
            return found, before
    return None
