"""A report of a held occurrence that tells its parts in later clauses: "27. martā notika skolu
festivāls. … Otrajā daļā – izskanēja koncerts. Noslēgumā notika meistarklases."; "Svētki 6. jūnijā
sākās ar lekciju; notika arī darbnīca". Each later clause that opens with a past "takes place" verb
(after a part of the programme or an opener), or says the day began or closed with an occurrence
("sākās ar lekciju", "iesāka ar gājienu") or what visitors could take part in ("varēja darboties
radošajās darbnīcās"), and holds no date of its own, names an occurrence of the
day the report dated last — when an occurrence held on that day was told and no other date stands
between. An announcement goes on the same way in the future ("5. novembrī iedegs ugunskuru. …
Paralēli notiks tehnikas izstāde."; "Svētki sestdien, 27. maijā, sāksies ar gadatirgu"): the
same reading with the future's verbs, on a day a planned occurrence was told on. On a day held only
as a sitting of work (a seminar, a conference, a visit) only a held report's clause telling another
kind taking place by its own verb is read; its course and an announced programme stay its parts.
O(clauses · log dates)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...record import DateMention, Record
from .dating import DAY_VALUE
from .lexicon import generic_types, spaced_literals, vocabulary
from .offsets import any_between
from .other_time import of_other_time
from .paired_day import second_of_pair
from .added_events import add_event
from .nouns import event_nouns, noun_starts
from .ranking import Nouns

# How far after its day such a clause may stand (a short report's few paragraphs; a minister's
# quoted words may stand between a conference's day and its discussion: ev153, 800 → 1 200).
CHARACTERS_REACH = 1200
# How far after "sākās ar" / "varēja apskatīt" the occurrence's noun may stand ("sākās ar svinīgu
# gājienu", "varēja apskatīt interešu grupas “…” dalībnieču darbu izstādi").
WITH_REACH = 90


# How many words after "ar" an opening or closing word may stand ("ar grandiozu svinīgo atklāšanas …").
OWN_PART_WORDS = 3


@lru_cache(maxsize=1)
def _own_parts() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, vocabulary()['report_items']['own_parts']))})", re.IGNORECASE)


def _own_part(doc: Document, at: int) -> bool:
    """"Sacensības sākās ar svinīgo atklāšanas ceremoniju": what the occurrence began with is its own
    opening (or closing), no item of its own (events.toml [report_items] own_parts); so is an
    opening typed over its exhibition's genitive that starts within those words ("nakts iesāksies ar
    muzeja krājuma izstādes “…” atklāšanu": opening_pair.py). O(log n)."""
    words = list(re.finditer(r"\S+", doc.text[at:at + 80]))[:OWN_PART_WORDS]
    if any(_own_parts().match(w.group(0)) for w in words):
        return True
    k = bisect.bisect_left(noun_starts(doc), at)
    nouns = event_nouns(doc)
    return bool(words) and k < len(nouns) and nouns[k].start < at + words[-1].end() \
        and _own_parts().match(nouns[k].kind) is not None


@lru_cache(maxsize=2)
def report_patterns(status: str = "held") -> tuple[re.Pattern, re.Pattern]:
    data = vocabulary()["report_items"]
    if status == "held":
        verbs, openers, began, closed = data["verbs"], data["openers"], data["began_with"], data["closed_by"]
        could = rf"|(?:{spaced_literals(data['could'])})\s(?:[^.;!?\n]{{0,80}}?\s)?(?:{spaced_literals(data['join'])})"
        # "sākās ar lekciju": the verb right before "ar".
        between = ""
    else:
        # An announcement's future: "Paralēli notiks …", "svētki sāksies jau no rīta ar gadatirgu". What
        # visitors "varēs apskatīt" may run for weeks, so no `could` here; a short adverb of time may
        # stand between the verb and "ar" ("sāksies jau no rīta ar"), a number not.
        planned = data["planned"]
        verbs, openers, began = planned["verbs"], data["openers"] + planned["openers"], planned["began_with"]
        closed = planned["closed_by"]
        could = ""
        between = r"(?:\s+[^\W\d_]+){0,3}?"
    # A report's one word of whom before a verb adding to the day ("Vietniekiem notika arī
    # tikšanās"): "arī" after the verb says the clause adds an occurrence. Not a word of another time
    # ("Pērn notika arī …": [report_items] other_time_leads, word starts); not an announcement's
    # ("Dienā norisināsies arī sporta spēles" tells its programme).
    added = rf"|(?!(?:{spaced_literals(data['other_time_leads'])}))[^\W\d_]+\s+(?=(?:{spaced_literals(verbs)})\s+arī\s)" \
        if status == "held" else ""
    opens = re.compile(rf"[\s•*–-]*(?:(?:{data['parts']})[\s,:–—-]*{added})?(?:(?:{spaced_literals(openers)})[\s,]+)*"
                       rf"(?:{spaced_literals(verbs)})(?:\s+arī)?\s+", re.IGNORECASE)
    # "Svētkus noslēgs balle": a closing verb whose subject, the occurrence, follows it without "ar".
    began_with = re.compile(rf"(?<!\w)(?:(?:{spaced_literals(began)}){between}\s+ar{could}|(?:{spaced_literals(closed)}))\s+",
                            re.IGNORECASE)
    return opens, began_with


