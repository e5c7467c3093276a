"""Those who go somewhere to learn are served by it: "skolēni mēroja ceļu uz Rēzekni, lai papildinātu
zināšanas", "jaunieši devās uz Rīgu, lai apgūtu jaunas prasmes". The group in the nominative, then
within its sentence (up to REACH words, no sentence mark) a purpose clause ("lai") whose verb, a word
or two after it, is one of learning (target_groups.toml [learning_purpose] `verbs`, beginnings of
lower-case words), or of gaining with what is learnt after it (`gaining_verbs`, `learning_objects`:
"lai papildinātu zināšanas", not "lai papildinātu krājumu"), the group's own: no other subject after
"lai" ("lai viņi iemācītos") nor another's owner before what is learnt ("lai uzlabotu viņu prasmes").
The mirror of performing_purpose, whose groups go to delight others. One anchored match per mention
(followed_by)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .followed_by import accept_followed_by
from .mentions import Found
from .reader import Reader

REACH = 10  # words from the group to "lai": "skolēni mēroja ceļu uz Rēzeknes akadēmiju, lai …"
LAI_REACH = 2  # words from "lai" to its verb: "lai tur apgūtu"


OBJECT_REACH = 2  # words from a verb of gaining to what is learnt: "lai papildinātu savas zināšanas"


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    c = load("target_groups")["learning_purpose"]
    # (no other subject between "lai" and its verb, no other owner between the verb and what is learnt)
    subject, owner = ("(?!(?:%s)(?!\\w))" % "|".join(c[key]) for key in ("other_subjects", "other_owners"))
    learning = r"(?:%s)\w*|(?:%s)\w*(?:[ \t]+%s[^\W\d_]+){0,%d}?[ \t]+(?:%s)\w*" % (
        "|".join(c["verbs"]), "|".join(c["gaining_verbs"]), owner, OBJECT_REACH - 1, "|".join(c["learning_objects"]))
    return re.compile(r"(?:[ \t]+[^\s.!?;:]+){0,%d}?[ \t]*,?[ \t]+lai(?:[ \t]+%s[^\W\d_]+){0,%d}?[ \t]+(?:%s)"
                      % (REACH, subject, LAI_REACH, learning))


def accept_learning_purpose(reader: Reader, found: list[Found]) -> None:
    """Accept each nominative group mention that goes on, in its sentence, to a purpose of learning."""
    accept_followed_by(reader, found, _purpose())
