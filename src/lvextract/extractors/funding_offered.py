"""A programme only offered as a chance, not paying for anything the text tells of: introduced to an
audience ("iepazīstināt pašvaldību pārstāvjus ar ES programmām “…” (CERV) un to finansēšanas
iespējām") or urged to be used ("rosināja izmantot ALTUM un … pārrobežu
programmu") or learnt of ("uzzināt vairāk par iespējām programmās “Erasmus+” un …"). A fund
named as what pays a project told of still pays ("iepazīstināja ar ESF projekta rezultātiem": the
money's or the project's word right after it). The words are data (funding.toml [promoted]:
introducing, learning, relatives, urging, using, offered_reach, paid_after, paying_verbs). Asked by
funding_not_paying; reads at most `offered_reach` tokens back within the sentence, and not past a verb of
paying (", un pasākumu līdzfinansēja ERAF" names a payer in a clause of its own)."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..document import Document
from .vocabulary import Mention, load


class _Offered(NamedTuple):
    introducing: tuple[str, ...]
    learning: tuple[str, ...]
    relatives: frozenset[str]
    urging: tuple[str, ...]
    using: frozenset[str]
    reach: int
    paid_after: tuple[str, ...]
    paying_verbs: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Offered:
    c = load("funding")["promoted"]
    return _Offered(tuple(c["introducing"]), tuple(c["learning"]), frozenset(c["relatives"]), tuple(c["urging"]),
                    frozenset(c["using"]), int(c["offered_reach"]), tuple(c["paid_after"]), frozenset(c["paying_verbs"]))


# Marks that end the look back: another clause or a list's field.
STOPS = frozenset(";:")


def offered(doc: Document, m: Mention) -> bool:
    """Whether the mention is a programme introduced with "ar" after a verb of introducing, or the
    object of "izmantot" after a verb of urging, within its sentence before it."""
    w = _words()
    sdoc = doc.spacy
    if m.token_end < len(sdoc) and _next_word(sdoc, m.token_end).startswith(w.paid_after):
        return False
    words: list[str] = []  # nearest first
    i = m.token_start - 1
    while i >= 0 and len(words) < w.reach:
        token = sdoc[i]
        if token.text in STOPS or token.text.lower() in w.paying_verbs:
            break
        if not token.is_space and not token.is_punct:
            words.append(token.text.lower())
        if token.is_sent_start:
            break
        i -= 1
    for k, word in enumerate(words):
        if word.startswith(w.introducing) and "ar" in words[:k]:
            return True
        if word.startswith(w.learning) and _learnt_of(words[:k], w):
            return True
        if word in w.using and k + 1 < len(words) and words[k + 1].startswith(w.urging):
            return True
    return False


def _learnt_of(between: list[str], w: _Offered) -> bool:
    """"par" between the verb of learning and the programme, and no project, money or relative word."""
    return "par" in between and not any(word in w.relatives or word.startswith(w.paid_after) for word in between)


def _next_word(sdoc, i: int) -> str:
    """The first word after token `i` on (past spaces and closing quotes or brackets), lower case."""
    for j in range(i, min(len(sdoc), i + 4)):
        if sdoc[j].is_alpha:
            return sdoc[j].text.lower()
    return ""
