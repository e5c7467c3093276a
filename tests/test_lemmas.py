"""Stems and lemmas (issue 3): every case and number form of a vocabulary entry meets its base
form at one stem key; lemmas of inflected words, names and places."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table

from lvextract.latvian.lemmas import lemma, restore_case, stem

# declensions.toml: a base form and every form of it (expect.forms), or a base form and a
# different word that must keep a different stem (expect.other_stem).
ENTRIES = examples("declensions", where=lambda row: "forms" in row.expect)


@pytest.mark.parametrize("entry", ENTRIES)
def test_every_form_has_the_stem_of_its_base_form(entry):
    key = stem(entry.text)
    wrong = {form: stem(form) for form in entry.expect["forms"] if stem(form) != key}
    assert not wrong, f"stem({entry.text!r}) = {key!r}, but {wrong}"


@pytest.mark.parametrize("entry", ENTRIES)
def test_capitalised_forms_stem_alike(entry):
    assert {stem(f.capitalize()) for f in entry.expect["forms"]} == {stem(entry.text)}


@pytest.mark.parametrize("row", examples("declensions", where=lambda row: "other_stem" in row.expect))
def test_different_words_keep_different_stems(row):
    assert stem(row.text) != stem(row.expect["other_stem"])


def test_all_fourteen_forms_listed_for_nouns():
    nouns = [row for row in load_table("declensions") if row.context.get("part_of_speech") == "noun"]
    assert nouns and all(len(row.expect["forms"]) == 14 for row in nouns)


@pytest.mark.parametrize("row", examples("lemmas", where=lambda row: "upos" not in row.context))
def test_lemma(row):
    assert lemma(row.text) == row.expect


@pytest.mark.parametrize("row", examples("lemmas", where=lambda row: "upos" in row.context))
def test_lemma_with_part_of_speech_hint(row):
    assert lemma(row.text, row.context["upos"]) == row.expect


def test_restore_case():
    assert restore_case(lemma("Rīgā"), "Rīgā") == "Rīga"
    assert restore_case("nva", "NVA") == "NVA"
    assert restore_case(lemma("semināros"), "semināros") == "seminārs"


@pytest.mark.parametrize("word,verb,infinitive", [
    ("dāvināt", True, True), ("pieteikties", True, True), ("brauca", True, False), ("dāvinot", True, False),
    ("mazliet", False, False), ("pat", False, False), ("bet", False, False), ("pirmkārt", False, False),
    ("manuprāt", False, False), ("divdesmit", False, False), ("vismaz", False, False),
    ("izkārt", True, True), ("pakārt", True, True), ("savukārt", False, False), ("galvenokārt", False, False),
    ("vairākkārt", False, False), ("visapkārt", False, False), ("turklāt", False, False), ("rīt", False, False),
    ("šorīt", False, False), ("šeit", False, False)])
def test_verb_forms_by_lemma(word, verb, infinitive):
    """latvian/verb_forms.py: a verb's form by its infinitive lemma; the adverbs ending so are none."""
    from lvextract.latvian.verb_forms import is_infinitive, is_verb_form
    assert (is_verb_form(word), is_infinitive(word)) == (verb, infinitive)
