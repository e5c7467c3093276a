"""A noun that names a room as well as an occurrence ("darbnīca": a workshop held, or a workshop
room), told as something one has or has set up ("mums ir keramikas darbnīca", "skolā iekārtota jauna
darbnīca"): the room, no occurrence, whatever is held in it ("…, kurā 5. maijā notiks nodarbība").
So is one with its own quoted name that the next clause calls the place where another occurrence
takes place ("radošajā darbnīcā «Ligzda», kur norisināsies nodarbība"): a studio by that name.
So is a trade's shop in the locative, named by what is mended there ("velosipēdu darbnīcā varēja
salabot riteni", "auto darbnīcā"): where something is done, no occurrence (the nominative, "velosipēdu
darbnīca notiks 5. maijā", stays one; so does the locative with people taking part in it in its own
stretch between commas, "Velosipēdu darbnīcā 12. maijā piedalījās 20 bērni": a workshop held).
Data: events.toml [room_sense] (the nouns' word starts and the cues before them). O(1) per noun."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...latvian.orthography import WORD
from ...latvian.places import LOCATIVE_ENDINGS
from .lexicon import event_stems, happens_alternation, vocabulary

# How far before the noun its cue may end (a genitive and an adjective may stand between).
CUE_REACH = 45


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = vocabulary()["room_sense"]
    nouns = re.compile(rf"(?:{'|'.join(map(re.escape, data['nouns']))})", re.IGNORECASE)
    # Not past a word that makes "mums ir" an invitation ("mums ir prieks aicināt darbnīcā").
    gap = rf"(?:(?!(?:{'|'.join(data['not_between'])}))[^\W\d_]+\s+){{0,2}}"
    cue = re.compile(rf"(?<!\w)(?:{'|'.join(data['before'])})\s+{gap}$", re.IGNORECASE)
    return nouns, cue


@lru_cache(maxsize=1)
def _named_place() -> re.Pattern:
    """A quoted name right after the noun, then ", kur" and a verb of taking place within two words:
    the clause after the verb (to its end) is group 1."""
    return re.compile(rf"\s*[„“\"«][^„“\"«»”\n]{{1,80}}[”“\"»]\s*,\s*kur\s+(?:[^\W\d_]+\s+){{0,2}}?"
                      rf"(?:{happens_alternation()})(?!\w)([^,.;:!?\n]{{0,80}})", re.IGNORECASE)


def room_sense(doc: Document, noun) -> bool:
    nouns, cue = _patterns()
    if not nouns.match(doc.text, noun.start, noun.end):
        return False
    if cue.search(doc.text, max(0, noun.start - CUE_REACH), noun.start) is not None:
        return True
    if _trade_shop().match(doc.text, noun.start, noun.end) is not None \
            and _trade_before().search(doc.text, max(0, noun.start - CUE_REACH), noun.start) is not None:
        return not _taken_part_in(doc.text, noun.start, noun.end)
    where = _named_place().match(doc.text, noun.end, min(len(doc.text), noun.end + 200))
    # Only when that clause names the occurrence by an event noun of its own: what is held there.
    return where is not None and any(stem(w) in event_stems() for w in re.findall(r"[^\W\d_]+", where.group(1)))


@lru_cache(maxsize=1)
def _trade_shop() -> re.Pattern:
    """The noun in the locative ("darbnīcā", "darbnīcās"), from its word start to its end."""
    data = vocabulary()["room_sense"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, data['nouns']))})\w*(?:ā|ās)(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _trade_before() -> re.Pattern:
    """A trade's genitive (and "remonta") right before the noun."""
    trades = vocabulary()["room_sense"]["trades"]
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, trades))})(?:\s+remonta)?\s+$", re.IGNORECASE)


# How far from the noun the stretch between commas is read for people taking part.
PART_REACH = 60


@lru_cache(maxsize=1)
def _taking_part() -> tuple[re.Pattern, re.Pattern]:
    """A verb of taking part after the noun, then before it, with no comma or sentence's end between."""
    verbs = "|".join(map(re.escape, vocabulary()["room_sense"]["taking_part"]))
    # a full stop only of an ordinal or an abbreviation ("12. maijā"), not before a capital
    inside = r"(?:[^,;:.!?\n]|\.(?!\s*(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ])))"
    return (re.compile(rf"{inside}*?(?<!\w)(?:{verbs})", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{verbs}){inside}*$", re.IGNORECASE))


def _taken_part_in(text: str, start: int, end: int) -> bool:
    """People take part in the noun's stretch between commas: a workshop held. Not when a joining
    word ("un", "bet": [room_sense] part_stops) or another occurrence's noun in the locative stands
    between the verb and the noun ("piedalījās talkā un pēc tam velosipēdu darbnīcā salaboja
    riteņus": they took part in the clean-up). O(PART_REACH)."""
    after, before = _taking_part()
    m = after.match(text, end, min(len(text), end + PART_REACH))
    if m is not None and _reaches(text[end:m.end()]):
        return True
    m = before.search(text, max(0, start - PART_REACH), start)
    return m is not None and _reaches(text[m.start():start])


@lru_cache(maxsize=1)
def _part_stops() -> frozenset[str]:
    return frozenset(vocabulary()["room_sense"]["part_stops"])


def _reaches(stretch: str) -> bool:
    """No joining word and no event noun in the locative past the verb's own word in `stretch`."""
    stops = _part_stops()
    words = WORD.findall(stretch)
    return not any(w.lower() in stops or (w.lower().endswith(LOCATIVE_ENDINGS) and stem(w) in event_stems())
                   for w in words[1:])
