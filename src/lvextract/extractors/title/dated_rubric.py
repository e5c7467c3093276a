"""A posting date and the section the page was filed under, on the line over the headline:
"08.03.2022. Audzināšanas darbs" / "Skolēnu konkursa rezultāti" (the document date reads the
same line: temporal/opening_rubric.py). The rubric's first word is capitalised, the rest in
lower case, so a name after a date ("12.03.2022 Jānis Ozols") stays out; a headline, not the
body, stands below it."""
from __future__ import annotations

import re

from ...latvian.orthography import LOWER, UPPER

_DATED_RUBRIC = re.compile(r"(?:\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\.?[^\S\n]+"
                           rf"(?-i:[{UPPER}])[^\W\d_]+(?:[^\S\n]+(?-i:[{LOWER}])[^\W\d_]+){{1,2}}")
# A day with its year, a dash and the category: "5. oktobris, 2023 – Projekti", "05.10.2023 – Novada
# ziņas". The year is required: a headline names its event's day without one ("24. marts Ozolos – saiets").
_DATED_DASH_RUBRIC = re.compile(r"(?:\d{1,2}\.[^\S\n]*[^\W\d_]+,?[^\S\n]+(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)\.?"
                                r"[^\S\n]+[–—-][^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,4}")
_HEADLINE_WORDS = (2, 16)


def dated_rubric(lines: list[str], n: int, line: str) -> bool:
    if not (_DATED_RUBRIC.fullmatch(line) or _DATED_DASH_RUBRIC.fullmatch(line)):
        return False
    below = next((l.strip() for l in lines[n + 1:n + 4] if l.strip()), "")
    return _HEADLINE_WORDS[0] <= len(below.split()) <= _HEADLINE_WORDS[1] and not below.endswith((".", ":", ";", ","))
