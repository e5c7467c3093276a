"""Restore Latvian person names to the nominative: "Romānu Putānu" → "Romāns Putāns".

Latvian declension is regular enough for rules: a case ending of a given name or
surname admits a handful of nominatives (accusative "-u" is masculine "-s/-š" or
feminine "-a"; genitive "-a" is a masculine genitive or a feminine nominative …).
Which one it is, and so the gender and the case of the whole name, is decided by
evidence, strongest first:

1. `email`        – the e-mail local part spells the nominative (romans.putans@ → Romāns Putāns);
2. `given_names`  – one reading of the given name is a known given name (data/given_names.json);
3. `agreement`    – a gender given by the caller (e.g. the role noun before the name);
4. `lemmatizer`   – `lemmas.lemma` of the given name is one of the readings;
5. `ending`       – an ending that only one gender has ("-ai", "-am" …);
6. `as_written`   – nothing decides: the name stays as written.

The surname then takes the gender and case of the given name. The rule that decided is
returned so that a record can say why (`Contact.name_rule`).
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import lemmas

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


@dataclass(frozen=True)
class RestoredName:
    name: str
    gender: str | None
    rule: str


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


def fold(text: str) -> str:
    """ASCII-fold for comparing with e-mail local parts: "Putniņa" → "putnina"."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
        add(_masc_first(low[:-1]), "m", GEN)
        for nominative in _masc_second_from_genitive(low[:-1]):
            add(nominative, "m", GEN)
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
    # Stems that end in č, ž, ļ, dž or a ņ not in "-iņ" come from -is nouns (Lāča → Lācis, Kalniņa → Kalniņš).
    if stem.endswith(("č", "ž", "ļ", "dž")) or (stem.endswith("ņ") and not stem.endswith("iņ")):
        second = [r for r in fitting if r.nominative.lower().endswith("is")]
        if second:
            return second[0].nominative
    return fitting[0].nominative


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


def _case_fits(reading: Reading, surname: str) -> bool:
    """Whether the surname has a reading in the same gender and case."""
    if "-" in surname:
        surname = surname.split("-")[0]
    options = [r for r in readings(surname) if r.case == reading.case]
    # The indeclinable reading (gender None) counts only for a surname with no declined reading in
    # this case: "Šķēles" is a masculine nominative or a genitive, never a woman's nominative.
    if any(r.gender for r in options):
        options = [r for r in options if r.gender]
    return any(r.gender in (reading.gender, None) for r in options)


def _pick(candidates: list[Reading], surname: str | None) -> Reading | None:
    if not candidates:
        return None
    if surname:
        fitting = [r for r in candidates if _case_fits(r, surname)]
        if fitting:
            candidates = fitting
    return candidates[0]


def _email_reading(word: str, email_parts: set[str]) -> Reading | None:
    for r in readings(word):
        if fold(r.nominative) in email_parts:
            return r
    # Run-together addresses: marekszarins@, jberzins@ (a nominative of 4+ letters at either end).
    for r in readings(word):
        folded = fold(r.nominative)
        if len(folded) >= 4 and any(len(p) > len(folded) and (p.startswith(folded) or p.endswith(folded))
                                    for p in email_parts):
            return r
    return None


def _email_parts(emails: list[str] | tuple[str, ...]) -> set[str]:
    parts: set[str] = set()
    for email in emails:
        local = email.split("@")[0].lower()
        for sep in "._-+":
            local = local.replace(sep, " ")
        parts.update(p for p in local.split() if len(p) > 1)
    return parts


def email_matches(words: list[str], email: str) -> bool:
    """Whether an e-mail's local part spells one of these name words (any case form)."""
    return spelled_by(words, _email_parts([email]))


def email_parts(emails: list[str] | tuple[str, ...]) -> set[str]:
    """The words of the local parts of these e-mails, for `spelled_by`."""
    return _email_parts(emails)


def spelled_by(words: list[str], parts: set[str]) -> bool:
    """Whether the e-mail local-part words `parts` spell one of these name words (any case form)."""
    return bool(parts) and any(_email_reading(w, parts) for w in words if len(w) > 2)


def _surname_from_email(surname: str, chosen: Reading, parts: set[str]) -> str | None:
    if not parts:
        return None
    pieces = []
    for piece in surname.split("-"):
        hit = next((r for r in readings(piece) if r.case == chosen.case and r.gender in (chosen.gender, None)
                    and fold(r.nominative) in parts), None)
        if hit is None:
            return None
        pieces.append(hit.nominative)
    return "-".join(pieces)


