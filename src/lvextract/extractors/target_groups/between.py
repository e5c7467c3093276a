"""What may stand between a group's genitive and the service noun it qualifies besides adjectives
(genitives.service_noun_at): the group's ages ("jauniešu vecumā no 15 līdz 25 gadiem nodarbinātības
pasākumi"), a relative clause that says who they are ("to jauniešu, kas nemācās un nestrādā,
integrēšanu") and the last item of a list of owners that is no group of ours ("bērnu, jauniešu un
diasporas skolu aktivitāšu atbalstam")."""
from __future__ import annotations

import re

from ...latvian.relatives import relative_pronoun

# "vecumā no 15 līdz 25 gadiem", "vecumā 15–25 gadi", "vecumā līdz 25 gadiem"
AGES = re.compile(r"vecumā\s+(?:(?:no\s+)?\d{1,2}\.?\s*(?:[-–—]|līdz)\s*\d{1,2}\.?|līdz\s+\d{1,2}\.?)\s+(?:gad[^\W\d_]*|g\.)",
                  re.IGNORECASE)
# a plural or feminine genitive of a noun (a list's last owner: "diasporas skolu", "sporta klubu",
# "skolu vadības komandu": up to three words)
OWNER_GENITIVE = re.compile(r"[^\W\d_]{3,}(?:u|as|es|ņu|šu)", re.IGNORECASE)
LIST_OWNER_WORDS = 3


def ages_end(text: str, char: int) -> int | None:
    """The character offset where an age range opening at `char` ends, or None."""
    m = AGES.match(text, char)
    return m.end() if m else None


def list_owner(word: str, after_join: bool, skipped: int) -> bool:
    """Whether `word`, right after a list's "un" or comma, is one of the (at most LIST_OWNER_WORDS)
    genitives of a last owner that shares the service noun with the groups before it."""
    return after_join and skipped < LIST_OWNER_WORDS and OWNER_GENITIVE.fullmatch(word) is not None


# The plural or feminine nominative relative ("kuri", "kuras", "kas"), grouped as one alternative:
# relative_pronoun gives a top-level alternation, which a pattern must not paste in bare.
PLURAL_RELATIVE = "(?:" + relative_pronoun("nominative", without=("kurš", "kura")) + ")"


def relative_opening(*pronouns: str) -> str:
    """A relative clause's opening after a group: the comma, one of `pronouns` (regex alternatives)
    and a space. The pronoun's case tells the group's part in the clause ("kuri" acts, "kuriem" is
    given to), so each rule names its own pronouns and shares the rest."""
    return rf"\s*,\s*(?:{'|'.join(pronouns)})\s+"


# ", kas nemācās un nestrādā," — a relative clause closed by a comma within a few words (no verb list
# runs on: the next comma must come before the sentence ends). Its words may be numbers: an age
# ("iedzīvotāju, kas vecāki par 54 gadiem, un bērnu iesaistīšanai").
RELATIVE_CLAUSE = re.compile(relative_opening(relative_pronoun("nominative", also=("kuru",))) + r"(?:[^\W_]+\s+){1,7}?[^\W_]+\s*,\s*",
                             re.IGNORECASE)


def relative_clause_end(text: str, char: int) -> int | None:
    """The character offset after a relative clause opening with the comma at `char`, or None."""
    m = RELATIVE_CLAUSE.match(text, char)
    return m.end() if m else None
