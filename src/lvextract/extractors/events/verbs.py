"""Verbs around a date: those that name the occurrence themselves ("tikās", "viesojās") and
the decisions ("nolēma") whose day a date is. Each kind is found once per document."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache, partial

from ...word_regex import alternation
from ...document import Document
from ...latvian.lemmas import stem
from ...record import DateMention
from .achieved import OPENING as RELATIVE_OPENING
from .genitive_noun import qualifies_noun
from .happens_after import DAY, DAY_REACH
from .lexicon import generic_types, listed_pattern, stems, vocabulary
from .noun_mention import NounMention
from .object_verbs import object_verbs
from .stage_verbs import stage_verbs
from .weak_verbs import weak_verbs
from .hosted_guests import hosted_guests
from .guest_theatre import guest_theatre, theatre_type
from .performers import guest_performers, performance_type
from .offsets import any_between
from .word_runs import kept_runs
from .open_call import open_call
from .ranking import Nouns


# How far from the date a decision verb says that the date is the decision's: "Ministru
# kabinets 27. augustā nolēma …", not "nolēma … pārcelt koncertu uz 27. februāri".
DECISION_AFTER, DECISION_BEFORE = 40, 15


# How far from the date a verb that names the occurrence may stand ("31.oktobrī tikās ar …").
VERB_REACH = 160


def verb_noun(doc: Document, bounds: tuple[int, int], mention: DateMention,
              honours: bool = False) -> NounMention | None:
    """"… 31.oktobrī tikās ar domes priekšsēdētāju": a verb that names the occurrence (data:
    [verbs]), nearest the date within VERB_REACH characters of its clause. The passive honours that
    name no occurrence of their own ([passive_verbs] framed_only) count only for a walk that asks
    `honours` (and leads them on: events/honours_inside.py honoured). O(log n) per date."""
    starts, kinds = doc.derived("events.verbs", occurrence_verbs)
    lo = bisect.bisect_left(starts, max(bounds[0], mention.span.start - VERB_REACH))
    # A bracketed list after the date does not count towards the reach: "2.aprīlī … skolu (… ,
    # … , …) skolotāji viesojās …".
    after = mention.span.end + VERB_REACH + _bracketed_length(doc.text, mention.span.end, bounds[1])
    hi = bisect.bisect_left(starts, min(bounds[1], after))
    near = [j for j in range(lo, hi) if honours or not framed_only(doc, starts[j])]
    if not near:
        return None
    k = min(near, key=lambda j: abs(starts[j] - mention.span.start))
    specific = [j for j in near if kinds[j] not in generic_types()]
    if kinds[k] in generic_types() and specific:  # "pulcējās, lai … iedegtu egli": the lighting
        k = min(specific, key=lambda j: abs(starts[j] - mention.span.start))
    word = re.match(r"\w+", doc.text[starts[k]:starts[k] + 40])
    kind = kinds[k]
    if kind == "vizīte" and _guest_author(doc, bounds, starts[k]):
        kind = "tikšanās"
    elif kind == "vizīte" and guest_performers(doc, bounds, starts[k]):
        kind = performance_type()  # "baznīcā viesosies ērģelnieks": the organist's concert
    elif kind == "vizīte" and guest_theatre(doc, bounds, starts[k]):
        kind = theatre_type()  # "viesosies Ozolu amatierteātris": a performance
    return NounMention(kind, starts[k], starts[k] + len(word.group(0)))


LONGEST_BRACKET = 400
BRACKETED = re.compile(r"\([^()\n]{1,%d}\)" % LONGEST_BRACKET)


def _bracketed_length(text: str, start: int, end: int) -> int:
    """How long the brackets opening within VERB_REACH after `start` are (the clause's first ones only)."""
    total = 0
    for m in BRACKETED.finditer(text, start, min(end, start + VERB_REACH + LONGEST_BRACKET)):
        if m.start() > start + VERB_REACH:
            break
        total += m.end() - m.start()
    return total


# How far from the verb the guest may be named ("bibliotēkā viesosies rakstniece Māra …").
GUEST_REACH = 60


def _guest_author(doc: Document, bounds: tuple[int, int], verb_start: int) -> bool:
    """A writer, poet or artist who "viesosies" at a library or school comes to meet readers:
    a meeting (tikšanās), not an official visit. Looks GUEST_REACH characters either side."""
    guests = stems("guest_meeting", "guests")
    window = doc.text[max(bounds[0], verb_start - GUEST_REACH):min(bounds[1], verb_start + GUEST_REACH)]
    return any(stem(w.lower()) in guests for w in re.findall(r"[^\W\d_]+", window))


# The word after a verb form, to tell an adjective of the same spelling: "izsludina atklātu konkursu".
NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def occurrence_verbs(doc: Document) -> tuple[list[int], list[str]]:
    verbs = vocabulary()["verbs"]
    objects = _passive_pattern()[2]
    found = []
    # (each distinct word asked once; only the verbs' own runs are visited: events/word_runs.py)
    for start, end in kept_runs(doc, lambda word: word.lower() in verbs):
        word = doc.text[start:end]
        after = NEXT_WORD.match(doc.text, end, min(len(doc.text), end + 40))
        if word.endswith("u") and after is not None and after.group(1).endswith("u") \
                and objects.match(after.group(1)):
            # "atklātu konkursu", "atklātu iepirkumu": the accusative adjective of an open call, spelt
            # as the purpose form "lai atklātu" is, before a noun in its case; no opening.
            continue
        if open_call(doc.text, start, end):
            continue  # "atklātu projektu konkursā": the open call's adjective, no opening
        found.append((start, verbs[word.lower()]))
    found += _passive_verbs(doc)
    found += object_verbs(doc)  # "egli iedegs 7. decembrī": the verb with its object
    found += weak_verbs(doc)  # "ministrs apmeklēja skolu": only where the clause names no occurrence
    found += hosted_guests(doc)  # "skolēni uzņēma draugus no Lietuvas": the guests' visit
    found += stage_verbs(doc)  # "skolā uzstājās mūzikas skolas audzēkņi": a concert
    found.sort()
    return [s for s, _ in found], [k for _, k in found]


@lru_cache(maxsize=1)
def _passive_pattern() -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    """[passive_verbs]: "tika (svinīgi) atklāts", "svinīgi atklāts" with its participle's type, and the clause words
    that make the participle "discovered" or "open" instead."""
    data = vocabulary()["passive_verbs"]
    kinds = {form: kind for kind, forms in data["types"].items() for form in forms}

    phrase = re.compile(rf"(?<!\w)(?:(?:{alternation(data['auxiliaries'])})\s+(?:(?:{alternation(data['adverbs'])})\s+)?"
                        rf"|(?:{alternation(data['ceremonial'])})\s+)({alternation(kinds)})(?!\w)", re.IGNORECASE)
    objects = re.compile(rf"(?<!\w)(?:{alternation(data['not_objects'])})", re.IGNORECASE)
    return phrase, kinds, objects


@lru_cache(maxsize=1)
def _framed_forms() -> frozenset[str]:
    data = vocabulary()["passive_verbs"]
    return frozenset(form for kind in data["framed_only"] for form in data["types"][kind])


# How many words before a passive participle its ceremonial adverb may stand ("svinīgi tika atklāts").
CEREMONY_WORDS = 2


@lru_cache(maxsize=1)
def _ceremony_kept() -> tuple[frozenset[str], frozenset[str]]:
    data = vocabulary()["passive_verbs"]
    forms = frozenset(form for kind in data["ceremony_keeps"] for form in data["types"][kind])
    return forms, frozenset(word.lower() for word in data["ceremonial"] + data["announced"])


def framed_only(doc: Document, start: int) -> bool:
    """Whether the occurrence verb at `start` is a passive that names no occurrence of its own
    ([passive_verbs] framed_only: honours, "tika godināti"; a place's plain opening, "tika atklāts
    centrs"), which dates nothing alone; not the active verb of the same type ("godināja"), nor an
    opening made a ceremony by an adverb right before it, or announced by the future auxiliary
    ([passive_verbs] ceremony_keeps: "svinīgi tika atklāts", "tika oficiāli atklāts", "tiks atklāts")."""
    word = re.match(r"\w+", doc.text[start:start + 40])
    if word is None or word.group(0).lower() not in _framed_forms():
        return False
    forms, ceremonial = _ceremony_kept()
    if word.group(0).lower() not in forms:
        return True
    before = re.findall(r"[^\W\d_]+", doc.text[max(0, start - 40):start])[-CEREMONY_WORDS:]
    return not any(w.lower() in ceremonial for w in before)


@lru_cache(maxsize=1)
def _guarded() -> frozenset[str]:
    return frozenset(vocabulary()["passive_verbs"]["guarded_types"])


# How far around a passive phrase, within its sentence, its subject may stand.
PASSIVE_OBJECT_REACH = 60


def _passive_verbs(doc: Document) -> list[tuple[int, str]]:
    """The passive phrases that name an occurrence ("svinīgi tika atklāts jaunais centrs"), at the
    participle; not one with a discovered thing or an open call beside it ("tika atklāts pārkāpums")."""
    phrase, kinds, objects = _passive_pattern()
    found = []
    for m in phrase.finditer(doc.text):
        lo = max(0, m.start() - PASSIVE_OBJECT_REACH)
        hi = min(len(doc.text), m.end() + PASSIVE_OBJECT_REACH)
        before = re.split(r"[.!?\n]", doc.text[lo:m.start()])[-1]
        after = re.split(r"[.!?\n]", doc.text[m.end():hi])[0]
        kind = kinds[m.group(1).lower()]
        if kind in _guarded() and (objects.search(before) or objects.search(after)):
            continue
        found.append((m.start(1), kind))
    return found


def decides(doc: Document, index: Nouns, clause: tuple[int, int], mention: DateMention) -> bool:
    """A date followed closely by a decision ("nolēma", "apstiprināja"), in a clause that tells
    no taking place and names no sitting: the decision's day. O(log n) per date (the verbs are
    found once per document, the sitting looked for once per clause)."""
    starts = doc.derived("events.decisions", _decision_verbs)
    near = (max(clause[0], mention.span.start - DECISION_BEFORE), min(clause[1], mention.span.end + DECISION_AFTER))
    # a verb opening a clause of what was said ("…, ka …") may stand past a long subject
    told = doc.derived("events.decisions_told", _decision_verbs_told)
    if not any_between(starts, near) and not any_between(
            told, (near[0], min(clause[1], mention.span.end + DECISION_TOLD_AFTER))):
        return False
    clause = _before_dated_relative(doc, clause, mention)
    if index.told(clause) or qualifies_noun(doc, mention):  # "15. aprīļa koncertu"
        return False
    memo = doc.derived("events.decides", lambda _doc: {})  # once per clause, not per date
    if clause not in memo:
        memo[clause] = index.first(clause, lambda rank: True, kinds=_sittings()) is None
    return memo[clause]


# How far past the date the relative clause may open, and (happens_after.DAY_REACH) how far past its
# opening its day may stand: bounded windows, one look per date.
RELATIVE_REACH = 120


def _before_dated_relative(doc: Document, clause: tuple[int, int], mention: DateMention) -> tuple[int, int]:
    """The date's clause up to a relative clause after the date that tells a day of its own ("Dome
    28. septembrī pieņēma lēmumu rīkot apspriešanu, kuras sanāksme notiks 15. oktobrī"): what that
    clause says takes place, and its sitting, are the other day's, not the decision's. So does a clause
    of what was made known, opened by "ka" ("31. martā komiteja paziņoja, ka svētki notiks no 5. līdz
    10. jūlijam"), its day maybe past a longer subject (COMPLEMENT_DAY_REACH). O(1): bounded windows."""
    hi = min(clause[1], mention.span.end + RELATIVE_REACH)
    for opening, reach in ((RELATIVE_OPENING, DAY_REACH), (COMPLEMENT_OPENING, COMPLEMENT_DAY_REACH)):
        m = opening.search(doc.text, mention.span.end, hi)
        if m is not None and DAY.search(doc.text, m.end(), min(clause[1], m.end() + reach)) is not None:
            return clause[0], m.start()
    return clause


# A clause of what was said or decided: ", ka …"; how far past "ka" its day may stand.
COMPLEMENT_OPENING = re.compile(r",\s*ka\s", re.IGNORECASE)
COMPLEMENT_DAY_REACH = 100


# A word right before such a clause ("paziņoja, ka"); "ka" in lower case, as the clause's day is looked for.
VERB_THEN_KA = re.compile(r"\w+,\s*ka\s")


def _decision_verbs_told(doc: Document) -> list[int]:
    """The decision verbs right before a clause of what was said or decided ("paziņoja, ka"): of the
    decision verbs already found, those the clause follows."""
    text = doc.text
    return [s for s in doc.derived("events.decisions", _decision_verbs) if VERB_THEN_KA.match(text, s)]


# How far past the date such a verb may stand ("31. martā svētku rīcības komiteja paziņoja, ka …").
DECISION_TOLD_AFTER = 100


@lru_cache(maxsize=1)
def _decision_verb_set() -> frozenset[str]:
    return frozenset(vocabulary()["decision"]["verbs"])


def _decision_verbs(doc: Document) -> list[int]:
    verbs = _decision_verb_set()
    return [start for start, _ in kept_runs(doc, lambda word: word.lower() in verbs)]


@lru_cache(maxsize=1)
def _sittings() -> frozenset[str]:
    return frozenset(vocabulary()["decision"]["sittings"])


# "padome izskata", "dome otrdien lems", "Dome 5. maijā lems"
_body_then_verb = partial(listed_pattern, "sitting_bodies",
                          r"(?<!\w)({nominatives})\s+(?:[^\s!?]+\s+){0,5}?(?:{deliberating})(?!\w)")


def sitting_noun(doc: Document, bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
    """"26. septembrī padome izskata projektu", "Dome 5. maijā lems": a body in the nominative
    before a verb of deliberating stands for its sitting, when the date stands between the two or
    right before the body (SITTING_DATE_BEFORE), in the date's clause ([sitting_bodies]
    nominatives, deliberating); not a date after the verb ("izskata … no 5. maija"). O(the reach)."""
    lo = max(bounds[0], mention.span.start - 60)
    for m in _body_then_verb().finditer(doc.text, lo, min(bounds[1], mention.span.end + 60)):
        between = m.start(1) < mention.span.start < m.end()
        before = 0 <= m.start(1) - mention.span.end <= SITTING_DATE_BEFORE
        if between or before:
            return NounMention(vocabulary()["sitting_bodies"]["type"], m.start(1), m.end(1))
    return None


# How far before the body its date may end ("26. septembrī padome …", "Otrdien, 5. maijā, dome …").
SITTING_DATE_BEFORE = 25


def names_sitting(doc: Document) -> bool:
    return _body_then_verb().search(doc.text) is not None


# How far before the body its name may start ("Nacionālās attīstības padome").
BODY_NAME_REACH = 60


def names_body(doc: Document, body: NounMention, place: str) -> bool:
    """Whether the place's first word is a word of the body's name right before it (a locative
    look-alike such as "Nacionālās")."""
    words = place.split()
    if not words:
        return False
    before = doc.text[max(0, body.start - BODY_NAME_REACH):body.start]
    return stem(words[0].lower()) in {stem(w.lower()) for w in re.findall(r"[^\W\d_]+", before)}
