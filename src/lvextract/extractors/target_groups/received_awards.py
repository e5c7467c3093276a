"""Those who receive an award or a letter of recognition are honoured, not served: "Pedagogi saņēma
ministrijas, izglītības centra, novada domes atzinības rakstus". A sentence with an award's word is
like a presenter's (target_groups.toml [context] award_words), but its list of givers cuts it into
parts between commas, and the part "Pedagogi saņēma ministrijas" would read alone as taking part
(sentence_reading._invited_beside_presenters). A part whose only words of taking part are of receiving
(target_groups.toml [received_awards] `verbs`, beginnings of lower-case words), and whose sentence goes on
to name an award without opening a clause of its own after the part (`clause_openers`: "saņēma apliecības,
bet labākie – atzinības rakstus" keeps the course's people), receives that award: it invites no one."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


FIRST_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["received_awards"]
    return tuple(c["verbs"]), frozenset(c["clause_openers"])


def receives_the_award(part: str, sentence: str, participation: re.Pattern, awards: re.Pattern) -> bool:
    """Whether sentence part `part` takes part only by receiving, and the rest of `sentence` after it
    goes on with the award's givers to the award."""
    receiving, openers = _words()
    said = [m.group(0).lower() for m in participation.finditer(part)]
    if not said or not all(w.startswith(receiving) for w in said):
        return False
    at = sentence.find(part)
    rest = sentence[at + len(part):] if at >= 0 else ""
    first = FIRST_WORD.search(rest)
    return first is not None and first.group(0).lower() not in openers and bool(awards.search(rest))
