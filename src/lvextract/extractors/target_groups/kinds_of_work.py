"""A group word said as a past participle right before a noun of work names a kind of job, not
people: "bezdarbnieks tiek nodarbināts mazkvalificētos darbos", "mazkvalificēti amati" (`job_nouns`,
target_groups.toml [context]: whole words, none of them a genitive, so that a group's genitive before
its own work stays as it is: "ieslodzīto darba iemaņu apguve"). Only a mention whose last word is
a participle ("-ēt-", "-āt-", "-īt-", "-ot-", "-ut-" and an ending) — one word, or the comparative
in two ("mazāk kvalificētām vakancēm", as "mazkvalificētām vakancēm"): a noun before such a word
stays a group ("apmācības speciālistiem darbā ar jauniešiem"). One word after it is read."""
from __future__ import annotations

import re

PARTICIPLE = re.compile(r"[^\W\d_]+(?:ēt|āt|īt|ot|ut)[^\W\d_]{1,5}")
# The words of degree a comparative participle is said with ("mazāk kvalificēti").
DEGREE_WORDS = frozenset({"mazāk", "zemāk"})


def qualifies_a_job(reader, f) -> bool:
    """Whether mention `f`, ending in a participle, qualifies the noun of work right after it."""
    # (only the participle and its degree word: a mention ending in a noun, "mazāk kvalificētās
    # personas", names people, and so does "personas ar invaliditāti", whose last word reads as one)
    words = [reader.word(i) for i in range(f.mention.token_start, f.mention.token_end) if not reader.sdoc[i].is_space]
    if not PARTICIPLE.fullmatch(words[-1]) or any(w not in DEGREE_WORDS for w in words[:-1]):
        return False
    after = reader.word_at_or_after(f.mention.token_end)
    return after is not None and reader.word(after) in reader.ctx.job_nouns
