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
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..layout import layout
from ..record import Contact, DateMention, DateRole, Deadline, Record
from ..spans import Intervals
from ..temporal.times import clock_times
from .deadline_cues import LEADING_CUE, NOMINATIVE_OR_DIGITS, cue_before, pattern, vocabulary

YEAR_ONLY = re.compile(r"^(\d{4}|XXXX)$")
# A deadline needs a day or a month: not a week ("2023-W10") nor a relative date without a value.
DAY_OR_MONTH = re.compile(r"^(\d{4}|XXXX)(-\d{2}|-XX)")
# How far after the date a clock time still belongs to it: "līdz 5. maijam plkst. 17:00".
TIME_REACH = 30
# How far (characters) from the cue or date the action may stand: a long sentence can name
# an unrelated obligation ("pārskati jāiesniedz …, un projekts jāīsteno līdz 31. decembrim").
ACTION_REACH = 90
# Punctuation that ends a subclause: what a verb of duration after it continues is not the
# action named before it.
SUBCLAUSE_BREAK = re.compile(r"[,;:–—()]")


@lru_cache(maxsize=1)
def _action_forms() -> dict[str, tuple[str, bool]]:
    """lower-case word form → (infinitive, whether the form is a verb)."""
    forms: dict[str, tuple[str, bool]] = {}
    for is_verb, table in ((False, vocabulary()["actions"]["nouns"]), (True, vocabulary()["actions"]["verbs"])):
        for infinitive, words in table.items():
            for word in words:
                forms[word.lower()] = (infinitive, is_verb)
    return forms


@lru_cache(maxsize=1)
def _phrase_patterns() -> list[tuple[str, bool, re.Pattern]]:
    """Word groups that ask for an action none of their words names alone, each with whether it
    ranks with the verbs ("pieteikumi tiek pieņemti": submit) or the nouns ("dalības maksas
    veikšana": pay)."""
    actions = vocabulary()["actions"]
    return [(infinitive, is_verb, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE))
            for is_verb, table in ((True, actions["phrases"]), (False, actions["noun_phrases"]))
            for infinitive, patterns in table.items() for p in patterns]


