"""A group the text itself calls the target group is served: "attīstīt mērķa grupas jauniešu
prasmes", "mērķgrupas personām ar invaliditāti" — whatever stands between the group and the noun
its genitive qualifies (a long relative clause, an age range). The mention must follow one of
`target_group_names` (target_groups.toml [context]: lower-case word sequences) with nothing between."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[tuple[str, ...]], int]:
    """The names as word tuples, and the longest one's length."""
    names = frozenset(tuple(name.split()) for name in load("target_groups")["context"]["target_group_names"])
    return names, max(map(len, names))


def named_target(reader, found) -> None:
    """Accept each mention right after a word that calls it the target group."""
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start):
            continue
        names, longest = _names()
        words, i = [], f.mention.token_start
        while len(words) < longest:
            i = reader.previous_word(i)
            if i is None or i in reader.in_mention:
                break
            words.insert(0, reader.word(i))
            if tuple(words) in names:
                f.accepted = True
                break
