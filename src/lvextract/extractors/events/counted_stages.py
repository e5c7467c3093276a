"""A series' days listed after a count of its stages and a colon ("sacensības norisinās sešos
posmos: 13. janvārī Kuldīgā, 2. martā Rīgā, …"): each listed day is a stage, typed by the stage word
("posms"), not by the series' noun that heads the sentence. Only a series' noun ([rounds] series:
"sacensības", "kauss", "čempionāts" …) heads such a list; a call's rounds ("konkurss notiek divās
kārtās: …") are periods and keep what they had. The words are events.toml's [counted_stages].
O(reach) per date: one search between the noun and the day."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from .lexicon import literals, vocabulary
from .noun_mention import NounMention

# The count and the stage word stand within this many characters of the series' noun.
REACH = 80


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, dict[str, str], tuple[str, ...]]:
    words = vocabulary()["counted_stages"]
    heads = {k.lower(): v for k, v in words["heads"].items()}
    counts = literals(words["counts"])
    pattern = re.compile(rf"(?<!\w)(?:{counts}|\d+)\s+({literals(heads)})\s*:", re.IGNORECASE)
    return pattern, heads, tuple(vocabulary()["rounds"]["series"])


def listed_stage(doc: Document, noun: NounMention | None, mention: DateMention) -> NounMention | None:
    """The stage word heading the day's list when `noun`, a series' noun, stands before "<count>
    <stage word>:" and the day after the colon; else None."""
    if noun is None or noun.end > mention.span.start:
        return None
    pattern, heads, series = _patterns()
    if not doc.text[noun.start:noun.end].lower().startswith(series):
        return None
    m = pattern.search(doc.text, noun.end, min(mention.span.start, noun.end + REACH))
    if m is None or "\n" in doc.text[m.end():mention.span.start]:
        return None
    return NounMention(heads[m.group(1).lower()], m.start(1), m.end(1))
