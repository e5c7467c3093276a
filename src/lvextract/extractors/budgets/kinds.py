"""The kind of an amount (total, funding or other), from the cue words (data/budgets.toml,
[kind]) in the clause before it: "projekta kopējais budžets ir …" is a total."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import stem
from ..vocabulary import load
from .numbers import WORDS, Amount


@lru_cache(maxsize=1)
def _kind_cues() -> dict[str, list[tuple[str, ...]]]:
    return {kind: [tuple(stem(w) if w != "..." else w for w in re.findall(r"\.\.\.|\w+", cue)) for cue in cues]
            for kind, cues in load("budgets")["kind"].items()}


def _has_cue(stems: list[str], cue: tuple[str, ...]) -> bool:
    """The cue's words in a row; "..." lets any words stand between two of them. Each part is
    looked for from where the one before it ended (its first occurrence is always the best
    choice), so a clause of k words costs O(k) per cue part."""
    pos = 0
    for part in _cue_parts(cue):
        n = len(part)
        found = next((i for i in range(pos, len(stems) - n + 1) if tuple(stems[i:i + n]) == part), None)
        if found is None:
            return False
        pos = found + n
    return True


@lru_cache(maxsize=None)  # one entry per cue of budgets.toml
def _cue_parts(cue: tuple[str, ...]) -> list[tuple[str, ...]]:
    """("kopēj", "...", "budžet") → [("kopēj",), ("budžet",)]."""
    parts: list[tuple[str, ...]] = [()]
    for word in cue:
        if word == "...":
            parts.append(())
        else:
            parts[-1] += (word,)
    return [p for p in parts if p]


@lru_cache(maxsize=4096)  # the kind depends on the clause alone; lists repeat clauses
def budget_kind(clause: str) -> str:
    stems = [stem(w) for w in WORDS.findall(clause)]
    present = set(stems)
    for kind in ("total", "funding"):
        if any(present.issuperset(w for w in cue if w != "...") and _has_cue(stems, cue)
               for cue in _kind_cues()[kind]):
            return kind
    return "other"


def clause_before(text: str, sentence_start: int, amount: Amount, previous_end: int) -> str:
    """The words before the amount that can say what it is: back to the sentence start,
    the previous amount or a semicolon, whichever is nearest."""
    start = max(sentence_start, previous_end)
    semicolon = text.rfind(";", start, amount.start)
    return text[max(start, semicolon + 1):amount.start]


# "164 475 eiro – ELFLA finansējums": after a dash right after the amount, the words up to the
# next comma, semicolon or sentence end name what the amount is.
LABEL_AFTER = re.compile(r"[ \u00a0]*[–—-][ \u00a0]*([^,;.\n–—]{1,60})")


def label_after(text: str, amount: Amount) -> str:
    """The label a dash puts after the amount ("… eiro – pašvaldības līdzfinansējums"), or ""."""
    m = LABEL_AFTER.match(text, amount.end)
    return m.group(1) if m else ""


# "Summa A novadam ir 9900 EUR, B novadam 4950 EUR": after a comma, a few words and no verb of
# their own, the next amount of the same sentence is the same kind of money (the verb and the
# noun that named the kind are left out). Words that start a part or an alternative stop it.
_ELLIPSIS_MAX_WORDS = 5


@lru_cache(maxsize=1)
def _ellipsis_stops() -> frozenset[str]:
    return frozenset(load("budgets")["kind"].get("ellipsis_stops", []))


def elliptic(text: str, previous_end: int, amount: Amount, previous_clause: str) -> bool:
    """Whether the words between the previous amount and this one only shift its subject: their
    last word repeats a word of the previous amount's clause ("… A novada projektiem ir 9900 EUR,
    B novada projektiem 4950 EUR"), so the rest of that clause is understood."""
    between = text[previous_end:amount.start]
    if not between.lstrip().startswith(",") or any(c.isdigit() or c in ".;:\n" for c in between):
        return False
    words = [w.lower() for w in WORDS.findall(between)]
    if not 0 < len(words) <= _ELLIPSIS_MAX_WORDS or _ellipsis_stops().intersection(words):
        return False
    before = {w.lower() for w in WORDS.findall(previous_clause)}
    datives = tuple(load("budgets")["kind"].get("dative_endings", []))
    # the same word, or the same dative told of another recipient ("pensionāriem …, ģimenēm …")
    return words[-1] in before or (words[-1].endswith(datives) and any(w.endswith(datives) for w in before))
