"""Those one performs with on a stage perform too: "Anna kopā ar citiem jauniešiem spēlēs koncertā",
"kopā ar skolēniem uzstāsies ansamblis" — no one served by them. People one does things with
"kopā ar" otherwise take part and are served ("kopā ar senioriem cepām pīrāgus"), so both must be
there in the group's sentence, a few words either side: a verb of performing (target_groups.toml
[performing_together] `verbs`, beginnings of lower-case words: "spēlēs", "uzstājās") and a performance
in the locative (`stages`, whole lower-case words: "koncertā", "izrādē") — "spēlēs galda spēles" is a
game they play. The mention must follow "kopā ar" (past a word or two: "citiem", "saviem"). A declined
participle of performing ("-oš-", "-uš-": "dziedošie", "uzstājušos") counts only right after the groups,
the phrase that holds them ("kopā ar vecākiem dziedošie bērni"); elsewhere it qualifies another noun,
whose performers are others: "Kopā ar senioriem koncertā vērojām dejojošos pārus" (the seniors watch,
served)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .clauses import WITH
from .mentions import Found
from .reader import Reader

AR_REACH = 3  # words back from the group to "ar": "kopā ar citiem novada jauniešiem"
CLAUSE_REACH = 8  # words either side of the group, in its sentence, for the verb and the stage
# a declined active participle, present or past ("dziedošie", "dejojošos", "uzstājušies"); no finite
# form of a performing verb has these ("dejos", "spēlēs", "uzstāsies")
PARTICIPLE = re.compile(r"[ou]š[^\W\d_]*$")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["performing_together"]
    return tuple(c["verbs"]), frozenset(c["stages"])


def performs_together(reader: Reader, f: Found) -> bool:
    """Whether group mention `f`, said after "kopā ar", performs with the sentence's performer."""
    back = list(reader.words_back(f.mention.token_start, AR_REACH))
    at = next((k for k, i in enumerate(back) if reader.word(i) == WITH), None)
    if at is None or at + 1 >= len(back) or reader.word(back[at + 1]) != "kopā":
        return False
    verbs, stages = _words()
    indices = list(reader.words_back(f.mention.token_start, CLAUSE_REACH)) \
        + list(reader.words_ahead(f.mention.token_end, CLAUSE_REACH, through_punct=True))
    own = reader.token_past_groups(f.mention.token_end)  # ("kopā ar vecākiem dziedošie bērni")
    performed = any(reader.word(i).startswith(verbs) and (i == own or not PARTICIPLE.search(reader.word(i)))
                    for i in indices)
    return performed and any(reader.word(i) in stages for i in indices)

