"""A group's genitive before its rights and a person's role ("sieviešu tiesību aizstāve", "romu
tiesību aktīvists", "cilvēku ar invaliditāti tiesību eksperte") names someone's line of work, not
people served (the rights strengthened by a programme still serve: "stiprina mazāk aizsargāto
grupu tiesības"). So does a legal act named by a group's rights, the act's noun after them past a
few genitives ("ANO Bērnu tiesību konvencija", "Bērnu tiesību aizsardzības likums") or before them
with "par" ("Konvencija par personu ar invaliditāti tiesībām"): the act's name, no one served.
Words: target_groups.toml [rights_field]."""
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


@lru_cache(maxsize=1)
def _acts() -> tuple[str, ...]:
    return tuple(load("target_groups")["rights_field"]["acts"])


ACT_REACH = 2  # lower-case genitives between the rights and the act's noun: "tiesību aizsardzības likums"


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
    if role < len(reader.sdoc) and roles.fullmatch(reader.word(role)) is not None:
        return True
    return _act_after(reader, role) or _act_before(reader, f.mention.token_start if not f.modifier else head)


def _act_after(reader: Reader, i: int) -> bool:
    """Whether a legal act's noun stands at token `i`, past at most ACT_REACH lower-case genitives."""
    acts, n = _acts(), len(reader.sdoc)
    for _ in range(ACT_REACH + 1):
        if i >= n:
            return False
        if reader.word(i).startswith(acts):
            return True
        text = reader.sdoc[i].text
        if not (text.isalpha() and text.islower() and "genitive" in form(text)):
            return False
        i = reader.skip_space(i + 1)
    return False


def _act_before(reader: Reader, start: int) -> bool:
    """Whether "par" and a legal act's noun stand right before token `start`: "Konvencija par …"."""
    said = reader.previous_word(start)
    if said is None or reader.word(said) != "par":
        return False
    act = reader.previous_word(said)
    return act is not None and reader.word(act).startswith(_acts())
