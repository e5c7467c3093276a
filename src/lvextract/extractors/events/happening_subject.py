"""Any noun the text says takes place ("12. martā skolā notika vakcinācija", "Iestudējuma pirmizrāde
notiks 5. maijā", "tests, kas norisināsies 3. jūnijā", "aicinām visus uz vakcināciju"): RECORD's
list of types is open, and the subject of a verb of taking place, or the object of an invitation's
"uz", names an occurrence whatever the noun is (docs/record.md, "Events"). Typed by its lemma. Nouns
of RECORD.md's non-events said to take place all the same ("notiks remonts", "apmaksa notiks …") are a
stop list (events.toml [happening_subject] not_occurrences). Three regex passes over the text; of the
events package it reads only the lexicon (the language's lemmas, places, the calendar's weekdays and spans below it)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.lemmas import is_listed, lemma, stem
from ...latvian.places import LOCATIVE_ENDING, venue_stems
from ...spans import Intervals
from ...temporal.vocabulary import month_nominatives, weekday_forms
from ...word_regex import gated_finditer
from .lexicon import literals, vocabulary

WORD = r"[^\W\d_]"
# A noun's nominative and accusative endings, singular and plural, of every declension.
NOMINATIVE = re.compile(r"(?:s|š|a|e|i)$")
ACCUSATIVE = re.compile(r"(?:u|us|as|es|i|os)$")
# Forms of the nominative's shape that are no noun: participles ("plānots", "aizvadītas",
# "notikušas", "gaidošs"), definite adjectives ("ikgadējais", "jaunās", "labie"), plural locatives
# ("ietvaros", "valstīs") and adverbs in -i ("tradicionāli", "ikgadēji", "svinīgi", "latviski").
# "-sts" stays ("tests", "kvests"), and so does a reflexive verbal noun's "-šanās" ("pulcēšanās").
NOT_NOUN_FORM = re.compile(r"(?<!šan)(?:[oēīā]t(?:s|a|i|as)|uš(?:i|as)|usi|oš(?:s|a|i|as)|ais|ie|ās|os|ēs|īs|ūs|āli|ēli|ēji|īgi|iski|oši)$")
# A relative clause of place before the verb ("zāle, kurā notiks treniņi", "parks, kur notiek
# koncerti"): what a place is for, no occurrence of a day.
PLACE_RELATIVE = re.compile(r"(?<!\w)(?:kur|kurā|kurās|kuros|kurai|kuram)\s+$", re.IGNORECASE)


# The three patterns' roles, in _patterns()'s order: the role's name, the noun's group, and whether the
# noun is a nominative (the verb's subject) or an accusative (the invitation's object).
ROLES = (("after", 2, True), ("before", 1, True), ("invited", 2, False))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The noun after the verb (past a particle and up to two words that qualify it, closed by
    punctuation, a number, a closing word, a dative or a locative), the noun right before
    it (past a particle, or before ", kas" opening the verb's clause; not a word glued to the one before
    by a hyphen or a dash, a route's last place: "skrējiens Rīga–Valmiera, kas notiks …"), and the
    accusative after an invitation's "uz"."""
    data = vocabulary()["happening_subject"]
    verbs = literals(sorted(data["verbs"], key=len, reverse=True))
    particle = rf"(?:(?:{literals(data['particles'])})\s+)?"
    closing_words = data["closing_words"] + list(weekday_forms(0))  # (0: the adverb, "sestdien")
    closing = rf"(?=\s*(?:[.,;:!?()\[\]„“\"«»”–—-]|\d|$)|\s+(?:(?:{literals(closing_words)})(?!\w)"
    closing += rf"|{WORD}+(?:iem|ām|ēm)(?!\w)|(?P<locative>{WORD}+{LOCATIVE_ENDING})(?!\w)))"
    head = rf"((?:{WORD}+[ \t]+){{0,2}}?)({WORD}{{4,}})"
    after = re.compile(rf"(?<!\w)(?:{verbs})\s+{particle}{head}{closing}", re.IGNORECASE)
    before = re.compile(rf"(?<![\w\-–—])({WORD}{{4,}})(?:\s+{particle}|\s*,\s*(?:kas|kurš|kura|kuri|kuras)\s+"
                        rf"(?:[^\s,.;:!?]+\s+){{0,3}}?)(?:{verbs})(?!\w)", re.IGNORECASE)
    invited = re.compile(rf"(?<!\w)(?:{literals(data['invitations'])})\s+(?:{WORD}+\s+){{0,2}}?uz\s+{head}"
                         + closing.replace("?P<locative>", ""),
                         re.IGNORECASE)
    return after, before, invited


@lru_cache(maxsize=1)
def _stop() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The forms that are no noun (events.toml's, and the months' and weekdays' nominatives from the
    calendar), their stems (every case of a month, a weekday, a unit of time), the lemmas of no
    occurrence, and the prepositions."""
    data = vocabulary()["happening_subject"]
    not_occurrences = frozenset(data["not_occurrences"]) | frozenset(vocabulary()["activity_nouns"]["not_events"])
    not_nouns = frozenset(data["not_nouns"]) | frozenset(month_nominatives()) | frozenset(weekday_forms(1))
    return not_nouns, frozenset(map(stem, not_nouns)), not_occurrences, frozenset(data["prepositions"])


# What a plural nominative in "-as"/"-es" may close on; before anything else ("grāmatas “…”",
# "policijas un robežsardzes vizītes", "vadības – …") the form is a genitive.
PLURAL_CLOSE = re.compile(r"\s*(?:[.,;:!?]|$)|\s+[^\W\d_]+(?:iem|ām|ēm)(?!\w)")


def _sentence_initial(text: str, start: int) -> bool:
    """A capital opening a line or a sentence (past spaces and a quote), not a name's."""
    before = text[max(0, start - 4):start].rstrip(" \t\"„“”«»")
    return not before or before[-1] in ".!?\n:–—-"


