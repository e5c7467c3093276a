"""An event noun found in the text, and the marks around its quoted name: what every part of the
extractor that reads nouns shares."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Event


@dataclass(frozen=True)
class NounMention:
    kind: str
    start: int
    end: int


BLOCKED = "-"  # the type of a vocabulary phrase that names no occurrence ("darba tirgus")


# The quoted name right after the noun, also past an audience in the dative plural
# ("karnevāls bērniem “…”") or "par tēmu"; not past "par projektu „…”", which names a project.
# A quote's opening and closing marks, also typed without the Latvian quote keys: ",,Nosaukums’’" /
# ",,Nosaukums''" (two commas open). OPENING_MARKS: every opening mark, one or two characters
# (quoted_bearers skips a text that holds none).
OPENING_MARKS = ("„", "“", '"', "«", "”", ",,")
OPEN_QUOTE = ("(?:[" + "".join(re.escape(m) for m in OPENING_MARKS if len(m) == 1) + "]|"
              + "|".join(re.escape(m) for m in OPENING_MARKS if len(m) > 1) + ")")
CLOSE_QUOTE = r"(?:[”“\"»]|’’|'')"
# A name quoted inside the title ("izstāde “Kora “Dzintars” gadi”"): a mark glued to the word after
# it opens the inner name rather than closing the title, so the title runs on past the inner pair.
NESTED_NAME = rf"{OPEN_QUOTE}(?=\w)[^„“\"«»”\n]{{1,100}}{CLOSE_QUOTE}(?!\w)"
TITLE_AFTER_NOUN = re.compile(
    # A quote glued to the noun closes a name the noun stands in (“Latvijas Koncerti” rīko …).
    r"(?![”“\"»])[ \t]*(?:[:–—-][ \t]*)?(?:\w+(?:iem|ām)[ \t]+){0,2}(?:(?:par|ar)\s+(?:tēmu|nosaukumu)\s*:?\s*)?"
    rf"{OPEN_QUOTE}((?:[^„“\"«»”\n]|{NESTED_NAME}){{2,200}}?){CLOSE_QUOTE}(?!\w)"
)


# Nothing but space, or a quoted name, between an occurrence's noun and its part.
QUOTED_GAP = re.compile(rf"\s*(?:{OPEN_QUOTE}[^„“\"«»”\n]{{1,200}}{CLOSE_QUOTE}\s*)?")


# A noun in the genitive before the head of a vocabulary phrase (feminine -as/-es, masculine -a,
# plural -u); adjectives end in -ā/-ais/-ie/-o and decline, so they stay matched on their stems.
GENITIVE_MODIFIER = re.compile(r"(?:as|es|[^aā]a|u|šanās)$")  # "-šanās" is its own genitive: "sadziedāšanās koncerts"


def title_after(doc: Document, noun: NounMention) -> str | None:
    m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
    return m.group(1).strip() if m else None


# A word (letters only), as the span's words are read.
WORD = re.compile(r"[^\W\d_]+")


def own_nouns(doc: Document, event: Event, word: str | None = None) -> Iterator[re.Match]:
    """The event's own noun among its span's words (the span may run past the noun to the day): the
    span's words of the stem of `word`, by default the type's last word. O(span words)."""
    own = stem((word if word is not None else event.type.split()[-1]))
    return (m for m in WORD.finditer(doc.text, event.span.start, event.span.end) if stem(m.group().lower()) == own)
