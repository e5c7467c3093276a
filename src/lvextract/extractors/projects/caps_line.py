"""A title set in capitals, or quoted, alone on its line right below a sentence that closes with the
singular project word: "Rīgā līdz 2023. gadam tiek īstenots projekts⏎⏎ZAĻĀ PILSĒTA⏎⏎(projekta nr. …)",
"… projekts⏎⏎“Zaļā pilsēta”". The sentence stops at the project word, unfinished, and the page sets
the name apart as a heading would; the line is the name. Not after a project word in capitals ("PROJEKTS⏎AKTUALITĀTES" is a page's headings), nor
after the plural (a list's heading: listed_names.py). One look at the line after each project word
that closes its line."""
from __future__ import annotations

import re

from ...document import Document
from ...latvian.orthography import UPPER

# Only spaces up to the line's end, blank lines, then one to eight words of capitals (digits, hyphens
# and an ampersand inside), closing their own line.
CAPITALS_BELOW = re.compile(
    rf"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:(?P<name>[{UPPER}][{UPPER}0-9&\-]*(?:[ \t]+[{UPPER}0-9][{UPPER}0-9&\-]*){{0,7}})"
    # (or a quoted name filling the line, a full stop maybe after it)
    rf"|[„“\"«](?P<quoted>[^„“”\"«»\n]{{2,150}}?)[ \t]*[”“\"»][ \t]*\.?)[ \t]*(?:\n|$)")


def capitals_below(doc: Document, project_stems: set[str], plural_words: set[str], not_names: set[str]):
    """(start, end) of a capitals or quoted title alone on the line below a lower-case project word
    that closes its line."""
    text = doc.text
    for token in doc.tokens:
        if token.stem not in project_stems or not token.text.islower() or token.text in plural_words:
            continue
        below = CAPITALS_BELOW.match(text, token.end)
        if below is None:
            continue
        group = "name" if below["name"] else "quoted"
        if below[group] not in not_names and sum(ch.isalpha() for ch in below[group]) >= 3:
            yield below.start(group), below.end(group)
