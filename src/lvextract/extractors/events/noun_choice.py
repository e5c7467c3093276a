"""Choosing the noun a date belongs to when its clause names none plainly: across sentence
stops (relative clauses and quoted names: relative_nouns.py), pairs, the sentence that announces a generic noun,
the headline (headline.py), a list's head line, a section heading, the neighbouring clause."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .named_generic import dedicated, named_here
from .organised_generic import organised_generic
from ...document import Document
from ...layout import layout
from ...record import DateMention, Record
from ...temporal.times import clock_times
from .neighbour_cues import adds_other, ongoing_since
from .achieved import under_achievement
from .blocks import is_item, list_head, section_headings
from .colon_sentence import colon_sentence
from .listed_calendar import calendar_head_noun
from .advised_during import advised_during
from .contrast_day import other_days_item
from .contrast_verb import verb_before_contrast
from .headline import title_bounds
from .lexicon import happens_pattern, vocabulary
from .noun_mention import NounMention
from .nouns import all_noun_starts, all_nouns, event_nouns, noun_starts
from .offsets import any_between
from .habitual import habitual
from .parts import QUOTED, status_near
from .ranking import CONTRAST, GENERIC, Nouns, looks_back, not_frame, specific


# A full stop the sentence splitter passed over ("… gaidīt Durbes pils. Šodien, 16. maijā … izstādi"):
# a word of three or more lower-case letters, a stop, a space and a capital. Abbreviations that
# may stand before a name are not stops.
VISIBLE_STOP = re.compile(r"(?<![^\W\d_])([a-zāčēģīķļņšūž]{3,})\.\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")


@lru_cache(maxsize=1)
def _stop_abbreviations() -> frozenset[str]:
    return frozenset(vocabulary()["word_starts"]["stop_abbreviations"])


def across_stop(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether a sentence end lies between the date and the noun, so that the noun is another
    sentence's. The stops are found once per document; O(log n) per date."""
    stops = doc.derived("events.stops", lambda d: [m.end(1) for m in VISIBLE_STOP.finditer(d.text)
                                                   if m.group(1).lower() not in _stop_abbreviations()])
    lo, hi = (mention.span.end, noun.start) if noun.start >= mention.span.end else (noun.end, mention.span.start)
    return any_between(stops, (lo, hi)) or verb_before_contrast(doc, mention, noun) \
        or other_days_item(doc, mention, noun)  # "egli iedegs 9. decembrī, arī …"; "…, bet svētdien dievkalpojums"


