"""An organisation's byline and date as a news module prints them, a blank before the comma:
"Biedrība Ozols , 05-04-2022", "LOSP , 01-03-2023". The document date's line (temporal/
org_byline.py), never the headline."""
from __future__ import annotations

import re

from ...latvian.orthography import UPPER

_ORG_DATELINE = re.compile(rf"[{UPPER}\"„“«][^\s,]*(?:[^\S\n]+[^\s,]+){{0,4}}[^\S\n]+,[^\S\n]*"
                           r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\.?(?:[^\S\n]+\d{1,2}[:.]\d\d)?")


def org_dateline(line: str) -> bool:
    return _ORG_DATELINE.fullmatch(line.strip()) is not None
