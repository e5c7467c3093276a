"""Days near an occurrence that are not its day: one it was moved from, a bound on when it may
be held, the day something about it is published, the day a rule allows it from, a press
release's bracketed day closing its headline, "šodien" as the present state of things. Each looks
a fixed window either side of the date: O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.orthography import DASH, UPPER
from ...layout import layout
from ...record import DateMention
from ...temporal import vocabulary as temporal_vocabulary
from ...word_regex import alternation, last_match, may_match
from .hour_abbreviation import CLOCK_WORD
from .lexicon import NON_SPACE, cue_alternation, listed_pattern, literals, vocabulary
from .nouns import noun_starts
from .offsets import any_between, sentence_at


@lru_cache(maxsize=None)
def _cues(section: str) -> tuple[re.Pattern, re.Pattern]:
    """events.toml's [section]: its `before` cues, ending where the date starts, and its `after` cues."""
    cues = vocabulary()[section]
    before = re.compile(rf"(?:{cue_alternation(cues['before'])})$", re.IGNORECASE)
    after = re.compile(cue_alternation(cues["after"]), re.IGNORECASE)
    return before, after


def _cue_around(doc: Document, mention: DateMention, section: str, reach: int) -> bool:
    before, after = _cues(section)
    start, end = mention.span.start, mention.span.end
    lo = max(0, start - reach)
    # A window without any word every `before` cue holds ("pārcel", "sākotnēji", …) cannot end in
    # one: a substring test before the cue alternation, tried at each position (issue 13).
    return bool((may_match(before, doc.text, lo, start) and before.search(doc.text[lo:start]))
                or after.match(doc.text, end, min(len(doc.text), end + reach)))


def moved_from(doc: Document, mention: DateMention) -> bool:
    """"Sākotnēji … bija plānota 28. martā", "pārcelta no 5. maija": the day it no longer takes place.
    Looks 100 characters either side: O(1) per date."""
    return _cue_around(doc, mention, "moved_from", 100) or _changed_date(doc, mention)


def _changed_date(doc: Document, mention: DateMention) -> bool:
    """"vakara datumu 28. aprīlī mainām": the date named as the one being changed. O(1) per date."""
    before, after = _cue_pair("changed_date")
    start, end = mention.span.start, mention.span.end
    return bool(before.search(doc.text[max(0, start - 20):start])
                and after.match(doc.text[end:min(len(doc.text), end + 60)]))


def other_day(doc: Document, mention: DateMention) -> bool:
    """"jāplāno ne ātrāk kā 6. jūlijā", "tiks publicēts 15. jūnijā": a bound or a publication's day,
    no occurrence's. Looks 60 characters either side: O(1) per date."""
    return _cue_around(doc, mention, "other_day", 60)


@lru_cache(maxsize=None)
def _cue_pair(section: str) -> tuple[re.Pattern, re.Pattern]:
    """events.toml's [section] whose `before` and `after` are one regex each."""
    cues = vocabulary()[section]
    return re.compile(cues["before"], re.IGNORECASE), re.compile(cues["after"], re.IGNORECASE)


def permission_start(doc: Document, mention: DateMention) -> bool:
    """"No 1. marta apmācības klātienē varēs veikt": the day a rule allows something from, not
    an occurrence. Only an open start (a range has its own end). O(1) per date."""
    if mention.end is not None:
        return False
    before, after = _cue_pair("permission_start")
    start, end = mention.span.start, mention.span.end
    return bool(before.search(doc.text[max(0, start - 10):start])
                and after.match(doc.text[end:min(len(doc.text), end + 100)]))


# How far before the day the modal of permitted_from may stand.
PERMITTED_REACH = 80


@lru_cache(maxsize=1)
def _modal_before() -> re.Pattern:
    return re.compile(vocabulary()["permission_start"]["modal_before"], re.IGNORECASE)


def permitted_from(doc: Document, mention: DateMention) -> bool:
    """"Nometnes varēja sākt rīkot tikai no 1. jūlija": the modal before the open start a rule lets
    organising begin from (permission_start reads it after the day). O(1) per date."""
    if mention.end is not None:
        return False
    start = mention.span.start
    return _modal_before().search(doc.text, max(0, start - PERMITTED_REACH), start) is not None


