"""A public funder's share said as a percentage right after its word: "finansē ERAF, bet pašvaldība
15 % apmērā", "85 % sedz ESF, pašvaldība – 15 %". The funder pays when a percentage follows it (a
dash may stand between) and a financing word stands before it in its clause (checked by the
caller). Called from funding_pays.pays."""
from __future__ import annotations

import re

PERCENT = re.compile(r"\s*(?:[-–—:]\s*)?\d{1,3}(?:[.,]\d+)?\s*(?:%|procent)", re.I)


def percent_after(text: str, tokens, after: int) -> bool:
    """Whether a percentage (a dash maybe before it) starts right after token `after - 1`."""
    if after <= 0 or after > len(tokens):
        return False
    return PERCENT.match(text, tokens[after - 1].end) is not None
