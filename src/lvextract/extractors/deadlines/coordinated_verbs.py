"""Verbs joined to the action in its clause: a preparatory verb gives way to the verb it is
coordinated with by "un" ("aizpildīt un iesniegt anketu"), a preparatory converb to the converb
after "un", and of two ways joined by "vai" (or two verbs by a slash) the act is the one named
first ("iesniedz klātienē vai nosūta pa pastu līdz …"), save a way of sending before the general act of
handing in ("iesūtīt vai iesniegt līdz …", "līdz … jānosūta vai jāiesniedz"). Asked by clause_action once per action;
each step one bisection: O(log n)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ..deadline_cues import vocabulary
from .actions import ActionMention, action_index, last_before


# How many action words after a preparatory converb may be read for the converb it is coordinated
# with: the joiner allows three words between, each of which may be an action noun.
CONVERB_LOOKAHEAD = 8


@lru_cache(maxsize=1)
def _joiner() -> re.Pattern:
    return re.compile(vocabulary()["coordination"]["joiner"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _alternative() -> re.Pattern:
    return re.compile(vocabulary()["coordination"]["alternative"], re.IGNORECASE)


# Two verbs paired by a slash: "iesūtīt/nogādāt".
SLASH = re.compile(r"[ \t]*/[ \t]*")


@lru_cache(maxsize=1)
def _alternative_after_term() -> re.Pattern:
    return re.compile(vocabulary()["coordination"]["alternative_after_term"], re.IGNORECASE)


def _handing_in() -> str:
    """The general act of handing in ([actions.handed_in] action: "iesniegt")."""
    return vocabulary()["actions"]["handed_in"]["action"]


def _next_verb(doc: Document, action: ActionMention) -> ActionMention | None:
    """The first verb that starts after `action`'s start, by bisection; None after the last one."""
    index = action_index(doc)
    i = bisect.bisect_right(index.verb_starts, action.start)
    return index.verbs[i] if i < len(index.verbs) else None


def _first_alternative(doc: Document, action: ActionMention, bounds: tuple[int, int], cue_start: int) -> ActionMention:
    """"iesniedz klātienē vai nosūta pa pastu līdz …": the verb before "vai" is the act, the one
    after it a way to do it; so when the other way follows the term ("iesūtīt … līdz 20. martam vai
    iesniegt personīgi"). Before the term the general act after "vai" ([actions.handed_in] action:
    "iesūtīt elektroniski vai iesniegt pārvaldē līdz …") is the act itself. One bisection: O(log n)."""
    earlier = last_before(doc, action.start, bounds[0], verbs_only=True)
    if earlier is None or earlier.infinitive == action.infinitive or earlier.converb or earlier.unlisted:
        return action
    before_term = _alternative().fullmatch(doc.text, earlier.end, action.start) is not None
    if not (before_term
            or (action.start > cue_start and _alternative_after_term().fullmatch(doc.text, earlier.end, action.start))):
        return action
    if before_term and action.infinitive == _handing_in():
        return action  # "iesūtīt elektroniski vai iesniegt pārvaldē līdz …": handing in is the act
    # "iesūtīt/nogādāt … vai iesniegt": of two verbs paired by a slash, the first is named first.
    paired = last_before(doc, earlier.start, bounds[0], verbs_only=True)
    return paired if paired is not None and not paired.converb and SLASH.fullmatch(doc.text, paired.end, earlier.start) \
        else earlier


def _handing_in_offered_after(doc: Document, action: ActionMention, bounds: tuple[int, int],
                              cue_start: int) -> ActionMention:
    """"Līdz 20. jūlijam anketa jānosūta pa e-pastu vai jāiesniedz domē": a way of sending ([cues]
    postmark_actions) with the general act of handing in after "vai", both after the term, is that
    act, as "iesūtīt vai iesniegt līdz …" is before it (docs/record.md). A way offered after the
    term's day ("jānosūta līdz 5. martam vai jāiesniedz") keeps the first act named. One bisection."""
    if action.converb or action.start < cue_start or action.infinitive not in vocabulary()["cues"]["postmark_actions"]:
        return action
    following = _next_verb(doc, action)
    if following is None or following.end > bounds[1] or following.converb or following.infinitive != _handing_in() \
            or _alternative().fullmatch(doc.text, action.end, following.start) is None:
        return action
    return following


def completed_action(doc: Document, action: ActionMention, bounds: tuple[int, int], cue_start: int) -> ActionMention:
    """"aizpildīt un iesniegt anketu": a preparatory verb gives way to the verb it is coordinated
    with by "un", the act the date asks for; "iesniegt vai nosūtīt": an alternative gives way to
    the act named first; a preparatory converb so to the converb after "un" ("aizpildot anketu
    un iesniedzot dokumentus"). The next verb is found by bisection: O(log n)."""
    if action.is_verb and not action.converb:
        action = _handing_in_offered_after(doc, _first_alternative(doc, action, bounds, cue_start), bounds, cue_start)
    if not action.is_verb or action.infinitive not in vocabulary()["coordination"]["preparatory"]:
        return action
    if action.converb:
        index = action_index(doc)
        i = bisect.bisect_right(index.starts, action.start)
        following = next((a for a in index.found[i:i + CONVERB_LOOKAHEAD] if a.converb), None)
    else:
        following = _next_verb(doc, action)
    if following is None or following.end > bounds[1] or following.infinitive == action.infinitive:
        return action
    if _joiner().fullmatch(doc.text, action.end, following.start) is None:
        return action
    return following
