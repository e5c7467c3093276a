"""Firms named in the dative beside the residents are the public of a place, no group the text
serves: "pakalpojumi iedzīvotājiem un uzņēmējiem būs pieejami", "pašvaldības atbalsts uzņēmējiem un
iedzīvotājiem", "nodrošināt pieeju tehnoloģijām pilsētas iedzīvotājiem un uzņēmējiem" — readers who
never saw this tool list no employers there (3 of 3 pages of 3 sites). Said so when an employers'
mention in the dative plural ("-iem") is joined by a comma or "un" to one of `residents`
(target_groups.toml [public_pair]; whole lower-case words) right before or right after it (past one
word of the place's: "un Ventspils iedzīvotājiem"). Not in another case: "aicina iesaistīties
iedzīvotājus, uzņēmējus" invites them, "var pieteikties iedzīvotāji un uzņēmēji" lets them apply; nor
after "ar": "sabiedriskā apspriede ar iedzīvotājiem un uzņēmējiem" invites both."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load
from .mentions import Found
from .reader import Reader

JOIN = r"(?:\s*,\s*|\s+un\s+|\s*,\s*un\s+)"
REACH = 40  # characters either side: the join and one word
# Not after "ar": a meeting or consultation held with them invites both ("apspriede ar iedzīvotājiem un
# uzņēmējiem", "tikšanās ar novada uzņēmējiem un iedzīvotājiem"): the word "ar", past one word of the
# place's, right before the pair's first word (the residents before the firms, or the firms).
AR_BEFORE = re.compile(r"(?<!\w)ar\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = alternation(load("target_groups")["public_pair"]["residents"])
    before = re.compile(r"(?<!\w)" + words + JOIN + "$", re.IGNORECASE)
    after = re.compile(JOIN + r"(?:[^\W\d_]+\s+)?" + words + r"(?!\w)", re.IGNORECASE)
    return before, after


def residents_and_firms(reader: Reader, found: list[Found]) -> None:
    """Un-accept employers said in the dative beside the residents."""
    before, after = _patterns()
    text = reader.doc.text
    for f in found:
        if not f.accepted or f.id != "employers" or not text[f.mention.start:f.mention.end].lower().endswith("iem"):
            continue
        residents = before.search(text, max(0, f.mention.start - REACH), f.mention.start)
        if (residents and not _after_ar(text, residents.start())) \
                or (after.match(text, f.mention.end, f.mention.end + REACH) and not _after_ar(text, f.mention.start)):
            f.accepted = False


def _after_ar(text: str, start: int) -> bool:
    """Whether "ar" (past one word of the place's) stands right before `start`."""
    return AR_BEFORE.search(text, max(0, start - REACH), start) is not None
