"""A group's genitive that names an institution by those it serves, before the institution's own
people, says where they work: "talkā piedalījās veco ļaužu un invalīdu rehabilitācijas centra
darbinieki", "senioru sociālās aprūpes nama vadītāja" — no one served there. After the group (and
the groups listed with it in the genitive) a few genitive words of the institution's kind may
stand ("rehabilitācijas", "dienas aprūpes"), then its noun (target_groups.toml [institution_staff]
`institutions`, whole lower-case words), an optional quoted name, and a word for its staff or board
(`organ_words`). A sentence that invites them keeps them ("aicināti … centra darbinieki"). (The
genitive right before the institution, "jauniešu centra vadītāja", is reader.organ_follows'.)
The walk forward is bounded (REACH words)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .list_walks import word_after_genitives
from .mentions import Found
from .reader import Reader

REACH = 6  # words from the group to the institution's noun


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return frozenset(load("target_groups")["institution_staff"]["institutions"])


def staff_of_named_institution(reader: Reader, f: Found) -> bool:
    """Whether genitive group mention `f` names an institution whose staff follow."""
    if "genitive" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    institutions = _institutions()
    institution = word_after_genitives(reader, f, REACH, lambda j: reader.word(j) in institutions)
    return institution is not None and _staff_after(reader, institution) and not reader.in_inviting_sentence(f.mention.start)


def _staff_after(reader: Reader, institution: int) -> bool:
    """Whether a word for staff or a board follows the institution's noun at token `institution`,
    past a quoted name ("centra “Liepas” darbinieki")."""
    n = len(reader.sdoc)
    after = reader.skip_space(institution + 1)  # (the staff's word may be a group word: "darbinieki")
    if after < n:
        after = reader.past_quoted_name(after, reader.skip_space)
    return after is not None and after < n and reader.word(after).startswith(reader.ctx.organs)
