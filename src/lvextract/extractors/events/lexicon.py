"""The events vocabulary (extractors/data/events.toml) and the patterns built from it that
several parts of the extractor share: the word-start regexes, the event nouns' stems and any word
list's, the generic types. Each is built once per process."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import datafiles
from ...latvian.lemmas import stem
from ...latvian.orthography import DASH
from ...word_regex import alternation, filled, regex_alternation


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """events.toml, with the named nights ([feasts] nights, listed once) made into what each of them
    also is: an event noun of its own type ([nouns]), a feast ([feasts] types) and the name over the
    generic word ([feasts] over_generic); and the forms of taking part ([taking_part], listed once)
    into the lists that read them ([begins] joined, [activity_nouns] ceremony_taking_part, [took_part] verbs)."""
    data = dict(datafiles.vocabulary("events"))
    feasts = dict(data["feasts"])
    nights = list(feasts["nights"])
    data["nouns"] = {**data["nouns"], **{night: night for night in nights}}
    feasts["types"] = [*feasts["types"], *nights]
    feasts["over_generic"] = nights
    data["feasts"] = feasts
    taking_part = list(data["taking_part"]["forms"])
    data["begins"] = {**data["begins"], "joined": [*taking_part, *data["begins"]["joined"]]}
    data["activity_nouns"] = {**data["activity_nouns"], "ceremony_taking_part": taking_part}
    data["took_part"] = {**data["took_part"], "verbs": [*taking_part, *data["took_part"]["verbs"]]}
    return data


@lru_cache(maxsize=1)
def word_start_patterns() -> dict[str, re.Pattern]:
    """The regexes built from events.toml's [word_starts]."""
    words = vocabulary()["word_starts"]

    def any_of(key: str) -> str:
        return literals(words[key])

    weekdays = any_of("weekdays")
    punctuation = r"[\s*#_,.:–—-]*"
    ordinals = literals(vocabulary()["rounds"]["ordinals"])
    ordinal_day = rf"(?:{ordinals})\w*\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{any_of('heading_day_names')})\w*"
    return {
        "recurring": re.compile(rf"(?<!\w)(?:katru|ik)\s+(?:{weekdays}|{any_of('recurring_units')})\w*\s+(?:no\s+)?$",
                                re.IGNORECASE),
        "long_event": re.compile(rf"(?<!\w)(?:{any_of('long_events')})\w*", re.IGNORECASE),
        "money_before": re.compile(rf"(?:{any_of('money')}|(?:{any_of('money_starts')})\w*)[\s*_]*$", re.IGNORECASE),
        "measures_before": re.compile(rf"(?<!\w)(?:{any_of('measure_starts')})\w*[\s*_]*$", re.IGNORECASE),
        "time_preposition": re.compile(rf"(?<!\w)(?:{any_of('time_prepositions')})\s+$", re.IGNORECASE),
        # "lai organizētu pārgājienu", "lai sarīkotu kopīgus svētkus": a purpose, one or two words between.
        "purpose": re.compile(rf"(?<!\w)lai\s+(?:{any_of('purpose_verbs')})tu\s+(?:[^\W\d_]+\s+){{0,2}}$",
                              re.IGNORECASE),
        "registration": re.compile(rf"(?<!\w)(?:{any_of('registration')})\w*\s+$", re.IGNORECASE),
        # What may stand beside the date on a poster's day heading: its weekday and emphasis.
        # A festival's day may be headed by its ordinal instead ("Otrā svētku diena – 5. jūlijs",
        # "Pirmā diena, 4. jūlijs"): the ordinal word starts are the rounds' own.
        "heading_rest": re.compile(rf"{punctuation}(?:(?:{weekdays}|{any_of('heading_days')})\w*|{ordinal_day})?"
                                   rf"{punctuation}", re.IGNORECASE),
        # "3. jūnijs, piektdiena – Jauniešu diena": a weekday, a dash and the day's own name.
        "heading_named_day": re.compile(rf"{punctuation}(?:{weekdays})\w*\s*{DASH}\s*(?:[^\W\d_]+\s+){{0,4}}"
                                        rf"(?:{any_of('heading_day_names')})\w*[\s*_]*", re.IGNORECASE),
        # "18. novembris – Latvijas Republikas proklamēšanas diena!": the day's own name with no
        # weekday; posters.py takes it as a heading only over lines led by their hour.
        "heading_bare_named_day": re.compile(rf"{punctuation}{DASH}\s*(?:[^\W\d_]+\s+){{0,4}}"
                                             rf"(?:{any_of('heading_day_names')})\w*[\s*_!]*", re.IGNORECASE),
    }


@lru_cache(maxsize=1)
def event_stems() -> frozenset[str]:
    return frozenset(stem(p.split()[-1]) for p, kind in vocabulary()["nouns"].items() if kind)


@lru_cache(maxsize=1)
def generic_types() -> frozenset[str]:
    return frozenset(vocabulary()["generic"]["types"])


@lru_cache(maxsize=1)
def plainest_types() -> frozenset[str]:
    """[generic] plainest: the generic words that say nothing of the occurrence's kind ("pasākums")."""
    return frozenset(vocabulary()["generic"]["plainest"])


@lru_cache(maxsize=None)
def stems(section: str, key: str) -> frozenset[str]:
    """The stems of an events.toml word list: a listed word then matches in any of its forms."""
    return frozenset(stem(w) for w in vocabulary()[section][key])


NON_SPACE = re.compile(r"\S")


def literals(words) -> str:
    """Words as a regex alternation of literals, in their listed order (grouped by first letter: _by_first)."""
    words = list(words)
    return _by_first([(w[:1], re.escape(w[1:])) for w in words], "|".join(map(re.escape, words)))


