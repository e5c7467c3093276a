"""Children, young people and families (mothers with their little ones) with a risk said before
them: "darbs ar riska grupas jauniešiem", "sociālā riska jauniešu nometne", "iesaistīt riska bērnus",
"nodarbības sociālā riska grupu māmiņām un viņu mazuļiem" — or said after them, as where they come
from: "jaunieši no dažādām riska grupām". The qualifier is no group form of its own
("riska grupas" alone may be a risk of health: "Covid-19 riska grupa"), so it is read only right
before a served child, youth or families mention, and it makes that group one at social risk too. The word
before the risk must not name another risk ("augsta riska grupas bērni", "saslimšanas riska
grupas bērni": a risk of health). Words: target_groups.toml [risk_qualified]. Added after `accept`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from ...word_regex import alternation

LOOK_BACK = 60  # characters before the group: the qualifier and the one word before it
LOOK_AHEAD = 90  # characters after the group: "no", a few words, the risk and its group


@lru_cache(maxsize=1)
def _origin() -> re.Pattern:
    c = load("target_groups")["risk_qualified"]
    # (the words between "no" and the risk end no clause: no comma, stop or line break among them)
    return re.compile(rf"[ \t]+no[ \t]+((?:[^\s,.;:!?]+[ \t]+){{0,{int(c['origin_words'])}}}?)"
                      rf"({alternation(c['origin_risks'])})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern, tuple[str, ...]]:
    c = load("target_groups")["risk_qualified"]
    qualifier = re.compile(rf"(?:(?<=\s)|^)(?:(\S+)\s+)??((?:(?:{alternation(c['adjectives'])})\s+)?"
                           rf"(?:{alternation(c['risks'])})(?:\s+(?:{alternation(c['groups'])}))?)\s+$", re.IGNORECASE)
    return frozenset(c["heads"]), qualifier, tuple(c["other_risks"])


def risk_qualified(reader, found) -> tuple[int, int] | None:
    """(start, end) of the first risk qualifier right before a served child or youth mention."""
    heads, qualifier, other_risks = _words()
    text = reader.doc.text
    for f in found:
        if not f.accepted or f.modifier or f.id not in heads:
            continue
        start = max(0, f.mention.start - LOOK_BACK)
        before = text[start:f.mention.start].rsplit("\n", 1)[-1]
        said = qualifier.search(before)
        if said is None:
            after = _origin().match(text, f.mention.end, min(len(text), f.mention.end + LOOK_AHEAD))
            if after is not None and not _other_risk_before(after, other_risks):
                return after.start(2), after.end(2)
            continue
        previous = (said.group(1) or "").lower()
        if previous.startswith(other_risks) or re.search(r"\d", previous) and not previous.isdigit():
            continue  # "augsta riska grupas bērni", "Covid-19 riska grupas jaunieši": no social risk
        offset = f.mention.start - len(before)
        return offset + said.start(2), offset + said.end(2)
    return None


def _other_risk_before(after: re.Match, other_risks: tuple[str, ...]) -> bool:
    """Whether the word right before an origin's risk names a risk of health ("no augsta riska grupām")."""
    words = after.group(1).split()
    return bool(words) and words[-1].lower().startswith(other_risks)
