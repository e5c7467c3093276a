"""A text that opens by naming a day: "2020. gada 4. maijs – Latvijas Republikas Neatkarības
atjaunošanas diena, kad …". The date and what follows the dash are one sentence (the day and
its name), not a dateline set before the text ("15.03.2019 – 1. aprīlī bibliotēkā notiks …").
The nouns are data (temporal.toml's [document_date] day_name_nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.orthography import DASH
from . import vocabulary as vocab

# The clause after the dash up to its first comma or stop, read in a bounded window.
_WINDOW = 160


@lru_cache(maxsize=1)
def _named() -> re.Pattern:
    return vocab.document_date_pattern(rf"[^\S\n]*{DASH}[^\S\n]*[^,.;:!?\n]{{0,140}}?(?<!\w)(?:{{day_name_nouns}})(?!\w)"
                                       r"[^\S\n]*(?:[,.;:!?]|$)", re.IGNORECASE)


def day_named_after_dash(text: str, date_end: int, line_end: int) -> bool:
    return bool(_named().match(text, date_end, min(line_end, date_end + _WINDOW)))
