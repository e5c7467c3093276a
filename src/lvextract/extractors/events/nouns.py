"""Finding event nouns: vocabulary phrases in any case form, one-word and hyphenated compounds
("paneļdiskusija", "izstāde-izsole"), without those inside another noun's quoted name; and
the quoted name ("title") after a noun. Found once per document."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...latvian import places
from ...latvian.lemmas import stem
from ...spans import Intervals
from ...word_regex import grouped_alternation
from ..vocabulary import PatternSet
from .activities import activity_nouns
from .ceremony_clauses import ceremony_nouns
from .happening_subject import happening_subjects
from .case_endings import not_a_case_form
from .compounds import compound_spans, hyphen_compound, single_word_stems, without_glued
from .glued_dash import glued_dash_pairs
from .instrument import without_celebrated_with, without_opened
from .lexicon import generic_types, shared_stem_phrases, vocabulary, word_start_patterns
from .measures import measure_unit
from .measure_round import measure_round
from .other_kinds import other_kind
from .process_genitive import of_process
from .compound_days import compound_days
from .titled_heads import titled_heads
from .named_days import named_days
from .named_evenings import named_evenings
from .named_rides import named_rides
from .reflexive_genitive import genitive_after_verb, nominative_by_adjective
from .named_contest import names_kind
from .games import game_spans
from .object_verbs import without_means
from .noun_mention import BLOCKED, CLOSE_QUOTE, GENITIVE_MODIFIER, OPEN_QUOTE, QUOTED_GAP, TITLE_AFTER_NOUN, NounMention
from .rooms import names_room
from .street_names import names_street
from .room_sense import room_sense
from .quoted_bearers import in_bearer_name
from .not_occasions import without_non_occasions
from .combined_with import combined_part
from .opening_pair import opened_occurrence
from .singular_told import singular_told
from .pointed_frame import pointed_frame
from .observed_occasion import observed_occasion
from .prepared_for import prepared_for
from .told_topic import told_topic
from .kept_across import kept_across
from .played_instrument import instrument_playing
from .noun_surroundings import after_place_preposition, farewell, honoured, quoted_qualifier, title_word


@lru_cache(maxsize=1)
def _adverbs_not_nouns() -> frozenset[str]:
    """Adverbs whose stem is an event noun's ("vakar" ~ "vakars"): a phrase they close names nothing."""
    return frozenset(vocabulary()["word_starts"]["adverbs_not_nouns"])


# "-šanās" is also a nominative: "konsultantu tikšanās konferencē" is a meeting at a conference,
# not a genitive before the head.
REFLEXIVE_BEFORE_LOCATIVE = re.compile(r"šanās\s+\w+(?:ā|ē|ī|ū|os|ās|ēs|īs)$", re.IGNORECASE)


# Locative endings (singular and plural) of the nouns that stand as a genitive before a head: a
# place's, and the third declension's plural ("tirgūs").
LOCATIVE_ENDINGS = places.LOCATIVE_ENDINGS + ("ūs",)


@lru_cache(maxsize=1)
def _genitive_modifier_stems() -> frozenset[str]:
    """The stems of the genitives before an event phrase's head ("vasaras", "sporta"), not its adjectives."""
    return frozenset(stem(w) for phrase, kind in vocabulary()["nouns"].items() if kind
                     for w in phrase.split()[:-1] if GENITIVE_MODIFIER.search(w))


@lru_cache(maxsize=1)
def _vocabulary_heads() -> frozenset[str]:
    """The stems of every vocabulary phrase's last word, blocked ones too ("stunda", "grupa",
    "brauciens"): those nouns are judged by the vocabulary's own rules, never by a verb alone."""
    return frozenset(stem(phrase.split()[-1]) for phrase in vocabulary()["nouns"])


