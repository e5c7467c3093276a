"""Goods handed out are no occurrence (RECORD.md: "not events: … the handing out of goods"): "Talkas
maisus varēs saņemt no 24. līdz 28. aprīlim pie koordinatora". O(clause) per date."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.places import LOCATIVE_ENDINGS
from ...layout import layout
from ...record import DateMention, Record
from .lexicon import happens_pattern, vocabulary
from .nouns import noun_starts
from .offsets import sentence_at


@lru_cache(maxsize=1)
def _handout_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = vocabulary()["handout_day"]
    return re.compile(cues["verbs"], re.IGNORECASE), happens_pattern(any_space=False)


def handout_day(doc: Document, mention: DateMention) -> bool:
    """"Talkas maisus varēs saņemt no 24. līdz 28. aprīlim pie koordinatora": goods handed out,
    no occurrence (RECORD), unless the date's clause also says something takes place ("Talka notiks
    29. aprīlī, maisus varēs saņemt pagastā" keeps the clean-up). O(clause) per clause, then O(1)
    per date (many days in one clause would otherwise rescan it for each)."""
    bounds = layout(doc).clause_bounds(mention.span.start)
    if bounds is None:
        return False
    read = doc.derived("events.handout", lambda _: {})
    if bounds not in read:
        read[bounds] = _hands_out(doc, bounds)
    return read[bounds]


def _hands_out(doc: Document, bounds: tuple[int, int]) -> bool:
    verbs, happens = _handout_cues()
    if verbs.search(doc.text, bounds[0], bounds[1]) is None or happens.search(doc.text, bounds[0], bounds[1]):
        return False
    # "5. maijā seminārā dalībnieki varēs saņemt sertifikātus": an occurrence in the locative is where
    # the goods are given; the day is its.
    starts = noun_starts(doc)
    k = bisect.bisect_left(starts, bounds[0])
    while k < len(starts) and starts[k] < bounds[1]:
        word = WORD.match(doc.text, starts[k])
        if word is not None and word.group(0).lower().endswith(LOCATIVE_ENDINGS):
            return False
        k += 1
    return True


WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _campaign_cues() -> tuple[re.Pattern, frozenset[str]]:
    cues = vocabulary()["handout_day"]
    return re.compile(cues["campaign_verbs"], re.IGNORECASE), frozenset(cues["campaigns"])


def drop_handout_campaigns(doc: Document, record: Record) -> None:
    """"5. maijā notiks akcija, kurā dalīs bērnu apģērbu": a campaign whose own sentence gives
    goods out is the handing out of goods (RECORD: no event). O(events · sentence)."""
    verbs, kinds = _campaign_cues()

    def gives_out(event) -> bool:
        if event.type not in kinds or event.span is None:
            return False
        sentence = sentence_at(doc, event.span.start)
        if sentence is None:
            return False
        return verbs.search(doc.text, sentence.start, sentence.end) is not None
    record.events[:] = [e for e in record.events if not gives_out(e)]
