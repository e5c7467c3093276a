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


# --- the safety net: a time budget per document, bounded values ---------------------------------

def test_a_document_past_its_time_budget_gets_a_timeout_record_and_the_batch_goes_on(monkeypatch):
    import signal
    import time

    from lvextract.runner import TimeBudget

    def stuck(doc, record):
        if "iestrēgst" in doc.text:
            # What a quadratic rule does on a hostile text, only sooner; it gives up far past the
            # budget, so a budget that never fires fails the test instead of holding it.
            give_up = time.process_time() + 120
            while time.process_time() < give_up:
                pass

    pipeline.process(decoded(TEXT))  # models and vocabularies loaded before anything is timed
    monkeypatch.setattr(pipeline, "EXTRACTORS", [*pipeline.EXTRACTORS, ("stuck", stuck)])
    slow = Decoded(Source("x/slow.txt"), "0" * 64, "Šis teksts iestrēgst.")
    records = pipeline.process_batch([slow, decoded(TEXT)], budget=TimeBudget(per_mb=0.0, fixed=0.5))
    assert records[0].error.code == ErrorCode.timeout.value and "slow.txt" in records[0].error.message
    assert records[1].error is None and records[1].dates
    assert signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, None)  # the timer's handler is gone again
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_budget_grows_with_the_text():
    from lvextract.runner import TimeBudget

    assert TimeBudget().seconds("x" * 2_000_000) == 5.0 + 2 * 60.0
    assert TimeBudget(per_mb=1.0, fixed=0.0).seconds("x" * 500_000) == 0.5


def test_over_long_values_are_capped_and_spans_stay_exact(monkeypatch):
    from lvextract.record import Project, Span

    text = "P" * 5000

    def huge(doc, record):
        record.title = doc.text
        record.projects.append(Project(name=doc.text, aliases=[doc.text], span=doc.span(0, len(doc.text))))

    monkeypatch.setattr(pipeline, "EXTRACTORS", [("huge", huge)])
    record = pipeline.process(decoded(text))
    assert len(record.title) == pipeline.MAX_VALUE_CHARS and record.title.endswith("…")
    project = record.projects[0]
    assert len(project.name) == len(project.aliases[0]) == pipeline.MAX_VALUE_CHARS
    span = project.span
    assert isinstance(span, Span) and span.end - span.start == pipeline.MAX_SPAN_CHARS
    assert text[span.start:span.end] == span.text


def test_too_many_items_are_cut_with_a_warning(monkeypatch):
    from lvextract.record import Funding

    def many(doc, record):
        record.funding.extend(Funding(id="ESF", name="ESF", span=doc.span(0, 3)) for _ in range(pipeline.MAX_ITEMS + 5))

    monkeypatch.setattr(pipeline, "EXTRACTORS", [("many", many)])
    record = pipeline.process(decoded("ESF atbalsts."))
    assert len(record.funding) == pipeline.MAX_ITEMS
    assert any("funding: 5 items" in w for w in record.warnings)
