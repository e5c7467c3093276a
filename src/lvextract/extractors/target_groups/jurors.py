"""A jury named by its members: a group's genitive before a jury's noun ("Bērnu un jauniešu žūrija",
"“Bērnu, jauniešu un vecāku žūrijas 2017” dalībnieki", "skolēnu žūrija vērtēs filmas") names the
people who sit on it — a reading programme's or a festival's jurors, who take part — so the group
counts, inside a quoted programme name too. A list of such genitives shares the noun; a genitive
that is no group may stand in it ("vecāku"). Words: target_groups.toml [jurors] (`nouns`: word
beginnings). Bounded look-ahead per mention: linear in the text."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

JOINS = frozenset({",", "un", "-", "–", "/"})


@lru_cache(maxsize=1)
def _settings() -> tuple[tuple[str, ...], int]:
    c = load("target_groups")["jurors"]
    return tuple(c["nouns"]), int(c["reach"])


def _jury_follows(reader: Reader, f: Found) -> bool:
    nouns, reach = _settings()
    i = f.mention.token_end
    for _ in range(reach):
        i = reader.skip_space(i)
        if i >= len(reader.sdoc) or reader.sdoc[i].is_sent_start:
            return False
        word = reader.word(i)
        if word.startswith(nouns):
            return True
        if i in reader.in_mention:
            i = reader.in_mention[i].mention.token_end
            continue
        # a list's joins and another genitive plural that names no group ("bērnu, jauniešu un vecāku")
        if word not in JOINS and not (reader.sdoc[i].is_alpha and word.endswith("u")):
            return False
        i += 1
    return False


def accept_jurors(reader: Reader, found: list[Found]) -> None:
    for f in found:
        if not f.accepted and not f.modifier and not reader.in_menu(f.mention.start) and _jury_follows(reader, f):
            f.accepted = True
