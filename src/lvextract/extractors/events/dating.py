"""Which dates can date an event: not deadlines, periods, legal acts, decisions' or history's
days, days a thing was moved from, a page's publication stamp, a sale's opening day, nor a
month word whose case says the date qualifies something else. O(1) or O(log n) per date."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache, partial

from ...document import Document
from ...layout import layout
from ...latvian.lemmas import stem
from ...record import DateMention, DateRole, Record
from ...temporal.publication_fields import posting_stamp, published_label_before
from ..deadline_cues import cue_before, term_list_item
from .blocks import table_caption, table_row
from .handout import handout_day
from .cards import labelled
from .dash_item import dash_item
from .lexicon import NON_SPACE, cue_alternation, happens_pattern, listed_pattern, stems, vocabulary, word_start_patterns
from .month_case import LONGEST_BODY, case_can_date, long_event_words, names_body
from .nouns import noun_starts
from .agency_dateline import agency_dateline
from .byline import byline
from .category_label import on_label_line
from .cited_sitting import cited_sitting
from .numbered_sitting import numbered_sitting
from .kept_day_clause import kept_day
from .other_antecedent import other_antecedent_day
from .life_stage import life_stage_day
from .clock_stamp import clock_stamp
from .not_days import (application_window, headline_stamp, moved_from, nowadays, opening_hours, other_day, past_headline_stamp,
                       permission_start, permitted_from, restricted_day)
from .offsets import any_between, opens_line, sentence_at
from .open_start import open_start
from .quoted_days import in_quoted_name
from ..related_list import related_start
from .undated import unresolved_day
from ...temporal.unknown_year import year_unknown


DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")


def single_day(mention: DateMention) -> bool:
    """A mention of one day (not a range, not a month or a year)."""
    return mention.end is None and DAY_VALUE.match(mention.value or "") is not None


def _day_range(mention: DateMention) -> bool:
    """A range from one day to another ("No 5. līdz 8. maijam")."""
    return DAY_VALUE.match(mention.value or "") is not None and DAY_VALUE.match(mention.end or "") is not None


def days_with_sentences(doc: Document, candidates: list[DateMention], role: str | None = None,
                        ranges: bool = False):
    """Each single-day candidate (of `role`, when given) with its sentence, in order: the walk the
    readers of a day's own sentence share; with `ranges`, a range of days too. Days outside any
    sentence are passed over."""
    for day in candidates:
        if (role is not None and day.role != role) or not (single_day(day) or ranges and _day_range(day)):
            continue
        sentence = sentence_at(doc, day.span.start)
        if sentence is not None:
            yield day, sentence

# A period, not an occurrence: a range longer than this many days.
LONGEST_EVENT_DAYS = 31
# "katru otrdienu no 3. oktobra līdz 28. novembrim": a weekly series is one event over its season.
LONGEST_SERIES_DAYS = 183
# A vocational course may run a school year: "Pavārs | 960 | 19.09.2016. – 30.06.2017.".
LONGEST_COURSE_DAYS = 366


def is_deadline_date(doc: Document, mention: DateMention) -> bool:
    """"līdz šā gada 25. aprīlim", "ne vēlāk kā 5. maijā", "termiņš – 1. marts"; an item of a
    list of terms ("Iesniegšanas termiņi:⏎• Partnerības – 20. maijs")."""
    if mention.role == DateRole.deadline.value:
        return True
    return (mention.end is None and cue_before(doc, mention) is not None) or term_list_item(doc, mention)


def calendar_day(value: str | None) -> dt.date | None:
    """The day of a value whose year is known ("2024-05-14", not "XXXX-05-14")."""
    return as_date(value) if value and not year_unknown(value) else None


def as_date(value: str | None) -> dt.date | None:
    m = DAY_VALUE.match(value) if value else None
    if not m:
        return None
    year = 2000 if year_unknown(value) else int(m.group(1))
    try:
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# A day this many years before the text's own time is history told in passing (a holiday's
# origin: "1920. gada 1. maijā sanāca Satversmes sapulce"), not an occurrence it announces.
HISTORY_YEARS = 10


def latest_year(record: Record, furniture: list[tuple[int, int]]) -> int | None:
    """The text's own time: the document date's year, else the latest year it states outside the
    page's `furniture` spans."""
    if record.document_date and not year_unknown(str(record.document_date)):
        return int(str(record.document_date)[:4])  # an agency's dateline may leave its year unknown: "XXXX-03-09"
    # Not a plan's or a programme's period: "stratēģija 2022.–2034. gadam" looks ahead, and would put
    # a hearing of 2021 a decade back. Nor the page's furniture: a site header's today ("Sestdiena,
    # 2023. gada 04. februāris" over a notice of 2011) is when the page was viewed, not the text's time.
    shown = set(furniture)
    told = [d for d in record.dates if d.role != DateRole.period.value
            and (d.span.start, d.span.end) not in shown]
    years = [int(d.value[:4]) for d in told if d.value and not year_unknown(d.value) and d.relative is None]
    years += [int(d.end[:4]) for d in told if d.end and not year_unknown(d.end)]
    return max(years) if years else None