@lru_cache(maxsize=1)
def _many() -> frozenset[str]:
    return frozenset(vocabulary()["report_items"]["many"])


@lru_cache(maxsize=1)
def _sessions() -> frozenset[str]:
    return frozenset(vocabulary()["report_items"]["sessions"])


def session_days(record: Record, status: str = "held") -> set[str]:
    """Days held (or planned) only as sittings of work ([report_items] sessions): their later clauses
    tell their parts. A day that also held a feast keeps its later items."""
    sessions, generic = _sessions(), generic_types()
    held = [e for e in record.events if e.status == status and e.start and e.type not in generic]
    return {e.start for e in held if e.type in sessions} - {e.start for e in held if e.type not in sessions}


WORD = re.compile(r"[^\W\d_]+")
YEAR_VALUE = re.compile(r"^(?:\d{4}|XXXX)$")


def year_only(mention: DateMention) -> bool:
    """A date of year grain ("šogad", "2025. gadā"), written or relative."""
    if mention.relative:
        return mention.relative.endswith("Y")
    return mention.value is not None and mention.end is None and YEAR_VALUE.match(mention.value) is not None


def _first_word(doc: Document, at: int) -> str:
    m = WORD.match(doc.text, at)
    return m.group(0).lower() if m else ""


CLAUSE_EDGE = re.compile(r"[,;]\s*")


def clause_end(text: str, start: int, stop: int) -> int:
    """Where the verb's clause ends: the first comma or semicolon outside brackets ("notika rudens
    ražas (ķirbju, medus u.c.) izsole, kura …" runs to "izsole")."""
    depth = 0
    for i in range(start, stop):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in ",;" and depth == 0:
            return i
    return stop


