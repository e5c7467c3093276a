"""Robustness of the whole pipeline on random and hostile text.

For any text: no exception escapes (`record.error` stays None: `process` turns an
extractor's exception into an error record, so an error IS the failure), every span
points at exactly its text, and long runs of one shape cost linear work: the operations counted
for a run double when the run does (tests/operation_count.py). A regular expression that
backtracks super-linearly inside one call is met by the huge lines, sized so that such a stage
would run for hours: conftest.py's hang guard ends it. Each document goes through under
`parse`'s own default time budget, so one slower than that budget gets its `timeout` error record
and fails; no assertion here reads a clock itself.
"""
from __future__ import annotations

import functools
import hashlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lvextract.pipeline import process
from lvextract.reading import MAX_NUL_SHARE, MAX_NULS, Decoded, Source
from lvextract.record import ErrorCode
from lvextract.run_options import TimeBudget
from operation_count import LINEAR_GROWTH, growth


LATVIAN_WORDS = [
    "Rīgā", "2024.", "gada", "5.", "martā", "plkst.", "10.00", "līdz", "15.", "aprīlim", "seminārs",
    "pieteikties", "tālr.", "+371", "67021600", "e-pasts:", "info@lm.gov.lv", "www.lm.gov.lv", "EUR",
    "120 000", "85 %", "ESF", "ERAF", "projekts", "Nr.", "9.1.1.1/15/I/001", "bezdarbniekiem", "jauniešiem",
    "š.g.", "šā", "gada", "12.-13.", "oktobrī", "„Nodarbinātība plus”", "«Sveiki»", "–", "—", "(", ")",
    "\n", "\n\n", "\t", " ", "Ā", "ķ", "ŗ", "ō", "ﬁ", "e\u0301", "\u200b", "\u00ad", "\ufeff",
]

# Runs that have hurt regex-based extractors elsewhere: each piece repeated many times.
HOSTILE_PIECES = [
    "1.", "12.", "1.1.", "0", "9", ".", "..", ". ", "-", "–", "/", "\"", "„", "”", "“", "«", "»", "'",
    "(", ")", "[", "]", "@", "@.", "a@", "+371 ", "+", "%", "EUR ", "eiro ", ",", ", ", "līdz ", "no ",
    "gada ", "g.", "plkst. ", ":", "http://", "www.", "Nr. ", "A", "Ā", " ", "\n", "\r\n", "\x00",
    "\x07", "\x1b[0m", "\u2028", "\u202e", "日本", "Привет ", "مرحبا", "🙂", "\ud7ff", "𝔘",
]


def _mixed_text():
    words = st.lists(st.sampled_from(LATVIAN_WORDS), max_size=300).map(" ".join)
    noise = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
    runs = st.builds(lambda piece, n: piece * n, st.sampled_from(HOSTILE_PIECES), st.integers(1, 400))  # long runs: HOSTILE_ROWS
    return st.lists(st.one_of(words, noise, runs), min_size=1, max_size=6).map("".join)


