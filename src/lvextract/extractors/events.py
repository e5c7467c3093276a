"""events: dated occurrences (seminars, workshops, visits, discussions …) with time, place and status.

An event is an event noun tied to a day-grain date mention in the same clause, or in a
neighbouring one when the date's clause names no event. The walk goes date by date, not
noun by noun: a text that mentions "seminārs" five times but dates it once gives one
event, and an undated list of planned activities gives none.
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
from ..lemmas import stem
from ..record import DateMention, DateRole, Event, Record
from ..temporal.times import parse_times
from .vocabulary import PatternSet

DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
# A period, not an occurrence: a range longer than this many days.
LONGEST_EVENT_DAYS = 31
# "katru otrdienu no 3. oktobra līdz 28. novembrim": a weekly series is one event over its season.
LONGEST_SERIES_DAYS = 183


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
        "time_preposition": re.compile(rf"(?<!\w)(?:{any_of('time_prepositions')})\s+$", re.IGNORECASE),
        # What may stand beside the date on a poster's day heading: its weekday and emphasis.
        "heading_rest": re.compile(rf"{punctuation}(?:(?:{weekdays})\w*)?{punctuation}", re.IGNORECASE),
    }
QUOTED = re.compile(r"[„“\"«”]([^„“\"«»”\n]{2,200}?)[”“\"»]")
# The quoted name right after the noun, also past an audience in the dative plural
# ("karnevāls bērniem “…”") or "par tēmu"; not past "par projektu „…”", which names a project.
TITLE_AFTER_NOUN = re.compile(
    r"[ \t]*(?:[:–—-][ \t]*)?(?:\w+(?:iem|ām)[ \t]+){0,2}(?:(?:par|ar)\s+(?:tēmu|nosaukumu)\s*:?\s*)?"
    r"[„“\"«”]([^„“\"«»”\n]{2,200}?)[”“\"»]"
)
# Abbreviations the tokenizer may end a sentence on although the sentence goes on.
CONTINUING_ABBREVIATIONS = ("plkst.", "tel.", "Nr.", "nr.", "adr.", "g.", "š.g.", "t.sk.", "piem.", "u.tml.", "utt.")


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
        patterns.append((kind, pattern))
    return PatternSet(patterns)


@dataclass(frozen=True)
class NounMention:
    kind: str
    start: int
    end: int


def event_nouns(doc: Document) -> list[NounMention]:
    """Every event noun in any case form, the longest phrase where they overlap ("apaļā galda diskusija")."""
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans

    sdoc = doc.spacy
    spans = [SpacySpan(sdoc, s, e, label=label) for label, s, e in _noun_matcher()(sdoc, doc)]
    kept = [sp for sp in filter_spans(spans) if sp.text.lower() not in _not_events()]
    nouns = sorted((NounMention(sp.label_, sp.start_char, sp.end_char) for sp in kept), key=lambda n: n.start)
    return _without_names(doc, nouns)


def _without_names(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Drops a noun inside the quoted name of another noun: in "pasākums „Atvērto durvju diena”"
    the event noun is "pasākums" and the quotes are its title."""
    names = []
    for noun in nouns:
        m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
        if m:
            names.append((m.start(1), m.end(1)))
    return [n for n in nouns if not _inside(n.start, names)]


@lru_cache(maxsize=1)
def _not_events() -> frozenset[str]:
    return frozenset(vocabulary()["not_events"]["forms"])


# --- clauses: sentences, mended where the tokenizer split after an abbreviation ---

def clause_bounds(doc: Document, offset: int) -> tuple[int, int] | None:
    """(start, end) of the sentence holding `offset`, joined with neighbours split off by an abbreviation."""
    i = doc.sentence_index(offset)
    if i is None or not doc.sentences:
        return None
    return _clause_table(doc)[i]


def _clause_table(doc: Document) -> list[tuple[int, int]]:
    """Each sentence's clause, built once per document (events and deadlines both ask per
    date; walking the sentences each time would be quadratic)."""
    return doc.derived("events.clauses", _build_clause_table)


def _build_clause_table(doc: Document) -> list[tuple[int, int]]:
    table: list[tuple[int, int]] = []
    first = 0
    for i in range(len(doc.sentences)):
        if i + 1 < len(doc.sentences) and _continues(doc, i):
            continue
        bounds = (doc.sentences[first].start, doc.sentences[i].end)
        table.extend([bounds] * (i - first + 1))
        first = i + 1
    return table


