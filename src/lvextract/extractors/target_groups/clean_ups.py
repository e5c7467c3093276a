"""Those reported working at a voluntary clean-up (a "talka") do the work; it is held by them, not
for them: "Talkā piedalījās 40 skolēnu", "talkas darbos devās ap 150 aktīvistu", "Pie skolas talkoja
jaunieši un seniori". A group in a sentence with a word of a clean-up (target_groups.toml
[clean_ups] `occasions`) and a past verb of taking part or working (`past_working`; both beginnings
of lower-case words), said as a subject or counted (not a dative: "talka bērniem par prieku"), and no
word of inviting: those invited to one stay ("Aicinām jauniešus piedalīties talkā"). Each sentence
is searched once (sentence_reading.sentence_answer: linear cost)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .lexicon import sentence_has
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    c = load("target_groups")["clean_ups"]
    return re.compile(sentence_has(c["occasions"]) + sentence_has(c["past_working"]), re.IGNORECASE | re.DOTALL)


def clean_up_workers(reader: Reader, f: Found) -> bool:
    """Whether group mention `f` is reported working at a clean-up."""
    word = reader.sdoc[f.mention.token_end - 1].text
    if "dative" in form(word) or word.lower().endswith("us"):  # (an accusative: whom it is for, or invited)
        return False
    index = reader.doc.sentence_index(f.mention.start)
    if index is None or reader.in_inviting_sentence(f.mention.start):
        return False
    pattern = _pattern()
    return reader.sentence_answer("clean_ups", index, lambda sentence: pattern.match(sentence) is not None)
