"""A group's genitive with its service noun as the direct object of a verb of discussing or analysing is
what is discussed, a topic, as it is after "par" ("diskutēja par jauniešu nodarbinātību"): "deputāti
apsprieda jauniešu situāciju", "pārrunāja senioru vajadzības", "ziņojumā analizēta ģimeņu
nodarbinātība" serve no one. The verb (`discussing_verbs`, target_groups.toml [context]; beginnings of
lower-case words) stands right before the group, or one word before it that is no verb (a place's
genitive or an adjective: "izvērtēja novada bērnu vajadzības"). Two words looked back, so linear."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.verb_forms import is_verb_form
from ..vocabulary import load
from .reader import Reader


@lru_cache(maxsize=1)
def _verbs() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["discussing_verbs"])


def discussed(reader: Reader, start_token: int) -> bool:
    """Whether the group whose first token is `start_token` (a genitive before a service noun) is the
    object of a verb of discussing or analysing, past at most one word that is no verb."""
    before = reader.previous_word(start_token)
    if before is None or reader.sdoc[before].is_punct:
        return False
    if reader.word(before).startswith(_verbs()):
        return True
    if is_verb_form(reader.word(before)):
        return False
    farther = reader.previous_word(before)
    return farther is not None and not reader.sdoc[farther].is_punct and reader.word(farther).startswith(_verbs())
