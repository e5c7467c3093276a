"""A quoted name whose closing quote was never typed, a description in brackets right after it:
'par projektu “Laipa pār Ozolupi (laipas atjaunošana), bet …' names "Laipa pār Ozolupi"; or the
noun that governs the project word after it: 'projekta Nr. 12-34 “Ceļu atjaunošana Ozolos
aktivitātes.' names "Ceļu atjaunošana Ozolos" (data/projects.toml [unclosed] heads); or the line's
end: 'īstenot projektu “Zaļā skola⏎' names "Zaļā skola" where the next line does not close it. Read only
where the quote found no close (quoted.quoted_after gave nothing): the bracket or the head ends the
name, as the writer meant the quote to. A name runs from a capital letter, holds no quote and no
bracket."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import UPPER
from ...layout import previous_newline
from ..vocabulary import load
from .action_title import unquoted_title_words

UNCLOSED = re.compile(rf"[„“\"«](?P<name>[{UPPER}][^„“”\"«»()\n]{{2,120}}?)[ \t]*\([^()\n]{{2,160}}\)(?![ \t]*[”\"»“])")
# ... but a bracket right before "ietvaros" is inside the name, the frame word ending it: 'projekta „Skolu
# infrastruktūras sakārtošana (Ozolu ielā 5 un Liepu ielā 4) ietvaros' (an address in the title)
BRACKET_THEN_FRAME = re.compile(r"[ \t]+ietvaros\b")


def unclosed_before_bracket(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of an unclosed quote at `pos` that a bracket closes, within `end` (the
    bracket with it where "ietvaros" follows the bracket)."""
    m = UNCLOSED.match(text, pos, end)
    if m is None:
        return None
    return (m.start("name"), m.end() if BRACKET_THEN_FRAME.match(text, m.end(), end) else m.end("name"))


@lru_cache(maxsize=1)
def _before_head() -> re.Pattern:
    heads = "|".join(re.escape(w) for w in load("projects")["unclosed"]["heads"])
    # two to twelve words, the first capitalised; the head ends the clause or goes on with it
    return re.compile(rf"[„“\"«](?P<name>(?-i:[{UPPER}])[^\s„“”\"«»()]*(?:[ \t]+[^\s„“”\"«»()]+){{1,11}}?)"
                      rf"[ \t]+(?:{heads})(?![\w”\"»])", re.IGNORECASE)


def unclosed_before_head(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the name of an unclosed quote at `pos` that a governing noun closes, within `end`."""
    m = _before_head().match(text, pos, end)
    return (m.start("name"), m.end("name")) if m else None


# One to twelve words from a capital letter to the line's end (a full stop or semicolon may close it),
# holding no quote, bracket or sentence stop: the writer's line ended the name. Not the text's own end:
# a page cut off mid-name ('īsteno projektu „Te' as the last words, a line break after them or not)
# shows no end of the name.
TO_LINE_END = re.compile(rf"[„“\"«](?P<name>[{UPPER}][^\s„“”\"«»().!?]*(?:[ \t]+[^\s„“”\"«»().!?]+){{0,11}})[ \t]*[.;]?[ \t]*(?=\n)")
# A line opened by a list's bullet.
BULLETED = re.compile(r"[ \t]*[•·▪*–-][ \t]")
# The next line that is not blank.
NEXT_LINE = re.compile(r"\n(?:[ \t]*\n)*(?P<line>[^\n]*)")
# A next line that closes a quote before opening one continues a name wrapped over two lines.
CLOSES_FIRST = re.compile(r"[^„“”\"«»\n]*[”»\"]")


@lru_cache(maxsize=1)
def _prose_words() -> frozenset[str]:
    return unquoted_title_words().finite_verbs | {w.lower() for w in load("projects")["run_on"]["words"]}


def unclosed_to_line_end(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the name of an unclosed quote at `pos` that runs to its line's end, where the
    next line neither goes on in lower case nor closes the quote."""
    m = TO_LINE_END.match(text, pos)
    if m is None:
        return None
    # (not in a list's item: "• Kalnu skola par projektu „Mūsu dārzs⏎  Lejas skola …" may be one item
    # broken over lines, so its line's end shows no end of the name)
    if BULLETED.match(text, previous_newline(text, pos) + 1):
        return None
    rest = NEXT_LINE.match(text, m.end())["line"]
    if not rest.strip() or rest.strip()[:1].islower() or CLOSES_FIRST.match(rest):
        return None
    # (a frame word or a finite verb in it is the sentence going on: 'projekta “Zaļā skola ietvaros notika …')
    if set(m["name"].lower().split()) & _prose_words():
        return None
    return m.start("name"), m.end("name")
