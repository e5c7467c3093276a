"""A noun closing a list as "and other such" ("Meteņdienai veltīts pasākums ar vizināšanos no kalna un
citām lustēm"): the kind of things done at the occurrence, not the occurrence itself, so it neither
types the day nor makes an event of its own. Data: events.toml [other_kinds]. O(1) per noun: a fixed
window before it."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import spaced_literals, vocabulary


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{spaced_literals(vocabulary()['other_kinds']['before'])})\s+$", re.IGNORECASE)


def other_kind(doc: Document, noun) -> bool:
    return _before().search(doc.text, max(0, noun.start - 30), noun.start) is not None
