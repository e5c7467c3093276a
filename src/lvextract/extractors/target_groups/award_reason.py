"""The group an award is given for is its reason, not its audience: "Pateicības raksts par ieguldījumu
izglītības pieejamības veicināšanā personām ar invaliditāti piešķirts …", "pasniedza balvas
pedagogiem, kuri sniedz ieguldījumu, lai jauniešiem …" — the laureates did something for the group;
the ceremony serves no one of it. A mention counts not where a word of `award_reason_nouns`
("ieguldījums", "nopelni") stands at most REASON_REACH words before it in a sentence that speaks of
an award (`honour_words`). Without the reason's noun the group stays: "balva cilvēku ar invaliditāti
atbalstam" names what the award is for (data/target_groups.toml [context])."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .reader import Reader

REASON_REACH = 6  # words: "par ieguldījumu izglītības pieejamības veicināšanā personām"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern]:
    c = load("target_groups")["context"]
    # (honour words of two words, "goda raksts", are matched across the space between them)
    words = [r"\s+".join(map(re.escape, w.split())) for w in c["honour_words"] + c["thanking"]]
    return tuple(c["award_reason_nouns"]), re.compile(r"(?<!\w)(?:" + "|".join(words) + ")", re.I)


def award_reason(reader: Reader, f) -> bool:
    """Whether mention `f` is the group named in an award's reason."""
    reasons, honour = _words()
    for i in reader.words_back(f.mention.token_start, REASON_REACH):
        if reader.word(i).startswith(reasons):
            index = reader.doc.sentence_index(f.mention.start)
            return index is not None and reader.in_sentence_with(index, honour)
    return False
