"""An occurrence told only by its close ("novada svētki noslēgsies svētdienas, 14. jūlija, vakarā",
"… viens no posmiem, kas svinīgi noslēgsies Rīgā 27. oktobrī"): the day is its last one, not its
start, and the text gives no first day, so it dates no event of that noun (RECORD.md: `start` is the
first day; the adjudicated and the blind gold write none). A close told with what closes it ("…
noslēgsies 14. jūlijā ar koncertu") leaves that part its own event: only a noun told before the
verb is the one that closes. Dropped after
the closing days are joined to their first days (closing_day.py), so a close told after an opening
("sāksies 12. jūlijā, noslēgsies 14. jūlijā") stays that event's `end`. The other word order closes
alike: the day first, then the verb and its subject ("13. jūnijā skolā noslēdzās astoņu mēnešu
mācības", "Sestdien, 14. jūlijā, noslēdzās 4. skautu nometne"); there a noun after "ar" or past a
comma is again what the closing day holds ("14. jūlijā noslēgsies ar koncertu"); so is the order day,
subject, verb ("14. jūlijā festivāls noslēgsies ar koncertu": the festival closes, the concert is held). The closing verbs and how
many words (a place, an adverb, a weekday) may stand between the verb and the day are events.toml
[closing_only]. O(events)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention, Record
from ...word_regex import alternation
from .lexicon import vocabulary
from .nouns import event_nouns, noun_starts
from .offsets import any_between

# How far before the day the closing verb may stand.
REACH = 60
# How far after the day the closing verb may stand (its words between: events.toml).
REACH_AFTER = 90
# Between the closing verb and its subject after it: words, digits with a dot ("4. Baltijas"),
# quotes; no comma or stop (a clause of its own) and no "ar" (the part the close is made of).
SUBJECT_AFTER_VERB = re.compile(r"(?:\s+(?!ar\b)[\w.„“”\"«»-]+){1,8}\s*$", re.IGNORECASE)
# A clock time right after the day (maybe past a comma): the hour the day's occurrence closes at.
CLOCK_AFTER = re.compile(r"[,\s]*(?:plkst\.|pulksten|ap\s+plkst\.|\d{1,2}[:.]\d{2}\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closing_before_day() -> re.Pattern:
    data = vocabulary()["closing_only"]
    verbs = alternation(data["verbs"])
    between = int(data["words_between"])
    return re.compile(rf"(?<![^\W\d_])(?:{verbs})\s+(?:[^\W\d_]+,?\s+){{0,{between}}}$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _closing_after_day() -> re.Pattern:
    """The closing verb after the day, past a few words (a place, a manner: "skolā svinīgā gaisotnē")
    each maybe closed by a comma (the weekday's apposition: "Sestdien, 14. jūlijā, noslēdzās"; a town's:
    "13. jūnijā Ozolos, skolas zālē, noslēdzās"); no stop between."""
    data = vocabulary()["closing_only"]
    verbs = alternation(data["verbs"])
    between = int(data["words_between_after_day"])
    return re.compile(
        rf",?(?:\s+[^\s,.!?;:]+,?){{0,{between}}}?\s+(?:{verbs})(?![^\W\d_])", re.IGNORECASE)


def drop_closing_only(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    """Drop each one-day event whose date is told only as the close of its occurrence."""
    closing = _closing_before_day()

    def only_closing(event) -> bool:
        mention = first_mention.get(id(event))
        if mention is None or event.end is not None or mention.span is None:
            return False
        day = mention.span.start
        if event.span is not None and event.span.end > mention.span.end:
            return _closed_after_day(doc, mention, event)
        verb = closing.search(doc.text, max(0, day - REACH), day)
        # Only the subject told before the verb closes there: a noun after the day ("noslēgsies
        # 14. jūlijā ar koncertu", "… vakarā, tik vēlu koncertam") may be what the closing day holds.
        if verb is None or event.span is None or event.span.start >= verb.start():
            return False
        # "koncerts noslēgsies 12. jūlijā plkst. 22": a one-day occurrence's closing hour, not its last day
        return CLOCK_AFTER.match(doc.text, mention.span.end) is None

    record.events[:] = [e for e in record.events if not only_closing(e)]


def _closed_after_day(doc: Document, mention: DateMention, event) -> bool:
    """The day, then the closing verb, then the event's noun as its subject ("7. jūnijā noslēdzās
    darbnīcu pirmā nedēļa"), all in the event's own span; no clock time after the day."""
    if CLOCK_AFTER.match(doc.text, mention.span.end) is not None:
        return False
    verb = _closing_after_day().match(doc.text, mention.span.end, min(event.span.end, mention.span.end + REACH_AFTER))
    if verb is None:
        return _noun_then_closing(doc, mention, event) or _closed_object(doc, mention, event)
    return SUBJECT_AFTER_VERB.match(doc.text[verb.end():event.span.end]) is not None


def _noun_then_closing(doc: Document, mention: DateMention, event) -> bool:
    """The day, a few words and the event's noun, then the closing verb right after it, past one
    adverb at most ("14. jūlijā festivāls svinīgi noslēgsies ar koncertu"): the noun is the subject
    of the close; no clause break between the day and the noun (a second verb would need one)."""
    between = doc.text[mention.span.end:event.span.end]
    if len(between) > REACH or any(stop in between for stop in ".!?;:\n"):
        return False
    return _closing_right_after().match(doc.text, event.span.end) is not None


@lru_cache(maxsize=1)
def _closing_right_after() -> re.Pattern:
    verbs = alternation(vocabulary()["closing_only"]["verbs"])
    return re.compile(rf"[ \t]+(?:[^\W\d_]+i[ \t]+)?(?:{verbs})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _transitive_after_day() -> re.Pattern:
    """The day, a few words (its doer, a place), a transitive closing verb and maybe one word before
    its object ("2. augustā ministrs Ozolos noslēdza tikšanās ar iedzīvotājiem")."""
    data = vocabulary()["closing_only"]
    verbs = alternation(data["transitive_verbs"])
    between = int(data["words_between_after_day"])
    return re.compile(rf",?(?:\s+[^\s,.!?;:]+,?){{0,{between}}}?\s+(?P<verb>{verbs})\s+(?:[^\W\d_]+\s+)?", re.IGNORECASE)


def _closed_object(doc: Document, mention: DateMention, event) -> bool:
    """The day's occurrence is what someone closed that day, no occurrence of its own held then: the
    closing verb's object, the event's own noun, right after it, no event noun before the verb
    ("svētkus noslēdza balle": the feast before the verb is the object, the ball after it the subject
    that took place)."""
    verb = _transitive_after_day().match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + REACH_AFTER))
    if verb is None:
        return False
    nouns, starts = event_nouns(doc), noun_starts(doc)
    if any_between(starts, (mention.span.end, verb.start("verb"))):
        return False
    k = bisect.bisect_left(starts, verb.start("verb"))
    return k < len(nouns) and nouns[k].start <= verb.end() and nouns[k].kind == event.type
