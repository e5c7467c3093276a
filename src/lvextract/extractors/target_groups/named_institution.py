"""A group's genitive that names an institution by those it serves, before the institution's own
people, says where they work: "talkā piedalījās veco ļaužu un invalīdu rehabilitācijas centra
darbinieki", "senioru sociālās aprūpes nama vadītāja" — no one served there. After the group (and
the groups listed with it in the genitive) a few genitive words of the institution's kind may
stand ("rehabilitācijas", "dienas aprūpes"), then its noun (target_groups.toml [institution_staff]
`institutions`, whole lower-case words, plurals too: "bērnu aprūpes iestāžu"), an optional quoted
name, at most STAFF_REACH lower-case genitives or "un" (another institution or a plan of theirs:
"jauniešu centru un skolu darbinieki", "iestāžu reorganizācijas plāna izstrādātāji"), and a word for its
staff or board (`organ_words`, [institution_staff] `staff_words`). A sentence that invites them keeps them ("aicināti … centra darbinieki"). (The
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
STAFF_REACH = 3  # genitives and "un" from the institution to its people: "un skolu", "reorganizācijas plāna"
JOINS = frozenset({"un", ","})


@lru_cache(maxsize=1)
def _institutions() -> frozenset[str]:
    return frozenset(load("target_groups")["institution_staff"]["institutions"])


@lru_cache(maxsize=1)
def _staff_words() -> tuple[str, ...]:
    return tuple(load("target_groups")["institution_staff"]["staff_words"])


def staff_of_named_institution(reader: Reader, f: Found) -> bool:
    """Whether genitive group mention `f` names an institution whose staff follow."""
    if "genitive" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    institutions = _institutions()
    institution = word_after_genitives(reader, f, REACH, lambda j: reader.word(j) in institutions)
    return institution is not None and not _coordinated(reader, institution) and _staff_after(reader, institution) \
        and not reader.in_inviting_sentence(f.mention.start)


def _coordinated(reader: Reader, institution: int) -> bool:
    """Whether the institution's noun at token `institution` comes right after a list's join: it is then
    another owner listed with the group, sharing the head after it ("biedrību un iestāžu pārstāvji": the
    societies' people and the institutions'), not the group's own institution ("jauniešu centru …")."""
    before = institution - 1
    while before >= 0 and reader.sdoc[before].is_space:
        before -= 1
    return before >= 0 and reader.word(before) in JOINS


def _staff_after(reader: Reader, institution: int) -> bool:
    """Whether a word for staff or a board follows the institution's noun at token `institution`,
    past a quoted name ("centra “Liepas” darbinieki")."""
    n = len(reader.sdoc)
    after = reader.skip_space(institution + 1)  # (the staff's word may be a group word: "darbinieki")
    if after < n:
        after = reader.past_quoted_name(after, reader.skip_space)
    staff = reader.ctx.organs + _staff_words()
    for _ in range(STAFF_REACH + 1):
        if after is None or after >= n or reader.sdoc[after].is_sent_start:
            return False
        word = reader.word(after)
        if word.startswith(staff):
            return True
        text = reader.sdoc[after].text
        if not (word in JOINS or (text.isalpha() and text.islower() and "genitive" in form(text)
                                  and "dative" not in form(text))):
            return False
        after = reader.skip_space(after + 1)
    return False
