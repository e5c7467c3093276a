"""deadlines: "līdz <date>" obligations with the action as an infinitive and the person to contact.

A deadline is a date mention that a cue introduces ("līdz", "ne vēlāk kā", "termiņš") in a
clause that asks for an action (lūdzam … sazināties, jāpiesakās, pieteikumus iesniegt,
reģistrācija). Without an action it is not a deadline: "izstāde apskatāma līdz 5. maijam"
dates an exhibition, and "līdz 2020. gadam" is a period, not a day to act by.

A date with no cue of its own is a deadline when a label names the action for it: the cell
above it in a table ("pieņemšanas laiks⏎16.01.–16.02.2018."), the term after it in a timeline
("15. marts – iesniegšanas termiņš") or the lead-in of its list ("Iesniegšanas termiņi:").
Reports ("līdz martam pieņēma iesniegumus"), the organiser's own work ("to izvērtēšana tiks
veikta līdz …") and dates that no longer hold ("nevis līdz 1. martam") are no deadlines.

The package, bottom up: `matches` (patterns matched once per document), `debitive` and
`obliged` (an unlisted verb asked for by "jā-" or by a task set: "uzdevums sagatavot"), `actions`
(the words naming an action, their ranking and reach), `barriers` (what separates an action from a date),
`lists` (a list item's lead-in line), `coordinated_verbs` (of verbs joined by "un" or "vai", the act),
`clause_action` (the action of a cued date),
`anaphora` ("tas ir līdz …"), `heading` (a bare "Termiņš:" under a heading that names the
action, or opening the sentence after one that asks for it), `labels` (dates a table cell, timeline term or lead-in labels),
`vetoes` (pauses, superseded dates, reports), `own_work` (a debitive an office owes: "Pašvaldībai
jāaktualizē attīstības programma līdz …"), `qualified` (a date of a participle's state: "līdz
1. decembrim reģistrētām personām"), `closing` ("iesniegšana noslēgsies 25. maijā": a
nominal deadline with no "līdz"), `windows` (a same-day window in clock times: "Sacensības
8. jūnijā. Jāpiesakās no 8.30 līdz 9.30"), `wrapping` (a hard-wrapped sentence split before a
capital), `heading_day` (a heading naming the act over a day alone), `column_term` (a flattened
table's header cell naming the term over the days below it), `row_table` (a table flattened one row a line under a
header line of several term cells), `cell_table` (a table of bar- or tab-separated cells under a header of
which one cell names the term), `same_day` ("līdz tai pašai dienai":
a term pointing back to the day before it), `item_period` (a period inside an item of a list of terms,
after the item's own term day), `alternative_way` (a second way of
the same act after "vai" that tells the same day again), `window_request` (a contest's
window and the next sentence's request); here
the loop over the dates, with the days enumerated after a cued one ("ne vēlāk kā 31. martā,
15. maijā un 15. augustā"), the clock time and the contact of each deadline.
"""
from __future__ import annotations

import bisect
import re

from ...document import Document
from ...latvian.orthography import DASH
from ...layout import layout
from ...record import Contact, DateMention, DateRole, Deadline, Record
from ...spans import Intervals
from ...temporal.times import clock_times
from ..deadline_cues import LEADING_CUE, attending, cue_before, pattern, term_label, vocabulary
from .actions import ActionMention, distance, last_before, nominal, rank
from .alternative_way import restated_alternative
from .anaphora import anaphoric_action, pro_verb_action
from .clause_action import action_for
from .closing import closing_action
from .condition_date import condition_date
from .event_window import event_window_action
from .handed_in import handed_in
from .heading import heading_action, heading_over_converb, request_before_term
from .item_period import item_period
from .labels import labelled_action, window_label_action
from .own_work import authority_work
from .qualified import qualified
from .same_day import same_day_deadlines
from .labelled_days import labelled_line_next, labelled_next
from .consultation_window import consultation_action
from .vetoes import aimed, cut_off, decided, dutied, paused, purposed, reported, superseded
from .windows import windows
from .wrapping import unwrapped_bounds
from ...temporal.unknown_year import UNKNOWN_YEAR


