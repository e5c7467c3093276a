"""A fund or programme that is the object of someone's promoting, supporting or telling, not a payer:
"tīkls popularizē programmu Erasmus+", "Eurodesk atbalsta programmu Erasmus+", "informē par programmu
Erasmus+" — the support goes to the programme, the programme pays nothing here (funding.toml
[promoted]: the programme's words in the accusative right before the fund, and the verbs' beginnings
before them, "par" between allowed). Asked by funding_not_paying with the words before the mention."""
from __future__ import annotations

from functools import lru_cache

from .vocabulary import load


@lru_cache(maxsize=1)
def _promoted_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    c = load("funding")["promoted"]
    return frozenset(c["programme_words"]), tuple(c["verbs"]), frozenset(c["between"])


def promoted(before: list[str], after: list[str] = ()) -> bool:
    """Whether the lower-case words before a fund's mention (nearest first) make it the object of a
    promoting verb: "popularizē programmu …", "informē par programmu …"."""
    programme_words, verbs, between = _promoted_words()
    if len(before) < 2 or before[0] not in programme_words:
        return False
    verb = before[2] if before[1] in between and len(before) > 2 else before[1]
    if after and after[0].startswith(tuple(load("funding")["promoted"]["paid_nouns"])):
        return False  # "saņemot atbalsta programmu Erasmus+ finansējumu": the programme's money
    return verb.startswith(verbs)
