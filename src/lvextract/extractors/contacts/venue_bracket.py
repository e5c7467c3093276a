"""A venue's own bracket after a clause about people: "… vadīs Anna Liepa un Dace Kalna, kuras
gaidīs centrā “Ozoli” (tālrunis 29…, e-pasts info@…)". The bracket opens right after the venue's
quoted name, whose head noun stands in the locative (the place the clause puts the people in), and
a relative clause stands between the people and it: the phone and the e-mail are the venue's, not
the last-named person's. A head after a place preposition counts as a locative does: "…, kas
sagaidīs pie bibliotēkas “Zīle” (tālrunis …)" (contacts.toml `venue_prepositions`). A quoted name
after a bare head in another case is no venue the people are at: "Anna Liepa, kura vada biedrību
“Ozoli” (tālr. …)" says what she does, and the bracket is hers."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import CLOSING_QUOTES, OPENING_QUOTES
from ...latvian.places import is_locative
from .patterns import vocabulary

# ", kuras|kuri|kura|kas|kur …" opens a clause about the people named before it.
_RELATIVE_CLAUSE = re.compile(r",[ \u00a0]+(?:kur[aiu]?[ms]?|kas|kurp)(?![^\W\d_])", re.IGNORECASE)
# The item's bracket: "(" right after a quoted name, then at most a label and other items; the
# word before the opening quote is the name's head noun.
_QUOTES = re.escape(OPENING_QUOTES + CLOSING_QUOTES + "’")
_QUOTED_THEN_BRACKET = re.compile(
    rf"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]*[{re.escape(OPENING_QUOTES)}][^{_QUOTES}\n]{{1,80}}"
    rf"[{re.escape(CLOSING_QUOTES)}’][ \u00a0]*\([^()\n]{{0,80}}$")
# How far back from the item the head, the quoted name and the bracket may reach.
_REACH = 200


@lru_cache(maxsize=1)
def _after_preposition() -> re.Pattern:
    """A place preposition, then at most two genitives or adjectives ("Tukuma kultūras", "jaunās"), right
    before the head (the text's end); not a pronoun or a verb between ("pie mums vada biedrību")."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in vocabulary()["venue_prepositions"])
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?:\s+[^\W\d_]+(?:as|es|ās|ēs|a|ā|u|us|o)){{0,2}}\s+$",
                      re.IGNORECASE)


def venue_bracket(between: str) -> bool:
    """The text from the name to its would-be item ends in a bracket after a quoted name whose
    head is a locative or stands after a place preposition ("pie kultūras nama “Ozoli”"), with a
    relative clause before it."""
    offset = max(0, len(between) - _REACH)
    m = _QUOTED_THEN_BRACKET.search(between, offset)
    if m is None or _RELATIVE_CLAUSE.search(between, 0, m.start()) is None:
        return False
    return is_locative(m.group(1)) \
        or _after_preposition().search(between, max(0, m.start(1) - 60), m.start(1)) is not None
