"""A musical instrument's playing ("apgūt vijoles spēli", "uzņem ģitāras spēlē", "kokles spēles
audzēkņi"): "spēle" after an instrument's genitive is a skill taught or learnt, the subject of a
music school's programme, no occurrence (RECORD.md: the type is what takes place) — a headline
"… piedāvās apgūt saksofona spēli" lends no game to the admission days below it. A game of a
sport keeps its genitive ("futbola spēle"). Data: events.toml [played_instrument]. O(1) per noun.

Not rows of [nouns] ("vijoles spēle" = ""): those name whole phrases, while here an instrument is the
start of its genitive, singular or plural ("kokles", "kokļu"), before any case of "spēle" and maybe
an adjective ("vijoles klasisko spēli"): listing every such phrase would multiply the rows."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .lexicon import literals, vocabulary

# The one word before the noun, maybe past an adjective and a second genitive ("vijoles klasiskā spēle",
# "klavieru taustiņu virtuozā spēle"; "kokles un vijoles spēle" reads the nearer genitive, as no
# word of [played_instrument] `not_between` stands between the instrument and the noun): how far back
# the instrument is looked for.
REACH = 60


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern]:
    words = vocabulary()["played_instrument"]
    between = alternation(words["not_between"])
    genitive = re.compile(rf"(?<!\w)(?:{literals(words['instruments'])})[^\W\d_]*[ \t]+"
                          rf"(?:(?!(?:{between})[ \t])[^\W\d_]+[ \t]+){{0,2}}$", re.IGNORECASE)
    return frozenset(words["kinds"]), genitive


def instrument_playing(doc: Document, noun) -> bool:
    """Whether the noun is the playing of the instrument named by the genitive right before it."""
    kinds, genitive = _words()
    return noun.kind in kinds and genitive.search(doc.text, max(0, noun.start - REACH), noun.start) is not None
