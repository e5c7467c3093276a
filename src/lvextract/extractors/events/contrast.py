"""One clause telling two occurrences set against each other: "pagalmā notiks rokkoncerts, bet
vakarā kultūras namā – koncerts". The venue past the contrast is the second occurrence's, so the
first one looks for its venue only in its own part. O(log n + contrasts in the clause) per event."""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import DASH, WORD
from ...latvian.verb_forms import is_verb_form
from .noun_mention import NounMention
from .nouns import all_noun_starts
from .offsets import any_between

# ", bet" / "; savukārt" / ", turpretī": a contrast opening the clause's second part.
CONTRAST = re.compile(r"[,;]\s+(?:bet|savukārt|turpretī|taču)\s")


# The far side told without its verb, the dash standing for it ("…, bet muzejā – tradīciju vakars"):
# another occurrence, even when its noun is none of the vocabulary's.
# Not when the far side names a day ("Seminārs notiks 12. maijā Talsos, bet 19. maijā – Cēsīs"): that
# is the same occurrence on another day, and its venue is that day's.
ELLIPTIC_ITEM = re.compile(rf"\s{DASH}\s")


def _elliptic_item(text: str, start: int, end: int) -> bool:
    return ELLIPTIC_ITEM.search(text, start, end) is not None and not any(c.isdigit() for c in text[start:end])


# How far before a contrast its near side's verb is looked for.
NEAR_VERB_REACH = 100


def _verb_before(doc: Document, lo: int, contrast: int) -> bool:
    """Whether the near side of a contrast holds a verb's form (a clause of its own). O(1): a
    bounded window."""
    return any(is_verb_form(m.group(0)) for m in WORD.finditer(doc.text, max(lo, contrast - NEAR_VERB_REACH), contrast))


def own_part(doc: Document, noun: NounMention, bounds: tuple[int, int], day: int | None = None,
             date_starts=()) -> tuple[int, int]:
    """The part of `bounds` the noun stands in, cut at a contrast that has another event noun on
    its far side, or a day of its own before it when the noun's `day` (its date's start) is past
    it ("posms 10. maijā Jūrmalā, bet 24. maijā sacensības notiks Garkalnē": Jūrmala is the 10th's);
    `bounds` itself when there is none."""
    lo, hi = bounds
    starts = all_noun_starts(doc)
    contrasts = _contrasts(doc)
    for k in range(bisect.bisect_left(contrasts, (lo,)), len(contrasts)):
        m_start, m_end = contrasts[k]
        if m_end > hi:
            break
        if m_start < noun.start:
            i = bisect.bisect_left(starts, lo)
            if i < len(starts) and starts[i] < m_start or (  # an occurrence before the cut too
                    day is not None and m_end <= day and any_between(date_starts, (lo, m_start))) or (  # or a day
                    day is not None and m_end <= day and _verb_before(doc, lo, m_start)):
                # or the noun's own day past the cut, the near side a clause of its own verb ("Teātris
                # viesosies Ventspilī, bet izrādi rādīs Ozolos 5. maijā": Ventspils is the visit's)
                lo = max(lo, m_end)
        else:
            i = bisect.bisect_left(starts, m_end)
            if (i < len(starts) and starts[i] < hi) or _elliptic_item(doc.text, m_end, hi):
                hi = m_start
                break
    return lo, hi


def day_side(doc: Document, noun: NounMention, bounds: tuple[int, int], day: int) -> tuple[int, int] | None:
    """The far side of a contrast when the noun stands before it and the day past it ("Salūti būs
    Ozolu centrā, bet Liepās tas būs 1. janvārī plkst. 00:30"; "Koncerts 4. maijā Ozolos, bet
    Liepās tas būs 5. maijā"): that side is the day's, and so is a venue told there. None when
    there is no such contrast."""
    hi = bounds[1]
    contrasts = _contrasts(doc)
    for k in range(bisect.bisect_left(contrasts, (noun.end,)), len(contrasts)):
        m_start, m_end = contrasts[k]
        if m_end > hi or m_start >= day:
            return None
        if m_end <= day:
            return m_end, hi
    return None


def _contrasts(doc: Document) -> list[tuple[int, int]]:
    """Every contrast of the text as (start, end), found once per document: a clause's own are
    then a bisection away (a clause of thousands of days would otherwise be rescanned per event).
    A contrast holds no "," or ";" after its first character, so matches found over the whole
    text are those found within any clause."""
    return doc.derived("events.contrasts", lambda d: [m.span() for m in CONTRAST.finditer(d.text)])


def venues_in(groups: list[list[tuple[int, str]]], part: tuple[int, int]) -> list[list[tuple[int, str]]]:
    """The venue groups kept to the venues inside `part`."""
    return [[v for v in group if part[0] <= v[0] < part[1]] for group in groups]
