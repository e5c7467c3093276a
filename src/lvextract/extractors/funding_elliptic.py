""""Eiropas Reģionālās attīstības un Eiropas Sociālā fonda projekti": two funds that share one
noun, the first said without it. The second is a named fund found by the vocabulary; the first is
its id's head (data/funding.toml [elliptic], regular expressions, any case) right before it with a
comma, "un" or "vai". Reads back from each named fund a bounded stretch; a list of three
("Eiropas Reģionālās attīstības, Eiropas Sociālā un Kohēzijas fonda") is read back link by link.
Called from funding_mentions._find."""
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
