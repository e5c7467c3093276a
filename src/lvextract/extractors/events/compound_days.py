"""A day named by one compound word closed by "diena" ("5. maijā notiks Velodiena", "Sporta
skolā norisinājās Olimpiādiena", "aicinām uz Velodienu"): an occurrence the vocabulary cannot list
one by one. Capitalised, the word is a name by itself; else only beside a verb of taking place
(right before the word or right after it) or, in the accusative, after an invitation or a verb of
holding it, as named_days.py reads the two-word names;
weekdays, times of day and the calendar's kinds of day ("svētdiena", "pēcpusdiena", "darbdiena")
are events.toml's [compound_days] not_days. Found once per document, as spans for the noun matcher. O(n)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import stem
from ...word_regex import alternation, finditer_in_word_runs
from .lexicon import event_stems, happens_alternation, vocabulary
from .named_days import DAY_WORD

# What every branch of _pattern needs (named_days.DAY_WORD): only the runs of words holding it are scanned.
# At least three letters before the head: "Velodiena", not "diena" itself.
_WORD = r"([^\W\d_]{3,}?)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    happens = happens_alternation()
    holding = alternation([w for w in vocabulary()["happens"]["words"] if w.endswith(" uz")]
                          + vocabulary()["named_days"]["held_by"])
    return re.compile(rf"(?<!\w)(?:{happens})\s+{_WORD}(diena)(?![\w-])"
                      rf"|(?<![\w-]){_WORD}(diena)(?![\w-])(?=\s+(?:{happens})(?!\w))"
                      rf"|(?<!\w)(?:{holding})\s+{_WORD}(dienu)(?![\w-])"
                      # capitalised, a name by itself needs no verb: "Akcijas laikā, 5. maijā, Velodiena"
                      rf"|(?<![\w-])((?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])[^\W\d_]{{2,}}?)((?-i:diena))(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_days() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["compound_days"]["not_days"])


def compound_days(text: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of every such day."""
    found = []
    for m in finditer_in_word_runs(_pattern(), text, DAY_WORD):  # (a match is letters and spaces only)
        g = next(i for i in (1, 3, 5, 7) if m.group(i) is not None)
        kind = m.group(g).lower() + "diena"
        if kind in _not_days() or stem(kind) in event_stems():
            continue  # "notiks svētdiena …"; a listed feast ("Mārtiņdiena") the vocabulary types already
        found.append((kind, m.start(g), m.end(g + 1)))
    return found