# Accusative endings whose nominative is certain ("vakcināciju" → "vakcinācija", "iestudējumu" →
# "iestudējums"); other accusatives ("izlozi": "izloze" or "izlozis"?) are typed only when the
# lemma table knows the form itself.
CERTAIN_ACCUSATIVE = ("ciju", "šanu", "šanos", "umu", "ienu")


# A nominative's ending and the ending its lemma must have: a plural "-i" of a masculine ("treniņi"
# → "treniņš"), "-as"/"-es" of a feminine ("aktivitātes" → "aktivitāte"), a singular its own lemma.
# A form the lemma table reads otherwise is another case or another part of speech: "gadus"
# (accusative), "lieliska" (an adjective: "lielisks"), "mums" (a pronoun), "vairākus gadus".
PLURAL_LEMMA_ENDINGS = (("i", ("s", "š")), ("as", ("a",)), ("es", ("e",)))


def _nominative_type(word: str) -> str | None:
    kind = lemma(word, "NOUN")
    for ending, lemma_endings in PLURAL_LEMMA_ENDINGS:
        if word.endswith(ending) and kind != word:
            return kind if kind.endswith(lemma_endings) and stem(kind) == stem(word) else None
    if kind == word:
        return word
    if word.endswith(("a", "us", "i")) or is_listed(word):
        return None  # "gada", "gadus", "lieliska", "mums": a genitive, an accusative, an adjective, a pronoun
    return word  # a form the table guesses wrong ("sadancošana" → "sadancis"): its own


def _type(word: str, nominative: bool) -> str | None:
    """The noun's lemma; an accusative of an uncertain nominative gives no type."""
    if nominative:
        if word.endswith("i") and lemma(word, "NOUN") == word:
            return None  # an adverb ("neparasti", "tradicionāli"): no plural has itself for its lemma
        return _nominative_type(word)
    kind = lemma(word, "NOUN")
    return kind if is_listed(word) or word.endswith(CERTAIN_ACCUSATIVE) else None


def _another_role(text: str, m: re.Match, role: str, group: int, stops) -> bool:
    """The word stands in another role than the verb's subject or the invitation's object: a name (a
    capital inside the sentence), a preposition's noun ("pie balkoniņa notika", "notiek uz
    apliecības"), a word after the head or a count ("notiks remonts …", "notiks tikai daži …"), a
    genitive of a place or a title ("notiks skolas zālē", "grāmatas “…”"), what a place is for
    ("zāle, kurā notiks treniņi"), or a plan's part ("Projekta aktivitātes norisināsies …"). `role` is the pattern's (ROLES): only the noun after the verb is
    closed by a locative."""
    not_nouns, _, not_occurrences, prepositions = stops
    word, start, end = m.group(group), m.start(group), m.end(group)
    low = word.lower()
    if word[0].isupper() and not _sentence_initial(text, start):
        return True
    if role == "before":
        return bool(_preposition_before().search(text, max(0, start - 10), start)
                    or _plan_before().search(text, max(0, start - 20), start))
    if any(w.lower() in not_nouns or w.lower() in not_occurrences or w.lower() in prepositions
           or w.lower() in _plan_owners()
           or (role == "invited" and w[0].isupper()) for w in m.group(1).split()):
        return True
    if low.endswith(("as", "es")) and (not PLURAL_CLOSE.match(text, end) or role == "after" and m.group("locative")):
        return True
    return role == "after" and bool(PLACE_RELATIVE.search(text, max(0, m.start() - 12), m.start()))


@lru_cache(maxsize=1)
def _plan_owners() -> frozenset[str]:
    return frozenset(vocabulary()["happening_subject"]["plan_owners"])


@lru_cache(maxsize=1)
def _plan_before() -> re.Pattern:
    """A plan's genitive right before the noun ("Projekta aktivitātes …"): the plan's parts, no occurrence."""
    return re.compile(rf"(?<!\w)(?:{literals(sorted(_plan_owners()))})\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _preposition_before() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{literals(vocabulary()['happening_subject']['prepositions'])})\s+$", re.IGNORECASE)


def happening_subjects(text: str, taken_spans: list[tuple[int, int]],
                       vocabulary_stems: frozenset[str]) -> list[tuple[str, int, int]]:
    """(type, start, end) of each noun said to take place or invited to, not inside `taken_spans`,
    not a vocabulary noun (found and judged by the vocabulary's own rules), no venue word, in no
    other role (`_another_role`) and on none of the stop lists."""
    taken = Intervals()
    for start, end in taken_spans:
        taken.add(start, end)
    stops = _stop()
    not_nouns, not_noun_stems, not_occurrences, _ = stops
    venues = venue_stems()
    found = []
    for (role, group, nominative), pattern in zip(ROLES, _patterns()):
        case = NOMINATIVE if nominative else ACCUSATIVE
        for m in gated_finditer(pattern, text):
            start, end = m.start(group), m.end(group)
            low = m.group(group).lower()
            if low in not_nouns or not case.search(low) or (nominative and NOT_NOUN_FORM.search(low)) \
                    or taken.overlaps(start, end) or _another_role(text, m, role, group, stops):
                continue
            kind, key = _type(low, nominative), stem(low)
            if kind is None or kind in not_occurrences or low in not_occurrences or key in not_noun_stems \
                    or key in vocabulary_stems or key in venues or stem(kind) in vocabulary_stems:
                continue
            taken.add(start, end)
            found.append((kind, start, end))
    return sorted(found, key=lambda f: f[1])