def historical(mention: DateMention, latest: int | None) -> bool:
    year = mention.value[:4] if mention.value else ""
    return latest is not None and year.isdigit() and int(year) < latest - HISTORY_YEARS


def can_date_event(doc: Document, mention: DateMention) -> bool:
    if mention.role == DateRole.deadline.value or (mention.role == DateRole.period.value and mention.end is None):
        return False
    if past_headline_stamp(doc, mention):
        return False  # "Pastendē aizvadītas sporta spēles 10.11.2017": the report's posting day
    if mention.role == DateRole.document.value and posting_stamp(doc.text[mention.span.end:layout(doc).line_of(mention.span.end)[1]]):
        return False  # "Virsraksts 11.03.2014. plkst. 14.27": when the page was posted, nothing it tells of
    if mention.role == DateRole.document.value and doc.text[mention.span.end:mention.span.end + 1].isupper():
        return False  # "12.04.2024No 20. līdz …": a CMS's stamp glued to the lead's first word
    if mention.role == DateRole.period.value and not (DAY_VALUE.match(mention.value or "") and DAY_VALUE.match(mention.end)):
        return False  # a range of years or months; a long range of days is judged by its length below
    # An event page's "Datums 26. janvāris, 2023" over "Laiks …" / "Vieta …" may be taken for the
    # page's date too: it is the day's. A lone "Datums: …" line is the publication's.
    if mention.role == DateRole.document.value and not (_heads_an_event(doc, mention) or _event_facts(doc, mention)
                                                         or dash_item(doc, mention)):  # "17.03.2015. - … darbnīca …"
        return False
    first = as_date(mention.value)
    if (first is None and not unresolved_day(mention)) or (mention.span.start, mention.span.end) in doc.furniture_spans:
        return False
    if mention.span.start >= related_start(doc):
        return False  # "Citas ziņas" / "12. maijā, 10:15 <headline>": another article's stamp
    if handout_day(doc, mention):
        return False  # "maisus varēs saņemt no 24. līdz 28. aprīlim": goods handed out
    if in_quoted_name(doc, mention):
        return False  # izrāde „Šodien mēs dejojam”: a word of the title
    if mention.end is not None:
        last = as_date(mention.end)
        around = sentence_at(doc, mention.span.start)
        long_kind = around is not None and any_between(long_event_words(doc), (around.start, around.end))
        # A listing's line "03.04. – 31.05. Gleznu izstāde “…”", opened by its days, is its own item,
        # whatever sentence the splitter ran it into (not a paragraph's line holding the days anywhere).
        line = layout(doc).line_of(mention.span.start)
        long_kind = long_kind or (opens_line(doc.text, line[0], mention.span.start)
                                  and any_between(long_event_words(doc), line))
        row = table_row(doc, mention.span.start) if not long_kind else None
        caption = table_caption(doc, row) if row else None
        long_kind = long_kind or (caption is not None and any_between(long_event_words(doc), caption))
        recurring = word_start_patterns()["recurring"].search(doc.text, max(0, mention.span.start - 30),
                                                                mention.span.start)
        longest = LONGEST_COURSE_DAYS if long_kind else LONGEST_SERIES_DAYS if recurring else LONGEST_EVENT_DAYS
        if last is None or not 0 <= (last - first).days <= longest:
            return False
    if _period_cue().search(doc.text, max(0, mention.span.start - 25), mention.span.start):
        return False
    if _legal_cue().search(doc.text, max(0, mention.span.start - 25), min(len(doc.text), mention.span.end + 25)):
        return False
    if mention.end is None and not case_can_date(doc, mention):
        return False
    if nowadays(doc, mention):
        return False
    if moved_from(doc, mention) or _publish_stamp(doc, mention) or headline_stamp(doc, mention) \
            or _opening_day(doc, mention) \
            or permission_start(doc, mention) or other_day(doc, mention) or restricted_day(doc, mention) \
            or application_window(doc, mention) or opening_hours(doc, mention) or agency_dateline(doc, mention) \
            or clock_stamp(doc, mention) or open_start(doc, mention) or byline(doc, mention) \
            or on_label_line(doc, mention) \
            or permitted_from(doc, mention) \
            or cited_sitting(doc, mention) or numbered_sitting(doc, mention) \
            or life_stage_day(doc, mention) or kept_day(doc, mention) or other_antecedent_day(doc, mention):
        # "nometnes varēja sākt rīkot tikai no 1. jūlija"; a cabinet sitting cited; "karavīri, kuri
        # dienestu uzsāka 19. jūlijā": the day their service began; "…, kura tiek atzīmēta 16. februārī": the calendar's
        return False
    return not is_deadline_date(doc, mention)


