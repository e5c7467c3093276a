"""Professionals said as what a service offers or brings in: "no piedāvātajiem speciālistiem
visbiežāk izvēlējās psihologu", "pieaicinātie pedagogi vadīs darbnīcas" — a past passive participle
of offering or bringing in (target_groups.toml [offered_staff] `participles`) right before the
group makes it the providers, not those served. Only professionals: "uzaicinātie bērni" are guests."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

# the participle's endings after its "t": "piedāvātajiem", "pieaicinātie", "nodrošināti", "piesaistītos"
ENDINGS = ("ajiem", "ie", "i", "os", "iem", "ās", "as", "ām", "ajām", "ajos")


@lru_cache(maxsize=1)
def _participles() -> tuple[str, ...]:
    return tuple(load("target_groups")["offered_staff"]["participles"])


def offered_providers(reader: Reader, f: Found) -> bool:
    if f.id != "professionals":
        return False
    before = reader.previous_word(f.mention.token_start)
    if before is None:
        return False
    word = reader.word(before)
    stem = next((p for p in _participles() if word.startswith(p)), None)
    return stem is not None and word[len(stem):] in ENDINGS
