"""An invitation told after its object ("16. un 17. augustā uz svētkiem aicina pagasti", "uz Pilsētas
svinībām ielūdz dome"): the reversed order of [happens]' "aicina uz", which says a feast takes place.
Also the verb told before the ones it invites ("aicina iedzīvotājus uz Pagasta svētkiem").
Only feasts and fairs ([invited_after] objects): "uz konkursu aicina pieteikties" is a call one enters.
Positions of the verbs, for ranking's "takes place" check. O(text) once per document."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    words = vocabulary()["invited_after"]
    # "uz", at most two words (a genitive, an adjective), the object, at most one word, the verb.
    return re.compile(rf"(?<!\w)uz\s+(?:[^\W\d_]+\s+){{0,2}}(?:{literals(words['objects'])})\w*\s+"
                      rf"(?:[^\W\d_]+\s+)?((?:{literals(words['verbs'])})\w*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _with_object() -> re.Pattern:
    words = vocabulary()["invited_after"]
    # The verb, the ones invited (one to three words: "iedzīvotājus", "visus novadniekus"), "uz", at
    # most two words, the feast: "aicina iedzīvotājus uz Pagasta svētkiem".
    return re.compile(rf"(?<!\w)((?:{literals(words['verbs'])})\w*)\s+(?:[^\W\d_]+\s+){{1,3}}uz\s+"
                      rf"(?:[^\W\d_]+\s+){{0,2}}(?:{literals(words['objects'])})\w*(?!\w)"
                      # not a genitive before its own head ("uz svētku pasākumu": the occurrence is the head's)
                      r"(?!\s+(?!un\s)[a-zāčēģīķļņšūž])", re.IGNORECASE)


def invited_after(doc: Document) -> list[int]:
    """Where a verb of inviting stands after its feast's "uz …", or before the ones it invites to the
    feast, in text order."""
    found = [m.start(1) for m in _pattern().finditer(doc.text)]
    found += [m.start(1) for m in _with_object().finditer(doc.text)]
    return sorted(found)
