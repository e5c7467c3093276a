"""Honours told only by a verb ("tiks sveikti", "tika godināti", "apbalvoja") in a clause that names,
in its frame or in the locative, the occurrence they are done in ("Konkursa uzvarētāji tiks sveikti
3. augustā Grāmatu svētku laikā", "kur svinīgā pasākumā tika godināti laureāti"): that occurrence is
what takes place, and the honouring an act inside it (RECORD.md: the type is the lemma of the event
noun; the verb names none). A clause naming no such occurrence keeps an active or awarding verb's
honours ("3. martā tautas namā godināja sportistus"); the passive honouring and congratulating
("tika godināti": [passive_verbs] framed_only) then hold their day and date nothing (HONOURS_DAY).
Every clause verb the walk takes goes through `honoured`. One bounded look over the nouns of the
verb's sentence."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from ...word_regex import alternation
from ...latvian.place_nominative import is_locative
from .lexicon import vocabulary
from .achieved import in_achieved
from .noun_mention import NounMention
from .verbs import framed_only

# What `honoured` gives for a passive honours whose clause frames no occurrence: the day is the
# honours', and names no occurrence (the walk dates nothing by it).
HONOURS_DAY = NounMention("", -1, -1)


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], re.Pattern]:
    data = vocabulary()["honours_inside"]
    return frozenset(data["honours"]), re.compile(rf"\s+(?:{alternation(data['frames'])})(?!\w)", re.IGNORECASE)


def honours_inside(doc: Document, nouns: list[NounMention], starts: list[int], verb: NounMention | None,
                   bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
    """The occurrence an honours verb's clause names in a frame word's genitive or in the locative,
    nearest the verb within `bounds` and its sentence; None when the verb names no honours or the
    clause no such occurrence. Not one in a relative clause telling what the honoured achieved
    ("…, kuri ieguva medaļas novada sporta spēlēs": achieved.in_achieved). `starts` are the nouns'
    starts in text order."""
    honours, frame = _table()
    if verb is None or verb.kind not in honours:
        return None
    k = doc.sentence_index(verb.start)
    if k is None:
        return None
    lo = max(bounds[0], doc.sentences[k].start)
    hi = min(bounds[1], doc.sentences[k].end)
    found = []
    for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        noun = nouns[i]
        if noun.end > hi or noun.kind in honours or not noun.kind:
            continue
        surface = doc.text[noun.start:noun.end]
        if (frame.match(doc.text, noun.end) or (surface[:1].islower() and is_locative(surface))) \
                and not in_achieved(doc, noun, mention):
            found.append(noun)
    return min(found, key=lambda n: abs(n.start - verb.start), default=None)


def honoured(doc: Document, nouns: list[NounMention], starts: list[int], verb: NounMention | None,
             bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
    """The clause verb the walk takes: the occurrence an honours verb is done in, else the verb itself,
    or HONOURS_DAY for a passive honours ([passive_verbs] framed_only) that has none."""
    inside = honours_inside(doc, nouns, starts, verb, bounds, mention)
    if inside is not None:
        return inside
    return HONOURS_DAY if verb is not None and framed_only(doc, verb.start) else verb
