"""The sentence after a date's clause as the source of its occurrence: the noun of the sentence
that tells who took part in it ("… viesojās Talsos. Seminārā piedalījās 20 skolotāji.") or names it
by a copula ("… pulcējās vecāki. Tā bija pavasara balle."; copula_retold), and the
verb of the sentence under a date that stands alone on its line ("2012. gada 3. maijā" / "Plkst.
11 valde tikās ar ministru.")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ...record import DateMention
from ...word_regex import alternation
from .lexicon import vocabulary
from .offsets import any_between
from .ranking import Nouns, specific
from .copula_retold import copula_noun
from .retold_frame import retold_noun
from .verbs import verb_noun


# The next sentence tells who took part in the occurrence, or that it took place: "3. aprīlī lektori
# viesojās Talsos. Seminārā piedalījās 20 skolotāji." — the seminar, not the visit the verb tells.
@lru_cache(maxsize=1)
def _took_part() -> re.Pattern:
    """[took_part] verbs, past at most two words."""
    verbs = alternation(vocabulary()["took_part"]["verbs"])
    return re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,2}}?{verbs}\b", re.IGNORECASE)


def participated_noun(doc: Document, index: Nouns, bounds, date_starts: list[int]):
    """The specific noun opening the next clause (in the locative of taking part, or as the subject
    of taking place), when that clause dates nothing of its own; else None. O(log n)."""
    other = layout(doc).neighbour_clause(bounds, 1)
    if other is None or any_between(date_starts, other):
        return None, None
    found = index.first(other, specific)
    if found is None or doc.text[other[0]:found.start].strip() or not _took_part().match(doc.text, found.end, other[1]):
        retold = retold_noun(doc, index, other)  # "… apmeklēs jaunieši. Apciemojuma mērķis ir …"
        return retold if retold[0] is not None else copula_noun(doc, index, other)  # "Tā bija … balle"
    return found, other


# A date alone on its line, maybe after its weekday or before a clock time: a heading over the lines below.
DATE_ALONE = re.compile(r"[\s,]*(?:plkst\.?\s*\d{1,2}[:.]\d{2})?[\s,.]*$", re.IGNORECASE)
WEEKDAY_ONLY = re.compile(r"[ \t*#>-]*(?:[^\W\d_]+dien(?:a|ā)?,?)?[ \t]*$", re.IGNORECASE)


def verb_below(doc: Document, mention: DateMention, date_starts: list[int]):
    """The occurrence verb of the sentence right under a date alone on its line, when that
    sentence dates nothing of its own. O(log n)."""
    line = layout(doc).line_of(mention.span.start)
    if not WEEKDAY_ONLY.fullmatch(doc.text, line[0], mention.span.start) \
            or not DATE_ALONE.fullmatch(doc.text, mention.span.end, line[1]):
        return None, None
    k = doc.sentence_index(min(len(doc.text) - 1, line[1] + 1))
    if k is None:
        return None, None
    below = (max(doc.sentences[k].start, line[1]), doc.sentences[k].end)
    if below[0] >= below[1] or any_between(date_starts, below):
        return None, None
    verb = verb_noun(doc, below, mention)
    return (verb, below) if verb is not None else (None, None)
