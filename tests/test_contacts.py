"""Contacts: the finders and the whole extractor, on the table in examples/contacts.toml."""
from __future__ import annotations

import pytest
from example_tables import examples

from lvextract.extractors import contacts
from lvextract.pipeline import EXTRACTORS, build_document
from lvextract.record import Record



def rows(kind: str) -> list:
    """The table's rows of one kind: expect.phones / .emails / .urls for the finders,
    expect.contacts for the whole extractor."""
    return examples("contacts", where=lambda row: kind in row.expect)


@pytest.mark.parametrize("row", rows("phones"))
def test_phones(row):
    assert [f.value for f in contacts.find_phones(row.text)] == row.expect["phones"]


@pytest.mark.parametrize("row", rows("emails"))
def test_emails(row):
    assert [f.value for f in contacts.find_emails(row.text)] == row.expect["emails"]


@pytest.mark.parametrize("row", rows("urls"))
def test_urls(row):
    text = row.text
    assert [f.value for f in contacts.find_urls(text, contacts.find_emails(text))] == row.expect["urls"]


def run_until_contacts(text: str) -> Record:
    """The pipeline up to and including contacts, so that earlier extractors' spans are honoured."""
    doc = build_document(text)
    record = Record(doc_id="t", source="t", sha256="x")
    for name, extractor in EXTRACTORS:
        extractor(doc, record)
        if name == "contacts":
            break
    return record


@pytest.mark.parametrize("row", rows("phones"))
def test_phones_through_the_pipeline(row):
    """The same phones when dates, amounts and contract numbers found earlier are honoured."""
    record = run_until_contacts(row.text)
    assert sorted(p for c in record.contacts for p in c.phones) == sorted(row.expect["phones"])


@pytest.mark.parametrize("row", rows("contacts"))
def test_contacts(row):
    record = run_until_contacts(row.text)
    expected = row.expect["contacts"]
    assert len(record.contacts) == len(expected), [c.model_dump(exclude={"span"}) for c in record.contacts]
    for got, want in zip(record.contacts, expected):
        assert got.name == want.get("name")
        assert got.phones == want["phones"]
        assert got.emails == want["emails"]
        for key in ("role", "organization", "urls"):
            if key in want:  # an empty string in the table: the field must stay empty
                assert getattr(got, key) == (want[key] if want[key] != "" else None)
        assert row.text[got.span.start:got.span.end] == got.span.text


def test_span_is_the_name_mention():
    text = "Lūdzam sazināties ar referentu Denisu Kretalovu (deniss.kretalovs@km.gov.lv, 67330312)."
    (contact,) = run_until_contacts(text).contacts
    assert contact.span.text == "Denisu Kretalovu"
    assert contact.name_rule == "email"


def test_phones_skip_text_taken_by_earlier_extractors():
    text = "Summa 29 123 456 vienības, tālr. 67012345."
    start = text.index("29")
    assert [f.value for f in contacts.find_phones(text, [(start, start + 10)])] == ["+37167012345"]


def test_span_of_a_person_named_twice_is_the_mention_the_cue_governs():
    text = ("Informāciju sagatavoja Ilze Kalniņa.\n\nPieteikties līdz 5. maijam, lūdzam sazināties ar "
            "Ilzi Kalniņu (tālr. 26123456).")
    (contact,) = run_until_contacts(text).contacts
    assert contact.name == "Ilze Kalniņa"
    assert contact.span.text == "Ilzi Kalniņu"


def test_an_office_number_repeated_is_one_contact():
    text = "Informatīvais tālrunis 67021600.\n\nJautājumus uzdot pa tālruni 67021600."
    contacts_found = run_until_contacts(text).contacts
    assert [c.phones for c in contacts_found] == [["+37167021600"]]


def test_obfuscated_dots_in_a_long_run_stay_linear():
    """"[punkts]" may stand inside the local part; a run of them with no at-sign must not make
    every letter start a scan to the end of the run."""
    assert contacts.find_emails("a[punkts]" * 120_000) == []  # 1 MB: a rescan per letter would not end
