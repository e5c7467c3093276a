"""A report of one held day read on past its first sentences ("5. jūlijā Ozolmuižā svinēja pagasta
svētkus. … Paldies atbalstītājiem! \n\nVakarā estrādē … balle"): with no other date between, a part
of the day ("vakarā") still points to the reported day some paragraphs later, as long as the text is
the same report — no heading line (a short line without a sentence's end) between. Announcements keep
day_anaphora's short reach, as their later paragraphs often turn to other days. O(gap) per pointer."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from .lexicon import literals, vocabulary

# How many sentences back a held day may be pointed to in its own report.
REPORT_SENTENCES_BACK = 8
# A line this long is running text, whatever it ends with.
HEADING_MAX = 80
SENTENCE_ENDS = (".", "!", "?", "…", "\"", "”", "»", ")", ":")


@lru_cache(maxsize=1)
def _purpose() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['day_part_anaphora']['report_not_with'])})(?!\w)",
                      re.IGNORECASE)


def same_report(doc: Document, day_end: int, pointer: int) -> bool:
    """Whether no heading line stands between the day and the pointing words, and the pointing
    words' sentence tells no purpose ([day_part_anaphora] report_not_with)."""
    k = doc.sentence_index(pointer)
    if k is not None and _purpose().search(doc.text, pointer, doc.sentences[k].end):
        return False
    lines = doc.text[day_end:pointer].split("\n")[1:-1]  # whole lines strictly between
    return all(len(line.strip()) > HEADING_MAX or line.strip().endswith(SENTENCE_ENDS)
               for line in lines if line.strip())


@lru_cache(maxsize=1)
def _recalling() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['day_part_anaphora']['recalling'])})(?!\w)",
                      re.IGNORECASE)


def recalls_past(doc: Document, pointer: int) -> bool:
    """"Vakara gaitā atskatījāmies uz pasākumiem: …": the pointing words' sentence recalls past
    occurrences, so the part of the day dates none of those it lists."""
    k = doc.sentence_index(pointer)
    return k is not None and _recalling().search(doc.text, pointer, doc.sentences[k].end) is not None


@lru_cache(maxsize=1)
def _narrated() -> re.Pattern:
    data = vocabulary()["day_part_anaphora"]
    return re.compile(rf"[ \t]+(?:{literals(data['narrated_parts'])})[ \t]+(?:{literals(data['narrated_verbs'])})(?!\w)",
                      re.IGNORECASE)


def narrated_day(doc: Document, mention) -> bool:
    """"18. novembra rīts sākās ar vingrošanu": a held report telling its day's course, so a part of
    the day told later ("Vakarā notika koncerts") is that day's even with no occurrence named on it yet."""
    return _narrated().match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + 40)) is not None