def _continues(doc: Document, i: int) -> bool:
    """Whether sentence i+1 is really the rest of sentence i."""
    here, after = doc.sentences[i], doc.sentences[i + 1]
    between = doc.text[here.end:after.start]
    if "\n\n" in between or "\n \n" in between:
        return False
    tail = doc.text[here.start:here.end]
    head = doc.text[after.start:after.start + 1]
    if tail.endswith(CONTINUING_ABBREVIATIONS):
        return True
    return head.islower()


def neighbour_clause(doc: Document, bounds: tuple[int, int], direction: int) -> tuple[int, int] | None:
    """The clause before (-1) or after (+1), within the same paragraph."""
    start, end = bounds
    if direction < 0:
        i = doc.sentence_index(start)
        if not i:
            return None
        prev = doc.sentences[i - 1]
        if "\n\n" in doc.text[prev.end:start]:
            return None
        return clause_bounds(doc, prev.start)
    i = doc.sentence_index(end - 1)
    if i is None or i + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[i + 1]
    if "\n\n" in doc.text[end:nxt.start]:
        return None
    return clause_bounds(doc, nxt.start)


# --- clock times ---

def clock_times(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str | None]]:
    """(start, end, "HH:MM", "HH:MM" or None) of the clock times in text[start:end], offsets into text."""
    end = len(text) if end is None else end
    return [(s + start, e + start, a, b) for s, e, a, b in parse_times(text[start:end])]


# --- which dates can date an event ---

def is_deadline_date(doc: Document, mention: DateMention) -> bool:
    """"līdz šā gada 25. aprīlim", "ne vēlāk kā 5. maijā", "termiņš – 1. marts"."""
    if mention.role == DateRole.deadline.value:
        return True
    from .deadlines import cue_before  # deadlines builds on this module: imported late

    return mention.end is None and cue_before(doc, mention) is not None


def _calendar_day(value: str | None) -> dt.date | None:
    """The day of a value whose year is known ("2024-05-14", not "XXXX-05-14")."""
    return _as_date(value) if value and not value.startswith("X") else None


def _as_date(value: str) -> dt.date | None:
    m = DAY_VALUE.match(value)
    if not m:
        return None
    year = 2000 if m.group(1) == "XXXX" else int(m.group(1))
    try:
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def can_date_event(doc: Document, mention: DateMention) -> bool:
    if mention.role in (DateRole.document.value, DateRole.deadline.value, DateRole.period.value):
        return False
    first = _as_date(mention.value)
    if first is None:
        return False
    if mention.end is not None:
        last = _as_date(mention.end)
        sentence = doc.sentence_index(mention.span.start)
        around = doc.sentences[sentence] if sentence is not None else None
        patterns = _word_start_patterns()
        long_kind = around is not None and patterns["long_event"].search(doc.text, around.start, around.end)
        recurring = patterns["recurring"].search(doc.text, max(0, mention.span.start - 30), mention.span.start)
        longest = LONGEST_SERIES_DAYS if recurring or long_kind else LONGEST_EVENT_DAYS
        if last is None or not 0 <= (last - first).days <= longest:
            return False
    if _period_cue().search(doc.text, max(0, mention.span.start - 25), mention.span.start):
        return False
    if _legal_cue().search(doc.text, max(0, mention.span.start - 25), min(len(doc.text), mention.span.end + 25)):
        return False
    if mention.end is None and not _case_can_date(doc, mention):
        return False
    return not is_deadline_date(doc, mention)


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
        after = NEXT_WORD.match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + 60))
        if after is None:
            return True
        word = stem(after.group(1).lower())
        return word in _genitive_next_stems() or word in _event_stems()
    return True


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


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in ranges)


def title_after(doc: Document, noun: NounMention) -> str | None:
    m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
    return m.group(1).strip() if m else None


@lru_cache(maxsize=1)
def _event_stems() -> frozenset[str]:
    return frozenset(stem(p.split()[-1]) for p in vocabulary()["nouns"])


