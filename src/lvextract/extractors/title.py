"""The title: the first non-empty line that reads as a headline.

Web pages open with furniture before the headline: a crawler's "date 2020-05" field, a
portal's calendar widget ("Otrdiena, 16. decembris" over the day's names), menus and
breadcrumbs ("Sākums | Jaunumi", "Aktualitātes › Sociālā joma"), datelines, logos.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..record import Record
from ..temporal import vocabulary as vocab

# A crawler's metadata field glued before the first line's text.
_METADATA_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d\d(?:-\d\d)?\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_a_headline() -> re.Pattern:
    months = vocab.alternation([*vocab.month_forms(), *vocab.month_abbreviations()])
    time = r"(?:,?\s*(?:plkst\.?\s*)?\d{1,2}[:.]\d\d)?"
    lead = r"(?:[^\W\d_]+,?\s+)?"  # a place or a weekday: "Rīgā, ", "Svētdiena, "
    return re.compile(
        rf"""^(?:
            {lead}(?:19|20)\d\d\.?\s*(?:gada|g\.)\s*(?:\d{{1,2}}\.?\s*)?(?:{months})?\.?(?:\s*[^\W\d_]+\.?)?{time}  # 2014. gada 2. aprīlī Rīgā
          | (?:19|20)\d\d\.?                                                                 # 2019
          | {lead}\d{{1,2}}\.?\s*(?:{months})\.?(?:,?\s*(?:19|20)\d\d\.?(?:\s*gad\w*)?)?{time}        # Svētdiena, 5. oktobris; 5. marts, 2024, 14:32
          | {lead}\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2}}|\d{{4}})?\.?{time}                            # 03.01.2018, 12.03.2021 10:15
          | \d{{4}}-\d\d(?:-\d\d)?{time}                                                     # 2021-03-12
          | (?:publicēts|publicēta|ievietots|datums|atjaunots|aktualizēts|date|drukāts|izdrukāts|
               vārda\s+dienas|šodien\s+ir|skatījumi|komentāri)\b.*                             # fields and widgets
          | (?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+(?:\s*,\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+)+)              # the day's names: Ilze, Ildze
          | .*(?:\s[|›»>]\s.*){{2,}}                                                           # menus: Sākums | Jaunumi | Kontakti
          | (?=.{{0,30}}$).*\s\|\s.*                                                            # a short menu: Meklēt | Saites
          | [^|›»>]*\s[›»>]\s.*                                                               # breadcrumbs: Jaunumi › Sociālā joma
          | (?:logo|image|attēls|foto|weather)\b.* | .*\b(?:logo|logotips|ikona|icon)                  # images
          | [+-]*\d.*°.*                                                                     # +5° C, vējš
          | (?=.{{0,40}}$).*\b[\w-]+\.(?:lv|com|eu|org|net)\b.*                               # a site's name: Portals.lv ARHĪVS
          | \S{{1,20}}                                                                       # a lone short word: koks
        )$""",
        re.IGNORECASE | re.VERBOSE,
    )


def extract(doc: Document, record: Record) -> None:
    first = True
    for line in doc.text.splitlines():
        if first and line.strip():
            line, first = _METADATA_PREFIX.sub("", line), False
        line = line.strip().strip("*#").strip()
        # Furniture is short; a long line is read as it is (the pattern's ".*" parts would
        # backtrack over a long line quadratically).
        if line and (len(line) > 300 or not _not_a_headline().match(line)):
            record.title = line
            return
