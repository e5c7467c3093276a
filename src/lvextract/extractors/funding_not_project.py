"""Public money the text names that pays for no project (funding.toml [not_project]): a benefit the
state or council covers for a person ("šo piemaksu sedz valsts": a word of the funder alone, with
a benefit noun in its clause), a share of a budget told as a statistic ("kultūrai domes budžetā
ir 20 %": the budget in the locative, then "ir" and a percentage), and money flowing into a budget
("valsts budžetā plānotie ieņēmumi", "maksu pārskaita pašvaldības budžetā": the budget in the
locative with a word of revenue in its clause, unless spending follows it: "budžetā plānotie izdevumi"). Read by funding_not_paying."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int, re.Pattern, tuple[str, ...], tuple[str, ...]]:
    c = load("funding")["not_project"]
    share = re.compile(r"\s+(?:" + "|".join(map(re.escape, c["share_verbs"])) + r")\s+(?:\w+\s+)?\d[\d\s.,]*(?:%|procent)", re.I)
    return tuple(c["benefits"]), int(c["benefit_reach"]), share, tuple(c["revenue"]), tuple(c["spending"])


def not_for_a_project(doc: Document, m: Mention, clause_words) -> bool:
    """A plain-word funder paying a benefit, or a budget's share told as a figure."""
    benefits, reach, share, revenue, spending = _words()
    written = doc.text[m.start:m.end]
    in_budget = written.lower().endswith(("budžetā", "budžetos"))
    if in_budget and share.match(doc.text, m.end):
        return True
    # the words of its own clause before and after it, read once for both tests below
    before = _own(clause_words(doc, m.token_start - 1, -1, reach))
    after = _own(clause_words(doc, m.token_end, 1, reach))
    if in_budget:
        spent = any(w.startswith(spending) for w in after) and not any(w.startswith(revenue) for w in after)
        if not spent and any(w.startswith(revenue) for w in before + after):
            return True  # revenue flowing in: "valsts budžetā plānotie ieņēmumi" (not "… budžetā plānotie izdevumi")
    if " " in written.strip():
        return False  # only a funder's plain word: "valsts budžeta līdzekļi pabalstiem" names the budget
    return any(w.startswith(benefits) for w in before + after)


def _own(words: list[str]) -> list[str]:
    """The words up to a joining word: "valsts sedz pabalstu un pašvaldība finansē nometni" — the
    benefit is the state's, not the council's."""
    for k, w in enumerate(words):
        if w in JOINS:
            return words[:k]
    return words


JOINS = frozenset({"un", "bet", "vai", "savukārt", "taču"})