# A day something is closed or restricted on: "5. augustā … būs ierobežota izstādes apskate",
# "muzejs 12. maijā būs slēgts", "ekspozīcijas nebūs pieejamas" (like opening hours, RECORD.md);
# also what is forbidden for those days ("stāvēšana būs liegta no 11. oktobra līdz 13. oktobrim"):
# a fair's traffic rules span more days than the fair.
RESTRICTED = re.compile(r"(?<!\w)(?:(?:būs|tiks|tiek|ir)\s+(?:ierobežot|slēgt|liegt|aizliegt)\w*"
                        r"|nebūs\s+(?:pieejam|atvērt)\w*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _happens_here() -> re.Pattern:
    """[restricted_day] happens: the verbs that say the closed day still has its occurrence."""
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['restricted_day']['happens'])})(?!\w)", re.IGNORECASE)


def restricted_day(doc: Document, mention: DateMention) -> bool:
    """A day the sentence closes or restricts something on, saying nothing takes place. O(sentence),
    once per sentence (a table's one long sentence holds many dates)."""
    k = doc.sentence_index(mention.span.start)
    if k is None:
        return False
    judged = doc.derived("events.restricted_sentences", lambda d: {})
    if k not in judged:
        sentence = doc.sentences[k]
        text = doc.text[sentence.start:sentence.end]
        judged[k] = bool(RESTRICTED.search(text)) and not _happens_here().search(text)
    return judged[k]


@lru_cache(maxsize=1)
def _window_cue() -> re.Pattern:
    return re.compile(vocabulary()["application_window"]["after"], re.IGNORECASE)


def application_window(doc: Document, mention: DateMention) -> bool:
    """"No 14. februāra līdz 14. martam ikvienam ir iespēja pieteikt savu pasākumu festivālam": a
    range whose clause asks the reader to apply, or has the entries judged ("žūrija vērtēs
    darbus"), with no event noun between: a window of work, not the occurrence's days. Only a
    range. O(log n) per date."""
    if mention.end is None:
        return False
    start, end = mention.span.start, mention.span.end
    after = doc.text[end:min(len(doc.text), end + 120)]
    m = _window_cue().match(after) or _cue_pair("judging_window")[1].match(after)
    if m is not None and not any_between(noun_starts(doc), (end, end + m.end())):
        return True
    b = _cue_pair("judging_window")[0].search(doc.text, max(0, start - 60), start)
    return b is not None and not any_between(noun_starts(doc), (b.start() + 1, start))  # past the judging noun itself


def _hours_cue() -> re.Pattern:
    return listed_pattern("opening_hours", r"(?<!\w)(?:{words})\s+laik(?:s|u)(?!\w)")


# A later clause opened between the hours' word and the day ("strādās saīsinātu darba laiku, jo
# 23. jūnijā notiks Līgo svētki", "…, bet 5. maijā notiks lekcija", "ņemiet vērā, ka 5. maijā …"):
# its day is an occurrence's own, not an opening day — unless hours follow the day right away
# ("pagarinot darba laiku: … ne tikai 17.maijā no plkst. 19:00 līdz 24:00, bet arī 18.maijā no plkst. 11:00").
def _clause_break() -> re.Pattern:
    return listed_pattern("opening_hours", r",\s*(?:{clause_breaks})(?!\w)")


_HOURS_AFTER = re.compile(rf"\s*(?:{DASH}\s*)?(?:no\s+)?{CLOCK_WORD}\s*\d|\s*\d{{1,2}}[:.]\d{{2}}",
                          re.IGNORECASE)


def opening_hours(doc: Document, mention: DateMention) -> bool:
    """"Izstādes darba laiks 17. jūlijā no pulksten 15 līdz 22, 18. jūlijā – …": a day in a sentence
    setting out opening hours, after their word, is when the place is open, no occurrence's day —
    unless a later clause ("…, jo|bet|ka|kad …") opens between the word and the day and no hours
    follow the day.
    Looks back at most 160 characters within the sentence: O(1) per date."""
    sentence = sentence_at(doc, mention.span.start)
    if sentence is None:
        return False
    lo = max(sentence.start, mention.span.start - 160)
    cue = last_match(_hours_cue(), doc.text, lo, mention.span.start)  # the nearest one before the day
    return cue is not None and (_clause_break().search(doc.text, cue.end(), mention.span.start) is None
                                or _HOURS_AFTER.match(doc.text, mention.span.end) is not None)


