"""Ceremonies told by their verbal noun inside running text ([activity_nouns].programme_line:
"iedegšana", "nolikšana" …), where no verb of taking place stands next to them: after the hour of
their clause ("Ozolos plkst. 10 ziedu nolikšana pie pieminekļa, Liepās plkst. 12 svecīšu
iedegšana"), after a verb that plans them or has them follow ("plānota ugunskura iedegšana", "pēc
kuras sekos ugunskura iedegšana"), in the locative after taking part ("amatpersonas piedalās ziedu
nolikšanā"), in the accusative after an invitation to it ("visi tika aicināti uz egles
iedegšanu"), or joined by "un" to one so found ("svecīšu aizdegšana un ziedu nolikšana"). Each is
an occurrence of its own, whatever else its sentence names, as an hour-led line's ceremony is
(activities.py). The cue words are data ([activity_nouns] ceremony_cues, ceremony_taking_part,
ceremony_invited). Imports only lexicon and hour_abbreviation; O(text) for each of five patterns."""
from __future__ import annotations

import re
from ...word_regex import gated_finditer
from functools import lru_cache

from .hour_abbreviation import CLOCK_WORD
from .lexicon import literals, vocabulary

# The words that may stand between the hour or the cue and the ceremony: a year's digits with their
# dot ("1991. gada"), otherwise words without the punctuation that closes a clause or a sentence.
_TOKEN = r"(?:\d+\.|[^\s,;:.!?()“”„\"]+)[ \t]+"
# How many such words: "plkst. 10 Doma laukumā plānota 1991. gada barikāžu atceres ugunskura
# iedegšana" holds seven.
REACH = 8


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    data = vocabulary()["activity_nouns"]
    words = literals(data["programme_line"])
    stems = "|".join(re.escape(w[:-1]) for w in data["programme_line"])  # "nolikšan" + "ā"
    hour = re.compile(rf"(?<!\w){CLOCK_WORD}[ \t]*\d{{1,2}}(?:[.:]\d{{2}})?\.?[ \t]*[–:-]?[ \t]*"
                      rf"(?:{_TOKEN}){{0,{REACH}}}?({words})(?!\w)", re.IGNORECASE)
    cued = re.compile(rf"(?<!\w)(?:{literals(data['ceremony_cues'])})[ \t]+(?:{_TOKEN}){{0,{REACH}}}?({words})(?!\w)",
                      re.IGNORECASE)
    taking_part = re.compile(rf"(?<!\w)(?:{literals(data['ceremony_taking_part'])})[ \t]+(?:{_TOKEN}){{0,4}}?"
                             rf"((?:{stems}))ā(?!\w)", re.IGNORECASE)
    # The invitation, a few words of whom it invites, "uz", then the ceremony in the accusative ("-šanu").
    invited = re.compile(rf"(?<!\w)(?:{literals(data['ceremony_invited'])})[ \t]+(?:[^\W\d_]+[ \t]+){{0,3}}?uz[ \t]+"
                         rf"(?:{_TOKEN}){{0,4}}?((?:{stems}))u(?!\w)", re.IGNORECASE)
    joined = re.compile(rf"[ \t]+un[ \t]+(?:{_TOKEN}){{0,3}}?({words})(?!\w)", re.IGNORECASE)
    return hour, cued, taking_part, invited, joined


def ceremony_nouns(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of each ceremony so told, in text order, each once. O(text)."""
    hour, cued, taking_part, invited, joined = _patterns()
    found: dict[int, tuple[str, int, int]] = {}
    for pattern, suffix in ((hour, ""), (cued, ""), (taking_part, "a"), (invited, "a")):
        for m in gated_finditer(pattern, text):
            end = m.end(1) + (1 if suffix else 0)  # the locative's "ā" or the accusative's "u" is the word's too
            found.setdefault(m.start(1), ((m.group(1) + suffix).lower(), m.start(1), end))
    for kind, start, end in list(found.values()):
        m = joined.match(text, end)
        if m is not None:
            found.setdefault(m.start(1), (m.group(1).lower(), m.start(1), m.end(1)))
    return sorted(found.values(), key=lambda f: f[1])
