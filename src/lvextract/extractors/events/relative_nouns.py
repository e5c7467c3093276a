"""The noun a relative clause or a quoted name stands for: "… deju svētkiem, kuri notiks …" (the
noun before the comma), a body whose sitting is meant ("komitejā, kas notiks …"), a quoted name
that takes place ("„Rudens kross”, kas norisināsies …", "otrā „…” notiks …")."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document
from ...record import DateMention
from ...latvian.lemmas import stem
from ...latvian.relatives import relative_pronoun
from ...word_regex import alternation, may_match
from .lexicon import generic_types, vocabulary
from .noun_mention import TITLE_AFTER_NOUN, NounMention
from .nouns import all_noun_starts, all_nouns, topic_noun
from .ranking import Nouns, not_frame
from .quoted_after import quoted_after
from .measure_round import measure_named
from .relative_tense import open_relative


# "… deju svētkiem, kuri notiks no 30. jūnija līdz 8. jūlijam": the date opens a relative clause
# whose verb tells that something takes place; what takes place is the noun before the comma.
# The date may follow its weekday ("pasākumam „…”, kas risināsies sestdien, 18. oktobrī").
RELATIVE_BEFORE = re.compile(r",\s*" + relative_pronoun("nominative") + r"\s+(?:\w+\s+){0,2}(?:notiks|notika|notiek|norisināsies|"
                             r"norisinājās|norisinās|risināsies|noritēs|noritēja)\s+"
                             # the weekday maybe pointed to ("kuras pirmizrāde notiks šo sestdien, 7. martā")
                             r"(?:(?:šo|šajā|nākamo|nākamajā)\s+)?"
                             r"(?:(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u)?,?\s+)?(?:no\s+)?$", re.IGNORECASE)
ANTECEDENT_GAP = re.compile(r"[\s”\"»]*")


def antecedent(doc: Document, index: Nouns, mention: DateMention, bounds) -> NounMention | None:
    """The event noun right before ", kas notiks" that the date's relative clause hangs on. O(log n)."""
    m = RELATIVE_BEFORE.search(doc.text, max(bounds[0], mention.span.start - 80), mention.span.start)
    if m is None:
        return _pronoun_antecedent(doc, index, mention, bounds)
    comma = m.start()
    if index.first((comma, mention.span.start), not_frame) is not None:
        # "apspriešanu, kuras sanāksme notiks 15. oktobrī": an event noun between the relative and
        # its verb is the verb's subject, what takes place on the day; the one before the comma
        # only owns it.
        return None
    noun = index.first((max(bounds[0], _reach_start(doc.text, comma) - 60), comma), not_frame, last=True, told=True)
    if noun is None:
        return _sitting_body(doc, comma) or _quoted_occurrence(doc, comma) or _framing_antecedent(doc, index, comma, bounds)
    if ANTECEDENT_GAP.fullmatch(doc.text, _past_title(doc.text, noun, comma), comma):
        return noun
    return _framing_antecedent(doc, index, comma, bounds)


def _past_title(text: str, noun: NounMention, comma: int) -> int:
    """Where the gap up to the relative's comma begins: past the noun's own title, if one follows it."""
    title = TITLE_AFTER_NOUN.match(text, noun.end, comma)
    return title.end() if title else noun.end


@lru_cache(maxsize=1)
def _frame_gap() -> re.Pattern:
    """A frame word between an occurrence's genitive and the relative's comma ("Mākslas dienu
    ietvaros, kas norisināsies …"): the frame words of events.toml [honours_inside] frames, the same
    words that frame an honours' occurrence."""
    return re.compile(rf"[\s”\"»]+(?:{alternation(vocabulary()['honours_inside']['frames'])})\s*", re.IGNORECASE)


def _framing_antecedent(doc: Document, index: Nouns, comma: int, bounds) -> NounMention | None:
    """"Izstādes darbosies Mākslas dienu ietvaros, kas norisināsies no 2. aprīļa …": the clause's
    verb of taking place tells of the occurrence whose genitive the frame word governs, not of the
    frame; that genitive, the last noun before the frame word, is the antecedent. O(log n)."""
    noun = index.first((max(bounds[0], comma - 60), comma), last=True)
    if noun is None:
        return None
    return noun if _frame_gap().fullmatch(doc.text, _past_title(doc.text, noun, comma), comma) else None


# A quoted name closing right before the relative's comma ("darbnīcas bērniem “Esi aktīvs un vesels
# Valmierā”, kas notiks …"): the antecedent's reach is counted from the name's opening mark, as the name
# is the noun's own. At most QUOTED_REACH characters back: O(1).
CLOSING_MARKS = '”“"»'
QUOTED_REACH = 100


