"""The noun a calendar list's head lends the day lines under it when the head names no occurrence
itself. Rules documents of a series set their days out as a list:

- under a head that names only the stages' days ("Posmu datumi:" over "• 2026. gada 4. jūlijā"):
  each day is a stage of the series a series word earlier in the text names ("skriešanas seriāls");
  without one ("Projekta posmu datumi:") the stages are a plan's, no occurrences;
- under a head that only says something takes place, by a name with no event noun ("“Ozolu aplis”
  norisināsies:" over "• 15.03.2026 Ozolos"): the occurrence is the one the section's date label
  above names by its genitive ("Sacensību norises laiks un vieta").

The first series word is found once per document; O(a few lines) for the label."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .cards import label_noun_above
from .lexicon import happens_pattern, literals, vocabulary
from .nouns import NounMention


@lru_cache(maxsize=1)
def _stage_head() -> re.Pattern:
    """A head naming the stages' days: the stage word's genitive plural, then "datumi" / "kalendārs"."""
    heads = vocabulary()["rounds"]["heads"]
    stems = "|".join(re.escape(h) for h in heads)
    return re.compile(rf"[ \t*_#>•-]*({stems})u[ \t]+(?:norises[ \t]+)?(?:datumi|kalendārs|grafiks)[ \t]*:[ \t]*",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _series() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['rounds']['series'])})\w*", re.IGNORECASE)


def calendar_head_noun(doc: Document, head: tuple[int, int]) -> NounMention | None:
    """The occurrence the list under `head` tells day by day, when the head names none, else None."""
    text = doc.text
    m = _stage_head().fullmatch(text, *head)
    if m is not None:
        first = doc.derived("first_series_word", lambda d: _series().search(d.text))  # (once per document)
        if first is None or first.start() >= head[0]:
            return None
        return NounMention(vocabulary()["rounds"]["heads"][m.group(1).lower()], m.start(1), m.end(1) + 1)
    if not happens_pattern().search(text, *head):
        return None
    noun, _ = label_noun_above(doc, head[0])
    return noun
