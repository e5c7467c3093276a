"""An occasion's window whose end day is the deadline for what the same sentence asks next:
"Konkurss notiks no 1. jūlija līdz 23. septembrim, fotogrāfijas jāiesūta e-pastā". The range
dates the occasion (its verb "notiks" names no action of the reader's), yet the obligation told
right after it, across a comma and with no date of its own, runs until the window closes; so
does a debitive right after the range ("no 1. līdz 22. decembrim būs jānogādā").

Only a plain verb (a debitive, an infinitive, an imperative; not a converb nor a noun) counts,
and only when no other date stands between the range and the clause end: "Nometne notiks no 1.
līdz 5. jūlijam, pieteikties var līdz 20. jūnijam" leaves the window to the occasion.
"""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ..deadline_cues import vocabulary
from .actions import ACTION_REACH, ActionMention, actions_in
from .window_request import next_sentence_request

RANGE_LIDZ = re.compile(r"\blīdz\b", re.IGNORECASE)
# Between the range and the action: a comma (or a dash) opening the next part of the sentence,
# then the action's own words (its object, its agent) with no stop.
COMMA_OPENED = re.compile(r"\s*[,–—-](?:[^.;!?\n]|\.(?=\S))*$")
# Or a debitive right after the range, "būs" or "ir" at most between: the range is the window of
# the obligation itself ("Eglītes no 1. līdz 22. decembrim būs jānogādā Tautas namā"), though a
# kind word later in the sentence typed it as an occasion. Only a hand-in or a sign-up
# ([event_window] direct_debitive): "Festivāla dienās … būs jāmaksā ieejas maksa" is no deadline.
DIRECT_DEBITIVE = re.compile(r"\s+(?:(?:būs|ir)\s+)?$", re.IGNORECASE)


SPACE = re.compile(r"\s")


def _plain(doc: Document, action: ActionMention, found: list[ActionMention]) -> bool:
    """A plain verb: one word ("jāiesūta", "iesniegt", "piesakiet"), a state to bring about ("jābūt
    iesniegtiem"), or a word group holding such a word ("dalību … pieteikt"). Not a group that only
    states what is being done: "…, komandu pieteikumi jau tiek pieņemti" tells that the applying is
    open, not that it closes with the occasion."""
    text = doc.text[action.start:action.end]
    if not SPACE.search(text) or text.lower().startswith("jā"):
        return True
    return any(inner is not action and inner.is_verb and not inner.converb and action.start <= inner.start
               and inner.end <= action.end and not SPACE.search(doc.text[inner.start:inner.end]) for inner in found)


def event_window_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """The verb that the window's end day is the deadline of, if any: O(log n + k)."""
    if not mention.end or not RANGE_LIDZ.search(mention.span.text):
        return None
    bounds = layout(doc).clause_bounds(mention.span.start)
    if bounds is None:
        return None
    i = bisect.bisect_left(date_starts, mention.span.end)  # a day read inside the range is its own
    if i < len(date_starts) and date_starts[i] < bounds[1]:
        return None
    reach = (mention.span.end, min(bounds[1], mention.span.end + ACTION_REACH))
    found = actions_in(doc, reach)
    verb = next((a for a in found if a.is_verb and not a.converb and _plain(doc, a, found)), None)
    # Nouns before the verb are its object or subject ("pieteikumu un fotogrāfijas … jāiesūta").
    if verb is not None and (COMMA_OPENED.match(doc.text, mention.span.end, verb.start) or (
            doc.text[verb.start:verb.start + 2].lower() == "jā"
            and verb.infinitive in vocabulary()["event_window"]["direct_debitive"]
            and DIRECT_DEBITIVE.match(doc.text, mention.span.end, verb.start))):
        return verb
    return next_sentence_request(doc, mention, bounds, date_starts) if verb is None else None
