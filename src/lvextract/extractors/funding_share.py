"""A public funder's share said as a percentage right after its word: "finansē ERAF, bet pašvaldība
15 % apmērā", "85 % sedz ESF, pašvaldība – 15 %". The funder pays when a percentage follows it (a
dash may stand between) and a financing word stands before it in its clause (checked by the
caller). Called from funding_pays.pays.

Also a share said before the funder with "no" (from): "Finansējums: 50 % no valsts un 50 % no
pašvaldības" (percent_from); the caller asks for a financing word before it in the sentence (a
label's colon between is no clause's end here) and for the funder's phrase to end there, so "50 % no
valsts iedzīvotājiem" (a share of people) pays nothing."""
from __future__ import annotations

import re

PERCENT = re.compile(r"\s*(?:[-–—:]\s*)?\d{1,3}(?:[.,]\d+)?\s*(?:%|procent)", re.I)


def percent_after(text: str, tokens, after: int) -> bool:
    """Whether a percentage (a dash maybe before it) starts right after token `after - 1`."""
    if after <= 0 or after > len(tokens):
        return False
    return PERCENT.match(text, tokens[after - 1].end) is not None


# A percentage and "no" right before the funder's first token: "50 % no", "15 procentiem no".
PERCENT_FROM = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*(?:%|procent\w*)\s+no\s*$", re.I)


def percent_from(text: str, tokens, begin: int) -> bool:
    """Whether "N % no" ends right before token `begin` (the funder's first token), the percentage
    within the three tokens before "no"."""
    if begin < 3:
        return False
    start = tokens[max(0, begin - 4)].start
    return PERCENT_FROM.search(text, start, tokens[begin].start) is not None
