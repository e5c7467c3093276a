"""Organisations of a group's members that are served: "pensionāru organizācijām piešķirts
atbalsts" serves pensioners' organisations — civic organisations (ngo) — besides the pensioners
their genitive names (accepted.accept counts those). The organisation word is judged as an ngo
mention would be, so one that acts ("invalīdu apvienība rīko …") or is thanked is none."""
from __future__ import annotations

from .forms import form
from .mentions import Found
from .reader import Reader
from .served import is_served


def served_member_organisation(reader: Reader, found: list[Found]) -> tuple[int, int] | None:
    """(start, end) characters of the first organisation word after an accepted group genitive
    that is served itself, or None."""
    for f in found:
        m = f.mention
        if not f.accepted or f.modifier or f.id == "ngo" or "genitive" not in form(reader.sdoc[m.token_end - 1].text):
            continue
        at = reader.word_at_or_after(m.token_end)
        if at is None or at != reader.skip_space(m.token_end):  # (right after it, no other mention between)
            continue
        token = reader.sdoc[at]
        if not token.text.islower() or not token.text.startswith(reader.ctx.member_organisations):
            continue
        if reader.person_noun_after(at + 1) is not None:  # (its head or staff: "… organizācijas vadītāja")
            continue
        if is_served(reader, at, m.token_start, at + 1, m.start, "ngo"):
            return token.idx, token.idx + len(token.text)
    return None
