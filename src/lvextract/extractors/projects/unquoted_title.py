"""Unquoted project titles right after a singular project word in any case, where the words around
them mark where the title ends: a relative clause after its comma ("īstenotajam projektam Ceļu
pārbūve ostas teritorijā esošajām noliktavām, kura rezultātā …"), the title then naming an action
in the nominative (action_title.py), since running text after the project word rarely does; or a
spaced dash before its short name in capitals, maybe with its name in another language in brackets
("projektā Jauniešu radošums krīzes laikā – YOUCRE (Youth creativity in crisis)"); or one
capitalised word and the year it aims at before a word in lower case ("projekta Skola 2030
identificētās problēmas"). Asked by
after_word.py at the project word; each match is anchored there and bounded by its sentence."""
from __future__ import annotations

import re

from ...latvian.orthography import UPPER
from .action_title import action_title

# The singular project word forms (as written, lower case) such a title may follow.
SINGULAR = frozenset({"projekts", "projekta", "projektam", "projektu", "projektā"})
# Three to fifteen words of letters from a capital letter, then a comma and a relative word.
BEFORE_RELATIVE = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{2,14}}?),[ \t]+(?:kura|kuras|kuru|kas|kā)\b")
# Two to twelve words of letters from a capital letter, a spaced dash, a capitals short name, its
# other-language name in brackets if any.
BEFORE_SHORT = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{1,11}}?)[ \t]+[–—-][ \t]+"
                          rf"(?P<short>[{UPPER}][{UPPER}0-9]{{2,14}})(?![\w-])(?:[ \t]*\((?P<other>[^()\n\d]{{3,150}})\))?")

# One capitalised word and the year it aims at, a word in lower case after ("projekta Skola 2030
# identificētās problēmas"; not a dated phrase, "projektam Ozolos 2019. gadā": the year's full stop).
WORD_AND_YEAR = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]+[ \t]+20\d\d)(?![\w.,/–-])(?=[ \t]+[^\W\d_A-ZĀČĒĢĪĶĻŅŠŪŽ])")


def unquoted_title(text: str, word: str, pos: int, end: int, not_names: frozenset[str] | set[str]):
    """(start, end, aliases) of the unquoted title at `pos` after the project word `word`, the
    sentence ending at `end`; None where neither shape is there."""
    if word.lower() not in SINGULAR:
        return None
    if (short := BEFORE_SHORT.match(text, pos, end)) and short["short"] not in not_names \
            and short["name"].split()[0] not in not_names:
        aliases = [short["short"]] + ([" ".join(short["other"].split())] if short["other"] else [])
        return short.start("name"), short.end("name"), aliases
    if (yeared := WORD_AND_YEAR.match(text, pos, end)) and yeared["name"].split()[0] not in not_names:
        return yeared.start("name"), yeared.end("name"), []
    if (relative := BEFORE_RELATIVE.match(text, pos, end)) and relative["name"].split()[0] not in not_names \
            and action_title(relative["name"]):
        return relative.start("name"), relative.end("name"), []
    return None
