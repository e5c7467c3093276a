"""A country's people at war ("Ukrainas civiliedzīvotāji", "Ukrainas iedzīvotāji") are a refugees
form because those met here fled; where the text sends help to the country itself ("Ukrainai ir
nepieciešams atbalsts", "kravas uz Ukrainu"), they are the people who stayed there, not refugees —
unless their own sentence places them here ("uzturas novadā", "pasākumā", "bēgļi"). A people's genitive
counts as its country's ("ukraiņu iedzīvotājiem"), and help made for the country's defenders is help sent
there ("sveces Ukrainas aizstāvjiem"). The words are data (target_groups.toml [war_civilians])."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, tuple[str, ...], re.Pattern, dict[str, str]]:
    c = load("target_groups")["war_civilians"]
    folk = "|".join(map(re.escape, c["peoples"]))
    people = re.compile(r"(?:([^\W\d]+)as|(?P<folk>" + folk + r"))\s+(?:" + "|".join(map(re.escape, c["people"])) + r")",
                        re.IGNORECASE)
    here = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["here_words"])) + r")", re.IGNORECASE)
    return people, tuple(c["to_country"]), here, dict(c["peoples"])


def stayed_at_war(reader, f) -> bool:
    """Whether refugees mention `f` is a country's people in a text that sends help to that country."""
    if f.id != "refugees":
        return False
    people, to_country, here, peoples = _data()
    doc = reader.doc
    m = people.match(doc.text, f.mention.start, f.mention.end)
    if m is None:
        return False
    stem = peoples[m["folk"].lower()] if m["folk"] else m.group(1).lower()  # "ukraiņu" → "ukrain"
    if not _helped_there(reader, stem, to_country):
        return False
    index = doc.sentence_index(f.mention.start)
    return index is not None and not reader.in_sentence_with(index, here)


def _helped_there(reader, stem: str, to_country: tuple[str, ...]) -> bool:
    """Whether the text sends help to the country of `stem`: searched once per document and country
    (Document.derived), so many mentions of its people cost one scan (issue 13: linear cost)."""
    escaped = re.escape(stem)
    return reader.doc.derived(f"target_groups.helped.{stem}", lambda doc: any(
        re.search(p.replace("{stem}", escaped), doc.text, re.IGNORECASE) for p in to_country))
