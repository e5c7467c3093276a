"""A feast told again by a feast word of its own in the day's later sentence: "Pilsētas svētki notiks
20. jūlijā parkā. Svinības sāksies plkst. 14" — the hour is when the feast starts, not a second
occurrence. A feast word ([feast_retold] words) names the day's feast again when the day already
has one, or an occurrence whose type's last word is a feast's head ("Dziesmu diena …. Svētki
sāksies …"). O(events of the day) per noun."""
from __future__ import annotations

from functools import lru_cache

from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = vocabulary()["feast_retold"]
    return frozenset(data["words"]), frozenset(data["heads"])


def feast_retold(kind: str, day: str, by_key: dict) -> bool:
    """Whether a feast word's noun on `day` tells again a feast `by_key` has on that day."""
    words, heads = _words()
    if kind not in words:
        return False
    return any(start == day and (other in words or other.split()[-1] in heads) for other, start in by_key)
