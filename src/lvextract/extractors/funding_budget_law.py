"""The state budget as a law being drafted, reviewed or adopted, not a payer: "Izskatot 2025. gada
valsts budžetu, Saeima lēma …", "Saeima pieņēma valsts budžetu 2026. gadam", "valdība apspriedīs
nākamā gada valsts budžetu" — the budget in the accusative (the mention's last word ends in one of
funding.toml [budget_law] `accusatives`), and, nearest first before it, past the words of its year
(`year_words` and numbers), a verb beginning with one of `verbs`. Asked by funding_not_paying with
the words before the mention."""
from __future__ import annotations

from functools import lru_cache

from .vocabulary import load


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    c = load("funding")["budget_law"]
    return tuple(c["accusatives"]), tuple(c["verbs"]), frozenset(c["year_words"])


def budget_as_law(mention_text: str, before: list[str]) -> bool:
    """Whether a state budget's mention is the object of drafting, reviewing or adopting it."""
    accusatives, verbs, year_words = _words()
    if not mention_text.lower().endswith(accusatives):
        return False
    for word in before:
        if word in year_words or any(ch.isdigit() for ch in word):
            continue
        # a participle before the budget ("ar pieņemto valsts budžetu") tells a budget in force, which pays
        return word.startswith(verbs) and not word.endswith(PARTICIPLE_ENDINGS)
    return False


PARTICIPLE_ENDINGS = ("to", "tā", "ts", "tais", "tajā", "tajam", "tie", "tās")
