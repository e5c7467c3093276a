"""The authority's own work told with a debitive: "Pašvaldībai līdz 2026. gada 1. martam jāaktualizē
attīstības programma", "Dome nolēma, ka līdz decembrim jāaktualizē attīstības stratēģija". The one
who must act is an office, named in the dative right before the debitive (its subject), or the
debitive's object is a plan or regulation only an authority drafts, updates or adopts ([duties]
own_work_objects), or its act is evaluating or paying out ([duties] organiser_debitives); the text's reader is asked nothing by that day. docs/record.md ("A decision taken
by a day is the decider's work and asks the reader nothing") and [duties] before_cue ("Pašvaldība …
paziņo … līdz") say the same of other forms; this adds the debitive.

An office may still be the one who applies or hands in ("Pašvaldībām jāiesniedz pieteikumi
ministrijā līdz …" in a ministry's call): those acts ([duties] applicant_acts) are kept. Each question
is a bounded read around the debitive word: O(1) per date."""
from __future__ import annotations

import re

from ...document import Document
from ..deadline_cues import pattern, vocabulary
from . import debitive
from .actions import ActionMention

# How far before the debitive its dative subject may start: the office, a date between ("Pašvaldībai
# līdz 2026. gada 1. martam jāaktualizē"), a few words of where or how.
SUBJECT_REACH = 80
# How far after (or before) the debitive its object may stand: a few words of its genitives.
OBJECT_REACH = 60


def _office_dative() -> re.Pattern:
    # the office, then at most six words or the parts of a date, ending right before the debitive
    return pattern("duties", "dative_offices", r"(?<!\w){}(?:[ \t]+[\w.]+){0,6}?[ \t]+$")


def _object_after() -> re.Pattern:
    return pattern("duties", "own_work_objects", r"(?:[ \t]+[^\W\d]+){0,3}?[ \t]+{}(?!\w)")


def _object_before() -> re.Pattern:
    return pattern("duties", "own_work_objects", r"(?<!\w){}(?:[ \t]+[^\W\d]+){0,2}?[ \t]+$")


def _to_government() -> re.Pattern:
    return pattern("duties", "government_bodies", r"(?:[ \t]+[^\W\d]+){0,3}?[ \t]+{}(?!\w)")


def authority_work(doc: Document, action: ActionMention, bounds: tuple[int, int]) -> bool:
    """Whether the action is a debitive of an act an office owes ([duties] applicant_acts aside), or
    handing in to the government ([duties] government_bodies: "plānots iesniegt izskatīšanai Ministru
    kabinetā"), a ministry's own work whatever form asks it."""
    text = doc.text
    if action.infinitive == vocabulary()["actions"]["handed_in"]["action"] and action.is_verb \
            and _to_government().match(text, action.end, min(bounds[1], action.end + OBJECT_REACH)):
        return True
    duties = vocabulary()["duties"]
    if not text[action.start:action.end].lower().startswith(debitive.PREFIX) or action.infinitive in duties["applicant_acts"]:
        return False
    if action.infinitive in duties["organiser_debitives"]:
        return True  # "Pieteikumi jāizvērtē līdz …": evaluating what came in is the organiser's
    if _office_dative().search(text, max(bounds[0], action.start - SUBJECT_REACH), action.start):
        return True
    if _object_after().match(text, action.end, min(bounds[1], action.end + OBJECT_REACH)):
        return True
    return _object_before().search(text, max(bounds[0], action.start - OBJECT_REACH), action.start) is not None
