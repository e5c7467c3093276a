"""Providers greeted, honoured or awarded for their work: "sveicam sociālos darbiniekus", "apbalvot
nozaru izcilākos speciālistus", "apbalvoja labākos uzņēmējus" — professionals, firms or associations
are thanked for what they do, as those thanked in words are, not served by an event. One
governed (reader.looks_back: "served") by a verb of greeting or honouring (target_groups.toml
[honoured_providers] `verbs`). Other groups so honoured stay served (a feast held for them:
"sumināja seniorus"); teachers honoured beside their pupils are accepted apart (honoured.py); a
greeting with a performance (a word of [audience] `performances` or of [honoured_providers]
`performance` in the sentence) is an occasion for them."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    table = load("target_groups")
    c = table["honoured_providers"]
    return frozenset(c["ids"]), tuple(c["verbs"]), tuple(table["audience"]["performances"]) + tuple(c["performance"])


def honoured_provider(reader: Reader, group: str, governed: str, governor: str, start: int) -> bool:
    """Whether `group` (professionals, firms, associations) from token `start`, governed by the word
    `governor`, is greeted or honoured for its work — not with a performance, which makes the greeting
    an occasion for them ("skolēni ar dziesmām sveica pedagogus")."""
    ids, verbs, performance = _words()
    if group not in ids or governed != "served" or not governor.startswith(verbs):
        return False
    index = reader.doc.sentence_index(reader.sdoc[start].idx)
    return index is None or not reader.has_word_starting(index, performance)
