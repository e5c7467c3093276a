"""A named contest in the genitive right before the contest's kind word ("Latvijas čempionāta
sacensības notiks 4. aprīlī", "Ozolu kausa izcīņas sacīkstes"): the kind word ("sacensības") only
says what the named contest is, so the named contest types the occurrence — the genitive stays among
the nouns and the kind word goes (asked by `nouns`, which otherwise drops a genitive before its head).
A stage or round between them ("čempionāta 2. posma sacensības") is not right before the kind word,
and the rounds keep it. The words are events.toml's [contest_kind] `words` and `over_kind`. O(1)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import vocabulary
from .noun_mention import NounMention

# Between the named contest and the kind word: space only.
_GAP = re.compile(r"[ \t]+")


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = vocabulary()["contest_kind"]
    return frozenset(data["words"]), frozenset(data["over_kind"])


def names_kind(doc: Document, named: NounMention | None, kind: NounMention | None) -> bool:
    """True when `named`, a named contest, stands right before `kind`, a contest's kind word."""
    if named is None or kind is None:
        return False
    kinds, over = _words()
    return kind.kind in kinds and named.kind in over and _GAP.fullmatch(doc.text, named.end, kind.start) is not None
