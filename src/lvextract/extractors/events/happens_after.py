"""A noun followed at once by its taking place: "seminārs notiks …", "koncerts, kas notiks …",
maybe past a quoted name ("konkurss «Zelta pele» notiks …") or a date in the relative clause
("pasākumam, kas 2024. gadā norisināsies …"). The verbs are events.toml's
[happens]; the relative words [takes_place_after] relatives. O(1) per noun (a bounded match)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import happens_alternation, literals, vocabulary


@lru_cache(maxsize=2)
def _takes_place_clause(relative_only: bool = False) -> re.Pattern:
    """"notiks …" or ", kas notiks …" right after a noun ([happens] words), maybe past a quoted name."""
    words = happens_alternation()
    relatives = literals(vocabulary()["takes_place_after"]["relatives"])
    # Up to two words may stand between the relative and the verb ("…, kas parlamentā notiks …"),
    # or a year or a day told before the verb ("…, kas 2024. gadā norisināsies …", "…, kas 5.
    # maijā notiks …"): a number glued to its dot is one word of it.
    optional = "" if relative_only else "?"
    return re.compile(rf"\s*(?:[„“\"«][^„“\"«»”\n]{{1,120}}[”“\"»]\s*)?(?:,\s*(?:{relatives})\s+"
                      rf"(?:(?:\d{{1,4}}\.\s*)?[^\W\d_]+\s+){{0,2}}?){optional}(?:{words})(?!\w)", re.IGNORECASE)


def takes_place_after(doc: Document, noun) -> bool:
    return _takes_place_clause().match(doc.text, noun.end, min(len(doc.text), noun.end + 200)) is not None


# A day of the month: "5. maijā", "27.septembrī", "6. un 7. aprīlī".
DAY = re.compile(r"(?<!\d)\d{1,2}\.\s*(?:un\s+\d{1,2}\.\s*)?[^\W\d_]", re.IGNORECASE)
# Where the relative clause ends: a comma, a semicolon, a line's end or a sentence's.
CLAUSE_END = re.compile(r"[,;\n]|\.\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]")
# How far past the verb the relative clause's day may stand ("…, kas notiks 2024. gada 5. maijā").
DAY_REACH = 60


def told_in_relative(doc: Document, noun) -> bool:
    """"konferencei, kas notiks 12. oktobrī": the noun's own relative clause says it takes place on
    a day (the bare "nometnei notiks …" may be another subject's verb: "Pieteikšanās nometnei notiks
    …"; "nometnei, kas notiks jūlijā, ilgs no 1. līdz 8. martam" names no day of the camp's)."""
    m = _takes_place_clause(True).match(doc.text, noun.end, min(len(doc.text), noun.end + 200))
    if m is None:
        return False
    end = min(len(doc.text), m.end() + DAY_REACH)
    stop = CLAUSE_END.search(doc.text, m.end(), end)
    return DAY.search(doc.text, m.start(), stop.start() if stop else end) is not None
