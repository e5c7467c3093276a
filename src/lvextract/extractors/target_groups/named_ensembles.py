"""Several ensembles of a group on a stage, each named by its quoted name ("Koncertā piedalīsies
mazākumtautību kolektīvi “Rjabinuška” un “Kaļinuška”", "izdejos bērnu deju kolektīvi „Atspole”,
„Pipariņi” un …"): the group's genitive only says whose ensembles perform, one by one, as one ensemble
named or in the singular does (clauses.one_ensemble); no gathering is held for the group. The plural
alone, or counted, stays the group's gathering ("uzstāsies mazākumtautību kori", "Festivālā uzstāsies
14 senioru kori"), and so do ensembles invited ("aicināti pieteikties bērnu deju kolektīvi „A” un
„B”"). Words: target_groups.toml [named_ensembles]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .clauses import QUOTE_NEXT
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _ensembles_after() -> re.Pattern:
    c = load("target_groups")["named_ensembles"]
    return re.compile(r"[ \t]+(?:[^\W_]+[ \t]+){0,%d}?(?:%s)(?!\w)" % (c["kinds"], "|".join(c["ensembles"])), re.IGNORECASE)


def named_ensembles(reader: Reader, f: Found) -> bool:
    """Whether genitive mention `f` names the members of several ensembles named one by one."""
    if "genitive" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    ensembles = _ensembles_after().match(reader.doc.text, f.mention.end)
    if ensembles is None:
        return False
    return QUOTE_NEXT.match(reader.doc.text, ensembles.end()) is not None and not reader.in_inviting_sentence(f.mention.start)
