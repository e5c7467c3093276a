"""Professionals said as one institution's own staff, by its singular genitive right before them
("Centra pedagogi vienmēr labprāt piedalās svētkos", "aģentūras speciālisti sazināsies ar
skolēniem"), or by the speaker's "mūsu" before a verb of their work ("mūsu speciālisti devās pieredzes
braucienā"; `speaker_staff`, `speaker_staff_verbs`: not "mūsu skolotāji saņems algas pielikumu", the
nation's teachers), are the people who work there, not a group served — unless the sentence invites them
("aicināti skolas pedagogi"), save by the staff themselves ("muzeja speciālistes aicina …"). Only a
one-word nominative plural (ending in -i, or -es of the feminine) subject is read, and not after "visi" or a
pair of kinds ("visi pirmsskolas/skolas pedagogi": every school's teachers),
so "mācības skolas pedagogiem" (a dative: trained) stays; `staff_institutions` (target_groups.toml
[context]) holds the institutions' genitives (whole lower-case words; not "pašvaldības", whose
staff are a group of their own). The writers naming themselves ("Mēs, programmā iesaistītie
speciālisti, …", `speaking_for_themselves`) are no group served either."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load

# The writers naming themselves: a group noun in apposition to "mēs" ("Mēs, programmā iesaistītie
# speciālisti, darām savu darbu", "mēs, skolas pedagogi, …") is who speaks, no group served; a few
# words of the apposition may stand before the noun.
# (not a clause opened after the comma: "Mēs, lai palīdzētu senioriem, rīkojam kursus" serves them)
WE_AS = re.compile(r"(?<!\w)mēs\s*,\s*(?:(?!(?:lai|kā|ka|kas|kad|jo|ja|kur|kuri|kura)(?!\w))[^\W\d_]+\s+){0,4}$",
                   re.IGNORECASE)


def institution_staff(reader, f) -> bool:
    """Whether mention `f` is the nominative staff of the one institution named just before it."""
    if f.id != "professionals" or f.mention.token_end - f.mention.token_start != 1:
        return False
    if not reader.word(f.mention.token_start).endswith(("i", "es")):  # "speciālisti", "speciālistes"
        return False
    before = reader.previous_word(f.mention.token_start)
    if before is None or reader.word(before) not in reader.ctx.staff_institutions:
        return False
    if _kinds_of_institution(reader, before):
        return False
    after = reader.skip_space(f.mention.token_end)
    speakers, working = _speaker_staff()
    if reader.word(before) in speakers and not (after < len(reader.sdoc) and reader.word(after).startswith(working)):
        return False  # "mūsu skolotāji saņems …": the nation's teachers, served
    if after < len(reader.sdoc) and reader.word(after) in reader.ctx.staff_inviting_verbs:
        return True  # "muzeja speciālistes aicina …": the staff invite, they are not invited
    return not reader.in_inviting_sentence(f.mention.start)


@lru_cache(maxsize=1)
def _speaker_staff() -> tuple[frozenset[str], tuple[str, ...]]:
    c = load("target_groups")["context"]
    return frozenset(c["speaker_staff"]), tuple(c["speaker_staff_verbs"])


def _kinds_of_institution(reader, genitive: int) -> bool:
    """Whether the institution's genitive at token `genitive` is one of all of its kind or of a pair of
    kinds ("visi skolas pedagogi", "pirmsskolas/skolas pedagogi", "pirmsskolas un skolas pedagogi"):
    teachers of every such school, a group invited, not one school's staff."""
    before = reader.previous_word(genitive)
    return before is not None and reader.word(before) in reader.ctx.institution_kind_joins


def speaking_for_themselves(reader, f) -> bool:
    """Whether mention `f` stands in apposition to a first-person "mēs": the writers themselves."""
    start = f.mention.start
    return WE_AS.search(reader.doc.text, max(0, start - 80), start) is not None
