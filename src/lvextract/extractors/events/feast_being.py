"""A feast or a fair told by the bare future of "to be" on its day: "Dziesmu svētki Liepsalā būs 5.
jūlijā", "5. jūlijā būs pagasta svētki". "būs" stands a word or two from the feast's own nominative
(events.toml [begins] being, the nouns of [needs_happening] begins), not after a word of asking
("kāds būs skolas tirgus" is talk about it); taking_place.py asks it as one more way a feast begins.
Imports only lexicon."""
from __future__ import annotations

import re

from .lexicon import vocabulary


def being_alternative() -> str:
    """"|…" to append to an alternation of words, or "" when the data names no such verb."""
    data = vocabulary()
    verbs = "|".join(map(re.escape, data["begins"].get("being", ())))
    if not verbs:
        return ""
    guard = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in data["begins"].get("being_not_after", ()))
    feasts = "|".join(map(re.escape, data["needs_happening"]["begins"]))
    gap = r"(?:\s+[^\W\d_]+){0,2}\s+"
    return rf"|(?:{feasts}){gap}{guard}(?:{verbs})|{guard}(?:{verbs}){gap}(?:{feasts})"
