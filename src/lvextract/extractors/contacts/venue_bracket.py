"""A venue's own bracket after a clause about people: "… vadīs Anna Liepa un Dace Kalna, kuras
gaidīs centrā “Ozoli” (tālrunis 29…, e-pasts info@…)". The bracket opens right after the venue's
quoted name, and a relative clause stands between the people and it: the phone and the e-mail
are the venue's, not the last-named person's."""
from __future__ import annotations

import re

# ", kuras|kuri|kura|kas|kur …" opens a clause about the people named before it.
_RELATIVE_CLAUSE = re.compile(r",[ \u00a0]+(?:kur[aiu]?[ms]?|kas|kurp)(?![^\W\d_])", re.IGNORECASE)
# The item's bracket: "(" right after a closing quote, then at most a label and other items.
_QUOTED_THEN_BRACKET = re.compile(r"[”\"’»][ \u00a0]*\([^()\n]{0,80}$")


def venue_bracket(between: str) -> bool:
    """The text from the name to its would-be item ends in a bracket after a quoted name, with a
    relative clause before it."""
    m = _QUOTED_THEN_BRACKET.search(between)
    return m is not None and _RELATIVE_CLAUSE.search(between, 0, m.start()) is not None
