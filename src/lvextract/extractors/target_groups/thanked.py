"""A dative thanked for something, far after the word of thanks: "Īpašs paldies Ilzei par zeķēm,
kā arī biedrības pārstāvjiem par sarūpēto kafiju" — those thanked gave, they are not served. A group
in the dative right before "par", joined by a list word (`list_connectors`) to an earlier "… par …"
that follows a word of thanks (target_groups.toml [context] thanking) in the same sentence: the next
item of the list of thanks. (Right after the word of thanks, reader.looks_back blocks it already.)
The walk back is bounded (THANKS_REACH words), so a sentence of many such items stays linear."""
from __future__ import annotations

from .reader import Reader

THANKS_REACH = 40  # words back from the item to the word of thanks


def thanked_for(reader: Reader, start: int, end: int) -> bool:
    after = reader.skip_space(end)
    if after >= len(reader.sdoc) or reader.word(after) != "par":
        return False
    joined = reader.previous_word(start)
    if joined is None or reader.word(joined) not in reader.ctx.list_connectors:
        return False
    i: int | None = joined
    for_seen = False
    for _ in range(THANKS_REACH):
        if i is None or reader.sdoc[i].is_sent_start:
            break
        i = reader.previous_word(i)
        if i is None:
            break
        word = reader.word(i)
        for_seen = for_seen or word == "par"
        if word.startswith(reader.ctx.thanking):
            return for_seen
    return False
