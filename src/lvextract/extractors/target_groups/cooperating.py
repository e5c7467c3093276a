"""A dative after a participle of cooperating is that participle's subject, a partner ("savstarpēji
sadarbojoties pašvaldību iestādēm un biedrībām": the bodies and NGOs cooperate), not a group
served. The participles are target_groups.toml [context] `cooperating_participles` (whole
lower-case words); a few words of a list may stand between, no punctuation."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .doers import _clause_words_before
from .forms import form
from .mentions import Found
from .reader import Reader

REACH = 5  # words back: "sadarbojoties pašvaldību iestādēm un biedrībām"


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["cooperating_participles"])


def cooperating_partners(reader: Reader, found: list[Found]) -> None:
    participles = _participles()
    for f in found:
        m = f.mention
        if not f.accepted or f.modifier or f.applicant or "dative" not in form(reader.sdoc[m.token_end - 1].text):
            continue
        if any(w in participles for w in _clause_words_before(reader, m.token_start, REACH)):
            f.accepted = False
