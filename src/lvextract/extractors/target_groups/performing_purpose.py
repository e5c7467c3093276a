"""Those who go somewhere to delight or perform for others are performers, not served: "skolēni devās
uz aprūpes centru, lai priecētu klausītājus ar koncertprogrammu", "jaunieši ieradās, lai sveiktu
seniorus". The group in the nominative, then within its sentence a purpose clause ("lai") whose verb,
a word or two after it, is one of delighting, greeting or performing for someone (target_groups.toml
[performing_purpose] `verbs`, beginnings of lower-case words: the transitive "priecētu", not the
reflexive "priecātos" of those who enjoy themselves, nor "iepazītu" of those who learn). The walk is
bounded: REACH words after the group, LAI_REACH after "lai"."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

REACH = 10  # words from the group to "lai": "skolēni devās uz sociālās aprūpes centru „X”, lai …"
LAI_REACH = 3  # words from "lai" to its verb: "lai ar koncertu sveiktu"


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    return tuple(load("target_groups")["performing_purpose"]["verbs"])


def performs_for_others(reader: Reader, f: Found) -> bool:
    """Whether nominative group mention `f` goes on, in its sentence, to a purpose of performing for others."""
    if "participant" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    verbs = _verbs()
    i, seen = f.mention.token_end, 0
    while seen < REACH:
        i = reader.skip_space(i)
        if i >= len(reader.sdoc) or reader.sdoc[i].is_sent_start:
            return False
        if reader.word(i) == "lai":
            return any(reader.word(j).startswith(verbs) for j in reader.words_ahead(i + 1, LAI_REACH))
        if reader.sdoc[i].is_alpha:
            seen += 1
        i += 1
    return False

