"""The action a cued date asks for in its clause ("Pieteikties var līdz 24. martam").

The action within reach of the cue or date, or one a verb of duration, a noun's verb, a
fronted date or a list of objects points to further away; a converb gives way to the verb
it hangs on, a preparatory verb to the one it is coordinated with ("aizpildīt un iesniegt":
coordinated_verbs.py), and the nouns a converb governs are its objects, not the action
("nosūtot pieteikumus").
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ..deadline_cues import WEEKDAY_STEM, pattern, vocabulary
from .actions import ActionMention, action_index, actions_in, last_before, pick_action, reach_bounds
from .coordinated_verbs import completed_action
from .barriers import (break_past_relative, closed_relative_before, closed_relatives, conditioned, in_relative, organised, organiser,
                       other_clause_before, period_verb, relative_opened_after, round_window, subclause_break)
from .lists import in_earlier_item, lead_in_action, lead_verb_of_object
from .matches import any_between, spans_of


# A list's next item begins on a line of its own with a bullet or a number: an action there is
# that item's, not the date's on the line above ("- Rezultātu paziņošana: 26.04.⏎- Atskaišu
# iesniegšana: līdz 15.08.").
NEXT_ITEM = re.compile(r"\n[ \t]*(?:[-–—•·*▪]|\d{1,2}[.)])[ \t]")


# "Pieteikumu iesniegšana – no 1. līdz 20. martam": a dash or colon right after the action's
# noun says what the period is for, as a label does; not a break between them. So it does after
# the period's name ("iesniegšanas termiņš 2. kārtai – no …", [range_labels] term_nouns).
@lru_cache(maxsize=1)
def _dashed_label() -> re.Pattern:
    term = vocabulary()["range_labels"]["term_nouns"]
    return re.compile(rf"(?:[ \t]+{term}(?:[ \t]+[\w.]+){{0,2}}?)?[ \t]*[–—:-][ \t]*(?:no[ \t]+)?", re.IGNORECASE)


def _coordinated_clause() -> re.Pattern:
    """A coordinated main clause opening after the date ([barriers] coordinating): its action is
    its own."""
    return pattern("barriers", "coordinating", r"[,;][ \t]*{}(?!\w)|;")


# A verbal noun in -šana right after the subject's action word heads the subject ("Pieteikumu
# vērtēšana notiks līdz …"): the action word is its genitive, the organiser's work is the subject.
VERBAL_HEAD = re.compile(r"[ \t]+(\w+šan(?:a|ās))(?!\w)", re.IGNORECASE)


def _other_head(doc: Document, named: ActionMention, verb_start: int) -> bool:
    """Whether the subject before a verb of duration is another thing than the action: the
    organiser's work between them, or a head noun in -šana right after the action word that
    names no action itself. O(log n) and a bounded read."""
    if any_between(spans_of(doc, "deadlines.organiser", organiser()), named.end, verb_start):
        return True
    return _idle_head(doc, named.end, verb_start) is not None


def _idle_head(doc: Document, start: int, end: int) -> re.Match | None:
    """A head noun in -šana right at `start` (VERBAL_HEAD, before `end`) that names no action itself."""
    head = VERBAL_HEAD.match(doc.text, start, end)
    if head is None or any(a.start == head.start(1) for a in actions_in(doc, (head.start(1), head.end()))):
        return None
    return head


# Two heads of one subject joined by "un"/"vai": "Pieteikuma apstiprināšana vai pieteikšanās
# klātienē notiks no … līdz …" — the genitive before the first head is that head's, and the
# second head, an action, is the subject's action.
COORDINATED_HEAD = re.compile(r"[ \t]+(?:un|vai)[ \t]+", re.IGNORECASE)


def _coordinated_head(doc: Document, earlier: ActionMention, named: ActionMention) -> bool:
    """Whether `earlier` is the genitive of a head noun in -šana that names no action and is
    joined to `named` by "un"/"vai". A bounded read between the two."""
    head = _idle_head(doc, earlier.end, named.start)
    return head is not None and COORDINATED_HEAD.fullmatch(doc.text, head.end(), named.start) is not None


# How far before the cue a verb of duration may start, with the few words after it.
PERIOD_REACH = 80
# How far apart two action words of one subject phrase may stand ("Iesniegumu pieņemšana bērnu
# reģistrācijai"): each step back is one bisection, at most SUBJECT_STEPS of them.
SUBJECT_WORDS_REACH = 60
SUBJECT_STEPS = 4


# How far after a noun naming the thing ("pieteikumi") the verb that asks for it may stand.
NOUN_VERB_REACH = 160


def _verb_of_noun(doc: Document, noun: ActionMention, bounds: tuple[int, int]) -> ActionMention | None:
    """"Līdz 1. novembrim pieteikumi aizzīmogotā aploksnē ar atzīmi „…” jāiesniedz": the verb
    after the noun in its subclause asks for the action, however far a long name puts it from
    the date. O(log n): the next verb is found by bisection."""
    index = action_index(doc)
    i = bisect.bisect_left(index.verb_starts, noun.end)
    if i == len(index.verbs):
        return None
    verb = index.verbs[i]
    if verb.end > bounds[1] or verb.start - noun.end > NOUN_VERB_REACH or subclause_break(doc, noun.end, verb.start):
        return None
    return verb


# How far before a noun naming the thing ("pieteikumu") the verb whose object it is may end.
OBJECT_VERB_REACH = 60


def _verb_before_noun(doc: Document, noun: ActionMention, bounds: tuple[int, int]) -> ActionMention | None:
    """"nepieciešams iesūtīt parakstītu pieteikumu … līdz 1. aprīlim": the noun is the object of
    the verb before it in its subclause, and that verb says what to do with it, however far a
    long recipient puts the verb from the date. O(log n): one bisection."""
    verb = last_before(doc, noun.start, max(bounds[0], noun.start - OBJECT_VERB_REACH), verbs_only=True)
    if verb is None or subclause_break(doc, verb.end, noun.start):
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
    if verb is None or closed_relative_before(doc, verb, cue_start):
        return None
    between = doc.text[verb.end:cue_start]
    if pattern("barriers", "new_clause").search(between) or pattern("cues", "period_verbs", r"(?<!\w){}(?!\w)").search(between) \
            or organiser().search(between):
        return None
    return verb


# How far after a date that fronts its clause the verb asking for the action may stand; after
# a cue that a verb of inviting governs, the list of whom it invites may be longer.
FRONTED_REACH = 160
INVITED_REACH = 300


# A weekday the cue names before the date ("Līdz pirmdienai, 1. jūnijam, … pieņems"): the comma
# after the date closes that apposition, it does not end the clause.
APPOSED_WEEKDAY = re.compile(rf"{WEEKDAY_STEM}ai\s*,", re.IGNORECASE)
CLOSING_COMMA = re.compile(r"[ \t]*,")


def _fronted_verb(doc: Document, bounds: tuple[int, int], date_end: int,
                  cue_start: int | None = None) -> ActionMention | None:
    """"No 1. līdz 13. februārim visi … dalībnieki aicināti elektroniski reģistrēties": with no
    action within reach, the first verb after the date in the same subclause, past a long
    subject, asks for it; not across a comma, nor past a verb of duration ("līdz 5. maijam
    notiks remonts un varēs pieteikties") or the organiser's work. O(log n) and a bounded read."""
    index = action_index(doc)
    reach = FRONTED_REACH
    if cue_start is not None and pattern("barriers", "inviting", r"(?<!\w){}[ \t]+$").search(
            doc.text, max(bounds[0], cue_start - 20), cue_start):
        reach = INVITED_REACH
    i = bisect.bisect_left(index.verb_starts, date_end)
    # Verbs in a relative clause after the date ("studentiem, kas vēlas piedalīties, jāiesniedz")
    # describe who acts: passed over, with the commas that close that clause.
    # Reach first: the relative-clause read then stays bounded (the next verb may be far).
    # A closed relative clause in the long subject ("ikvienam jaunietim, kurš …, iespējams
    # pieteikties") says who acts: its length does not count against the reach.
    hard_reach = 2 * reach
    while i < len(index.verbs) and index.verbs[i].start - date_end <= hard_reach \
            and in_relative(doc, date_end, index.verbs[i]):
        i += 1
    if i == len(index.verbs):
        return None
    verb = index.verbs[i]
    start = date_end
    if cue_start is not None and APPOSED_WEEKDAY.search(doc.text, cue_start, date_end):
        comma = CLOSING_COMMA.match(doc.text, date_end, min(bounds[1], date_end + 4))
        start = comma.end() if comma else date_end
    if verb.end > bounds[1] or verb.start - date_end > hard_reach \
            or len(closed_relatives(doc.text[date_end:verb.start])) > reach or break_past_relative(doc, start, verb.start):
        return None
    between = doc.text[date_end:verb.start]
    if pattern("cues", "period_verbs", r"(?<!\w){}(?!\w)").search(between) or organiser().search(between):
        return None
    return verb


# How far back an aside's opening bracket is looked for.
ASIDE_REACH = 300


def _closed_aside_start(doc: Document, action: ActionMention, clause_start: int, cue_start: int) -> int | None:
    """Where the brackets open that hold the action and close before the cue, if they do.
    O(ASIDE_REACH)."""
    if action.end > cue_start:
        return None
    window_start = max(clause_start, action.start - ASIDE_REACH)
    opening = doc.text.rfind("(", window_start, action.start)
    if opening < 0 or ")" in doc.text[opening:action.start] or ")" not in doc.text[action.end:cue_start]:
        return None
    return opening


def _light_before_cue() -> re.Pattern:
    """A light verb ([light_verb] light) right before the cue, "būs" allowed before it."""
    return pattern("light_verb", "light", r"(?<!\w)(?:(?:būs|ir)[ \t]+)?{}[ \t]+$")


def _carried_subject(doc: Document, bounds: tuple[int, int], cue_start: int) -> ActionMention | None:
    """"Patieso labuma guvēju reģistrācija … juridiskām personām … būs jāveic līdz 1. martam": with
    no action within reach, a light verb right before the cue carries the action noun that is its
    subject, however long the words qualifying it, in the same subclause. O(log n) and two bounded reads."""
    light = _light_before_cue().search(doc.text, max(bounds[0], cue_start - 24), cue_start)
    if light is None:
        return None
    subject = last_before(doc, light.start(), bounds[0])
    if subject is None or subject.is_verb or break_past_relative(doc, subject.end, light.start()):
        return None
    return subject


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
    period = period_verb().search(doc.text, max(bounds[0], cue_start - PERIOD_REACH), cue_start)
    if period:
        # The verb's subject is the action, before it in the same subclause: "pieteikšanās
        # beigusies, bet festivāls turpināsies līdz …" names another thing across the comma.
        # Right after ", un" the verb has no subject of its own and shares the one before the
        # comma: "iesniegšana sākas 17. martā, un turpinās līdz 17. aprīlim".
        # That subject opens its clause, ahead of what is said of it ("iesniegšana … pieteikšanās
        # sistēmā sākas …"): the first action there.
        named = last_before(doc, period.start(), bounds[0])
        if named is not None and round_window(doc, named, period.start()):
            # "pieteikumus varēs iesniegt nākamajā kārtā, kas norisināsies līdz …": the round's
            # relative clause tells how long the act's window lasts
            action = named
        elif SHARED_SUBJECT.search(doc.text, max(bounds[0], period.start() - 12), period.start()):
            opening = actions_in(doc, (max(bounds[0], cue_start - SHARED_REACH), period.start()))
            action = opening[0] if opening else None
        else:
            # The subject heads its noun phrase, ahead of the words that qualify it ("Iesniegumu
            # pieņemšana bērnu reģistrācijai … notiek …"): the first action of its subclause, but
            # a genitive right before its head is not the head ("pieteikumu iesniegšana").
            # A short aside in brackets or a closed relative clause after the subject breaks
            # nothing: "Pieteikšanās pamatstudijām (bakalaura programmām) portālā norisināsies
            # no … līdz …" (break_past_relative).
            named = last_before(doc, period.start(), bounds[0])
            for _step in range(SUBJECT_STEPS):
                if named is None or break_past_relative(doc, named.end, cue_start):
                    break
                earlier = last_before(doc, named.start, max(bounds[0], named.start - SUBJECT_WORDS_REACH))
                if earlier is None or subclause_break(doc, earlier.end, named.start) \
                        or not doc.text[earlier.end:named.start].strip() or _coordinated_head(doc, earlier, named):
                    break
                named = earlier
            action = named if named is not None and not break_past_relative(doc, named.end, cue_start) \
                and not _other_head(doc, named, period.start()) else None
    else:
        near = [a for a in actions_in(doc, reach_bounds(bounds, cue_start, date_end))
                if not conditioned(doc, a, cue_start) and not organised(doc, a, cue_start, date_end)
                # "no 3. līdz 5. martam" with no cue before it is the action's own period only
                # in the action's subclause: "piedalīties seminārā, kas notiks no … līdz …" is not.
                and not (ranged and a.end <= cue_start and subclause_break(doc, a.end, cue_start)
                         and not _dashed_label().fullmatch(doc.text, a.end, cue_start))
                and not in_relative(doc, date_end, a) and not closed_relative_before(doc, a, cue_start)
                and not relative_opened_after(doc, a, cue_start)
                and not other_clause_before(doc, a, cue_start, date_end, bounds[1])
                and not (a.start > date_end and NEXT_ITEM.search(doc.text, date_end, a.start))]
        if any(a.start > date_end for a in near):
            # The item's own verb after its date: an earlier item's verb is that item's.
            near = [a for a in near if not in_earlier_item(doc.text, a, cue_start)]
        # After the date, a coordinated clause with its own subject ("…, un atskaite jāiesniedz līdz
        # 15. decembrim") asks for its own action, not the date's.
        near = [a for a in near if a.end <= cue_start
                or not _coordinated_clause().search(doc.text, date_end, a.start)]
        if any(a.end <= cue_start and not subclause_break(doc, a.end, cue_start) for a in near):
            # "Reģistrācija līdz 12. maijam, bet sarakstu … jāiesniedz": with an action bound to
            # the cue before it, one after the date across a comma is another clause's.
            near = [a for a in near if a.end <= cue_start or not subclause_break(doc, date_end, a.start)]
        action = pick_action(_without_converb_objects(doc, near), cue_start, date_end)
        # An action inside brackets closed before the cue is an aside ("var iesniegt pašvaldībā
        # (… var nosūtīt pa pastu …) līdz 31. martam"): the one before the brackets is asked for.
        opening = _closed_aside_start(doc, action, bounds[0], cue_start) if action is not None else None
        if opening is not None:
            outside = last_before(doc, opening, bounds[0])
            if outside is not None and not subclause_break(doc, outside.end, opening):
                action = outside
        if action is None:
            action = _fronted_verb(doc, bounds, date_end, cue_start) or _listed_verb(doc, bounds, cue_start) \
                or _carried_subject(doc, bounds, cue_start)
        if action is not None and not action.is_verb:
            action = _verb_of_noun(doc, action, bounds) or _verb_before_noun(doc, action, bounds) \
                or lead_verb_of_object(doc, action, cue_start) or action
    if action is None:
        action = lead_in_action(doc, cue_start)
        # The organiser's own work in the item between the lead-in's action and the date ("Iesniegumus
        # pieņem reizi ceturksnī:⏎no 1. janvāra līdz 31. martam saņemtos izvērtēs līdz 10. aprīlim")
        # dates that work, as it would in one sentence (barriers.organised).
        if action is not None and organised(doc, action, cue_start, date_end):
            return None
    if action is not None and action.converb:
        governing = last_before(doc, action.start, bounds[0], verbs_only=True)
        if governing is not None:
            action = governing
    if action is None or conditioned(doc, action, cue_start):
        return None
    return completed_action(doc, action, bounds, cue_start)


# "līdz 7. oktobrim nosūtot pieteikumus", "iesniedzot pieteikumu pagastā līdz 7. oktobrim": the nouns
# a converb governs (after it, a few words on, no punctuation between) say what it hands in; they
# are its objects, not the action, and the converb is what the date asks for.
CONVERB_OBJECT = re.compile(r"[ \t]+(?:[^\W\d]+[ \t]+){0,3}")


def _without_converb_objects(doc: Document, near: list[ActionMention]) -> list[ActionMention]:
    """`near` without the nouns that are a converb's objects. A noun or verb before the converb
    still outranks it (pick_action: "Reģistrācija līdz 4. martam aizpildot anketu")."""
    converbs = [a for a in near if a.converb]
    if not converbs:
        return near
    return [a for a in near if a.is_verb or not any(
        c.end <= a.start and CONVERB_OBJECT.fullmatch(doc.text, c.end, a.start) for c in converbs)]
