"""The words that name the action a deadline asks for, found once per document.

Verbs (pieteikties, iesniegt, jāiesniedz), nouns (pieteikšanās, iesniegšana) and word groups
(pieteikumi tiek pieņemti) from [actions] in deadlines.toml, each with its infinitive; how they
are looked up by position (bisection over one scan), ranked (verb, noun, converb) and which of
them lies within reach of a cue and its date.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import lemma
from ...latvian.verb_forms import is_verb_lemma
from ...temporal.vocabulary import finditer_at, word_start_scan
from ..deadline_cues import vocabulary
from .debitive import debitive_infinitive
from .light_verb import light_verb_actions
from .obliged import obliged_infinitives
from .qualifier import attributive, qualifies_next
from .state_participle import state_participles


# How far (characters) from the cue or date the action may stand: a long sentence can name
# an unrelated obligation ("pārskati jāiesniedz …, un projekts jāīsteno līdz 31. decembrim").
ACTION_REACH = 90


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
def _phrase_starts() -> re.Pattern:
    return word_start_scan([pattern for _infinitive, _is_verb, pattern in _phrase_patterns()])


@lru_cache(maxsize=1)
def _phrase_patterns() -> list[tuple[str, bool, re.Pattern]]:
    """Word groups that ask for an action none of their words names alone, each with whether it
    ranks with the verbs ("pieteikumi tiek pieņemti": submit) or the nouns ("dalības maksas
    veikšana": pay)."""
    actions = vocabulary()["actions"]
    return [(infinitive, is_verb, re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE))
            for is_verb, table in ((True, actions["phrases"]), (False, actions["noun_phrases"]))
            for infinitive, patterns in table.items() for p in patterns]


# Two parts of a word joined by a soft hyphen or a hyphen (at most one line break after it).
SPLIT_WORD = re.compile(r"\w+(?:\u00ad|-[ \t]*\n?[ \t]*)\w+")


# A word split at a line end by a hyphen or by a soft hyphen ("Dalību lūdzam pie-⏎teikt līdz …").
LINE_SPLIT = re.compile(r"(\w+)(?:\u00ad|-[ \t]*\n[ \t]*)(\w+)")


@lru_cache(maxsize=1)
def _misspellings() -> tuple[dict[str, str], re.Pattern]:
    """[actions.misspellings] pairs: typed → meant (of equal length), and the typed ones opening a word."""
    pairs = {typed.lower(): meant.lower() for typed, meant in vocabulary()["actions"]["misspellings"]["pairs"]}
    return pairs, re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, pairs))})", re.IGNORECASE)


# A long verb form typed with one letter left out ("Pieteiktes līdz 20. jūnijam, zvanot …" for
# "pieteikties"): read as the form when no listed word is so spelt and only one verb's form
# loses a letter so. Only forms this long: a shorter word one letter off is more often another word.
DROPPED_FROM = 9


@lru_cache(maxsize=1)
def _dropped_letter_forms() -> dict[str, tuple[str, bool]]:
    """A verb form with one letter left out → that form's action; a spelling two verbs share
    dropped. Built once: O(forms · length)."""
    forms = _action_forms()
    dropped: dict[str, tuple[str, bool] | None] = {}
    for word, (infinitive, is_verb) in forms.items():
        if not is_verb or len(word) < DROPPED_FROM:
            continue
        # The first letter stays ("ieteikties" is not "pieteikties"), the last too: an ending cut
        # short is mostly another form ("iesniedzami" → "iesniedzam", we hand in).
        for i in range(1, len(word) - 1):
            typo = word[:i] + word[i + 1:]
            if typo in forms:
                continue
            if typo in dropped and dropped[typo] != (infinitive, True):
                dropped[typo] = None
            else:
                dropped.setdefault(typo, (infinitive, True))
    return {typo: hit for typo, hit in dropped.items() if hit is not None}


def _reads_as_verb(word: str) -> bool:
    """Whether the lemmatiser reads the word as an inflected verb form of its own ("reģistrējis" →
    reģistrēt, one letter short of "reģistrējies" but a word: "ir reģistrējis divus ugunsgrēkus"); a
    typo reads as none ("pieteiktes"), or as itself when it looks like an infinitive ("pietikties")."""
    infinitive = lemma(word)
    return infinitive != word and is_verb_lemma(infinitive)


def _mended(word: str) -> str:
    """A lower-case word with a commonly swapped pair of letters at its start put right
    ("pietiekumi" → "pieteikumi"); other words as they are."""
    pairs, _typed = _misspellings()
    for typed, meant in pairs.items():
        if word.startswith(typed):
            return meant + word[len(typed):]
    return word


