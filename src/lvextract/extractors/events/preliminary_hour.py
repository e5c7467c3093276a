"""preliminary_hour: the hour of a preliminary told right before it ("Dalībnieku reģistrācija no
plkst. 10:45, turnīra sākums plkst. 11:30"), its day maybe between ("Reģistrācija sacensību vietā
14. septembrī no plkst. 11", its year too: "… 2028. gada 12. maijā no plkst. 8.30"): not the occurrence's start
when its clause gives a later hour that a start word leads, or a verb of taking place right before
the clock's word ("…, bet sacensības notiks no plkst. 12 līdz 18"; parts.time_in then takes that
one, a start word's before a verb's).

Either leads the occurrence's start only when the words of its clause before it name the occurrence
itself: no other event noun ("Balle sāksies plkst. 21", "Apbalvošanas sākums plkst. 15" are other
items' hours); before a verb, no words at all past the clause's opener ("…, bet notiks no plkst. 10")
or the occurrence's own noun in the nominative, its subject ("…, bet sacensības notiks …"), not
another subject ("noslēgums notiks plkst. 16", "dalībnieku instruktāža notiks plkst. 9.30"). The
occurrence's own: its kind, the generic word that retells it, a contest's game or round
("Pirmās spēles sākums plkst. 10").

The words are events.toml [preliminary_hour]. Anchored matches on a short window before the hour,
the nouns by bisection: O(log n) per hour asked."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...word_regex import alternation
from .hour_abbreviation import CLOCK_WORD
from .lexicon import generic_types, literals, vocabulary
from .nouns import event_nouns, noun_starts

WINDOW = 60
# What opens the clause of the word leading an hour: a clause's mark, a sentence's stop.
CLAUSE_BREAK = re.compile(r"[,;:!?\n(–—]|\.\s")
# How a leading hour is led (start_led): by a start word, by a verb of taking place.
START_WORD, HAPPENS = 2, 1


@lru_cache(maxsize=None)
def _led_by(key: str) -> re.Pattern:
    """A word of [preliminary_hour] `key` (word starts) closing the window before an hour, past at most
    `reach` words ("reģistrācija no plkst. ", "sākums plkst. ")."""
    data = vocabulary()["preliminary_hour"]
    word = r"[^\W\d_]+\.?[\s:–-]+"
    # the day between, its number and month ("14.septembrī", "14. septembrī"), maybe after its year
    # ("2028. gada 12. maijā"), and the clock's words
    day = r"(?:\d{4}\.\s*g(?:ada|\.)\s+)?\d{1,2}\.[ \t]?[^\W\d_]+[\s,]+(?:no\s+)?(?:plkst\.?|pulksten)?\s*"
    return re.compile(rf"(?<![^\W\d_])(?:{literals(data[key])})[^\W\d_]*[\s:–-]*"
                      rf"(?:{word}){{0,{int(data['reach'])}}}(?:{day})?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _happens_before() -> re.Pattern:
    """A verb of taking place right before the hour's clock word, maybe with the span's "no"
    ("notiks no plkst. ", "norisināsies plkst. "): the occurrence's own hour."""
    verbs = alternation(vocabulary()["preliminary_hour"]["happens"])
    return re.compile(rf"(?<![^\W\d_])(?:{verbs})\s+(?:no\s+)?(?:{CLOCK_WORD}\s*)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _openers() -> re.Pattern:
    """The clause's openers before its subject ("bet", "pēc tam"), any number of them, from its start."""
    words = alternation(vocabulary()["preliminary_hour"]["openers"])
    return re.compile(rf"(?:\s*(?<!\w)(?:{words})(?!\w))*\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _own_kinds() -> frozenset[str]:
    """Kinds that tell any occurrence itself: the generic word, a contest's game or round."""
    return generic_types() | frozenset(vocabulary()["contest_kind"]["parts"])


def preliminary(text: str, hour_start: int) -> bool:
    """True when the hour starting at `hour_start` is a preliminary's (registration, arrival)."""
    return _led_by("words").search(text, max(0, hour_start - WINDOW), hour_start) is not None


def start_led(doc: Document, hour_start: int, kind: str | None = None) -> int:
    """START_WORD when a start word leads the hour at `hour_start` ("sākums plkst. 11:30"), HAPPENS
    when a verb of taking place stands right before its clock word ("sacensības notiks no plkst. 12"),
    each only when its clause names no other item before it (the occurrence's own `kind`); else 0."""
    text = doc.text
    lo = max(0, hour_start - WINDOW)
    m = _led_by("starts").search(text, lo, hour_start)
    if m is not None and _own_clause(doc, lo, m.start(), kind, verb=False):
        return START_WORD
    m = _happens_before().search(text, lo, hour_start)
    if m is not None and _own_clause(doc, lo, m.start(), kind, verb=True):
        return HAPPENS
    return 0


def _own_clause(doc: Document, lo: int, lead: int, kind: str | None, verb: bool) -> bool:
    """Whether the words of the clause before the leading word at `lead` (from its opening, not
    before `lo`) tell the occurrence's own hour: no event noun of another kind; before a verb, no
    words past the openers, or the own noun in the nominative. O(window + log n)."""
    text = doc.text
    opened = lo
    for b in CLAUSE_BREAK.finditer(text, lo, lead):
        opened = b.end()
    nouns = event_nouns(doc)
    starts = noun_starts(doc)
    inside = nouns[bisect.bisect_left(starts, opened):bisect.bisect_left(starts, lead)]
    own = _own_kinds() | ({kind} if kind else set())
    if any(n.kind not in own for n in inside):
        return False  # "Balle sāksies plkst. 21", "Apbalvošanas sākums plkst. 15": another item's hour
    if not verb or not text[_openers().match(text, opened, lead).end():lead].strip():
        return True  # "turnīra sākums", "Sākums"; "…, bet notiks no plkst. 10"
    return any(_nominative(text, n) for n in inside)  # "…, bet sacensības notiks", not "noslēgums notiks"


def _nominative(text: str, noun) -> bool:
    """The noun's last word is its kind's last word ("sacensības", "turnīrs"; not "turnīra")."""
    return text[noun.start:noun.end].lower().split()[-1:] == noun.kind.split()[-1:]