def _by_first(split: list[tuple[str, str]], flat: str) -> str:
    """The alternation `flat` (the words in their order) as branches by first character, each word's
    rest inside its branch in the same order ("s(?:eminārs|eminārā)|k(?:oncerts)"): a regex tries at
    each position the few branches, not every word, and the words that can match there keep their
    order, so the same word wins. The branches stay top-level alternatives, as `flat`'s words were,
    so a pattern that puts the words in a group reads the same. `flat` itself where no two words
    share a first character, a word is empty, or two first characters could match each other in a
    case-insensitive regex ("M", "m": the branches would not exclude each other)."""
    groups: dict[str, list[str]] = {}
    for first, rest in split:
        groups.setdefault(first, []).append(rest)
    firsts = list(groups)
    if "" in groups or len(groups) == len(split) \
            or any(re.fullmatch(re.escape(a), b, re.IGNORECASE) for i, a in enumerate(firsts) for b in firsts[i + 1:]):
        return flat
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


@lru_cache(maxsize=None)
def listed_pattern(section: str, template: str) -> re.Pattern:
    """`template` with {name} standing for the literals of events.toml [section]'s list `name`, any case."""
    return re.compile(filled(template, vocabulary()[section], literals), re.IGNORECASE)


def invitation_cues() -> re.Pattern:
    """A word of inviting ([invited] cues, "aicina", "gaidīsim") as a whole word: the cue invited.py
    and organised_generic.py both look for."""
    return listed_pattern("invited", r"(?<!\w)(?:{cues})(?!\w)")


def spaced_literals(words) -> str:
    """Words as a regex alternation of literals, a space of a phrase standing for any white space."""
    phrases = [r"\s+".join(map(re.escape, w.split())) for w in words]
    firsts = [w.split()[0][:1] if w.split() else "" for w in words]
    return _by_first([(first, phrase[len(re.escape(first)):]) for first, phrase in zip(firsts, phrases)], "|".join(phrases))


def whole_words(words, spaced: bool = False) -> re.Pattern:
    """Any of the words as a whole word, case-insensitive; `spaced`: a phrase's space stands for any white space."""
    return re.compile(rf"(?<!\w)(?:{(spaced_literals if spaced else literals)(words)})(?!\w)", re.IGNORECASE)


def verb_then_until(verbs) -> re.Pattern:
    """One of `verbs` (literals), at most three words, then "līdz" (or "līdz pat") closing the text
    before a later day: "turpināsies līdz", "būs apskatāma līdz pat" (continued, shown_until)."""
    return re.compile(rf"(?<!\w)(?:{literals(verbs)})\s+(?:[^\W\d_]+\s+){{0,3}}līdz\s+(?:pat\s+)?$", re.IGNORECASE)


def cue_alternation(cues) -> str:
    """events.toml cues that are regexes, as one alternation, each cue in its own group."""
    return regex_alternation(cues)


@lru_cache(maxsize=1)
def present_words() -> frozenset[str]:
    """The present of taking place ([status.present]: "tiek", "notiek"), built once for its readers."""
    return frozenset(vocabulary()["status"]["present"]["words"])


@lru_cache(maxsize=1)
def present_pattern() -> re.Pattern:
    """present_words as whole words, any case."""
    return whole_words(vocabulary()["status"]["present"]["words"])


@lru_cache(maxsize=1)
def contest_kinds() -> tuple[frozenset[str], tuple[str, ...]]:
    """A contest's kind words and the named contests ([contest_kind] words, named), built once for
    after_other and merging.join_contest_kinds."""
    data = vocabulary()["contest_kind"]
    return frozenset(data["words"]), tuple(data["named"])


@lru_cache(maxsize=None)
def is_contest_kind(kind: str) -> bool:
    """A contest's kind word or a named contest, a compound closed by a named one too
    ("velomaratons")."""
    words, named = contest_kinds()
    return kind in words or kind.endswith(named)


@lru_cache(maxsize=1)
def needs_time_types() -> frozenset[str]:
    """Nouns that also name a period around the occurrence ([needs_time]): an event only on one
    day with a clock time."""
    return frozenset(vocabulary()["needs_time"]["types"])


@lru_cache(maxsize=1)
def shared_stem_phrases() -> frozenset[str]:
    """Phrases of [nouns] whose words have the stems of another phrase of another type ("ģimenes
    diena" / "ģimeņu diena"): their leading genitives are matched as written, since a genitive
    modifier does not decline and the text's own genitive is the type (RECORD.md's "diena")."""
    kinds: dict[tuple[str, ...], set[str]] = {}
    for phrase, kind in vocabulary()["nouns"].items():
        kinds.setdefault(tuple(stem(w) for w in phrase.split()), set()).add(kind)
    return frozenset(p for p in vocabulary()["nouns"]
                     if " " in p and len(kinds[tuple(stem(w) for w in p.split())]) > 1)


@lru_cache(maxsize=1)
def happens_alternation() -> str:
    """The [happens] words (something takes place) as one alternation, longest first; the space of a
    two-word entry ("tiks svinēti") stands for any white space."""
    return alternation(vocabulary()["happens"]["words"])


@lru_cache(maxsize=1)
def begins_pattern() -> re.Pattern:
    """A verb of beginning ([begins] words) as a whole word."""
    return whole_words(vocabulary()["begins"]["words"])


@lru_cache(maxsize=2)
def happens_pattern(any_space: bool = True) -> re.Pattern:
    """The [happens] words as whole words, in any case: the one pattern every check of "something
    takes place here" uses. any_space=False keeps a two-word entry to one plain space, as the
    checks inside one clause (dating, handout, noun_choice) have always read it."""
    words = happens_alternation() if any_space else literals(vocabulary()["happens"]["words"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
