"""The pipeline's shape: one record per document whatever happens, spaCy Doc aligned with the text."""
import pytest

from lvextract import pipeline
from lvextract.reading import Decoded, Source
from lvextract.record import ErrorCode

TEXT = "  Informāciju sagatavoja:\tJānis Bērziņš\n\nSeminārs notiks 2024. gada 5. martā.  Vairāk: www.km.gov.lv\n"


def decoded(text: str) -> Decoded:
    return Decoded(Source("x/doc.txt"), "0" * 64, text)


def test_a_failing_extractor_becomes_the_records_error(monkeypatch):
    def broken(doc, record):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "EXTRACTORS", [*pipeline.EXTRACTORS, ("broken", broken)])
    record = pipeline.process(decoded(TEXT))
    assert record.error.code == ErrorCode.internal.value
    assert "boom" in record.error.message and "x/doc.txt" in record.error.message
    assert record.doc_id == "doc" and record.dates == []


def test_spacy_doc_reproduces_text_and_offsets():
    doc = pipeline.build_document(TEXT)
    sdoc = doc.spacy
    assert sdoc.text == TEXT
    for token in doc.tokens:
        span = sdoc.char_span(token.start, token.end)
        assert span is not None and span.text == token.text
        assert span[0].lemma_ == token.lemma and span[0].norm_ == token.stem
    assert sum(1 for _ in sdoc.sents) == len(doc.sentences)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "x", "ā" * 5])
def test_tiny_texts_do_not_break_the_document(text):
    doc = pipeline.build_document(text)
    assert doc.spacy.text == text


def test_title_skips_datelines_and_logo_words():
    record = pipeline.process(decoded("koks\nlogo esf\n\n2014. gada 2. aprīlī Rīgā\n\nSeminārs par integrāciju\n\nTeksts."))
    assert record.title == "Seminārs par integrāciju"
