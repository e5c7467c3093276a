"""Those a police report says were reprimanded, fined or found drunk are not served: "astoņiem
jauniešiem izteikts aizrādījums", "pusaudzim konstatēts alkohola reibums" — a dative group with a
word of a sanction or a finding (target_groups.toml [context] sanction_words) in its clause is the
one it falls on. Talked of after "par" or spared it after "no", the sanction is a lesson's topic
and the group stays served: "policisti skolēniem stāstīja par sodiem", "palīdzēt jauniešiem
izvairīties no soda"."""
from __future__ import annotations

from .clause_words import clause_words_after, clause_words_before
from .reader import Reader

SANCTION_REACH = 5  # words either side, in the clause: "pusaudzim konstatēts teju 0,5 promiļu reibums"


def sanctioned(reader: Reader, start: int, end: int) -> bool:
    """Whether the dative group of tokens `start`..`end` is the one a sanction or finding falls on."""
    # nearest first before the group, then in order after it
    before = list(clause_words_before(reader, start, SANCTION_REACH))
    after = list(clause_words_after(reader, end, SANCTION_REACH))
    spared = reader.ctx.topic_prepositions | {"no"}
    for words, previous in ((before, lambda i: before[i + 1] if i + 1 < len(before) else ""),
                            (after, lambda i: after[i - 1] if i else "")):
        for i, w in enumerate(words):
            if w.startswith(reader.ctx.sanction_words) and previous(i) not in spared:
                return True
    return False
