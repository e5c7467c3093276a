"""A hand-over verb asked for a document or an entry ("Aizpildītās anketas līdz 26. novembrim var
nodot", "iesniegumus iemest pastkastītē", "atnes vai atsūti zīmējumu"): handing it in, the action
[actions.handed_in] names (iesniegt); the same verb for goods or donations ("aploksni varēs nodot",
"atnest sveču pārpalikumus") keeps the text's verb. The object is one of [actions.handed_in]
objects within its reach of the verb, in the deadline's clause, with no sentence's end between.
O(reach) per deadline: one bounded search on each side of the verb."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ...document import Document
from ..deadline_cues import vocabulary
from .actions import ActionMention

# A sentence's or a line's end between the verb and its object; not the dot of a date's day
# ("līdz 26. novembrim var nodot").
_END = re.compile(r"[!?;\n]|(?<!\d)\.")


@lru_cache(maxsize=2)
def _objects(key: str = "objects") -> re.Pattern:
    words = vocabulary()["actions"]["handed_in"][key]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def handed_in(doc: Document, action: ActionMention, bounds: tuple[int, int]) -> ActionMention:
    """The action, read as handing in when it is a hand-over verb whose object is a document or an
    entry; else the action as it is."""
    data = vocabulary()["actions"]["handed_in"]
    if action.infinitive in data["verbs"]:
        objects = _objects()
    elif action.infinitive in data["narrow_verbs"]:
        objects = _objects("narrow_objects")  # "sniegt … iesniegumus": only a submission by its name
    else:
        return action
    reach = int(data["reach"])
    before = doc.text[max(bounds[0], action.start - reach):action.start]
    after = doc.text[action.end:min(bounds[1], action.end + reach)]
    # the nearest part of each side up to a sentence's end
    ends = list(_END.finditer(before))
    before = before[ends[-1].end():] if ends else before
    end = _END.search(after)
    after = after[:end.start()] if end else after
    if objects.search(before) is None and objects.search(after) is None:
        return action
    return dataclasses.replace(action, infinitive=data["action"])
