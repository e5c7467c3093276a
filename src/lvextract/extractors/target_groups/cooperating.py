"""A dative after a participle of cooperating is that participle's subject, a partner ("savstarpēji
sadarbojoties pašvaldību iestādēm un biedrībām": the bodies and NGOs cooperate), not a group
served. The participles are target_groups.toml [context] `cooperating_participles` (whole
lower-case words); a few words of a list may stand between, no punctuation. A participle of taking
part nearer the dative (`taking_part_participles`: "sadarbojoties un iesaistoties bērniem") makes
the group the one taking part."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clause_words import clause_words_before
from .forms import form
from .mentions import Found
from .reader import Reader

REACH = 5  # words back: "sadarbojoties pašvaldību iestādēm un biedrībām"


@lru_cache(maxsize=1)
def _participles() -> tuple[frozenset[str], frozenset[str]]:
    c = load("target_groups")["context"]
    return frozenset(c["cooperating_participles"]), frozenset(c["taking_part_participles"])


def _partner(words, participles: frozenset[str], taking_part: frozenset[str]) -> bool:
    """Whether the nearest participle among `words` (nearest first) is one of cooperating."""
    for w in words:
        if w in taking_part:
            return False
        if w in participles:
            return True
    return False


def cooperating_partners(reader: Reader, found: list[Found]) -> None:
    participles, taking_part = _participles()
    for f in found:
        m = f.mention
        if not f.accepted or f.modifier or f.applicant or "dative" not in form(reader.sdoc[m.token_end - 1].text):
            continue
        if _partner(clause_words_before(reader, m.token_start, REACH), participles, taking_part):
            f.accepted = False
