"""Stems and lemmas (issue 3): every case and number form of a vocabulary entry meets its base
form at one stem key; lemmas of inflected words, names and places."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from lvextract.lemmas import lemma, restore_case, stem

EXAMPLES = Path(__file__).parent / "examples"
DECLENSIONS = tomllib.loads((EXAMPLES / "declensions.toml").read_text(encoding="utf-8"))
LEMMA_TABLE = tomllib.loads((EXAMPLES / "lemmas.toml").read_text(encoding="utf-8"))
LEMMA_ROWS, HINTED_ROWS = LEMMA_TABLE["rows"], LEMMA_TABLE["hinted"]
ENTRIES = DECLENSIONS["noun"] + DECLENSIONS["adjective"]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["lemma"] for e in ENTRIES])
def test_every_form_has_the_stem_of_its_base_form(entry):
    key = stem(entry["lemma"])
    wrong = {form: stem(form) for form in entry["forms"] if stem(form) != key}
    assert not wrong, f"stem({entry['lemma']!r}) = {key!r}, but {wrong}"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["lemma"] for e in ENTRIES])
def test_capitalised_forms_stem_alike(entry):
    assert {stem(f.capitalize()) for f in entry["forms"]} == {stem(entry["lemma"])}


@pytest.mark.parametrize("first,second", DECLENSIONS["distinct"], ids=["-".join(p) for p in DECLENSIONS["distinct"]])
def test_different_words_keep_different_stems(first, second):
    assert stem(first) != stem(second)


def test_all_fourteen_forms_listed_for_nouns():
    assert all(len(entry["forms"]) == 14 for entry in DECLENSIONS["noun"])


@pytest.mark.parametrize("word,expected", LEMMA_ROWS, ids=[w for w, _ in LEMMA_ROWS])
def test_lemma(word, expected):
    assert lemma(word) == expected


@pytest.mark.parametrize("word,upos,expected", HINTED_ROWS, ids=[f"{w}/{u}" for w, u, _ in HINTED_ROWS])
def test_lemma_with_part_of_speech_hint(word, upos, expected):
    assert lemma(word, upos) == expected


def test_restore_case():
    assert restore_case(lemma("Rīgā"), "Rīgā") == "Rīga"
    assert restore_case("nva", "NVA") == "NVA"
    assert restore_case(lemma("semināros"), "semināros") == "seminārs"
