"""A group served by a demonstrative that points back ("Zālē bija sapulcējušies novada bērni un
jaunieši ar īpašām vajadzībām. Pasākumu šiem bērniem un viņu ģimenēm rīko komiteja") is the group
said before, with its qualifier: the qualifier's group ("ar īpašām vajadzībām": disabled) counts
too. The demonstratives are target_groups.toml [referred_back] `demonstratives` (whole lower-case
words); the earlier mention of the same group must be within `sentences` sentences before, and its
qualifier within `reach` characters after it (a list may stand between: "bērni un jaunieši ar …")."""
from __future__ import annotations

import bisect
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], int, int]:
    c = load("target_groups")["referred_back"]
    return frozenset(c["demonstratives"]), int(c["sentences"]), int(c["reach"])


def accept_referred_back(reader, found) -> None:
    """Accept the qualifier of a group said earlier that an accepted "šiem <group>" points back to.
    The mentions are bucketed by sentence once; each (sentence, group) pair is settled once, so a
    long text of such pointers stays linear in its mentions (issue 13)."""
    demonstratives, sentences, reach = _settings()
    doc = reader.doc
    by_sentence: dict[int, list] = {}
    for f in found:
        index = doc.sentence_index(f.mention.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(f)
    settled: set[tuple[int, str]] = set()
    for g in found:
        if not g.accepted or g.modifier:
            continue
        before = reader.previous_word(g.mention.token_start)
        here = doc.sentence_index(g.mention.start)
        if before is None or here is None or reader.word(before).lower() not in demonstratives:
            continue
        for there in range(max(0, here - sentences), here):
            if (there, g.id) in settled:
                continue
            settled.add((there, g.id))
            mentions = by_sentence.get(there, [])
            qualifiers = sorted((m for m in mentions if m.modifier and not m.accepted), key=lambda m: m.mention.start)
            starts = [m.mention.start for m in qualifiers]
            for n in mentions:
                if n.modifier or n.id != g.id:
                    continue
                # the qualifiers starting within `reach` after the group, found by bisection
                lo, hi = bisect.bisect_left(starts, n.mention.end), bisect.bisect_right(starts, n.mention.end + reach)
                for m in qualifiers[lo:hi]:
                    m.accepted = True
