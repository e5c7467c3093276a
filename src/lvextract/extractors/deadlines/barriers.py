"""What stands between an action and its date so that the action is not the date's.

A subclause break ("…, kas notiks līdz"), a condition ("Ja grib pieteikt vēlāk, tad līdz …"),
the organiser's own work ("to izvērtēšana tiks veikta") and a verb of duration ("turpināsies
līdz"). Breaks, conditions and the organiser's work are matched once per document and asked
about by bisection; a verb of duration is looked for in a short window before the cue.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...layout import layout
from ..deadline_cues import pattern, vocabulary
from .actions import ActionMention
from .anaphora import pro_verb
from .matches import any_between, spans_of


@lru_cache(maxsize=1)
def _clause_break() -> re.Pattern:
    """Punctuation that ends a subclause: what a verb of duration after it continues is not the
    action named before it. A comma or colon between digits is a decimal comma or a clock time
    ("vidējā atzīme virs 7,5", "pulksten 23:59"), no break; nor is a comma that only puts the
    hour beside the day ([cues] clock_words): "pieteikumus līdz 8. aprīlim, plkst. 12.00 iesniegt
    pašvaldībā" is one clause, and the verb after the hour is the date's."""
    clock = "|".join(vocabulary()["cues"]["clock_words"])
    return re.compile(rf"[;–—()]|:(?!(?<=\d:)\d)|,(?!(?<=\d,)\d)(?![ \t]*(?:{clock})[ \t]*\d)", re.IGNORECASE)


def _barrier() -> re.Pattern:
    """What separates a condition from the deadline after it ("Ja grib pieteikt vēlāk, tad līdz
    …"): an action before it is the condition's, not the date's."""
    return pattern("barriers", "between")


# How many plain words (no digits, no punctuation) may stand between a verb of duration and the
# cue: "Pieteikumu pieņemšana … notiek kārtējā kalendārā gada ietvaros no 1. marta līdz …".
PERIOD_WORDS = 5


def period_verb() -> re.Pattern:
    """A verb that says how long the action named earlier lasts ("Reģistrācija … turpināsies
    līdz"), right before the cue or a few plain words before it."""
    return pattern("cues", "period_verbs", r"(?<!\w){}(?:\s+[^\W\d]+){0,%d}\s*$" % PERIOD_WORDS)


def organiser() -> re.Pattern:
    return pattern("barriers", "organiser", r"(?<!\w){}(?!\w)")


# How far before a noun naming the action the organiser's verb whose object it is may end:
# "pašvaldība apkopos kandidātu iesniegumus … līdz 20. jūnijam".
OBJECT_REACH = 30


def organised(doc: Document, action: ActionMention, cue_start: int, date_end: int) -> bool:
    """Whether the organiser's work ("to izvērtēšana tiks veikta") stands between the action
    and the cue, or between the date and an action after it, or governs the noun as its object
    right before it ("apkopos kandidātu iesniegumus"): O(log n)."""
    spans = spans_of(doc, "deadlines.organiser", organiser())
    lo, hi = (action.end, cue_start) if action.end <= cue_start else (date_end, action.start)
    if any_between(spans, lo, hi):
        return True
    lo = max(0, action.start - OBJECT_REACH)
    return not action.is_verb and any_between(spans, lo, action.start) \
        and not subclause_break(doc, lo, action.start)


# How far before an action the opener of its condition may stand ("ja dalībnieks pēc apmaksas
# kādu iemeslu dēļ nevar piedalīties"), and how far after it the comma that closes it.
CONDITION_REACH = 100
# From the action to the cue: no sentence end, a comma last ("…, līdz", "…, **līdz").
CLOSED_BEFORE_CUE = re.compile(r"[^.;:!?\n]*,[ \t*_]*$")


def _condition_opener() -> re.Pattern:
    return pattern("barriers", "condition", r"(?<!\w){}(?!\w)[^,.;:!?\n]*$")


def conditioned(doc: Document, action: ActionMention, cue_start: int) -> bool:
    """Whether a barrier ("…, tad") stands between an action before the cue and the cue, or the
    action stands in a condition ("ja …") that a comma closes right before the cue. Bounded reads."""
    if action.end > cue_start:
        return False
    if any_between(spans_of(doc, "deadlines.barriers", _barrier()), action.end, cue_start):
        return True
    return cue_start - action.end <= CONDITION_REACH \
        and CLOSED_BEFORE_CUE.fullmatch(doc.text, action.end, cue_start) is not None \
        and _condition_opener().search(doc.text, max(0, action.start - CONDITION_REACH), action.start) is not None


