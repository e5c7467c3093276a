"""E-mail addresses a page writes with symbols in place of "@" and ".": "anna©vieta•lv". A site's
icon font or its guard against address harvesters puts the copyright sign for the at sign and a
bullet for the dot; the address is still the contact's. Only a run with no space inside and a
listed top-level domain at its end counts ("© 2021 Vieta.lv" and "Foto©Jānis" are no address)."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import vocabulary

_AT, _DOT = "©", "•"


@lru_cache(maxsize=1)
def _symbol_email() -> re.Pattern:
    tlds = "|".join(sorted(map(re.escape, vocabulary()["glued_tlds"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w.@©•-])(?P<local>[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?){_AT}"
                      rf"(?P<domain>(?:[a-z0-9-]+[{_DOT}.])+(?:{tlds}))(?![\w@©•-])", re.IGNORECASE)


def symbol_emails(text: str) -> list[tuple[str, int, int]]:
    """(address, start, end) of each address written with "©" for "@" (the bullet read as a dot)."""
    if _AT not in text:
        return []
    return [(f"{m['local']}@{m['domain'].replace(_DOT, '.')}".lower(), m.start(), m.end())
            for m in _symbol_email().finditer(text)]
