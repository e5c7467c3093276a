"""Cued dates that are no deadlines: what pauses until the date ("Līdz 14. aprīlim tiek
pārtraukta klientu apkalpošana"), a date that no longer holds ("nevis līdz 1. martam"), an aim
("mērķis ir līdz 2027. gadam sniegt atbalstu"), a report of what was done ("līdz martam
pieņēma iesniegumus") and the institution's own duty ("pašvaldība paziņo … līdz 15. februārim")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.months import month_forms, months_of_stub
from ...record import DateMention
from ..deadline_cues import pattern, vocabulary
from .matches import any_between, spans_of


@lru_cache(maxsize=1)
def _pause() -> re.Pattern:
    words = "|".join(vocabulary()["pauses"]["after_date"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def paused(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> bool:
    """"Līdz 14. aprīlim tiek pārtraukta klientu apkalpošana": what stops until the date is no
    obligation. Looked up in spans found once per document (linear)."""
    end = min(bounds[1], mention.span.end + 80)
    return any_between(spans_of(doc, "deadlines.pauses", _pause()), mention.span.end, end)


_CLOSING_WORD = re.compile(r"[^\W\d_]+\Z")
# Only what a cut-off page leaves after its last word: read in place from the date's end (a copy
# of the text's rest per date made one long line of dates quadratic).
_ONLY_CUT_END = re.compile(r"[ \t\n….]*")


def cut_off(doc: Document, mention: DateMention) -> bool:
    """ "… 2. līdz 2019. gada 7. okto": a date whose month word the text's cut-off end broke; what
    was asked by it is lost with the sentence's rest, so it is no deadline."""
    stub = _CLOSING_WORD.search(mention.span.text)
    if stub is None or not _ONLY_CUT_END.fullmatch(doc.text, mention.span.end):
        return False
    word = stub.group(0).lower()
    return word not in month_forms() and bool(months_of_stub(word))  # (looser than the date rule's one month)


def _superseded() -> re.Pattern:
    return pattern("cues", "superseded", r"{}\s*[–—-]?\s*$")


def _superseded_after() -> re.Pattern:
    # (or the day the asking itself opens: "līdz martam, kad sāksies pieteikšanās")
    return pattern("cues", ("superseded_after", "opens_after"), r"[ \t]*[,(]?[ \t]*{}")


def superseded(doc: Document, cue_start: int, date_end: int | None = None) -> bool:
    """"…, nevis kā bija noteikts – līdz 1. martam": a date that no longer holds; or one said so
    right after it ("līdz 28. februārim, kā paredzēja iepriekšējā kārtība"), a bounded look ahead."""
    if _superseded().search(doc.text, max(0, cue_start - 50), cue_start) is not None:
        return True
    return date_end is not None and _superseded_after().match(doc.text, date_end, date_end + 60) is not None


def _report() -> re.Pattern:
    return pattern("reports", "verbs", r"(?<!\w){}(?!\w)")


def past_duty() -> re.Pattern:
    """A duty or chance told in the past ([reports] past_duty): "bija jāreģistrējas", "varēja"."""
    return pattern("reports", "past_duty", r"(?<!\w){}(?!\w)")


def told_past(doc: Document, bounds: tuple[int, int]) -> bool:
    """Whether a line or sentence reports what was done or had to be done: a past verb of
    receipt ([reports] verbs: "tika iesniegti 40 pieteikumi") or a past duty or chance ("varēja
    pieteikties"). A bisection over the reports found once and one bounded search."""
    starts, ends = spans_of(doc, "deadlines.reports", _report())
    i = bisect.bisect_left(starts, bounds[0])
    return (i < len(starts) and ends[i] <= bounds[1]) or past_duty().search(doc.text, *bounds) is not None


CLAUSE_BREAK = re.compile(r"[,;]")


def told_past_around(doc: Document, bounds: tuple[int, int], offset: int) -> bool:
    """told_past asked only of the comma-bounded part of `bounds` holding `offset` (the chosen
    verb): "Ja agrāk varēja pieteikties …, tagad … var iesniegt" asks now. Linear in the sentence."""
    text = doc.text
    lo = max((m.end() for m in CLAUSE_BREAK.finditer(text, bounds[0], offset)), default=bounds[0])
    nxt = CLAUSE_BREAK.search(text, offset, bounds[1])
    return told_past(doc, (lo, nxt.start() if nxt else bounds[1]))


