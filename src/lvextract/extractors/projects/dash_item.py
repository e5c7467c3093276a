"""A list item that names its project after a dash, without quotes: "• Lejas biedrības projektam –
Laipa pār strautu;", "2) Jauniešu kluba projekts – Kino vakari pagalmā". The item's line holds a
singular project word, a dash and a capitalised name that runs to the item's end (a semicolon or the
line's end; the comma is the name's own: "Skolas dārza atjaunošana, iestādot ābeles"). In running
text a dash after "projekts" as often opens a comment as a name ("liels projekts – Paldies visiem!"),
so there only after an owner's quoted name and up to the line's end: 'balvu ieguva kluba
“Ozols” projekts – Laipa pār strautu.'"""
from __future__ import annotations

import re
from itertools import chain

from ...latvian.orthography import UPPER

ITEM = re.compile(
    r"^[ \t]*(?:[•·▪●◦\-–*]|\d{1,3}[.)])[ \t]+[^\n]*?(?<![^\W\d_])[Pp]rojekt(?:s|am|u|a)[ \t]+[–—-][ \t]+"
    rf"(?P<name>[{UPPER}][^\n;„“”\"«»]{{2,150}}?(?:[ \t]*[„“\"«][^\n;„“”\"«»]{{1,60}}[”“\"»])?)"
    r"[ \t]*[.!]?[ \t]*(?:;|$)", re.MULTILINE)


# (the owner's closing quote right before the project word; the name closes the paragraph)
OWNED = re.compile(
    r"[”\"»][ \t]+[Pp]rojekt(?:s|am|u|a)[ \t]+[–—-][ \t]+"
    rf"(?P<name>[{UPPER}][^\n;„“”\"«».!?]{{2,150}}?)[ \t]*[.!]?[ \t]*$", re.MULTILINE)


def dash_named_items(text: str, not_names: set[str]):
    """(start, end) of each list item's unquoted name after "projektam –"."""
    for m in chain(ITEM.finditer(text), OWNED.finditer(text)):
        if m["name"].split()[0] not in not_names:
            yield m.start("name"), m.end("name")
