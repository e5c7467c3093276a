"""An invitation told after its object ("16. un 17. augustā uz svētkiem aicina pagasti", "uz Pilsētas
svinībām ielūdz dome"): the reversed order of [happens]' "aicina uz", which says a feast takes place.
Also the verb told before the ones it invites ("aicina iedzīvotājus uz Pagasta svētkiem").
Only feasts and fairs ([invited_after] objects): "uz konkursu aicina pieteikties" is a call one enters.
Positions of the verbs, for the "takes place" check (taking_place.py). O(text) once per document."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...word_regex import gated_finditer
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    words = vocabulary()["invited_after"]
    verb = rf"((?:{literals(words['verbs'])})\w*)"
    # "uz", at most two words (a genitive, an adjective), the feast: one fragment for both orders,
    # so that they read the same feasts.
    feast = rf"uz\s+(?:[^\W\d_]+\s+){{0,2}}(?:{literals(words['objects'])})\w*"
    # The feast first: at most one word between it and the verb.
    after = re.compile(rf"(?<!\w){feast}\s+(?:[^\W\d_]+\s+)?{verb}", re.IGNORECASE)
    # The verb first, then the ones invited (one to three words: "iedzīvotājus", "visus novadniekus"):
    # "aicina iedzīvotājus uz Pagasta svētkiem".
    before = re.compile(rf"(?<!\w){verb}\s+(?:[^\W\d_]+\s+){{1,3}}{feast}(?!\w)"
                        # not a genitive before its own head ("uz svētku pasākumu": the occurrence is the head's)
                        r"(?!\s+(?!un\s)[a-zāčēģīķļņšūž])", re.IGNORECASE)
    return after, before


def invited_after(doc: Document) -> list[int]:
    """Where a verb of inviting stands after its feast's "uz …", or before the ones it invites to the
    feast, in text order."""
    return sorted(m.start(1) for pattern in _patterns() for m in gated_finditer(pattern, doc.text))