ACT_WORD = re.compile(r"[\s.]*([^\W\d_]+)")
# A date ending in a month in the locative ("10. jūlijā").
LOCATIVE_DAY = re.compile(r"[^\W\d_]+[āī]$")
# What joins the dates of one list: "13.11.1997., 21.12.2000. un 17.06.2010. likumu".
DATE_LIST_JOIN = re.compile(r"[\s.,;]*(?:un\s+)?")


@lru_cache(maxsize=1)
def _act_participles() -> tuple[str, ...]:
    return tuple(vocabulary()["legal_act"]["participles"])


def naming_acts(doc: Document, dates: list[DateMention]) -> set[int]:
    """Dates that name a legal act ("ar 17.06.2010. likumu", "2020. gada 5. maija rīkojums"), also
    each date of a list that ends in one ("13.11.1997., 21.12.2000. un 17.06.2010. likumu"):
    the act's day, no occurrence. One backward pass over the dates."""
    ordered = sorted(dates, key=lambda d: d.span.start)
    found: set[int] = set()
    listed_act = False  # whether the date after this one closes a list that names an act
    for k in range(len(ordered) - 1, -1, -1):
        d = ordered[k]
        after = ACT_WORD.match(doc.text, d.span.end, min(len(doc.text), d.span.end + 40))
        adopted = after is not None and after.group(1).lower().startswith(_act_participles())
        if adopted:
            after = ACT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 40))
        if not adopted and LOCATIVE_DAY.search(doc.text, d.span.start, d.span.end):
            listed_act = False  # "sēdē 10. jūlijā lēmumi tika pieņemti": a day in the locative says when, names no act
            continue
        # The body whose act it is may stand between: "atbilstoši 12.02.2015. domes lēmumam".
        for _ in range(LONGEST_BODY):
            if after is None or not names_body(after.group(1)):
                break
            after = ACT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 40))
        names_act = after is not None and stem(after.group(1).lower()) in stems("legal_act", "after")
        if after is not None and not names_act and stem(after.group(1).lower()) in stems("decision", "cited_sittings"):
            # "Ar 24.09.2020. domes sēdes lēmumu": the sitting's genitive before its decision.
            after = ACT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 40))
            names_act = after is not None and stem(after.group(1).lower()) in stems("legal_act", "after")
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
    return NON_SPACE.search(doc.text, start, mention.span.start) is None \
        and bool(STAMP_REST.fullmatch(doc.text, mention.span.end, end))


# A heading that dates an occurrence is short: "16/04/2014 – 2. partneru sanāksme".
LONGEST_DATED_HEADING = 120


# The next fact of an event page's block ([card_fields] others), on one of the two lines after the date's.
_next_fact = partial(listed_pattern, "card_fields",
                     r"[^\n]*\n(?:[ \t]*\n)?(?:[^\n]*\n(?:[ \t]*\n)?)?[ \t*_#>-]*(?:norises\s+)?(?:{others})\b")


