"""Projects named without quotes by a name that opens with a programme's word ([foreign_name]
name_prefixes: "LIFE"), in a sentence that speaks of projects: "projekti – LIFE Ūdri, LIFE Putni
un LIFE AquaBalt", "īsteno programmas projektu ECO LIFE LV.". The name is the programme's word and
one to three words after it, the first from a capital letter or a digit ("LIFE programmas projekti"
names none), closed by punctuation, "un" or the line's end; capitals words right before the
programme's word belong to it ("ECO LIFE LV"). Small-letter words may follow the first word only in
a list's item (after a dash, a colon or a comma, before a comma, a semicolon or a full stop: "– LIFE
Meža ainavas, LIFE …"). Not the programme's strand before a project word ("LIFE Nature+ projekta
„…”": the name that follows is the project). One regex pass over the text: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import LOWER, UPPER
from .foreign_name import name_prefixes

_CAPS = rf"[{UPPER}][{UPPER}0-9]{{1,7}}"
_WORD = rf"[{UPPER}0-9][\w+\-]*"
_SMALL = rf"[{LOWER}][\w\-]*"
_PROJECT_WORD = re.compile(r"(?<![^\W\d_])[Pp]rojekt\w*")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    prefixes = "|".join(re.escape(p) for p in sorted(name_prefixes(), key=len, reverse=True))
    return re.compile(
        r"(?<![\w+\-])(?P<name>(?:" + _CAPS + r"[ \t]+){0,2}(?:" + prefixes + r")(?P<tail>(?:[ \t]+" + _WORD + r"){1,3}?)"
        r"(?P<small>(?:[ \t]+" + _SMALL + r"){0,2}?))"
        r"(?=[ \t]*(?:[,.;)]|\bun\b|\n|$))", re.MULTILINE)


def prefixed_names(doc: Document, not_names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each name opening with a programme's word, in a sentence with a project word."""
    text = doc.text
    found = []
    speaks_of_projects: dict[int, bool] = {}  # per sentence: a list of k names reads it once, not k times
    for m in _pattern().finditer(text):
        index = doc.sentence_index(m.start())
        if index is None:
            continue
        sentence = doc.sentences[index]
        if index not in speaks_of_projects:
            speaks_of_projects[index] = _PROJECT_WORD.search(text, sentence.start, sentence.end) is not None
        if not speaks_of_projects[index]:
            continue
        if m["tail"].split()[0] in not_names:
            continue
        if m["small"]:
            before = text[max(sentence.start, m.start() - 3):m.start()].rstrip(" \t")
            after = text[m.end():m.end() + 2].lstrip(" \t")[:1]
            if not before.endswith(("–", "—", "-", ":", ",")) or after not in (",", ";", "."):
                continue
        found.append((m.start("name"), m.end("name")))
    return found
