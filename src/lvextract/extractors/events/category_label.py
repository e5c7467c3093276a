"""A site's label line for the page's sections or tags ("10/11/2017, Kategorija: Kultūra, Notikumi,
Pasākumi", "Tagi: Vēsture, Projekti"): the words past its colon name parts of the site, so an
event noun there ("Pasākumi") is no occurrence, and the date opening that line is the page's own
dateline, which dates nothing told below it (dating.can_date_event). The labels are events.toml
[category_label]; the lines are found once per document, O(log n) per question."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ...spans import Intervals
from .lexicon import vocabulary


@lru_cache(maxsize=1)
def _label_line() -> re.Pattern:
    labels = "|".join(map(re.escape, vocabulary()["category_label"]["labels"]))
    # The label opening its line (maybe after the page's stamp, "10/11/2017, ") or a field of a byline
    # after "|" ("Publicēts: … | Autors: … | Kategorija: …"), its colon, then the rest of its line: a
    # short list of section names. Not a label inside prose ("Konkurss notiks 5. maijā –
    # kategorijas: solisti, ansambļi"): a contest's categories are the text's own.
    # A post's stamp on the line right under the label, nothing else on it ("Kategorija: Aktualitātes" /
    # "Piektdiena, 03 Janvāris 2014"): a news list's posting day, which dates the post, not the
    # occurrence its heading names ("Muzeju nakts 2013" above it).
    stamp = (r"(?:\n[^\S\n]*(?:[^\W\d]+,[^\S\n]*)?(?:\d{1,2}\.?[^\S\n]+[^\W\d]+[^\S\n]+\d{4}"
             r"|\d{1,2}[./]\d{1,2}[./]\d{4})\.?[^\S\n]*(?=\n|\Z))?")
    return re.compile(rf"(?:^|\|)[^\S\n]*(?:[\d./-]{{6,10}}[^\S\n]*,?[^\S\n]*)?(?:{labels})[ \t]*:[^\n]*{stamp}",
                      re.IGNORECASE | re.MULTILINE)


def _label_spans(doc: Document) -> Intervals:
    return Intervals(m.span() for m in _label_line().finditer(doc.text))


def in_category_label(doc: Document, start: int, end: int) -> bool:
    """Whether text[start:end] lies on a label line."""
    return doc.derived("events.category_label", _label_spans).overlaps(start, end)


def on_label_line(doc: Document, mention: DateMention) -> bool:
    """Whether the date stands on a label line ("10/11/2017, Kategorija: …") or is the post's stamp
    on the line right under it."""
    start, end = layout(doc).line_of(mention.span.start)
    return doc.derived("events.category_label", _label_spans).overlaps(start, end)
