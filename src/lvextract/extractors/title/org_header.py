"""An organisation's name over the headline, as a site's header: "Ozolu novada senioru biedrība" /
"Par biedrības 20. sezonas plāniem" / "08.08.2019". The name is short and closes with an
organisation's noun (titles.toml org_header_nouns); the line under it is the headline when the
page's date stands alone right below that line (dateline_below.headline_over_dateline)."""
from __future__ import annotations

from .dateline_below import headline_over_dateline
from .furniture import furniture
from ..vocabulary import load

# A name longer than this is a headline of its own ("Biedrība … rīko talku").
_NAME_WORDS = 7


def below_org_name(lines: list[str], n: int, found: str) -> str | None:
    words = found.split()
    if not words or len(words) > _NAME_WORDS or found.endswith((".", "!", "?", ":")):
        return None
    if words[-1].lower() not in set(load("titles")["org_header_nouns"]):
        return None
    for m in range(n + 1, min(len(lines), n + 4)):
        line = lines[m].strip().strip("*#").strip()
        if not line:
            continue
        # A breadcrumb or other furniture under the name ("Sākums » Aktualitātes") is no headline.
        if line == found or furniture(line[:300]):
            return None
        return line if headline_over_dateline(lines, m, line) else None
    return None
