"""A day that dates a participle rather than the sentence: "Pērn 15. maijā atklātā izstāde būs
skatāma līdz 30. septembrim", "Nākamgad 5. jūnijā paredzētajiem svētkiem var pieteikties līdz
1. decembrim". The day and its own "pērn"/"nākamgad" say when the thing was opened, planned or
begun; the main clause keeps its own time, so the adverb lends no year to the days after it
(relative_years.py)."""
from __future__ import annotations

import re

# The word right after the day, in a definite or attributive participle's ending ("atklātā",
# "paredzētajiem", "aizsāktā", "gaidāmā", "topošais"), then its noun.
_PARTICIPLE_THEN_NOUN = re.compile(
    r"[^\S\n]{1,3}(?P<word>[^\W\d_]{2,}(?:t|am|ām|oš)(?:ais|ā|ās|ie|ajiem|ajām|ajā|ajam|ajai|ajos|ajās|o|as|ai|a))"
    r"[^\S\n]+[^\W\d_]")
_READING = 40  # the participle stands right after the day


def participle_follows(text: str, day_end: int) -> bool:
    """Whether a lower-case participle (its lemma a verb's, as the treebank reads participles) and
    a noun follow the day: a locative noun of the same ending ("pilsētā", "vietā") is no verb's."""
    m = _PARTICIPLE_THEN_NOUN.match(text, day_end, min(len(text), day_end + _READING))
    if m is None or not m["word"].islower():
        return False
    from ..latvian.lemmas import lemma  # the lemma table loads only when a day's adverb is read

    return lemma(m["word"]).endswith(("t", "ts", "ties"))