YEAR_ONLY = re.compile(r"^(\d{4}|XXXX)$")
# A deadline needs a day or a month: not a week ("2023-W10") nor a relative date without a value.
DAY_OR_MONTH = re.compile(r"^(\d{4}|XXXX)(-\d{2}|-XX)")
# How far after the date a clock time still belongs to it: "līdz 5. maijam plkst. 17:00".
TIME_REACH = 30


# A day range with "līdz" in it: "varēs iesniegt no 2022. gada 28. novembra līdz 2023. gada
# 29. martam" is an application window however long; without an action it stays a period.
DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-\d{2}-\d{2}$")
# "līdz" inside a range's span: "no 1. līdz 15. martam".
RANGE_LIDZ = re.compile(r"\blīdz\b", re.IGNORECASE)
RANGE_DASH = re.compile(DASH)


def _long_window(mention: DateMention) -> bool:
    # (from a month too: "no februāra līdz 15. aprīlim" opens the window that month)
    return bool(mention.end and DAY_VALUE.match(mention.end) and DAY_OR_MONTH.match(mention.value or "")
                and RANGE_LIDZ.search(mention.span.text))


# A term's label right before a range (deadline_cues.term_label: "Iesniegšanas termiņš: 22.10.2025.
# – 02.03.2026.") names a window however long, as "līdz" in the range does; the label's noun still
# has to name an action.
def _labelled_window(doc: Document, mention: DateMention) -> bool:
    if not (mention.end and DAY_VALUE.match(mention.end) and RANGE_DASH.search(mention.span.text)):
        return False
    cue = cue_before(doc, mention)
    return cue is not None and term_label().search(cue.group(0)) is not None


def _postmark() -> re.Pattern:
    """The postmark cue ([cues] postmark): "pasta zīmogs ir 18. marts"."""
    return pattern("cues", "postmark")


def _list_cue() -> re.Pattern:
    """A cue that leads in a list of days ([cues] list_lead): "maksājams … – ne vēlāk kā:"."""
    return pattern("cues", "list_lead", r"{}\s*:")


def _governing_cue() -> re.Pattern:
    """A cue that is only the preposition governing the date ([cues] governing), whatever white
    space follows it: "pieteikties līdz⏎⏎3.augustam" is one sentence broken by the page."""
    return pattern("cues", "governing", r"{}\s*$")


def _enumeration() -> re.Pattern:
    """Between two days of one enumeration that share the first one's cue ([barriers]
    enumerating): "ne vēlāk kā 31. martā, 15. maijā, 15. augustā un 15. novembrī", or a list's
    items ("– ne vēlāk kā:⏎- 31.martā,⏎- 15.maijā")."""
    return pattern("barriers", "enumerating",
                   r"[ \t]*(?:[,;][ \t]*\n?[ \t\n]*(?:[-–—•·*][ \t]+)?(?:{}[ \t]+)?|[ \t]+{}[ \t]+)")


# The term's noun at the cue: "termiņā līdz …", "noteiktajā termiņā – līdz …".
TERM_AT_CUE = re.compile(r"termiņ\w*\s*[-–—]?\s*(?:līdz\s*)?(?:(?:šā|šī)\s+gada\s*)?$", re.IGNORECASE)


def _case_of(span_text: str) -> str:
    """The case a date is told in, by its last letter: "martam" (dative, after "līdz"), "martā"
    (locative, after "ne vēlāk kā"), "marts" (nominative), or digits."""
    last = span_text.rstrip(" .,")[-1:].lower()
    return {"m": "dative", "ā": "locative", "ī": "locative", "s": "nominative"}.get(last, "other")


