""""Eiropas Reģionālās attīstības un Eiropas Sociālā fonda projekti": two funds that share one
noun, the first said without it. The second is a named fund found by the vocabulary; the first is
its id's head (data/funding.toml [elliptic], regular expressions, any case) right before it with a
comma, "un" or "vai". Reads back from each named fund a bounded stretch; a list of three
("Eiropas Reģionālās attīstības, Eiropas Sociālā un Kohēzijas fonda") is read back link by link.
Also funds that share both the Union's name and the noun ("no Eiropas Sociālā un Reģionālās attīstības
fondiem"): neither is a fund the vocabulary finds, so one search over the text reads them
([shared_union]). Called from funding_mentions._find."""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from .vocabulary import Mention, load

# How far back from a fund's name its elliptic partner may begin (characters).
REACH = 80


@lru_cache(maxsize=1)
def _heads() -> list[tuple[str, re.Pattern]]:
    heads = load("funding")["elliptic"]
    link = r"(?:[ \t]*,[ \t]*|[ \t\n]+(?:un|vai)[ \t\n]+)$"
    return [(fid, re.compile(r"(?<![^\W\d_])(?P<head>" + r"[ \t\n]+".join(head.split()) + r")" + link, re.IGNORECASE))
            for fid, forms in heads.items() for head in forms]


@lru_cache(maxsize=1)
def _shared_union() -> tuple[re.Pattern, re.Pattern]:
    """The whole coordination, and one head in it (a named group per id)."""
    data = dict(load("funding")["shared_union"])
    union = "|".join(r"[ \t]+".join(u.split()) for u in data.pop("union"))
    one = "|".join(f"(?P<{fid}>" + "|".join(r"[ \t]+".join(h.split()) for h in heads) + ")" for fid, heads in data.items())
    link = r"(?:[ \t]*,[ \t]*|[ \t\n]+(?:un|vai)[ \t\n]+)"
    whole = (r"(?<![^\W\d_])(?:" + union + r")[ \t\n]+(?P<heads>(?:" + one + r")(?:" + link + r"(?:" + one + r"))+)[ \t\n]+fond")
    return re.compile(_unnamed(whole), re.IGNORECASE), re.compile(r"(?<![^\W\d_])(?:" + one + r")(?![^\W\d_])", re.IGNORECASE)


def _unnamed(pattern: str) -> str:
    """The pattern with its named groups made plain (the whole coordination names no id)."""
    return re.sub(r"\(\?P<(?!heads>)\w+>", "(?:", pattern)


def shared_union_funds(doc: Document) -> list[Mention]:
    """Each fund of a coordination that says the Union's name once before and the noun once after."""
    whole, one = _shared_union()
    text, added = doc.text, []
    for hit in whole.finditer(text):
        for head in one.finditer(text, hit.start("heads"), hit.end("heads")):
            span = doc.spacy.char_span(head.start(), head.end(), alignment_mode="expand")
            if span is not None:
                added.append(Mention(head.lastgroup, head.start(), head.end(), span.start, span.end))
    return added


def elliptic_funds(doc: Document, found: list[Mention]) -> list[Mention]:
    """The funds named without their noun right before a named fund that has it ("fonds")."""
    text = doc.text
    added: list[Mention] = []
    todo = [m for m in found if "fond" in text[m.start:m.end].lower()]
    while todo:
        m = todo.pop()
        for fid, pattern in _heads():
            hit = pattern.search(text, max(0, m.start - REACH), m.start)
            if hit is None or fid == m.id:
                continue
            start, end = hit.span("head")
            span = doc.spacy.char_span(start, end, alignment_mode="expand")
            if span is not None:
                mention = Mention(fid, start, end, span.start, span.end)
                added.append(mention)
                todo.append(mention)
            break
    return added
