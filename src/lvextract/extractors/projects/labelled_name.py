"""Project names said by a label or a bracket rather than after the project word: a card's bare
"Nosaukums: “…”" line with a project's field below it ("Finansē: …", bare_named); and unquoted ones:
the theme of a project given after a dash or a colon ("Projekta tēma – Kopienas dārzs Lejasciemā."),
and a heading line that names its kind of project in brackets closing it ("Laivu piestātnes izbūve
Ezermalā (vietējās attīstības projekts)"). The label's words and the kinds are data
(data/projects.toml [labelled]). Linear: one regex pass each over the text, a few lines' look below."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from ...latvian.orthography import CLOSING_QUOTES, OPENING_QUOTES, UPPER
from ..vocabulary import load
from .body_text import is_prose



@lru_cache(maxsize=1)
def _card_field() -> re.Pattern:
    """A project card's field label opening a line: "Finansē:", "Piešķirtais finansējums:"."""
    fields = "|".join(load("projects")["labelled"]["card_fields"])
    return re.compile(r"^[ \t]*(?:" + fields + r")[ \t]*:", re.I | re.M)


# A bare "Nosaukums:" line with a quoted value: a card's name field whatever the card is of.
BARE_NAME = re.compile(rf"^[ \t]*nosaukums[ \t]*:[ \t]*(?=[{OPENING_QUOTES}])(?P<value>[^\n]{{3,200}}?)[ \t.]*$", re.I | re.M)
# How far below it a project's field must follow: the next few lines of the card.
CARD_LINES = 2


def bare_named(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the quoted value of a bare "Nosaukums:" line that a project card's field
    follows within CARD_LINES non-blank lines ("Finansē: …", "Piešķirtais finansējums: …"):
    the card is a project's. Each line's look below is bounded."""
    field = _card_field()
    for m in BARE_NAME.finditer(text):
        below = m.end()
        for _ in range(CARD_LINES):
            while text.startswith("\n", below) or text[below:below + 1] in (" ", "\t"):
                below += 1
            if below >= len(text):
                break
            if field.match(text, below):
                start, end = m.span("value")
                close = max(text.rfind(q, start + 1, end) for q in CLOSING_QUOTES)
                if close > start + 1:
                    yield start + 1, close
                break
            line_end = text.find("\n", below)
            below = len(text) if line_end < 0 else line_end


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = load("projects")["labelled"]
    labels = "|".join(re.escape(w) for w in data["labels"])
    kinds = "|".join(re.escape(w) for w in data["kinds"])
    # the label at a line's start or after a sentence's end on the line; the name from a capital or
    # a quote to the sentence's end ("." before a capital) or the line's end
    theme = re.compile(
        r"(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:projekta|apakšprojekta)[ \t]+(?:" + labels + r")[ \t]*[:–—-][ \t]*"
        r"(?P<name>(?-i:[" + UPPER + OPENING_QUOTES + r"])[^\n]{2,200}?)[ \t]*(?:\.(?=[ \t]+(?-i:[" + UPPER + r"]))|[ \t.]*$)",
        re.I | re.M)
    # a whole line: the name, then the bracket ending in a project word in the nominative
    bracket = re.compile(
        r"^[ \t]*(?P<name>[" + UPPER + OPENING_QUOTES + r"][^\n()]{4,150}?)[ \t]*\((?P<kind>[^()\n]{0,60}?(?<!\w)(?:"
        + kinds + r"))\)[ \t.]*$", re.M)
    return theme, bracket


def labelled_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each name given after a project's theme label, or before its kind in brackets
    on a heading line (not a sentence of prose: "Pašvaldība pabeidza … (LEADER projekts)")."""
    theme, bracket = _patterns()
    for m in theme.finditer(text):
        start, end = m.span("name")
        if text[start] in OPENING_QUOTES:  # 'Projekta tēma: „…”': the name inside the quotes
            close = max(text.rfind(q, start + 1, end + 1) for q in CLOSING_QUOTES)
            if close <= start + 1:
                continue
            start, end = start + 1, close
        yield start, end
    for m in bracket.finditer(text):
        if not is_prose(m["name"]) and len(m["name"].split()) <= 14:
            start, end = m.span("name")
            if text[start] in OPENING_QUOTES and text[end - 1] in CLOSING_QUOTES:
                start, end = start + 1, end - 1
            yield start, end
