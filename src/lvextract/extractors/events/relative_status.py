"""The tense of an occurrence told by its own relative clause: "valde izsludināja kopsapulci, kas
notiks 25. aprīlī" — the assembly is planned; the past verb before the noun tells when it was
announced. The relative pronoun in the nominative ("kas", "kura", "kurš", "kuri", "kuras") is the
clause's subject, so its verb's tense is the noun's own. Asked by parts.status_near. O(reach)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.relatives import relative_pronoun
from .lexicon import literals, vocabulary

# From the noun to the verb: the noun's words (a quoted name too), a comma, the pronoun, at most
# two words (an adverb, "arī"), then the verb; no other clause between.
_SUBJECT_RELATIVE = re.compile(r"[^,.!?;\n]{1,80},\s*" + relative_pronoun("nominative") + r"\s+(?:[^\W\d_]+\s+){0,2}",
                               re.IGNORECASE)
REACH = 120


def relative_subject_verb(text: str, anchor: int, verb_start: int) -> bool:
    """Whether the tense word at `verb_start` is the verb of the relative clause right after the
    noun at `anchor`, with the pronoun as its subject."""
    if not 0 < verb_start - anchor <= REACH:
        return False
    return _SUBJECT_RELATIVE.fullmatch(text, anchor, verb_start) is not None \
        and _told_plan().match(text, verb_start) is None


@lru_cache(maxsize=1)
def _told_plan() -> re.Pattern:
    """A past auxiliary and a participle of planning ("bija ieplānota"): a plan told in the past
    ([relative_status]), which says nothing of whether the occurrence was held."""
    data = vocabulary()["relative_status"]
    return re.compile(rf"(?:{literals(data['past_auxiliaries'])})\s+(?:{literals(data['plan_stems'])})[^\W\d_]*",
                      re.IGNORECASE)