def _mend_text(text: str) -> str:
    """The text with each typed pair opening a word put right, keeping the first letter's case
    and the length (so the word groups match at the offsets of the text itself): "Pietiekumi
    ar mīklām tiek gaidīti" is read as the word group "pieteikumi … tiek gaidīti"."""
    pairs, typed = _misspellings()
    return typed.sub(lambda m: (m.group(0)[0] + pairs[m.group(0).lower()][1:]), text)


def _joined(text: str) -> str:
    """The text with each word split at a line end joined, padded with spaces before it to the
    same length (so that it ends where the split word ends): the word groups ("dalību …
    pieteikt") then match across the split at the offsets of the text itself. Commonly
    swapped letters are put right too (`_mend_text`)."""
    text = _mend_text(text)
    if "-" not in text and "\u00ad" not in text:
        return text
    return LINE_SPLIT.sub(lambda m: " " * (len(m.group(0)) - len(m.group(1)) - len(m.group(2))) + m.group(1) + m.group(2),
                          text)


@dataclass(frozen=True)
class ActionMention:
    infinitive: str
    is_verb: bool
    start: int
    end: int
    converb: bool = False
    # a debitive of an unlisted verb (debitive.py): after a listed verb, before a noun
    unlisted: bool = False


@dataclass(frozen=True)
class _ActionIndex:
    """Every action of the document in text order, and the verbs (not converbs) apart, each
    with its starts for bisecting."""
    starts: list[int]
    found: list[ActionMention]
    verb_starts: list[int]
    verbs: list[ActionMention]


# A compound whose last part is a long action noun names the same action: "pamatreģistrācija
# ilgs līdz …", "priekšreģistrācija", "dalībpieteikums". Only a noun form this long, after a
# first part of at least COMPOUND_HEAD letters ("ne-" negates, it opens no compound).
COMPOUND_NOUN, COMPOUND_HEAD = 9, 3


def _compound_noun(word: str, forms: dict[str, tuple[str, bool]]) -> tuple[str, bool] | None:
    """The action of a compound noun, by its longest known noun ending: O(len(word)) lookups."""
    for i in range(COMPOUND_HEAD, len(word) - COMPOUND_NOUN + 1):
        hit = forms.get(word[i:])
        if hit is not None and not hit[1]:
            return hit
    return None


# Distinct words whose reading _word_action keeps (a word repeats within a text and across texts;
# the cache stays a few MB: worker memory is a tracked target). Keyed on the word as written, not
# its lower case: debitive_infinitive reads a form the lemmatizer has not seen only in lower case
# ("jānokārto" asks for "nokārtot", "Jānokārto" for none).
WORD_READINGS_KEPT = 50_000


@lru_cache(maxsize=WORD_READINGS_KEPT)
def _word_action(word: str) -> tuple[tuple[str, bool] | None, str | None]:
    """What a word of the text says alone: (its listed action, read through a swapped or dropped
    letter or as a compound's last part), or else (None, the infinitive its debitive asks for, if
    any). A pure function of the word, kept per distinct word: _scan_actions asks it of every word."""
    forms = _action_forms()
    lower = word.lower()
    hit = forms.get(lower)
    if hit is None and (mended := _mended(lower)) != lower:
        hit = forms.get(mended)  # "pietiekties": a listed form typed with two letters swapped
    if hit is None and len(lower) >= DROPPED_FROM - 1 and (typo := _dropped_letter_forms().get(lower)) \
            and not _reads_as_verb(lower):
        hit = typo  # "pieteiktes": a listed form with a letter left out
    if hit is None and len(lower) >= COMPOUND_NOUN + COMPOUND_HEAD:
        hit = _compound_noun(lower, forms)
    if hit is None:
        return None, debitive_infinitive(word) or None
    return hit, None


