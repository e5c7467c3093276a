"""Choosing the noun a date belongs to when its clause names none plainly: across sentence
stops (relative clauses and quoted names: relative_nouns.py), pairs, the sentence that announces a generic noun,
the headline (headline.py), a list's head line, a section heading (the neighbouring clause:
neighbour_clause.py; a list of activities: listed_activities.py; a date line: date_line.py)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .named_generic import dedicated, named_here
from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...layout import layout
from ...record import DateMention, Record
from .neighbour_cues import ongoing_since
from .achieved import under_achievement
from .blocks import list_head, section_headings
from .colon_sentence import colon_sentence
from .group_heads import group_head
from .listed_calendar import calendar_head_noun
from .advised_during import advised_during
from .announced_past_one import announcing_past_one
from .contrast_day import other_days_item
from .contrast_verb import verb_before_contrast
from .headline import title_bounds
from .lexicon import vocabulary
from .noun_mention import NounMention
from .nouns import all_noun_starts, all_nouns, event_nouns, noun_starts
from .offsets import any_between
from .status import status_near
from .series_items import series_items_noun
from .ranking import CONTRAST, GENERIC, Nouns, plural_genitive, specific
from .retold_start import started_next


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
WISHED_FOR = re.compile(r"(?:,|\b(?:tie|tās|visi|visas))\s*" + relative_pronoun("nominative") + r"\s+(?:\w+\s+)?"
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
# "Tikšanās pie …", also past the day and hour told first ("Tikšanās 12. maijā plkst. 9.00 pie skolas").
# Only the words of a day may stand between: a month's or a weekday's locative, not any "-ā" word
# ("Tikšanās … bibliotēkā pie rakstnieces" is a meeting with the writer, held in the library).
_DAY_WORD = (r"(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|august|septembr|oktobr|novembr|decembr)(?:ā|ī)"
             r"|(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā)?|gada")
# The hour may be glued to "plkst." ("Tikšanās plkst.10.00 pie …").
MEETING_POINT = re.compile(rf"(?:(?:,?\s+|(?<=plkst\.))(?:\d{{1,4}}\.|{_DAY_WORD}|plkst\.|pulksten|\d{{1,2}}(?:[.:]\d{{2}})?)){{0,5}}"
                           r",?\s+pie\s", re.IGNORECASE)
# "Tikšanās vieta: …", "Tikšanās vieta sestdien … stacijā": the meeting place named as such, "pie" or not.
MEETING_PLACE = re.compile(r"\s+viet(?:a|ā|u)\b", re.IGNORECASE)
SENTENCE_OPENING = re.compile(r"[\s\W]*$")


def is_meeting_point(doc: Document, noun: NounMention) -> bool:
    """"Tikšanās pie pagasta pārvaldes …" or "Tikšanās vieta …" at the start of its sentence: a
    meeting point."""
    if noun.kind not in vocabulary()["meeting_point"]["nouns"]:
        return False
    if not (MEETING_POINT.match(doc.text, noun.end) or MEETING_PLACE.match(doc.text, noun.end)):
        return False
    index = doc.sentence_index(noun.start)
    start = doc.sentences[index].start if index is not None else noun.start
    return SENTENCE_OPENING.fullmatch(doc.text, start, noun.start) is not None


def met_in_sentence(doc: Document, index: Nouns, meeting: NounMention) -> NounMention | None:
    """The occurrence the meeting point's own sentence says people gather for ("Tikšanās … pie
    skolas, no kurienes dosimies pārgājienā"): a noun of [meeting_point] for after the meeting."""
    at = doc.sentence_index(meeting.start)
    end = doc.sentences[at].end if at is not None else meeting.end
    return next((n for n in index.all_in((meeting.end, end)) if n.kind in met_for()), None)


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
    if own is not None and not under_achievement(doc, own) and not _object_of_doing(doc, own):  # not "pasākums, kurā sveiks par sasniegumiem konkursos"
        return own, noun_bounds
    before = layout(doc).neighbour_clause(noun_bounds, -1)
    # A past sentence does not announce an occurrence its successor tells in no past tense:
    # "Saņēmēji apstiprināti domes sēdē. Balvas pasniegs pasākumā 18. novembrī" is no sitting.
    if before is not None and (status_near(doc, before, before[0]) == "held"
                               and status_near(doc, noun_bounds, noun.start) != "held" or ongoing_since(doc, before)):
        before = None  # nor does one telling a practice since a past time ("Jau kopš rudens rīko diskusijas")
    if before is not None and not any_between(eventable, before):
        found = _announcing(index, before)
        if found is None:
            # "Aicinām uz lekciju. Stāstīs speciālisti. Pasākums notiks 3. jūnijā": one sentence that
            # names and dates nothing (who speaks, what is told) may stand between the announcing one
            # and the generic word; one step only, so the walk stays linear.
            further = announcing_past_one(doc, index, before, noun, noun_bounds, eventable)
            if further is not None:
                found, before = _announcing(index, further), further
        if found is not None:
            return found, before
    if before is None:
        # "Bērzgalē svinēja svētkus tautasdziesmai" over "Sestdien, 21. oktobrī, kultūras namā pulcējās
        # …": a section heading right above the paragraph the clause opens announces its occurrence,
        # as the headline does the text's.
        heading = _heading_above(doc, noun_bounds, eventable)
        # (A heading holds none of the dates: section_headings leaves out the lines that do.)
        if heading is not None:
            # Its noun in the nominative, or a feast ("svinēja svētkus"): not one qualifying another
            # word ("Ekspertu vizītes darba kārtība" is an agenda).
            found = index.first(heading, lambda rank: specific(rank) and not rank[1] and not rank[2]) \
                or index.first(heading, specific, kinds=_feasts(), told=True)
            if found is not None and not any(e.type == found.kind for e in record.events):
                return found, heading
    # "Pasākums notiks 16. decembrī. Ziemassvētku balle sāksies plkst. 19.00": the next sentence
    # retells the day's occurrence by its kind as it tells its start.
    started = started_next(doc, index, noun_bounds, eventable)
    if started is not None:
        return started
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


