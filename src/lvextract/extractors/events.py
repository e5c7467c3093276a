"""events: dated occurrences (seminars, workshops, visits, discussions …) with time, place and status.

An event is an event noun tied to a day-grain date mention in the same clause, or in a
neighbouring one when the date's clause names no event. The walk goes date by date, not
noun by noun: a text that mentions "seminārs" five times but dates it once gives one
event, and an undated list of planned activities gives none.

Cost: linear in the text (times log n). What every date asks of its clause — the clock times,
the tense words, the event nouns, the venues and addresses — is found once per document (or
once per distinct clause) and looked up by offset with bisection, never rescanned per date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles
from .. import places
from ..document import Document
from ..layout import layout
from ..lemmas import lemma, stem
from ..record import DateMention, DateRole, Event, Record
from ..spans import Intervals
from ..temporal.times import clock_times, parse_times
from .deadline_cues import cue_before
from .vocabulary import PatternSet

DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
# A period, not an occurrence: a range longer than this many days.
LONGEST_EVENT_DAYS = 31
# "katru otrdienu no 3. oktobra līdz 28. novembrim": a weekly series is one event over its season.
LONGEST_SERIES_DAYS = 183
# A vocational course may run a school year: "Pavārs | 960 | 19.09.2016. – 30.06.2017.".
LONGEST_COURSE_DAYS = 366


@lru_cache(maxsize=1)
def _word_start_patterns() -> dict[str, re.Pattern]:
    """The regexes built from events.toml's [word_starts]."""
    words = vocabulary()["word_starts"]

    def any_of(key: str) -> str:
        return "|".join(map(re.escape, words[key]))

    weekdays = any_of("weekdays")
    punctuation = r"[\s*#_,.:–—-]*"
    return {
        "recurring": re.compile(rf"(?<!\w)(?:katru|ik)\s+(?:{weekdays}|{any_of('recurring_units')})\w*\s+(?:no\s+)?$",
                                re.IGNORECASE),
        "long_event": re.compile(rf"(?<!\w)(?:{any_of('long_events')})\w*", re.IGNORECASE),
        "money_before": re.compile(rf"(?:{any_of('money')}|(?:{any_of('money_starts')})\w*)[\s*_]*$", re.IGNORECASE),
        "measures_before": re.compile(rf"(?<!\w)(?:{any_of('measure_starts')})\w*[\s*_]*$", re.IGNORECASE),
        "time_preposition": re.compile(rf"(?<!\w)(?:{any_of('time_prepositions')})\s+$", re.IGNORECASE),
        "registration": re.compile(rf"(?<!\w)(?:{any_of('registration')})\w*\s+$", re.IGNORECASE),
        # What may stand beside the date on a poster's day heading: its weekday and emphasis.
        "heading_rest": re.compile(rf"{punctuation}(?:(?:{weekdays})\w*)?{punctuation}", re.IGNORECASE),
    }
QUOTED = re.compile(r"[„“\"«”]([^„“\"«»”\n]{2,200}?)[”“\"»]")
# The quoted name right after the noun, also past an audience in the dative plural
# ("karnevāls bērniem “…”") or "par tēmu"; not past "par projektu „…”", which names a project.
TITLE_AFTER_NOUN = re.compile(
    # A quote glued to the noun closes a name the noun stands in (“Latvijas Koncerti” rīko …).
    r"(?![”“\"»])[ \t]*(?:[:–—-][ \t]*)?(?:\w+(?:iem|ām)[ \t]+){0,2}(?:(?:par|ar)\s+(?:tēmu|nosaukumu)\s*:?\s*)?"
    r"[„“\"«”]([^„“\"«»”\n]{2,200}?)[”“\"»]"
)
# Abbreviations the tokenizer may end a sentence on although the sentence goes on.


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return datafiles.vocabulary("events")


@lru_cache(maxsize=1)
def _noun_matcher() -> PatternSet:
    """spaCy Matcher patterns over stems (NORM): one per vocabulary entry, labelled by its type."""
    patterns = []
    for phrase, kind in vocabulary()["nouns"].items():
        pattern = []
        for i, word in enumerate(phrase.split()):
            if i:
                pattern.append({"IS_SPACE": True, "OP": "?"})
            pattern.append({"NORM": stem(word)})
        patterns.append((kind or BLOCKED, pattern))
    return PatternSet(patterns)


@dataclass(frozen=True)
class NounMention:
    kind: str
    start: int
    end: int


BLOCKED = "-"  # the type of a vocabulary phrase that names no occurrence ("darba tirgus")


def event_nouns(doc: Document) -> list[NounMention]:
    """Every event noun in any case form, the longest phrase where they overlap ("apaļā galda
    diskusija"), without those inside another noun's quoted name. Once per document."""
    return doc.derived("events.nouns", _find_nouns)[0]


def _all_nouns(doc: Document) -> list[NounMention]:
    """The event nouns including those inside quoted names ("pasākums „Karjeras diena”")."""
    return doc.derived("events.nouns", _find_nouns)[1]


def _find_nouns(doc: Document) -> tuple[list[NounMention], list[NounMention]]:
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans

    sdoc = doc.spacy
    spans = [SpacySpan(sdoc, s, e, label=label) for label, s, e in _noun_matcher()(sdoc, doc)]
    spans += _compound_spans(sdoc)
    kept = [sp for sp in filter_spans(spans) if sp.label_ != BLOCKED and sp.text.lower() not in _not_events()]
    nouns = sorted((_hyphen_compound(doc, NounMention(sp.label_, sp.start_char, sp.end_char)) for sp in kept),
                   key=lambda n: n.start)
    nouns = _without_glued(nouns)
    return _without_names(doc, nouns), nouns


@lru_cache(maxsize=1)
def _compound_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """"paneļdiskusij" → ("paneļ", "diskusij"): a stem that ends in a compound head's stem."""
    heads = {stem(h): h for h in vocabulary()["compounds"]["heads"]}
    alternatives = "|".join(sorted(map(re.escape, heads), key=len, reverse=True))
    return re.compile(rf"([^\W\d_]{{3,}}?)({alternatives})"), heads


def _compound_spans(sdoc) -> list:
    """One-word compounds closed by an event noun ("paneļdiskusijā" → "paneļdiskusija",
    "videokonferencē" → "videokonference"), and hyphenated pairs led by one ("izstāde-izsole"):
    the type is the whole word in the nominative. Each distinct stem is tested once (numpy over
    the NORM column), so the cost is one pass over the tokens."""
    import numpy
    from spacy.attrs import NORM
    from spacy.tokens import Span as SpacySpan

    pattern, heads = _compound_pattern()
    singles = _single_word_stems()
    norms = sdoc.to_array([NORM])
    if not len(norms):
        return []
    hits = {}
    for h in numpy.unique(norms).tolist():
        norm = sdoc.vocab.strings[h]
        if not norm[:1].isalpha():
            continue
        if "-" in norm:
            parts = norm.split("-")
            if len(parts) == 2 and len(parts[1]) > 1 and parts[1].isalpha() and stem(parts[0]) in singles:
                hits[h] = None  # the type comes from the token's own text
            continue
        m = pattern.fullmatch(norm)
        if m:
            hits[h] = m.group(1) + heads[m.group(2)]
    found = []
    for i in numpy.flatnonzero(numpy.isin(norms, list(hits))).tolist():
        token = sdoc[i]
        kind = hits[int(norms[i])]
        if kind is None:
            kind = "-".join(lemma(p) for p in token.text.split("-"))
        found.append(SpacySpan(sdoc, i, i + 1, label=kind))
    return found


@lru_cache(maxsize=1)
def _single_word_kinds() -> dict[str, str]:
    return {stem(p): kind for p, kind in vocabulary()["nouns"].items() if kind and " " not in p}


@lru_cache(maxsize=1)
def _single_word_stems() -> frozenset[str]:
    return frozenset(stem(p) for p, kind in vocabulary()["nouns"].items() if kind and " " not in p)


HYPHEN_WORD = re.compile(r"-([^\W\d_]{3,})")
# "semināri – diskusijas": two event nouns joined by a spaced dash name one occurrence of both kinds.
DASH_WORD = re.compile(r"[ \t]+[–—-][ \t]+([^\W\d_]{3,})")


def _hyphen_compound(doc: Document, noun: NounMention) -> NounMention:
    """"seminārs-darbnīca", "izstāde-izsole": a second noun glued on with a hyphen belongs to the
    type; so does a second event noun after a spaced dash ("seminārs – diskusija")."""
    if noun.kind == BLOCKED:
        return noun
    m = HYPHEN_WORD.match(doc.text, noun.end, min(len(doc.text), noun.end + 40))
    if not m:
        # Only two specific nouns: "pasākums – seminārs" says what the event is (apposition).
        m = DASH_WORD.match(doc.text, noun.end, min(len(doc.text), noun.end + 40))
        generic = _generic()
        if not m or noun.kind in generic or _single_word_kinds().get(stem(m.group(1).lower()), "pasākums") in generic:
            return noun
    return NounMention(f"{noun.kind}-{lemma(m.group(1))}", noun.start, m.end())


def _without_glued(nouns: list[NounMention]) -> list[NounMention]:
    """Drops the second noun of a dash compound: it is part of the one before."""
    kept: list[NounMention] = []
    for n in nouns:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept


