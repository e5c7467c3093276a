"""A group counted in a survey's figures is reported on, not served: "92% jauniešu atzinuši, ka …",
"65% aptaujāto skolēnu norādīja …", "72% optimistiski vērtē jauniešu spēju …". A group that is no
dative counts so where a percentage stands right before it (with at most a word of `COUNTED_BY`
between) in a sentence with a word of opinion or survey (`statistic_words`, target_groups.toml
[context]; beginnings of words), or where such a word stands between the percentage and it, within
STATISTIC_REACH characters. A group named before the figure stays ("Nometnē piedalījās 40 jaunieši,
90% no viņiem atzina …"), and so does one after a figure that an opinion only introduces
("Ministrija uzskata, ka 20% finansējuma jānovirza bezdarbnieku apmācībai"). The percentages of a
sentence are found once; the look back is bounded, so a sentence of many groups stays linear."""
from __future__ import annotations

import bisect
import re

from .forms import form

PERCENTAGE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|procent\w*)", re.IGNORECASE)
STATISTIC_REACH = 120  # characters from the end of the percentage to the group
# Words that may stand between a percentage and the group it counts: "65% aptaujāto jauniešu".
COUNTED_BY = frozenset({"aptaujāto", "aptaujātie", "no", "visu", "respondentu", "šo", "to"})
WORD = re.compile(r"[^\W\d_]+")


def counted_in_statistic(reader, f) -> bool:
    text = reader.doc.text
    head = text[f.mention.start:f.mention.end].split()[-1]
    if "dative" in form(head):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return False
    offset = reader.doc.sentences[index].start
    ends = reader.sentence_answer("percentage_ends", index,
                                   lambda t: [offset + m.end() for m in PERCENTAGE.finditer(t)])
    i = bisect.bisect_right(ends, f.mention.start) - 1
    if i < 0 or f.mention.start - ends[i] > STATISTIC_REACH:
        return False
    between = text[ends[i]:f.mention.start]
    words = reader.ctx.statistic
    if set(w.lower() for w in WORD.findall(between)) <= COUNTED_BY:
        return reader.in_sentence_with(index, words)
    return words.search(between) is not None