# "… kādas tās ir šodien.", "kā tas ir šodien?": "today" closing a clause after the copula tells of
# the present state of things, not of a day something takes place.
COPULA_BEFORE = re.compile(r"(?<!\w)(?:ir|nav|būtu)\s+$", re.IGNORECASE)
CLAUSE_END_AFTER = re.compile(r"\s*(?:[,.;?!)]|$)")


def nowadays(doc: Document, mention: DateMention) -> bool:
    if mention.relative != "+P0D":
        return False
    return COPULA_BEFORE.search(doc.text, max(0, mention.span.start - 8), mention.span.start) is not None \
        and CLAUSE_END_AFTER.match(doc.text, mention.span.end) is not None


# "Piektdien parlamentā pulcēsies Jauniešu Saeima (08.04.2025.)": a press release's day in brackets
# closing its headline, the text's first line, is when it was issued, not when anything takes place.
BRACKETED_TO_LINE_END = re.compile(r"\)[ \t]*$")


def _first_mark(doc: Document) -> int:
    """Where the text's first non-space character stands (its length if none)."""
    m = NON_SPACE.search(doc.text)
    return len(doc.text) if m is None else m.start()


def headline_stamp(doc: Document, mention: DateMention) -> bool:
    start, end = layout(doc).line_of(mention.span.start)
    if doc.derived("events.first_mark", _first_mark) < start:
        return False  # not the first line
    # The last mark before the day, read back over spaces only (the line may be the whole text).
    text, last = doc.text, mention.span.start
    while last > start and text[last - 1].isspace():
        last -= 1
    return last - start > 1 and text[last - 1] == "(" \
        and BRACKETED_TO_LINE_END.match(text, mention.span.end, end) is not None


# A report's headline closed by its posting day ("Pastendē aizvadītas sporta spēles 10.11.2017"): the
# document date found there (temporal/headline_stamp.past_headline_day) heads no event of its own.
_PAST_HEADLINE_CLOSE = re.compile(r"[^\S\n]*\.?[^\S\n]*$")
_LETTERS = re.compile(r"[^\W\d_]+")


def past_headline_stamp(doc: Document, mention: DateMention) -> bool:
    """Whether the document's date closes a headline whose words tell in the past what was done."""
    if mention.role != "document":
        return False
    start, end = layout(doc).line_of(mention.span.start)
    if not _PAST_HEADLINE_CLOSE.fullmatch(doc.text, mention.span.end, end):
        return False
    verbs = tuple(temporal_vocabulary.temporal()["document_date"]["headline_past_verbs"])
    return any(w.lower().startswith(verbs) for w in _LETTERS.findall(doc.text, start, mention.span.start))


# A headline closed by a numeric day with its year and a clock time ("Novada svētki pulcēs simtiem
# 01.07.2014. plkst. 12.30"): a CMS's posting stamp when the body never tells that day again and
# dates a later day of its own ("… notiks no 7. līdz 23. jūlijam"). An announcement's headline
# giving its occasion's day is retold by the body, or only followed by earlier days (a deadline
# before the occasion: "Pieteikties līdz 10. maijam").
_NUMERIC_DAY = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\.?")
_CLOCK_TO_LINE_END = re.compile(r"[^\S\n]*,?[^\S\n]*(?:plkst\.?|pl\.|pulksten)?[^\S\n]*\d{1,2}[.:]\d{2}[^\S\n]*$")
_HEADLINE_WORDS = re.compile(r"[^\W\d_]+")
_SENTENCE_STOP = re.compile(rf"[!?;:]|[.][^\S\n]+[{UPPER}]")
_HEADLINE_MIN_WORDS = 3


