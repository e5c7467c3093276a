"""A group's genitive right before a quoted gathering's name: "notika skolotāju “Rudens skola”",
"novada pedagogu “Vasaras akadēmija”", "bibliotekāru “Pavasara saiets”" — the gathering is the
group's, held for them, as "skolotāju seminārs" is. The name must hold a service noun
(target_groups.toml [context] `service_nouns`: "nometne", "seminārs") or a gathering's noun
([quoted_gathering] `nouns`: "skola", "akadēmija", "forums"); a club's name ("jauniešu “Spārni”")
names no gathering. Asked by genitives.service_noun_at; reads a quoted name of a few words."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load

OPENING = ("“", "„", "\"", "«", "‘")
CLOSING = ("”", "“", "\"", "»", "’")
NAME_TOKENS = 6  # the quoted name's words, punctuation included


@lru_cache(maxsize=1)
def _nouns() -> tuple[str, ...]:
    return tuple(load("target_groups")["quoted_gathering"]["nouns"])


def quoted_gathering_at(reader, at: int) -> int | None:
    """The token of the gathering's noun inside a quoted name opening at token `at`, if any."""
    n = len(reader.sdoc)
    if at >= n or not reader.sdoc[at].text.startswith(OPENING):
        return None
    found = None
    for i in range(at, min(n, at + NAME_TOKENS + 1)):
        text = reader.sdoc[i].text
        word = text.lower().lstrip("".join(OPENING)).rstrip("".join(CLOSING))
        if i > at and text.startswith(CLOSING) or text in ".!?;:":
            break
        if word and (word.startswith(reader.ctx.service_nouns) or word.startswith(_nouns())):
            found = i
        if i > at and text.endswith(CLOSING):
            break
    return found
