"""A state the reader must have brought about by the date, told with the debitive of "būt" and a
past passive participle: "Līdz 1. maijam suņa īpašniekam jābūt reģistrētam", "pieteikumiem jābūt
iesniegtiem līdz …", "maksai jābūt apmaksātai". The participle is its verb's infinitive with a
declension ending ("reģistrēt" + "am"); the action is that verb's, when [actions.verbs] in
deadlines.toml lists the infinitive (a project's own work, "jābūt pabeigtiem", names none).
[state_participle] lists "jābūt" and the endings; at most `words_between` words may stand between
("jābūt pilnībā aizpildītai")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..deadline_cues import vocabulary


@lru_cache(maxsize=1)
def _shape() -> re.Pattern:
    table = vocabulary()["state_participle"]
    debitive = "|".join(table["debitive"])
    endings = "|".join(sorted(table["endings"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{debitive})(?:[^\S\n]+[^\W\d_]+){{0,{table['words_between']}}}?"
                      rf"[^\S\n]+(?P<stem>[^\W\d_]+t)(?:{endings})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _verb_infinitives() -> dict[str, str]:
    """A listed verb form that is an infinitive ("reģistrēt") → its action ("reģistrēties")."""
    return {form.lower(): action for action, forms in vocabulary()["actions"]["verbs"].items()
            for form in forms if form.lower().endswith("t")}


def state_participles(text: str) -> list[tuple[str, int, int]]:
    """(action, start, end) of each "jābūt … <participle>" whose verb is a listed action: one scan."""
    infinitives = _verb_infinitives()
    found = []
    for m in _shape().finditer(text):
        action = infinitives.get(m.group("stem").lower())
        if action is not None:
            found.append((action, m.start(), m.end()))
    return found
