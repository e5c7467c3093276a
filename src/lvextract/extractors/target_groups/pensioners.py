"""Pensioners are no seniors by that word alone. RECORD.md's seniors are "seniori, pirmspensijas
vecuma personas"; "pensionāri" is not among its forms, and readers who never saw this tool list no
seniors for them ("pensiju piegāde pensionāriem", "dāvanas vientuļajiem pensionāriem"; docs/record.md).

The word stays in the vocabulary as a seniors mention, so that a list of groups still runs through it
("Koncertā muzicēs gan pensionāri, gan cilvēki ar …": performers, all of them); only at the end is a
seniors mention whose words hold one of `stems` (target_groups.toml [pensioners]; beginnings of
lower-case words) and none of `kept` ("vecuma pensionāri", old-age pensioners) un-accepted."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found, unaccept_stemmed
from .reader import Reader


@lru_cache(maxsize=1)
def _stems() -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = load("target_groups")["pensioners"]
    return tuple(table["stems"]), tuple(table["kept"])


def pensioners_alone(reader: Reader, found: list[Found]) -> None:
    """Un-accept the seniors mentions said only by the word for pensioners."""
    stems, kept = _stems()
    unaccept_stemmed(reader.doc.text, found, "seniors", stems, kept)