@lru_cache(maxsize=1)
def _noun_matcher() -> PatternSet:
    """spaCy Matcher patterns over stems (NORM): one per vocabulary entry, labelled by its type."""
    patterns = []
    for phrase, kind in vocabulary()["nouns"].items():
        pattern = []
        for i, word in enumerate(phrase.split()):
            if i:
                pattern.append({"IS_SPACE": True, "OP": "?"})
            pattern.append({"LOWER": word} if i < phrase.count(" ") and phrase in shared_stem_phrases() else {"NORM": stem(word)})
        patterns.append((kind or BLOCKED, pattern))
    return PatternSet(patterns)


def event_nouns(doc: Document) -> list[NounMention]:
    """Every event noun in any case form, the longest phrase where they overlap ("apaļā galda
    diskusija"), without those inside another noun's quoted name. Once per document."""
    return doc.derived("events.nouns", _find_nouns)[0]


def noun_starts(doc: Document) -> list[int]:
    """The offsets where event_nouns start, in order (for any_between), found once per document."""
    return doc.derived("events.noun_starts", lambda d: [n.start for n in event_nouns(d)])


def all_nouns(doc: Document) -> list[NounMention]:
    """The event nouns including those inside quoted names ("pasākums „Karjeras diena”")."""
    return doc.derived("events.nouns", _find_nouns)[1]


def all_noun_starts(doc: Document) -> list[int]:
    """The offsets where all_nouns start, in order, found once per document."""
    return doc.derived("events.all_noun_starts", lambda d: [n.start for n in all_nouns(d)])


def _find_nouns(doc: Document) -> tuple[list[NounMention], list[NounMention]]:
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans

    sdoc = doc.spacy
    spans = [SpacySpan(sdoc, s, e, label=label) for label, s, e in _noun_matcher()(sdoc, doc)]
    # "sarunas vakar, 1. jūlijā": the adverb "vakar" (yesterday) shares the stem of "vakars" but is no
    # form of it, so it closes no named evening.
    adverbs = _adverbs_not_nouns()
    spans = [sp for sp in spans if sp[-1].lower_ not in adverbs and not not_a_case_form(sp[-1].text)]
    # A genitive that names the kind ("vasaras skola", "sporta diena") does not decline with its
    # head: in the locative it is a time or a place of its own ("vasarā skola …": in summer, the school).
    modifiers = _genitive_modifier_stems()
    spans = [sp for sp in spans if not any(t.lower_.endswith(LOCATIVE_ENDINGS) and t.norm_ in modifiers for t in sp[:-1])]
    spans += compound_spans(sdoc) + glued_dash_pairs(sdoc, doc.text)  # "konference- konkurss"
    spans += [sp for kind, s, e in named_days(doc.text) + compound_days(doc.text) + titled_heads(doc.text) + game_spans(doc)
              + named_evenings(doc.text) + named_rides(doc.text)
              if (sp := sdoc.char_span(s, e, label=kind, alignment_mode="expand")) is not None]
    kept = [sp for sp in filter_spans(spans) if sp.label_ != BLOCKED and sp.text.lower() not in _not_events()]
    nouns = sorted((singular_told(doc, hyphen_compound(doc, NounMention(sp.label_, sp.start_char, sp.end_char)))
                    for sp in kept),
                   key=lambda n: n.start)
    nouns = _coordinated(doc, _without_modifiers(doc, _without_parts(doc, without_glued(nouns))))
    nouns = without_celebrated_with(doc, without_opened(doc, _with_activities(doc, nouns)))
    nouns = without_means(doc, nouns)  # "ar pasākumu tiks iedegta egle": the lighting, not its means
    nouns = without_non_occasions(doc, nouns)  # services, roles, purposes, the inviting subject
    nouns = [n for k, n in enumerate(nouns) if not pointed_frame(doc, nouns, k)]  # "šajos svētkos notiks koncerti"
    nouns = [n for k, n in enumerate(nouns) if not observed_occasion(doc, nouns, k)]  # "atzīmējot Mitrāju dienu"
    # "“Tava svētku pietura”": a genitive inside a quoted name, before the name's own next word
    nouns = [n for k, n in enumerate(nouns)
             if not quoted_qualifier(doc, n, nouns[k + 1].start if k + 1 < len(nouns) else None)]
    nouns = [n for n in nouns if not farewell(doc, n) and not after_place_preposition(doc, n)
             and not title_word(doc, n) and not honoured(doc, n) and not prepared_for(doc, n) and not told_topic(doc, n)
             and not kept_across(doc, n)  # "kad visā Latvijā tiek atzīmēta Zinību diena": the calendar
             and not names_room(doc, n) and not names_street(doc, n) and not room_sense(doc, n)
             and not measure_unit(doc, n) and not of_process(doc, n) and not measure_round(doc, n)
             and not other_kind(doc, n) and not in_bearer_name(doc, n) and not instrument_playing(doc, n)
             and not combined_part(doc, n)]  # "apvienojot to ar darbnīcām", "prasmi spēlēt sporta spēles"
    return _without_names(doc, nouns), nouns


