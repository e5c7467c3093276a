"""A second occurrence told as held at the same time as the one told just before ("Sestdien plkst. 10
stadionā čempionāts vieglatlētikā, vienlaikus notiek arī spartakiādes sacensības"; "… turnīri.
… Vienlaikus krogā risināsies individuālās sacensības"; "paralēli kausa izcīņai risināsies arī
telpu futbola turnīrs"): the cue word (events.toml [simultaneous] cues) opening a clause, a verb of
taking place after it and an occurrence's noun after the verb. The occurrence takes the day (or the
relative day, or the range) of the event told last before the cue, a few sentences back at most;
the walk gives a day one noun, so this one would be lost. O(events + cues · log n)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Event, Record
from .lexicon import happens_alternation, listed_pattern
from .parts import build_event
from .ranking import Nouns, is_frame
from .report_evening import REPORT_SENTENCES_BACK

# How far past the verb the occurrence's noun may end ("notiek arī Bauskas 3. spartakiādes sacensības").
NOUN_REACH = 70
# The clause's end: a comma, a semicolon or a sentence's full stop (not an ordinal's: "3. spartakiāde").
STOP = re.compile(r"[,;]|\.(?!\s+[a-zāčēģīķļņšūž])")
# How far past the cue its verb may stand ("paralēli Aviācijas kausa izcīņai divos laukumos risināsies").
VERB_REACH = 60


def _cue() -> re.Pattern:
    return listed_pattern("simultaneous", r"(?:^|(?<=[,;.!?\n]))\s*(?:[^\W\d_]+\s+){0,2}?(?P<cue>{cues})(?!\w)")


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{happens_alternation()})(?!\w)", re.IGNORECASE)


def simultaneous(doc: Document, index: Nouns, date_starts: list[int], by_key: dict, record: Record,
                 first_mention: dict[int, DateMention]) -> None:
    text = doc.text
    if not record.events:
        return
    told = sorted((e for e in record.events if e.span is not None), key=lambda e: e.span.start)
    told_starts = [e.span.start for e in told]
    kinds_days = {(e.type, e.start) for e in record.events}
    for m in _cue().finditer(text):
        cue = m.start("cue")
        here = doc.sentence_index(cue)
        if here is None:
            continue
        sentence = doc.sentences[here]
        k = bisect.bisect_left(told_starts, cue) - 1
        if k < 0:
            continue
        prior = told[k]
        there = doc.sentence_index(prior.span.start)
        if there is None or not 0 <= here - there <= REPORT_SENTENCES_BACK:
            continue
        # No date of its own between the cue and the clause's end: a day told there is that clause's own.
        j = bisect.bisect_left(date_starts, cue)
        verb = _verb().search(text, m.end("cue"), min(sentence.end, m.end("cue") + VERB_REACH))
        if verb is None or text[m.end("cue"):verb.start()].count(",") or \
                (j < len(date_starts) and date_starts[j] < sentence.end):
            continue
        reach = (verb.end(), min(sentence.end, verb.end() + NOUN_REACH))
        stop = STOP.search(text, reach[0], reach[1])
        if stop:
            reach = (reach[0], stop.start())
        nouns = [n for n in index.all_in(reach) if not is_frame(doc, n)]
        if not nouns:
            continue
        noun = nouns[-1]  # the head of "spartakiādes sacensības" is its last noun
        if noun.kind == prior.type:
            continue  # the same kind told again is the same occurrence's
        mention = _mention_of(doc, prior, first_mention, (m.start("cue"), m.end("cue")))
        if mention is None:
            continue
        bounds = (m.start("cue"), sentence.end)
        event = build_event(doc, index, noun, bounds, mention, bounds, date_starts)
        event.span = doc.span(noun.start, noun.end)
        # Keyed as the walk keys them: a relative day with nothing to count from by its day's word.
        key = (event.type, event.start) if event.start is not None else (event.type, mention.relative)
        if key in by_key or (event.type, event.start) in kinds_days:
            continue  # told already (by the passes before, "Paralēli notiks izstāde" as a later item)
        by_key[key] = event
        kinds_days.add((event.type, event.start))
        first_mention[id(event)] = mention
        record.events.append(event)


def _mention_of(doc: Document, prior: Event, first_mention: dict[int, DateMention],
                span: tuple[int, int]) -> DateMention | None:
    """The prior occurrence's day as a mention spanning the cue: the date that made it, else its own
    start (an occurrence with neither names no time to share)."""
    made = first_mention.get(id(prior))
    if made is not None:
        return DateMention(value=made.value, end=made.end, anchored=made.anchored, relative=made.relative,
                           span=doc.span(*span))
    if prior.start is None:
        return None
    return DateMention(value=prior.start, end=prior.end, anchored=False, relative=None, span=doc.span(*span))
