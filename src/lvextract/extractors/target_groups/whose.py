"""A group's genitive right after the possessive relative pronoun ("skolēniem, kuru ģimeņu
ienākumi ir zemi") names whose circumstances describe those served: the pupils are served, their
families are not. Only a head that can be no nominative or accusative (a plural genitive in -u:
"ģimeņu"), since "kuru bērni" may also be an object pronoun and a subject ("nometni, kuru bērni
apmeklēs"); a dative ("kuru ģimenēm piešķirts pabalsts") receives and stays served. Pronouns:
target_groups.toml [whose] `pronouns` (whole words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(load("target_groups")["whose"]["pronouns"])


def possessed_by_relative(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a genitive owned by the antecedent of a relative "kuru"."""
    before = reader.previous_word(f.mention.token_start)
    if before is None or reader.word(before) not in _pronouns():
        return False
    head = reader.sdoc[f.mention.token_start].text
    return form(head) == {"genitive"} and head.lower().endswith("u")
