"""Days near an occurrence that are not its day: one it was moved from, a bound on when it may
be held, the day something about it is published. Each looks a fixed window either side of the
date: O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _moved_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = vocabulary()["moved_from"]
    before = re.compile("(?:" + "|".join(f"(?:{c})" for c in cues["before"]) + ")$", re.IGNORECASE)
    after = re.compile("|".join(f"(?:{c})" for c in cues["after"]), re.IGNORECASE)
    return before, after


def moved_from(doc: Document, mention: DateMention) -> bool:
    """"Sākotnēji … bija plānota 28. martā", "pārcelta no 5. maija": the day it no longer takes place.
    Looks 100 characters either side: O(1) per date."""
    before, after = _moved_cues()
    start, end = mention.span.start, mention.span.end
    return bool(before.search(doc.text[max(0, start - 100):start])
                or after.match(doc.text, end, min(len(doc.text), end + 100)))


@lru_cache(maxsize=1)
def _other_day_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = vocabulary()["other_day"]
    before = re.compile("(?:" + "|".join(f"(?:{c})" for c in cues["before"]) + ")$", re.IGNORECASE)
    return before, re.compile("|".join(f"(?:{c})" for c in cues["after"]), re.IGNORECASE)


def other_day(doc: Document, mention: DateMention) -> bool:
    """"jāplāno ne ātrāk kā 6. jūlijā", "tiks publicēts 15. jūnijā": a bound or a publication's day,
    no occurrence's. Looks 60 characters either side: O(1) per date."""
    before, after = _other_day_cues()
    start, end = mention.span.start, mention.span.end
    return bool(before.search(doc.text[max(0, start - 60):start]) or after.match(doc.text, end, min(len(doc.text), end + 60)))
