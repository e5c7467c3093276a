"""The sections of one named ensemble are that ensemble on stage, not a gathering held for a group:
"Tajā piedalīsies deju kolektīva „Liepa” jauniešu un senioru grupas" names who dances, not young people
or seniors served. A group's genitive (or a list of them, "jauniešu un senioru") before a section noun
counts as such when an ensemble's genitive stands right before it, its quoted name between or not.
Words: target_groups.toml [ensemble_sections] (`ensemble_genitives`: whole words; `section_nouns`:
beginnings of the lower-case noun)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load

LIST_REACH = 20  # groups of the list passed over at the most
LOOKBACK_CHARS = 100  # an ensemble's genitive and a quoted name fit in this


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, tuple[str, ...]]:
    c = load("target_groups")["ensemble_sections"]
    owner = re.compile(r"(?<!\w)(?:" + "|".join(c["ensemble_genitives"]) + r")\s*"
                       r"(?:[„\"“«][^\"”“»„\n]{1,60}[\"”“»]\s*)?$", re.IGNORECASE)
    return owner, tuple(c["section_nouns"])


def ensemble_section(reader, start: int, noun) -> bool:
    """Whether the group mention at token `start`, before the collective token `noun`, names a
    section of the ensemble said right before it."""
    owner, sections = _words()
    if not noun.text.lower().startswith(sections):
        return False
    i = reader.first_of_group_list(start, LIST_REACH)
    char = reader.sdoc[i].idx
    return owner.search(reader.doc.text, max(0, char - LOOKBACK_CHARS), char) is not None
