"""Those a wish is for are not served by it: "Novēlam mūsu senioriem veselību!", "Direktore vēlēja
skolēniem veiksmīgu mācību gadu", "Lai bērniem prieks un saulaini svētki!" — the closing good wishes
of a report. A dative group right after a verb of wishing (target_groups.toml [wishes] `verbs`,
whole lower-case words), past a few words that only qualify it (`between`: "visiem", "mūsu";
definite adjectives: "mīļajiem") and the groups listed before it; or in a sentence that is a wish
of its own: one that opens with "Lai" and closes with "!"; or right before the verb, the dative said
first: "Ikvienai ģimenei vēlam priecīgus svētkus!". Not a wish to do something for them:
"Vēlamies piedāvāt senioriem kursus" (an infinitive between keeps them served). Also the providers
a greeting is addressed to, a dative after a noun of greeting ([wishes] `greeting_nouns`, `greeted_ids`):
"apsveikumi kursu audzinātājiem" thanks the staff (not "apsveikumus pansionāta senioriem": a kindness to
the elderly, served). The walk back is bounded (REACH words); each sentence is read once
(sentence_reading.sentence_answer)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from ...latvian.verb_forms import INFINITIVE_ENDINGS
from .forms import form
from .list_walks import DEFINITE_DATIVES, word_before_list
from .mentions import Found
from .reader import Reader

REACH = 4  # words back from the group to the verb of wishing
GENITIVE_ENDINGS = ("u", "as", "es", "a")  # a genitive qualifier between a greeting and its addressee


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    c = load("target_groups")["wishes"]
    return frozenset(c["verbs"]), frozenset(c["between"])


@lru_cache(maxsize=1)
def _greetings() -> tuple[tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["wishes"]
    return tuple(c["greeting_nouns"]), frozenset(c["greeted_ids"])


def _greeting_to_provider(reader: Reader, f: Found, between: frozenset[str]) -> bool:
    """"apsveikumi kursu audzinātājiem": a provider's dative after a noun of greeting, past the words
    that qualify it (a genitive: "kursu", "skolas") and the groups listed before it."""
    nouns, ids = _greetings()
    if f.id not in ids:
        return False
    # (a genitive by its ending only: "kursu", "skolas", "centra" — not "pasākums", nor the noun itself)
    governor = word_before_list(reader, f, REACH, lambda i: not reader.word(i).startswith(nouns) and (
        reader.word(i) in between or reader.word(i).endswith(DEFINITE_DATIVES + GENITIVE_ENDINGS)))
    return governor is not None and reader.word(governor).startswith(nouns)


@lru_cache(maxsize=1)
def _going_on() -> tuple[str, ...]:
    return tuple(load("target_groups")["wishes"]["going_on"])


def wished_to(reader: Reader, f: Found) -> bool:
    """Whether dative group mention `f` is who a wish is for."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    verbs, between = _words()
    governor = word_before_list(reader, f, REACH, lambda i: reader.word(i) in between or reader.word(i).endswith(DEFINITE_DATIVES))
    if governor is not None and reader.word(governor) in verbs:
        return True
    if _greeting_to_provider(reader, f, between):
        return True
    if _verb_after(reader, f, verbs):
        return True
    index = reader.doc.sentence_index(f.mention.start)
    return index is not None and reader.sentence_answer("wish", index, _a_wish)


def _verb_after(reader: Reader, f: Found, verbs: frozenset[str]) -> bool:
    """"Ikvienai ģimenei vēlam …": the verb of wishing right after the dative, and no infinitive
    after the verb ("senioriem vēlam piedāvāt kursus" is a wish to serve them), nor an invitation or
    offer later in the sentence ("… un aicinām pieteikties kursiem")."""
    verb = reader.word_at_or_after(f.mention.token_end)
    if verb is None or reader.word(verb) not in verbs:
        return False
    after = reader.word_at_or_after(verb + 1)
    if after is not None and reader.word(after).endswith(INFINITIVE_ENDINGS):
        return False
    index = reader.doc.sentence_index(f.mention.start)
    if index is None:
        return True
    rest = reader.doc.text[reader.sdoc[verb].idx:reader.doc.sentences[index].end].lower().split()
    going_on = _going_on()
    return not any(w.startswith(going_on) for w in rest)


@lru_cache(maxsize=1)
def _opening() -> str:
    return load("target_groups")["wishes"]["opening"] + " "


def _a_wish(sentence: str) -> bool:
    """"Lai jauniešiem veicas!": a sentence that opens with "Lai" and closes with "!"."""
    text, opening = sentence.strip(), _opening()
    return text[:len(opening)].lower() == opening and text.endswith("!")