def _ending_gender(words: list[str]) -> str | None:
    if words[-1].lower().endswith("e"):
        return "f"  # a surname in -e is feminine (the masculine Šķēle is rare)
    for w in reversed(words):
        low = w.lower()
        if low.endswith(("ai", "ei", "as", "es")):
            return "f"
        if low.endswith(("am", "im", "s", "š")):
            return "m"
    return None


def is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _with_initials(initials: list[str], surname: str, parts: set[str], gender_hint: str | None) -> RestoredName:
    """"J. Bērziņam" → "J. Bērziņš": only the surname's own evidence can decide."""
    first = surname.split("-")[0]
    options = readings(first)
    chosen, rule = None, "as_written"
    hit = _email_reading(first, parts) if parts else None
    if hit and hit.gender:
        chosen, rule = hit, "email"
    if chosen is None and gender_hint:
        chosen = next((r for r in options if r.gender == gender_hint), None)
        rule = "agreement" if chosen else rule
    if chosen is None:
        lemma = lemmas.lemma(first)
        hit = next((r for r in options if r.gender and r.nominative.lower() == lemma != first.lower()), None)
        if hit:
            chosen, rule = hit, "lemmatizer"
    if chosen is None:
        gender = _ending_gender([surname])
        hit = next((r for r in options if gender and r.gender == gender), None)
        if hit:
            chosen, rule = hit, "ending"
    if chosen is None:
        return RestoredName(" ".join(initials + [surname]), None, "as_written")
    restored = surname_nominative(surname, chosen.gender, chosen.case)
    return RestoredName(" ".join(initials + [restored]), chosen.gender, rule)


def nominative(words: list[str], emails: list[str] | tuple[str, ...] = (), gender_hint: str | None = None) -> RestoredName:
    """Restore a name given as words (given name(s) first, surname last) to the nominative."""
    words = [w for w in words if w]
    if not words:
        return RestoredName("", None, "as_written")
    given, surname = words[:-1] or words, words[-1] if len(words) > 1 else None
    head = given[0]
    parts = _email_parts(emails)
    if surname and all(is_initial(w) for w in given):
        return _with_initials(given, surname, parts, gender_hint)

    chosen: Reading | None = None
    rule = "as_written"
    if parts:
        hit = _email_reading(head, parts)
        if hit is None and surname:
            # The surname alone in the address still fixes gender and case (putnina.sanita@).
            s_hit = _email_reading(surname.split("-")[0], parts)
            # An address that spells the surname in the other gender than the known given name
            # is a relative's ("Gundega Širova", andrissirovs@): it decides nothing.
            known_genders = {r.gender for r in given_name_readings(head)}
            if s_hit and known_genders and s_hit.gender not in known_genders:
                s_hit = None
            if s_hit:
                hit = _pick([r for r in readings(head) if r.case == s_hit.case and r.gender in (s_hit.gender, None)], None)
        if hit:
            chosen, rule = hit, "email"
    if chosen is None:
        known = given_name_readings(head)
        if gender_hint:
            known = [r for r in known if r.gender == gender_hint] or known
        chosen = _pick(known, surname)
        if chosen:
            rule = "given_names"
    if chosen is None and gender_hint:
        chosen = _pick([r for r in readings(head) if r.gender == gender_hint], surname)
        rule = "agreement" if chosen else rule
    if chosen is None:
        lemma = lemmas.lemma(head)
        for r in readings(head):
            if r.nominative.lower() == lemma and lemma != head.lower():
                chosen, rule = r, "lemmatizer"
                break
    if chosen is None and _ending_gender(words):
        chosen = _pick([r for r in readings(head) if r.gender == _ending_gender(words)], surname)
        rule = "ending" if chosen else rule
    if chosen is None:
        return RestoredName(" ".join(words), None, "as_written")

    restored = [chosen.nominative]
    for extra in given[1:]:  # a second given name shares the case
        fitting = [r for r in given_name_readings(extra) if r.case == chosen.case] or \
                  [r for r in readings(extra) if r.case == chosen.case and r.gender in (chosen.gender, None)]
        restored.append(fitting[0].nominative if fitting else extra)
    if surname:
        if chosen.gender is None:
            restored.append(surname)
        else:
            restored.append(_surname_from_email(surname, chosen, parts)
                            or surname_nominative(surname, chosen.gender, chosen.case))
    return RestoredName(" ".join(restored), chosen.gender, rule)
