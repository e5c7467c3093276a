"""A project's name quoted right after an application's noun in a sentence of projects: "piedalās
projektu konkursā ar pieteikumu „Ceļu uzlabošana”", "iesniedza iesniegumu “Skolas jumta
nomaiņa”" after "projektu konkursā" (the project word anywhere in the sentence; with the project
word right before the noun, "projekta pieteikumu „…”", after_word.py reads it). Not a name the
sentence names no project by ("pieteikumu „Gada cilvēks” nominācijai"), nor one a contest's,
programme's or nomination's word follows ("pieteikumu „Zelta ābele” konkursam"), nor a contest's name
quoted whole ('ar norādi: Pieteikums “Ozolu novada projektu konkursam”')."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ...document import Document
from .config import config
from .quoted import quoted_after

APPLICATION_STEMS = frozenset({"pieteikum", "iesniegum"})
# The word after the quoted name that makes it a contest's, a programme's or an award's, not the project's.
NEXT_WORD = re.compile(r"[\s”“\"»’']*(?P<word>[^\W\d_]+)")
NOT_PROJECT_AFTER = ("konkurs", "programm", "fond", "nominācij", "balv", "apbalvojum", "titul", "skat")
CONTEST = "konkurs"


def application_named(doc: Document) -> Iterator[tuple[int, int]]:
    """(start, end) of each quoted name right after an application's noun in a sentence with a project word."""
    c = config()
    text = doc.text
    for sentence in doc.sentences:
        tokens = sentence.tokens
        if not any(t.stem in c.project_stems for t in tokens):
            continue
        for i, token in enumerate(tokens[:-1]):
            if token.stem not in APPLICATION_STEMS or (i > 0 and tokens[i - 1].stem in c.project_stems):
                continue
            quoted = quoted_after(text, tokens[i + 1].start, c.quotes)
            if quoted is None or quoted[1] > sentence.end:
                continue
            after = NEXT_WORD.match(text, quoted[1], sentence.end)
            if after and after["word"].lower().startswith(NOT_PROJECT_AFTER + c.not_project_between):
                continue
            # (the contest the application is addressed to, said inside the quotes: 'Pieteikums
            # “Ozolu novada pašvaldības projektu finansējuma konkursam …”')
            if any(word.lower().startswith(CONTEST) for word in text[quoted[0]:quoted[1]].split()):
                continue
            yield quoted