def subclause_break(doc: Document, start: int, end: int) -> bool:
    return any_between(spans_of(doc, "deadlines.breaks", _clause_break()), start, end)


@lru_cache(maxsize=1)
def _relative() -> tuple[re.Pattern, re.Pattern]:
    """An open relative clause at the end of a text, and a closed one (", kas …,") anywhere."""
    word = vocabulary()["barriers"]["relative"]
    unbroken = r"(?:[^,;:–—()]|(?<=\d)[,:](?=\d))"  # up to the next subclause break
    return (re.compile(rf",\s*{word}\b{unbroken}*$", re.IGNORECASE),
            re.compile(rf",\s*{word}\b{unbroken}*,", re.IGNORECASE))


def closed_relatives(text: str) -> str:
    """The text with its closed relative clauses (", kas …,") cut to one space."""
    return _relative()[1].sub(" ", text)


def in_relative(doc: Document, date_end: int, action: ActionMention) -> bool:
    """Whether an action after the date stands in a relative clause opened after the date
    ("…, kas vēlas piedalīties"): a bounded read of the text between them."""
    return action.start > date_end and _relative()[0].search(doc.text, date_end, action.start) is not None


def relative_opened_after(doc: Document, action: ActionMention, cue_start: int) -> bool:
    """Whether a relative clause opens between an action before the cue and the cue and is still
    open at it ("var pieprasīt aktivitātēm, kuru īstenošana paredzēta līdz …"): the date is the
    relative clause's, not the action's. A bounded read of the text between them."""
    return action.end <= cue_start and _relative()[0].search(doc.text, action.end, cue_start) is not None


@lru_cache(maxsize=1)
def _round_relative() -> re.Pattern:
    """A few words naming a round in the locative ([barriers] round_nouns), a comma and the
    relative pronoun that opens the clause telling how long it lasts ([barriers] round_relative)."""
    nouns = "|".join(vocabulary()["barriers"]["round_nouns"])
    return pattern("barriers", "round_relative",
                   rf"[ \t]+(?:[^\W\d]+[ \t]+){{0,4}}?(?:{nouns})[ \t]*,[ \t]*{{}}[ \t]+")


def round_window(doc: Document, action: ActionMention, period_start: int) -> bool:
    """Whether a verb right before a round's noun has the round's relative clause, whose verb of
    duration starts at `period_start`, tell its window ("pieteikumus varēs iesniegt nākamajā kārtā,
    kas norisināsies līdz 20. novembrim"): the relative clause then breaks nothing. A noun is not
    the act done in the round ("Pieteikumi tiks vērtēti otrajā kārtā, kas ilgs līdz …"). One
    anchored match."""
    return action.is_verb and not action.converb \
        and _round_relative().fullmatch(doc.text, action.end, period_start) is not None


# A short aside in brackets, closed: "Lauku atbalsta dienesta (LAD) pārvaldēs" breaks no clause.
SHORT_ASIDE = re.compile(r"\([^()\n]{0,40}\)")


@lru_cache(maxsize=1)
def _enumeration_comma() -> re.Pattern:
    """The commas of an enumeration of short noun groups closed by "un" or "vai" ([barriers]
    enumerating) or by an additive comma ([barriers] additive: ", kā arī"): "bakalaura, maģistra vai doktora programmās studējošie", "iedzīvotāji,
    nevalstiskās organizācijas, iestādes un uzņēmumi aicināti ieteikt" join the parts of one
    subject, they open no subclause."""
    # (closed by an additive comma too: "uzņēmēji, iedzīvotāji, kā arī novadā strādājošie aicināti")
    additive = pattern("barriers", "additive").pattern
    return pattern("barriers", "enumerating",
                   r"(?<=[^\W\d]),(?=(?:[ \t]+[^\W\d]+){1,3}(?:,(?:[ \t]+[^\W\d]+){1,3})*"
                   r"(?:[ \t]+{}|,[ \t]+" + additive + r")[ \t]+[^\W\d])")


def _additive_comma() -> re.Pattern:
    """A comma that adds more of the same list ([barriers] additive): "skolas un biedrības, kā
    arī interesentus"."""
    return pattern("barriers", "additive", r",(?=[ \t]+{}[ \t])")