# A genitive joined by "un" to the one a named day keeps: "sporta un atpūtas diena", "drošības un
# veselības dienā". Words of three letters or more, so "kā un" or a stray initial never join.
COORDINATED_BEFORE = re.compile(r"([^\W\d_]{3,})\s+un\s+$")


@lru_cache(maxsize=1)
def _kept_genitive_phrases() -> dict[str, dict[str, str]]:
    """Two-word phrases whose type keeps their genitive ("sporta diena", "sporta spēles"):
    modifier → {head stem: type}."""
    found: dict[str, dict[str, str]] = {}
    for phrase, kind in vocabulary()["nouns"].items():
        words = phrase.split()
        if kind == phrase and len(words) == 2 and GENITIVE_MODIFIER.search(words[0]):
            found.setdefault(words[0], {})[stem(words[1])] = kind
    return found


@lru_cache(maxsize=1)
def _coordinated_after() -> re.Pattern:
    """"sporta un atpūtas diena": a kept genitive, "un", another genitive, a word (the head, checked by stem)."""
    # (grouped by first letter: at a position only that letter's modifiers are tried)
    modifiers = grouped_alternation(sorted(_kept_genitive_phrases(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)({modifiers})\s+un\s+([^\W\d_]{{3,}})\s+([^\W\d_]+)", re.IGNORECASE)


def _coordinated(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """A named day whose kept genitive is one of two joined by "un" keeps both (RECORD.md: a "diena"
    keeps the genitive that makes it an occurrence): "sporta un atpūtas diena", "drošības un
    veselības diena". One regex pass over the text and one look behind each noun."""
    phrases = _kept_genitive_phrases()
    kinds = {kind for heads in phrases.values() for kind in heads.values()}
    found: list[NounMention] = []
    for m in _coordinated_after().finditer(doc.text):
        kind = phrases[m.group(1).lower()].get(stem(m.group(3).lower()))
        if kind is not None and GENITIVE_MODIFIER.search(m.group(2).lower()):
            first, rest = kind.split(" ", 1)
            found.append(NounMention(f"{first} un {m.group(2).lower()} {rest}", m.start(), m.end()))
    for n in nouns:
        before = COORDINATED_BEFORE.search(doc.text, max(0, n.start - 40), n.start) if n.kind in kinds else None
        if before is not None and GENITIVE_MODIFIER.search(before.group(1).lower()):
            found.append(NounMention(f"{before.group(1).lower()} un {n.kind}", before.start(1), n.end))
    if not found:
        return nouns
    found = list({(f.start, f.end): f for f in found}.values())  # "veselības un sporta diena" is found both ways
    spans = Intervals()
    for f in found:
        spans.add(f.start, f.end)
    return sorted([n for n in nouns if not spans.overlaps(n.start, n.end)] + found, key=lambda n: n.start)


def _with_activities(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Adds the verbal nouns said to take place (events/activities.py) that no vocabulary noun covers."""
    excluded = frozenset(vocabulary()["activity_nouns"]["not_events"]) | _not_events()
    # Only in a sentence that names no occurrence by a vocabulary noun: "notika partneru
    # iepazīstināšana un valstu prezentācijas" stays the presentations'.
    # A capital inside the sentence is a name's word ("Tirgus laukumā"), no occurrence named.
    told = {doc.sentence_index(n.start) for n in nouns
            if not (doc.text[n.start].isupper() and doc.text[max(0, n.start - 2):n.start].strip() not in ("", ".", "!", "?"))}
    # An hour-led programme line is an item of its own, whatever else its sentence names: "16.00 –
    # rūķu gājiens un egles iedegšana" under a day heading (its pair is judged by verbless_pair.py).
    found = [NounMention(kind, start, end)
             for kind, start, end, on_hour_line in activity_nouns(doc.text, [(n.start, n.end) for n in nouns],
                                                                  excluded, single_word_stems())
             if on_hour_line or doc.sentence_index(start) not in told]
    # A ceremony inside running text, after its clause's hour or a cue (events/ceremony_clauses.py),
    # is an item of its own too.
    taken = Intervals()
    for n in [*nouns, *found]:
        taken.add(n.start, n.end)
    found += [NounMention(kind, start, end) for kind, start, end in ceremony_nouns(doc.text)
              if not taken.overlaps(start, end)]
    # Any other noun said to take place or invited to (events/happening_subject.py), in a sentence
    # that names no occurrence by a vocabulary noun: the list of types is open.
    # A vocabulary noun in the locative is where or within what the subject takes place ("vakcinācija
    # notiks pilsētas svētkos"): it leaves the sentence open to its subject.
    told_by_name = {doc.sentence_index(n.start) for n in nouns if not _locative(doc.text[n.start:n.end])}
    found += [NounMention(kind, start, end)
              for kind, start, end in happening_subjects(doc.text, [(n.start, n.end) for n in [*nouns, *found]],
                                                         _vocabulary_heads())
              if doc.sentence_index(start) not in told_by_name]
    return sorted(nouns + found, key=lambda n: n.start) if found else nouns


LOCATIVE_END = re.compile(r"(?<!šan)(?:ā|ē|ī|os|ās|ēs|īs)$")


def _locative(written: str) -> bool:
    """Whether a noun's last word has a locative's ending (not a reflexive verbal noun's "-šanās")."""
    return LOCATIVE_END.search(written.rstrip().lower()) is not None


# One definite adjective of manner between the occurrence and its part ("svētku svinīgā atklāšana",
# "izstādes oficiālajā atklāšanā"): known by an adjective suffix (-īg-, -āl-, -isk-, -ēj-) with a
# definite ending, so a noun's locative ("svētku laikā atklāšana") never passes for it.
PART_ADJECTIVE_GAP = re.compile(r"[ \t]+[^\W\d_]{2,}(?:īg|āl|isk|ēj)(?:ā|ajā|ajai|ais|o)[ \t]+")
# A second thing's singular genitive joined by "un", sharing the part ("izstādes un mozaīkas
# atklāšanu"): one opening of both, typed by the part as with one genitive.
SHARED_GENITIVE_GAP = re.compile(r"[ \t]+un[ \t]+[^\W\d_]{2,}(?:as|es)[ \t]+")


def _without_parts(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Joins a part noun ([part_heads]: "atklāšana") to the event noun's genitive right before it: in
    "konferences atklāšana" the opening is an occurrence of its own (opening_pair); a part that is
    no such pair ("svētku atklāšanas pasākums", its own genitive before the generic head) is dropped
    beside the occurrence named before it."""
    parts = frozenset(vocabulary()["part_heads"]["types"])
    kept: list[NounMention] = []
    for n in nouns:
        # Also past the occurrence's quoted name: "izstādes “Etiopija” atklāšana".
        if n.kind in parts and kept and (QUOTED_GAP.fullmatch(doc.text, kept[-1].end, n.start)
                                         or PART_ADJECTIVE_GAP.fullmatch(doc.text, kept[-1].end, n.start)
                                         or SHARED_GENITIVE_GAP.fullmatch(doc.text, kept[-1].end, n.start)):
            kept[-1] = opened_occurrence(doc, kept[-1], n) or kept[-1]
            continue
        kept.append(n)
    return kept


def _without_modifiers(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Drops an event noun in the genitive right before a specific one: it says of what the head is
    ("apmācības vizītē" is a visit, "svētku koncertā" a concert, "jubilejas izstāde" an exhibition).
    Before a generic head ("svētku pasākums", "atklāšanas pasākumā") the genitive is what names
    the occurrence, so both stay (ranking prefers it). O(nouns)."""
    generic = generic_types()
    after_time = word_start_patterns()["time_preposition"]
    kept: list[NounMention] = []
    for k, n in enumerate(nouns):
        if k and names_kind(doc, nouns[k - 1], n):
            continue  # "čempionāta sacensības": the championship names the occurrence, the kind word goes
        head = nouns[k + 1] if k + 1 < len(nouns) else None
        if head is not None and head.kind not in generic and head.kind != n.kind and not names_kind(doc, n, head) \
                and not doc.text[n.end:head.start].strip() and not _new_line_opens(doc.text, n.end, head.start) \
                and GENITIVE_MODIFIER.search(doc.text[n.start:n.end].split()[-1].lower()) \
                and (not REFLEXIVE_BEFORE_LOCATIVE.search(doc.text, n.start, head.end)
                     or genitive_after_verb(doc, n.start, n.end)) \
                and not (n.kind.endswith("šanās") and nominative_by_adjective(doc, n.start)) \
                and not after_time.search(doc.text, max(0, n.start - 10), n.start):
            continue  # not after "pēc"/"pirms": "Pēc koncerta zaļumballe" is a dance after the concert
        kept.append(n)
    return kept


def _new_line_opens(text: str, end: int, start: int) -> bool:
    """A headline's last word over a line opening with a capital ("… senioru sporta spēles" /
    "Sacensībās aicinātas …"): the line below is a sentence of its own, no head of the word above."""
    return "\n" in text[end:start] and text[start:start + 1].isupper()


# A quoted name past the noun's topic ("seminārs par sadarbības veicināšanu “Vietas mācībām …”"): a
# name of the occurrence or of what it is about, either way no occurrence of its own.
TITLE_AFTER_TOPIC = re.compile(
    rf"[ \t]+par[ \t]+(?:[^\W\d_]+[ \t]+){{0,3}}?[^\W\d_]+[ \t]*[:–—-]?[ \t]*{OPEN_QUOTE}([^„“\"«»”\n]{{2,200}}?){CLOSE_QUOTE}")


def topic_noun(doc: Document, start: int, end: int) -> NounMention | None:
    """The event noun whose quoted name past its topic is the one at [start, end) ("seminārs par
    sadarbību “…”"), standing within a line's reach before it. O(log n)."""
    nouns = event_nouns(doc)
    i = bisect.bisect_left(noun_starts(doc), start)
    for noun in reversed(nouns[max(0, i - 3):i]):
        m = TITLE_AFTER_TOPIC.match(doc.text, noun.end, end + 2)
        if m and m.start(1) == start:
            return noun
    return None


def _without_names(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    """Drops a noun inside the quoted name of another noun: in "pasākums „Atvērto durvju diena”"
    the event noun is "pasākums" and the quotes are its title. O(nouns · log nouns)."""
    names = Intervals()
    for noun in nouns:
        m = TITLE_AFTER_NOUN.match(doc.text, noun.end, min(len(doc.text), noun.end + 260)) \
            or TITLE_AFTER_TOPIC.match(doc.text, noun.end, min(len(doc.text), noun.end + 260))
        if m:
            names.add(m.start(1), m.end(1))
    return [n for n in nouns if not names.overlaps(n.start, n.start + 1)]


@lru_cache(maxsize=1)
def _not_events() -> frozenset[str]:
    return frozenset(vocabulary()["not_events"]["forms"])
