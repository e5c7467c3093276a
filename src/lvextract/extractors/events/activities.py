"""Activities told by a verbal noun in "-šana" as what takes place ("13. oktobrī notiks ģimenes kreklu
izgatavošana", "Egles iedegšana notiks 5. decembrī"): RECORD.md types an event by any noun that names
an occurrence, and such a noun, the subject of a verb of taking place, names one. Imports only lexicon."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import stem
from ...word_regex import gated_finditer
from ...spans import Intervals
from .hour_abbreviation import CLOCK_WORD, LINE_LEAD
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _activity_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The verbal noun after the verb ("notiks ģimenes kreklu izgatavošana", past up to three words)
    or before it ("Egles iedegšana notiks …"), or in the locative before a verb of gathering for it or
    taking part in it ("egles iedegšanā pulcējās simts iedzīvotāju": the lighting took place; its
    stem, "iedegšan", is the group, "-a" restores the nominative)."""
    data = vocabulary()["activity_nouns"]
    verbs = literals(data["verbs"])
    word = r"([^\W\d_]{3,}šana)(?!\w)"
    return (re.compile(rf"(?<!\w)(?:{verbs})\s+(?:[^\W\d_]+\s+){{0,3}}?{word}", re.IGNORECASE),
            re.compile(rf"(?<![\w-]){word}\s+(?:arī\s+)?(?:{verbs})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<![\w-])([^\W\d_]{{3,}}šan)ā\s+(?:arī\s+)?(?:{literals(data['gathered'])})(?!\w)",
                       re.IGNORECASE),
            _hour_line_activity())


# A programme line led by its hour and closed by a verbal noun of a ceremony ("16.00 – egles
# iedegšana", "plkst. 17 – rūķu gājiens un ugunskura iedegšana."): the line's shape says it takes
# place, as a verb would. Only the ceremonies of [activity_nouns].programme_line: "10:00 siena skulptūru
# veidošana" is an activity offered, no occurrence. One match a line, the noun closing its item.
def _hour_line_activity() -> re.Pattern:
    words = literals(vocabulary()["activity_nouns"]["programme_line"])
    return re.compile(
        rf"^{LINE_LEAD}(?:{CLOCK_WORD}[ \t]*)?\d{{1,2}}[.:]\d{{2}}(?:[ \t]*[–-][ \t]*\d{{1,2}}[.:]\d{{2}})?"
        rf"[ \t]*[–:-]?[ \t]*(?:[^\W\d_]+[ \t]+){{0,4}}?({words})(?=[ \t]*(?:[.,;\n]|$))",
        re.IGNORECASE | re.MULTILINE)


def activity_nouns(text: str, taken_spans: list[tuple[int, int]], excluded: frozenset[str],
                   vocabulary_stems: frozenset[str]) -> list[tuple[str, int, int, bool]]:
    """(type, start, end, found on an hour-led line) of each such noun not inside `taken_spans`, not
    `excluded` (an intake, a handing out of goods, [activity_nouns].not_events) and not a vocabulary
    noun, which is judged where it is found ("izstādes atklāšana" is the exhibition's). Four regex
    passes over the text."""
    taken = Intervals()
    for start, end in taken_spans:
        taken.add(start, end)
    found = []
    patterns = _activity_patterns()
    for after_verb, suffix, pattern in zip((True, False, False, False), ("", "", "a", ""), patterns):
        for m in gated_finditer(pattern, text):
            word = m.group(1) + suffix
            if word.lower() in excluded or taken.overlaps(m.start(1), m.end(1)) \
                    or stem(word.lower()) in vocabulary_stems:
                continue
            if after_verb and word[0].isupper():
                continue  # "notiks Lielā Peldēšana": a capital inside the sentence starts a name
            end = m.end(1) + len(suffix)  # the locative's "ā" is the word's too
            taken.add(m.start(1), end)
            found.append((word.lower(), m.start(1), end, pattern is patterns[3]))
    return found
