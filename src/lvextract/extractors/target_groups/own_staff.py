"""Professionals said as one institution's own staff, by its singular genitive right before them
("Centra pedagogi vienmēr labprāt piedalās svētkos", "aģentūras speciālisti sazināsies ar
skolēniem"), are the people who work there, not a group served — unless the sentence invites them
("aicināti skolas pedagogi"). Only a one-word nominative plural (ending in -i) subject is read,
so "mācības skolas pedagogiem" (a dative: trained) stays; `staff_institutions` (target_groups.toml
[context]) holds the institutions' genitives (whole lower-case words; not "pašvaldības", whose
staff are a group of their own)."""
from __future__ import annotations


def institution_staff(reader, f) -> bool:
    """Whether mention `f` is the nominative staff of the one institution named just before it."""
    if f.id != "professionals" or f.mention.token_end - f.mention.token_start != 1:
        return False
    if not reader.word(f.mention.token_start).endswith("i"):
        return False
    before = reader.previous_word(f.mention.token_start)
    if before is None or reader.word(before) not in reader.ctx.staff_institutions:
        return False
    return not reader.in_inviting_sentence(f.mention.start)
