"""What a study found or a survey's respondents said reports on a group; it serves none: "71%
aptaujāto darba devēju uzskata, ka personu ar invaliditāti nodarbināšana …", "pētījumā secināts,
bērni ar smagu invaliditāti iegūst izglītību …", "nodarbināti bija 27% cilvēku ar invaliditāti,
liecina pētījums". A group counts so where a word of finding or of respondents (`finding_words`,
target_groups.toml [context]; beginnings of lower-case words: "secināts", "liecina", "aptaujātie",
"respondenti") stands before it in its sentence with no purpose clause between ("…, lai …" may say
what is done for it: "aptaujas rezultātus izmantos, lai uzlabotu pakalpojumus senioriem"), or where
the sentence closes with an attribution after a comma (", liecina pētījums") that reports all of it.
statistics.py keeps the narrower shape of a percentage counting the group. The words of a sentence
are found once (sentence_answer), so a sentence of many groups stays linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..vocabulary import load
from .reader import Reader

# A purpose clause opens after a comma or at the sentence's start: what follows may be done for the group.
PURPOSE = re.compile(r"(?<!\w)lai(?!\w)", re.I)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["context"]
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in c["finding_words"])
    attribution = "|".join(map(re.escape, c["finding_attributions"]))
    return (re.compile(r"(?<![^\W\d_])(?:" + words + ")", re.I),
            re.compile(r",\s*(?:" + attribution + r")\w*\s+[^,.;]*$", re.I))


def _marks(text: str) -> tuple[list[int], list[int], bool]:
    """The ends of the finding words of a sentence, the starts of its purpose clauses, and whether it
    closes with an attribution."""
    words, attribution = _patterns()
    return ([m.end() for m in words.finditer(text)], [m.start() for m in PURPOSE.finditer(text)],
            attribution.search(text.rstrip(" .!\n")) is not None)


def reported_finding(reader: Reader, f) -> bool:
    """Whether mention `f` is a group a study's finding or a survey's answer speaks of."""
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return False
    ends, purposes, attributed = reader.sentence_answer("findings", index, _marks)
    at = f.mention.start - reader.doc.sentences[index].start
    i = bisect.bisect_right(ends, at) - 1
    if i >= 0:
        j = bisect.bisect_left(purposes, ends[i])
        if j >= len(purposes) or purposes[j] > at:
            return True
    return attributed
