"""A film said to be shown: "12. martā tiks izrādīta spēlfilma “…”", "būs iespēja noskatīties
dokumentālo filmu", "filma “…” tiks rādīta plkst. 18". The verb of showing says the screening takes
place only with a film word a few words from it (events.toml [screening]); alone it says nothing of
other nouns in its clause ("teātris izrādīs komēdiju, bet pēc sarunām …"). O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation, gated_finditer
from .lexicon import vocabulary

# How many words may stand between the verb and the film word ("noskatīties režisores Annas
# Kalnas dokumentālo filmu"; "filma “Upe” tiks rādīta").
GAP = r"(?:[^\S\n]+\S+){0,5}?[^\S\n]+"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = vocabulary()["screening"]
    verb = rf"(?<!\w){alternation(data['verbs'])}(?!\w)"
    films = alternation(data["films"])
    # The noun's own endings: "filmēs" (will film) shares the stem.
    ending = r"(?:as|ai|ām|ās|a|u|ā)(?!\w)"
    # The verb first (group "before", the film word's ending kept to tell the plural) or the film
    # word first (group "after": the verb ends it).
    return re.compile(rf"(?P<before>{verb}){GAP}[«“„\"]?(?<!\w)(?:{films})(?P<ending>{ending})"
                      rf"|(?<!\w)(?:{films}){ending}{GAP}(?P<after>{verb})", re.IGNORECASE)


def screenings(text: str) -> list[int]:
    """Where a verb of showing said with a film word stands: a verb of taking place there."""
    found = []
    for m in gated_finditer(_pattern(), text):
        if m.start("before") < 0:
            found.append(m.start("after"))
        elif m["ending"].lower() != "as":
            # "būs iespēja noskatīties dokumentālās filmas" over a week: films on offer, as an
            # exhibition's hours are, not one screening (a genitive "filmas “…”" after the verb is rare).
            found.append(m.start("before"))
    return found
