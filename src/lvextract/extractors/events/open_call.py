"""The adjective "atklātu" (open) of an open call, spelt as the purpose form of opening ("lai atklātu
jauno laukumu"): before a noun in the genitive plural and the call's own word ("iesniedza pieteikumu
atklātu projektu konkursā", "atklātu ideju konkursā"), as verbs.py already tells it before the call
in the accusative ("izsludina atklātu konkursu"). The call's words are events.toml [open_call] word
starts. O(1) per verb form: two words after it."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary

# The next two words after the form.
TWO_WORDS = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")


@lru_cache(maxsize=1)
def _call() -> tuple[re.Pattern, frozenset[str]]:
    data = vocabulary()["open_call"]
    return re.compile(rf"(?:{literals(data['calls'])})", re.IGNORECASE), frozenset(data["forms"])


def open_call(text: str, start: int, end: int) -> bool:
    """Whether the form in text[start:end] is the open call's adjective before a genitive plural and the call."""
    call, forms = _call()
    if text[start:end].lower() not in forms:
        return False
    m = TWO_WORDS.match(text, end, min(len(text), end + 60))
    return m is not None and m.group(1).endswith("u") and call.match(m.group(2)) is not None
