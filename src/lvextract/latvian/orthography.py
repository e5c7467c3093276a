"""Latvian letters and punctuation as regex pieces, written once for the modules that agree on them.

`UPPER` and `LOWER` go inside a character class ("[{UPPER}]"): the Latin letters and the
Latvian ones with diacritics. `DASH` is a whole class: the hyphen, the en dash and the em dash
that announcements write between the ends of a range or around an aside, and the Unicode hyphens
an editor may put in their place (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash:
"2021.‑2023."); `DASHES` the same characters as a string, for code that lists them, and
`DASH_CHARS` the body of a character class holding them. `OPENING_QUOTES` and `CLOSING_QUOTES`
are the quotation marks a name opens and closes with ("„…”", "“…”", "«…»", '"…"'), as strings of
single characters ("“" opens and closes: typists use it both ways). `WORD` is a compiled pattern
of one word, letters only.

Copies that still differ (the contacts' letters with "Ō" and single quotes, inline classes) are
listed in issue 18 and fold in here when they agree.
"""
from __future__ import annotations

import re

UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽ"
LOWER = "a-zāčēģīķļņšūž"
# The dash characters themselves, and as a character class's body safe anywhere inside [...] (the
# hyphen escaped: "[.,&" + "-‐…" would be a range from "&").
DASHES = "-\u2010\u2011\u2012–—"
DASH_CHARS = "\\" + DASHES
DASH = "[" + DASH_CHARS + "]"
OPENING_QUOTES = "„“\"«"
CLOSING_QUOTES = "”“\"»"
# A word: a run of letters, no digits or underscores (Latvian's and any other script's).
WORD = re.compile(r"[^\W\d_]+")


# A word broken at a line's end by a hyphen, its rest in lower case on the next line ("at-⏎tīstība");
# a capital after the break is a hyphenated pair of names, whose hyphen stays ("Igaunijas-⏎Latvijas").
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[" + LOWER + r"])")
BROKEN_PAIR = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[" + UPPER + r"])")


def join_broken_words(text: str) -> str:
    """The text with words broken over a line's end by a hyphen joined again ("Kopienu at-⏎tīstība"
    → "Kopienu attīstība", "Igaunijas-⏎Latvijas" → "Igaunijas-Latvijas"); for values read out of a
    text, not for its offsets."""
    return BROKEN_PAIR.sub("-", BROKEN_WORD.sub("", text))
