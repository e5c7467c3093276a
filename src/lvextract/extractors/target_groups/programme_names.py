"""A group's genitive inside a programme part's name: "Nordplus Jauniešu programma", "iesniegt
Pieaugušo apakšprogrammā" — a sub-programme named for its sector, the group word written with a
capital inside a sentence. The same words at a sentence's start are that name too once the document
writes them so elsewhere ("Jauniešu programma paredzēta skolām" after "Nordplus Jauniešu
programmā"), or with the programme's quoted name after them ("Jauniešu programma “Erasmus+” …"). The name serves no one; whom the programme is for the text says elsewhere ("skolēni",
"skolotāji"). A lower-case "jauniešu programma" is left to the other rules. Words:
target_groups.toml [programme_names]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


QUOTE_NEXT = re.compile(r"[ \t]*[„“\"«]\w")


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], re.Pattern]:
    words = tuple(load("target_groups")["programme_names"]["words"])
    # a capitalised word right after another word (not after a sentence's end) before a programme word
    named = re.compile(r"(?<=[\w+] )([A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūž]+)\s+(?:" + "|".join(words) + r")")
    return words, named


def _named_in(text: str) -> frozenset[str]:
    """The lower-cased words the text writes with a capital inside a sentence before a programme word."""
    return frozenset(m.group(1).lower() for m in _words()[1].finditer(text))


def programme_name(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is a group's genitive that opens a programme part's name."""
    token = None if f.modifier else reader.capitalised_word(f.mention)
    if token is None:
        return False
    after = reader.word_at_or_after(f.mention.token_end)
    if after is None or not reader.word(after).startswith(_words()[0]):
        return False
    if not token.is_sent_start:
        return True
    # (at a sentence's start, with the programme's quoted name after it: "Jauniešu programma “Erasmus+”
    # piedāvā …" — the name of the programme part)
    if QUOTE_NEXT.match(reader.doc.text, reader.sdoc[after].idx + len(reader.sdoc[after].text)):
        return True
    return token.text.lower() in reader.doc.derived("target_groups.programme_names", lambda doc: _named_in(doc.text))
