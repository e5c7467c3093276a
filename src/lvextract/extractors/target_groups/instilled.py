"""A group word in the plural locative before a feeling or a trait raised in them is where that is
raised, not a group served: "rosinot bērnos interesi par dabu", "veicina jauniešos piederības
sajūtu" (a general remark). A masculine locative ("bērnos") shares nothing with the case endings
forms.py tells, so the word after it decides: one of target_groups.toml [context] `instilled_words`
(beginnings of lower-case words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load

LOCATIVE_PLURALS = ("os", "ās", "ēs")


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    return tuple(load("target_groups")["context"]["instilled_words"])


def instilled_in(reader, head: int) -> bool:
    """Whether the group word at token `head` is a locative before a word of what is raised in them."""
    word = reader.sdoc[head].text
    if word.isupper() or not word.lower().endswith(LOCATIVE_PLURALS):
        return False
    at = reader.skip_space(head + 1)
    return at < len(reader.sdoc) and reader.sdoc[at].text.islower() and reader.sdoc[at].text.startswith(_words())
