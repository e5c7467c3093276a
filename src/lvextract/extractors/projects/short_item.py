"""A list item that is a project's short name, a colon and its title: "• LIFE_ABC: Kaņepju šķiedras
pārstrāde siltumizolācijā", "• FIT for REACH: Baltijas uzņēmumu pilotaktivitātes" — the form a
programme's page lists its approved projects in. The item is the project's name whole (as a card's
headline "MireLIFE: …" is), the short name its alias. The short name is one to three words, the first
with a capital, a digit or an underscore inside it (an EU project's acronym: "GrassLIFE", "LIFE-XYZ"),
so that a plain label ("Mērķis: …", "Projekts: …") is none; the title opens with a capital letter."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...word_regex import alternation
from ..vocabulary import load


@lru_cache(maxsize=1)
def _item() -> re.Pattern:
    # (the other language's small words may stand inside the short name: "FIT for REACH")
    inner = alternation(load("projects")["foreign_name"]["inner_words"])
    first = rf"[{UPPER}](?=[\w+\-]*(?:[{LOWER}][{UPPER}0-9]|[{UPPER}]{{2}}|[_0-9]))[\w+\-]{{1,24}}"
    more = rf"(?:[ \t]+(?:(?:{inner})[ \t]+)?[{UPPER}][\w+\-]{{1,24}}){{0,2}}"
    return re.compile(rf"(?P<name>(?P<short>{first}{more}):[ \t]+[{UPPER}][^\n]{{5,200}}?)[ \t.;,]*")


def short_item(body: str, start: int, not_names: set[str]) -> re.Match | None:
    """The whole item from `start` of the line `body` when it is "SHORT: Title", else None (a funder's
    or a programme's word is no short name: "ERAF: …", "LIFE: …")."""
    m = _item().fullmatch(body, start)
    return m if m is not None and m["short"] not in not_names else None


def short_alias(name: str, not_names: set[str]) -> list[str]:
    """The short name opening a project's name before its colon, as its alias: ["LIFE_ABC"]."""
    m = _item().fullmatch(name)
    return [m["short"]] if m is not None and m["short"] not in not_names else []