# "10. maijā plkst. 10 kultūras namā gaidīti tie, kuri vēlas doties šajā ekskursijā": a noun that a
# relative clause after the date only wishes for (to go on, to take part in) is an occurrence told
# elsewhere; the date is a slot to sign up or pay for it, no occurrence (RECORD.md).
WISHED_FOR = re.compile(r"(?:,|\b(?:tie|tās|visi|visas))\s*(?:kas|kuri|kuras|kura|kurš)\s+(?:\w+\s+)?"
                        r"(?:vēlas|vēlētos|grib|gribētu)\s+\w+\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def wished_for(doc: Document, mention: DateMention, noun: NounMention) -> bool:
    """Whether the noun stands after its date at the end of a relative clause of wishing ("…, kuri
    vēlas doties šajā ekskursijā") and names again an occurrence the text told before the date
    ("15. jūnijā gaidīsim visus, kas vēlas piedalīties talkā" with no talka before is the talka's
    own day). O(the gap + nouns before the date)."""
    if advised_during(doc, mention, noun):  # "No 3. līdz 5. maijam dievkalpojumu laikā ieteicams palikt mājās"
        return True
    if noun.start < mention.span.end or noun.start - mention.span.end > WISH_REACH:
        return False
    if WISHED_FOR.search(doc.text, mention.span.end, noun.start) is None:
        return False
    return any(other.kind == noun.kind for other in event_nouns(doc) if other.start < mention.span.start)


WISH_REACH = 200


# "Tikšanās pie …" opening its sentence: where the participants gather.
MEETING_POINT = re.compile(r"\s+pie\s", re.IGNORECASE)
SENTENCE_OPENING = re.compile(r"[\s\W]*$")


def is_meeting_point(doc: Document, noun: NounMention) -> bool:
    """"Tikšanās pie pagasta pārvaldes …" at the start of its sentence: a meeting point."""
    if noun.kind not in vocabulary()["meeting_point"]["nouns"] or not MEETING_POINT.match(doc.text, noun.end):
        return False
    index = doc.sentence_index(noun.start)
    start = doc.sentences[index].start if index is not None else noun.start
    return SENTENCE_OPENING.fullmatch(doc.text, start, noun.start) is not None


@lru_cache(maxsize=1)
def met_for() -> frozenset[str]:
    """The occurrences a meeting point may be of ([meeting_point] for)."""
    return frozenset(vocabulary()["meeting_point"]["for"])


def announced(doc: Document, index: Nouns, noun: NounMention, noun_bounds, record: Record,
               eventable: list[int]):
    """"Aicinām uz lekciju par … Pasākums notiks 3. jūnijā": the generic noun stands for the
    specific one of the sentence that announces it (the one before, dating nothing of its own,
    else the headline). Not one qualified by an occurrence's genitive right before it: "koledžas
    atklāšanas pasākumā" says what it is."""
    starts = all_noun_starts(doc)
    k = bisect.bisect_left(starts, noun.start) - 1
    gap = doc.text[all_nouns(doc)[k].end:noun.start] if k >= 0 else "x"
    if not gap.strip() and "\n" not in gap:  # not a headline's last word over the line below
        return noun, noun_bounds
    if named_here(doc, noun):  # "labdarības pasākums «Gaismu gaidot»": its own name says what it is
        return noun, noun_bounds
    # "Pasākums 23. septembrī sāksies ar lekciju par dārzu": the clause's own specific noun, not a
    # part or a time, names the occurrence before the sentence before or the headline may.
    starts, ends = _contrasts(doc, noun_bounds)
    k = bisect.bisect_right(ends, noun.start)  # the contrasts ending before the noun
    j = bisect.bisect_left(starts, noun.end)  # the first one after it
    side = (ends[k - 1] if k else noun_bounds[0], starts[j] if j < len(starts) else noun_bounds[1])  # not across "bet"
    # After the generic word: before it a noun only qualifies a place or a dedication ("svētkiem
    # rotātajā zālē norisinājās svinīgais pasākums").
    own = index.first((max(side[0], noun.end), side[1]), lambda rank: specific(rank) and not rank[1])
    if own is not None and not under_achievement(doc, own):  # not "pasākums, kurā sveiks par sasniegumiem konkursos"
        return own, noun_bounds
    before = layout(doc).neighbour_clause(noun_bounds, -1)
    # A past sentence does not announce an occurrence its successor tells in no past tense:
    # "Saņēmēji apstiprināti domes sēdē. Balvas pasniegs pasākumā 18. novembrī" is no sitting.
    if before is not None and (status_near(doc, before, before[0]) == "held"
                               and status_near(doc, noun_bounds, noun.start) != "held" or ongoing_since(doc, before)):
        before = None  # nor does one telling a practice since a past time ("Jau kopš rudens rīko diskusijas")
    if before is not None and not any_between(eventable, before):
        found = index.first(before, specific) or index.first(before, specific, kinds=_feasts(), told=True)
        if found is not None:
            return found, before
    title = title_bounds(doc, record) if not dedicated(doc, noun) else None
    if title is not None and title[1] <= noun_bounds[0] and not any_between(eventable, title):
        # A feast or a fair the headline names is what takes place ("Ābeļu ciema svētki" over
        # "Aicinām uz pasākumu 12. maijā"), though the headline says no verb.
        found = index.first(title, specific) or index.first(title, specific, kinds=_feasts(), told=True)
        # Not one the body already dated (a same day's twin is joined later): "Domes sēde" over "3. maijā notika sēde …
        # Pasākums, kas notika 17. maijā": the headline's sitting is the 3rd's, not this one.
        if found is not None and not any(e.type == found.kind for e in record.events):
            return found, title
    return noun, noun_bounds


def _contrasts(doc: Document, bounds) -> tuple[list[int], list[int]]:
    """Starts and ends of the contrasts ("bet", "savukārt") of a clause, found once per clause: a
    clause of many generic nouns is not searched again per noun."""
    cache = doc.derived("announced_contrasts", lambda d: {})
    if bounds not in cache:
        found = list(CONTRAST.finditer(doc.text, *bounds))
        cache[bounds] = [m.start() for m in found], [m.end() for m in found]
    return cache[bounds]


@lru_cache(maxsize=1)
def _feasts() -> frozenset[str]:
    return frozenset(vocabulary()["needs_happening"]["begins"])


def list_head_noun(doc: Document, index: Nouns, mention: DateMention, dates: frozenset[int]):
    head = list_head(doc, mention, dates)
    if head is None:
        return None, None
    head = colon_sentence(doc, index, head)
    found = index.first(head, lambda rank: not rank[GENERIC], last=True) or index.first(head, last=True)
    if found is None:  # "Posmu datumi:" / "“…” norisināsies:" under "Sacensību norises laiks un vieta"
        found = calendar_head_noun(doc, head)
    return (found, head) if found else (None, None)


# How far after the date a section's date line gives its clock time ("19. martā:\n plkst. 14").
SECTION_TIME_REACH = 40


def section_noun(doc: Document, index: Nouns, mention: DateMention, date_starts: list[int],
                  title: tuple[int, int] | None) -> NounMention | None:
    """"IEDZĪVOTĀJU SAPULCES NOVADĀ" over lines "Bunkas pagastā otrdien, 19. martā, plkst. 14 …":
    a date line with a clock time that names nothing takes the specific noun of the section
    heading above it, when no event noun stands between the two (the lines between are the
    section's other dates). The headline (or the text's first line) is no section heading: it
    lends its noun only to a clause that says something takes place (title_noun). O(log n) per date."""
    headings = doc.derived("events.section_headings", lambda d: section_headings(d, date_starts))
    i = bisect.bisect_right(headings, (mention.span.start, mention.span.start)) - 1
    if i < 0 or headings[i][1] > mention.span.start:
        return None
    heading = headings[i]
    if title is not None and heading[0] <= title[0] < heading[1] or i == 0 and not doc.text[:heading[0]].strip():
        return None
    starts = noun_starts(doc)
    if any_between(starts, (heading[1], mention.span.start)):
        return None
    return index.first(heading, specific)


def _dates_own_event(bounds: tuple[int, int], date_starts: list[int]) -> bool:
    """A clause with a date of its own keeps its event noun for that date, even a date that
    dates no event here ("… 10. aprīlī tiks rīkota saruna. Par to pērn novembrī svinīgā ceremonijā …")."""
    return any_between(date_starts, bounds)


def neighbour_noun(doc: Document, index: Nouns, bounds, mention, date_starts: list[int]):
    """A specific event noun in the clause just before or after, when the date's clause tells that something happens.
    Not across the items of a list: each bullet ("- Ludzā atjaunos taku (12.07.2016)") speaks for itself."""
    in_list = is_item(doc, mention.span.start)
    own_line = layout(doc).line_of(mention.span.start)
    first = LEADING_SPACE.match(doc.text, *own_line).end()  # the line's first non-space character
    date_led = any_between(date_starts, (first, first + 1))
    for direction in (-1, 1):
        other = layout(doc).neighbour_clause(bounds, direction)
        # Another item, not the item's own next sentence: a paragraph that opens with a date ("15.
        # novembrī teātrī pasniegs apbalvojumus. Pasākums sāksies plkst. 18.") reads as a numbered
        # item, yet its next sentence on the same line is its own (not so a line led by "5. Pasaules …").
        if other is None or (in_list and is_item(doc, other[0])
                             and not (date_led and layout(doc).line_of(other[0]) == own_line)):
            continue
        if direction > 0 and _opens_with_time(doc, other) and not is_date_line(doc, bounds, mention):
            continue  # "… svētdienās – 7. un 14. decembrī. Plkst. 14.00 … koncerts": a programme item of its own
        if direction < 0 and _heading_alone(doc.text, own_line, mention.span.start, mention.span.end):
            continue  # "4. oktobrī" alone on its line heads the lines below it, not the day's above
        if direction < 0 and date_led and _date_led_line(doc, other[0], date_starts) \
                and layout(doc).line_of(other[0]) != own_line:
            continue  # a listing's line led by its day: the line above, led by another day, is another item
        if direction < 0 and CONTRAST.search(doc.text, other[1], mention.span.start):
            continue  # "… notiks koncerts, bet 29. augustā …": the day across a contrast is another occurrence's
        # "…, bet 29. augustā visi aicināti uz cietoksni, kur notiks pasākums „…”": the clause that
        # says what takes place where the date's clause leads names it, even by the generic word.
        where = direction > 0 and WHERE_CLAUSE.match(doc.text, bounds[1], other[1])
        # Not a noun that only says when or what for ("pēc koncerta", "gatavojoties skatēm").
        found = index.first(other, not_frame if where else lambda rank: specific(rank) and not rank[1])
        if found is None and direction > 0:
            # "16. novembrī teātrī pasniegs apbalvojumus. Pasākums sāksies plkst. 18.": the next
            # sentence's subject, the generic word said to begin or take place, is the dated evening.
            found = _generic_subject(doc, index, other)
        if found is None and status_near(doc, bounds, mention.span.start):
            # "… 12 skolēni viesojās Bragā. Vizītes laikā …": a frame that looks back at the
            # occurrence of a clause with a verb ("laikā", "noslēgumā") names it, when nothing else does.
            found = index.first(other, lambda rank: not rank[GENERIC])
            if found is not None and not looks_back(doc, found):
                found = None
        if found is None or _dates_own_event(other, date_starts) or adds_other(doc, other, found):
            continue
        own, theirs = status_near(doc, bounds, mention.span.start), status_near(doc, other, found.start)
        if own is not None and theirs is not None and own != theirs and not habitual(doc, other):
            # "Plānots, ka sēdē deputāti pārrunās … Saeima 13. jūnijā izveidoja komisiju": a
            # neighbour told in another tense names an occurrence of another time, not the day's.
            continue
        if (own or theirs) is None and not is_date_line(doc, bounds, mention):
            continue
        if direction < 0 and own is None and "\n" in doc.text[other[1]:bounds[0]] \
                and not is_date_line(doc, bounds, mention):
            # "… pulcējās uz dievkalpojumu.\nFakti: Lāčplēša dienu atzīmē par godu uzvarai 1919. gada 11.
            # novembrī": a clause on a later line that tells nothing taking place does not lend its day
            # to the occurrence told on the lines above.
            continue
        return found, other
    return None, None


def _date_led_line(doc: Document, at: int, date_starts: list[int]) -> bool:
    """Whether the line holding `at` opens with a date ("12. maijā plkst. 18 …")."""
    first = LEADING_SPACE.match(doc.text, *layout(doc).line_of(at)).end()
    return any_between(date_starts, (first, first + 1))


LEADING_SPACE = re.compile(r"\s*")
LETTERS = re.compile(r"[^\W\d_]+")


def _heading_alone(text: str, line: tuple[int, int], start: int, end: int) -> bool:
    """Whether the date text[start:end] stands alone on its line, maybe beside its weekday ("5.
    oktobrī", "Sestdien, 11. maijā"): a day heading over the lines below it. Reads the line only
    up to its second word (a long line is not read whole per date)."""
    words = 0
    for lo, hi in ((line[0], start), (end, line[1])):
        for _ in LETTERS.finditer(text, lo, hi):
            words += 1
            if words > 1:
                return False
    return True


# The generic word opening a sentence as its subject, then a verb that it begins or takes place.
GENERIC_SUBJECT = re.compile(r"\s*(?:Pasākums|Sarīkojums)\s+(?:[^\W\d_]+\s+){0,3}?(?:sāksies|sākas|notiks|norisināsies|ilgs)\b")


# The generic word opening the next sentence in the locative, maybe after its adjective ("14. jūnijā
# atzīmējām Mātes dienu. Svinīgajā pasākumā uzstājās bērni."): the dated celebration's own occurrence.
GENERIC_AT = re.compile(r"\s*(?:[^\W\d_]+(?:ajā|ajos)\s+)?(?:pasākumā|sarīkojumā)(?!\w)", re.IGNORECASE)


# The verb of taking place opening the next sentence, the generic word its subject past an adjective or
# two ("11. novembrī skolā atzīmēja Lāčplēša dienu. Notika svinīgie pasākumi …"): the observed day's
# own occurrence, as "Pasākums notiks …" is.
GENERIC_AFTER_VERB = re.compile(r"\s*(?:Notika|Notiks|Norisinājās|Norisināsies)\s+(?:[^\W\d_]+\s+){0,2}?"
                                r"(?:pasākum|sarīkojum)(?:s|i)(?!\w)")


def _generic_subject(doc: Document, index: Nouns, other: tuple[int, int]) -> NounMention | None:
    m = GENERIC_SUBJECT.match(doc.text, other[0], other[1]) or GENERIC_AT.match(doc.text, other[0], other[1]) \
        or GENERIC_AFTER_VERB.match(doc.text, other[0], other[1])
    if m is None and (span := organised_generic(doc.text, other)) is not None:
        return index.first(span, not_frame)  # "Biedrība organizē pasākumu „…”"
    return index.first((other[0], m.end()), not_frame) if m else None


# A relative clause of place that says something takes place there ("…, kur notiks pasākums").
WHERE_CLAUSE = re.compile(r"[\s,]*kur\s+(?:arī\s+)?(?:notiks|norisināsies|būs|notika|norisinājās)\b", re.IGNORECASE)


OPENING_TIME = re.compile(r"[\s*•–-]*(?:plkst\.?|pulksten)?\s*\d{1,2}[:.]\d{2}", re.IGNORECASE)


def _opens_with_time(doc: Document, bounds: tuple[int, int]) -> bool:
    return bool(OPENING_TIME.match(doc.text, bounds[0], bounds[1]))


def timed_item_above(doc: Document, noun: NounMention, mention: DateMention) -> bool:
    """"20.00 IESKAŅU KONCERTS" / "1. augustā Barkavas centrā": a noun on an hour-led programme line
    above a date line is an item of the day before, not what the date line heads."""
    return noun.start < mention.span.start and _opens_with_time(doc, layout(doc).line_of(noun.start))


# A clause longer than this is more than a date line's date, time and place.
LONGEST_DATE_LINE = 300


def is_date_line(doc: Document, bounds: tuple[int, int], mention: DateMention) -> bool:
    """A clause that only gives the date, time and place, as event pages print them under the title:
    "Seminārs „Zaļā ekonomika”" / "2024. gada 5. martā, plkst. 10.00, Rīgā"."""
    if bounds[1] - bounds[0] > LONGEST_DATE_LINE:
        return False
    rest = doc.text[bounds[0]:mention.span.start] + " " + doc.text[mention.span.end:bounds[1]]
    for start, end, _first, _second in reversed(clock_times(rest)):
        rest = rest[:start] + " " + rest[end:]
    # A poster's line gives the show's quoted name beside its day, hour and venue ("Parka estrādē
    # 23. jūnijā pulksten 20 "Dziesmas Jāņu naktī". Koncertā piedalās …"): the name, however many
    # words long, is one fact of the line, as the hour is.
    rest = QUOTED.sub(" title ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.lower() not in ("plkst", "pulksten", "no", "līdz")]
    return len(words) <= 5


# A list of three or more after the verb of taking place: "notiks šautriņu mešana, atspoles skrējiens,
# metieni grozā": items split by commas, the last maybe by "un".
LIST_ITEM_SEPARATOR = re.compile(r",\s+|\s+un\s+")
# At most so many words an activity's item, and the noun among the first so many items.
LISTED_ITEM_WORDS, LISTED_ITEMS = 4, 8
LISTED_REACH = 1000  # characters past the noun: more than LISTED_ITEMS items of LISTED_ITEM_WORDS words


@lru_cache(maxsize=1)
def _listed_activity_words() -> tuple[frozenset[str], frozenset[str], re.Pattern, int]:
    """[listed_activities] heads, not_openers and sentences back, and the [happens] verbs as one pattern."""
    data = vocabulary()["listed_activities"]
    return frozenset(data["heads"]), frozenset(data["not_openers"]), happens_pattern(any_space=False), \
        int(data["sentences"])


def listed_activity(doc: Document, index: Nouns, noun: NounMention, bounds: tuple[int, int],
                    mention: DateMention, eventable: list[int]) -> tuple[NounMention, tuple[int, int]] | None:
    """"Pagastā tiks rīkota sporta diena. … 18. novembrī notiks šautriņu mešana, atspoles skrējiens,
    metieni grozā …": a specific noun that is one item of a list of three or more after the verb of
    taking place names an activity; the day is that of the occurrence one of the sentences before
    announces ([listed_activities] heads), when that one dates nothing of its own. O(1) past the noun."""
    heads, openers, happens, reach = _listed_activity_words()
    if noun.kind in heads or noun.start < mention.span.end:
        return None
    verb = None
    for m in happens.finditer(doc.text, mention.span.end, noun.start):
        verb = m
    if verb is None:
        return None
    # The first LISTED_ITEMS short items are all that is read: a window past the noun, not the rest
    # of a sentence that may run on for the whole text.
    stop = min(bounds[1], noun.end + LISTED_REACH)
    end = doc.text.find(".", noun.end, stop)
    listed = doc.text[verb.end():end if end >= 0 else stop]
    items = LIST_ITEM_SEPARATOR.split(listed)
    # Short items, the noun's among the first ones: not one noun followed by clauses (", kurās …").
    upto = len(LIST_ITEM_SEPARATOR.split(doc.text[verb.end():noun.start]))
    for item in items[:max(3, upto)]:
        words = re.findall(r"[^\W\d_]+", item)
        if not words or len(words) > LISTED_ITEM_WORDS or words[0].lower() in openers:
            return None
    if len(items) < 3 or upto > LISTED_ITEMS:
        return None
    i = doc.sentence_index(bounds[0])
    if i is None:
        return None
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        sentence = doc.sentences[k]
        before = (sentence.start, sentence.end)
        if any_between(eventable, before):
            return None
        found = index.first(before, lambda rank: True, last=True, kinds=heads)
        if found is not None:
            return found, before
    return None

