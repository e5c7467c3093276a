"""funding: the funds and programmes that pay for the project (RECORD.md, "Funding").

One entry per id per document, its span the first mention (funding_mentions.py finds them) and
its `name` the words as written there.
"""
from __future__ import annotations

import re

from ..document import Document
from ..record import Funding, Record
from .funding_mentions import find_mentions, funder_words


# The programme code after "Interreg" belongs to its name: "Interreg 4C", "INTERREG V-A", "Interreg Europe".
INTERREG_CODE = re.compile(r"(?:[ \t]+(?:[IVX]{1,4}|\d[A-C]?|[A-C]|Europe)\b(?:[ \t]*[–-][ \t]*[A-C]\b)?)+")


def extract(doc: Document, record: Record) -> None:
    seen: set[str] = set()
    for mention in find_mentions(doc):
        if mention.id in seen:
            continue
        seen.add(mention.id)
        start, end = funder_words(doc, mention)
        if mention.id == "INTERREG" and doc.text[mention.start:end].lower().startswith("interreg"):
            code = INTERREG_CODE.match(doc.text, end)
            end = code.end() if code else end
        span = doc.span(start, end)
        record.funding.append(Funding(id=mention.id, name=" ".join(span.text.split()), span=span))
