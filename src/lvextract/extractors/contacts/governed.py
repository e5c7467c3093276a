"""The case a preposition puts the name in: "pie" takes the genitive.

"Pieteikties pie pagasta vadītāja J. Ozoliņa": a surname in -a right after "pie" (its role's
words between, no punctuation) is a masculine genitive, for a woman's genitive ends in -as or
-es; "Ozoliņa" read as written would make a woman of Jānis Ozoliņš.
"""
from __future__ import annotations

import re

# "pie", then at most six words and no punctuation, up to the name.
_PIE_BEFORE = re.compile(r"(?<![^\W\d_])pie(?:[ \u00a0]+[^\W\d_]+\.?){0,6}[ \u00a0]*$", re.IGNORECASE)


def gender_after_pie(before: str, words: list[str]) -> str | None:
    """"m" when the name stands after "pie" and its surname closes in a bare -a; else None."""
    surname = words[-1] if words else ""
    if len(words) < 2 or not surname.endswith("a") or surname.endswith(("as", "es")):
        return None
    # The name's own initials ("J.") belong to the name, not to the words before it.
    return "m" if _PIE_BEFORE.search(before) else None
