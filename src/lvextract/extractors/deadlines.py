"""deadlines: "līdz <date>" obligations with the action as an infinitive and the person to contact.

A deadline is a date mention that a cue introduces ("līdz", "ne vēlāk kā", "termiņš") in a
clause that asks for an action (lūdzam … sazināties, jāpiesakās, pieteikumus iesniegt,
reģistrācija). Without an action it is not a deadline: "izstāde apskatāma līdz 5. maijam"
dates an exhibition, and "līdz 2020. gadam" is a period, not a day to act by.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles
from ..document import Document
from ..record import Contact, DateMention, DateRole, Deadline, Record
from .events import clause_bounds, clock_times

YEAR_ONLY = re.compile(r"^(\d{4}|XXXX)$")
# What may stand between the cue and the date when the date grammar leaves it out of the span.
# "līdz plkst. 12:00 5. decembrī" puts the hour first.
_BETWEEN = (r"\s*(?:\*\*|__|_)?\s*(?:(?:plkst\.?|pulksten)\s*\d{1,2}[:.]\d{2}\s*,?\s*)?"
            r"(?:(?:šā|šī|š\.|tā\s+paša|nākamā|\d{4}\.?)\s*g(?:ada|\.)?\s*)?(?:\*\*)?\s*$")
# A date grammar that keeps the cue inside the span: "līdz 25. aprīlim" as one mention.
_LEADING_CUE = re.compile(r"(?:līdz|ne\s+vēlāk\s+kā)\s+(?!pat\b)", re.IGNORECASE)
# How far after the date a clock time still belongs to it: "līdz 5. maijam plkst. 17:00".
TIME_REACH = 30
# How far (characters) from the cue or date the action may stand: a long sentence can name
# an unrelated obligation ("pārskati jāiesniedz …, un projekts jāīsteno līdz 31. decembrim").
ACTION_REACH = 90


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return datafiles.vocabulary("deadlines")


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern:
    cues = "|".join(f"(?:{c})" for c in vocabulary()["cues"]["before_date"])
    return re.compile(rf"(?<!\w)(?:{cues}){_BETWEEN}", re.IGNORECASE)


def cue_before(doc: Document, mention: DateMention) -> re.Match | None:
    """The deadline cue that introduces the date ("līdz šā gada", "ne vēlāk kā"), if any."""
    start = mention.span.start
    window_start = max(0, start - 40)
    return _cue_pattern().search(doc.text, window_start, start) or _LEADING_CUE.match(mention.span.text)


@lru_cache(maxsize=1)
def _action_forms() -> dict[str, tuple[str, bool]]:
    """lower-case word form → (infinitive, whether the form is a verb)."""
    forms: dict[str, tuple[str, bool]] = {}
    for is_verb, table in ((False, vocabulary()["actions"]["nouns"]), (True, vocabulary()["actions"]["verbs"])):
        for infinitive, words in table.items():
            for word in words:
                forms[word.lower()] = (infinitive, is_verb)
    return forms


@dataclass(frozen=True)
class ActionMention:
    infinitive: str
    is_verb: bool
    start: int
    end: int
    converb: bool = False


def actions_in(doc: Document, bounds: tuple[int, int]) -> list[ActionMention]:
    forms = _action_forms()
    found = []
    for m in re.finditer(r"\w+", doc.text[bounds[0]:bounds[1]]):
        hit = forms.get(m.group(0).lower())
        if hit:
            converb = hit[1] and m.group(0).lower().endswith(("ot", "oties"))  # aizpildot, reģistrējoties
            found.append(ActionMention(hit[0], hit[1], bounds[0] + m.start(), bounds[0] + m.end(), converb))
    return found


def _distance(action: ActionMention, cue_start: int, date_end: int) -> int:
    if action.end <= cue_start:
        return cue_start - action.end
    return max(0, action.start - date_end)


def _rank(action: ActionMention) -> int:
    """A finite verb, infinitive or debitive (0) before a noun naming the action (1) before a converb (2):
    in "Pieteikties var līdz 24. martam, aizpildot anketu" the deadline is for applying."""
    if action.converb:
        return 2
    return 0 if action.is_verb else 1


def pick_action(actions: list[ActionMention], cue_start: int, date_end: int) -> ActionMention | None:
    """The action asked for by the date: within reach of it, a verb before a noun before a converb."""
    near = [a for a in actions if _distance(a, cue_start, date_end) <= ACTION_REACH]
    if not near:
        return None
    return min(near, key=lambda a: (_rank(a), _distance(a, cue_start, date_end)))


def time_after(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> str | None:
    """"līdz 5. maijam plkst. 17:00" or "līdz plkst. 17:00 5. maijā": the clock time at the date."""
    reach_end = min(bounds[1], mention.span.end + TIME_REACH)
    for start, _end, first, second in clock_times(doc.text, mention.span.end, reach_end):
        gap = doc.text[mention.span.end:start]
        if re.fullmatch(r"[\s,(]*(?:\*\*)?[\s,(]*(?:līdz\s*)?", gap, re.IGNORECASE):
            return second or first
    for start, end, first, second in clock_times(doc.text, max(bounds[0], mention.span.start - 30), mention.span.start):
        if re.fullmatch(r"[\s,]*", doc.text[end:mention.span.start]) and re.search(
                r"līdz\s*$", doc.text[max(0, start - 8):start], re.IGNORECASE):
            return second or first
    return None


def contact_in(contacts: list[Contact], bounds: tuple[int, int], near: int) -> str | None:
    """The named contact whose mention lies in the deadline's clause, nearest the date (`contacts` sorted by start)."""
    first = bisect.bisect_left(contacts, bounds[0], key=lambda c: c.span.start)
    last = bisect.bisect_left(contacts, bounds[1], key=lambda c: c.span.start)
    named = [c for c in contacts[first:last] if c.name and c.span.end <= bounds[1]]
    if not named:
        return None
    return min(named, key=lambda c: abs(c.span.start - near)).name


def extract(doc: Document, record: Record) -> None:
    if not doc.sentences:
        return
    seen: set[tuple[str, str]] = set()
    contacts = sorted(record.contacts, key=lambda c: c.span.start)
    for mention in record.dates:
        if mention.role in (DateRole.document.value, DateRole.period.value):
            continue
        value = mention.end or mention.value
        if YEAR_ONLY.match(mention.value) or YEAR_ONLY.match(value):
            continue
        cue = cue_before(doc, mention)
        # "Pieteikšanās no 1. līdz 15. martam": a range read as one mention ends at the deadline.
        ranged = mention.end and mention.role != DateRole.event.value and re.search(
            r"\blīdz\b", mention.span.text, re.IGNORECASE)
        if cue is None and not ranged:
            continue
        bounds = clause_bounds(doc, mention.span.start)
        if bounds is None:
            continue
        cue_start = cue.start() if cue and cue.re is not _LEADING_CUE else mention.span.start
        action = pick_action(actions_in(doc, bounds), cue_start, mention.span.end)
        if action is None:
            continue
        key = (value, action.infinitive)
        if key in seen:
            continue
        seen.add(key)
        record.deadlines.append(Deadline(
            date=value, time=time_after(doc, mention, bounds), action=action.infinitive,
            contact=contact_in(contacts, bounds, mention.span.end),
            span=doc.span(min(cue_start, mention.span.start), mention.span.end),
        ))
        mention.role = DateRole.deadline.value
