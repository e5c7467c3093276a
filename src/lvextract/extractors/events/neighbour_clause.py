"""neighbour_clause: the noun a neighbouring clause lends a date whose own clause tells that
something happens but names nothing.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache, partial

from ...document import Document
from ...layout import layout
from ...word_regex import gated_finditer
from .blocks import is_item
from .date_line import is_date_line, opens_with_time
from .habitual import habitual
from .lexicon import happens_alternation, listed_pattern, literals, vocabulary
from .neighbour_cues import adds_other
from .noun_mention import NounMention
from .opening_contrast import opens_with_contrast
from .paragraph_before import announcing_paragraph_end, dated_elsewhere
from .offsets import any_between, sentence_at
from .organised_generic import organised_generic
from .status import status_near
from .ranking import CONTRAST, GENERIC, Nouns, looks_back, not_frame, specific


def _dates_own_event(bounds: tuple[int, int], date_starts: list[int]) -> bool:
    """A clause with a date of its own keeps its event noun for that date, even a date that
    dates no event here ("… 10. aprīlī tiks rīkota saruna. Par to pērn novembrī svinīgā ceremonijā …")."""
    return any_between(date_starts, bounds)


# A process said to begin or end on the date, in its own clause ("5. oktobrī sācies balvas balsojums",
# "17. aprīlī noslēgusies pieteikšanās", events.toml [process_day]): the day is that process's, and a
# neighbouring clause's occurrence ("Balsojumā izvirzīts festivāls") is not lent it.
_process_day = partial(listed_pattern, "process_day",
                       r"(?<!\w)(?:{verbs})(?!\w)[^.!?\n]*?(?<!\w)(?:{processes})")


def _process_spans(doc: Document) -> tuple[list[int], list[int]]:
    """The starts and the ends of the matches (a verb, then the process noun it leads to), found once
    per document; the matches do not overlap, so both lists are sorted."""
    found = [m.span() for m in gated_finditer(_process_day(), doc.text)]  # none without a process noun
    return [a for a, _ in found], [b for _, b in found]


def _process_told(doc: Document, bounds: tuple[int, int]) -> bool:
    """Whether the date's clause tells that a process (voting, an intake) begins or ends: a match,
    its verb and its noun, inside the clause. O(log n)."""
    starts, ends = doc.derived("events.process_day", _process_spans)
    i = bisect.bisect_left(starts, bounds[0])  # the first match from the clause on ends first
    return i < len(starts) and ends[i] <= bounds[1]


def neighbour_noun(doc: Document, index: Nouns, bounds, mention, date_starts: list[int]):
    """A specific event noun in the clause just before or after, when the date's clause tells that something happens.
    Not across the items of a list: each bullet ("- Ludzā atjaunos taku (12.07.2016)") speaks for itself."""
    if _process_told(doc, bounds):
        return None, None
    in_list = is_item(doc, mention.span.start)
    own_line = layout(doc).line_of(mention.span.start)
    first = LEADING_SPACE.match(doc.text, *own_line).end()  # the line's first non-space character
    date_led = any_between(date_starts, (first, first + 1))
    pointed = _points_back(doc, mention)
    for direction in (-1, 1):
        other = layout(doc).neighbour_clause(bounds, direction)
        apart = False
        if other is None and direction < 0 and not in_list:
            # "… atbildēsim diskusijā “…”" / blank line / "Laipni aicināti 21. septembrī …": a day
            # set apart in a paragraph of its own tells the when of the occurrence announced above.
            other = announcing_paragraph_end(doc, bounds)
            apart = other is not None
        if pointed and direction < 0 and other is not None and not _dates_own_event(other, date_starts):
            found = index.first(other, not_frame)  # "Sarīkojums … . Tā sākums – 12. aprīlī pulksten 13."
            if found is not None:
                return found, other
        # Another item, not the item's own next sentence: a paragraph that opens with a date ("15.
        # novembrī teātrī pasniegs apbalvojumus. Pasākums sāksies plkst. 18.") reads as a numbered
        # item, yet its next sentence on the same line is its own (not so a line led by "5. Pasaules …").
        if other is None or (in_list and is_item(doc, other[0])
                             and not (date_led and layout(doc).line_of(other[0]) == own_line)):
            continue
        if direction > 0 and opens_with_time(doc, other) and not is_date_line(doc, bounds, mention):
            continue  # "… svētdienās – 7. un 14. decembrī. Plkst. 14.00 … koncerts": a programme item of its own
        if direction < 0 and _heading_alone(doc.text, own_line, mention.span.start, mention.span.end):
            continue  # "4. oktobrī" alone on its line heads the lines below it, not the day's above
        if direction < 0 and date_led and _date_led_line(doc, other[0], date_starts) \
                and layout(doc).line_of(other[0]) != own_line:
            continue  # a listing's line led by its day: the line above, led by another day, is another item
        if direction < 0 and (CONTRAST.search(doc.text, other[1], mention.span.start)
                              or opens_with_contrast(doc, mention.span.start)):
            continue  # "… notiks koncerts, bet 29. augustā …" / "… Bet 29. augustā …": another occurrence's day
        # "…, bet 29. augustā visi aicināti uz cietoksni, kur notiks pasākums „…”": the clause that
        # says what takes place where the date's clause leads names it, even by the generic word.
        where = direction > 0 and WHERE_CLAUSE.match(doc.text, bounds[1], other[1])
        # Not a noun that only says when or what for ("pēc koncerta", "gatavojoties skatēm").
        found = index.first(other, not_frame if where else lambda rank: specific(rank) and not rank[1])
        if found is None and direction > 0:
            # "16. novembrī teātrī pasniegs apbalvojumus. Pasākums sāksies plkst. 18.": the next
            # sentence's subject, the generic word said to begin or take place, is the dated evening.
            found = _generic_subject(doc, index, other)
        if found is None and status_near(doc, bounds, mention.span.start):
            # "… 12 skolēni viesojās Bragā. Vizītes laikā …": a frame that looks back at the
            # occurrence of a clause with a verb ("laikā", "noslēgumā") names it, when nothing else does.
            found = index.first(other, lambda rank: not rank[GENERIC])
            if found is not None and not looks_back(doc, found):
                found = None
        if found is None or _dates_own_event(other, date_starts) or adds_other(doc, other, found):
            continue
        if apart and dated_elsewhere(doc, found, date_starts):
            continue
        own, theirs = status_near(doc, bounds, mention.span.start), status_near(doc, other, found.start)
        if own is not None and theirs is not None and own != theirs and not habitual(doc, other):
            # "Plānots, ka sēdē deputāti pārrunās … Saeima 13. jūnijā izveidoja komisiju": a
            # neighbour told in another tense names an occurrence of another time, not the day's.
            continue
        if (own or theirs) is None and not is_date_line(doc, bounds, mention):
            continue
        if direction < 0 and own is None and "\n" in doc.text[other[1]:bounds[0]] \
                and not is_date_line(doc, bounds, mention):
            # "… pulcējās uz dievkalpojumu.\nFakti: Lāčplēša dienu atzīmē par godu uzvarai 1919. gada 11.
            # novembrī": a clause on a later line that tells nothing taking place does not lend its day
            # to the occurrence told on the lines above.
            continue
        return found, other
    return None, None


def _date_led_line(doc: Document, at: int, date_starts: list[int]) -> bool:
    """Whether the line holding `at` opens with a date ("12. maijā plkst. 18 …")."""
    first = LEADING_SPACE.match(doc.text, *layout(doc).line_of(at)).end()
    return any_between(date_starts, (first, first + 1))


LEADING_SPACE = re.compile(r"\s*")
LETTERS = re.compile(r"[^\W\d_]+")


def _heading_alone(text: str, line: tuple[int, int], start: int, end: int) -> bool:
    """Whether the date text[start:end] stands alone on its line, maybe beside its weekday ("5.
    oktobrī", "Sestdien, 11. maijā"): a day heading over the lines below it. Reads the line only
    up to its second word (a long line is not read whole per date)."""
    words = 0
    for lo, hi in ((line[0], start), (end, line[1])):
        for _ in LETTERS.finditer(text, lo, hi):
            words += 1
            if words > 1:
                return False
    return True


# The generic word opening a sentence as its subject, then a verb that it begins or takes place.
GENERIC_SUBJECT = re.compile(r"\s*(?:Pasākums|Sarīkojums)\s+(?:[^\W\d_]+\s+){0,3}?(?:sāksies|sākas|notiks|norisināsies|ilgs)\b")


# The generic word opening the next sentence in the locative, maybe after its adjective ("14. jūnijā
# atzīmējām Mātes dienu. Svinīgajā pasākumā uzstājās bērni."): the dated celebration's own occurrence.
GENERIC_AT = re.compile(r"\s*(?:[^\W\d_]+(?:ajā|ajos)\s+)?(?:pasākumā|sarīkojumā)(?!\w)", re.IGNORECASE)


# The verb of taking place (events.toml [happens]) opening the next sentence, the generic word its subject
# past an adjective or two ("11. novembrī skolā atzīmēja Lāčplēša dienu. Notika svinīgie pasākumi …"): the
# observed day's own occurrence, as "Pasākums notiks …" is.
@lru_cache(maxsize=1)
def _generic_after_verb() -> re.Pattern:
    return re.compile(rf"\s*(?P<verb>{happens_alternation()})\s+(?:[^\W\d_]+\s+){{0,2}}?"
                      r"(?:pasākum|sarīkojum)(?:s|i)(?!\w)", re.IGNORECASE)


def _generic_after_verb_match(text: str, start: int, end: int) -> re.Match | None:
    m = _generic_after_verb().match(text, start, end)
    return m if m is not None and m["verb"][:1].isupper() else None  # (opening its sentence)


def _generic_subject(doc: Document, index: Nouns, other: tuple[int, int]) -> NounMention | None:
    m = GENERIC_SUBJECT.match(doc.text, other[0], other[1]) or GENERIC_AT.match(doc.text, other[0], other[1]) \
        or _generic_after_verb_match(doc.text, other[0], other[1])
    if m is None and (span := organised_generic(doc.text, other)) is not None:
        return index.first(span, not_frame)  # "Biedrība organizē pasākumu „…”"
    return index.first((other[0], m.end()), not_frame) if m else None


# A relative clause of place that says something takes place there ("…, kur notiks pasākums").
WHERE_CLAUSE = re.compile(r"[\s,]*kur\s+(?:arī\s+)?(?:notiks|norisināsies|būs|notika|norisinājās)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pointing() -> tuple[re.Pattern, int]:
    words = vocabulary()["points_back"]
    return (re.compile(rf"\s*(?:{literals(words['demonstratives'])})\s+(?:{literals(words['parts'])})(?!\w)",
                       re.IGNORECASE), words["reach"])


def _points_back(doc: Document, mention) -> bool:
    """Whether the date's sentence opens by pointing back at the occurrence before by its part ("Tā
    sākums – 12. aprīlī …"), the day a few words on. O(1)."""
    sentence = sentence_at(doc, mention.span.start)
    pattern, reach = _pointing()
    return sentence is not None and mention.span.start - sentence.start <= reach \
        and pattern.match(doc.text, sentence.start, mention.span.start) is not None