def _spans(value, path="record"):
    """Every {start, end, text} object anywhere in the record, with where it was found."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value.get("start"), int):
            yield path, value
        for key, child in value.items():
            yield from _spans(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _spans(child, f"{path}[{i}]")


@functools.lru_cache(maxsize=1)
def _warm_up() -> None:
    """Model loading and lazy set-up happen once, before anything is counted."""
    from lvextract.runner import limit_torch_threads

    limit_torch_threads(1)  # as `parse` runs
    process(Decoded(Source("warm.txt"), "0" * 64, "Rīgā, 2024. gada 5. martā. Tālr. 67021600."))


def _decoded(text: str) -> Decoded:
    return Decoded(Source("fuzz.txt"), hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), text)


def _check(text: str) -> None:
    """One valid record with exact spans, as `parse` gives it: under parse's default time
    budget, so a document slower than the budget fails here with its `timeout` error."""
    _warm_up()
    record = process(_decoded(text), budget=TimeBudget())
    assert record.error is None, f"{record.error.message[:300]} on input {text[:80]!r}… ({len(text)} chars)"
    for where, span in _spans(record.model_dump(mode="json")):
        assert 0 <= span["start"] <= span["end"] <= len(text), f"{where} out of range: {span}"
        assert text[span["start"]:span["end"]] == span["text"], f"{where}: span text differs from the input: {span}"


def _processing(text: str):
    decoded = _decoded(text)
    return lambda: process(decoded)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_mixed_text())
@example("")
@example(" \n\t ")
def test_pipeline_survives_any_text(text):
    _check(text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_mixed_text(), st.integers(20, 400))
def test_a_text_in_sections_survives_any_text(text, section_chars):
    """What a text longer than sections.SECTIONED_ABOVE goes through, on small texts cut into
    small sections: the cuts fall anywhere (mid-date, mid-quote), and the merged record's spans
    must still be exact."""
    from lvextract import sections

    saved = sections.SECTIONED_ABOVE, sections.SECTION_CHARS
    sections.SECTIONED_ABOVE, sections.SECTION_CHARS = 0, section_chars
    try:
        _check(text)
    finally:
        sections.SECTIONED_ABOVE, sections.SECTION_CHARS = saved


HUGE_LINES = [
    # (label, one line without a newline)
    pytest.param("1 MB of prose", ("Rīgā 2024. gada 5. martā notiks seminārs, pieteikties līdz 15. aprīlim, tālr. 67021600; "
                                   "projekta izmaksas 120 000 EUR, ESF 85 %. ") * 8_000,
                 id="1 MB of prose"),
    pytest.param("1 MB of digits and dots", "12." * 340_000, id="1 MB of digits and dots"),
    pytest.param("1 MB of quotes", "\"„”" * 140_000, id="1 MB of quotes"),
    # (each small letter before a capital once restarted the match of a coined project name, "MeadowCare")
    pytest.param("1 MB of camel case", "Ab" * 500_000, id="1 MB of camel case"),
]


# Long runs of one shape: (how the run is built from a count, the count).
HOSTILE_ROWS = [
    pytest.param(lambda n: "1." * n, 5000, id="5 000 × '1.'"),
    pytest.param(lambda n: "\"" * n, 5000, id="5 000 straight quotes"),
    pytest.param(lambda n: "„" * n + "”" * n, 2000, id="4 000 Latvian quotes"),
    pytest.param(lambda n: "12.12.12." * n, 1500, id="'12.12.12.' × 1 500"),
    pytest.param(lambda n: "2024. gada 1. " * n, 800, id="800 dates"),
    pytest.param(lambda n: "+371 " * n, 2000, id="2 000 phone prefixes"),
    pytest.param(lambda n: "a@" * n + ".lv", 3000, id="3 000 at-signs"),
    pytest.param(lambda n: "EUR 1 " * n, 3000, id="3 000 amounts"),
    pytest.param(lambda n: "85 % " * n, 3000, id="3 000 percentages"),
    pytest.param(lambda n: "\x00\x01\x02\x1f\x7f" * n, 500, id="control characters"),
    pytest.param(lambda n: "(" * n + ")" * n, 3000, id="6 000 brackets"),
    pytest.param(lambda n: "www." * n, 2000, id="2 000 'www.'"),
    pytest.param(lambda n: "Rīgā\u00a0" * n, 3000, id="no-break spaces"),
    pytest.param(lambda n: "e\u0301" * n, 4000, id="combining accents"),
    pytest.param(lambda n: "“Sākums " + "vārds… Citādi " * n + "beigas”", 2000, id="a quoted name of 2 000 ellipses"),
    pytest.param(lambda n: "Привет, мир! 日本語 مرحبا 🙂 " * n, 300, id="mixed scripts"),
    # (a funder's name looked up per quoted item of a list after a colon, against every mention; this
    # and the next row only guard against a hang: their counted checks are test_funder_lookups_linear.py)
    pytest.param(lambda n: "Tiks īstenoti divi projekti: pētījums par nozari un akadēmija “Jaunie līderi” no Eiropas Sociālā fonda. " * n,
                 320, id="quoted list items beside funds"),
    # (each "nacionālais …" read against every municipal mention after it)
    pytest.param(lambda n: "ERAF un nacionālais līdzfinansējums (arī pašvaldību budžets) " * n, 500, id="national and municipal co-funding"),
    # (numbers without a currency after a granting word, each read to its end)
    pytest.param(lambda n: "Konkursā piešķirs " + "1 " * n, 3000, id="numbers without a currency"),
    # (a capitalised weekday inside one long line, each once read back to the line's start for a
    # crawler's stamp: a hang guard, as the scan runs inside one C call the counters do not see)
    pytest.param(lambda n: "Mēs tiekamies un Sestdien ir labi " * n, 2000, id="2 000 capitalised weekdays on one line"),
    # (a plural project word, a bracket and a quote never closed: each bracket once sought its ")" to
    # the sentence's end; a hang guard too, the search being one C call)
    pytest.param(lambda n: "projekti (“Zaļā klase” un " * n, 2000, id="2 000 unclosed brackets after project words"),
    # (a line of one "A" and a long run of blanks under a short line with a digit, read as a maybe
    # text-size button bar: a hang guard, as the match runs inside one C call)
    pytest.param(lambda n: "Otrdiena, 5.\nA" + " " * n + "x\n", 20000, id="an 'A' and 20 000 blanks under a date line"),
    # (one day's sentence going on in "un notiks …" clauses: each "un" once copied the stretch back to
    # the first clause's noun to look for a comma; a hang guard, the copy being no counted call)
    pytest.param(lambda n: "5. martā notiks koncerts" + " un notiks balle" * n + ".", 4000, id="4 000 'un notiks' clauses of one day"),
    # (dates on one long line below the first: each once copied the line up to it to see that nothing
    # stood before it; a hang guard, the copy being no counted call)
    pytest.param(lambda n: "Ozolu ziņas.\n" + "Tika rīkots 2024. gada 5. martā. " * n + "\n", 2000, id="2 000 dates on a line below the first"),
    # (one list item under a projects heading, long and with no comma: the item's owner before a comma
    # and a quote was sought by two runs around a letter, backtracking over the line, its square; a
    # hang guard, the match being one C call)
    pytest.param(lambda n: "Atbalstītie projekti:\n- " + "Ab gs. 12. " * n + ";\n", 3000, id="a granted list's item of 3 000 abbreviations"),
]


@pytest.mark.parametrize("build, count", HOSTILE_ROWS)
def test_hostile_text(build, count):
    """Survives, and the work grows with the run, not with its square: a rule that rescans the
    run per item it finds (per quote, per date, per number) makes the operations quadruple."""
    _check(build(count // 4))  # also loads what this shape's rules load lazily, before counting
    _check(build(count))
    assert growth(_processing(build(count // 2)), _processing(build(count))) < LINEAR_GROWTH


@pytest.mark.parametrize("label, line", HUGE_LINES)
def test_huge_line(label, line):
    """One line, no sentence or paragraph break anywhere: survives. At these sizes a stage that
    backtracks or rescans super-linearly would run for hours; conftest.py's hang guard ends it
    and names the stage."""
    assert "\n" not in line
    _check(line)


# --- damaged files: byte-level mutations of real-style texts -----------------------------------

CORPUS = __import__("pathlib").Path(__file__).resolve().parent.parent / "corpus"
INSERTS = [b"0", b"7", b"12.", b".", b"..", b"-", "–".encode(), b'"', "„".encode(), "”".encode(), b"(", b")",
           b"\xff", b"\xc4", b"\xe2\x80", b"\x00", b"\n\n", b"\r\n"]


def _mutation():
    position = st.floats(0, 1, exclude_max=True)
    return st.one_of(
        st.tuples(st.just("flip"), position, st.integers(1, 255)),
        st.tuples(st.just("delete"), position, st.integers(1, 4)),
        st.tuples(st.just("insert"), position, st.sampled_from(INSERTS)),
        st.tuples(st.just("truncate"), st.floats(0.05, 1), st.just(0)),
        st.tuples(st.just("double line"), position, st.just(0)),
    )


def _mutate(data: bytes, mutations) -> bytes:
    for kind, where, value in mutations:
        at = int(where * len(data))
        if kind == "flip" and data:
            data = data[:at] + bytes([data[at] ^ value]) + data[at + 1:]
        elif kind == "delete":
            data = data[:at] + data[at + value:]
        elif kind == "insert":
            data = data[:at] + value + data[at:]
        elif kind == "truncate":
            data = data[:at]
        elif kind == "double line":
            start, end = data.rfind(b"\n", 0, at) + 1, data.find(b"\n", at)
            line = data[start:end + 1 if end >= 0 else len(data)]
            data = data[:start] + line + data[start:]
    return data


@functools.lru_cache(maxsize=1)
def _corpus_bytes() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.txt")) if p.stat().st_size > 1500][:20]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.integers(0, 19), st.lists(_mutation(), min_size=1, max_size=4))
def test_a_damaged_file_still_gives_its_record(index, mutations):
    """A few bad bytes never lose a document: it decodes (U+FFFD where needed), every span is
    exact on the decoded text, the record is valid, and the time stays within the budget."""
    from lvextract.reading import decode_text
    from lvextract.record import Record

    texts = _corpus_bytes()
    data = _mutate(texts[index % len(texts)], mutations)
    decoding = decode_text(data)
    if len(data.strip()) < 200:  # truncated to almost nothing: may be empty, never an exception
        assert decoding.text is not None or decoding.error_code is not None
        return
    if data.count(b"\x00") > min(MAX_NULS, len(data) * MAX_NUL_SHARE):
        # More NUL bytes than a text keeps (reading.py's documented rule): binary, by design.
        assert decoding.error_code == ErrorCode.binary
        return
    assert decoding.error_code is None, f"{decoding.error_code}: {decoding.message} after {mutations}"
    _check(decoding.text)
    record = process(Decoded(Source("fuzz.txt"), hashlib.sha256(data).hexdigest(), decoding.text,
                             warnings=decoding.warnings))
    Record.model_validate_json(record.model_dump_json())
    assert record.warnings[:len(decoding.warnings)] == list(decoding.warnings)