def _after_semicolon(text: str, at: int) -> bool:
    """Whether a semicolon closes the text before `at`, past whitespace: read back, not copied (a
    long line of dated sittings asks this once per clause)."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == ";"


def report_clauses(doc: Document, bounds: tuple[int, int]):
    edges = [bounds[0], *(m.end() for m in CLAUSE_EDGE.finditer(doc.text, *bounds))]
    for k, start in enumerate(edges):
        end = edges[k + 1] if k + 1 < len(edges) else bounds[1]
        yield start, end


def report_items(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                 by_key: dict, record: Record) -> None:
    for status in ("held", "planned"):
        _report_items(doc, index, candidates, date_starts, by_key, record, status)


def _report_items(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                  by_key: dict, record: Record, status: str) -> None:
    # A day held under the generic word only ("Pasākums sākās ar koncertu") is left alone: its parts
    # would stand for the occurrence itself once the generic twin is dropped.
    generic = generic_types()
    held_days = {e.start for e in record.events if e.status == status and e.start and e.end is None
                 and e.type not in generic}
    # A day held only as a sitting of work ([report_items] sessions) keeps an announcement's later
    # items as its programme ("Seminārs notiks 15. martā. Pēc tam notiks diskusija") and a report's
    # "sākās ar …" as its course; a report's later clause telling another kind taking place by its
    # own verb ("Sanāksmes turpinājumā notika tikšanās ar rakstnieku") is an occurrence of that day
    # (the readers' blind gold, docs/events.md `report_items`).
    sittings = session_days(record, status)
    if status != "held":
        held_days -= sittings
    sitting_kinds = {(e.type, e.start) for e in record.events if e.status == status and e.start in sittings}
    days = sorted((m for m in candidates if m.end is None and m.value in held_days and DAY_VALUE.match(m.value)),
                  key=lambda m: m.span.start)
    if not days:
        return
    day_starts = [m.span.start for m in days]
    # A year alone between the day and the item ("“Šogad pateicības saņems astoņi,” stāsta vadītāja.
    # Svētki turpināsies ar koncertu") is a quote's or a remark's, no new day the item could be of.
    stops = sorted(d.span.start for d in record.dates if not year_only(d))
    opens, began_with = report_patterns(status)
    for sentence in doc.sentences:
        if sentence.end < day_starts[0]:
            continue
        for clause in report_clauses(doc, (sentence.start, sentence.end)):
            item = None
            # In the day's own sentence only a clause after a semicolon is another item: "27. novembrī
            # Maltā, Skolas ielā 9, notika … pasākums" is the day's own clause over commas.
            opened = opens.match(doc.text, *clause)
            apart = not any_between(date_starts, (sentence.start, sentence.end)) \
                or _after_semicolon(doc.text, clause[0])
            told_taking_place = False
            if opened is not None and apart and not any_between(date_starts, clause):
                item = (opened.end(), clause_end(doc.text, opened.end(), sentence.end))
                told_taking_place = True
            else:
                # "Svētki 6. jūnijā sākās ar lekciju": the day may stand in the clause itself, before the verb.
                began = began_with.search(doc.text, *clause)
                if began is not None and not any_between(date_starts, (began.start(), clause[1])) \
                        and _first_word(doc, began.end()) not in _many() and not _own_part(doc, began.end()):
                    item = (began.end(), min(clause[1], began.end() + WITH_REACH))
            if item is not None:
                _add_on_last_day(doc, index, item, clause, days, day_starts, stops, date_starts, by_key, record, status,
                                 sittings=(sittings, sitting_kinds, told_taking_place))
        for item in _began_before(doc, sentence, status):
            _add_on_last_day(doc, index, item, item, days, day_starts, stops, date_starts, by_key, record, status,
                             narrow=lambda nouns, end=item[1]: _item_heads(doc, index, nouns, end),
                             sittings=(sittings, sitting_kinds, False))


def _add_on_last_day(doc: Document, index: Nouns, item: tuple[int, int], clause: tuple[int, int], days: list,
                     day_starts: list[int], stops: list[int], date_starts: list[int], by_key: dict, record: Record,
                     status: str, narrow=None, sittings: tuple = (frozenset(), frozenset(), False)) -> None:
    """The item's occurrence on the day the report dated last before it, within its reach. On a day
    held only as a sitting (`sittings`: those days, their (kind, day) pairs, whether the clause told
    its item taking place by its own verb) only such a clause of another kind is read."""
    if any_between(date_starts, item) or of_other_time(doc, item):  # "šīs vasaras …"
        return
    k = bisect.bisect_right(day_starts, item[0]) - 1
    if k < 0:
        return
    day = days[k]
    if item[0] - day.span.end > CHARACTERS_REACH or any_between(stops, (day.span.end, item[0])):
        return
    if status == "planned" and second_of_pair(doc, day, clause):
        return  # "30. un 31. maijā … turnīrs. … Notiks arī draudzības vakars": of neither day
    sitting_days, sitting_kinds, told_taking_place = sittings
    if day.value in sitting_days:
        if not told_taking_place:
            return  # "Seminārs sākās ar lekciju": the sitting's own course
        add_event(doc, index, item, day, date_starts, by_key, record,
                  narrow=lambda nouns, v=day.value: [n for n in nouns if (n.kind, v) not in sitting_kinds])
        return
    add_event(doc, index, item, day, date_starts, by_key, record, narrow=narrow)


# What may follow an item's noun up to its end: its quoted name, then a venue — a prepositional
# phrase ("pie muižas") or a phrase closing in a locative ("parkā", "kultūras namā").
ITEM_TAIL = re.compile(r"(?:\s*[«“\"„][^«»“”\"„\n]{1,80}[»”\"“])?"
                       r"(?:\s+(?:(?:pie|uz|pa|no|līdz|aiz|pēc)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"
                       r"|(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ā|ē|ī|ū|os|ās|ēs|ūs)))?\s*")


def _item_heads(doc: Document, index: Nouns, nouns: list, end: int) -> list:
    """An item's own noun after "ar" is no nominative (that is the verb's subject told early: "ar
    nepacietību gaidītā izstāde tika atklāta") and heads its item: only a name or a venue after it,
    not a noun it is the genitive of ("ar festivāla atbalstu tika atklāts laukums")."""
    return [n for n in nouns if index.rank_of(n)[2] and ITEM_TAIL.fullmatch(doc.text, n.end, end)]


# The words opening a relative clause, from the project's one list of relative forms (latvian/relatives.py),
# with the adverb "kad" and "kurus", less "ko" and "kam" (the forms this reading was written with).
RELATIVE = relative_pronoun(also=("kad", "kurus"), without=("ko", "kam"))


@lru_cache(maxsize=2)
def _began_before_pattern(status: str) -> re.Pattern:
    data = vocabulary()["report_items"]
    verbs = data["began_before"] if status == "held" else data["planned"]["began_before"]
    # The items run from "ar" to the verb, no other "ar" between ("kopā ar draugiem ar gājienu …" is
    # the gājiens only) and no relative clause: in "ar darbnīcām turpināsies festivāls, kas vakarā
    # noslēgsies" the verb is the festival's own, told after it.
    return re.compile(rf"(?<!\w)ar\s+((?:(?!(?<!\w)ar\s|,\s*(?:{RELATIVE})(?!\w))[^.;:!?\n]){{1,{WITH_REACH}}}?)\s+"
                      rf"(?:{spaced_literals(verbs)})(?!\w)", re.IGNORECASE)


_COMMA = re.compile(",")


def _began_before(doc: Document, sentence, status: str):
    """"… ar gājienu, izstādes un mozaīkas atklāšanu noslēdzās plenērs", "ar sacensībām atklātas
    spēles": what the occurrence began or closed with, told before its verb; each comma-parted item
    one occurrence (its first word no word of number, "ar dažādām spēlēm", and no own opening,
    "ar svinīgu atklāšanu sākās"). One search per sentence."""
    for m in _began_before_pattern(status).finditer(doc.text, sentence.start, sentence.end):
        if _first_word(doc, m.start(1)) in _many() or _own_part(doc, m.start(1)):
            continue
        start, end = m.span(1)
        for edge in (*(c.start() for c in _COMMA.finditer(doc.text, start, end)), end):
            yield start, edge
            start = edge + 1
