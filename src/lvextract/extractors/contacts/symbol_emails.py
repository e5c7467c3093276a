"""E-mail addresses a page writes with symbols in place of "@" and ".": "anna©vieta•lv". A site's
icon font or its guard against address harvesters puts the copyright sign for the at sign and a
bullet for the dot; the address is still the contact's. Only a run with no space inside and a
listed top-level domain at its end counts ("© 2021 Vieta.lv" and "Foto©Jānis" are no address).

A photo's credit glues the sign to a site's name as often ("Foto©Lsm.lv", "Rigas©Satiksme.lv"), so a
run whose domain keeps the plain dot is an address only where its line says it is one: an e-mail's
label or a verb of writing before it (contacts.toml symbol_email_labels). The bullet for the dot is
no credit's habit and needs no label. A credit's word as the local part ("Foto©…") never is one."""
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


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, ...], frozenset[str]]:
    v = vocabulary()
    return tuple(v["symbol_email_labels"]), frozenset(v["symbol_email_credit_words"])


def _labelled(text: str, start: int) -> bool:
    """Whether the address's line before it carries an e-mail's label or a verb of writing."""
    line = text[text.rfind("\n", 0, start) + 1:start].lower()
    return any(label in line for label in _labels()[0])


def symbol_emails(text: str) -> list[tuple[str, int, int]]:
    """(address, start, end) of each address written with "©" for "@" (the bullet read as a dot)."""
    if _AT not in text:
        return []
    credits = _labels()[1]
    return [(f"{m['local']}@{m['domain'].replace(_DOT, '.')}".lower(), m.start(), m.end())
            for m in _symbol_email().finditer(text)
            if m["local"].lower() not in credits and (_DOT in m["domain"] or _labelled(text, m.start()))]
