"""Groups greeted by an opening salutation are the readers the text is written for: "Cienījamie
novada skolotāji, skolēni un vecāki!" opens a letter that offers them something. A line that begins
with a word of target_groups.toml [salutations] `openings` (whole words) and ends its greeting with
"!" before any full stop; every group named in the greeting counts. Only at a line's start: a greeting
inside a quoted speech ("… Mīļie tēti, mīļās ģimenes! …") is someone else's."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

GREETING_CHARS = 200  # a greeting is one short line


@lru_cache(maxsize=1)
def _greeting() -> re.Pattern:
    openings = load("target_groups")["salutations"]["openings"]
    return re.compile(r"(?im)^[ \t]*(?:" + "|".join(openings) + r")\s[^\n!.?]{1," + str(GREETING_CHARS) + "}!")


def greeted_groups(reader: Reader, found: list[Found]) -> None:
    ordered = sorted(found, key=lambda f: f.mention.start)
    starts = [f.mention.start for f in ordered]
    for m in _greeting().finditer(reader.doc.text):
        for f in ordered[bisect_left(starts, m.start()):bisect_left(starts, m.end())]:
            if not reader.in_organisation_name(f.mention.token_start):
                f.accepted = True
