"""An alias in brackets closing the quoted name itself: „Zaļie pagalmi (Green Yards)” is the project
"Zaļie pagalmi", also called "Green Yards". Only a name-like bracket — two to six words, the first
capitalised, letters only — so that a description ("(2. kārta)", "(bērnu nometne)") stays part of
the name, as it was written; or one short name with a capital inside it ("(DarbsLat)"), its bracket
maybe left open. (A capitals short name or a code there is patterns.CODE_IN_NAME's.)"""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ..vocabulary import load

INNER = re.compile(rf"^(?P<name>[^()]*[^\W\d_][^()]*?)[ \t]*\((?P<alias>[{UPPER}][^\W\d_]+(?:[ \t]+[^\W\d_]+){{1,5}})\)$")
# ... or one short name written with a capital inside it ("ProjX", "DarbsLat"), its closing bracket
# maybe left out where the quote closes first ('“Darbs Latgales reģionā (DarbsLat”'): a place's name
# alone in brackets ("(Latgale)") has no inner capital and stays part of the name.
SHORT = re.compile(rf"^(?P<name>[^()]*[^\W\d_][^()]*?)[ \t]*\((?P<alias>[{UPPER}][{LOWER}]+"
                   rf"[{UPPER}][\w-]*)\)?$")


@lru_cache(maxsize=1)
def _not_prefixes() -> tuple[str, ...]:
    return tuple(load("projects")["paren_alias"]["not_prefixes"])


def alias_in_brackets(name: str) -> tuple[str, str] | None:
    """(name, alias) when the quoted name closes with its other name in brackets, else None."""
    m = INNER.match(name) or SHORT.match(name)
    if m is None or len(m["name"].split()) < 2 or m["alias"].lower().startswith(_not_prefixes()):
        return None
    return m["name"].strip(), m["alias"]
