"""Accepting a group mention by what follows it right after: the rules that read a participant
form ("jaunieši", "seniorus") and the words after it — `offered_pastimes` ("Seniori varēs
padejot") and `honouring_occasion` ("bērnus godinoši svētki") — share this walk. One anchored
match per mention."""
from __future__ import annotations

import re

from .forms import form
from .mentions import Found
from .reader import Reader


def accept_followed_by(reader: Reader, found: list[Found], after: re.Pattern) -> None:
    """Accept each unaccepted, unmodified participant-form mention outside a menu that `after`
    matches right at its end."""
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start) \
                or "participant" not in form(reader.sdoc[f.mention.token_end - 1].text):
            continue
        if after.match(reader.doc.text, f.mention.end):
            f.accepted = True
