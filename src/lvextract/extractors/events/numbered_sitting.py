"""A day cited with a sitting by the sitting's number or its decision ("saskaņā ar fonda padomes
7. novembra sēdes Nr. 21 lēmumu", "domes 3. marta sēdes protokols Nr. 4"): the day the decision was
taken, no occurrence of the text (RECORD.md: not the day a decision was taken). The sitting stands in
the genitive right after the day (an adjective may stand between: "12. maija ārkārtas sēdes"), maybe
its number, then a decision's or minutes' word (events.toml [numbered_sitting]); a sitting the
text announces ("5. decembrī notiks domes sēde", "12. maija sēdē lems …", "25. maija sēdes Nr. 7 darba
kārtība": a number alone is no decision) has no such word. O(1) per date:
one bounded match after the day."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from ...latvian.lemmas import stem
from .dated_sitting import REACH  # how far after the day the sitting (and its mark) may reach
from .lexicon import literals, stems, vocabulary


# A sitting's noun in the genitive singular ("sanāksmes", "sapulces"); its stem must be one of
# [decision] cited_sittings, the sittings whose cited day is no occurrence (a council's "sēdes" is one).
GENITIVE = r"[^\W\d_]+es"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["numbered_sitting"]
    return re.compile(rf"[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?({GENITIVE})[^\S\n]*,?[^\S\n]*"
                      rf"(?:{literals(data['numbers'])})?[^\S\n]*(?:\d+[^\S\n]*)?,?[^\S\n]*"
                      rf"(?:{literals(data['marks'])})", re.IGNORECASE)


def numbered_sitting(doc: Document, mention: DateMention) -> bool:
    """Whether the day is a sitting's cited by its number or decision ("… 7. novembra sēdes Nr. 21 lēmumu")."""
    end = mention.span.end
    m = _pattern().match(doc.text, end, min(len(doc.text), end + REACH))
    return m is not None and stem(m.group(1).lower()) in stems("decision", "cited_sittings")