def status_near(doc: Document, bounds: tuple[int, int], anchor: int) -> str | None:
    """planned / held from the tense of the verb nearest `anchor` in the clause."""
    status = vocabulary()["status"]
    best: tuple[int, str] | None = None
    for m in re.finditer(r"\w+", doc.text[bounds[0]:bounds[1]]):
        word = m.group(0).lower()
        found = None
        for kind in ("planned", "held"):
            if word in status[kind]["words"] or (len(word) > 5 and word.endswith(tuple(status[kind]["endings"]))):
                found = kind
                break
        if found is None:
            continue
        distance = abs(bounds[0] + m.start() - anchor)
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None


def time_in(doc: Document, bounds: tuple[int, int], after: int,
            stop: int | None = None) -> tuple[str | None, str | None]:
    """The first clock time in the clause (from `after` up to the next date, if one is there), not a deadline's "līdz plkst."."""
    times = [t for t in clock_times(doc.text, *bounds)
             if not re.search(r"līdz\s*$", doc.text[max(bounds[0], t[0] - 8):t[0]], re.IGNORECASE)]
    chosen = _first_after(times, lambda t: t[0], after, stop)
    return (chosen[2], chosen[3]) if chosen else (None, None)


# --- tying dates to nouns ---

# How many lines back a list item looks for the line that introduces its list.
LONGEST_LIST = 40
_NON_SPACE = re.compile(r"\S")
LIST_ITEM = re.compile(r"^[ \t]*(?:[•\-–—*·▪●◦]|\d{1,2}[.)](?=\s+\D))")


@lru_cache(maxsize=1)
def _frame_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in vocabulary()["frames"]["after"])


def _is_frame(doc: Document, noun: NounMention) -> bool:
    """"Apmācību noslēgumā", "Konferences dalībnieki": the noun frames something else."""
    m = re.match(r"[ \t]*(\w+)", doc.text[noun.end:noun.end + 40])
    return bool(m) and stem(m.group(1)) in _frame_stems()


def _pick_noun(doc: Document, nouns: list[NounMention], mention: DateMention,
               generic: frozenset[str]) -> NounMention | None:
    """The most specific noun, not a frame, nearest the date."""
    if not nouns:
        return None

    def rank(n: NounMention) -> tuple[int, int, int, int, int]:
        distance = min(abs(n.start - mention.span.end), abs(mention.span.start - n.end))
        # A frame ("apmācību programmas") names something else, so even "pasākums" beats it;
        # so does a noun that only places the date ("pēc sanāksmes 24. martā notiks lekcija").
        # Of the rest, the one in the nominative is what takes place ("seminārs konkursa
        # pretendentiem notiks 5. septembrī"), not the one qualifying another word.
        nominative = doc.text[n.start:n.end].lower() == n.kind
        return (_is_frame(doc, n), _is_time_reference(doc, n), not nominative, n.kind in generic, distance)

    return min(nouns, key=rank)




def _is_time_reference(doc: Document, noun: NounMention) -> bool:
    """"pēc sanāksmes", "pirms konferences": the noun says when, another one says what."""
    return bool(_word_start_patterns()["time_preposition"].search(doc.text, max(0, noun.start - 8), noun.start))


def _nouns_in(nouns: list[NounMention], bounds: tuple[int, int], text: str) -> list[NounMention]:
    """The event nouns of a clause, leaving out those in brackets and those that need a verb of taking place."""
    clause = text[bounds[0]:bounds[1]]
    brackets = [(m.start() + bounds[0], m.end() + bounds[0]) for m in re.finditer(r"\([^()]*\)", clause)]
    happens = frozenset(vocabulary()["happens"]["words"])
    told = any(w.lower() in happens for w in re.findall(r"\w+", clause))
    conditional = frozenset(vocabulary()["needs_happening"]["types"])
    first = bisect.bisect_left(nouns, bounds[0], key=lambda n: n.start)
    last = bisect.bisect_left(nouns, bounds[1], key=lambda n: n.start)
    return [n for n in nouns[first:last] if not _inside(n.start, brackets) and (told or n.kind not in conditional)]


@lru_cache(maxsize=8)
def _newline_index(text: str) -> list[int]:
    # Keyed by the text itself: a str caches its hash, so a lookup costs no rescan.
    return [m.start() for m in re.finditer("\n", text)]


