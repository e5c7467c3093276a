"""A public funder's share said as a percentage right after its word: "finansē ERAF, bet pašvaldība
15 % apmērā", "85 % sedz ESF, pašvaldība – 15 %". The funder pays when a percentage follows it (a
dash may stand between) and a financing word stands before it in its clause (checked by the
caller); not where a participle of spending follows the percentage ("pašvaldības 65 % ieguldījušas
…": a share of money they spent). Called from funding_pays.pays.

Also a share said before the funder with "no" (from): "Finansējums: 50 % no valsts un 50 % no
pašvaldības" (percent_from); the caller asks for a financing word before it in the sentence (a
label's colon between is no clause's end here) and for the funder's phrase to end there, so "50 % no
valsts iedzīvotājiem" (a share of people) pays nothing."""
from __future__ import annotations

import re

PERCENT = re.compile(r"\s*(?:[-–—:]\s*)?\d{1,3}(?:[.,]\d+)?\s*(?:%|procent)", re.I)
# ... not a share of money the funder spent or invested, told by the participle right after the
# percentage: "No izlietotā finansējuma pašvaldības 65 % ieguldījušas ielu uzturēšanai" (how the
# councils used a state grant; they are its spenders, no payers of a project told of).
SPENT_SHARE = re.compile(r"\w*[ \t]+(?:ieguld|izlietoj|iztērēj)\w*(?:ušas|uši|usi|is)\b", re.I)


def percent_after(text: str, tokens, after: int) -> bool:
    """Whether a percentage (a dash maybe before it) starts right after token `after - 1`."""
    if after <= 0 or after > len(tokens):
        return False
    share = PERCENT.match(text, tokens[after - 1].end)
    return share is not None and SPENT_SHARE.match(text, share.end()) is None


# A percentage and "no" right before the funder's first token: "50 % no", "15 procentiem no".
PERCENT_FROM = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*(?:%|procent\w*)\s+no\s*$", re.I)


def percent_from(text: str, tokens, begin: int) -> bool:
    """Whether "N % no" ends right before token `begin` (the funder's first token), the percentage
    within the three tokens before "no"."""
    if begin < 3:
        return False
    start = tokens[max(0, begin - 4)].start
    return PERCENT_FROM.search(text, start, tokens[begin].start) is not None