@lru_cache(maxsize=1)
def _pause() -> re.Pattern:
    words = "|".join(vocabulary()["pauses"]["after_date"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _paused(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> bool:
    """"Līdz 14. aprīlim tiek pārtraukta klientu apkalpošana": what stops until the date is no
    obligation. Looked up in spans found once per document (linear)."""
    end = min(bounds[1], mention.span.end + 80)
    return _any_between(_spans_of(doc, "deadlines.pauses", _pause()), mention.span.end, end)


def _barrier() -> re.Pattern:
    """What separates a condition from the deadline after it ("Ja grib pieteikt vēlāk, tad līdz
    …"): an action before it is the condition's, not the date's."""
    return pattern("barriers", "between")


def _period_verb() -> re.Pattern:
    """A verb that says how long the action named earlier lasts ("Reģistrācija … turpināsies līdz")."""
    return pattern("cues", "period_verbs", r"(?<!\w){}\s*$")


@dataclass(frozen=True)
class ActionMention:
    infinitive: str
    is_verb: bool
    start: int
    end: int
    converb: bool = False


@dataclass(frozen=True)
class _ActionIndex:
    """Every action of the document in text order, and the verbs (not converbs) apart, each
    with its starts for bisecting."""
    starts: list[int]
    found: list[ActionMention]
    verb_starts: list[int]
    verbs: list[ActionMention]


def _scan_actions(doc: Document) -> _ActionIndex:
    """One pass over the words and one per phrase pattern: O(n) for the document."""
    forms = _action_forms()
    found = []
    for m in re.finditer(r"\w+", doc.text):
        hit = forms.get(m.group(0).lower())
        if hit:
            # aizpildot, reģistrējoties; not an infinitive that ends so ("nodot", "paziņot")
            converb = hit[1] and m.group(0).lower() != hit[0] and m.group(0).lower().endswith(("ot", "oties"))
            found.append(ActionMention(hit[0], hit[1], m.start(), m.end(), converb))
    for infinitive, is_verb, pattern in _phrase_patterns():
        found.extend(ActionMention(infinitive, is_verb, m.start(), m.end()) for m in pattern.finditer(doc.text))
    found.sort(key=lambda a: (a.start, a.end))
    verbs = [a for a in found if a.is_verb and not a.converb]
    return _ActionIndex([a.start for a in found], found, [a.start for a in verbs], verbs)


def _index(doc: Document) -> _ActionIndex:
    return doc.derived("deadlines.actions", _scan_actions)


def actions_in(doc: Document, bounds: tuple[int, int]) -> list[ActionMention]:
    """The action words inside bounds.

    The document is scanned once (O(n), kept with the document) and each call bisects that
    list: O(log n + k) for k words returned. Scanning the clause per date instead made a
    text with many dates and no sentence break quadratic (a clause is then the whole text).
    """
    index = _index(doc)
    first = bisect.bisect_left(index.starts, bounds[0])
    last = bisect.bisect_left(index.starts, bounds[1])
    return [a for a in index.found[first:last] if a.end <= bounds[1]]


def last_before(doc: Document, start: int, limit: int, verbs_only: bool = False) -> ActionMention | None:
    """The last action (or verb) that ends before `start` and begins at or after `limit`: O(log n)."""
    index = _index(doc)
    starts, found = (index.verb_starts, index.verbs) if verbs_only else (index.starts, index.found)
    i = bisect.bisect_left(starts, start) - 1
    while i >= 0 and found[i].end > start:  # a phrase that runs over `start`
        i -= 1
    return found[i] if i >= 0 and found[i].start >= limit else None


def reach_bounds(bounds: tuple[int, int], cue_start: int, date_end: int) -> tuple[int, int]:
    """The part of the clause where an action within ACTION_REACH of the cue or date can stand,
    so that a long clause does not make each date look at all of it (the longest action word
    is far shorter than the margin)."""
    return max(bounds[0], cue_start - ACTION_REACH - 40), min(bounds[1], date_end + ACTION_REACH + 1)


def _distance(action: ActionMention, cue_start: int, date_end: int) -> int:
    if action.end <= cue_start:
        return cue_start - action.end
    return max(0, action.start - date_end)


def _rank(action: ActionMention) -> int:
    """A finite verb, infinitive or debitive (0) before a noun naming the action (1) before a converb (2):
    in "Pieteikties var līdz 24. martam, aizpildot anketu" the deadline is for applying."""
    if action.converb:
        return 2
    return 0 if action.is_verb else 1


def pick_action(actions: list[ActionMention], cue_start: int, date_end: int) -> ActionMention | None:
    """The action asked for by the date: within reach of it, a verb before a noun before a converb."""
    near = [a for a in actions if _distance(a, cue_start, date_end) <= ACTION_REACH]
    if not near:
        return None
    # On a tie the longer match wins: "dalību … pieteikt" (apply) over the bare "pieteikt" in it.
    return min(near, key=lambda a: (_rank(a), _distance(a, cue_start, date_end), a.start - a.end))


def _spans_of(doc: Document, key: str, pattern: re.Pattern) -> tuple[list[int], list[int]]:
    """(starts, ends) of the pattern's matches in the document, found once (O(n))."""
    def scan(d: Document) -> tuple[list[int], list[int]]:
        matches = list(pattern.finditer(d.text))
        return [m.start() for m in matches], [m.end() for m in matches]
    return doc.derived(key, scan)


def _any_between(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a match lies wholly within [start, end): a bisection, O(log n), however far apart
    the two ends are (a clause with no sentence break can be the whole text). The matches do
    not overlap, so the first one starting at or after `start` ends first."""
    starts, ends = spans
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and ends[i] <= end


def _organiser() -> re.Pattern:
    return pattern("barriers", "organiser", r"(?<!\w){}(?!\w)")


def _organised(doc: Document, action: ActionMention, cue_start: int, date_end: int) -> bool:
    """Whether the organiser's work ("to izvērtēšana tiks veikta") stands between the action
    and the cue, or between the date and an action after it: O(log n)."""
    lo, hi = (action.end, cue_start) if action.end <= cue_start else (date_end, action.start)
    return _any_between(_spans_of(doc, "deadlines.organiser", _organiser()), lo, hi)


def _conditioned(doc: Document, action: ActionMention, cue_start: int) -> bool:
    """Whether a barrier ("…, tad") stands between an action before the cue and the cue."""
    return action.end <= cue_start and _any_between(_spans_of(doc, "deadlines.barriers", _barrier()), action.end, cue_start)


def _subclause_break(doc: Document, start: int, end: int) -> bool:
    return _any_between(_spans_of(doc, "deadlines.breaks", SUBCLAUSE_BREAK), start, end)


# A line that is an item of a list: "1) 8. kārta no … līdz …", "• līdz 5. martam – …".
LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•\-–*·▪])[ \t]")
# How far back the lead-in of a list is looked for: lines, and characters per line.
LIST_LINES, LINE_REACH = 15, 400


def _line_start(text: str, offset: int) -> int | None:
    """Where the line holding `offset` starts, if it starts within LINE_REACH characters."""
    lo = max(0, offset - LINE_REACH)
    newline = text.rfind("\n", lo, offset)
    if newline == -1:
        return 0 if lo == 0 else None
    return newline + 1


def _lead_in_line(doc: Document, offset: int) -> tuple[int, int] | None:
    """For an offset in a list item, (start, end) of the line that opens the list, the one ending
    in ":" over "1) … līdz 11. janvārim; 2) … līdz 12. februārim". At most LIST_LINES lines of
    LINE_REACH characters are read back, so an offset costs O(1)."""
    text = doc.text
    start = _line_start(text, offset)
    if start is None or not LIST_ITEM.match(text, start):
        return None
    for _ in range(LIST_LINES):
        if start == 0:
            return None
        previous = _line_start(text, start - 1)
        if previous is None:
            return None
        line = text[previous:start - 1]
        if not line.strip():
            return None  # a blank line ends the list
        if line.rstrip().endswith(":"):
            return previous, start - 1
        if not LIST_ITEM.match(text, previous):
            return None
        start = previous
    return None


def _lead_in_action(doc: Document, offset: int) -> ActionMention | None:
    """For a date in a list item, the action of the list's lead-in line ("Projektu iesniegumu
    pieņemšana notiks kārtās:")."""
    line = _lead_in_line(doc, offset)
    return last_before(doc, line[1], line[0]) if line else None


def lead_in_label(doc: Document, offset: int) -> tuple[int, int] | None:
    """A list item's lead-in that is a label ("Pieteikumu iesniegšanas termiņi:" over
    "1) pirmajā kārtā – 16. marts;"): it cues the dates of its items."""
    line = _lead_in_line(doc, offset)
    if line is None or not _label_pattern().search(doc.text, line[0], line[1]):
        return None
    return line


# How far after a noun naming the thing ("pieteikumi") the verb that asks for it may stand.
NOUN_VERB_REACH = 160


def _verb_of_noun(doc: Document, noun: ActionMention, bounds: tuple[int, int]) -> ActionMention | None:
    """"Līdz 1. novembrim pieteikumi aizzīmogotā aploksnē ar atzīmi „…” jāiesniedz": the verb
    after the noun in its subclause asks for the action, however far a long name puts it from
    the date. O(log n): the next verb is found by bisection."""
    index = _index(doc)
    i = bisect.bisect_left(index.verb_starts, noun.end)
    if i == len(index.verbs):
        return None
    verb = index.verbs[i]
    if verb.end > bounds[1] or verb.start - noun.end > NOUN_VERB_REACH or _subclause_break(doc, noun.end, verb.start):
        return None
    return verb


# How far before a noun naming the thing ("pieteikumu") the verb whose object it is may end.
OBJECT_VERB_REACH = 60


def _verb_before_noun(doc: Document, noun: ActionMention, bounds: tuple[int, int]) -> ActionMention | None:
    """"nepieciešams iesūtīt parakstītu pieteikumu … līdz 1. aprīlim": the noun is the object of
    the verb before it in its subclause, and that verb says what to do with it, however far a
    long recipient puts the verb from the date. O(log n): one bisection."""
    verb = last_before(doc, noun.start, max(bounds[0], noun.start - OBJECT_VERB_REACH), verbs_only=True)
    if verb is None or _subclause_break(doc, verb.end, noun.start):
        return None
    return verb


# ", un" right before a verb of duration: the verb continues the subject of the clause before.
SHARED_SUBJECT = re.compile(r",\s*un\s+$", re.IGNORECASE)
SHARED_REACH = 160
# How far before the cue the verb asking for the action may stand when a long list of what to
# hand in lies between ("iesniegt rēķinus, pavadzīmes (…) un … līdz 17. maijam"); what may not
# lie between then is [barriers] new_clause in deadlines.toml, a verb of duration or the
# organiser's work.
LISTED_REACH = 260


def _listed_verb(doc: Document, bounds: tuple[int, int], cue_start: int) -> ActionMention | None:
    """"lūdz … iesniegt aktuālos rēķinus/ pavadzīmes/ dokumentus par īres, komunālo (elektrība,
    gāze …) un … maksājumiem līdz 17. maijam": with no action within reach, the last verb before
    the cue in its clause asks for it when only the list of its objects lies between. O(log n)
    and a bounded read."""
    verb = last_before(doc, cue_start, max(bounds[0], cue_start - LISTED_REACH), verbs_only=True)
    if verb is None:
        return None
    between = doc.text[verb.end:cue_start]
    if pattern("barriers", "new_clause").search(between) or pattern("cues", "period_verbs", r"(?<!\w){}(?!\w)").search(between) \
            or _organiser().search(between):
        return None
    return verb


# How far after a date that fronts its clause the verb asking for the action may stand.
FRONTED_REACH = 160


def _fronted_verb(doc: Document, bounds: tuple[int, int], date_end: int) -> ActionMention | None:
    """"No 1. līdz 13. februārim visi … dalībnieki aicināti elektroniski reģistrēties": with no
    action within reach, the first verb after the date in the same subclause, past a long
    subject, asks for it; not across a comma, nor past a verb of duration ("līdz 5. maijam
    notiks remonts un varēs pieteikties") or the organiser's work. O(log n) and a bounded read."""
    index = _index(doc)
    i = bisect.bisect_left(index.verb_starts, date_end)
    if i == len(index.verbs):
        return None
    verb = index.verbs[i]
    if verb.end > bounds[1] or verb.start - date_end > FRONTED_REACH or _subclause_break(doc, date_end, verb.start):
        return None
    between = doc.text[date_end:verb.start]
    if pattern("cues", "period_verbs", r"(?<!\w){}(?!\w)").search(between) or _organiser().search(between):
        return None
    return verb


def action_for(doc: Document, bounds: tuple[int, int], cue_start: int, date_end: int,
               ranged: bool = False) -> ActionMention | None:
    """The action of the deadline whose cue starts at `cue_start` and date ends at `date_end`.

    A verb of duration right before the cue ("Reģistrācija … turpināsies līdz") makes it the
    action named before that verb in its subclause, however far. Otherwise it is the one
    pick_action chooses within reach, leaving out an action of a condition before "tad"; a
    converb chosen so ("…, nosūtot … līdz 27. maijam") gives way to the verb it hangs on
    earlier in the clause ("pieteikumus var iesniegt"). A date in a list item with no action
    of its own takes the action of the list's lead-in line. Each lookup is a bisection or a
    bounded read, so a date costs O(log n + k) for the k actions within reach.
    """
    period = _period_verb().search(doc.text, max(bounds[0], cue_start - 40), cue_start)
    if period:
        # The verb's subject is the action, before it in the same subclause: "pieteikšanās
        # beigusies, bet festivāls turpināsies līdz …" names another thing across the comma.
        # Right after ", un" the verb has no subject of its own and shares the one before the
        # comma: "iesniegšana sākas 17. martā, un turpinās līdz 17. aprīlim".
        # That subject opens its clause, ahead of what is said of it ("iesniegšana … pieteikšanās
        # sistēmā sākas …"): the first action there.
        if SHARED_SUBJECT.search(doc.text, max(bounds[0], period.start() - 12), period.start()):
            opening = actions_in(doc, (max(bounds[0], cue_start - SHARED_REACH), period.start()))
            action = opening[0] if opening else None
        else:
            named = last_before(doc, cue_start, bounds[0])
            action = named if named is not None and not _subclause_break(doc, named.end, cue_start) else None
    else:
        near = [a for a in actions_in(doc, reach_bounds(bounds, cue_start, date_end))
                if not _conditioned(doc, a, cue_start) and not _organised(doc, a, cue_start, date_end)
                # "no 3. līdz 5. martam" with no cue before it is the action's own period only
                # in the action's subclause: "piedalīties seminārā, kas notiks no … līdz …" is not.
                and not (ranged and a.end <= cue_start and _subclause_break(doc, a.end, cue_start))]
        if any(a.end <= cue_start and not _subclause_break(doc, a.end, cue_start) for a in near):
            # "Reģistrācija līdz 12. maijam, bet sarakstu … jāiesniedz": with an action bound to
            # the cue before it, one after the date across a comma is another clause's.
            near = [a for a in near if a.end <= cue_start or not _subclause_break(doc, date_end, a.start)]
        action = pick_action(near, cue_start, date_end)
        if action is None:
            action = _fronted_verb(doc, bounds, date_end) or _listed_verb(doc, bounds, cue_start)
        if action is not None and not action.is_verb:
            action = _verb_of_noun(doc, action, bounds) or _verb_before_noun(doc, action, bounds) or action
    if action is None:
        action = _lead_in_action(doc, cue_start)
    if action is not None and action.converb:
        governing = last_before(doc, action.start, bounds[0], verbs_only=True)
        if governing is not None:
            action = governing
    if action is None or _conditioned(doc, action, cue_start):
        return None
    return _completed(doc, action, bounds)


@lru_cache(maxsize=1)
def _joiner() -> re.Pattern:
    return re.compile(vocabulary()["coordination"]["joiner"], re.IGNORECASE)


def _completed(doc: Document, action: ActionMention, bounds: tuple[int, int]) -> ActionMention:
    """"aizpildīt un iesniegt anketu": a preparatory verb gives way to the verb it is coordinated
    with by "un", the act the date asks for. The next verb is found by bisection: O(log n)."""
    if not action.is_verb or action.infinitive not in vocabulary()["coordination"]["preparatory"]:
        return action
    index = _index(doc)
    i = bisect.bisect_right(index.verb_starts, action.start)
    if i == len(index.verbs):
        return action
    following = index.verbs[i]
    if following.end > bounds[1] or following.infinitive == action.infinitive:
        return action
    if _joiner().fullmatch(doc.text, action.end, following.start) is None:
        return action
    return following


def _label_pattern() -> re.Pattern:
    return pattern("cues", "label_line", r"{}\s*$")


def _label_after() -> re.Pattern:
    """What follows a date that opens a line of a timeline: "15. marts – pieteikumu
    iesniegšanas termiņš"."""
    return pattern("cues", "label_after_date", r"[ \t]*[–—:-][^\n]{0,80}?{}")


def label_after(doc: Document, mention: DateMention) -> tuple[int, int] | None:
    """(start, end) of the term named after a date that opens its line, up to the end of the
    line (at most LABEL_LINE characters read): the date is that term's deadline."""
    text, start = doc.text, mention.span.start
    line_start = text.rfind("\n", max(0, start - LABEL_LINE), start) + 1
    if (line_start == 0 and start > LABEL_LINE) or text[line_start:start].strip():
        return None
    m = _label_after().match(text, mention.span.end, min(len(text), mention.span.end + LABEL_LINE))
    if m is None:
        return None
    end = text.find("\n", m.end(), m.end() + LABEL_LINE)
    return mention.span.end, end if end >= 0 else min(len(text), m.end() + LABEL_LINE)


# How many lines above a date a label may stand (blank lines of a table layout in between), and
# how long a line of a label may be.
LABEL_BLANKS, LABEL_LINE = 3, 160


def _holds_date(date_starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(date_starts, start)
    return i < len(date_starts) and date_starts[i] < end


def label_above(doc: Document, mention: DateMention, date_starts: list[int] = ()) -> tuple[int, int] | None:
    """(start, end) of the label over a date that opens its own line, as in the table of a call
    ("4.kārtas projektu iesniegumu⏎pieņemšanas laiks⏎⏎16.01.2018.- 16.02.2018."): the nearest
    non-blank line above ends in a label word, and the non-blank line above that joins it when it
    does not end a sentence. A line that holds a date of its own is a row of a timeline, no label
    ("15. marts – iesniegšanas termiņš⏎30. marts – rezultāti"). At most a few short lines are read
    back, so a date costs O(1) and a bisection."""
    text, start = doc.text, mention.span.start
    line_start = text.rfind("\n", max(0, start - LABEL_LINE), start) + 1
    if (line_start == 0 and start > LABEL_LINE) or text[line_start:start].strip():
        return None
    pos, blanks, label = line_start - 1, 0, None
    while pos > 0:
        previous = text.rfind("\n", max(0, pos - LABEL_LINE), pos) + 1
        line = text[previous:pos]
        if previous == 0 and pos > LABEL_LINE:
            break  # a line longer than a label
        if not line.strip():
            blanks += 1  # a table may set each cell, and each line of a cell, apart
            if blanks > LABEL_BLANKS:
                break
        elif label is None:
            if not _label_pattern().search(line) or _holds_date(date_starts, previous, pos):
                return None
            label = (previous, pos)
        else:
            if not re.search(r"[.!?:;]\s*$", line) and not _holds_date(date_starts, previous, pos):
                label = (previous, label[1])
            break
        pos = previous - 1
    return label


def label_action(doc: Document, label: tuple[int, int]) -> ActionMention | None:
    """The action a label names: a verb before a noun, the last one on a tie (nearest the date)."""
    found = actions_in(doc, label)
    return min(found, key=lambda a: (_rank(a), -a.end)) if found else None


def labelled_action(doc: Document, mention: DateMention, date_starts: list[int]) -> ActionMention | None:
    """For a date with no cue of its own: the action of a label above it, of the term after it on
    its line, or of the label that leads in its list; the first of these that names one. Only
    for a date in the nominative or in digits: "Pieteikšanās:⏎• 5. martā Rīgā" lists days to come."""
    if not NOMINATIVE_OR_DIGITS.search(mention.span.text):
        return None
    for label in (label_above(doc, mention, date_starts), label_after(doc, mention),
                  lead_in_label(doc, mention.span.start)):
        if label is not None and not _holds_date(date_starts, label[0], label[1]):
            action = label_action(doc, label)
            if action is not None:
                return action
    return None


def _superseded() -> re.Pattern:
    return pattern("cues", "superseded", r"{}\s*[–—-]?\s*$")


def superseded(doc: Document, cue_start: int) -> bool:
    """"…, nevis kā bija noteikts – līdz 1. martam": a date that no longer holds."""
    return _superseded().search(doc.text, max(0, cue_start - 50), cue_start) is not None


def _report() -> re.Pattern:
    return pattern("reports", "verbs", r"(?<!\w){}(?!\w)")


def reported(doc: Document, bounds: tuple[int, int], cue_start: int, date_end: int) -> bool:
    """A past verb of receipt near the date ("līdz martam pieņēma iesniegumus"): a report."""
    lo, hi = max(bounds[0], cue_start - 60), min(bounds[1], date_end + 60)
    starts, ends = _spans_of(doc, "deadlines.reports", _report())
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi and ends[i] <= hi


@lru_cache(maxsize=1)
def _anaphora() -> tuple[re.Pattern, re.Pattern]:
    v = vocabulary()["anaphora"]
    return re.compile(v["pronoun"], re.IGNORECASE), re.compile(rf"(?<!\w){v['term']}", re.IGNORECASE)


def anaphoric_action(doc: Document, bounds: tuple[int, int], cue_start: int) -> ActionMention | None:
    """"… pagarināts pieteikumu iesniegšanas termiņš. Tagad tas ir līdz 1. aprīlim": a pronoun
    before the cue takes the action of the term named in the clause before (same paragraph).
    Pronouns and terms are found once per document; each date bisects: O(log n)."""
    pronoun, term = _anaphora()
    if not _any_between(_spans_of(doc, "deadlines.pronouns", pronoun), bounds[0], cue_start):
        return None
    previous = layout(doc).neighbour_clause(bounds, -1)
    if previous is None:
        return None
    starts, _ends = _spans_of(doc, "deadlines.terms", term)
    i = bisect.bisect_left(starts, previous[1]) - 1
    if i < 0 or starts[i] < previous[0]:
        return None
    noun = last_before(doc, starts[i], max(previous[0], starts[i] - 40))
    if noun is None or doc.text[noun.end:starts[i]].strip():
        return None
    return noun


def time_after(doc: Document, mention: DateMention, bounds: tuple[int, int]) -> str | None:
    """"līdz 5. maijam plkst. 17:00" or "līdz plkst. 17:00 5. maijā": the clock time at the date."""
    reach_end = min(bounds[1], mention.span.end + TIME_REACH)
    for start, _end, first, second in clock_times(doc.text, mention.span.end, reach_end):
        gap = doc.text[mention.span.end:start]
        if re.fullmatch(r"[\s,(]*(?:\*\*)?[\s,(]*(?:līdz\s*)?", gap, re.IGNORECASE):
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
    """One deadline per date: a date asked for twice ("Pieteikties līdz 5. martam" in the lead,
    "pieteikumi … līdz 5. martam" below, or a condition that repeats the date) keeps the action
    said most plainly: a verb before a noun before a converb, then the one nearest its cue
    ("Raksta iesniegšana līdz …"), then the first. Two readings of one "līdz …" (a range and a
    day in it) never give it two deadlines either."""
    if not doc.sentences:
        return
    chosen: dict[str, tuple[tuple[int, int], Deadline]] = {}  # date value → ((rank, distance), deadline)
    taken = Intervals()
    contacts = sorted((c for c in record.contacts if c.name), key=lambda c: c.span.start)
    date_starts = sorted(d.span.start for d in record.dates)
    for mention in record.dates:
        if mention.role in (DateRole.document.value, DateRole.period.value):
            continue
        value = mention.end or mention.value
        if not DAY_OR_MONTH.match(value or "") or YEAR_ONLY.match(mention.value):
            continue
        cue = cue_before(doc, mention)
        if cue is not None and re.search(r"\n[ \t]*\n", cue.group(0)):
            # A cue a blank line above the date labels what is below it: read as a label. A
            # single line break is a hard-wrapped sentence ("jāiesniedz līdz⏎30.09.2025.").
            cue = None
        # "Pieteikšanās no 1. līdz 15. martam": a range read as one mention ends at the deadline.
        ranged = mention.end and mention.role != DateRole.event.value and re.search(
            r"\blīdz\b", mention.span.text, re.IGNORECASE)
        labelled = labelled_action(doc, mention, date_starts) if cue is None and not ranged else None
        if cue is None and not ranged and labelled is None:
            continue
        bounds = layout(doc).clause_bounds(mention.span.start)
        if bounds is None:
            continue
        if _paused(doc, mention, bounds):
            continue
        cue_start = cue.start() if cue and cue.re is not LEADING_CUE else mention.span.start
        span_start = min(cue_start, mention.span.start)
        if taken.overlaps(span_start, mention.span.end) or superseded(doc, cue_start):
            continue
        if labelled is not None:
            action = labelled
        else:
            action = action_for(doc, bounds, cue_start, mention.span.end, ranged=cue is None)
            if action is None and cue is not None:
                action = anaphoric_action(doc, bounds, cue_start)
        if action is None or (not action.is_verb and reported(doc, bounds, cue_start, mention.span.end)):
            continue
        taken.add(span_start, mention.span.end)
        mention.role = DateRole.deadline.value
        rank = (_rank(action), _distance(action, cue_start, mention.span.end))
        if value in chosen and chosen[value][0] <= rank:
            continue
        chosen[value] = (rank, Deadline(
            date=value, time=time_after(doc, mention, bounds), action=action.infinitive,
            contact=contact_in(contacts, bounds, mention.span.end),
            span=doc.span(span_start, mention.span.end),
        ))
    record.deadlines.extend(deadline for _rank_, deadline in chosen.values())
