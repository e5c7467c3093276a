"""One member of a group said for all of them is invited: "Ikviens jaunietis var pieteikties",
"Konkursā var piedalīties jebkurš skolēns", "Katra sieviete aicināta …". The singular nominative is
no participant by its ending (served.is_invited reads plurals), so a mention right after a word of
`all_of_them` (target_groups.toml [context]; whole lower-case words) counts in a sentence that
invites or lets them apply (`all_of_them_invited`) — not where it says what each one did or feels
("katrs bērns uzzīmēja zīmējumu", "lai ikviens jaunietis justos gaidīts")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _all_of_them() -> frozenset[str]:
    return frozenset(load("target_groups")["context"]["all_of_them"])


@lru_cache(maxsize=1)
def _invited() -> re.Pattern:
    return re.compile("|".join(load("target_groups")["context"]["all_of_them_invited"]), re.I)


def each_invited(reader, found) -> None:
    """Accept a group said by one of its members after "ikviens", "katrs" or "jebkurš", where invited."""
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start):
            continue
        before = reader.previous_word(f.mention.token_start)
        if before is None or reader.word(before) not in _all_of_them():
            continue
        index = reader.doc.sentence_index(f.mention.start)
        if index is not None and reader.looks_back(f.mention.token_start)[0] != "quoted" \
                and reader.in_sentence_with(index, _invited()):
            f.accepted = True
