"""Two kinds of line no headline is. A line in garbled encoding that the decoding's repair left (a logo's or a menu's text saved
through two code pages: "Ã…Ä€ÄŖ biedrÄ«ba"): never a headline. Latvian writes none of the
lead letters, so two of them followed by a Windows code page's symbol or a Latin-1 sign, or
replacement characters, mark the line (data/titles.toml garbled_*). And a site's notice banner
over the article, closed by its button on the next line ("Ievērībai – portālā notiek darbi" /
"aizvērt"; data/titles.toml close_buttons)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _signs() -> tuple[re.Pattern, int]:
    settings = load("titles")
    leads = re.escape(settings["garbled_leads"])
    return re.compile(rf"[{leads}][\u0080-\u00bf\u0152-\u017e\u02c6\u02dc\u2010-\u203a\u20ac\u2122]|\ufffd"), \
        settings["garbled_min_signs"]


def garbled(line: str) -> bool:
    pattern, least = _signs()
    return len(pattern.findall(line)) >= least


@lru_cache(maxsize=1)
def _close_buttons() -> frozenset[str]:
    return frozenset(load("titles")["close_buttons"])


def closed_banner(lines: list[str], n: int) -> bool:
    """Whether line n is a banner whose close button stands alone on the next non-empty line,
    or that button itself."""
    if lines[n].strip().strip("×✕[]()").strip().casefold() in _close_buttons():
        return True
    following = next((line.strip() for line in lines[n + 1:n + 4] if line.strip()), "")
    return following.strip("×✕[]()").strip().casefold() in _close_buttons()
