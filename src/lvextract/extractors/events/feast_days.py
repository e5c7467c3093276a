"""An occurrence told on a named day of fixed date by that name alone ("Lāčplēša dienā pie
pieminekļa notika piemiņas brīdis", "Zinību dienā skolā notiks svinīgā līnija"): the name says
which calendar day it is (latvian/data/calendar.toml [feasts]). Only a sentence with no date of its own
that tells by its tense that something took or will take place; the day's year is that of a date the
text writes for the same day ("11. novembra vakarā …") in about the year the document's date gives
(a year either side), else the document's year — the last such day
on or before the document's date for a held occurrence, the next one on or after it for a planned
one —, else unknown (XXXX). The sentence's specific noun (added_events.add_event), and a second one
told after it by "…, kam sekoja …" (then_told). O(text + dates + matches · log dates)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...word_regex import gated_finditer
from ...record import DateMention, DateRole, Record
from ...temporal.vocabulary import calendar_words
from .added_events import add_event
from .lexicon import literals, present_pattern, vocabulary
from .offsets import sentence_at
from .status import status_near
from .ranking import Nouns
from .then_told import then_told
from .yearly_custom import custom_patterns
from ...temporal.unknown_year import UNKNOWN_YEAR, year_unknown


@lru_cache(maxsize=1)
def _feasts() -> tuple[re.Pattern, dict[str, tuple[int, int]]]:
    days: dict[str, tuple[int, int]] = {}
    for feast in calendar_words()["feasts"]["day"]:
        for form in feast["forms"]:
            days[" ".join(form.lower().split())] = (feast["month"], feast["day"])
    forms = sorted(days, key=len, reverse=True)  # the longest name first: "barikāžu aizstāvju atceres dienā"
    alternation = "|".join(r"[^\S\n]+".join(map(re.escape, form.split())) for form in forms)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE), days


@lru_cache(maxsize=1)
def _habitual() -> re.Pattern:
    """A yearly cue ([yearly_custom] cues) or the feast file's own habitual cue, not after "kā"."""
    cues = [*vocabulary()["yearly_custom"]["cues"], *calendar_words()["feasts"]["habitual_cues"]]
    return re.compile(rf"(?<!\w)(?<!kā )(?:{literals(cues)})(?!\w)", re.IGNORECASE)


def _kept_as_custom(text: str) -> bool:
    """A custom of the day, not this year's occurrence: the ancestors' ("Senie latvieši Mārtiņdienā
    rīkoja masku gājienus"), or one kept every year or by tradition ("Skola Lāčplēša dienā
    tradicionāli rīko lāpu gājienu") unless a tense of one occurrence is told ("Lāčplēša dienā, kā ik
    gadu, notiks gājiens"). The patterns are yearly_custom's, built once."""
    custom = custom_patterns()
    return bool(custom.ancestors.search(text)) or bool(_habitual().search(text)) and not custom.other.search(text)


def _written_days(record: Record) -> dict[str, dict[str, tuple[int, str]]]:
    """The text's own days by month and day, then by their year's form: the first one written of
    each ("11. novembra vakarā …" → {"11-11": {"2031": (k, "2031-11-11")}}). Once per document."""
    written: dict[str, dict[str, tuple[int, str]]] = {}
    for k, d in enumerate(record.dates):
        if d.relative is None and d.end is None and d.value and len(d.value) == 10:
            written.setdefault(d.value[5:], {}).setdefault(d.value[:4], (k, d.value))
    return written


def _year_value(record: Record, written: dict[str, dict[str, tuple[int, str]]], month: int, day: int,
                status: str) -> str:
    suffix = f"{month:02d}-{day:02d}"
    years = written.get(suffix, {})
    today = str(record.document_date or "")
    if not today or year_unknown(today):
        # the text's own day of that name, whatever its year: "11. novembra vakarā …"
        first = min(years.values(), default=None)
        return first[1] if first is not None else f"{UNKNOWN_YEAR}-{suffix}"
    year = int(today[:4])
    told = (int(today[5:7]), int(today[8:10]) if len(today) >= 10 else None) if len(today) >= 7 else None
    if told is not None:
        this = (month, day) if told[1] is not None else (month,)
        now = told if told[1] is not None else told[:1]
        if status == "held" and this > now:
            year -= 1  # a report of last November's day, dated in January
        elif status == "planned" and this < now:
            year += 1
    # The text's own day of that name in about that year, not a day of history told in passing
    # ("Republika tika proklamēta 1918. gada 18. novembrī. Proklamēšanas dienā … notiks koncerts").
    near = [years[y] for y in (f"{year - 1:04d}", f"{year:04d}", f"{year + 1:04d}") if y in years]
    return min(near)[1] if near else f"{year:04d}-{suffix}"


def feast_days(doc: Document, index: Nouns, date_starts: list[int], by_key: dict, record: Record) -> None:
    pattern, days = _feasts()
    seen: set[int] = set()
    dated: list[DateMention] = []
    written = None
    for m in gated_finditer(pattern, doc.text):
        sentence = sentence_at(doc, m.start())
        if sentence is None or sentence.start in seen:
            continue
        seen.add(sentence.start)
        k = bisect.bisect_left(date_starts, sentence.start)
        if k < len(date_starts) and date_starts[k] < sentence.end:
            continue  # the sentence dates itself: "Lāčplēša dienā, 11. novembrī, …"
        bounds = (sentence.start, sentence.end)
        status = status_near(doc, bounds, m.start())
        if status not in ("planned", "held") or present_pattern().search(doc.text, *bounds) \
                or _kept_as_custom(doc.text[bounds[0]:bounds[1]]):
            continue  # "Lāčplēša dienā tiek godināti brīvības cīnītāji": a custom, no occurrence
        month, day = days[" ".join(m.group(0).lower().split())]
        written = _written_days(record) if written is None else written
        mention = DateMention(value=_year_value(record, written, month, day, status), role=DateRole.event.value,
                              span=doc.span(m.start(), m.end()))
        name = m.span()
        # The feast's own word is no occurrence of it: "Mārtiņdienā … rīkoja gadatirgu" is the fair.
        count = len(record.events)
        add_event(doc, index, bounds, mention, date_starts, by_key, record,
                  narrow=lambda nouns, name=name: [n for n in nouns if not name[0] <= n.start < name[1]])
        if len(record.events) > count:
            dated.append(mention)
    # A second occurrence the sentence tells after the first ("… notika piemiņas brīdis, kam sekoja
    # Svētā Mise"), as for a written day.
    then_told(doc, index, dated, date_starts, by_key, record)
