"""Very long documents go through the pipeline in sections (sections.py): cut points, merged
records with exact spans, and short documents exactly as before."""
from pathlib import Path

from lvextract import pipeline, sections
from lvextract.reading import Decoded, Source, decode
from lvextract.record import LIST_FIELDS, DateMention, Event, Record, Span

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def corpus_text(index: int) -> str:
    return decode(sorted(CORPUS.glob("*.txt"))[index].read_bytes())[0]


def decoded(text: str) -> Decoded:
    return Decoded(Source("x/doc.txt"), "0" * 64, text)


def test_cut_covers_the_text_at_the_best_separator():
    text = "Virsraksts\n\nPirmā rinda. Otrā rinda\nTrešā rinda. Ceturtā\n\nPēdējā rindkopa ir te. Beigas"
    bounds = sections.cut(text, 30)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(end - start <= 30 for start, end in bounds)
    pieces = [text[s:e] for s, e in bounds]
    # A blank line wins over a line break, a line break over a sentence end, that over a space.
    assert pieces[0] == "Virsraksts\n\nPirmā rinda. "  # no separator better than ". " in the second half
    assert all(p.endswith(("\n", ". ", " ")) for p in pieces[:-1])


def test_cut_prefers_a_blank_line():
    text = "a" * 20 + "\n\n" + "b" * 5 + "\n" + "c" * 30
    assert sections.cut(text, 40)[0] == (0, 22)


def test_cut_without_white_space_is_a_hard_cut_and_linear():
    text = "x" * 1000
    assert sections.cut(text, 300) == [(0, 300), (300, 600), (600, 900), (900, 1000)]
    assert sections.cut("short", 300) == [(0, 5)]


def test_shift_moves_every_span_inside():
    event = Event(type="seminārs", span=Span(start=3, end=5, text="ab"))
    sections.shift(event, 100)
    assert (event.span.start, event.span.end, event.span.text) == (103, 105, "ab")


def test_a_short_document_takes_the_whole_text_path(monkeypatch):
    calls = []
    monkeypatch.setattr(sections, "process_in_sections", lambda *a: calls.append(a))
    text = corpus_text(0)
    record = pipeline.process(decoded(text))
    assert calls == [] and record.error is None
    assert record == pipeline.cap_values(pipeline.extract_text(decoded(text), text))


def _spans(record: Record):
    for name in LIST_FIELDS:
        for item in getattr(record, name):
            if not isinstance(item, str):
                yield item.span


def test_a_long_document_is_the_merge_of_its_sections(monkeypatch):
    second, first = sorted([corpus_text(5), corpus_text(6)], key=len)  # sections of at most len(first) + 2
    text = first + "\n\n" + second
    monkeypatch.setattr(sections, "SECTIONED_ABOVE", len(first))
    monkeypatch.setattr(sections, "SECTION_CHARS", len(first) + 2)
    assert sections.cut(text) == [(0, len(first) + 2), (len(first) + 2, len(text))]

    record = pipeline.process(decoded(text))
    alone_first = pipeline.extract_text(decoded(text), first + "\n\n")
    anchor = sections._full_day(alone_first.document_date)
    alone_second = pipeline.extract_text(decoded(text), second, anchor=anchor)

    assert record.error is None
    assert (record.title, record.document_date) == (alone_first.title, alone_first.document_date)
    assert record.document_date is not None and anchor is not None
    for span in _spans(record):
        assert text[span.start:span.end] == span.text
    offset = len(first) + 2
    expected_dates = [(d.value, d.span.start) for d in alone_first.dates] + \
                     [(d.value, d.span.start + offset) for d in alone_second.dates]
    assert [(d.value, d.span.start) for d in record.dates] == expected_dates
    assert len(record.events) == len(alone_first.events) + len(alone_second.events)


def test_merged_lists_keep_one_warning_each_and_stay_capped(monkeypatch):
    monkeypatch.setattr(sections, "SECTION_CHARS", 10)
    def run(text, anchor):
        record = Record(doc_id="d", source="d", sha256="0" * 64, document_date="2024-03-05" if anchor is None else None)
        record.dates = [DateMention(value="2024-03-05", span=Span(start=i, end=i + 1, text=text[i])) for i in range(3)]
        record.warnings = ["same warning", "dates: year unknown in “b” (chars 1-2): no year"]
        return record

    text = "abcdefghij" * 3
    anchors = []
    record = sections.process_in_sections(text, lambda t, a: anchors.append(a) or run(t, a), limit=5)
    assert anchors[0] is None and all(str(a) == "2024-03-05" for a in anchors[1:])
    assert record.document_date == "2024-03-05"
    assert len(record.dates) == 5
    assert record.warnings[0] == "same warning" and record.warnings.count("same warning") == 1
    assert record.warnings[-1] == f"dates: {3 * len(anchors) - 5} items past the first 5 left out"
    assert [w for w in record.warnings if "(chars" in w] == [
        f"dates: year unknown in “b” (chars {1 + 10 * k}-{2 + 10 * k}): no year" for k in range(len(anchors))]
    for date in record.dates:
        assert text[date.span.start:date.span.end] == date.span.text