def _row_bounds(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> tuple[int, int]:
    """The clause bounds cut to the line of the date: a bounded read of that line."""
    line_start = doc.text.rfind("\n", bounds[0], mention.span.start) + 1
    line_end = doc.text.find("\n", mention.span.end, bounds[1])
    return max(bounds[0], line_start), line_end if line_end >= 0 else bounds[1]


# How far before a range its opener may start: "no", or an act's noun and up to three words
# ("Pieteikumu pieņemšana inkubācijas programmā 01.09.–20.09.").
RANGE_OPENER_REACH = 60


def range_opened(doc: Document, mention: DateMention) -> bool:
    """Whether "no" ([cues] range_opener) stands right before the range: a bounded look back."""
    return pattern("cues", "range_opener", r"{}$").search(
        doc.text, max(0, mention.span.start - RANGE_OPENER_REACH), mention.span.start) is not None


def time_after(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> str | None:
    """"līdz 5. maijam plkst. 17:00" or "līdz plkst. 17:00 5. maijā": the clock time at the date."""
    reach_end = min(bounds[1], mention.span.end + TIME_REACH)
    for start, _end, first, second in clock_times(doc.text, mention.span.end, reach_end):
        gap = doc.text[mention.span.end:start]
        # A short aside may stand between: "līdz 17. jūlijam (pasta zīmogs) plkst. 17.00".
        if re.fullmatch(r"[\s,(]*(?:\*\*)?[\s,(]*(?:\([^()\n]{1,30}\)[\s,]*)?(?:līdz\s*)?", gap, re.IGNORECASE):
            return second or first
    for start, end, first, second in clock_times(doc.text, max(bounds[0], mention.span.start - 30), mention.span.start):
        if re.fullmatch(r"[\s,]*", doc.text[end:mention.span.start]) and re.search(
                r"līdz\s*$", doc.text[max(0, start - 8):start], re.IGNORECASE):
            return second or first
    return None


def contact_in(contacts: list[Contact], bounds: tuple[int, int], near: int) -> str | None:
    """The named contact whose mention lies in the deadline's clause, nearest the date.

    `contacts` are the named ones sorted by start; the nearest is found by bisection and a walk
    outwards that stops at the first one inside the clause on each side: O(log n) per date
    for the usual clause, where a list of the clause's contacts would be O(n) per date.
    """
    first = bisect.bisect_left(contacts, bounds[0], key=lambda c: c.span.start)
    last = bisect.bisect_left(contacts, bounds[1], key=lambda c: c.span.start)
    if first >= last:
        return None
    pivot = min(max(bisect.bisect_left(contacts, near, key=lambda c: c.span.start), first), last)
    best = None
    for i in (pivot - 1, pivot):
        if first <= i < last and contacts[i].span.end <= bounds[1]:
            if best is None or abs(contacts[i].span.start - near) < abs(best.span.start - near):
                best = contacts[i]
    if best is None:  # only a contact that runs past the clause end lies next to the date
        inside = [c for c in contacts[first:last] if c.span.end <= bounds[1]]
        best = min(inside, key=lambda c: abs(c.span.start - near)) if inside else None
    return best.name if best else None


def extract(doc: Document, record: Record) -> None:
    """One deadline per date and action: a date asked for twice with one action ("Pieteikties
    līdz 5. martam" in the lead, "pieteikšanās … līdz 5. martam" below) keeps the mention said
    most plainly: a verb before a noun before a converb, then the one nearest its cue
    ("Raksta iesniegšana līdz …"), then the first; two actions by one day in two cues are two.
    Two readings of one "līdz …" (a range and a day in it) never give it two deadlines either."""
    if not doc.sentences:
        return
    # (date value, action) → ((rank, distance), deadline): two cues asking two different things by
    # one day ("Pieteikties līdz 5. martam. Dokumentus iesniegt līdz 5. martam") are two deadlines.
    chosen: dict[tuple[str, str], tuple[tuple[int, int], Deadline]] = {}
    postmarked: set[tuple[str, str]] = set()  # a postmark dates the sending of what its sentence asks
    taken = Intervals()
    contacts = sorted((c for c in record.contacts if c.name), key=lambda c: c.span.start)
    date_starts = sorted(d.span.start for d in record.dates)
    # the starts of the dates that name a day: what opens an item of a list of terms
    day_starts = sorted(d.span.start for d in record.dates if DAY_VALUE.match(d.value or ""))
    last: tuple[int, ActionMention, str] | None = None  # (end of the last deadline's date, its action, its case)
    last_value: str | None = None  # … and its date's value
    for mention in sorted(record.dates, key=lambda d: d.span.start):
        if mention.role == DateRole.document.value or (mention.role == DateRole.period.value
                                                        and not _long_window(mention)
                                                        and not _labelled_window(doc, mention)):
            continue
        value = mention.end or mention.value
        if not DAY_OR_MONTH.match(value or "") or YEAR_ONLY.match(mention.value):
            continue
        cue = cue_before(doc, mention)
        if cue is not None and re.search(r"\n[ \t]*\n", cue.group(0)) and not _list_cue().search(cue.group(0)) \
                and not _governing_cue().match(cue.group(0)):
            # A cue a blank line above the date labels what is below it: read as a label. A
            # single line break is a hard-wrapped sentence ("jāiesniedz līdz⏎30.09.2025."); a cue
            # with a colon leads in a list of days ("ne vēlāk kā:⏎⏎- 31.martā,").
            cue = None
        # "Pieteikšanās no 1. līdz 15. martam": a range read as one mention ends at the deadline;
        # so does a dash range that "no" opens ("dalību no 12. – 26. oktobra var pieteikt"),
        # not a bare one ("seminārs 12.–13. oktobrī" dates the occurrence).
        ranged = mention.end and mention.role != DateRole.event.value and (
            RANGE_LIDZ.search(mention.span.text)
            or (RANGE_DASH.search(mention.span.text) and range_opened(doc, mention)))
        # A day enumerated after a deadline's day, with nothing but a comma, "un" or a list bullet
        # between, shares its cue and its action; so does a day on the next line after a dative
        # label as the deadline's day was ("Lieliem projektiem – 2. decembris⏎Maziem … – 23. janvāris").
        # In the same case only: "līdz 5. martam, 12. martā notiks atlase" names another day.
        enumerated = last[1] if (cue is None and not ranged and last is not None and mention.end is None
                                 and mention.role != DateRole.event.value
                                 and _case_of(mention.span.text) == last[2]
                                 and (_enumeration().fullmatch(doc.text, last[0], mention.span.start)
                                      or (last[2] == "nominative" and labelled_next(
                                          doc.text, last[0], mention.span.start, mention.span.end))
                                      or labelled_line_next(doc.text, last[0], mention.span.start,
                                                            mention.span.end))) else None
        if cue is None and enumerated is None and mention.end and range_opened(doc, mention) \
                and item_period(doc, mention, day_starts):
            continue  # "15. janvāris – projektiem, kas notiks no 1. februāra līdz 30. jūnijam"
        uncued = cue is None and not ranged and enumerated is None
        labelled = labelled_action(doc, mention, date_starts) if uncued else None
        closed = closing_action(doc, mention) if uncued and labelled is None else None
        windowed = event_window_action(doc, mention, date_starts) if uncued and labelled is None \
            and closed is None and mention.role == DateRole.event.value else None
        if uncued and labelled is None and closed is None and windowed is None:
            continue
        bounds = layout(doc).clause_bounds(mention.span.start)
        if bounds is None:
            continue
        if cue is not None and "|" in cue.group(0):
            # A cell border before the date: a table row written in text ("| Projektu iesniegšanas
            # termiņš | 07.03.2025. |"). The row is the clause: the next row's words are not its.
            bounds = _row_bounds(doc, mention, bounds)
        if paused(doc, mention, bounds) or cut_off(doc, mention):
            continue
        cue_start = cue.start() if cue and cue.re is not LEADING_CUE else mention.span.start
        if closed is not None:
            cue_start = closed[1]
        span_start = min(cue_start, mention.span.start)
        if taken.overlaps(span_start, mention.span.end) or superseded(doc, cue_start, mention.span.end) \
                or aimed(doc, bounds, cue_start) or decided(doc, bounds, cue_start) \
                or (ranged and purposed(doc, bounds, cue_start)) \
                or (cue is not None and qualified(doc, cue_start, mention.span.end, bounds[1])):
            continue
        if enumerated is not None:
            action = enumerated
        elif labelled is not None:
            action = labelled
        elif closed is not None:
            action = closed[0]
        elif windowed is not None:
            action = windowed
        else:
            # "To var izdarīt līdz 12. aprīlim, zvanot …": a pro-verb takes up the action named
            # before it; the clause's own action words are then only the means.
            action = (pro_verb_action(doc, bounds, cue_start, mention.span.end) if cue is not None else None) \
                or action_for(doc, bounds, cue_start, mention.span.end, ranged=cue is None)
            if action is not None and action.converb and cue is not None:
                # only the means under a heading that names the act: "Pieteikšanās⏎⏎Līdz …, zvanot …"
                action = heading_over_converb(doc, cue.start(), action, date_starts) or action
            if action is not None and cue is not None and _postmark().match(cue.group(0)):
                # "nosūtīt pa pastu (pasta zīmogs – 20. aprīlis) vai iesniegt klātienē": the
                # postmark dates what is sent by post, not the nearest action after it; with no
                # verb of sending ("jāiesniedz personīgi vai pa pastu (pasta zīmogs — 8. jūlijs)")
                # it is still sending, ranked as a noun, so that a verb's deadline on the same
                # day keeps its own action.
                sent = last_before(doc, cue_start, bounds[0], verbs_only=True)
                sending = vocabulary()["cues"]["postmark_actions"]
                action = sent if sent is not None and sent.infinitive in sending \
                    else ActionMention("nosūtīt", False, cue_start, cue.end())
            if action is None and ranged and cue is None:
                # a window of days under a label line that names the act ("Pieteikšanās
                # www.vieta.lv⏎⏎No 20.septembra līdz 23.septembrim")
                action = event_window_action(doc, mention, date_starts) or window_label_action(doc, mention, date_starts)
            if action is None and cue is not None:
                action = anaphoric_action(doc, bounds, cue_start)
            if action is None and ranged:
                # "Publiskās apspriešanas termiņš … no … līdz 24. martam. … apspriešanas laikā var iesniegt"
                action = consultation_action(doc, mention, bounds)
            if action is None and cue is not None:
                # a window's last day on a line of its own under the label that names the act
                # ("Pieteikšanās www.vieta.lv⏎⏎No 20.septembra 12:00 līdz 23.septembra 24:00")
                action = window_label_action(doc, mention, date_starts)
            if action is None and cue is not None:
                action = heading_action(doc, cue, date_starts) or request_before_term(doc, cue, bounds, date_starts)
            if action is None and cue is not None and (wider := unwrapped_bounds(doc, bounds)) != bounds:
                action = action_for(doc, wider, cue_start, mention.span.end)
            if action is None and cue is not None and (_list_cue().search(cue.group(0))
                                                         or ("\n" in cue.group(0) and _governing_cue().match(cue.group(0)))) \
                    and (lead := layout(doc).clause_bounds(cue_start)) is not None and lead[0] < bounds[0]:
                # "maksājams … – ne vēlāk kā:⏎⏎- 31.martā": the action stands in the cue's clause;
                # so it does before a preposition the page broke from its date ("līdz⏎⏎3.augustam").
                action = action_for(doc, (lead[0], bounds[1]), cue_start, mention.span.end)
        # A report dates what was received, whatever noun named the act ("pieteikšanās", though
        # listed with the verbs, is a noun there: "pieteikšanās sistēmā saņēmis 500 iesniegumu").
        # A term named at the cue ("izsludinātajā termiņā līdz 17. aprīlim saņēmusi pieteikumus") is the
        # term for applying, whatever was received by then.
        if action is None or (nominal(doc, action) and not TERM_AT_CUE.search(doc.text, max(0, cue_start - 24), mention.span.start)
                              and reported(doc, bounds, cue_start, mention.span.end)) \
                or (cue is not None and condition_date(doc, action, cue_start, mention.span.end)):
            continue
        if ((not action.is_verb or action.converb) and dutied(doc, bounds, cue_start, mention.span.end)) \
                or authority_work(doc, action, bounds):
            continue  # the office's own work: "Pašvaldībai līdz … jāaktualizē attīstības programma"
        action = handed_in(doc, action, bounds)  # "anketas var nodot līdz …": handing in
        if ranged and cue is None and action.infinitive in attending():
            # "no 25. aprīļa līdz 25. maijam tiek aicināti piedalīties Meža dienās": the days one
            # attends are the occasion's run, no term to meet ([cues] attending_window)
            continue
        if last is not None and last_value == value and action.infinitive != last[1].infinitive \
                and restated_alternative(doc.text, last[0], action.start):
            # "… līdz 15. janvārim birojā vai jānosūta …, lai tiktu saņemti līdz 15. janvārim": the
            # day is the first term's, told again
            mention.role = DateRole.deadline.value
            continue
        taken.add(span_start, mention.span.end)
        if windowed is None:  # the window still dates its occasion
            mention.role = DateRole.deadline.value
        last = (mention.span.end, action, _case_of(mention.span.text))
        last_value = value
        ranking = (rank(action), distance(action, cue_start, mention.span.end))
        time = time_after(doc, mention, bounds)
        if (value, action.infinitive) in chosen and chosen[value, action.infinitive][0] <= ranking:
            kept = chosen[value, action.infinitive][1]
            if kept.time is None and time is not None:
                # the same deadline told again with its hour ("var iesniegt līdz 20. novembrim" in
                # the lead, "jāiesniedz līdz 20. novembra pulksten 15.00" below): the hour is its
                kept.time = time
            continue
        if time is None and (value, action.infinitive) in chosen:
            time = chosen[value, action.infinitive][1].time  # the hour told with the mention this one outranks
        if cue is not None and _postmark().match(cue.group(0)):
            postmarked.add((value, action.infinitive))
        else:
            postmarked.discard((value, action.infinitive))
        chosen[value, action.infinitive] = (ranking, Deadline(
            date=value, time=time, action=action.infinitive,
            contact=contact_in(contacts, bounds, mention.span.end),
            span=doc.span(span_start, mention.span.end),
        ))
    for day, cue_start, time_end, time, action in windows(doc, record.dates):
        # One deadline per date: a window adds one only to a day that has none.
        if any(day.value == dated for dated, _action in chosen) or taken.overlaps(cue_start, time_end):
            continue
        chosen[day.value, action.infinitive] = ((rank(action), 0), Deadline(
            date=day.value, time=time, action=action.infinitive,
            contact=contact_in(contacts, layout(doc).clause_bounds(cue_start) or (cue_start, time_end), time_end),
            span=doc.span(cue_start, time_end)))
    # "jāiesniedz līdz 20. oktobrim … (pasta zīmogs – 20. oktobris)": the postmark restates the
    # day of the deadline beside it, no second one.
    # A postmark whose year is unknown restates a day asked for with its year ("līdz 2024. gada
    # 26. martam … (pasta zīmogs – 26. marts)").
    asked = {value for value, action in chosen if (value, action) not in postmarked}
    asked |= {UNKNOWN_YEAR + value[4:] for value in asked}
    record.deadlines.extend(deadline for key, (_rank_, deadline) in chosen.items()
                            if key not in postmarked or key[0] not in asked)
    # "Līdz tai pašai dienai jāpārskaita dalības maksa": a term pointing back to the day before it.
    record.deadlines.extend(same_day_deadlines(doc, record.deadlines, sorted(d.span.start for d in record.dates)))
