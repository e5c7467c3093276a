"""Web and e-mail addresses hold letters and digits that read as money ("…/forms/d/e/1FAIpQLSeM1Ls59e0…"
has "Ls59", a lats amount): no amount inside one is a budget. The addresses are those of the pattern
tokenization keeps whole (email_url_mask.LINEAR_MASK_RE), read ignoring case, so more than it keeps
whole ("Ozoli@Novads.lv" too), found once per document in linear time."""
from __future__ import annotations

import re

from ...document import Document
from ...email_url_mask import LINEAR_MASK_RE
from ...spans import Intervals


# Capitals too ("Ozoli@Novads.lv"): the mask's e-mail part is written in lower case.
_ADDRESS = re.compile(LINEAR_MASK_RE.pattern, re.IGNORECASE)


def address_spans(doc: Document) -> Intervals:
    return doc.derived("budgets.addresses", lambda d: Intervals(m.span() for m in _ADDRESS.finditer(d.text)))