def headline_clock_stamp(doc: Document, mention: DateMention, dates: list[DateMention]) -> bool:
    """Whether the mention is such a stamp closing the text's first line (see above). O(1) unless
    it is; then one pass over the dates (once per text: only the first line's day gets there)."""
    if mention.end is not None or not mention.value or len(mention.value) != 10 or not mention.value[:4].isdigit():
        return False
    if _NUMERIC_DAY.fullmatch(doc.text, mention.span.start, mention.span.end) is None:
        return False
    start, end = layout(doc).line_of(mention.span.start)
    if doc.derived("events.first_mark", _first_mark) < start:
        return False  # not the first line
    if _CLOCK_TO_LINE_END.match(doc.text, mention.span.end, end) is None:
        return False
    before = doc.text[start:mention.span.start]
    if len(_HEADLINE_WORDS.findall(before)) < _HEADLINE_MIN_WORDS or _SENTENCE_STOP.search(before):
        return False
    day = mention.value[5:]
    later = False
    for other in dates:
        if other is mention or not other.value or len(other.value) != 10:
            continue
        if other.value[5:] == day and other.value[:4] in ("XXXX", mention.value[:4]):
            return False  # the body tells the headline's day again: the occasion's
        if other.span.start >= end and other.value[5:] > day and other.value[:4] in ("XXXX", mention.value[:4]):
            later = True
    return later


# A numeric day with its year and an exact clock time alone on a line ("28.12.2012 13:27" above a
# report's headline): a CMS's posting stamp, as its minute is no appointment's (not a multiple of five:
# an occurrence is set for 13:00 or 13:30, a page is saved at 13:27). It dates no event unless the body
# tells that day again.
_LINE_START = re.compile(r"[^\S\n]*")
_STAMP_CLOCK = re.compile(r"[^\S\n]*,?[^\S\n]*(?:plkst\.?[^\S\n]*)?\d{1,2}[.:](\d{2})[^\S\n]*$")


def lone_clock_stamp(doc: Document, mention: DateMention, dates: list[DateMention]) -> bool:
    """Whether the mention is such a stamp (see above). O(1) unless it is; then one pass over the dates."""
    if mention.end is not None or not mention.value or len(mention.value) != 10 or not mention.value[:4].isdigit():
        return False
    if _NUMERIC_DAY.fullmatch(doc.text, mention.span.start, mention.span.end) is None:
        return False
    start, end = layout(doc).line_of(mention.span.start)
    clock = _STAMP_CLOCK.match(doc.text, mention.span.end, end)
    if clock is None or int(clock.group(1)) % 5 == 0 or not _LINE_START.fullmatch(doc.text, start, mention.span.start):
        return False
    return not any(other is not mention and other.value and len(other.value) == 10
                   and other.value[5:] == mention.value[5:] and other.value[:4] in ("XXXX", mention.value[:4])
                   for other in dates)


# A day that opens a series going on ("No 1. septembra nodarbības “Vesela mugura” … turpināsies
# iekštelpās"): the day from which recurring sessions move on, no occurrence of its own. The words
# before the day ("no"), and the verbs of going on looked for in the rest of its sentence (events.toml
# [series_goes_on]).
_SERIES_REACH = 160


@lru_cache(maxsize=1)
def _series_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = vocabulary()["series_goes_on"]
    before = re.compile(rf"(?<!\w)(?:{alternation(data['before'])})\s+$", re.IGNORECASE)
    # (the verb, not followed by an object in the accusative: "turpinās darbu" continues something else)
    objects = alternation(data["object_endings"])
    verbs = re.compile(rf"(?<!\w)(?:{alternation(data['verbs'])})(?!\w)(?!\s+[^\W\d_]+(?:{objects})(?!\w))",
                       re.IGNORECASE)
    breaks = re.compile(alternation(data["clause_breaks"]) + r"(?!\w)", re.IGNORECASE)
    return before, verbs, breaks


def series_goes_on(doc: Document, mention: DateMention) -> bool:
    """Whether the day opens a series that its sentence says goes on (see above), in the day's own
    clause. O(1) per date."""
    if mention.end is not None:
        return False
    before, verbs, breaks = _series_patterns()
    start = mention.span.start
    if before.search(doc.text, max(0, start - 8), start) is None:
        return False
    sentence = sentence_at(doc, start)
    end = min(sentence.end if sentence is not None else len(doc.text), mention.span.end + _SERIES_REACH)
    clause_break = breaks.search(doc.text, mention.span.end, end)
    end = clause_break.start() if clause_break else end
    verb = verbs.search(doc.text, mention.span.end, end)
    # "sāksies no 5. maija un turpināsies līdz 8. maijam": one occurrence's days (continued.py)
    return verb is not None and _UNTIL.search(doc.text, verb.end(), end) is None


_UNTIL = re.compile(r"(?<!\w)līdz(?!\w)", re.IGNORECASE)
