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

from dataclasses import dataclass

from . import lemmas
# The readings and the e-mail evidence live in their own modules; their public names are this
# module's too, as callers have always imported them.
from .name_emails import email_matches, email_parts, email_reading, fold, spelled_by, surname_from_email
from .name_readings import (ACC, DAT, GEN, LOC, NOM, PALATALISED, Reading, given_name_readings, is_given_name,
                            is_known_surname, readings, surname_nominative)

__all__ = ["ACC", "DAT", "GEN", "LOC", "NOM", "PALATALISED", "Reading", "RestoredName", "email_matches", "email_parts",
           "fold", "given_name_readings", "is_given_name", "is_initial", "is_known_surname", "nominative", "readings",
           "spelled_by", "surname_nominative"]


@dataclass(frozen=True)
class RestoredName:
    name: str
    gender: str | None
    rule: str


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


# A given name cut after its opening consonant and r or l ("Br." Broņislava, "Kr." Kristīne), as
# extractors/contacts/name_shapes.py INITIALS_NAME reads it; not "Dr.", "Sv.", "St." (title, saint, street).
ABBREVIATED_GIVEN = ("Br", "Bl", "Cr", "Cl", "Fr", "Fl", "Gr", "Gl", "Kr", "Kl", "Pr", "Pl", "Tr", "Tl", "Vr", "Vl", "Ch")


def is_initial(word: str) -> bool:
    """"J.", the digraph initials "Dz.", "Dž." (Dzintra, Džems) and an abbreviated given name ("Br.")."""
    return (len(word) == 2 and word[0].isupper()
            or word[:2] in ("Dz", "Dž") + ABBREVIATED_GIVEN and len(word) == 3) and word[-1] == "."


def _with_initials(initials: list[str], surname: str, parts: set[str], gender_hint: str | None) -> RestoredName:
    """"J. Bērziņam" → "J. Bērziņš": only the surname's own evidence can decide."""
    first = surname.split("-")[0]
    options = readings(first)
    chosen, rule = None, "as_written"
    hit = email_reading(first, parts) if parts else None
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


def _nominative_in_a(head: str, surname: str | None, known: list[Reading]) -> list[Reading]:
    """A woman's nominative for a given name in a bare -a that the list knows only as a man's
    genitive in -s (Jaroslava beside Jaroslavs: women's names pair so with men's), when the
    surname can be a woman's nominative too. "Jāņa" (Jānis) has no such pair."""
    low = head.lower()
    if not low.endswith("a") or (surname and not surname.lower().endswith(("a", "e"))):
        return []
    if not any(r.nominative.lower() == low[:-1] + "s" for r in known):
        return []
    return [r for r in readings(head) if r.case == NOM and r.gender == "f"]


def nominative(words: list[str], emails: list[str] | tuple[str, ...] = (), gender_hint: str | None = None,
               not_genitive: bool = False) -> RestoredName:
    """Restore a name given as words (given name(s) first, surname last) to the nominative.

    `not_genitive`: the context leaves no noun for a genitive to belong to (the name closes its
    sentence after a phone, no preposition before it), so a genitive reading is set aside."""
    words = [w for w in words if w]
    if not words:
        return RestoredName("", None, "as_written")
    given, surname = words[:-1] or words, words[-1] if len(words) > 1 else None
    head = given[0]
    parts = email_parts(emails)
    if surname and all(is_initial(w) for w in given):
        return _with_initials(given, surname, parts, gender_hint)

    chosen: Reading | None = None
    rule = "as_written"
    if parts:
        hit = email_reading(head, parts)
        if hit is None and surname:
            # The surname alone in the address still fixes gender and case (putnina.sanita@).
            s_hit = email_reading(surname.split("-")[0], parts)
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
        if not_genitive and known and all(r.case == GEN for r in known):
            known = _nominative_in_a(head, surname, known) or known
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
            restored.append(surname_from_email(surname, chosen, parts)
                            or surname_nominative(surname, chosen.gender, chosen.case))
    return RestoredName(" ".join(restored), chosen.gender, rule)
