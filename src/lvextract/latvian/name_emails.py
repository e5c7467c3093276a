"""A name matched against e-mail addresses: the words of an address's local part ("romans.putans@",
"jberzins@") spell a reading of a name word, ASCII-folded. The strongest evidence of a name's case
and gender (names.py, rule `email`)."""
from __future__ import annotations

import unicodedata

from .name_readings import Reading, readings


def fold(text: str) -> str:
    """ASCII-fold for comparing with e-mail local parts: "Putniņa" → "putnina"."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def email_reading(word: str, parts: set[str]) -> Reading | None:
    """The reading of `word` that the local-part words `parts` spell, whole or run together with another word."""
    for r in readings(word):
        if fold(r.nominative) in parts:
            return r
    # Run-together addresses: marekszarins@, jberzins@ (a nominative of 4+ letters at either end).
    for r in readings(word):
        folded = fold(r.nominative)
        if len(folded) >= 4 and any(len(p) > len(folded) and (p.startswith(folded) or p.endswith(folded))
                                    for p in parts):
            return r
    return None


def email_parts(emails: list[str] | tuple[str, ...]) -> set[str]:
    """The words of the local parts of these e-mails, for `spelled_by`."""
    parts: set[str] = set()
    for email in emails:
        local = email.split("@")[0].lower()
        for sep in "._-+":
            local = local.replace(sep, " ")
        parts.update(p for p in local.split() if len(p) > 1)
    return parts


def email_matches(words: list[str], email: str) -> bool:
    """Whether an e-mail's local part spells one of these name words (any case form)."""
    return spelled_by(words, email_parts([email]))


def spelled_by(words: list[str], parts: set[str]) -> bool:
    """Whether the e-mail local-part words `parts` spell one of these name words (any case form)."""
    return bool(parts) and any(email_reading(w, parts) for w in words if len(w) > 2)


def surname_from_email(surname: str, chosen: Reading, parts: set[str]) -> str | None:
    """The surname in the nominative its address spells (each part of a double one), in the chosen
    reading's case and gender; None unless every part is spelled."""
    if not parts:
        return None
    pieces = []
    for piece in surname.split("-"):
        hit = next((r for r in readings(piece) if r.case == chosen.case and r.gender in (chosen.gender, None)
                    and fold(r.nominative) in parts), None)
        if hit is None:
            return None
        pieces.append(hit.nominative)
    return "-".join(pieces)
