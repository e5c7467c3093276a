"""A group "thanks to" whom something came about is who did it, not who is served: "pateicoties
novada skolēniem, talkā savāca 90 maisus", "Pateicoties brīvprātīgajiem jauniešiem, …" (the
adverb "pateicoties" of target_groups.toml [thanks_to]; also the participle "thanking", which
thanks the group: no one served either). Between the word and the group only the group's
genitive qualifiers ("pateicoties Ozolu pagasta skolas skolēniem"), its definite adjective and
earlier groups of the same list ("pateicoties skolotājiem un skolēniem") may stand; any other word
ends the walk, so a dative after something else that came first stays served ("pateicoties
projektam, jauniešiem bija iespēja …"). The walk back is bounded (REACH words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .list_walks import DEFINITE_DATIVES, word_before_list
from .mentions import Found
from .reader import Reader

REACH = 6  # words back from the group to "pateicoties"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(load("target_groups")["thanks_to"]["words"])


def thanks_to(reader: Reader, f: Found) -> bool:
    """Whether dative group mention `f` is what "pateicoties" before it names as the cause."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    words = _words()

    def qualifies(i: int) -> bool:
        word, forms = reader.word(i), form(reader.sdoc[i].text)
        return word not in words and (word.endswith(DEFINITE_DATIVES)
                                      or (reader.sdoc[i].is_alpha and "genitive" in forms and "dative" not in forms))

    governor = word_before_list(reader, f, REACH, qualifies)
    return governor is not None and reader.word(governor) in words