def reported(doc: Document, bounds: tuple[int, int], cue_start: int, date_end: int) -> bool:
    """A past verb of receipt near the date ("līdz martam pieņēma iesniegumus"): a report."""
    lo, hi = max(bounds[0], cue_start - 60), min(bounds[1], date_end + 60)
    starts, ends = spans_of(doc, "deadlines.reports", _report())
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi and ends[i] <= hi


def _aim() -> re.Pattern:
    return pattern("aims", "before_cue", r"(?<!\w){}\s*$")


def aimed(doc: Document, bounds: tuple[int, int], cue_start: int) -> bool:
    """"Programmas mērķis ir līdz … sniegt atbalstu": an aim right before the cue, in its clause."""
    return _aim().search(doc.text, max(bounds[0], cue_start - 60), cue_start) is not None


def _decision() -> re.Pattern:
    return pattern("decisions", "before_cue", r"(?<!\w){}\s*$")


# How far before the cue a decision's subject may stand: its noun with a "par …" complement
# ("Lēmums par projektu iesniegumu apstiprināšanu tiks pieņemts līdz …").
DECISION_BACK_REACH = 120


def decided(doc: Document, bounds: tuple[int, int], cue_start: int) -> bool:
    """"Lēmums … tiks pieņemts līdz 2. novembrim": a decision told right before the cue, in its
    clause (a bounded look back): the day dates the decider's work, no obligation."""
    return _decision().search(doc.text, max(bounds[0], cue_start - DECISION_BACK_REACH), cue_start) is not None


def _purpose() -> re.Pattern:
    return pattern("purposes", "before_range", r"(?<!\w){}\s*$")


def purposed(doc: Document, bounds: tuple[int, int], cue_start: int) -> bool:
    """"programmu realizēšanai no 1. septembra līdz 31. maijam": a range that "no" opens right
    after a noun of carrying out in the dative dates that purpose, not an act of the reader."""
    return _purpose().search(doc.text, max(bounds[0], cue_start - 60), cue_start) is not None


def _duty() -> re.Pattern:
    return pattern("duties", "before_cue", r"(?<!\w){}")


# How many words may stand between the date and the organiser's verb after it: the thing's
# noun with its genitives ("Līdz 1. septembrim interešu izglītības programmu pieteikumus izvērtē
# komisija"); a debitive or a modal among them asks the reader ("līdz … jāiesniedz …").
DUTY_GAP_WORDS = 5
# How far before the cue the office and its duty are looked for, in the clause.
DUTY_BACK_REACH = 160


@lru_cache(maxsize=1)
def _duty_gap() -> str:
    """The words between the date and what follows it, none a debitive, a modal or an asking verb
    ([duties] gap_not_words): those ask the reader, whoever acts after them."""
    asking = pattern("duties", "gap_not_words").pattern
    return rf"\s+(?:(?!{asking})[^\W\d]+\s+){{0,{DUTY_GAP_WORDS}}}?"


def _duty_after(key: str = "after_date") -> re.Pattern:
    return pattern("duties", key, _duty_gap() + "{}")


def _office_subject() -> re.Pattern:
    return pattern("duties", "office_subject", r"(?<!\w){}(?!\w)")


def _office_receives() -> re.Pattern:
    """An office ([duties] office_subject) receiving right after the date ([duties] office_receiving)."""
    receiving = pattern("duties", "office_receiving").pattern
    return pattern("duties", "office_subject", _duty_gap() + r"{}\s+" + receiving + r"(?!\w)")


def dutied(doc: Document, bounds: tuple[int, int], cue_start: int, date_end: int | None = None) -> bool:
    """"Pašvaldība … paziņo maksātājam līdz 15. februārim": the institution's own duty before the
    cue, in its clause (a bounded look back); or right after the date ("komisija līdz 15. maijam
    izvērtēs …", a bounded look ahead; sending, "izsūtīs", only with an office before the cue)."""
    back = max(bounds[0], cue_start - DUTY_BACK_REACH)
    if _duty().search(doc.text, back, cue_start) is not None:
        return True
    if date_end is None:
        return False
    return _duty_after().match(doc.text, date_end, bounds[1]) is not None \
        or _office_receives().match(doc.text, date_end, bounds[1]) is not None or (
        _duty_after("sent_after_date").match(doc.text, date_end, bounds[1]) is not None
        and _office_subject().search(doc.text, back, cue_start) is not None)
