"""A day's programme told in running text: the paragraph's sentence with the day ("Sestdien,
5. septembrī, pulksten 10 pie kultūras centra sāksies Parka svētki.") and then sentences that
open with the hour and name what happens at it ("Pulksten 13 uz pils balkona … koncerts.",
"Pulksten 14 pie bibliotēkas Hennas darbnīca."). Each such sentence is an occurrence of that day."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...layout import line_opened_at, next_newline
from ...latvian.orthography import WORD
from ...latvian.places import LOCATIVE_ENDING
from ...record import DateMention, Record
from ...temporal.relative_builders import WEEKDAYS
from .dating import DAY_VALUE, days_with_sentences
from .lexicon import generic_types, spaced_literals, vocabulary
from .offsets import any_between, sentence_at
from .parts import QUOTED, build_event
from .added_events import add_event
from .hour_lines import hour_lines
from .labelled_run import labelled_runs
from .programme_chain import chained_day
from .programme_reach import within_reach
from .place_subheadings import hour_under_subheading
from .plural_generic import names_plural_generic
from .cited_days import cited_day_starts
from .hour_abbreviation import hour
from .ranking import Nouns

def _hour(word_after: str) -> str:
    """An hour (hour_abbreviation.hour), maybe after "no"/"ap" ("Ap pulksten 21 …")."""
    return r"(?:(?:no|ap)\s+)?" + hour(word_after)


# A sentence that opens with the hour: "Pulksten 13 …", "No pulksten 12 līdz 17 …", "Plkst. 18.30 …",
# "Ap pulksten 21 …" (about the hour),
# maybe after a connective ("Savukārt pulksten 17 …") or the town or venue in the locative that the
# programme goes on to ("Priekulē pulksten 13.30 …", "Kalna pagastā pulksten 12 …").
@lru_cache(maxsize=1)
def _opens_with_hour() -> re.Pattern:
    words = spaced_literals(vocabulary()["programme"]["connectives"])
    place = rf"(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+{LOCATIVE_ENDING}\s+"
    return re.compile(rf"[\s•*–-]*(?:(?:{words})[\s,]+)?(?:{place})?" + _hour(r"[^\W\d_]"), re.IGNORECASE)


# A later hour inside one hour-led sentence opens an item of its own: "Plkst. 11 sāksies sporta
# spēles, bet plkst. 19.00 estrādē – sadziedāšanās."; also the first hour after the day's own
# occurrence and a colon or a dash ("notiks ciemu diena: plkst. 14 gadatirgus, plkst. 19 koncerts"),
# and the last item joined by "un" ("…, plkst. 19 koncerts un plkst. 22 balle").
@lru_cache(maxsize=1)
def _later_hour() -> re.Pattern:
    words = spaced_literals(vocabulary()["programme"]["connectives"])
    # (a bare hour with its minutes too, maybe after "kur": "…, kur 12.00 notiks koncerts, bet 14.00 …")
    return re.compile(rf"(?:[,;:]|\n|\s(?=[–—])|\sun(?=\s))\s*[•*–-]?\s*(?:(?:{words})[\s,]+)?(?:kur\s+)?"
                      + _hour(r"[^\W\d_–-]"), re.IGNORECASE)


# A sentence that opens with what came before it: "Pēc izrādes no pulksten 23:00 balli spēlēs grupa
# …", "Pēc koncerta zaļumballe": the occurrence it names follows the one before, on its day.
@lru_cache(maxsize=1)
def _opens_after() -> re.Pattern:
    words = spaced_literals(vocabulary()["programme"]["connectives"])
    return re.compile(rf"[\s•*–-]*(?:(?:{words})[\s,]+)?pēc\s+(?=[^\W\d_])", re.IGNORECASE)


# How far after "Pēc" the noun of the occurrence before may start ("Pēc svinīgā koncerta").
AFTER_NOUN_REACH = 25


def _items(doc: Document, bounds: tuple[int, int]) -> list[tuple[int, int]]:
    """The hour-led sentence cut where a later hour opens another item. O(sentence)."""
    cuts = [m.start() + 1 for m in _later_hour().finditer(doc.text, *bounds)]
    edges = [bounds[0], *cuts, bounds[1]]
    return [(edges[i], edges[i + 1]) for i in range(len(edges) - 1)]



# The hour right after the day: "5. septembrī, pulksten 10", "12. jūlijā plkst. 11.00", or a bare
# span of hours a listing writes without the word ("24. februārī 12–21", "3. maijā 10.00–14.00").
HOUR_AFTER_DAY = re.compile(r"[\s,]*(?:(?:no\s+)?(?:pulksten|plkst\.?)\s*\d{1,2}(?!\d)"
                            r"|(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?\s*[–-]\s*(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?![\d.]|,\d))",
                            re.IGNORECASE)


def _hour_follows(doc: Document, day: DateMention) -> bool:
    # The day heading may stand over a place's subheading ("11. NOVEMBRIS / OZOLU PAGASTS / Plkst. 13.00 …").
    return bool(HOUR_AFTER_DAY.match(doc.text, day.span.end, day.span.end + 40)) \
        or hour_under_subheading(doc.text, day.span.start, day.span.end, SUBHEADED_HOUR)


# An hour line under a place's subheading: "Plkst. 13.00 …", "Pulksten 16 …".
SUBHEADED_HOUR = re.compile(r"[ \t•*–-]*(?:no\s+)?(?:pulksten|plkst\.?)\s*\d{1,2}(?!\d)", re.IGNORECASE)


def _names_occurrence(doc: Document, index: Nouns, day: DateMention, read: dict[int, bool]) -> bool:
    """Whether the day's own sentence names a specific occurrence (not the generic word, unless in
    the plural: several occurrences, told one by one after it); `read`
    keeps the answer per sentence (a sentence of many days is read once)."""
    sentence = sentence_at(doc, day.span.start)
    if sentence is None:
        return False
    if sentence.start not in read:
        generic = generic_types()
        read[sentence.start] = any(n.kind not in generic and not index.rank_of(n)[0]
                                   for n in index.all_in((sentence.start, sentence.end))) \
            or names_plural_generic(doc, index, (sentence.start, sentence.end))  # "… aicina uz pasākumiem"
    return read[sentence.start]


def programme_sentences(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                        by_key: dict, record: Record, pointed: list[DateMention] = ()) -> None:
    _programme_sentences(doc, index, candidates, date_starts, by_key, record, pointed)
    hour_lines(doc, index, candidates, date_starts, by_key, record)
    labelled_runs(doc, index, candidates, date_starts, by_key, record)


def _programme_sentences(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                         by_key: dict, record: Record, pointed: list[DateMention] = ()) -> None:
    """Each sentence that opens with the hour, or with "Pēc" and the occurrence before ("Pēc
    koncerta zaļumballe"), and holds no day of its own takes the day of the
    nearest date before it (in its paragraph or the one before), when no other date stands
    between the two; it is an event when it names a specific one (frames aside).
    O(sentences · (log dates + CHARACTERS_REACH))."""
    # The day's own sentence gives the first hour ("Sestdien, 5. septembrī, pulksten 10 …"): a
    # programme told hour by hour. A day said without one ("… svētdienā, 15. decembrī. Plkst. 15.00
    # … koncerts") leaves the next hour's item to itself.
    # A day whose sentence names its feast without an hour ("Sestdien, 14. jūnijā, Ērgļos notiks
    # svētku diena. Pulksten 15 parkā norisināsies parāde.") heads the hour-led sentences after it too.
    read: dict[int, bool] = {}
    days = [m for m in candidates if m.end is None and DAY_VALUE.match(m.value or "")
            and (_hour_follows(doc, m) or _names_occurrence(doc, index, m, read))]
    # A sentence opening by pointing back to the day told before ("Tajā pašā dienā Ozolos …") heads
    # the hour-led sentences after it with that day, whatever it names itself (day_anaphora.pointed_days).
    days = sorted(days + [p for p in pointed if DAY_VALUE.match(p.value or "") and opens_sentence(doc, p)],
                  key=lambda m: m.span.start)
    if not days:
        return
    day_starts = [m.span.start for m in days]
    other_days = other_day_starts(doc, record)
    last = None  # the day and end of the hour-led sentence before
    for sentence in doc.sentences:
        bounds = (sentence.start, sentence.end)
        # (a year said in passing is no day of its own: "plkst. 10 notiks 1991. gada barikāžu atceres
        # ugunskura iedegšana")
        if any_between(other_days, bounds):
            continue
        before_noun = None
        if not _opens_with_hour().match(doc.text, *bounds):
            after = _opens_after().match(doc.text, *bounds)
            if after is None:
                continue
            # The occurrence before, in the genitive right after "Pēc", is not this one.
            before_noun = next((n for n in index.all_in((after.end(), min(bounds[1], after.end() + AFTER_NOUN_REACH)))), None)
            if before_noun is None:
                continue
        day = day_over(doc.text, days, day_starts, other_days, sentence.start) \
            or chained_day(doc.text, last, other_days, sentence.start)  # a long programme, item after item
        if day is None:
            continue
        last = (day, sentence.end)
        for item in _items(doc, bounds):
            _add_item(doc, index, item, day, date_starts, by_key, record, before_noun)





def opens_sentence(doc: Document, mention: DateMention) -> bool:
    sentence = sentence_at(doc, mention.span.start)
    return sentence is not None and not doc.text[sentence.start:mention.span.start].strip()


def other_day_starts(doc: Document, record: Record) -> list[int]:
    """_other_day_starts once per document: the record's dates are settled before events are read,
    and both the programme sentences and the timed clauses ask."""
    return doc.derived("events.other_day_starts", lambda d: _other_day_starts(d, record))


def _other_day_starts(doc: Document, record: Record) -> list[int]:
    """Where the record's days stand: only another day parts a programme from its day, not a year
    said in passing ("ar šā gada pirmo skābeņu zupu"), nor a month, nor a bare weekday that only
    retells the weekday written beside a calendar day ("Sestdien, 10. jūlijā, svinēs Jūras svētkus." /
    a headline "Sestdien piekrastē svin Jūras svētkus" / the programme), nor (given the Document) a
    past day cited by its year in the genitive before what happened then ("25. martā … pasākumi,
    pieminot 1949. gada 25. marta deportācijas"): the commemorated day, no day of the programme."""
    text, cited = doc.text, cited_day_starts(doc, record)
    beside = {w.lower() for d in record.dates if d.value and len(d.value) >= 10
              for w in WORD.findall(text, max(0, d.span.start - WEEKDAY_BESIDE), d.span.start)}
    return sorted(d.span.start for d in record.dates
                  if d.span.start not in cited and ((d.value is None and not YEAR_OR_MONTH.match(d.relative or "")) or (d.value and len(d.value) >= 10))
                  and not (d.value is None and d.relative in WEEKDAYS and d.span.text.lower() in beside))


# How far before a calendar day its weekday is written ("Sestdien, 10. jūlijā").
WEEKDAY_BESIDE = 16


# A relative year or month ("šogad", "nākamgad", "šomēnes") with nothing to count from: no day.
YEAR_OR_MONTH = re.compile(r"[+-]P\d+[YM]$")


def day_over(text: str, days: list[DateMention], day_starts: list[int], other_days: list[int],
             start: int) -> DateMention | None:
    """The day nearest before `start` whose programme reaches it, else None. The programme may run
    on into the next paragraph ("Dalības maksa – … Pulksten 13 …"), not further: a paragraph more,
    CHARACTERS_REACH at most, and no other day between. O(log days + CHARACTERS_REACH)."""
    k = bisect.bisect_right(day_starts, start) - 1
    if k < 0:
        return None
    day = days[k]
    return day if within_reach(text, day.span.end, start, other_days) else None


def _add_item(doc: Document, index: Nouns, bounds: tuple[int, int], day: DateMention, date_starts: list[int],
              by_key: dict, record: Record, before_noun=None) -> None:
    """The occurrence an hour-led item names, on the programme's day; none for a frame or the generic word."""
    def narrow(nouns: list) -> list:
        nouns = [n for n in nouns if n != before_noun]
        # A genitive right before another event noun qualifies it: "svētku darbnīcai" is a workshop.
        return [n for k, n in enumerate(nouns)
                if not (k + 1 < len(nouns) and not doc.text[n.end:nouns[k + 1].start].strip())]
    add_event(doc, index, bounds, day, date_starts, by_key, record, narrow)


# A day that heads a list after a colon, its items parted by semicolons ("Sestdien, 3. augustā,
# Rīgā: izstāde „…” Dabas muzejā; zaļumballe …; festivāls …"): each item that names an
# occurrence is one of that day. The label before the colon is short and names none itself.
LONGEST_LIST_LABEL = 40
LIST_SEPARATOR = re.compile(r";")


def colon_lists(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                by_key: dict, record: Record) -> None:
    """Each semicolon-parted item of a list a day heads after a colon, on the day's own line.
    O(candidates · line)."""
    text = doc.text
    for day in candidates:
        if day.end is not None or not DAY_VALUE.match(day.value or ""):
            continue
        colon = text.find(":", day.span.end, day.span.end + LONGEST_LIST_LABEL)
        line_end = next_newline(text, day.span.end)
        line_end = len(text) if line_end < 0 else line_end
        if colon < 0 or colon > line_end or "\n" in text[day.span.end:colon] \
                or index.all_in((day.span.end, colon)) or any_between(date_starts, (day.span.end + 1, colon)):
            continue
        # The segmenter's sentence, not the first ". ": an ordinal ("pie 7. Ozolu pulka
        # pieminekļa") ends no sentence.
        sentence = sentence_at(doc, colon)
        stop = line_end if sentence is None else min(line_end, sentence.end)
        cuts = [colon + 1] + [m.end() for m in LIST_SEPARATOR.finditer(text, colon, stop)] + [stop]
        if len(cuts) < 4:
            continue  # fewer than three items: no list
        for k in range(len(cuts) - 1):
            item = (cuts[k], cuts[k + 1])
            if any_between(date_starts, item):
                continue
            add_event(doc, index, item, day, date_starts, by_key, record)


def day_sentence_items(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                       by_key: dict, record: Record) -> None:
    """"Sestdien, 9. martā: pulksten 12 – izrāde “Lietus”; pulksten 20 – balle": the day's own
    sentence told hour by hour. Its first item is the day's (the walk over the dates dates it);
    each later item opened by an hour is an occurrence of that day too. The sentence holds no other
    date from the day on. O(candidates · sentence)."""
    for day, sentence in days_with_sentences(doc, candidates):
        bounds = (day.span.end, sentence.end)
        if any_between(date_starts, (bounds[0] + 1, bounds[1])):
            continue
        items = _items(doc, bounds)
        # The day's own item too, when hour-led items follow: "svinēsim ciemu dienu: plkst. 14
        # gadatirgus, …" keeps the feast the walk may have passed over for the first hour's item.
        for item in items if len(items) > 2 else items[1:]:
            _add_item(doc, index, item, day, date_starts, by_key, record)


# A listing's line: the day, its hour and venue, a dash, then what takes place ("12. aprīlī pulksten
# 21 pagasta klubā — līnijdeju festivāls, kantrī balle ar grupu …"). After the first item, a
# comma-parted item that opens with another occurrence's noun is one more occurrence of the day
# and hour; the walk over the dates has dated the first. Items that open otherwise ("…, galvenajā
# lomā …", "…, kurā piedalīsies …") are said of the item before.
LISTING_DASH = re.compile(r"\s[—–-]\s")
ITEM_OPENING_REACH = 25
ITEM_CUT = re.compile("[,;]")


def listing_line_items(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                       by_key: dict, record: Record) -> None:
    """O(candidates · line): each line read from its day to its end, never from the text's start."""
    text = doc.text
    generic = generic_types()
    for day in candidates:
        if day.end is not None or not DAY_VALUE.match(day.value or ""):
            continue
        # whether the day opens its line, read back over the whitespace before it: neither copied nor
        # searched from the line's start, which on one long line is the text's (issue 13)
        line_start = line_opened_at(text, day.span.start)
        if line_start is None:
            continue
        line_end = next_newline(text, day.span.end)
        line_end = len(text) if line_end < 0 else line_end
        if any_between(date_starts, (day.span.end + 1, line_end)):
            continue  # the day opens its line and is the line's only date
        dash = LISTING_DASH.search(text, day.span.end, line_end)
        if dash is None or index.all_in((day.span.end, dash.start())):
            continue
        sentence_end = text.find(". ", dash.end(), line_end)
        stop = line_end if sentence_end < 0 else sentence_end
        commas = [m.end() for m in ITEM_CUT.finditer(text, dash.end(), stop)]  # ";" parts items too
        quoted = [m.span() for m in QUOTED.finditer(text, dash.end(), stop)]
        for k, cut in enumerate(commas):
            if any(a < cut <= b for a, b in quoted):
                continue
            item = (cut, commas[k + 1] if k + 1 < len(commas) else stop)
            # Not a part of the item before ("…, kurā ar dziesmām, kā arī ar spēlēm un konkursiem …").
            nouns = [n for n in index.all_in(item, told=True) if n.kind not in generic
                     and n.start - item[0] <= ITEM_OPENING_REACH and not index.rank_of(n)[1]]
            if not nouns or (nouns[0].kind, day.value) in by_key:
                continue
            event = build_event(doc, index, nouns[0], (line_start, item[1]), day, (line_start, item[1]), date_starts)
            event.span = doc.span(nouns[0].start, nouns[0].end)
            by_key[(event.type, event.start)] = event
            record.events.append(event)