def _event_facts(doc: Document, mention: DateMention) -> bool:
    """"Datums 26. janvāris, 2023" / "Laiks 10.00–13.10" / "Vieta …": a labelled date over the
    occurrence's time or place."""
    return labelled(doc, mention) and bool(_next_fact().match(doc.text, mention.span.end, mention.span.end + 200))


def _heads_an_event(doc: Document, mention: DateMention) -> bool:
    """A dateline that is also the heading of an occurrence ("16/04/2014 – partneru sanāksme"):
    the day is the document's and the event's."""
    line = layout(doc).line_of(mention.span.start)
    if line[1] - line[0] > LONGEST_DATED_HEADING or published_label_before(doc.text, line[0], mention.span.start):
        return False
    starts = noun_starts(doc)
    return any_between(starts, line)


@lru_cache(maxsize=1)
def _opening_day_cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    cues = vocabulary()["opening_day"]["around"]
    key_words = tuple(vocabulary()["opening_day"]["key_words"])
    if not all(any(word in cue for word in key_words) for cue in cues):
        raise ValueError(f"events.toml: an opening_day cue without one of {key_words}: add its required word there")
    opening = re.compile(cue_alternation(cues), re.IGNORECASE)
    return opening, happens_pattern(any_space=False), re.compile("(?=(" + "|".join(key_words) + "))", re.IGNORECASE)


CLAUSE_BREAK = re.compile(r"[,;]")


def _opening_key_words(doc: Document) -> tuple[list[int], list[int]]:
    """Where the key words start, in order, and for each position the nearest end of a key word
    starting there or later; found once per document, overlapping ones too ("reģistreģistr"),
    with the cues' case rules. O(n)."""
    def find(d: Document) -> tuple[list[int], list[int]]:
        found = [(m.start(), m.end(1)) for m in _opening_day_cues()[2].finditer(d.text)]
        nearest_end, least = [0] * len(found), len(d.text) + 1
        for k in range(len(found) - 1, -1, -1):
            least = nearest_end[k] = min(least, found[k][1])
        return [start for start, _ in found], nearest_end
    return doc.derived("events.opening_key_words", find)


def _key_word_within(doc: Document, lo: int, hi: int) -> bool:
    starts, nearest_end = _opening_key_words(doc)
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and nearest_end[k] <= hi


def _opening_day(doc: Document, mention: DateMention) -> bool:
    """"No 27. maija varēs iegādāties biļetes uz koncertiem", "reģistrācija darbnīcai sāksies
    5. maijā": the day a sale or a registration opens, unless the sentence says something takes
    place ("Koncerts notiks 5. jūnijā, biļetes var iegādāties …").
    Looks at the date's sentence, at most 100 characters either side: O(1) per date."""
    text, start, end = doc.text, mention.span.start, mention.span.end
    sentence = sentence_at(doc, start)
    if sentence is None:
        return False
    lo, hi = max(sentence.start, start - 100), min(sentence.end, end + 100)
    if not (_key_word_within(doc, lo, start) or _key_word_within(doc, end, hi)):
        return False  # no cue can match: the searches below would find nothing
    left, right = text[lo:start], text[end:hi]
    opening, happens, _keys = _opening_day_cues()
    # Each side on its own: "Biļetes uz koncertu 5. jūnijā var iegādāties" dates the concert.
    # Only the date's own clause can say it takes place: in "Darbnīca notiks 20. maijā,
    # reģistrācija sāksies 5. maijā" the "notiks" is the other date's.
    clause_left = CLAUSE_BREAK.split(left)[-1]
    clause_right = CLAUSE_BREAK.split(right, 1)[0]
    return (bool(opening.search(left) or opening.search(right))
            and not (happens.search(clause_left) or happens.search(clause_right)))


@lru_cache(maxsize=1)
def _legal_cue() -> re.Pattern:
    return re.compile(cue_alternation(vocabulary()["legal_date"]["around"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _period_cue() -> re.Pattern:
    cues = cue_alternation(vocabulary()["period_cues"]["before"])
    return re.compile(rf"(?<!\w)(?:{cues})\s*$", re.IGNORECASE)