def _line_of(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line holding `offset`, from an index of the newlines built once per text."""
    newlines = _newline_index(text)
    i = bisect.bisect_left(newlines, offset)
    start = newlines[i - 1] + 1 if i > 0 else 0
    end = newlines[i] if i < len(newlines) else len(text)
    return start, end


def _table_row(text: str, offset: int) -> tuple[int, int] | None:
    """The line holding `offset` when it is a row of a table flattened to text ("| … | … |")."""
    start, end = _line_of(text, offset)
    line = text[start:end].strip()
    return (start, end) if line.startswith("|") and line.count("|") >= 3 else None


def _table_caption(text: str, row: tuple[int, int]) -> tuple[int, int] | None:
    """The line above a flattened table (its header rows and blank lines skipped)."""
    start = row[0]
    while start > 0:
        line = _line_of(text, start - 1)
        body = text[line[0]:line[1]].strip()
        if body and not body.startswith("|"):
            return line
        if line[0] >= start:
            return None
        start = line[0]
    return None


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
    line = _line_of(text, mention.span.start)
    if not _is_list_line(text, line, dates):
        return None
    for _ in range(LONGEST_LIST):
        if line[0] == 0:
            break
        line = _line_of(text, line[0] - 1)
        if _NON_SPACE.search(text, line[0], line[1]) is None or _is_list_line(text, line, dates):
            continue
        return line if text[max(line[0], line[1] - 8):line[1]].rstrip().endswith(":") else None
    return None


def _item_bounds(doc: Document, bounds: tuple[int, int], mention: DateMention,
                 dates: frozenset[int]) -> tuple[int, int]:
    """A list item's own line, when the tokenizer ran several items into one sentence."""
    line = _line_of(doc.text, mention.span.start)
    if _is_list_line(doc.text, line, dates):
        return max(bounds[0], line[0]), min(bounds[1], line[1])
    return bounds


def extract(doc: Document, record: Record) -> None:
    if not doc.sentences:
        return
    nouns = event_nouns(doc)
    if not nouns:
        return
    generic = frozenset(vocabulary()["generic"]["types"])
    # "47,3 milj. eiro pasākumiem": money for measures, not an event.
    money_before = _word_start_patterns()["money_before"]
    nouns = [n for n in nouns if not (n.kind in generic and money_before.search(doc.text, max(0, n.start - 30), n.start))]
    date_starts = frozenset(d.span.start for d in record.dates)
    ordered_starts = sorted(date_starts)
    candidates = [d for d in record.dates if can_date_event(doc, d)]
    eventable = sorted(d.span.start for d in candidates)
    by_key: dict[tuple[str, str], Event] = {}
    for mention in candidates:
        bounds = clause_bounds(doc, mention.span.start)
        if bounds is None:
            continue
        row = _table_row(doc.text, mention.span.start)
        if row is not None:  # a table row speaks for itself: "| Iesniegšanas termiņš | 07.03.2025. |"
            noun, noun_bounds = _pick_noun(doc, _nouns_in(nouns, row, doc.text), mention, generic), row
            if noun is None:  # "Semināru grafiks:" above a table of dates, times and places
                noun_bounds = _table_caption(doc.text, row)
                noun = _pick_noun(doc, _nouns_in(nouns, noun_bounds, doc.text), mention, generic) if noun_bounds else None
            if noun is None:
                continue
            event = _build_event(doc, noun, noun_bounds, mention, row, ordered_starts)
            if (event.type, event.start) not in by_key:
                by_key[(event.type, event.start)] = event
                record.events.append(event)
            mention.role = DateRole.event.value
            continue
        clause = bounds
        bounds = _item_bounds(doc, bounds, mention, date_starts)
        noun = _pick_noun(doc, _nouns_in(nouns, bounds, doc.text), mention, generic)
        noun_bounds = bounds
        if noun is None and bounds != clause:
            if _list_head(doc, mention, date_starts) is None:  # a date line under a title line, one sentence
                noun = _pick_noun(doc, _nouns_in(nouns, clause, doc.text), mention, generic)
                noun_bounds = clause
        if noun is None:
            noun, noun_bounds = _list_head_noun(doc, nouns, mention, date_starts, generic)
        if noun is None:
            noun, noun_bounds = _neighbour_noun(doc, nouns, bounds, mention, generic, eventable)
        if noun is None:
            noun, noun_bounds = _title_noun(doc, nouns, bounds, record, generic)
        if noun is None:
            continue
        event = _build_event(doc, noun, noun_bounds, mention, bounds, ordered_starts)
        key = (event.type, event.start)
        if key in by_key:  # the same occurrence told twice ("No 4. līdz 6. … festivāls"; "atklāts 4. … plkst. 18:00")
            _fill_gaps(by_key[key], event)
        else:
            by_key[key] = event
            record.events.append(event)
        mention.role = DateRole.event.value
    _poster_blocks(doc, nouns, candidates, ordered_starts, generic, by_key, record)
    _drop_frames(record)
    _titles_from_other_mentions(doc, nouns, record.events)


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _poster_blocks(doc: Document, nouns: list[NounMention], candidates: list[DateMention], date_starts: list[int],
                   generic: frozenset[str], by_key: dict, record: Record) -> None:
    """A poster's day heading — the date alone on its line, maybe with its weekday and emphasis
    ("**SESTDIEN, 19. JŪLIJĀ**") — dates the blocks under it, down to the next heading: one
    event per block that names one."""
    text = doc.text
    headings = []
    for mention in candidates:
        start, end = _line_of(text, mention.span.start)
        # A heading stands apart: a blank line (or the text's start) above it, unlike a date
        # that a hard-wrapped sentence carried to the start of a line.
        above = text.rfind("\n", 0, max(0, start - 1))
        stands_apart = start == 0 or not text[above + 1:start].strip()
        heading_rest = _word_start_patterns()["heading_rest"]
        if stands_apart and mention.span.end <= end and heading_rest.fullmatch(text[start:mention.span.start]) \
                and heading_rest.fullmatch(text[mention.span.end:end]):
            headings.append((start, end, mention))
    for k, (_, line_end, mention) in enumerate(headings):
        region_end = headings[k + 1][0] if k + 1 < len(headings) else len(text)
        block_starts = [line_end] + [m.end() for m in BLANK_LINE.finditer(text, line_end, region_end)]
        made = False
        for b, block_start in enumerate(block_starts):
            block = (block_start, block_starts[b + 1] if b + 1 < len(block_starts) else region_end)
            in_block = [n for n in _nouns_in(nouns, block, text) if not _is_frame(doc, n)]
            # A generic noun after the day's events is a note about them ("Pasākumā tiks fotografēts").
            in_block = [n for n in in_block if not (made and n.kind in generic)]
            if not in_block:
                continue
            noun = min(in_block, key=lambda n: (n.kind in generic, n.start))
            if (noun.kind, mention.value) in by_key:
                continue
            event = _build_event(doc, noun, block, mention, block, date_starts)
            day = _calendar_day(event.start)
            if event.status is None and record.document_date and day:
                # A poster has no verbs: the day against the publication date tells.
                # ISO strings order like dates, and a month-grain document date ("2019-05") still compares.
                event.status = "planned" if day.isoformat() >= str(record.document_date) else "held"
            by_key[(event.type, event.start)] = event
            record.events.append(event)
            mention.role = DateRole.event.value
            made = True


def _drop_frames(record: Record) -> None:
    """"No 16. līdz 27. martam rīko divas sanāksmes: 17. martā Rēzeknē un 24. martā Tukumā":
    the range frames the occurrences listed in it and is no occurrence of its own."""
    frames = [e for e in record.events if _calendar_day(e.start) and _calendar_day(e.end)]
    for frame in frames:
        first, last = _calendar_day(frame.start), _calendar_day(frame.end)
        if any(e is not frame and e.type == frame.type and e.end is None and _calendar_day(e.start)
               and first <= _calendar_day(e.start) <= last for e in record.events):
            record.events.remove(frame)


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


def _list_head_noun(doc, nouns, mention, dates, generic):
    head = _list_head(doc, mention, dates)
    if head is None:
        return None, None
    found = _nouns_in(nouns, head, doc.text)
    if not found:
        return None, None
    specific = [n for n in found if n.kind not in generic] or found
    return specific[-1], head


def _title_noun(doc: Document, nouns: list[NounMention], bounds, record: Record, generic):
    """The headline's event noun, when the date's clause says that something takes place but names nothing."""
    if not record.title:
        return None, None
    start = doc.text.find(record.title)
    if start < 0 or start >= bounds[0]:
        return None, None
    happens = frozenset(vocabulary()["happens"]["words"])
    if not any(w.lower() in happens for w in re.findall(r"\w+", doc.text[bounds[0]:bounds[1]])):
        return None, None
    title = (start, start + len(record.title))
    found = [n for n in _nouns_in(nouns, title, doc.text) if not _is_frame(doc, n)]
    specific = [n for n in found if n.kind not in generic] or found
    return (specific[0], title) if specific else (None, None)


def _any_between(starts: list[int], bounds: tuple[int, int]) -> bool:
    i = bisect.bisect_left(starts, bounds[0])
    return i < len(starts) and starts[i] < bounds[1]


def _dates_own_event(bounds: tuple[int, int], eventable: list[int]) -> bool:
    """A clause with a date of its own keeps its event noun for that date."""
    return _any_between(eventable, bounds)


def _neighbour_noun(doc, nouns, bounds, mention, generic, eventable: list[int]):
    """A specific event noun in the clause just before or after, when the date's clause tells that something happens."""
    for direction in (-1, 1):
        other = neighbour_clause(doc, bounds, direction)
        if other is None:
            continue
        found = [n for n in _nouns_in(nouns, other, doc.text) if n.kind not in generic and not _is_frame(doc, n)]
        if not found or _dates_own_event(other, eventable):
            continue
        told = status_near(doc, bounds, mention.span.start) or status_near(doc, other, found[0].start)
        if told is None and not _is_date_line(doc, bounds, mention):
            continue
        return found[0], other
    return None, None


def _is_date_line(doc: Document, bounds: tuple[int, int], mention: DateMention) -> bool:
    """A clause that only gives the date, time and place, as event pages print them under the title:
    "Seminārs „Zaļā ekonomika”" / "2024. gada 5. martā, plkst. 10.00, Rīgā"."""
    rest = doc.text[bounds[0]:mention.span.start] + " " + doc.text[mention.span.end:bounds[1]]
    for start, end, _first, _second in reversed(clock_times(rest)):
        rest = rest[:start] + " " + rest[end:]
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("plkst", "pulksten", "no", "līdz")]
    return len(words) <= 5


