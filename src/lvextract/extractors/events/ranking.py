"""How an event noun ranks as the name of a date's occurrence (a frame, a time reference, a
part, generic, not in the nominative) and the index (Nouns) that answers "the best noun of
this range, nearest the date" in O(log n). Where the text says that something takes place, which
the nouns that need a verb of taking place ask, is taking_place.py's."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import DateMention
from ...spans import Intervals
from ...word_regex import may_match
from .bracket_label import bare_label
from .course_heading import course_of_day
from .genitive_chain import chained_frame
from .genitive_qualifier import qualifies_next
from .generic_genitive import headed_by_generic
from .opening_pair import exhibition_pair
from .happens_after import told_in_relative
from .time_reference import past_one_word
from .lexicon import cue_alternation, generic_types, stems, vocabulary, word_start_patterns
from .noun_mention import NounMention
from .nouns import noun_starts
from .offsets import any_between
from .games import game_spans
from .taking_place import beginning_offsets, happening_offsets

BRACKETS = re.compile(r"\([^()]*\)")

# The word after a noun, past the occurrence's quoted name: "konkursa „Zaļākā sēta” noslēguma
# pasākums" frames the closing event as "konkursa noslēguma pasākums" does.
NEXT_PAST_TITLE = re.compile(r"[ \t]*(?:(?:[„“\"«]|,,)[^„“”\"«»\n]{1,100}(?:[”“\"»]|’’|'')[ \t]*)?(\w+)")


def followed_by(doc: Document, noun: NounMention, followers: frozenset[str]) -> bool:
    """Whether the word after the noun (past a title) is one of `followers` (stems)."""
    m = NEXT_PAST_TITLE.match(doc.text[noun.end:noun.end + 140])
    # A capital after a lower-case noun is a name ("izrāde Balvu parkā": the town, not "balva").
    return bool(m) and stem(m.group(1)) in followers and not (m.group(1).istitle() and doc.text[noun.start].islower())


def plural_genitive(doc: Document, noun: NounMention) -> bool:
    """"olimpiāžu", "konkursu" of a kind named in the singular: many occurrences, none of them dated."""
    surface = doc.text[noun.start:noun.end].lower()
    kind = noun.kind
    return (" " not in kind and surface != kind and surface.endswith("u")
            and kind.endswith(("s", "š", "a", "e")) and not kind.endswith(("as", "es")))


def frames_person_or_thing(doc: Document, noun: NounMention) -> bool:
    """"Festivāla direktore", "foruma diploms": the noun frames a person or a thing of the occurrence;
    so do the participants of many occurrences ("sveica olimpiāžu dalībniekus"), unlike those of
    one ("Semināra dalībnieki 5. decembrī apmeklēja muzeju": the seminar's day)."""
    return followed_by(doc, noun, stems("frames", "persons_things")) or (
        plural_genitive(doc, noun) and followed_by(doc, noun, stems("frames", "people_of_many"))) or (
        chained_frame(doc, noun, stems("frames", "persons_things")))  # "konferences mediju komanda"


def is_frame(doc: Document, noun: NounMention) -> bool:
    """"Apmācību noslēgumā", "Konferences dalībnieki": the noun frames something else."""
    return followed_by(doc, noun, stems("frames", "after")) or chained_frame(doc, noun)


def within_frame(doc: Document, noun: NounMention) -> bool:
    """"Veselības nedēļas ietvaros": an occurrence inside which the dated one takes place."""
    return followed_by(doc, noun, stems("frames", "within"))


@lru_cache(maxsize=1)
def _part_nominatives() -> frozenset[str]:
    return frozenset(vocabulary()["frames"]["part_nominatives"])


def _part_in_nominative(doc: Document, noun: NounMention) -> bool:
    """"Svētku atklāšana", "Konferences noslēgums" as the subject (the part word in the nominative),
    also past the occurrence's quoted name ("izstādes “Etiopija” atklāšana")."""
    m = NEXT_PAST_TITLE.match(doc.text[noun.end:noun.end + 140])
    return bool(m) and m.group(1).lower() in _part_nominatives()


def looks_back(doc: Document, noun: NounMention) -> bool:
    """"Vizītes laikā", "Semināra noslēgumā": a frame about the occurrence itself, not its materials."""
    return followed_by(doc, noun, stems("frames", "looking_back"))


def _registered_for(doc: Document, noun: NounMention) -> bool:
    """"Pieteikšanās nometnei notiks no 1. līdz 8. martam": the days are the registration's; the
    camp is only what one registers for. Not a noun its own relative clause says takes place
    ("Sākusies pieteikšanās pasākumam, kas norisināsies 6. un 7. aprīlī"): those days are its own."""
    found = word_start_patterns()["registration"].search(doc.text, max(0, noun.start - 20), noun.start)
    # A registration word closing the line above a capitalised noun is a heading of its own ("Bez
    # iepriekšējas pieteikšanās" / "Sacensības plānotas 31. janvārī."): the noun opens a new sentence.
    if found is not None and "\n" in doc.text[found.start():noun.start] and doc.text[noun.start:noun.start + 1].isupper():
        return False
    return found is not None and not told_in_relative(doc, noun)


# "sadarbībā ar Latvijas Lauku forumu": a partner named with capitals before the noun is an
# organisation, not an occurrence.
PARTNER = re.compile(r"(?<!\w)sadarbībā\s+ar\s+(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w-]*\s+){1,4}$")


def _partner(doc: Document, noun: NounMention) -> bool:
    return bool(PARTNER.search(doc.text, max(0, noun.start - 80), noun.start))


# How far before the noun "lai" and its verb may stand (two words between).
PURPOSE_REACH = 50


def _is_time_reference(doc: Document, noun: NounMention) -> bool:
    """"pēc sanāksmes", "pirms konferences": the noun says when, another one says what. So does one
    a grant or a plan is for ("lai organizētu pārgājienu"): what it is for, not what takes place."""
    return bool(word_start_patterns()["time_preposition"].search(doc.text, max(0, noun.start - 14), noun.start)) \
        or bool(word_start_patterns()["purpose"].search(doc.text, max(0, noun.start - PURPOSE_REACH), noun.start))


@lru_cache(maxsize=1)
def _part_cue() -> re.Pattern:
    return re.compile(rf"(?:{cue_alternation(vocabulary()['part_of']['before'])})$", re.IGNORECASE)


# How far before the noun a [part_of] cue may open (a list after "kurā ar" runs long).
PART_REACH = 180


def _is_part(doc: Document, noun: NounMention) -> bool:
    """"pasākums, kura laikā norisināsies lekcijas": the noun is a part of the occurrence named before.
    Past a contrast there must be one named on the cue's side: in "… koncerts, bet 29. augustā visi
    aicināti uz cietoksni, kur notiks pasākums" the place is what "kur" looks back at."""
    lo = max(0, noun.start - PART_REACH)
    # The cue's key words first ("laikā", "kur", "seko" …): most nouns have none of them before.
    m = may_match(_part_cue(), doc.text, lo, noun.start) and _part_cue().search(doc.text[lo:noun.start])
    if not m:
        return False
    cue = lo + m.start()
    sentence = doc.sentence_index(noun.start)
    begin = doc.sentences[sentence].start if sentence is not None else lo
    starts, ends = doc.derived("events.contrast_spans", _contrasts)
    k = bisect.bisect_right(ends, cue) - 1  # the last contrast ending by the cue, if it is in the sentence
    return k < 0 or starts[k] < begin or any_between(noun_starts(doc), (ends[k], cue))


def _contrasts(doc: Document) -> tuple[list[int], list[int]]:
    """Where each contrast of the text starts and ends, found once per document: asked per noun,
    a search from the sentence's start would read a long sentence once per noun."""
    found = list(CONTRAST.finditer(doc.text))
    return [c.start() for c in found], [c.end() for c in found]


class Nouns:
    """The document's event nouns, grouped by how they rank, for O(log n) questions per date.

    A noun's rank — a frame, a time reference, generic, not in the nominative — does not
    depend on the date, so each group is a sorted list and "the best noun of a clause,
    nearest the date" is a bisection per group, not a walk over the clause's nouns. Nouns in
    brackets are left out; those that need a verb of taking place ("konkurss") sit in groups
    of their own, asked only when the clause has such a verb.
    """

    def __init__(self, doc: Document, nouns: list[NounMention]):
        self.text = doc.text
        # Where a contrast may stand, found once: a date's gap to its noun is looked up, not rescanned.
        self.contrasts = [(m.start(), m.end()) for m in CONTRAST_START.finditer(doc.text)]
        brackets = Intervals(m.span() for m in BRACKETS.finditer(doc.text))
        conditional = frozenset(vocabulary()["needs_happening"]["types"])
        may_begin = frozenset(vocabulary()["needs_happening"]["begins"])
        sided = frozenset(start for _kind, start, _end in game_spans(doc))
        self.groups: dict[tuple, tuple[list[int], list[NounMention]]] = {}
        self.ranks: dict[tuple[int, int], tuple] = {}  # (start, end) → rank, for nouns read together
        heads = {n.start: n.kind for n in nouns}  # "koncerta … apguves konkursu": a genitive's head
        for noun in nouns:
            if brackets.overlaps(noun.start, noun.start + 1) and not bare_label(doc.text, noun.start, noun.end) \
                    or _registered_for(doc, noun) or _partner(doc, noun):
                continue
            # A phrase typed by its head ("apspriešanas sanāksme" → sanāksme) is in the
            # nominative when its last word is the type's last word.
            # A dash pair ("izstāde - gadatirgus") is compared by its last part.
            nominative = LAST_PART.split(doc.text[noun.start:noun.end].lower())[-1:] == LAST_PART.split(noun.kind)[-1:]
            typed_generic = headed_by_generic(doc.text, noun)  # "atklāšanas pasākums": ranked as its head
            if typed_generic:
                nominative = LAST_PART.split(doc.text[noun.start:noun.end].lower())[-1] in generic_types()
            # 1: a verb of taking place; 2: that, or one of beginning ("sāksies Parka svētki").
            needs_verb = (2 if noun.kind in may_begin else 1) if noun.kind in conditional else 0
            if needs_verb and (noun.start in sided or typed_generic or exhibition_pair(doc.text, noun)):  # the generic head needs no verb
                needs_verb = 0  # "spēle pret „Ozolkalnu”": a game between named sides is one occurrence
            if _part_in_nominative(doc, noun) or course_of_day(doc, noun):
                # "Svētku atklāšana sāksies 24. augustā": the subject is a part of the occurrence
                # itself, which the day is of (so it takes place: no verb needed), not a frame
                # for some other noun of the clause; so is the noun whose course a heading tells
                # on its day ("17. novembra svētku norise skolā": the feast took place).
                frame, nominative, needs_verb = False, True, 0
            else:
                frame = is_frame(doc, noun)
            # A frame ("apmācību programmas") names something else, so even "pasākums" beats it;
            # so does a noun that only places the date ("pēc sanāksmes 24. martā notiks lekcija").
            # Of the rest, the one in the nominative is what takes place ("seminārs konkursa
            # pretendentiem notiks 5. septembrī", "notiks pasākums, kura laikā būs lekcijas"),
            # not the one qualifying another word; then a specific noun beats the generic one.
            rank = (frame, _is_time_reference(doc, noun) or _is_part(doc, noun) or qualifies_next(doc.text, noun, heads)
                    or past_one_word(doc.text, noun.start, nominative), not nominative,
                    noun.kind in generic_types())
            self.ranks[(noun.start, noun.end)] = rank
            starts, members = self.groups.setdefault((rank, needs_verb), ([], []))
            starts.append(noun.start)
            members.append(noun)
        self.order = sorted(self.groups)
        self.happens = happening_offsets(doc)  # "notiks", a poster's line …: where something takes place
        self.begins = beginning_offsets(doc, self.happens)  # those, or "sāksies"

    def told(self, bounds: tuple[int, int]) -> bool:
        """Whether the range says that something takes place ("notiks", "notika" …)."""
        i = bisect.bisect_left(self.happens, bounds[0])
        return i < len(self.happens) and self.happens[i] < bounds[1]

    def _begun(self, bounds: tuple[int, int]) -> bool:
        """Whether the range says that something takes place or begins ("sāksies")."""
        return any_between(self.begins, bounds)

    def _groups(self, bounds, keep=lambda rank: True, told: bool | None = None):
        for key in self.order:
            rank, conditional = key
            if not keep(rank):
                continue
            if conditional:
                ok = told if told is not None else (self.told(bounds) or (conditional == 2 and self._begun(bounds)))
                if not ok:
                    continue
            yield rank, self.groups[key]

    def nearest(self, bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
        """The best-ranked noun in the range, nearest the date (the earlier on a tie)."""
        # The key: frames last; then a noun on the date's own side of a contrast before one across it
        # ("… notiks koncerts, bet 29. augustā … notiks pasākums": the generic word on its side wins);
        # then the rank, the distance and the offset.
        best = None
        for rank, (starts, members) in self._groups(bounds):
            if best is not None and (rank[0], rank) > (best[0][0], best[0][2]) and not best[0][1]:
                break
            lo = bisect.bisect_left(starts, bounds[0])
            hi = bisect.bisect_left(starts, bounds[1])
            if lo >= hi:
                continue
            i = min(max(bisect.bisect_left(starts, mention.span.start, lo, hi), lo), hi)
            for k in (i - 1, i):
                if lo <= k < hi:
                    n = members[k]
                    distance = min(abs(n.start - mention.span.end), abs(mention.span.start - n.end))
                    # "notika seminārs par …, bet 11. oktobrī norisinājās starptautiskā izstāde": a
                    # contrast between the noun and the date puts them in clauses of their own.
                    gap = (n.end, mention.span.start) if n.start < mention.span.start else (mention.span.end, n.start)
                    key = ((rank[0], self._contrast_in(*gap), rank), distance, n.start)
                    if best is None or key < best[:3]:
                        best = (*key, n)
        return best[3] if best else None

    def _contrast_in(self, lo: int, hi: int) -> bool:
        """Whether CONTRAST matches within text[lo:hi] (as `CONTRAST.search(text, lo, hi)`): O(log n),
        plus a step for each rare near-miss in the gap."""
        k = bisect.bisect_left(self.contrasts, (lo,))
        # Each match starts a CONTRAST_START match and they do not overlap: past the first that
        # ends after `hi` none fits; one that fits may still fail the word's end ("…, betons").
        while k < len(self.contrasts) and self.contrasts[k][1] <= hi:
            if CONTRAST.match(self.text, self.contrasts[k][0], hi):
                return True
            k += 1
        return False

    def first(self, bounds: tuple[int, int], keep=lambda rank: True, last: bool = False,
              kinds: frozenset[str] | None = None, told: bool | None = None) -> NounMention | None:
        """The first (or last) noun in the range among the groups `keep` accepts (of `kinds`
        only, if given: then the range's nouns are walked, so ask it of a clause, once)."""
        chosen = None
        for _rank, (starts, members) in self._groups(bounds, keep, told):
            lo = bisect.bisect_left(starts, bounds[0])
            hi = bisect.bisect_left(starts, bounds[1])
            if kinds is not None:
                found = [n for n in members[lo:hi] if n.kind in kinds]
                lo, hi, members = 0, len(found), found
            if lo >= hi:
                continue
            n = members[hi - 1] if last else members[lo]
            if chosen is None or (n.start > chosen.start if last else n.start < chosen.start):
                chosen = n
        return chosen

    def rank_of(self, noun: NounMention) -> tuple:
        """How the noun ranks (a frame, a time reference or part, not nominative, generic): lower is better."""
        return self.ranks.get((noun.start, noun.end), (True, True, True, True))

    def all_in(self, bounds: tuple[int, int], told: bool | None = None) -> list[NounMention]:
        """Every usable noun of the range, in text order: for ranges read once (a poster block).
        `told`: the range says it takes place by its shape (a programme sentence led by its hour)."""
        found = []
        for _rank, (starts, members) in self._groups(bounds, told=told):
            found.extend(members[bisect.bisect_left(starts, bounds[0]):bisect.bisect_left(starts, bounds[1])])
        if told and not self.told(bounds):
            # A programme line's shape says its items take place, but a game listed there is an
            # activity offered ("12.00–13.00 – galda spēle …"): only a verb makes it an occurrence.
            found = [n for n in found if n.kind not in _not_by_shape()]
        return sorted(found, key=lambda n: n.start)


@lru_cache(maxsize=1)
def _not_by_shape() -> frozenset[str]:
    return frozenset(vocabulary()["needs_happening"].get("not_by_shape", ()))


# A contrast that opens a clause of its own ("…, bet", "…, savukārt", "; "): a noun on the date's
# own side wins over one across it (Nouns.nearest).
# ", arī" opens a parallel item of its own ("…, arī Neretā pasākums būs 10. decembrī").
CONTRAST = re.compile(r",\s*(?:bet|taču|savukārt|tomēr|kamēr|lai\s+gan|kaut\s+gan|arī)\b|;", re.IGNORECASE)
CONTRAST_START = re.compile(r",\s*(?:bet|taču|savukārt|tomēr|kamēr|lai\s+gan|kaut\s+gan|arī)|;", re.IGNORECASE)  # CONTRAST less its word end
LAST_PART = re.compile(r"[\s–—-]+")

GENERIC = 3  # where "generic" stands in a noun's rank


def specific(rank) -> bool:
    """Not a frame and not the generic noun."""
    return not rank[0] and not rank[GENERIC]


def not_frame(rank) -> bool:
    return not rank[0]
