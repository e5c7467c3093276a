"""Robustness of the whole pipeline on random and hostile text.

For any text: no exception escapes (`record.error` stays None: `process` turns an
extractor's exception into an error record, so an error IS the failure), every span
points at exactly its text, and the time per megabyte stays bounded, which catches a
regular expression that backtracks super-linearly on long runs of digits, dots or quotes.
The bound is deliberately generous: this is a guard against blow-ups, not a speed test.
"""
from __future__ import annotations

import functools
import hashlib
import multiprocessing
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lvextract.pipeline import process
from lvextract.reading import MAX_NUL_SHARE, MAX_NULS, Decoded, Source
from lvextract.record import ErrorCode

SECONDS_PER_MB = 60.0
FIXED_SECONDS = 2.0  # per call, CPU, after warm-up: building the spaCy doc and the like

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
    """Model loading and lazy set-up happen once, outside the timed calls."""
    from lvextract.runner import limit_torch_threads

    limit_torch_threads(1)  # CPU time of one thread: comparable on a busy machine
    process(Decoded(Source("warm.txt"), "0" * 64, "Rīgā, 2024. gada 5. martā. Tālr. 67021600."))


def _check(text: str) -> None:
    _warm_up()
    decoded = Decoded(Source("fuzz.txt"), hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), text)
    started = time.process_time()  # CPU, not wall-clock: other jobs on the machine do not count
    record = process(decoded)
    elapsed = time.process_time() - started
    assert record.error is None, f"{record.error.message[:300]} on input {text[:80]!r}… ({len(text)} chars)"
    for where, span in _spans(record.model_dump(mode="json")):
        assert 0 <= span["start"] <= span["end"] <= len(text), f"{where} out of range: {span}"
        assert text[span["start"]:span["end"]] == span["text"], f"{where}: span text differs from the input: {span}"
    assert elapsed < _budget(text), f"{elapsed:.1f} s CPU for {_megabytes(text):.3f} MB: {text[:60]!r}…"


def _megabytes(text: str) -> float:
    return len(text.encode("utf-8", "surrogatepass")) / 1e6


def _budget(text: str) -> float:
    return FIXED_SECONDS + SECONDS_PER_MB * _megabytes(text)


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
    pytest.param("100 KB of digits and dots", "12." * 34_000, id="100 KB of digits and dots"),
    pytest.param("100 KB of quotes", "\"„”" * 34_000, id="100 KB of quotes"),
]


# Long runs of one piece, in-process: each must stay within the time budget.
HOSTILE_ROWS = [
    pytest.param("1." * 5000, id="5 000 × '1.'"),
    pytest.param("\"" * 5000, id="5 000 straight quotes"),
    pytest.param("„" * 2000 + "”" * 2000, id="4 000 Latvian quotes"),
    pytest.param("12.12.12." * 1500, id="'12.12.12.' × 1 500"),
    pytest.param("2024. gada 1. " * 800, id="800 dates"),
    pytest.param("+371 " * 2000, id="2 000 phone prefixes"),
    pytest.param("a@" * 3000 + ".lv", id="3 000 at-signs"),
    pytest.param("EUR 1 " * 3000, id="3 000 amounts"),
    pytest.param("85 % " * 3000, id="3 000 percentages"),
    pytest.param("\x00\x01\x02\x1f\x7f" * 500, id="control characters"),
    pytest.param("(" * 3000 + ")" * 3000, id="6 000 brackets"),
    pytest.param("www." * 2000, id="2 000 'www.'"),
    pytest.param("Rīgā\u00a0" * 3000, id="no-break spaces"),
    pytest.param("e\u0301" * 4000, id="combining accents"),
    pytest.param("Привет, мир! 日本語 مرحبا 🙂 " * 300, id="mixed scripts"),
]


@pytest.mark.parametrize("text", HOSTILE_ROWS)
def test_hostile_text(text):
    _check(text)


STARTUP_CPU_SECONDS = 20.0  # the child's imports, model loading and warm-up, before the timed call


def _check_in_child(text: str, report) -> None:
    try:
        _check(text)
        report.send(None)
    except BaseException as exc:  # sent back whole: the parent's assertion shows it
        report.send(f"{type(exc).__name__}: {exc}")


def _cpu_seconds(pid: int) -> float:
    try:
        import psutil

        times = psutil.Process(pid).cpu_times()
        return times.user + times.system
    except Exception:  # psutil missing or the child just ended: only the wall-clock cap applies
        return 0.0


@pytest.mark.parametrize("label, line", HUGE_LINES)
def test_huge_line(label, line):
    """In a child process, killed once its CPU time is past the budget: a super-linear pattern
    on a long run would otherwise hold the test suite for hours."""
    assert "\n" not in line
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_check_in_child, args=(line, send), daemon=True)
    child.start()
    cpu_allowance = _budget(line) + STARTUP_CPU_SECONDS
    wall_cap = 10 * cpu_allowance + 120  # a machine shared with other jobs
    started, outcome = time.monotonic(), "no answer"
    while True:
        if receive.poll(1.0):
            outcome = receive.recv()
            break
        if _cpu_seconds(child.pid) > cpu_allowance:
            outcome = f"over the CPU budget: {cpu_allowance:.0f} s CPU (start-up included) and not finished"
            break
        if time.monotonic() - started > wall_cap or not child.is_alive():
            outcome = f"not finished after {time.monotonic() - started:.0f} s wall-clock"
            break
    child.kill()
    child.join()
    assert outcome is None, f"{label}: {outcome}"


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