def _reach_start(text: str, comma: int) -> int:
    if not (comma > 0 and text[comma - 1] in CLOSING_MARKS):
        return comma
    lo = max(0, comma - 1 - QUOTED_REACH)
    opening = max(text.rfind(q, lo, comma - 1) for q in "„“«\"")
    return opening if opening >= 0 and "\n" not in text[opening:comma] else comma


# "Svētki notika 6. maijā. Nākamgad tie notiks sestdien, 4. maijā": a pronoun subject of a verb of
# taking place right before the date stands for the occurrence the sentence before told of.
PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:tas|tā|tie|tās)\s+(?:[^\W\d_]+\s+){0,2}?(?:notiks|notika|norisināsies|"
                            r"norisinājās|risināsies|noritēs|noritēja)\s+"
                            r"(?:(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u)?,?\s+)?(?:no\s+)?$", re.IGNORECASE)


# "Gaidām idejas pagasta svētkiem. To norises laiks plānots 9. jūlijā": the taking place of the
# occurrence a pronoun's genitive points back to, opening the date's sentence, a few words before it.
NORISE_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Tā|Tās|To)\s+norises?\s+(?:[^\W\d_]+\s+){0,4}?"
                           r"(?:(?:ir|būs|bija|plānot[sa]|paredzēt[sa]|noteikt[sa])\s+|[–-]\s+)?$")


def _pronoun_antecedent(doc: Document, index: Nouns, mention: DateMention, bounds) -> NounMention | None:
    """The pronoun, typed by that occurrence's noun: the clause's own tense and place are the pronoun's."""
    lo = max(bounds[0], mention.span.start - 80)
    # Each regex only where its verb or noun is in the window (most dates' windows hold neither).
    m = (may_match(PRONOUN_BEFORE, doc.text, lo, mention.span.start) and PRONOUN_BEFORE.search(doc.text, lo, mention.span.start)) \
        or (may_match(NORISE_BEFORE, doc.text, lo, mention.span.start) and NORISE_BEFORE.search(doc.text, lo, mention.span.start)) \
        or None
    i = doc.sentence_index(mention.span.start) if m is not None else None
    if i is None:
        return None
    # The same sentence's noun before the pronoun first ("rīko semināru: tas notiks 23. augustā").
    noun = index.first((doc.sentences[i].start, m.start()), not_frame, last=True)
    if noun is None and i > 0:
        before = doc.sentences[i - 1]
        noun = index.first((before.start, before.end), not_frame, last=True, told=True) \
            or index.first((before.start, before.end), not_frame, last=True)
    return NounMention(noun.kind, m.start(), m.start() + len(m.group(0).split()[0])) if noun else None


QUOTED_BEFORE = re.compile(r"[„“\"«]([^„“\"«»”\n]{2,80})[”“\"»]\s*$")
GENERIC_TYPE = "pasākums"


def _quoted_occurrence(doc: Document, comma: int) -> NounMention | None:
    """"Aicinām uz “Rudens kross”, kas norisināsies 7. oktobrī": a quoted name that takes place is
    an occurrence, typed by the event noun inside it, else the generic word. O(log n)."""
    m = QUOTED_BEFORE.search(doc.text, max(0, comma - 90), comma)
    if m is None or measure_named(doc, m.start()):  # "kārtu pasākumā «…», kas notiks": the measure
        return None
    return topic_noun(doc, m.start(1), m.end(1)) or _noun_inside(doc, m.start(1), m.end(1)) or NounMention(GENERIC_TYPE, m.start(1), m.end(1))


def _noun_inside(doc: Document, start: int, end: int) -> NounMention | None:
    """The first event noun within [start, end) (a quoted name's own noun). O(log n)."""
    inside = all_nouns(doc)
    i = bisect.bisect_left(all_noun_starts(doc), start)
    return inside[i] if i < len(inside) and inside[i].end <= end else None


# A quoted name that is the subject of a verb of taking place: "11. oktobrī otrā „Politikas virtuve”
# notiks Varnavičos".
QUOTED_SUBJECT = re.compile(r"(?:[„“\"«]|,,)([^„“\"«»”\n]{2,80})(?:[”“\"»]|’’)[ \t]+"
                            r"(?:notiks|norisināsies|notika|norisinājās|noritēs|noritēja)\b")
# How far before another mention of the same name its kind may be said ("diskusiju cikls „…”").
KIND_BEFORE_NAME = 40


