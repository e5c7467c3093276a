"""Parts joined to an occurrence by a word of combining ("devās pārgājienā, apvienojot to ar radošām
darbnīcām un spēlēm", "pārgājiens apvienojumā ar radošām darbnīcām"): the nouns after the cue and
"ar", and those the list joins to them by commas or "un", are what the occurrence held, no
occurrences of their own (RECORD.md: an event is a specific occurrence the text dates). And the
object of a skill's infinitive ("pārbaudīja prasmi spēlēt sporta spēles", "iemaņas organizēt
pasākumus"): a thing one can do, no occurrence. Data: events.toml [combined_with]. One bounded
search before each noun (where its window holds a cue word); O(nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import may_match
from .lexicon import literals, vocabulary
from .noun_mention import NounMention

# How far before the noun its cue may stand (the list's items between).
REACH = 160


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = vocabulary()["combined_with"]
    # The cue, "ar", then up to eight words of the list (commas and "un" between), the noun right after.
    cue = re.compile(rf"(?<![^\W\d_])(?:{literals(data['cues'])})(?:[ \t]+(?:{literals(data['pronouns'])}))?[ \t]+ar[ \t]+"
                     rf"(?:[^\W\d_]+(?:[ \t]*,[ \t]*|[ \t]+un[ \t]+|[ \t]+)){{0,8}}$", re.IGNORECASE)
    # The skill's noun, its infinitive ("-t"), up to two words, the noun right after.
    skill = re.compile(rf"(?<![^\W\d_])(?:{literals(data['skills'])})[ \t]+[^\W\d_]{{2,}}t[ \t]+"
                       rf"(?:[^\W\d_]+[ \t]+){{0,2}}$", re.IGNORECASE)
    return cue, skill


def combined_part(doc: Document, noun: NounMention) -> bool:
    """Whether the noun is a part the combining cue before it joins, or a skill's object."""
    cue, skill = _patterns()
    lo, text = max(0, noun.start - REACH), doc.text
    # (a window that holds none of a pattern's cue words is not searched: most nouns have none before them)
    return any(may_match(pattern, text, lo, noun.start) and pattern.search(text, lo, noun.start) is not None
               for pattern in (cue, skill))
