"""Person names restored to the nominative: the table in examples/names.toml."""
from __future__ import annotations

import pytest
from example_tables import examples

from lvextract.latvian import names


@pytest.mark.parametrize("row", examples("names"))
def test_nominative(row, monkeypatch):
    if row.context.get("lemmatizer") is False:
        monkeypatch.setattr(names.lemmas, "lemma", lambda word: word.lower())
    restored = names.nominative(row.text.split(), row.context.get("emails", []),
                                gender_hint=row.context.get("gender_hint"),
                                not_genitive=row.context.get("not_genitive", False))
    assert restored.name == row.expect["name"]
    if "rule" in row.expect:
        assert restored.rule == row.expect["rule"]


@pytest.mark.parametrize("word", ["Romānu", "Sanitai", "Jāņa", "Kārlim", "Lieni", "Oļegu", "Žannai", "Ģirtam"])
def test_case_forms_of_given_names_are_known(word):
    assert names.is_given_name(word)


@pytest.mark.parametrize("word", ["Latvijas", "Tieslietu", "Ministrija", "Eiropas", "Kultūras", "Projektu"])
def test_other_capitalised_words_are_not_given_names(word):
    assert not names.is_given_name(word)


@pytest.mark.parametrize("words,email,expected", [
    (["Romānu", "Putānu"], "romans.putans@lu.lv", True),
    (["Sanitai", "Putniņai"], "putnina.sanita@gmail.com", True),
    (["Jānim", "Bērziņam"], "info@km.gov.lv", False),
])
def test_email_local_part_spells_the_name(words, email, expected):
    assert names.email_matches(words, email) is expected


def test_fold_drops_diacritics():
    assert names.fold("Putniņa Ķēniņš Šķēle Ōzols") == "putnina kenins skele ozols"


def test_lemmatizer_decides_when_the_given_name_is_unknown(monkeypatch):
    known = {"vestardu": "vestards"}
    monkeypatch.setattr(names.lemmas, "lemma", lambda word: known.get(word.lower(), word.lower()))
    restored = names.nominative(["Vestardu", "Ozolu"])
    assert (restored.name, restored.rule) == ("Vestards Ozols", "lemmatizer")


def test_surname_in_e_is_feminine_without_other_evidence(monkeypatch):
    monkeypatch.setattr(names.lemmas, "lemma", lambda word: word.lower())
    assert names.nominative(["Zelma", "Ābele"]).gender == "f"


@pytest.mark.parametrize("word,expected", [
    ("Bērziņa", True), ("Kalniņai", True), ("Liepas", True),  # listed surnames in any case form
    ("Smiltene", False), ("Gulbene", False), ("Jānis", False),  # places and given names are not
])
def test_known_surnames_in_any_case(word, expected):
    assert names.is_known_surname(word) is expected
