"""The case a preposition puts the name in: "pie" takes the genitive; a name that closes its
clause with no preposition before it is no genitive.

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


# A name that ends its sentence, line or bracket has no noun after it for a genitive to belong
# to; only a preposition before it ("pie", "no", "līdz" …, at most six words back) could govern one.
_CLAUSE_ENDS_AFTER = re.compile(r"[ \u00a0]*(?:$|[.;!?)\n]|\()")
_GENITIVE_PREPOSITION_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:pie|no|līdz|bez|pēc|dēļ|labad|priekš|virs|zem|aiz|uz|starp|pāri|pretī|vietā)"
    r"(?:[ \u00a0]+[^\W\d_]+\.?){0,6}[ \u00a0]*$", re.IGNORECASE)


def closes_without_genitive(before: str, after: str) -> bool:
    """The name ends its clause ("pa tālruni 29111111 Jaroslava Ozoliņa.") and no preposition
    before it takes the genitive: read as written, it is a nominative."""
    return bool(_CLAUSE_ENDS_AFTER.match(after)) and not _GENITIVE_PREPOSITION_BEFORE.search(before)