def _without_names(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Drops a noun inside the quoted name of another noun: in "pasākums „Atvērto durvju diena”"
    the event noun is "pasākums" and the quotes are its title. O(nouns · log nouns)."""
    names = Intervals()
    for noun in nouns:
        m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
        if m:
            names.add(m.start(1), m.end(1))
    return [n for n in nouns if not names.overlaps(n.start, n.start + 1)]


@lru_cache(maxsize=1)
def _needs_time() -> frozenset[str]:
    return frozenset(vocabulary()["needs_time"]["types"])


@lru_cache(maxsize=1)
def _not_events() -> frozenset[str]:
    return frozenset(vocabulary()["not_events"]["forms"])


# --- clock times ---

def _doc_times(doc: Document) -> list[tuple[int, int, str, str | None]]:
    """Every clock time of the document, in order, parsed once (parse_times is O(n + m log m))."""
    return doc.derived("events.times", lambda d: clock_times(d.text))


def _event_times(doc: Document) -> tuple[list[int], list[tuple[int, int, str, str | None]]]:
    """The clock times an event can take (not a deadline's "līdz plkst. 17.00"), with their starts."""
    def build(doc: Document):
        times = [t for t in _doc_times(doc)
                 if not re.search(r"līdz\s*$", doc.text[max(0, t[0] - 8):t[0]], re.IGNORECASE)]
        return [t[0] for t in times], times
    return doc.derived("events.event_times", build)


# --- which dates can date an event ---

def is_deadline_date(doc: Document, mention: DateMention) -> bool:
    """"līdz šā gada 25. aprīlim", "ne vēlāk kā 5. maijā", "termiņš – 1. marts"."""
    if mention.role == DateRole.deadline.value:
        return True
    return mention.end is None and cue_before(doc, mention) is not None


def _calendar_day(value: str | None) -> dt.date | None:
    """The day of a value whose year is known ("2024-05-14", not "XXXX-05-14")."""
    return _as_date(value) if value and not value.startswith("X") else None


def _as_date(value: str | None) -> dt.date | None:
    m = DAY_VALUE.match(value) if value else None
    if not m:
        return None
    year = 2000 if m.group(1) == "XXXX" else int(m.group(1))
    try:
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# A day this many years before the text's own time is history told in passing (a holiday's
# origin: "1920. gada 1. maijā sanāca Satversmes sapulce"), not an occurrence it announces.
HISTORY_YEARS = 10


def _latest_year(record: Record) -> int | None:
    """The text's own time: the document date's year, else the latest year it states."""
    if record.document_date:
        return int(str(record.document_date)[:4])
    years = [int(d.value[:4]) for d in record.dates if d.value and d.value[:4].isdigit() and d.relative is None]
    years += [int(d.end[:4]) for d in record.dates if d.end and d.end[:4].isdigit()]
    return max(years) if years else None


def _historical(mention: DateMention, latest: int | None) -> bool:
    year = mention.value[:4] if mention.value else ""
    return latest is not None and year.isdigit() and int(year) < latest - HISTORY_YEARS


def can_date_event(doc: Document, mention: DateMention) -> bool:
    if mention.role == DateRole.deadline.value or (mention.role == DateRole.period.value and mention.end is None):
        return False
    if mention.role == DateRole.period.value and not (DAY_VALUE.match(mention.value or "") and DAY_VALUE.match(mention.end)):
        return False  # a range of years or months; a long range of days is judged by its length below
    if mention.role == DateRole.document.value and not _heads_an_event(doc, mention):
        return False
    first = _as_date(mention.value)
    if first is None or (mention.span.start, mention.span.end) in doc.furniture_spans:
        return False
    if mention.end is not None:
        last = _as_date(mention.end)
        sentence = doc.sentence_index(mention.span.start)
        around = doc.sentences[sentence] if sentence is not None else None
        long_kind = around is not None and _any_between(_long_event_words(doc), (around.start, around.end))
        row = _table_row(doc, mention.span.start) if not long_kind else None
        caption = _table_caption(doc, row) if row else None
        long_kind = long_kind or (caption is not None and _any_between(_long_event_words(doc), caption))
        recurring = _word_start_patterns()["recurring"].search(doc.text, max(0, mention.span.start - 30),
                                                                mention.span.start)
        longest = LONGEST_COURSE_DAYS if long_kind else LONGEST_SERIES_DAYS if recurring else LONGEST_EVENT_DAYS
        if last is None or not 0 <= (last - first).days <= longest:
            return False
    if _period_cue().search(doc.text, max(0, mention.span.start - 25), mention.span.start):
        return False
    if _legal_cue().search(doc.text, max(0, mention.span.start - 25), min(len(doc.text), mention.span.end + 25)):
        return False
    if mention.end is None and not _case_can_date(doc, mention):
        return False
    if _moved_from(doc, mention) or _publish_stamp(doc, mention) or _opening_day(doc, mention):
        return False
    return not is_deadline_date(doc, mention)


ACT_WORD = re.compile(r"[\s.]*([^\W\d_]+)")
# What joins the dates of one list: "13.11.1997., 21.12.2000. un 17.06.2010. likumu".
DATE_LIST_JOIN = re.compile(r"[\s.,;]*(?:un\s+)?")


@lru_cache(maxsize=1)
def _act_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["legal_act"]["after"])


@lru_cache(maxsize=1)
def _act_participles() -> tuple[str, ...]:
    return tuple(vocabulary()["legal_act"]["participles"])


def _naming_acts(doc: Document, dates: list[DateMention]) -> set[int]:
    """Dates that name a legal act ("ar 17.06.2010. likumu", "2020. gada 5. maija rīkojums"), also
    each date of a list that ends in one ("13.11.1997., 21.12.2000. un 17.06.2010. likumu"):
    the act's day, no occurrence. One backward pass over the dates."""
    ordered = sorted(dates, key=lambda d: d.span.start)
    found: set[int] = set()
    listed_act = False  # whether the date after this one closes a list that names an act
    for k in range(len(ordered) - 1, -1, -1):
        d = ordered[k]
        after = ACT_WORD.match(doc.text, d.span.end, min(len(doc.text), d.span.end + 40))
        if after is not None and after.group(1).lower().startswith(_act_participles()):
            after = ACT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 40))
        names_act = after is not None and stem(after.group(1).lower()) in _act_stems()
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        joined = nxt is not None and listed_act and DATE_LIST_JOIN.fullmatch(doc.text, d.span.end, nxt.span.start)
        listed_act = names_act or bool(joined)
        if listed_act:
            found.add(id(d))
    return found


# "Šodien 08:28", "Vakar 14:10": a portal's stamp of when the article went up, on a line of its
# own; the day is the publication's, not that of anything the article tells of.
STAMP_DAYS = ("+P0D", "-P1D")
STAMP_REST = re.compile(r"[\s,.:|–—-]*(?:plkst\.?\s*)?\d{1,2}[:.]\d{2}[\s,.|–—-]*")


@lru_cache(maxsize=1)
def _stamp_words() -> frozenset[str]:
    return frozenset(vocabulary()["publish_line"]["words"])


# A line longer than this is more than a date with a page's buttons and labels.
LONGEST_STAMP_LINE = 80
STAMP_WORD = re.compile(r"[^\W\d_]+")


def _publish_stamp(doc: Document, mention: DateMention) -> bool:
    """"Šodien 08:28", "28.10.2024 Drukāt", "Publicēts: 12.05.2021 | Komentāri": the date of the
    page's publication, on a line that holds nothing but the date, a clock time and the page's
    labels and buttons. O(1) per date (the line is short or not read)."""
    start, end = layout(doc).line_of(mention.span.start)
    if mention.relative is None:
        if end - start > LONGEST_STAMP_LINE:
            return False
        rest = doc.text[start:mention.span.start] + " " + doc.text[mention.span.end:end]
        words = [w.lower() for w in STAMP_WORD.findall(rest) if w.lower() not in ("plkst", "pulksten")]
        return bool(words) and all(w in _stamp_words() for w in words)
    if mention.relative not in STAMP_DAYS:
        return False
    # Only the characters up to the first non-space are read: a long line is not copied per date.
    return _NON_SPACE.search(doc.text, start, mention.span.start) is None \
        and bool(STAMP_REST.fullmatch(doc.text, mention.span.end, end))


# A heading that dates an occurrence is short: "16/04/2014 – 2. partneru sanāksme".
LONGEST_DATED_HEADING = 120


def _heads_an_event(doc: Document, mention: DateMention) -> bool:
    """A dateline that is also the heading of an occurrence ("16/04/2014 – partneru sanāksme"):
    the day is the document's and the event's."""
    line = layout(doc).line_of(mention.span.start)
    if line[1] - line[0] > LONGEST_DATED_HEADING:
        return False
    starts = doc.derived("events.noun_starts", lambda d: [n.start for n in event_nouns(d)])
    return _any_between(starts, line)


def _long_event_words(doc: Document) -> list[int]:
    """Offsets of the words of occurrences that run for months ("apmācības", "izstāde"), found once."""
    return doc.derived("events.long_words",
                       lambda d: [m.start() for m in _word_start_patterns()["long_event"].finditer(d.text)])


@lru_cache(maxsize=1)
def _moved_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = vocabulary()["moved_from"]
    before = re.compile("(?:" + "|".join(f"(?:{c})" for c in cues["before"]) + ")$", re.IGNORECASE)
    after = re.compile("|".join(f"(?:{c})" for c in cues["after"]), re.IGNORECASE)
    return before, after


def _moved_from(doc: Document, mention: DateMention) -> bool:
    """"Sākotnēji … bija plānota 28. martā", "pārcelta no 5. maija": the day it no longer takes place.
    Looks 100 characters either side: O(1) per date."""
    before, after = _moved_cues()
    start, end = mention.span.start, mention.span.end
    return bool(before.search(doc.text[max(0, start - 100):start])
                or after.match(doc.text, end, min(len(doc.text), end + 100)))


