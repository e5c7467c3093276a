"""Web pages, PDF, DOCX and ODT: the text read out of them, and the same record as plain text.

The fixtures (tests/format_fixtures.py) are made by the tests themselves: one announcement
written for this test, wrapped in each format with the boilerplate real files carry.
"""
from __future__ import annotations

import pytest

import format_fixtures as fx
import lvextract
from lvextract import formats

RICH = {"html": fx.html_page, "pdf": fx.pdf_file, "docx": fx.docx_file, "odt": fx.odt_file}


def scored(record) -> dict:
    """The fields `lvextract eval` scores, as comparable values."""
    return {
        "dates": sorted((d.value, d.end) for d in record.dates if d.relative is None),
        "events": sorted((e.type, e.start) for e in record.events),
        "deadlines": sorted((d.date, d.action) for d in record.deadlines),
        "names": sorted(c.name for c in record.contacts if c.name),
        "phones": sorted(p for c in record.contacts for p in c.phones),
        "emails": sorted(e for c in record.contacts for e in c.emails),
        "budgets": sorted((b.amount, b.currency) for b in record.budgets),
        "groups": sorted(g.id for g in record.target_groups),
        "funding": sorted(f.id for f in record.funding),
    }


@pytest.mark.parametrize("kind", sorted(RICH))
def test_sniffed_by_content_whatever_the_name(kind):
    assert formats.sniff(RICH[kind](), "saved.bin") == kind


@pytest.mark.parametrize("data", [b"Seminars notiks 5. maija.", b"# Virsraksts\n\nTeksts ar <b>vienu</b> tagu.",
                                  "Ūdens <- zeme".encode()])
def test_plain_text_and_markdown_stay_text(data):
    assert formats.sniff(data, "note.md") == "text"


@pytest.mark.parametrize("kind", sorted(RICH))
def test_text_has_the_announcement_one_paragraph_a_line(kind):
    text = formats.extract(RICH[kind](), kind).text
    lines = text.splitlines()
    assert fx.TITLE in lines
    for paragraph in fx.PARAGRAPHS:
        assert paragraph in lines, (kind, paragraph)


@pytest.mark.parametrize("kind", sorted(RICH))
def test_boilerplate_is_left_out(kind):
    text = formats.extract(RICH[kind](), kind).text
    for furniture in ("Sākums", "sīkdatnes", "64200000", "lpp."):
        assert furniture not in text, (kind, furniture)


def test_pdf_undoes_hyphenation_and_reads_columns_in_order():
    text = formats.extract(fx.pdf_file(), "pdf").text
    assert "Pieteikšanās līdz" in text and "Pieteik-" not in text
    assert text.index("Eiropas Sociālais fonds") < text.index("Jauniešu iesaiste")


def test_web_page_publication_date_comes_from_its_metadata():
    assert formats.extract(fx.html_page(), "html").published == "2023-03-01"


@pytest.mark.parametrize("kind", sorted(RICH))
def test_same_scored_fields_as_the_plain_text(kind):
    plain = scored(lvextract.extract(fx.plain_text()))
    rich = scored(lvextract.extract(formats.extract(RICH[kind](), kind).text))
    assert rich == plain
    # The announcement's own items are all there (the comparison is not of two empty records).
    assert ("2023-03-14", None) in plain["dates"] and plain["phones"] == ["+37129123456"]
    assert ("2023-03-10", "pieteikties") in plain["deadlines"] and (12500, "EUR") in plain["budgets"]


@pytest.mark.parametrize(("data", "code"), [
    (fx.pdf_file(encrypt=True), "pdf_encrypted"),
    (fx.image_only_pdf(), "pdf_no_text"),
    (fx.truncated(fx.docx_file()), "docx_broken"),
    (fx.plain_zip(), "zip_unsupported"),
    (b"<!DOCTYPE html><html><head><title></title></head><body><nav><a href='/'>x</a></nav></body></html>",
     "html_no_text"),
])
def test_unreadable_files_raise_an_error_naming_format_and_problem(data, code):
    with pytest.raises(formats.FormatError) as raised:
        formats.extract(data, formats.sniff(data))
    assert raised.value.code == code and raised.value.message
