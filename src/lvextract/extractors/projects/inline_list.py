"""Dashed titles listed on the heading's own line: "Apstiprināti projekti: – Ozolu birzs kopšana;
– Laipu izbūve pie ezera." — the one-line form of a granted list (listed_names.py reads it one item a
line). The heading says the projects were granted ([lists] granted), every part after the colon is a
dash and a capitalised title of three words or more closed by a semicolon (the last by the line's
end), and there are two parts or more; two-word kinds ("– Sporta pasākumi; – Kultūras aktivitātes")
stay kinds."""
from __future__ import annotations

import re

from ...latvian.orthography import UPPER
from .listed_names import granted

# A heading's plural project word and its colon, the rest of the line the items.
HEAD = re.compile(r"^(?P<head>[^\n:]{0,80}?)(?<![^\W\d_])[Pp]rojekt(?:i|iem|us)[ \t]*:[ \t]*"
                  r"(?P<items>[–—-][ \t]+[^\n]+)$", re.MULTILINE)
# One part: a dash, the capitalised title, an optional full stop.
PART = re.compile(rf"[ \t]*[–—-][ \t]+(?P<name>[{UPPER}][^\n;–—]{{2,150}}?)[ \t]*(?:\.?[ \t]*$|(?=;))")


def inline_items(text: str, not_names: set[str]):
    """(start, end) of each dashed title listed on a granted heading's own line."""
    for m in HEAD.finditer(text):
        if not any(granted(w) for w in re.findall(r"[^\W\d_]+", m["head"].lower())):
            continue
        spans, pos, end = [], m.start("items"), m.end("items")
        while pos < end:
            part = PART.match(text, pos, end)
            if part is None or len(part["name"].split()) < 3 or part["name"].split()[0] in not_names:
                spans = []
                break
            spans.append((part.start("name"), part.end("name")))
            pos = part.end()
            if pos < end:
                if text[pos] != ";":
                    spans = []
                    break
                pos += 1
        if len(spans) >= 2:
            yield from spans