def _announcing(index: Nouns, bounds):
    """The specific noun (or a feast) a clause announces, if any."""
    return index.first(bounds, specific) or index.first(bounds, specific, kinds=_feasts(), told=True)


# A noun of doing right after a noun ("izrāžu tapšanas", "koncertu rīkošanu"): the noun before is its object.
DOING_NEXT = re.compile(r"[ \t]+[^\W\d_]+šan(?:a|as|ai|u|ā)(?!\w)")


def _object_of_doing(doc: Document, noun: NounMention) -> bool:
    """A kind's plural genitive as the object of a noun of doing ("pasākums, kurā pārrunāja izrāžu
    tapšanu", "stāstīs par koncertu rīkošanu"): many occurrences talked of, none of them the one
    the generic word tells. O(1)."""
    return plural_genitive(doc, noun) and DOING_NEXT.match(doc.text, noun.end, noun.end + 40) is not None


def _heading_above(doc: Document, bounds, eventable: list[int]) -> tuple[int, int] | None:
    """The section heading (blocks.section_headings) standing right above the paragraph whose
    first clause is `bounds`, with only blank lines between; not the text's first line (the
    headline's own rule reads that). O(log n) after one pass over the lines."""
    headings = doc.derived("events.announcing_headings", lambda d: section_headings(d, eventable))
    i = bisect.bisect_right(headings, (bounds[0], bounds[0])) - 1
    if i <= 0 or headings[i][1] > bounds[0] or doc.text[headings[i][1]:bounds[0]].strip():
        return None
    # Not the body of a poster's day line above it ("6. novembrī plkst. 19.00 tautas namā" over
    # "Sezonas atklāšanas pasākums"): that line's item, no heading of the paragraph below.
    end = headings[i][0]  # the end of the line above, past the blank lines
    while end > 0 and doc.text[end - 1].isspace():
        end -= 1
    if end > 0 and any_between(eventable, (layout(doc).line_of(end - 1)[0], end)):
        return None
    return headings[i]


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
    head = group_head(doc, index, list_head(doc, mention, dates), dates)  # past "Ozolu novadā:" sub-headings
    if head is None:
        return None, None
    head = colon_sentence(doc, index, head)
    found = index.first(head, lambda rank: not rank[GENERIC], last=True) or index.first(head, last=True)
    if found is None:  # "Posmu datumi:" / "“…” norisināsies:" under "Sacensību norises laiks un vieta"
        found = calendar_head_noun(doc, head)
    else:
        found = series_items_noun(doc, index, head, found)  # "Sporta nedēļas pasākumi:": each item a pasākums
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