@lru_cache(maxsize=1)
def _opening_day_cues() -> tuple[re.Pattern, re.Pattern]:
    opening = re.compile("|".join(f"(?:{c})" for c in vocabulary()["opening_day"]["around"]), re.IGNORECASE)
    happens = re.compile(r"\b(?:" + "|".join(vocabulary()["happens"]["words"]) + r")\b", re.IGNORECASE)
    return opening, happens


CLAUSE_BREAK = re.compile(r"[,;]")


def _opening_day(doc: Document, mention: DateMention) -> bool:
    """"No 27. maija varēs iegādāties biļetes uz koncertiem", "reģistrācija darbnīcai sāksies
    5. maijā": the day a sale or a registration opens, unless the sentence says something takes
    place ("Koncerts notiks 5. jūnijā, biļetes var iegādāties …").
    Looks at the date's sentence, at most 100 characters either side: O(1) per date."""
    text, start, end = doc.text, mention.span.start, mention.span.end
    index = doc.sentence_index(start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    left = text[max(sentence.start, start - 100):start]
    right = text[end:min(sentence.end, end + 100)]
    opening, happens = _opening_day_cues()
    # Each side on its own: "Biļetes uz koncertu 5. jūnijā var iegādāties" dates the concert.
    # Only the date's own clause can say it takes place: in "Darbnīca notiks 20. maijā,
    # reģistrācija sāksies 5. maijā" the "notiks" is the other date's.
    clause_left = CLAUSE_BREAK.split(left)[-1]
    clause_right = CLAUSE_BREAK.split(right, 1)[0]
    return (bool(opening.search(left) or opening.search(right))
            and not (happens.search(clause_left) or happens.search(clause_right)))


# The month word's case ending tells how the date is used: "5. martā" (locative) is when
# something happens; "5. marta noteikumi" (genitive) and "veltīts 5. martam" (dative) are not.
MONTH_WORD = re.compile(r"([^\W\d_]+)\W*$")
GENITIVE_MONTHS = ("janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta",
                   "septembra", "oktobra", "novembra", "decembra")
DATIVE_MONTHS = ("janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam", "augustam",
                 "septembrim", "oktobrim", "novembrim", "decembrim")
NEXT_WORD = re.compile(r"[ \t]*(?:\(\w+\)[ \t]*)?([^\W\d_]+)")


def _month_word(mention: DateMention) -> str | None:
    m = MONTH_WORD.search(mention.span.text)
    return m.group(1).lower() if m else None


def _case_can_date(doc: Document, mention: DateMention) -> bool:
    """Whether a single date's case lets it be the day of an occurrence."""
    month = _month_word(mention)
    if month is None:
        return True
    if month in DATIVE_MONTHS:
        return _planned_for(doc, mention)
    if month in GENITIVE_MONTHS:
        if _opens_long_event(doc, mention):
            return True
        after = NEXT_WORD.match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + 60))
        if after is None:
            return True
        word = stem(after.group(1).lower())
        # "28. augusta novada domes sēdē": the body whose sitting it is may stand between.
        for _ in range(LONGEST_BODY):
            if after.group(1).lower() not in _body_words():
                break
            nxt = NEXT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 60))
            if nxt is None:
                break
            after, word = nxt, stem(nxt.group(1).lower())
        if word in _event_stems():  # "5. marta sēdē", but not "5. marta sēdes protokolā"
            following = NEXT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 60))
            return following is None or stem(following.group(1).lower()) not in _decision_stems()
        return word in _genitive_next_stems()
    return True


# How many words naming a body may stand between a genitive date and the sitting ("novada domes").
LONGEST_BODY = 2


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(vocabulary()["genitive_date"]["bodies"])


FROM_BEFORE = re.compile(r"(?<!\w)no\s+$", re.IGNORECASE)


def _opens_long_event(doc: Document, mention: DateMention) -> bool:
    """"No 14. novembra bibliotēkā būs apskatāma izstāde": the first day of an exhibition or a
    course, which run on for weeks, is its start (the genitive after "no" says from when)."""
    if not FROM_BEFORE.search(doc.text, max(0, mention.span.start - 6), mention.span.start):
        return False
    sentence = doc.sentence_index(mention.span.start)
    around = doc.sentences[sentence] if sentence is not None else None
    return around is not None and _any_between(_long_event_words(doc), (around.start, around.end))


@lru_cache(maxsize=1)
def _decision_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["decision_date"]["after"])


@lru_cache(maxsize=1)
def _genitive_next_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["genitive_date"]["next_words"])


def _planned_for(doc: Document, mention: DateMention) -> bool:
    """"5. maijam paredzētais seminārs", "seminārs bija plānots 5. maijam"."""
    near = doc.text[max(0, mention.span.start - 40):mention.span.end + 40].lower()
    return any(verb in near for verb in vocabulary()["dative_date"]["planned"])


