"""Projects named without quotes by a name that opens with a programme's word ([foreign_name]
name_prefixes: "LIFE"), in a sentence that speaks of projects: "projekti – LIFE Ūdri, LIFE Putni
un LIFE AquaBalt", "īsteno programmas projektu ECO LIFE LV.". The name is the programme's word and
one to three words after it, the first from a capital letter or a digit ("LIFE programmas projekti"
names none; the other language's small words may stand between two capitalised ones, "LIFE Fit for
REACH"), closed by punctuation, "un" or the line's end, or capitals words only before a small-letter word
("projekta LIFE Viva Grass jaunumi", "LIFE IP LatViaNature projekta ietvaros"); capitals words right before the
programme's word belong to it ("ECO LIFE LV"). Small-letter words may follow the first word only in
a list's item (after a dash, a colon or a comma, before a comma, a semicolon or a full stop: "– LIFE
Meža ainavas, LIFE …"). Not the programme's strand before a project word ("LIFE Nature+ projekta
„…”": the name that follows is the project), nor a capitalised kind of project before the project word
("LIFE Integrētais projekts: …", [foreign_name] prefixed_kinds), nor a strand's heading line ("LIFE Daba
un bioloģiskā daudzveidība (NAT) projekti"). Two regex passes over the text: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import LOWER, UPPER
from ...word_regex import alternation
from .config import config
from ..vocabulary import load
from .foreign_name import name_prefixes

_CAPS = rf"[{UPPER}][{UPPER}0-9]{{1,7}}"
_WORD = rf"[{UPPER}0-9][\w+\-]*"
_CAPITAL_WORD = rf"[{UPPER}][\w+\-]*"
_SMALL = rf"[{LOWER}][\w\-]*"
_PROJECT_WORD = re.compile(r"(?<![^\W\d_])[Pp]rojekt\w*")
# The project word right after a name: "LIFE Integrētais projekts" says a kind of project, no name.
_PROJECT_NEXT = re.compile(r"[ \t]+[Pp]rojekt\w*")
# A project word and an opening quote right after the name: the name was the programme's strand.
_STRAND_BEFORE_QUOTED = re.compile(r"[ \t]+[Pp]rojekt\w*[ \t]+[„“\"«]")
_NEXT_SMALL = re.compile(rf"[ \t]+([{LOWER}][\w\-]*)")
# A heading line that opens with the programme's strand and closes with the project word: "LIFE Daba un
# bioloģiskā daudzveidība (NAT) projekti" heads the strand's projects listed under it; the capitalised
# word after the programme's is the strand's first word, no project's name (small-letter words, maybe
# the strand's code in brackets, then the project word and the line's end).
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*(?:[•·*–—-][ \t]*)?$")
_STRAND_HEADING = re.compile(rf"(?:[ \t]+[{LOWER}][\w\-]*)+(?:[ \t]*\([{UPPER}0-9+\-]{{2,10}}\))?"
                             r"[ \t]+[Pp]rojekt\w*[ \t]*:?[ \t]*(?=\n|$)")


@lru_cache(maxsize=None)
def _pattern(open_end: bool = False) -> re.Pattern:
    """The closed name (punctuation, "un" or the line's end after it, small-letter words allowed in a
    list's item); with `open_end`, a name of capitals words only before a small-letter word
    ("projekta LIFE Viva Grass jaunumi"), asked where no closed name starts."""
    prefixes = "|".join(re.escape(p) for p in sorted(name_prefixes(), key=len, reverse=True))
    # (the other language's small words between two capitalised ones stay inside: "LIFE Fit for REACH")
    inner = alternation(load("projects")["foreign_name"]["inner_words"])
    between = r"[ \t]+(?:(?:" + inner + r")[ \t]+(?=[" + UPPER + r"]))?"
    small = r"(?P<small>)" if open_end else r"(?P<small>(?:[ \t]+" + _SMALL + r"){0,2}?)"
    end = r"(?=[ \t]+[" + LOWER + r"])" if open_end else r"(?=[ \t]*(?:[,.;)]|\bun\b|\n|$))"
    word = _CAPITAL_WORD if open_end else _WORD  # "LIFE 30 gadu jubileja": a count, no name
    return re.compile(
        r"(?<![\w+\-])(?P<name>(?:" + _CAPS + r"[ \t]+){0,2}(?:" + prefixes + r")(?P<tail>(?:" + between + word + r"){1,3})"
        + small + ")" + end, re.MULTILINE)


def prefixed_names(doc: Document, not_names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each name opening with a programme's word, in a sentence with a project word."""
    text = doc.text
    found = []
    speaks_of_projects: dict[int, bool] = {}  # per sentence: a list of k names reads it once, not k times
    closed = list(_pattern().finditer(text))
    opened = {m.start(): m for m in _pattern(open_end=True).finditer(text)}
    starts = {m.start() for m in closed}
    # where a closed name starts, its open twin is asked only if the closed one's small words fail
    for m in sorted(closed + [m for s, m in opened.items() if s not in starts], key=lambda m: m.start()):
        index = doc.sentence_index(m.start())
        if index is None:
            continue
        sentence = doc.sentences[index]
        if index not in speaks_of_projects:
            speaks_of_projects[index] = _PROJECT_WORD.search(text, sentence.start, sentence.end) is not None
        if not speaks_of_projects[index]:
            continue
        if _rejected(text, m, not_names):
            continue
        if m["small"]:
            before = text[max(sentence.start, m.start() - 3):m.start()].rstrip(" \t")
            after = text[m.end():m.end() + 2].lstrip(" \t")[:1]
            # (a project word among the small words is the name's own noun phrase, no part of it:
            # "– LIFE GoodWater IP projekta mājaslapā.")
            if not before.endswith(("–", "—", "-", ":", ",")) or after not in (",", ";", ".") \
                    or _PROJECT_WORD.search(m["small"]):
                m = opened.get(m.start())  # "projekta LIFE Viva Grass jaunumus.": the capitals alone
                if m is None or _rejected(text, m, not_names):
                    continue
        found.append((m.start("name"), m.end("name")))
    return found


@lru_cache(maxsize=1)
def _kinds() -> tuple[str, ...]:
    return tuple(load("projects")["foreign_name"]["prefixed_kinds"])


def _rejected(text: str, m: re.Match, not_names: set[str]) -> bool:
    """A listed not-name, the programme's strand before a quoted project ("LIFE Nature+ projekta
    „…”"), or a strand's own noun in it or among the two words after it ("LIFE Klimata apakšprogramma")."""
    if m["tail"].split()[0] in not_names or _STRAND_BEFORE_QUOTED.match(text, m.end()):
        return True
    # a kind of project before the project word: "LIFE Integrētais projekts: …"
    if m["tail"].split()[-1].lower().startswith(_kinds()) and _PROJECT_NEXT.match(text, m.end()):
        return True
    # the strand heading a list of its projects: "LIFE Daba un bioloģiskā daudzveidība (NAT) projekti"
    if _STRAND_HEADING.match(text, m.end()) and _LINE_OPEN.search(text, max(0, m.start() - 8), m.start()):
        return True
    # the name's own words and the two small-letter words after it: "LIFE Programmas finansējums",
    # "LIFE Vides pārvaldības apakšprogramma"
    words = [w.lower() for w in m["tail"].split()]
    at = m.end()
    for _ in range(2):
        following = _NEXT_SMALL.match(text, at)
        if following is None:
            break
        words.append(following[1].lower())
        at = following.end()
    return any(part in w for w in words for part in config().not_project_between)
