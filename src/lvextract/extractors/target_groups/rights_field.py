"""A group's genitive before its rights and a person's role ("sieviešu tiesību aizstāve", "romu
tiesību aktīvists", "cilvēku ar invaliditāti tiesību eksperte") names someone's line of work, not
people served (the rights strengthened by a programme still serve: "stiprina mazāk aizsargāto
grupu tiesības"). Words: target_groups.toml [rights_field]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern]:
    c = load("target_groups")["rights_field"]
    return tuple(c["words"]), re.compile("|".join(c["roles"]))


def rights_field(reader: Reader, f: Found) -> bool:
    """Whether mention `f`, a genitive, is followed by a word for rights and a person's role (a
    modifier's noun before it decides the case: "cilvēku ar invaliditāti tiesību aizstāvji")."""
    head = reader.modified_noun(f.mention.token_start) if f.modifier else f.mention.token_end - 1
    if head is None or "genitive" not in form(reader.sdoc[head].text):
        return False
    rights, roles = _words()
    after = reader.word_at_or_after(f.mention.token_end)
    if after is None or not reader.word(after).startswith(rights):
        return False
    role = reader.skip_space(after + 1)  # (a role may itself be a group word: "aktīvists", "speciālisti")
    return role < len(reader.sdoc) and roles.fullmatch(reader.word(role)) is not None
