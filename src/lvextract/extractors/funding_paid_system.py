"""The state paying for a whole system, not for the service the text is about: "lai gan Latvijā ir
valsts apmaksāta medicīna, …" names the country's state-paid medicine, no payer (docs/record.md),
while "valsts apmaksāta vakcinācija" is the state paying for the vaccination (STATE). The state's
paying participle ([state_paid] participle, the STATE form) right before one of [state_paid]
systems, matched on stems as a vocabulary form is. Read by funding_not_paying; O(1) per mention."""
from __future__ import annotations

from functools import lru_cache

from ..document import Document
from ..latvian.lemmas import stem
from .vocabulary import Mention, load


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    c = load("funding")["state_paid"]
    return tuple(map(stem, c["participle"].split())), tuple(tuple(map(stem, s.split())) for s in c["systems"])


def paid_system(doc: Document, m: Mention) -> bool:
    """Whether the STATE mention is the paying participle right before a system's noun."""
    participle, systems = _words()
    tokens = doc.spacy
    if m.token_end - m.token_start != len(participle) \
            or tuple(stem(tokens[k].text) for k in range(m.token_start, m.token_end)) != participle:
        return False
    return any(tuple(stem(tokens[k].text) for k in range(m.token_end, min(len(tokens), m.token_end + len(s)))) == s
               for s in systems)
