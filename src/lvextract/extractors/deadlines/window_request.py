"""A contest's window told in one sentence and the request to send in the next one (or the one
just before it), with no day of its own: "Konkursa norises laiks no 5. līdz 28. septembrim.
Darbus aicinām iesniegt bibliotēkā." The works are sent while the contest runs: the window's end
day is the deadline.

Only when it is safe: the window's sentence names a contest ([cues] contest_window) and says
nothing after the range; the next sentence, in the same paragraph and with no date, asks with
a plain verb of sending in or applying ([cues] contest_window_actions; not a converb), only its
subject or object before it. "Seminārs notiks no 5. līdz 8. maijā.
Pieteikties var …" (no contest) and "… Darbus iesniegt līdz 1. septembrim" (a day of its own)
are left alone."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ..deadline_cues import pattern, vocabulary
from .actions import ActionMention, actions_in

# After the range, up to the end of its sentence: nothing but punctuation.
ENDS_SENTENCE = re.compile(r"[ \t]*[.!]?[ \t]*$")


def _contest() -> re.Pattern:
    return pattern("cues", "contest_window", r"(?<!\w){}")


def next_sentence_request(doc: Document, mention: DateMention, bounds: tuple[int, int],
                          date_starts: list[int]) -> ActionMention | None:
    """The plain verb of the next sentence that the window's end day is the deadline of, else of
    the sentence just before it ("Darbi jāatnes uz bibliotēku. Konkurss norisināsies no 20.
    oktobra līdz 3. novembrim."): bisections and the actions of two sentences."""
    text = doc.text
    if not ENDS_SENTENCE.match(text, mention.span.end, bounds[1]) \
            or not _contest().search(text, bounds[0], mention.span.start):
        return None
    for direction in (+1, -1):
        verb = _request(doc, layout(doc).neighbour_clause(bounds, direction), date_starts)
        if verb is not None:
            return verb
    return None


def _request(doc: Document, clause: tuple[int, int] | None, date_starts: list[int]) -> ActionMention | None:
    """The clause's first verb, if it asks to send in or apply and the clause has no date."""
    if clause is None:
        return None
    i = bisect.bisect_left(date_starts, clause[0])
    if i < len(date_starts) and date_starts[i] < clause[1]:
        return None
    # Its first verb, with only its subject or object before it ("Pieteikums ir jāiesniedz …"),
    # not one after a comma (a subclause's).
    verb = next((a for a in actions_in(doc, clause) if a.is_verb), None)
    if verb is None or verb.converb or "," in doc.text[clause[0]:verb.start] \
            or verb.infinitive not in vocabulary()["cues"]["contest_window_actions"]:
        return None
    return verb
