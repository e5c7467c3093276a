"""A feast of the year told as the country keeps it ("Latvijā svin Mārtiņdienu", "Miķeļdienu atzīmē
29. septembrī"): the present of keeping in the feast noun's own sentence tells the calendar, not
this year's occurrence, which the text names otherwise ("Mārtiņdienas sarīkojums … 12. novembrī").
So does a feast the whole country keeps on a day, in any tense ("14.05. visā Latvijā svinēja … svētkiem
– Mātes dienu"): the organiser's own occurrence is told next; that is kept_across.py's concept, read
from its table ([kept_across] sentence_types, scopes, verbs). Types and verbs: events.toml [kept_feasts].
O(events)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...record import Record
from .kept_across import country_keeps, sentence_types
from .lexicon import vocabulary, whole_words


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], re.Pattern]:
    data = vocabulary()["kept_feasts"]
    return frozenset(data["types"]), whole_words(data["present"], spaced=True)


def drop_kept_feasts(doc: Document, record: Record) -> None:
    types, present = _words()
    country_types = sentence_types()
    either = types | country_types

    def kept(event) -> bool:
        if event.type not in either or event.span is None:
            return False
        i = doc.sentence_index(max(event.span.start, event.span.end - 1))  # the noun ends the span
        if i is None:
            return False
        s = doc.sentences[i]
        if event.type in types and present.search(doc.text, s.start, s.end):
            return True
        return event.type in country_types and country_keeps(doc, s.start, s.end)

    record.events[:] = [e for e in record.events if not kept(e)]