def quoted_subject(doc: Document, index: Nouns, bounds) -> NounMention | None:
    """The occurrence a clause names only by its quoted name: typed by an event noun inside the name,
    else by one standing right before the same name elsewhere ("Sēlijā notiks diskusiju cikls
    „Politikas virtuve”"), else the generic word. O(clause + mentions of the name)."""
    cache = doc.derived("quoted_subject", lambda d: {})  # per clause: many dates share one
    if bounds not in cache:
        cache[bounds] = QUOTED_SUBJECT.search(doc.text, *bounds) or quoted_after(doc.text, bounds)  # "notiks «…»"
    m = cache[bounds]
    if m is None:
        return None
    own = _noun_inside(doc, m.start(1), m.end(1))
    if own is not None:
        return own
    typed = _kinds_before_name(doc, index, m.group(1))
    kind = next((kind for at, kind in typed if at != m.start(1)), GENERIC_TYPE)
    return NounMention(kind, m.start(1), m.end(1))


def _kinds_before_name(doc: Document, index: Nouns, name: str) -> list[tuple[int, str]]:
    """(offset, kind) of each mention of `name` with a specific event noun right before it, found once
    per document and name (a name repeated in many clauses is not searched again per clause)."""
    cache = doc.derived("quoted_name_kinds", lambda d: {})
    if name not in cache:
        typed, text = [], doc.text
        at = text.find(name)
        while at >= 0:
            before = [n for n in index.all_in((max(0, at - KIND_BEFORE_NAME), at)) if n.kind not in generic_types()]
            if before:
                typed.append((at, before[-1].kind))
            at = text.find(name, at + 1)
        cache[name] = typed
    return cache[name]


WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s”\"»]*$")


@lru_cache(maxsize=1)
def _body_stems() -> tuple[frozenset[str], str]:
    bodies = vocabulary()["sitting_bodies"]
    return frozenset(stem(w) for w in bodies["words"]), bodies["type"]


def names_by_relative(doc: Document) -> bool:
    """Whether a body or a quoted name stands before ", kas …" (see antecedent), or a quoted name
    after a verb of taking place ("notiks «…»"): a text with no event noun outside quotes is still
    read then. One pass over the text."""
    stems, _kind = _body_stems()
    return any(m.group(2) or stem(m.group(1).lower()) in stems for m in NAME_THEN_RELATIVE.finditer(doc.text)) \
        or quoted_after(doc.text, (0, len(doc.text))) is not None


# The word is tried only from its first letter: from every letter of a long word, the letter run
# would be read to its end again (quadratic in a word's length: 60 CPU-s per MB of long words).
NAME_THEN_RELATIVE = re.compile(r"(?:(?<![^\W\d_])([^\W\d_]+)|([”\"»])),\s*" + relative_pronoun("nominative", without=("kuri", "kuras")) + r"\s")


def _sitting_body(doc: Document, comma: int) -> NounMention | None:
    """"Finanšu komitejā, kas notiks 18. septembrī": a body that takes place stands for its sitting."""
    m = WORD_BEFORE.search(doc.text, max(0, comma - 40), comma)
    stems, kind = _body_stems()
    if m is None or stem(m.group(1).lower()) not in stems:
        return None
    return NounMention(kind, m.start(1), m.end(1))


# A relative clause opening after a comma: ", kurā darbi būs skatāmi izstādēs,".
RELATIVE_OPENING = re.compile(r",\s*" + relative_pronoun("nominative", "dative", "locative", also=("kuru",)) + r"\s",
                              re.IGNORECASE)
RELATIVE_REACH = 120


CLAUSE_STOP = re.compile(r"[,.!?;\n]")


# A weekday closing a relative clause, and the comma and space before the date that spells it out.
_WEEKDAY_CLOSING = re.compile(r"(?<!\w)(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien(?:ā|u)?\s*$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r"[,\s]*")


def in_other_relative(doc: Document, noun: NounMention, mention: DateMention) -> tuple[int, int] | None:
    """The span of a relative clause (", kurā … ,") that holds the noun and not the date: "Jauniešu
    darbu konkurss, kurā darbi būs skatāmi izstādēs, noslēgsies 12. maijā" — the exhibitions are
    what the relative clause tells of, not what the date's clause does. O(RELATIVE_REACH)."""
    opening = open_relative(RELATIVE_OPENING, CLAUSE_STOP, doc.text, max(0, noun.start - RELATIVE_REACH), noun.start)
    if opening is None:
        return None
    close = CLAUSE_STOP.search(doc.text, noun.end)
    end = close.start() if close else len(doc.text)
    if opening.start() <= mention.span.start < end:
        return None
    if _WEEKDAY_CLOSING.search(doc.text, max(opening.start(), end - 20), end) \
            and _APPOSITION_GAP.fullmatch(doc.text, end, mention.span.start):
        # "izrādi, kuras pirmizrāde notiks šo sestdien, 7. martā": the date is the relative clause's
        # weekday spelt out, so the clause holds the date too and its own noun is what takes place.
        return None
    return opening.start(), end
