"""The title: the first non-empty line that reads as a headline."""
from __future__ import annotations

import re

from ..document import Document
from ..record import Record

# A dateline or publication line, a logo or image caption, a lone word: not a headline.
NOT_A_HEADLINE = re.compile(
    r"""^(
        .{0,40}\b(19|20)\d\d\.?\s*(gada|g\.)?\s*\d{0,2}\.?\s*\w*\s*\w*$   # 2014. gada 2. aprīlī Rīgā
      | (publicēts|ievietots|datums|atjaunots)\s*:.*                      # Publicēts: 2023-02-03
      | \d{1,2}\.\d{1,2}\.\d{2,4}\.?                                       # 03.01.2018
      | (logo|image|attēls|foto)\b.*
      | \S{1,20}                                                            # a lone short word: koks
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def extract(doc: Document, record: Record) -> None:
    for line in doc.text.splitlines():
        line = line.strip().strip("*#").strip()
        if line and not NOT_A_HEADLINE.match(line):
            record.title = line
            return