@lru_cache(maxsize=1)
def _legal_cue() -> re.Pattern:
    return re.compile("|".join(f"(?:{c})" for c in vocabulary()["legal_date"]["around"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _period_cue() -> re.Pattern:
    cues = "|".join(f"(?:{c})" for c in vocabulary()["period_cues"]["before"])
    return re.compile(rf"(?<!\w)(?:{cues})\s*$", re.IGNORECASE)


# --- the parts of one event ---

def _inside_quotes(text: str, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTED.finditer(text, *bounds)]


def title_after(doc: Document, noun: NounMention) -> str | None:
    m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
    return m.group(1).strip() if m else None


@lru_cache(maxsize=1)
def _event_stems() -> frozenset[str]:
    return frozenset(stem(p.split()[-1]) for p, kind in vocabulary()["nouns"].items() if kind)


def _status_words(doc: Document) -> tuple[list[int], list[str]]:
    """(offsets, kinds) of every tense word of the document: one scan, then bisection per date."""
    def build(doc: Document):
        status = vocabulary()["status"]
        kinds = [(k, frozenset(status[k]["words"]), tuple(status[k]["endings"])) for k in ("planned", "held")]
        starts, found = [], []
        for m in re.finditer(r"\w+", doc.text):
            word = m.group(0).lower()
            for kind, words, endings in kinds:
                if word in words or (len(word) > 5 and word.endswith(endings)):
                    starts.append(m.start())
                    found.append(kind)
                    break
        return starts, found
    return doc.derived("events.status", build)


def status_near(doc: Document, bounds: tuple[int, int], anchor: int) -> str | None:
    """planned / held from the tense of the verb nearest `anchor` in the clause (the earlier
    one on a tie). O(log n): the document's tense words are found once."""
    starts, kinds = _status_words(doc)
    i = bisect.bisect_right(starts, anchor)
    before = i - 1 if i > 0 and starts[i - 1] >= bounds[0] else None
    after = i if i < len(starts) and starts[i] < bounds[1] else None
    if before is None and after is None:
        return None
    if after is None or (before is not None and anchor - starts[before] <= starts[after] - anchor):
        return kinds[before]
    return kinds[after]


def time_in(doc: Document, bounds: tuple[int, int], after: int,
            stop: int | None = None) -> tuple[str | None, str | None]:
    """The first clock time in the clause from `after` up to the next date (`stop`), else the
    clause's first; not a deadline's "līdz plkst.". O(log n) by bisection."""
    starts, times = _event_times(doc)
    first = bisect.bisect_left(starts, bounds[0])
    last = bisect.bisect_left(starts, bounds[1])
    while last > first and times[last - 1][1] > bounds[1]:
        last -= 1  # a time running past the clause is not the clause's
    if first >= last:
        return None, None
    i = max(first, bisect.bisect_left(starts, after, first, last))
    chosen = times[i] if i < last and (stop is None or starts[i] < stop) else times[first]
    return chosen[2], chosen[3]


class _Range:
    """What a clause (or line, block, row) offers an event, found once per distinct range:
    its quoted stretches, street addresses and venue candidates."""

    def __init__(self, doc: Document, bounds: tuple[int, int]):
        self.quotes = _inside_quotes(doc.text, bounds)
        self.addresses = places.addresses(doc, bounds)
        self.address_starts = [m.start() for m in self.addresses]
        skip = self.quotes + [(m.start(), m.end()) for m in self.addresses]
        self.venues = places.venue_candidates(doc, bounds, skip, not_venues=_event_stems())


def _range(doc: Document, bounds: tuple[int, int]) -> _Range:
    memo = doc.derived("events.ranges", lambda _doc: {})
    if bounds not in memo:
        memo[bounds] = _Range(doc, bounds)
    return memo[bounds]


# --- tying dates to nouns ---

# How many lines back a list item looks for the line that introduces its list.
LONGEST_LIST = 40
_NON_SPACE = re.compile(r"\S")
LIST_ITEM = re.compile(r"^[ \t]*(?:[•\-–—*·▪●◦]|\d{1,2}[.)](?=\s+\D))")
BRACKETS = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _frame_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["frames"]["after"])


def _followed_by(doc: Document, noun: NounMention, stems: frozenset[str]) -> bool:
    m = re.match(r"[ \t]*(\w+)", doc.text[noun.end:noun.end + 40])
    return bool(m) and stem(m.group(1)) in stems


def _is_frame(doc: Document, noun: NounMention) -> bool:
    """"Apmācību noslēgumā", "Konferences dalībnieki": the noun frames something else."""
    return _followed_by(doc, noun, _frame_stems())


@lru_cache(maxsize=1)
def _part_nominatives() -> frozenset[str]:
    return frozenset(vocabulary()["frames"]["part_nominatives"])


def _part_in_nominative(doc: Document, noun: NounMention) -> bool:
    """"Svētku atklāšana", "Konferences noslēgums" as the subject (the part word in the nominative)."""
    m = re.match(r"[ \t]*(\w+)", doc.text[noun.end:noun.end + 40])
    return bool(m) and m.group(1).lower() in _part_nominatives()


@lru_cache(maxsize=1)
def _look_back_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["frames"]["looking_back"])


def _looks_back(doc: Document, noun: NounMention) -> bool:
    """"Vizītes laikā", "Semināra noslēgumā": a frame about the occurrence itself, not its materials."""
    return _followed_by(doc, noun, _look_back_stems())


def _registered_for(doc: Document, noun: NounMention) -> bool:
    """"Pieteikšanās nometnei notiks no 1. līdz 8. martam": the days are the registration's; the
    camp is only what one registers for."""
    return bool(_word_start_patterns()["registration"].search(doc.text, max(0, noun.start - 20), noun.start))


def _is_time_reference(doc: Document, noun: NounMention) -> bool:
    """"pēc sanāksmes", "pirms konferences": the noun says when, another one says what."""
    return bool(_word_start_patterns()["time_preposition"].search(doc.text, max(0, noun.start - 8), noun.start))


@lru_cache(maxsize=1)
def _part_cue() -> re.Pattern:
    return re.compile("(?:" + "|".join(f"(?:{c})" for c in vocabulary()["part_of"]["before"]) + ")$", re.IGNORECASE)


def _is_part(doc: Document, noun: NounMention) -> bool:
    """"pasākums, kura laikā norisināsies lekcijas": the noun is a part of the occurrence named before."""
    return bool(_part_cue().search(doc.text[max(0, noun.start - 100):noun.start]))


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(vocabulary()["generic"]["types"])


class _Nouns:
    """The document's event nouns, grouped by how they rank, for O(log n) questions per date.

    A noun's rank — a frame, a time reference, generic, not in the nominative — does not
    depend on the date, so each group is a sorted list and "the best noun of a clause,
    nearest the date" is a bisection per group, not a walk over the clause's nouns. Nouns in
    brackets are left out; those that need a verb of taking place ("konkurss") sit in groups
    of their own, asked only when the clause has such a verb.
    """

    def __init__(self, doc: Document, nouns: list[NounMention]):
        brackets = Intervals(m.span() for m in BRACKETS.finditer(doc.text))
        conditional = frozenset(vocabulary()["needs_happening"]["types"])
        self.groups: dict[tuple, tuple[list[int], list[NounMention]]] = {}
        for noun in nouns:
            if brackets.overlaps(noun.start, noun.start + 1) or _registered_for(doc, noun):
                continue
            nominative = doc.text[noun.start:noun.end].lower() == noun.kind
            needs_verb = noun.kind in conditional
            if _part_in_nominative(doc, noun):
                # "Svētku atklāšana sāksies 24. augustā": the subject is a part of the occurrence
                # itself, which the day is of (so it takes place: no verb needed), not a frame
                # for some other noun of the clause.
                frame, nominative, needs_verb = False, True, False
            else:
                frame = _is_frame(doc, noun)
            # A frame ("apmācību programmas") names something else, so even "pasākums" beats it;
            # so does a noun that only places the date ("pēc sanāksmes 24. martā notiks lekcija").
            # Of the rest, the one in the nominative is what takes place ("seminārs konkursa
            # pretendentiem notiks 5. septembrī", "notiks pasākums, kura laikā būs lekcijas"),
            # not the one qualifying another word; then a specific noun beats the generic one.
            rank = (frame, _is_time_reference(doc, noun) or _is_part(doc, noun), not nominative,
                    noun.kind in _generic())
            starts, members = self.groups.setdefault((rank, needs_verb), ([], []))
            starts.append(noun.start)
            members.append(noun)
        self.order = sorted(self.groups)
        happens = frozenset(vocabulary()["happens"]["words"])
        self.happens = [m.start() for m in re.finditer(r"\w+", doc.text) if m.group(0).lower() in happens]

    def told(self, bounds: tuple[int, int]) -> bool:
        """Whether the range says that something takes place ("notiks", "notika" …)."""
        i = bisect.bisect_left(self.happens, bounds[0])
        return i < len(self.happens) and self.happens[i] < bounds[1]

    def _groups(self, bounds, keep=lambda rank: True, told: bool | None = None):
        for key in self.order:
            rank, conditional = key
            if not keep(rank):
                continue
            if conditional:
                told = self.told(bounds) if told is None else told
                if not told:
                    continue
            yield rank, self.groups[key]

    def nearest(self, bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
        """The best-ranked noun in the range, nearest the date (the earlier on a tie)."""
        best = None
        for rank, (starts, members) in self._groups(bounds):
            if best is not None and rank > best[0]:
                break
            lo = bisect.bisect_left(starts, bounds[0])
            hi = bisect.bisect_left(starts, bounds[1])
            if lo >= hi:
                continue
            i = min(max(bisect.bisect_left(starts, mention.span.start, lo, hi), lo), hi)
            for k in (i - 1, i):
                if lo <= k < hi:
                    n = members[k]
                    distance = min(abs(n.start - mention.span.end), abs(mention.span.start - n.end))
                    key = (rank, distance, n.start)
                    if best is None or key < best[:3]:
                        best = (rank, distance, n.start, n)
        return best[3] if best else None

    def first(self, bounds: tuple[int, int], keep=lambda rank: True, last: bool = False,
              kinds: frozenset[str] | None = None, told: bool | None = None) -> NounMention | None:
        """The first (or last) noun in the range among the groups `keep` accepts (of `kinds`
        only, if given: then the range's nouns are walked, so ask it of a clause, once)."""
        chosen = None
        for _rank, (starts, members) in self._groups(bounds, keep, told):
            lo = bisect.bisect_left(starts, bounds[0])
            hi = bisect.bisect_left(starts, bounds[1])
            if kinds is not None:
                found = [n for n in members[lo:hi] if n.kind in kinds]
                lo, hi, members = 0, len(found), found
            if lo >= hi:
                continue
            n = members[hi - 1] if last else members[lo]
            if chosen is None or (n.start > chosen.start if last else n.start < chosen.start):
                chosen = n
        return chosen

    def all_in(self, bounds: tuple[int, int]) -> list[NounMention]:
        """Every usable noun of the range, in text order: for ranges read once (a poster block)."""
        found = []
        for _rank, (starts, members) in self._groups(bounds):
            found.extend(members[bisect.bisect_left(starts, bounds[0]):bisect.bisect_left(starts, bounds[1])])
        return sorted(found, key=lambda n: n.start)


GENERIC = 3  # where "generic" stands in a noun's rank


def _specific(rank) -> bool:
    """Not a frame and not the generic noun."""
    return not rank[0] and not rank[GENERIC]


def _not_frame(rank) -> bool:
    return not rank[0]


def _table_row(doc: Document, offset: int) -> tuple[int, int] | None:
    """The line holding `offset` when it is a row of a table flattened to text ("| … | … |");
    each line is looked at once (a long line holding many dates is not rescanned per date)."""
    start, end = layout(doc).line_of(offset)
    memo = doc.derived("events.rows", lambda _doc: {})
    if start not in memo:
        memo[start] = _is_row_text(doc.text[start:end])
    return (start, end) if memo[start] else None


def _is_row_text(line: str) -> bool:
    """"| a | b | c |", or the same without the outer bars ("Pavārs | 960 | 19.09.2016.")."""
    line = line.strip()
    return line.count("|") >= 3 if line.startswith("|") else line.count(" | ") >= 2


def _table_caption(doc: Document, row: tuple[int, int]) -> tuple[int, int] | None:
    """The line above a flattened table (its header rows and blank lines skipped). Each line
    is walked once per document: the rows passed on the way up share the answer."""
    text = doc.text
    memo = doc.derived("events.captions", lambda _doc: {})
    start, passed, found = row[0], [], None
    while start > 0:
        if start in memo:
            found = memo[start]
            break
        passed.append(start)
        line = layout(doc).line_of(start - 1)
        body = text[line[0]:line[1]].strip()
        if body and not body.startswith("|") and not _is_row_text(body):
            found = line
            break
        if line[0] >= start:
            break
        start = line[0]
    for offset in passed:
        memo[offset] = found
    return found


def _is_list_line(text: str, line: tuple[int, int], date_starts: frozenset[int]) -> bool:
    """A bullet or numbered item, or a line that opens with a date ("5. jūnijā 18.00 estrādē …")."""
    content = text[line[0]:min(line[1], line[0] + 200)]
    if LIST_ITEM.match(content):
        return True
    lead = len(content) - len(content.lstrip())
    return line[0] + lead in date_starts


def _list_head(doc: Document, mention: DateMention, dates: frozenset[int]) -> tuple[int, int] | None:
    """The line introducing the list that holds the date: "Semināri notiks trīs pilsētās:"."""
    text = doc.text
    line = layout(doc).line_of(mention.span.start)
    if not _is_list_line(text, line, dates):
        return None
    # The items of one list are alike: a day line ("2. jūlijā") under the bullets of another
    # list ("… koncerti:" / "* 18.00 - Strautiņos") is a day heading of its own, not their item.
    bullet = _is_item(doc, line[0])
    for _ in range(LONGEST_LIST):
        if line[0] == 0:
            break
        line = layout(doc).line_of(line[0] - 1)
        if _NON_SPACE.search(text, line[0], min(line[1], line[0] + 200)) is None:
            continue
        if _is_list_line(text, line, dates):
            if _is_item(doc, line[0]) != bullet:
                return None
            continue
        return line if text[max(line[0], line[1] - 8):line[1]].rstrip().endswith(":") else None
    return None


# A full stop the sentence splitter passed over ("… gaidīt Durbes pils. Šodien, 16. maijā … izstādi"):
# a word of three or more lower-case letters, a stop, a space and a capital. Abbreviations that
# may stand before a name are not stops.
VISIBLE_STOP = re.compile(r"(?<![^\W\d_])([a-zāčēģīķļņšūž]{3,})\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")
STOP_ABBREVIATIONS = frozenset({"plkst", "piem", "utt", "tel", "nov", "pag", "prof", "doc", "adr", "izd", "red"})


def _across_stop(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether a sentence end lies between the date and the noun, so that the noun is another
    sentence's. The stops are found once per document; O(log n) per date."""
    stops = doc.derived("events.stops", lambda d: [m.end(1) for m in VISIBLE_STOP.finditer(d.text)
                                                   if m.group(1).lower() not in STOP_ABBREVIATIONS])
    lo, hi = (mention.span.end, noun.start) if noun.start >= mention.span.end else (noun.end, mention.span.start)
    return _any_between(stops, (lo, hi))


# "… deju svētkiem, kuri notiks no 30. jūnija līdz 8. jūlijam": the date opens a relative clause
# whose verb tells that something takes place; what takes place is the noun before the comma.
# The date may follow its weekday ("pasākumam „…”, kas risināsies sestdien, 18. oktobrī").
RELATIVE_BEFORE = re.compile(r",\s*(?:kas|kurš|kura|kuri|kuras)\s+(?:\w+\s+){0,2}(?:notiks|notika|notiek|norisināsies|"
                             r"norisinājās|norisinās|risināsies|noritēs|noritēja)\s+"
                             r"(?:(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u)?,?\s+)?(?:no\s+)?$", re.IGNORECASE)
ANTECEDENT_GAP = re.compile(r"[\s”\"»]*")


def _antecedent(doc: Document, index: _Nouns, mention: DateMention, bounds) -> NounMention | None:
    """The event noun right before ", kas notiks" that the date's relative clause hangs on. O(log n)."""
    m = RELATIVE_BEFORE.search(doc.text, max(bounds[0], mention.span.start - 80), mention.span.start)
    if m is None:
        return None
    comma = m.start()
    noun = index.first((max(bounds[0], comma - 60), comma), _not_frame, last=True, told=True)
    if noun is None:
        return None
    title = TITLE_AFTER_NOUN.match(doc.text, noun.end, comma)
    gap_start = title.end() if title else noun.end
    return noun if ANTECEDENT_GAP.fullmatch(doc.text, gap_start, comma) else None


def _item_bounds(doc: Document, bounds: tuple[int, int], mention: DateMention,
                 dates: frozenset[int]) -> tuple[int, int]:
    """A list item's own line, when the tokenizer ran several items into one sentence."""
    line = layout(doc).line_of(mention.span.start)
    if _is_list_line(doc.text, line, dates):
        return max(bounds[0], line[0]), min(bounds[1], line[1])
    return bounds


def extract(doc: Document, record: Record) -> None:
    if not doc.sentences:
        return
    nouns = event_nouns(doc)
    if not nouns and not doc.derived("events.verbs", _occurrence_verbs)[0]:
        return
    generic = _generic()
    # "47,3 milj. eiro pasākumiem", "projekta pasākumi": money for measures, a project's
    # activities, not an occurrence.
    patterns = _word_start_patterns()
    nouns = [n for n in nouns if not (n.kind in generic and any(
        patterns[key].search(doc.text, max(0, n.start - 30), n.start) for key in ("money_before", "measures_before")))]
    index = _Nouns(doc, nouns)
    date_starts = frozenset(d.span.start for d in record.dates)
    ordered_starts = sorted(date_starts)
    latest = _latest_year(record)
    acts = _naming_acts(doc, record.dates)
    candidates = [d for d in record.dates
                  if can_date_event(doc, d) and not _historical(d, latest) and id(d) not in acts]
    eventable = sorted(d.span.start for d in candidates)
    by_key: dict[tuple[str, str], Event] = {}
    first_mention: dict[int, DateMention] = {}  # id(event) → the date that made it
    titled: list[Event] = []  # events of a singular headline noun, lent to a clause that names none
    first_days: set[int] = set()  # ranges whose first day the text also tells on its own

    def add(event: Event, mention: DateMention) -> None:
        key = (event.type, event.start)
        if key in by_key:  # the same occurrence told twice ("No 4. līdz 6. … festivāls"; "atklāts 4. … plkst. 18:00")
            if by_key[key].end is not None and event.end is None:
                first_days.add(id(by_key[key]))  # a range's first day told again on its own
            _fill_gaps(by_key[key], event)
        else:
            by_key[key] = event
            first_mention[id(event)] = mention
            record.events.append(event)
        if mention.role != DateRole.document.value:  # a dateline stays the document's date
            mention.role = DateRole.event.value

    for mention in candidates:
        bounds = layout(doc).clause_bounds(mention.span.start)
        if bounds is None:
            continue
        row = _table_row(doc, mention.span.start)
        if row is not None:  # a table row speaks for itself: "| Iesniegšanas termiņš | 07.03.2025. |"
            noun, noun_bounds = index.nearest(row, mention), row
            if noun is None:  # "Semināru grafiks:" above a table of dates, times and places
                noun_bounds = _table_caption(doc, row)
                noun = index.nearest(noun_bounds, mention) if noun_bounds else None
            if noun is None:
                continue
            add(_build_event(doc, index, noun, noun_bounds, mention, row, ordered_starts), mention)
            continue
        clause = bounds
        if _decides(doc, index, clause, mention):
            continue
        bounds = _item_bounds(doc, bounds, mention, date_starts)
        noun = _head_of_pair(doc, index, index.nearest(bounds, mention), bounds)
        if noun is not None and _across_stop(doc, mention, noun):
            noun = None
        noun = _antecedent(doc, index, mention, bounds) or noun
        noun_bounds = bounds
        if noun is None and bounds != clause:
            if _list_head(doc, mention, date_starts) is None:  # a date line under a title line, one sentence
                noun = index.nearest(clause, mention)
                noun_bounds = clause
        if noun is None:
            noun, noun_bounds = _list_head_noun(doc, index, mention, date_starts)
        if noun is None:
            # "No 12.02.-17.02. dalībnieki … viesojās Alūksnē": the clause's own verb names the
            # occurrence before a noun of the next sentence ("apmeklēja operas izrādi") may.
            noun, noun_bounds = _verb_noun(doc, bounds, mention), bounds
        if noun is None:
            noun, noun_bounds = _neighbour_noun(doc, index, bounds, mention, eventable)
        if noun is None and _is_date_line(doc, bounds, mention) \
                and clock_times(doc.text, mention.span.end, mention.span.end + SECTION_TIME_REACH):
            # The heading names the kind only: place and time are the date line's own.
            noun, noun_bounds = _section_noun(doc, index, mention, ordered_starts, _title_bounds(doc, record)), bounds
        from_title = False
        if noun is None:
            noun, noun_bounds = _title_noun(doc, index, bounds, record, _labelled(doc, mention))
            from_title = noun is not None
        if noun is None:
            continue
        if noun.kind in generic:
            noun, noun_bounds = _announced(doc, index, noun, noun_bounds, record, eventable)
        event = _build_event(doc, index, noun, noun_bounds, mention, bounds, ordered_starts)
        if event.type in _needs_time() and (event.end is not None or event.start_time is None):
            continue
        add(event, mention)
        if from_title and by_key.get((event.type, event.start)) is event and _singular(doc, noun):
            titled.append(event)
    _drop_titled_elsewhere(record, titled)
    _drop_reported_datelines(record, first_mention)
    _poster_blocks(doc, index, candidates, ordered_starts, by_key, record, first_mention)
    _drop_frames(record, first_mention, first_days)
    _join_days(doc, record, first_mention)
    _join_unknown_years(record)
    _titles_from_other_mentions(doc, nouns, record.events)


# How far from the date a decision verb says that the date is the decision's: "Ministru
# kabinets 27. augustā nolēma …", not "nolēma … pārcelt koncertu uz 27. februāri".
DECISION_AFTER, DECISION_BEFORE = 40, 15


# How far from the date a verb that names the occurrence may stand ("31.oktobrī tikās ar …").
VERB_REACH = 160


def _verb_noun(doc: Document, bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
    """"… 31.oktobrī tikās ar domes priekšsēdētāju": a verb that names the occurrence (data:
    [verbs]), nearest the date within VERB_REACH characters of its clause. O(log n) per date."""
    starts, kinds = doc.derived("events.verbs", _occurrence_verbs)
    lo = bisect.bisect_left(starts, max(bounds[0], mention.span.start - VERB_REACH))
    hi = bisect.bisect_left(starts, min(bounds[1], mention.span.end + VERB_REACH))
    if lo >= hi:
        return None
    k = min(range(lo, hi), key=lambda j: abs(starts[j] - mention.span.start))
    word = re.match(r"\w+", doc.text[starts[k]:starts[k] + 40])
    kind = kinds[k]
    if kind == "vizīte" and _guest_author(doc, bounds, starts[k]):
        kind = "tikšanās"
    return NounMention(kind, starts[k], starts[k] + len(word.group(0)))


@lru_cache(maxsize=1)
def _guest_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["guest_meeting"]["guests"])


# How far from the verb the guest may be named ("bibliotēkā viesosies rakstniece Māra …").
GUEST_REACH = 60


def _guest_author(doc: Document, bounds: tuple[int, int], verb_start: int) -> bool:
    """A writer, poet or artist who "viesosies" at a library or school comes to meet readers:
    a meeting (tikšanās), not an official visit. Looks GUEST_REACH characters either side."""
    guests = _guest_stems()
    window = doc.text[max(bounds[0], verb_start - GUEST_REACH):min(bounds[1], verb_start + GUEST_REACH)]
    return any(stem(w.lower()) in guests for w in re.findall(r"[^\W\d_]+", window))


def _occurrence_verbs(doc: Document) -> tuple[list[int], list[str]]:
    verbs = vocabulary()["verbs"]
    found = [(m.start(), verbs[m.group(0).lower()]) for m in re.finditer(r"\w+", doc.text) if m.group(0).lower() in verbs]
    return [s for s, _ in found], [k for _, k in found]


def _decides(doc: Document, index: _Nouns, clause: tuple[int, int], mention: DateMention) -> bool:
    """A date followed closely by a decision ("nolēma", "apstiprināja"), in a clause that tells
    no taking place and names no sitting: the decision's day. O(log n) per date (the verbs are
    found once per document, the sitting looked for once per clause)."""
    starts = doc.derived("events.decisions", _decision_verbs)
    near = (max(clause[0], mention.span.start - DECISION_BEFORE), min(clause[1], mention.span.end + DECISION_AFTER))
    if not _any_between(starts, near) or index.told(clause):
        return False
    memo = doc.derived("events.decides", lambda _doc: {})  # once per clause, not per date
    if clause not in memo:
        memo[clause] = index.first(clause, lambda rank: True, kinds=_sittings()) is None
    return memo[clause]


def _decision_verbs(doc: Document) -> list[int]:
    verbs = frozenset(vocabulary()["decision"]["verbs"])
    return [m.start() for m in re.finditer(r"\w+", doc.text) if m.group(0).lower() in verbs]


@lru_cache(maxsize=1)
def _sittings() -> frozenset[str]:
    return frozenset(vocabulary()["decision"]["sittings"])


# Two nouns joined as one subject: "konference un darbnīca notiks 20. novembrī".
PAIR_JOIN = re.compile(r"\s*(?:,|un|vai)\s*")


def _head_of_pair(doc: Document, index: _Nouns, noun: NounMention | None, bounds) -> NounMention | None:
    """Of two event nouns joined by "un" the first one names the occurrence ("noslēguma
    konference un darbnīca" → konference), not the one that happens to stand nearer the date."""
    if noun is None:
        return None
    before = index.first((bounds[0], noun.start), lambda rank: True, last=True)
    if before is not None and before.kind not in _generic() and PAIR_JOIN.fullmatch(doc.text, before.end, noun.start):
        return before
    return noun


def _announced(doc: Document, index: _Nouns, noun: NounMention, noun_bounds, record: Record,
               eventable: list[int]):
    """"Aicinām uz lekciju par … Pasākums notiks 3. jūnijā": the generic noun stands for the
    specific one of the sentence that announces it (the one before, dating nothing of its own,
    else the headline)."""
    before = layout(doc).neighbour_clause(noun_bounds, -1)
    if before is not None and not _any_between(eventable, before):
        found = index.first(before, _specific)
        if found is not None:
            return found, before
    title = _title_bounds(doc, record)
    if title is not None and title[1] <= noun_bounds[0] and not _any_between(eventable, title):
        found = index.first(title, _specific)
        if found is not None:
            return found, title
    return noun, noun_bounds


# Endings of nouns used only in the plural ("apmācības", "sacīkstes", "svētki"): such a headline
# may name a series.
PLURAL_ENDINGS = ("as", "es", "i")


def _singular(doc: Document, noun: NounMention) -> bool:
    """A headline noun in the nominative singular ("… plānošanas vizīte"), naming one occurrence."""
    return doc.text[noun.start:noun.end].lower() == noun.kind and not noun.kind.endswith(PLURAL_ENDINGS)


def _drop_titled_elsewhere(record: Record, titled: list[Event]) -> None:
    """A singular headline ("Projekta plānošanas vizīte") names one occurrence: when a clause of
    its own dates one of that kind, another day that only borrowed the headline's noun ("Pats
    apmaiņas projekts notiks no 21. augusta") is not that occurrence. O(events)."""
    if not titled:
        return
    borrowed = {id(e) for e in titled}
    own_kinds = {e.type for e in record.events if id(e) not in borrowed}
    record.events[:] = [e for e in record.events if id(e) not in borrowed or e.type not in own_kinds]


# How long before its dateline a report tells of the occurrence it heads ("12.05.2021 – Seminārs
# notika Cēsīs" over "Vakar Cēsīs notika seminārs").
REPORT_DAYS = 14


def _drop_reported_datelines(record: Record, first_mention: dict[int, DateMention]) -> None:
    """A dateline that heads an occurrence ("16/04/2014 – partneru sanāksme") dates it, unless the
    text tells the same kind of occurrence on a day shortly before: then the dateline is the
    report's day, not the occurrence's. O(events)."""
    headed = [e for e in record.events
              if id(e) in first_mention and first_mention[id(e)].role == DateRole.document.value]
    if not headed:
        return
    headed_ids = {id(e) for e in headed}
    days_by_kind: dict[str, list[dt.date]] = {}
    for e in record.events:
        day = _calendar_day(e.start)
        if day and id(e) not in headed_ids:
            days_by_kind.setdefault(e.type, []).append(day)
    gone = set()
    for e in headed:
        day = _calendar_day(e.start)
        if day and any(0 < (day - other).days <= REPORT_DAYS for other in days_by_kind.get(e.type, ())):
            gone.add(id(e))
    if gone:
        record.events[:] = [e for e in record.events if id(e) not in gone]


def _title_bounds(doc: Document, record: Record) -> tuple[int, int] | None:
    """Where the headline stands in the text (found once per document)."""
    def find(doc: Document):
        if not record.title:
            return None
        start = doc.text.find(record.title)
        return (start, start + len(record.title)) if start >= 0 else None
    return doc.derived("events.title", find)


BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A poster's day heading is short: the date, its weekday and emphasis.
LONGEST_HEADING = 120


def _poster_blocks(doc: Document, index: _Nouns, candidates: list[DateMention], date_starts: list[int],
                   by_key: dict, record: Record, first_mention: dict[int, DateMention]) -> None:
    """A poster's day heading — the date alone on its line, maybe with its weekday and emphasis
    ("**SESTDIEN, 19. JŪLIJĀ**") — dates the blocks under it, down to the next heading: one
    event per block that names one."""
    text = doc.text
    generic = _generic()
    heading_rest = _word_start_patterns()["heading_rest"]
    headings = []
    for mention in candidates:
        start, end = layout(doc).line_of(mention.span.start)
        if end - start > LONGEST_HEADING:
            continue
        # A heading stands apart: a blank line (or the text's start) above it, unlike a date
        # that a hard-wrapped sentence carried to the start of a line.
        # A calendar's next day heading may follow the last item of the day before ("4. marts,
        # pirmdiena / • 17.30 … / 5. marts, otrdiena"): a bullet line above ends that block too.
        above = layout(doc).line_of(start - 1) if start > 0 else None
        stands_apart = above is None or above[1] - above[0] <= LONGEST_HEADING and not text[above[0]:above[1]].strip() \
            or bool(LIST_ITEM.match(text[above[0]:min(above[1], above[0] + 20)]))
        if stands_apart and mention.span.end <= end and heading_rest.fullmatch(text[start:mention.span.start]) \
                and (heading_rest.fullmatch(text[mention.span.end:end]) or _time_and_venue(doc, mention, end)):
            headings.append((start, end, mention))
    if not headings:
        return
    headings.sort(key=lambda h: h[0])
    # The days of an occurrence the running text has already dated ("No 5. līdz 6. augustam notiks
    # nometne" above "5. augusts / 10:30 Lekcija …") head its programme: their items are its parts.
    # Only an occurrence told above the heading: one told below it ("… bet 22. februārī Pelču
    # pagastā") is the heading's own day again.
    told = sorted((first_mention[id(e)].span.start, k) for k, e in enumerate(record.events) if id(e) in first_mention)
    covered: dict[str, set[str]] = {}
    kept, t = [], 0
    for heading in headings:
        while t < len(told) and told[t][0] < heading[0]:
            _cover_days(record.events[told[t][1]], covered)
            t += 1
        if not _day_covered(heading[2].value, covered):
            kept.append(heading)
    headings = kept
    if not headings:
        return
    # A line that opens with a date is an item of its own ("11. novembrī plkst. 17.00 … pasākums"):
    # the blocks of the heading above end there.
    date_lines = []
    for d in record.dates:
        line_start = layout(doc).line_of(d.span.start)[0]
        if _NON_SPACE.search(text, line_start, d.span.start) is None:
            date_lines.append(line_start)
    date_lines.sort()
    for k, (line_start, line_end, mention) in enumerate(headings):
        region_end = headings[k + 1][0] if k + 1 < len(headings) else len(text)
        i = bisect.bisect_right(date_lines, line_end)
        if i < len(date_lines):
            region_end = min(region_end, date_lines[i])
        region_end = _list_after_items(text, line_end, region_end)
        block_starts = [line_end] + [m.end() for m in BLANK_LINE.finditer(text, line_end, region_end)]
        made = False
        for b, block_start in enumerate(block_starts):
            block = (block_start, block_starts[b + 1] if b + 1 < len(block_starts) else region_end)
            # A noun whose own sentence gives a date is that date's ("1.maijs / – … diena. 1920. gada
            # 1. maijā uz pirmo sēdi sanāca …"), not the heading's.
            in_block = [n for n in index.all_in(block) if not _is_frame(doc, n) and not _dated_apart(doc, n, date_starts, mention)]
            # A generic noun after the day's events is a note about them ("Pasākumā tiks fotografēts").
            in_block = [n for n in in_block if not (made and n.kind in generic)]
            if not in_block:
                continue
            noun = min(in_block, key=lambda n: (n.kind in generic, n.start))
            if (noun.kind, mention.value) in by_key:
                continue
            event = _build_event(doc, index, noun, block, mention, block, date_starts)
            if line_end > mention.span.end:
                # The heading's own time and venue ("4. novembrī plkst. 20.00 Lazdukalna saieta namā")
                # are the occurrence's; times in the block under it are its parts.
                heading = _build_event(doc, index, noun, block, mention, (line_start, line_end), date_starts)
                for name in ("start_time", "end_time", "place", "address"):
                    if getattr(heading, name) is not None:
                        setattr(event, name, getattr(heading, name))
            day, published = _calendar_day(event.start), _published(record)
            if event.status is None and published and day:
                # A poster has no verbs: the day against the publication date tells.
                event.status = "planned" if day >= published else "held"
            by_key[(event.type, event.start)] = event
            record.events.append(event)
            mention.role = DateRole.event.value
            made = True


def _list_after_items(text: str, start: int, end: int) -> int:
    """Where a new list opens after the day's bullet items ("• 16.00 … pasākums." / "Pasākuma
    „…” programma:"): a line ending in a colon after a bullet item that closed its sentence heads
    another list, which is not the day's. Regions do not overlap, so each line is read once."""
    seen_item, closed, pos = False, True, start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = text[pos:line_end].rstrip()
        if LIST_ITEM.match(line):
            seen_item = True
        elif seen_item and closed and line.endswith(":"):
            return pos
        if line:  # a line that runs on ("… pagasta" / "kolektīvu koncerti:") wraps one item
            closed = line.endswith((".", "!", "?", ";"))
        pos = line_end + 1
    return end


# Words a poster's day line may add after the date besides a clock time and a venue
# ("3. novembrī no plkst. 10.00 Rugāju tautas nama mazajā zālē").
LONGEST_VENUE_WORDS = 6
TIME_WORDS = frozenset({"no", "līdz", "plkst", "pulksten", "un"})


def _time_and_venue(doc: Document, mention: DateMention, line_end: int) -> bool:
    """Whether the rest of the date's line gives a clock time and maybe a venue, nothing else:
    no event noun, no verb that tells something happens, a few words. O(log n) per line."""
    bounds = (mention.span.end, line_end)
    noun_starts = doc.derived("events.noun_starts", lambda d: [n.start for n in event_nouns(d)])
    if _any_between(noun_starts, bounds) or _any_between(_status_words(doc)[0], bounds):
        return False
    rest = doc.text[bounds[0]:bounds[1]]
    times = parse_times(rest)
    if not times:
        return False  # "1. maijs – Darba svētki": a holiday's name under its day, no poster line
    for start, end, _first, _second in reversed(times):
        rest = rest[:start] + " " + rest[end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in TIME_WORDS]
    return len(words) <= LONGEST_VENUE_WORDS


def _dated_apart(doc: Document, noun: NounMention, date_starts: list[int], heading: DateMention) -> bool:
    """Whether the noun's clause holds a date of its own, other than the heading's. O(log n)."""
    bounds = layout(doc).clause_bounds(noun.start)
    if bounds is None:
        return False
    lo, hi = bisect.bisect_left(date_starts, bounds[0]), bisect.bisect_left(date_starts, bounds[1])
    own = 1 if bounds[0] <= heading.span.start < bounds[1] else 0
    return hi - lo > own


def _cover_days(event: Event, covered: dict[str, set[str]]) -> None:
    """Adds the event's days ("-MM-DD" → years) to `covered` (a range up to LONGEST_EVENT_DAYS)."""
    first, last = _as_date(event.start), _as_date(event.end or event.start)
    if first is None or last is None or not 0 <= (last - first).days <= LONGEST_EVENT_DAYS:
        return
    for n in range((last - first).days + 1):
        covered.setdefault((first + dt.timedelta(days=n)).strftime("-%m-%d"), set()).add(event.start[:4])


def _day_covered(value: str | None, covered: dict[str, set[str]]) -> bool:
    """Whether the day is one of those events' days (an unknown year matches any)."""
    if not value or not DAY_VALUE.match(value):
        return False
    years = covered.get(value[4:])
    return bool(years) and (value[:4] in years or value.startswith("X") or any(y.startswith("X") for y in years))


def _published(record: Record) -> dt.date | None:
    """The document date as a day (a date, or an ISO value of day grain; a month or year gives none)."""
    value = record.document_date
    if value is None or isinstance(value, dt.date):
        return value
    return _calendar_day(str(value))


# How far after a range its one listed day may stand ("No 16. līdz 27. martam rīko sanāksmi:
# 17. martā Rēzeknē"); a single day told much later is a part of the stay the range is
# ("No 12.02.-17.02. viesojās …" … "14.02. diena sākās ar vizīti pašvaldībā").
LIST_AFTER_RANGE = 300


def _drop_frames(record: Record, first_mention: dict[int, DateMention], first_days: set[int]) -> None:
    """"No 16. līdz 27. martam rīko divas sanāksmes: 17. martā Rēzeknē un 24. martā Tukumā":
    the range frames the occurrences listed right after it and is no occurrence of its own. When
    the list also tells the range's first day ("1. diskusija notiks 15. februārī"), that day stays."""
    frames = [e for e in record.events if _calendar_day(e.start) and _calendar_day(e.end)]

    def listed_in(frame: Event, e: Event) -> bool:
        here, there = first_mention.get(id(frame)), first_mention.get(id(e))
        return here is None or there is None or 0 <= there.span.start - here.span.end <= LIST_AFTER_RANGE

    for frame in frames:
        first, last = _calendar_day(frame.start), _calendar_day(frame.end)
        inside = [e for e in record.events if e is not frame and e.type == frame.type and e.end is None
                  and _calendar_day(e.start) and first <= _calendar_day(e.start) <= last]
        # Two days or more of the same kind inside the range are its list, wherever they stand.
        if len(inside) >= 2 or any(listed_in(frame, e) for e in inside):
            if id(frame) in first_days:
                frame.end = None
            else:
                record.events.remove(frame)


# What may stand between the days of one occurrence: "4. un 5. oktobrī", "7., 8., 9. aprīlī".
DAY_JOIN = re.compile(r"[\s.,]*(?:un|–|-|—|&)?[\s.,]*")


def _join_days(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    """One occurrence over consecutive days is one event with `end` ("seminārs 4. un 5. oktobrī",
    "trīs dienu tikšanās 7., 8., 9. aprīlī"); days apart ("4. un 11. februārī") stay a series
    of events. Only dates written next to each other join. O(events log events)."""
    dated = sorted((first_mention[id(e)].span.start, k) for k, e in enumerate(record.events)
                   if id(e) in first_mention and e.end is None)
    gone: set[int] = set()
    head = None  # (index of the event that grows, its mention's end)
    for _start, k in dated:
        event, mention = record.events[k], first_mention[id(record.events[k])]
        if head is not None:
            grower, grower_end = head
            kept = record.events[grower]
            last, day = _as_date(kept.end or kept.start), _as_date(event.start)
            if kept.type == event.type and last and day and (day - last).days == 1 \
                    and DAY_JOIN.fullmatch(doc.text, grower_end, mention.span.start):
                kept.end = event.start
                _fill_gaps(kept, event)
                gone.add(k)
                head = (grower, mention.span.end)
                continue
        head = (k, mention.span.end)
    if gone:
        record.events[:] = [e for k, e in enumerate(record.events) if k not in gone]


def _join_unknown_years(record: Record) -> None:
    """"2017. gada 3. aprīlī notika konference … 3. aprīlī aizvadītā konference": a day whose
    year the text leaves out (XXXX) is the same occurrence as that day of the same kind with one."""
    known = {}
    for e in record.events:
        first, last = _as_date(e.start or ""), _as_date(e.end or e.start or "")
        if e.start and not e.start.startswith("X") and first and last and 0 <= (last - first).days <= LONGEST_EVENT_DAYS:
            # Every day of the occurrence, by month and day: "1. jūlijā" inside "30. jūnijā un 1. jūlijā".
            for n in range((last - first).days + 1):
                known.setdefault((e.type, (first + dt.timedelta(days=n)).strftime("-%m-%d")), e)
    kept = []
    for event in record.events:
        same = known.get((event.type, event.start[4:])) if event.start and event.start.startswith("X") else None
        if same is not None:
            _fill_gaps(same, event)
        else:
            kept.append(event)
    record.events[:] = kept


def _fill_gaps(kept: Event, other: Event) -> None:
    for name in ("title", "end", "start_time", "end_time", "place", "address", "status"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))


def _titles_from_other_mentions(doc: Document, nouns: list[NounMention], events: list[Event]) -> None:
    """A lone event of its kind takes the quoted name given at another mention of the noun (the lead)."""
    per_kind: dict[str, int] = {}
    for event in events:
        per_kind[event.type] = per_kind.get(event.type, 0) + 1
    wanted = {e.type for e in events if e.title is None and per_kind[e.type] == 1}
    titles: dict[str, str] = {}
    for noun in nouns:
        if noun.kind in wanted and noun.kind not in titles:
            title = title_after(doc, noun)
            if title:
                titles[noun.kind] = title
    for event in events:
        if event.type in wanted:
            event.title = titles.get(event.type)


def _list_head_noun(doc: Document, index: _Nouns, mention: DateMention, dates: frozenset[int]):
    head = _list_head(doc, mention, dates)
    if head is None:
        return None, None
    found = index.first(head, lambda rank: not rank[GENERIC], last=True) or index.first(head, last=True)
    return (found, head) if found else (None, None)


@lru_cache(maxsize=1)
def _date_label() -> re.Pattern:
    return re.compile("|".join(f"(?:{c})" for c in vocabulary()["date_label"]["before"]), re.IGNORECASE)


def _labelled(doc: Document, mention: DateMention) -> bool:
    """"Datums: 2024. gada 5. marts": a date under a label on its own line (an event page's facts)."""
    line = layout(doc).line_of(mention.span.start)
    return mention.span.start - line[0] <= 40 and bool(_date_label().search(doc.text[line[0]:mention.span.start]))


def _title_noun(doc: Document, index: _Nouns, bounds, record: Record, labelled: bool = False):
    """The headline's event noun, when the date's clause says that something takes place but
    names nothing, or gives the date under a label ("Datums: …")."""
    title = _title_bounds(doc, record)
    if labelled:
        # An event page's facts ("LAIKS: … / VIETA: …") stand under the heading that names the
        # occurrence, which need not be the page's first line (a section name or a menu).
        title = _heading_above(doc.text, bounds[0]) or title
    if title is None or title[0] >= bounds[0] or not (labelled or index.told(bounds)):
        return None, None
    found = index.first(title, _specific)
    if found is None:
        # The generic noun only as the headline's subject, "Pasākums bērniem …": a plural
        # ("Projekta pasākumi tika uzsākti …") means the project's activities, no occurrence.
        generic = index.first(title, _not_frame)
        if generic is not None and doc.text[generic.start:generic.end].lower() == generic.kind:
            found = generic
    return (found, title) if found else (None, None)


_FIELD_LINE = re.compile(r"^[\s*_#>-]*[\wĀ-ž ]{2,20}\s*:")


def _heading_above(text: str, start: int, max_lines: int = 4) -> tuple[int, int] | None:
    """The first line above `start`, past blank lines and other "Label: …" lines, looked for
    at most `max_lines` lines up: the heading of a block of an event's facts."""
    end = text.rfind("\n", 0, start)
    for _ in range(max_lines + 2):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if line.strip() and not _FIELD_LINE.match(line):
            return (line_start, end) if len(line) <= 200 else None
        end = line_start - 1
    return None


# A section heading ends in no punctuation that closes a sentence or a list head.
HEADING_END = re.compile(r"[.!?;,:]\W*$")


def _section_headings(doc: Document, date_starts: list[int]) -> list[tuple[int, int]]:
    """Short lines that stand apart (a blank line or the text's start above), end in no
    punctuation and hold no date: "IEDZĪVOTĀJU SAPULCES NOVADĀ". One pass over the lines."""
    text, found, blank_above = doc.text, [], True
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        body = text[start:end].strip()
        if body and blank_above and len(body) <= LONGEST_HEADING and not HEADING_END.search(body) \
                and not _any_between(date_starts, (start, end)):
            found.append((start, end))
        blank_above = not body
        start = end + 1
    return found


# How far after the date a section's date line gives its clock time ("19. martā:\n plkst. 14").
SECTION_TIME_REACH = 40


def _section_noun(doc: Document, index: _Nouns, mention: DateMention, date_starts: list[int],
                  title: tuple[int, int] | None) -> NounMention | None:
    """"IEDZĪVOTĀJU SAPULCES NOVADĀ" over lines "Bunkas pagastā otrdien, 19. martā, plkst. 14 …":
    a date line with a clock time that names nothing takes the specific noun of the section
    heading above it, when no event noun stands between the two (the lines between are the
    section's other dates). The headline (or the text's first line) is no section heading: it
    lends its noun only to a clause that says something takes place (_title_noun). O(log n) per date."""
    headings = doc.derived("events.section_headings", lambda d: _section_headings(d, date_starts))
    i = bisect.bisect_right(headings, (mention.span.start, mention.span.start)) - 1
    if i < 0 or headings[i][1] > mention.span.start:
        return None
    heading = headings[i]
    if title is not None and heading[0] <= title[0] < heading[1] or i == 0 and not doc.text[:heading[0]].strip():
        return None
    starts = doc.derived("events.noun_starts", lambda d: [n.start for n in event_nouns(d)])
    if _any_between(starts, (heading[1], mention.span.start)):
        return None
    return index.first(heading, _specific)


def _any_between(starts: list[int], bounds: tuple[int, int]) -> bool:
    i = bisect.bisect_left(starts, bounds[0])
    return i < len(starts) and starts[i] < bounds[1]


def _dates_own_event(bounds: tuple[int, int], eventable: list[int]) -> bool:
    """A clause with a date of its own keeps its event noun for that date."""
    return _any_between(eventable, bounds)


def _neighbour_noun(doc: Document, index: _Nouns, bounds, mention, eventable: list[int]):
    """A specific event noun in the clause just before or after, when the date's clause tells that something happens.
    Not across the items of a list: each bullet ("- Ludzā atjaunos taku (12.07.2016)") speaks for itself."""
    in_list = _is_item(doc, mention.span.start)
    for direction in (-1, 1):
        other = layout(doc).neighbour_clause(bounds, direction)
        if other is None or (in_list and _is_item(doc, other[0])):
            continue
        if direction > 0 and _opens_with_time(doc, other) and not _is_date_line(doc, bounds, mention):
            continue  # "… svētdienās – 7. un 14. decembrī. Plkst. 14.00 … koncerts": a programme item of its own
        found = index.first(other, _specific)
        if found is None and status_near(doc, bounds, mention.span.start):
            # "… 12 skolēni viesojās Bragā. Vizītes laikā …": a frame that looks back at the
            # occurrence of a clause with a verb ("laikā", "noslēgumā") names it, when nothing else does.
            found = index.first(other, lambda rank: not rank[GENERIC])
            if found is not None and not _looks_back(doc, found):
                found = None
        if found is None or _dates_own_event(other, eventable):
            continue
        told = status_near(doc, bounds, mention.span.start) or status_near(doc, other, found.start)
        if told is None and not _is_date_line(doc, bounds, mention):
            continue
        return found, other
    return None, None


OPENING_TIME = re.compile(r"[\s*•–-]*(?:plkst\.?|pulksten)?\s*\d{1,2}[:.]\d{2}", re.IGNORECASE)


def _opens_with_time(doc: Document, bounds: tuple[int, int]) -> bool:
    return bool(OPENING_TIME.match(doc.text, bounds[0], bounds[1]))


def _is_item(doc: Document, offset: int) -> bool:
    """Whether the line holding `offset` is a bullet or numbered list item."""
    start = layout(doc).line_of(offset)[0]
    return bool(LIST_ITEM.match(doc.text[start:start + 20]))


# A clause longer than this is more than a date line's date, time and place.
LONGEST_DATE_LINE = 300


def _is_date_line(doc: Document, bounds: tuple[int, int], mention: DateMention) -> bool:
    """A clause that only gives the date, time and place, as event pages print them under the title:
    "Seminārs „Zaļā ekonomika”" / "2024. gada 5. martā, plkst. 10.00, Rīgā"."""
    if bounds[1] - bounds[0] > LONGEST_DATE_LINE:
        return False
    rest = doc.text[bounds[0]:mention.span.start] + " " + doc.text[mention.span.end:bounds[1]]
    for start, end, _first, _second in reversed(clock_times(rest)):
        rest = rest[:start] + " " + rest[end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("plkst", "pulksten", "no", "līdz")]
    return len(words) <= 5


def _named_kind(doc: Document, index: _Nouns, noun: NounMention, title: str | None) -> str:
    """"pasākums „Karjeras diena”": a generic noun whose quoted name opens with an occurrence
    noun takes that noun's type (RECORD.md: the generic word only when nothing more specific is said)."""
    if title is None or noun.kind not in _generic():
        return noun.kind
    m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
    if m is None:
        return noun.kind
    inner = _all_nouns(doc)
    starts = doc.derived("events.all_noun_starts", lambda d: [n.start for n in _all_nouns(d)])
    i = bisect.bisect_left(starts, m.start(1))
    for n in inner[i:]:
        if n.start >= min(m.end(1), m.start(1) + 30):
            break
        if n.kind not in _generic():
            return n.kind
    return noun.kind


def _build_event(doc: Document, index: _Nouns, noun: NounMention, noun_bounds, mention: DateMention, bounds,
                 date_starts: list[int]) -> Event:
    """One event from its noun and date: O(log n) lookups into what the document's ranges offer."""
    i = bisect.bisect_right(date_starts, mention.span.end)
    stop = date_starts[i] if i < len(date_starts) else None  # the next date: its place and time are its own
    here = _range(doc, bounds)
    there = _range(doc, noun_bounds) if noun_bounds != bounds else here
    found, starts = (here.addresses, here.address_starts) if here.addresses else (there.addresses, there.address_starts)
    address = None
    if found:
        k = bisect.bisect_left(starts, mention.span.end)
        address = found[k] if k < len(found) and (stop is None or starts[k] < stop) else found[0]
    place = places.pick_venue(here.venues, after=mention.span.end, stop=stop)
    if place is None and there is not here:
        place = places.pick_venue(there.venues)
    start_time, end_time = time_in(doc, bounds, mention.span.end, stop)
    if start_time is None:
        start_time, end_time = _time_in_next_clause(doc, bounds, date_starts)
    status = status_near(doc, noun_bounds, noun.start) or status_near(doc, bounds, mention.span.start)
    if noun_bounds == bounds:
        span = doc.span(min(noun.start, mention.span.start), max(noun.end, mention.span.end))
    else:
        span = doc.span(noun.start, noun.end)
    title = title_after(doc, noun)
    return Event(
        type=_named_kind(doc, index, noun, title), title=title, start=mention.value, end=mention.end,
        start_time=start_time, end_time=end_time, place=place,
        address=address.group(0) if address else None, status=status, span=span,
    )


def _time_in_next_clause(doc: Document, bounds, date_starts: list[int]) -> tuple[str | None, str | None]:
    """"… no 17. līdz 26. martam. Nodarbības notiks no plkst. 10.00 līdz 12.00.": the next clause, if it dates nothing else."""
    nxt = layout(doc).neighbour_clause(bounds, 1)
    if nxt is None or _any_between(date_starts, nxt):
        return None, None
    return time_in(doc, nxt, nxt[0])
