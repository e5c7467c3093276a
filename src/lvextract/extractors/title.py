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
# A blog's archive heading glued to the first post's headline: "Daily Archives: 29/06/2018Jēkabpils …".
_METADATA_PREFIX = re.compile(r"^\s*(?:date\s+\d{4}-\d\d(?:-\d\d)?\s+|daily\s+archives:\s*\d{1,2}/\d{1,2}/\d{4}\s*)",
                              re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_a_headline() -> re.Pattern:
    months = vocab.alternation([*vocab.month_forms(), *vocab.month_abbreviations()])
    time = r"(?:,?\s*(?:plkst\.?\s*)?\d{1,2}[:.]\d\d)?"
    # a place or a weekday: "Rīgā, ", "Svētdiena, "; a portal's separator: "/ 17.09.2025 10:26"
    lead = r"(?:[/|•·]\s*)?(?:[^\W\d_]+,?\s+)?"
    return re.compile(
        rf"""^(?:
            {lead}(?:19|20)\d\d\.?\s*(?:gada|g\.)\s*(?:\d{{1,2}}\.?\s*)?(?:{months})?\.?(?:\s*[^\W\d_]+\.?)?{time}  # 2014. gada 2. aprīlī Rīgā
          | (?:19|20)\d\d\.?                                                                 # 2019
          | {lead}\d{{1,2}}\.?\s*(?:{months})\.?(?:,?\s*(?:19|20)\d\d\.?(?:\s*gad\w*)?)?{time}(?:,\s*[^\W\d_]+)?  # Svētdiena, 5. oktobris; 5. marts, 2024, 14:32; 22. jūlijs, 2018, Svētdiena
          | {lead}\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2}}|\d{{4}})?\.?{time}                            # 03.01.2018, 12.03.2021 10:15
          | \d{{1,2}}\s?[•·]\s?\d{{1,2}}\s?[•·]\s?\d{{4}}{time}                                  # 17 • 12 • 2009
          | \d{{4}}-\d\d(?:-\d\d)?{time}                                                     # 2021-03-12
          | (?:publicēts|publicēta|ievietots|datums|atjaunots|aktualizēts|date|drukāts|izdrukāts|
               vārda\s*dien\w*|šodien\s+ir|skatījumi|komentāri|добавлен\w*|опубликован\w*)\b.*     # fields and widgets
          | (?:š[īi]\s+lapa\s+(?:ir\s+)?izdrukāta|laika\s+ziņas|laikapstākļi)\b.*             # a print stamp, a weather box
          | (?:P|O|T|C|Pk|S|Sv)\.\s*\d{{1,2}}\.\d{{1,2}}\.?                                       # a widget's weekday and date: P. 24.05
          | .*\d\s+views?                                                                  # a document site's counter: 11.07.2015 Views
          | [\W_]*                                                                           # punctuation only: ", ."
          | (?:jūsu\s+pārlūk|your\s+browser|izmantojot\s+sīkdatnes|this\s+website\s+uses)\w*\b.*   # browser and cookie notices
          | (?=.{{0,200}}$).*\bsīkdatn\w*\b.*                                                  # Šajā vietnē tiek izmantotas sīkdatnes …
          | (?:lasīšanas\s+laiks|reading\s+time|bez\s+kategorijas|uncategori[sz]ed)\b.*        # reading time, an empty category
          | [\s\[\]/|]*[+-]?\s*A\s*[+-]?[\s\[\]/|]*(?:[+-]?\s*A\s*[+-]?[\s\[\]/|]*)*           # text-size buttons: +A A, [ A+ ] /[ A- ]
          | (?=.{{0,120}}$)(?:tālr\w*|tel|e-?pasts?)\b\.?\s*:?.*\d.*                        # a contact header: Tālrunis: … | E-pasts: …
          | (?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+(?:\s*,\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+)+)              # the day's names: Ilze, Ildze
          | .*(?:\s[|›»>]\s.*){{2,}}                                                           # menus: Sākums | Jaunumi | Kontakti
          | (?=.{{0,30}}$).*\s\|\s.*                                                            # a short menu: Meklēt | Saites
          | [^|›»>]*\s[›»>]\s.*                                                               # breadcrumbs: Jaunumi › Sociālā joma
          | (?:logo|image|attēls|foto|weather)\b.* | .*\b(?:logo|logotips|ikona|icon)                  # images
          | (?:[^\W\d_]+\s+)?[+-]*\d.*[°℃].*                                                   # +5° C, vējš; cloudy 21.4℃
          | (?-i:[a-zāčēģīķļņšūž]).{{0,40}}                                                     # a short link in lower case: skatīties video
          | (?=.{{0,40}}$).*\b[\w-]+\.(?:lv|com|eu|org|net)\b.*                               # a site's name: Portals.lv ARHĪVS
          | \S{{1,20}}                                                                       # a lone short word: koks
        )$""",
        re.IGNORECASE | re.VERBOSE,
    )


# A site's blurb may open the page as one long sentence above the article's headline: then a
# short line without a closing full stop a few lines below is the headline.
_PROSE_MIN = 120
_LOOK_AHEAD = 8


def _headline_like(line: str) -> bool:
    return len(line) <= _PROSE_MIN and len(line.split()) >= 3 and not line.endswith((".", ":", ";", ","))


def extract(doc: Document, record: Record) -> None:
    first = True
    found: str | None = None
    seen = 0
    for line in doc.text.splitlines():
        if first and line.strip():
            line, first = _METADATA_PREFIX.sub("", line), False
        line = line.strip().strip("*#").strip()
        if not line:
            continue
        if found is not None:
            seen += 1
            if seen > _LOOK_AHEAD or len(line) > _PROSE_MIN:
                break  # the body has begun: the long first line was the page's own
        # Furniture is short; a long line is read as it is (the pattern's ".*" parts would
        # backtrack over a long line quadratically).
        if len(line) > 300 or not _not_a_headline().match(line):
            if found is None:
                found = line
                if len(line) <= _PROSE_MIN or not line.endswith((".", "!", "?")):
                    break
            else:
                # Only furniture may stand between the blurb and the headline.
                if _headline_like(line) and not line.startswith(("•", "·", "-", "–", "—")):
                    found = line
                break
    record.title = found