def break_past_relative(doc: Document, start: int, end: int) -> bool:
    """A subclause break between start and end other than the commas of a closed relative
    clause ("studentiem, kas vēlas piedalīties konkursā, jāiesniedz"), the brackets of a short
    aside ("dienesta (LAD) pārvaldēs") or the commas of an enumeration ("bakalaura, maģistra vai
    doktora"): a bounded read."""
    if not subclause_break(doc, start, end):
        return False
    between = SHORT_ASIDE.sub(" ", closed_relatives(doc.text[start:end]))
    between = _additive_comma().sub(" ", _enumeration_comma().sub(" ", between))
    return _clause_break().search(between) is not None


# How far before an action the relative pronoun that opens its clause may stand.
RELATIVE_REACH = 60


def closed_relative_before(doc: Document, action: ActionMention, cue_start: int) -> bool:
    """Whether an action before the cue stands in a relative clause that closes before it
    ("klausītājiem, kas vēlas piedalīties visos pasākumos, 35 eiro (līdz …)"): it says who, not
    what to do by the date — unless a pro-verb after the clause takes its action up again
    ("visus, kas vēlas pieteikties, aicinām to izdarīt līdz …"). Two bounded reads."""
    if action.end > cue_start:
        return False
    # The pronoun opens the action's own clause: a relative clause closing the sentence before
    # ("…, kas pieejams šeit.⏎⏎Pieteikumi iesniedzami līdz …") says nothing of this one.
    floor = max(0, action.start - RELATIVE_REACH)
    own = layout(doc).clause_bounds(action.start)
    if own is not None:
        floor = max(floor, own[0])
    if not _relative()[0].search(doc.text, floor, action.start):
        return False
    between = doc.text[action.end:cue_start]
    return _clause_break().search(between) is not None and pro_verb().search(between) is None


def _clause_opener() -> re.Pattern:
    """A comma and a coordinating conjunction ([barriers] coordinating), a few plain words after
    it, right before the cue: the cue's clause opens there. More than two words only when one of
    them is the clause's own predicate ("…, bet balsot par tiem varēs līdz 20. martam")."""
    words = OPENER_WORDS_WITH_PREDICATE
    return pattern("barriers", "coordinating",
                   rf"[,;][ \t]*(?P<coord>{{}})(?P<words>(?:[ \t]+[^\W\d]+){{0,{words}}})[ \t]+$")


# How many words may stand between the conjunction and the cue: two plain ones ("…, bet līdz"), or
# up to five when a verb of attending or voting among them ([cues] attending_window) is the clause's
# predicate (not a verb of being open: "…, un tā būs pieejama līdz …" may still name the act's term).
OPENER_PLAIN_WORDS, OPENER_WORDS_WITH_PREDICATE = 2, 5


def _predicate_word() -> re.Pattern:
    return pattern("cues", "attending_window", r"(?<!\w){}(?!\w)")


@lru_cache(maxsize=1)
def _own_predicate() -> re.Pattern:
    """Right after the date, within a few plain words, a verb of duration or occurrence or an
    infinitive of attending: the predicate of the date's own clause."""
    words = int(vocabulary()["barriers"]["own_predicate_words"])
    return pattern("cues", ("period_verbs", "attending_window"), rf"[ \t,]*(?:[^\W\d]+[ \t]+){{0,{words}}}?{{}}(?!\w)")


@lru_cache(maxsize=1)
def _contrasting() -> frozenset[str]:
    return frozenset(vocabulary()["barriers"]["contrasting"])


def other_clause_before(doc: Document, action: ActionMention, cue_start: int, date_end: int,
                        clause_end: int) -> bool:
    """Whether an action before the cue belongs to the clause before a conjunction that opens the
    date's own ("…, savukārt līdz 18. martam par tiem var balsot", "…, bet līdz 18. martam notiks
    vērtēšana", "…, bet balsot par tiem varēs līdz 20. martam"). Bounded reads."""
    if action.end > cue_start:
        return False
    opener = _clause_opener().search(doc.text, action.end, cue_start)
    if opener is None:
        return False
    if _predicate_word().search(opener.group("words")):
        return True  # "…, bet balsot par tiem varēs līdz 20. martam": the vote's own clause
    if len(opener.group("words").split()) > OPENER_PLAIN_WORDS:
        return False
    if opener.group("coord").lower() in _contrasting():
        return True
    return _own_predicate().match(doc.text, date_end, min(clause_end, date_end + 80)) is not None
