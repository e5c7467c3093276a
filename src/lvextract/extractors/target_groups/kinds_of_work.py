"""A group word said as a past participle right before a noun of work names a kind of job, not
people: "bezdarbnieks tiek nodarbināts mazkvalificētos darbos", "mazkvalificēti amati" (`job_nouns`,
target_groups.toml [context]: whole words, none of them a genitive, so that a group's genitive before
its own work stays as it is: "ieslodzīto darba iemaņu apguve"). Only a one-word mention whose word
is a participle ("-ēt-", "-āt-", "-īt-", "-ot-", "-ut-" and an ending): a noun before such a word
stays a group ("apmācības speciālistiem darbā ar jauniešiem"). One word after it is read."""
from __future__ import annotations

import re

PARTICIPLE = re.compile(r"[^\W\d_]+(?:ēt|āt|īt|ot|ut)[^\W\d_]{1,5}")


def qualifies_a_job(reader, f) -> bool:
    """Whether mention `f` is one participle that qualifies the noun of work right after it."""
    if f.mention.token_end - f.mention.token_start != 1 or not PARTICIPLE.fullmatch(reader.word(f.mention.token_start)):
        return False
    after = reader.word_at_or_after(f.mention.token_end)
    return after is not None and reader.word(after) in reader.ctx.job_nouns
