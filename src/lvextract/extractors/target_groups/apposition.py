"""A disability said by its noun in apposition right after a group noun, in the same case ("ģimenēm ar
bērniem invalīdiem", "jaunieši invalīdi"): the noun says who the group is, as "ar invaliditāti" does — so
it is served where the group is, and, like that modifier, it keeps the children said after the families'
"ar" their own mention (families_with_children). RECORD's `disabled` are "personas / cilvēki ar
invaliditāti"; "invalīdi" is the older word of the same meaning, already a form of the vocabulary, and
only its place after another group noun was read apart from the group (tg93, h173's readers)."""
from __future__ import annotations

from .forms import form
from .mentions import Found
from .reader import Reader

APPOSED_IDS = frozenset({"disabled"})


def apposed(reader: Reader, before: Found, after: Found) -> bool:
    """Whether `after`, a disability's noun, stands right after the group noun `before` in its case."""
    if after.id not in APPOSED_IDS or after.modifier or before.modifier or before.id in APPOSED_IDS:
        return False
    if after.mention.token_start != before.mention.token_end \
            or reader.doc.text[before.mention.end:after.mention.start].strip():
        return False
    return bool(form(reader.sdoc[before.mention.token_end - 1].text) & form(reader.sdoc[after.mention.token_end - 1].text))


def accept_apposed(reader: Reader, found: list[Found]) -> None:
    """The apposed disability noun is served where the group before it is."""
    for before, after in zip(found, found[1:]):
        if before.accepted and not after.accepted and apposed(reader, before, after):
            after.accepted = True
