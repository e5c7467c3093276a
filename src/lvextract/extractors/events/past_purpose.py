"""A future told inside a purpose clause opened after a past verb of its sentence ("ļaudis pulcējās
laukumā, lai sagaidītu brīdi, kad iemirdzēsies egle"; "…, lai noskatītos, kā tiks iedegta egle"):
the future is the gathering's own then, so the occurrence was held. Data: events.toml
[past_purpose] openers. One bounded search between two tense words; O(1) per event."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _opener() -> re.Pattern:
    return re.compile(rf",\s*(?:{literals(vocabulary()['past_purpose']['openers'])})\b", re.IGNORECASE)


def future_of_past_purpose(text: str, past_at: int, future_at: int) -> bool:
    """A purpose clause's opener stands between the past verb at `past_at` and the future at
    `future_at` (both in one sentence, the caller's check)."""
    if past_at >= future_at:
        return False
    opener = _opener().search(text, past_at, future_at)
    # the purpose's own verb in the conditional ("lai sagaidītu …, kad iemirdzēsies"): a future right
    # after "lai" ("vienojās, lai gadatirgus notiks 5. maijā") is the plan itself, still ahead
    return opener is not None and _CONDITIONAL.search(text, opener.end(), future_at) is not None


_CONDITIONAL = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?:tu|tos)(?![^\W\d_])")