def _first_after(items: list, start_of, after: int, stop: int | None):
    following = [i for i in items if start_of(i) >= after and (stop is None or start_of(i) < stop)]
    return (following or items or [None])[0]


def _build_event(doc: Document, noun: NounMention, noun_bounds, mention: DateMention, bounds,
                 date_starts: list[int]) -> Event:
    i = bisect.bisect_right(date_starts, mention.span.end)
    stop = date_starts[i] if i < len(date_starts) else None  # the next date: its place and time are its own
    skip = _inside_quotes(doc.text, bounds)
    found_addresses = places.addresses(doc, bounds) or (places.addresses(doc, noun_bounds) if noun_bounds != bounds else [])
    skip += [(m.start(), m.end()) for m in found_addresses]
    address = _first_after(found_addresses, lambda m: m.start(), mention.span.end, stop)
    place = places.venue_in(doc, bounds, skip, after=mention.span.end, stop=stop, not_venues=_event_stems())
    if place is None and noun_bounds != bounds:
        place = places.venue_in(doc, noun_bounds, _inside_quotes(doc.text, noun_bounds) + skip,
                                not_venues=_event_stems())
    start_time, end_time = time_in(doc, bounds, mention.span.end, stop)
    if start_time is None:
        start_time, end_time = _time_in_next_clause(doc, bounds, date_starts)
    status = status_near(doc, noun_bounds, noun.start) or status_near(doc, bounds, mention.span.start)
    if noun_bounds == bounds:
        span = doc.span(min(noun.start, mention.span.start), max(noun.end, mention.span.end))
    else:
        span = doc.span(noun.start, noun.end)
    return Event(
        type=noun.kind, title=title_after(doc, noun), start=mention.value, end=mention.end,
        start_time=start_time, end_time=end_time, place=place,
        address=address.group(0) if address else None, status=status, span=span,
    )


def _time_in_next_clause(doc: Document, bounds, date_starts: list[int]) -> tuple[str | None, str | None]:
    """"… no 17. līdz 26. martam. Nodarbības notiks no plkst. 10.00 līdz 12.00.": the next clause, if it dates nothing else."""
    nxt = neighbour_clause(doc, bounds, 1)
    if nxt is None or _any_between(date_starts, nxt):
        return None, None
    return time_in(doc, nxt, nxt[0])
