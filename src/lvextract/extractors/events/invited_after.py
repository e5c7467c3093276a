"""An invitation told after its object ("16. un 17. augustā uz svētkiem aicina pagasti", "uz Pilsētas
svinībām ielūdz dome"): the reversed order of [happens]' "aicina uz", which says a feast takes place.
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


def invited_after(doc: Document) -> list[int]:
    """Where a verb of inviting stands after its feast's "uz …", in text order."""
    return [m.start(1) for m in _pattern().finditer(doc.text)]
