"""Parents are no families by themselves. RECORD.md's families are said by "ģimenes"; readers who
never saw this tool list no families for parents or mothers named without a family word ("svētki
skolēniem un viņu vecākiem", "Aicinām skolēnus, skolēnu vecākus, pedagogus …", "jaunajām māmiņām
būs iespēja …", "bērnu vecāki iesaistījušies telpu dekorēšanā"): on the pages that name parents
and no family, none of them listed families.

The parents' forms stay in the vocabulary as families mentions, so that the children's word inside
them is no group of its own ("bērnu vecākiem" names no children served) and a list still runs
through them; only at the end is a families mention whose words hold none of `family_stems`
(target_groups.toml [parents_alone]; beginnings of lower-case words) un-accepted. Parents said by
their families' genitive ("daudzbērnu ģimeņu vecākiem") stay families."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found, unaccept_worded
from .reader import Reader


@lru_cache(maxsize=1)
def family_stems() -> tuple[str, ...]:
    """The beginnings of a family word ([parents_alone] family_stems); read by families_with_children too."""
    return tuple(load("target_groups")["parents_alone"]["family_stems"])


def parents_alone(reader: Reader, found: list[Found]) -> None:
    """Un-accept the families mentions that name parents and no family."""
    stems = family_stems()
    unaccept_worded(reader.doc.text, found, "families", lambda words: not any(w.startswith(stems) for w in words))
