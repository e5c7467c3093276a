"""Those in whose presence something happens are witnesses, not served: "satikās 1. un 12. klašu
skolēni, klātesot skolas vadībai, skolotājiem un vecākiem" — a dative list after "klātesot" (in the
presence of; [context] presence_words). Not "piedaloties": "seminārs notika, piedaloties novada
pedagogiem" names those it was for. Reads back at most REACH tokens over the list (commas, "un",
the words of its items); any other mark ends it."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

REACH = 12  # tokens back over the list: "skolas vadībai, skolotājiem un pirmklasnieku"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["presence_words"])


def in_presence(reader: Reader, f: Found) -> bool:
    """Whether the dative group `f` is listed after "klātesot"."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    presence = _words()
    for i in reader.words_back(f.mention.token_start, REACH):
        word = reader.word(i)
        if word in presence:
            return True
        if not (word.isalpha() or word == ","):
            return False
    return False