def _scan_actions(doc: Document) -> _ActionIndex:
    """One pass over the words and one per phrase pattern: O(n) for the document."""
    forms = _action_forms()
    found = []
    for m in re.finditer(r"\w+", doc.text):
        hit, infinitive = _word_action(m.group(0))
        if infinitive is not None:
            found.append(ActionMention(infinitive, True, m.start(), m.end(), unlisted=True))
            continue
        if hit and not hit[1] and qualifies_next(doc.text, m.end(), hit[0]):
            continue  # "maksāšanas paziņojums": a document's name, no act (qualifier.py)
        if hit and hit[1] and attributive(doc.text, m.start(), m.end(), hit[0]):
            hit = (hit[0], False)  # "aizpildīt pieteikšanās anketu": the form's kind ranks as a noun
        if hit:
            # aizpildot, reģistrējoties; not an infinitive that ends so ("nodot", "paziņot")
            converb = hit[1] and m.group(0).lower() != hit[0] and m.group(0).lower().endswith(("ot", "oties"))
            found.append(ActionMention(hit[0], hit[1], m.start(), m.end(), converb))
    # The infinitive of an unlisted verb after a task set ("uzdevums sagatavot"): ranked as an
    # unlisted debitive; a listed infinitive there is already found above.
    known = {a.start for a in found}
    found.extend(ActionMention(infinitive, True, start, end, unlisted=True)
                 for infinitive, start, end in obliged_infinitives(doc.text) if start not in known)
    # "verificēšana jāveic līdz …": the -šana noun's own verb (light_verb.py), ranked as an unlisted debitive.
    found.extend(ActionMention(action, True, start, end, unlisted=True) for action, start, end in light_verb_actions(doc.text))
    # "jābūt reģistrētam", "jābūt iesniegtiem": the participle's verb (state_participle.py).
    found.extend(ActionMention(action, True, start, end) for action, start, end in state_participles(doc.text))
    # A word a hyphen splits, left over from typesetting ("jāie-sniedz", "iesnieg-⏎šanas"):
    # read joined when only the joined form names an action.
    for m in SPLIT_WORD.finditer(doc.text):
        hit = forms.get(re.sub(r"[\u00ad\s-]", "", m.group(0)).lower())
        if hit and not (not hit[1] and qualifies_next(doc.text, m.end(), hit[0])):  # "maksā-⏎šanas paziņojums"
            found.append(ActionMention(hit[0], hit[1], m.start(), m.end()))
    # The phrases in one scan for where any can start, then each tried only there: its own
    # finditer's matches, without a scan of the text per phrase.
    text = _joined(doc.text)
    starts = [m.start() for m in _phrase_starts().finditer(text)]
    for infinitive, is_verb, pattern in _phrase_patterns():
        found.extend(ActionMention(infinitive, is_verb, m.start(), m.end()) for m in finditer_at(pattern, text, starts))
    found.sort(key=lambda a: (a.start, a.end))
    verbs = [a for a in found if a.is_verb and not a.converb]
    return _ActionIndex([a.start for a in found], found, [a.start for a in verbs], verbs)


def action_index(doc: Document) -> _ActionIndex:
    return doc.derived("deadlines.actions", _scan_actions)


def actions_in(doc: Document, bounds: tuple[int, int]) -> list[ActionMention]:
    """The action words inside bounds.

    The document is scanned once (O(n), kept with the document) and each call bisects that
    list: O(log n + k) for k words returned. Scanning the clause per date instead made a
    text with many dates and no sentence break quadratic (a clause is then the whole text).
    """
    index = action_index(doc)
    first = bisect.bisect_left(index.starts, bounds[0])
    last = bisect.bisect_left(index.starts, bounds[1])
    return [a for a in index.found[first:last] if a.end <= bounds[1]]


def last_before(doc: Document, start: int, limit: int, verbs_only: bool = False) -> ActionMention | None:
    """The last action (or verb) that ends before `start` and begins at or after `limit`: O(log n)."""
    index = action_index(doc)
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


def distance(action: ActionMention, cue_start: int, date_end: int) -> int:
    if action.end <= cue_start:
        return cue_start - action.end
    return max(0, action.start - date_end)


def nominal(doc: Document, action: ActionMention) -> bool:
    """A noun or noun phrase names the action: not a verb, or the verbal noun in -šanās listed
    with the verbs ("pieteikšanās")."""
    return not action.is_verb or doc.text[action.start:action.end].lower().endswith("šanās")


def plain_verbs(doc: Document, actions: list[ActionMention]) -> list[ActionMention]:
    """The verbs a sentence asks with: no converb, no debitive of an unlisted verb and no -šanās
    noun ("Pieteikšanās rezultāti tika publicēti." asks nothing)."""
    return [a for a in actions if a.is_verb and not a.converb and not a.unlisted and not nominal(doc, a)]


def rank(action: ActionMention) -> float:
    """A finite verb, infinitive or debitive (0), then the debitive of an unlisted verb (0.5), before a
    noun naming the action (1) before a converb (2):
    in "Pieteikties var līdz 24. martam, aizpildot anketu" the deadline is for applying."""
    if action.converb:
        return 2
    if action.unlisted:
        return 0.5
    return 0 if action.is_verb else 1


def best(actions: list[ActionMention]) -> ActionMention | None:
    """The action a label, heading or header cell names: the best ranked, the last of equals."""
    return min(actions, key=lambda a: (rank(a), -a.end)) if actions else None


def pick_action(actions: list[ActionMention], cue_start: int, date_end: int) -> ActionMention | None:
    """The action asked for by the date: within reach of it, a verb before a noun before a converb."""
    near = [a for a in actions if distance(a, cue_start, date_end) <= ACTION_REACH]
    if not near:
        return None
    # On a tie the longer match wins: "dalību … pieteikt" (apply) over the bare "pieteikt" in it.
    return min(near, key=lambda a: (rank(a), distance(a, cue_start, date_end), a.start - a.end))
