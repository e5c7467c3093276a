"""The readings of one Latvian name word: each (nominative, gender, case) its ending admits ("Jāņa" →
Jānis, genitive; "Liepu" → Liepa, Liepu's accusative …), and the given names and surnames known
(data/given_names.json). names.py picks among them by evidence."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


# Case labels used below.
NOM, GEN, DAT, ACC, LOC = "nom", "gen", "dat", "acc", "loc"

# 2nd-declension (-is) stems palatalise before the genitive "-a": undo it (longest first).
PALATALISED = (("šņ", "sn"), ("žņ", "zn"), ("ļņ", "ln"), ("šļ", "sl"), ("žļ", "zl"), ("dž", "dz"),
               ("ļ", "l"), ("ņ", "n"), ("č", "c"), ("š", "s"), ("š", "t"), ("ž", "z"), ("ž", "d"),
               ("pj", "p"), ("bj", "b"), ("mj", "m"), ("vj", "v"))


@dataclass(frozen=True)
class Reading:
    """One way to read a word form: its nominative, gender and case."""
    nominative: str
    gender: str | None  # "m", "f" or None for an indeclinable form
    case: str


@lru_cache(maxsize=1)
def _name_data() -> dict:
    path = resources.files("lvextract.latvian").joinpath("data/given_names.json")
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, tuple[str, str]]:
    return {name.lower(): (name, gender) for name, gender in _name_data()["given_names"].items()}


@lru_cache(maxsize=1)
def _surnames() -> dict[str, tuple[str, str]]:
    return {name.lower(): (name, gender) for name, gender in _name_data()["surnames"].items()}


def _with_case(word: str, nominative: str) -> str:
    # Keep the written capitalisation of the first letter ("ROMĀNU" stays upper).
    if word.isupper() and len(word) > 1:
        return nominative.upper()
    return nominative[:1].upper() + nominative[1:]


def _masc_first(stem: str) -> str:
    # Diminutive "-iņš" and other ņ-stems take "-š" (Bērziņš, Mārtiņš); the rest "-s".
    return stem + ("š" if stem.endswith("ņ") else "s")


def _masc_second_from_genitive(stem: str) -> list[str]:
    """Nominatives in -is of a genitive stem in -a ("Jāņa" → "Jānis"); several when ambiguous."""
    out = []
    for old, new in PALATALISED:
        if stem.endswith(old):
            out.append(stem[: -len(old)] + new + "is")
    out.append(stem + "is")  # Atis → Ata, Uldis → Ulda: no alternation
    return out


# Stem ends that only a palatalised -is noun's genitive has: no nominative ends in -ļs, -čs, -žs, -ķs,
# -ģs or a consonant and -js ("Druvja" → Druvis, not "Druvjs"; "Kārļa" → Kārlis). Not -ņ (Kalniņš)
# nor -š (Mikšs), which are nominatives' own.
_PALATALISED_ONLY = re.compile(r"(?:[ļčžķģ]|[bcdfghkļmnpstvz]j)$")


def _palatalised_only(stem: str) -> bool:
    return _PALATALISED_ONLY.search(stem) is not None


def readings(word: str) -> list[Reading]:
    """Every (nominative, gender, case) reading of one name word, most usual first."""
    return list(_readings(word))


@lru_cache(maxsize=50_000)
def _readings(word: str) -> tuple[Reading, ...]:
    w = word
    low = w.lower()
    out: list[Reading] = []

    def add(nominative: str, gender: str | None, case: str) -> None:
        r = Reading(_with_case(w, nominative.lower()) if nominative else w, gender, case)
        if r not in out:
            out.append(r)

    if len(low) < 3 or not low[-1].isalpha():
        return (Reading(w, None, NOM),)
    if low.endswith("am"):
        add(_masc_first(low[:-2]), "m", DAT)
        add(low[:-2] + "a", "m", DAT)  # masculine surnames in -a (Liepa), chosen only from the surname list
    elif low.endswith("im"):
        add(low[:-2] + "is", "m", DAT)
    elif low.endswith("em"):
        add(low[:-2] + "e", "m", DAT)  # masculine 5th declension surnames (Šķēle)
    elif low.endswith("ai"):
        add(low[:-2] + "a", "f", DAT)
    elif low.endswith("ei"):
        add(low[:-2] + "e", "f", DAT)
    elif low.endswith("as"):
        add(low[:-2] + "a", "f", GEN)
        add(low[:-2] + "a", "m", GEN)  # masculine surnames in -a (Liepas)
        add(low, "m", NOM)  # foreign masculine names (Lukas)
    elif low.endswith("es"):
        add(low[:-2] + "e", "f", GEN)
        add(low[:-2] + "e", "m", GEN)  # masculine 5th declension surnames (Šķēles)
        add(low, "m", NOM)
    elif low.endswith(("is", "us", "s", "š")):
        add(low, "m", NOM)
    elif low.endswith("u"):
        add(_masc_first(low[:-1]), "m", ACC)
        add(low[:-1] + "a", "f", ACC)
        add(low[:-1] + "us", "m", ACC)  # 3rd declension (rare)
        add(low[:-1] + "a", "m", ACC)  # masculine surnames in -a (Liepu)
    elif low.endswith("i"):
        add(low[:-1] + "is", "m", ACC)
        add(low[:-1] + "e", "f", ACC)
        add(low[:-1] + "e", "m", ACC)  # masculine surnames in -e (Šķēli)
    elif low.endswith("a"):
        add(low, "f", NOM)
        # a stem only an -is noun has ("Druvja") reads -is first, any other the first declension first
        palatalised = _palatalised_only(low[:-1])
        if not palatalised:
            add(_masc_first(low[:-1]), "m", GEN)
        for nominative in _masc_second_from_genitive(low[:-1]):
            add(nominative, "m", GEN)
        if palatalised:
            add(_masc_first(low[:-1]), "m", GEN)
    elif low.endswith("e"):
        add(low, "f", NOM)
    elif low.endswith("ā"):
        add(low[:-1] + "a", "f", LOC)
        add(_masc_first(low[:-1]), "m", LOC)
    elif low.endswith("ē"):
        add(low[:-1] + "e", "f", LOC)
    elif low.endswith("ī"):
        add(low[:-1] + "is", "m", LOC)
    # Always possible: the form is the nominative of an indeclinable or foreign name (Ivo, Hugo).
    add(low, None, NOM)
    return tuple(out)


def surname_nominative(word: str, gender: str | None, case: str) -> str:
    """The nominative of a surname (or each part of a double surname) in a known gender and case."""
    if "-" in word:
        return "-".join(surname_nominative(part, gender, case) for part in word.split("-"))
    options = readings(word)
    fitting = [r for r in options if r.case == case and r.gender == gender]
    if not fitting and case == NOM and word.lower().endswith(("am", "im", "em", "ai", "ei", "u", "i")):
        # An indeclinable given name (Ivo) says nothing of the case: an oblique surname ending does.
        fitting = [r for r in options if r.gender == gender]
    if not fitting:
        return word
    known = _surnames()
    for r in fitting:
        hit = known.get(r.nominative.lower())
        if hit and hit[1] == gender:
            return r.nominative
    if gender == "m" and case == GEN:
        return _masculine_genitive_surname(word, fitting)
    return fitting[0].nominative


def _masculine_genitive_surname(word: str, fitting: list[Reading]) -> str:
    stem = word[:-1].lower()
    # Stems that end in č, ž, ļ, dž, ķ, ģ or a ņ not in "-iņ" come from -is nouns (Lāča → Lācis,
    # Zaķa → Zaķis, Sproģa → Sproģis, Kalniņa → Kalniņš).
    if stem.endswith(("č", "ž", "ļ", "dž", "ķ", "ģ")) or (stem.endswith("ņ") and not stem.endswith("iņ")):
        second = [r for r in fitting if r.nominative.lower().endswith("is")]
        if second:
            return second[0].nominative
    # The surname suffixes -ītis and -ietis (Rudzītis, Kalnietis) palatalise t to š in the genitive
    # (Rudzīša, Kalnieša); -īšs and -iešs are no Latvian endings, so there the š is a t.
    if stem.endswith(_TIS_SUFFIX_GENITIVES):
        suffixed = [r for r in fitting if r.nominative.lower().endswith("tis")]
        if suffixed:
            return suffixed[0].nominative
    # Elsewhere a š is kept as the word's own (Januša → Janušs, Mikša → Mikšs): -šs after a vowel is as
    # live a class as a palatalised -sis, and the genitive alone cannot tell them apart.
    return fitting[0].nominative


# The genitive stems of the surname suffixes -ītis and -ietis.
_TIS_SUFFIX_GENITIVES = ("īš", "ieš")


def given_name_readings(word: str) -> list[Reading]:
    """Readings of `word` whose nominative is a known given name."""
    known = _given_names()
    out = []
    for r in readings(word):
        if r.case == LOC:  # a name in the locative is rare; "Maijā" is a month
            continue
        hit = known.get(r.nominative.lower())
        if hit and (r.gender is None or r.gender == hit[1]):
            out.append(Reading(_with_case(word, hit[0].lower()), hit[1], r.case))
    return out


def is_known_surname(word: str) -> bool:
    """The word is a listed surname in any case form (data/given_names.json "surnames")."""
    known = _surnames()
    return any(r.nominative.lower() in known for r in readings(word) if r.case != LOC)


def is_given_name(word: str) -> bool:
    """The word is a known given name in any case form (data/given_names.json)."""
    return bool(given_name_readings(word))
