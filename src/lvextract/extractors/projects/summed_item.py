"""A granted list's item that closes with the sum it got: "who – what – how much" ("• Ozolu biedrība –
Tērpu iegāde ansamblim – 895 EUR;") or "what (who) – how much" ("• Rotaļu laukuma atjaunošana (biedrība
“Ozols”) – 1 200 EUR"). The title is the middle field, however many spaced dashes it holds itself
("… – Mūsu parks – mūsu lepnums – 500 EUR": the owner's field ends at the first dash); an item of only
who and how much ("• Ozolu pensionāru biedrība – 895 EUR") names no project. One match per line."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .patterns import LAT_EUR, LETTERS

# The sum closing the item after a dash, its currency before or after the number, a closing
# semicolon, comma or full stop ("– 895 EUR;", "- EUR 1 200", "– 749,50 €.").
_SUM = (r"[ \t]*[–—-][ \t]*(?:\d[\d \t.,]*?[ \t]*" + LAT_EUR + r"|" + LAT_EUR + r"[ \t]*\d[\d \t.,]*?\d?)"
        r"[ \t]*[;.,]?[ \t]*$")
# Who, a dash (spaced, or glued to the owner's closing quote: "Biedrība “Ozols”– …"), what (no
# semicolon or colon: a clause's, not a title's), the sum.
OWNER_TITLE_SUM = re.compile(r"(?P<owner>[^–—\n]+?)(?:[ \t]|(?<=[”\"»]))[–—-][ \t]+"
                             r"(?P<name>[^\W_][^\n;:]{2,150}?)" + _SUM, re.I)
# What, who in brackets, the sum: "Rotaļu laukuma atjaunošana (biedrība “Ozols”) – 1 200 EUR".
TITLE_OWNER_SUM = re.compile(r"(?P<name>[^\W\d_][^()\n]{2,150}?)[ \t]*\((?P<owner>[^()\n]{2,80})\)" + _SUM, re.I)
# An item of its owner and its sum alone: "Ozolu pensionāru biedrība – 895 EUR".
OWNER_SUM = re.compile(r"(?P<owner>[^–—\n]{2,150}?)" + _SUM, re.I)
CURRENCY = re.compile(LAT_EUR)


def summed_title(body: str, start: int) -> tuple[int, int] | None:
    """(start, end) in `body` of the title of an item that closes with its sum, from `start` (past
    its bullet); None when the item holds no title beside its owner and its sum."""
    bracketed = TITLE_OWNER_SUM.fullmatch(body, start)
    if bracketed and owner_and_sum(bracketed["owner"]):
        return bracketed.start("name"), bracketed.end("name")
    fields = OWNER_TITLE_SUM.fullmatch(body, start)
    # (not a row of figures whose middle field is a sum of its own: "Rīcībai “…” – izsludinātais
    # finansējums – EUR 265 432; projektu skaits – 22 – EUR 513 385")
    # (nor an item opening with its quoted title and its applicant's field after it: "„…”, iesniedzējs –
    # biedrība „…”, finansējums – 800 EUR", read by listed_names)
    if fields and LETTERS.search(fields["owner"]) and not _organisation_only(fields["name"]) \
            and fields["owner"].lstrip()[:1] not in "„“\"«" \
            and not CURRENCY.search(fields["name"]):
        return fields.start("name"), fields.end("name")
    return None


def has_sum(body: str, start: int) -> bool:
    """Whether an item closes with a sum after a dash (with a title or without)."""
    return OWNER_SUM.fullmatch(body, start) is not None


def names_a_sum(body: str) -> bool:
    """Whether an item names a sum anywhere (in a bracket too): one cut off by the page's end does not."""
    return CURRENCY.search(body) is not None


def owner_and_sum(words: str) -> bool:
    """Whether an item's "name" before its sum is who got it: its last word a body's noun
    ("Ozolu pensionāru biedrība", "Liepu sporta klubs"), or it opens with a legal form ("Biedrība
    “Vējš”", "SIA …")."""
    found = LETTERS.findall(words)
    if not found:
        return False
    nouns, forms = _body_words()
    return found[-1].lower() in nouns or found[0].lower() in forms or (
        words.rstrip()[-1:] in "”\"»" and any(w.lower() in nouns or w.lower() in forms for w in found[:3]))


def _organisation_only(name: str) -> bool:
    """A middle field that is a second body, not a title ("SIA “Ozols” – Liepu biedrība – 500 EUR")."""
    return owner_and_sum(name) and len(LETTERS.findall(name)) <= 4


@lru_cache(maxsize=1)
def _body_words() -> tuple[frozenset[str], frozenset[str]]:
    """[summed_item]: a body's nouns in the nominative (closing its name) and the legal forms that
    open one (lower case)."""
    data = load("projects")["summed_item"]
    return frozenset(data["body_nouns"]), frozenset(data["legal_forms"])
