"""The runner: input order kept, batches bounded, failures contained, pool equal to in-process.

Most rows drive the ordering machinery with a fake executor (no tokenizer, instant), so
they can use thousands of inputs; two tests run the real pipeline, in this process and in
a pool of two worker processes, and compare their output record by record.
"""
from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest

from lvextract import ordered_run, runner
from lvextract.reading import Decoded, Source
from lvextract.record import ErrorCode, Record

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _fake_load(source: Source, max_bytes: int) -> Decoded:
    """Names stand for contents: 'missing:*' cannot be read, anything else is its own text."""
    if source.name.startswith("missing:"):
        return Decoded(source, hashlib.sha256(b"").hexdigest(), None, ErrorCode.not_found, f"{source.name}: file not found")
    text = f"Paziņojums {source.name}. " * (3 if source.name.startswith("long:") else 1)
    return Decoded(source, hashlib.sha256(text.encode()).hexdigest(), text)


class _Handle:
    def __init__(self, executor, batch):
        self.executor, self.batch = executor, batch

    def result(self):
        self.executor.in_flight -= 1
        if any(d.source.name.startswith("boom:") for d in self.batch):
            raise RuntimeError("worker lost")
        flaky = [d.source.name for d in self.batch if d.source.name.startswith("flaky:")]
        if flaky and flaky[0] not in self.executor.failed_once:
            self.executor.failed_once.add(flaky[0])
            raise RuntimeError("worker killed")
        return [Record(doc_id=d.source.doc_id, source=d.source.name, sha256=d.sha256, title=d.text) for d in self.batch]


class FakeExecutor:
    def __init__(self, window: int):
        self.window = window
        self.in_flight = self.max_in_flight = 0
        self.batches: list[list[str]] = []
        self.recovered = 0
        self.last_flags: list[bool] = []
        self.failed_once: set[str] = set()

    def submit(self, batch, last=False):
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        self.batches.append([d.source.name for d in batch])
        self.last_flags.append(last)
        return _Handle(self, batch)

    def recover(self):
        self.recovered += 1

    def close(self, abort=False):
        pass


def _run(names, window=2, batch_docs=4, batch_chars=10_000, cache=None, monkeypatch=None):
    monkeypatch.setattr(ordered_run, "load", _fake_load)
    executor = FakeExecutor(window)
    options = runner.RunOptions(batch_docs=batch_docs, batch_chars=batch_chars)
    records = list(ordered_run.OrderedRun(options, cache, executor).records(Source(n) for n in names))
    return records, executor


ORDER_ROWS = [
    # (label, inputs, window, batch_docs, expected batches submitted)
    ("empty input", [], 2, 4, 0),
    ("one document", ["a"], 2, 4, 1),
    ("exactly one batch", ["a", "b", "c", "d"], 2, 4, 1),
    ("one more than a batch", ["a", "b", "c", "d", "e"], 2, 4, 2),
    ("errors interleaved", ["missing:1", "a", "missing:2", "b", "missing:3"], 2, 1, 2),
    ("only unreadable inputs", ["missing:1", "missing:2"], 2, 4, 0),
    ("many, window 1", [f"d{i}" for i in range(97)], 1, 5, 20),
    ("many, window 4", [f"d{i}" for i in range(1000)], 4, 16, 63),
    ("batch of one", [f"d{i}" for i in range(10)], 3, 1, 10),
]


@pytest.mark.parametrize("label, names, window, batch_docs, batches", ORDER_ROWS, ids=[r[0] for r in ORDER_ROWS])
def test_records_come_out_in_input_order(monkeypatch, label, names, window, batch_docs, batches):
    records, executor = _run(names, window=window, batch_docs=batch_docs, monkeypatch=monkeypatch)
    assert [r.source for r in records] == names
    assert len(executor.batches) == batches
    assert executor.max_in_flight <= window
    for name, record in zip(names, records):
        if name.startswith("missing:"):
            assert record.error is not None and record.error.code == "not_found"
        else:
            assert record.error is None and record.title == f"Paziņojums {name}. "
    # The batch that ends the input is flagged as the last (so a pool need not start for it alone).
    assert executor.last_flags.count(True) <= 1 and True not in executor.last_flags[:-1]
    if names and not names[-1].startswith("missing:"):
        assert executor.last_flags[-1] is True


def test_batches_close_on_characters_too(monkeypatch):
    names = [f"long:{i}" for i in range(10)]  # each ~60 characters
    _, executor = _run(names, batch_docs=100, batch_chars=150, monkeypatch=monkeypatch)
    assert all(len(batch) <= 3 for batch in executor.batches) and sum(map(len, executor.batches)) == 10


def test_output_starts_before_input_ends(monkeypatch):
    """Streaming: the first record is out long before the millionth input is read."""
    monkeypatch.setattr(ordered_run, "load", _fake_load)
    consumed = itertools.count()

    def endless():
        for i in itertools.count():
            next(consumed)
            yield Source(f"d{i}")

    executor = FakeExecutor(window=2)
    stream = ordered_run.OrderedRun(runner.RunOptions(batch_docs=8), None, executor).records(endless())
    first_hundred = list(itertools.islice(stream, 100))
    assert [r.source for r in first_hundred] == [f"d{i}" for i in range(100)]
    assert next(consumed) < 100 + 8 * (2 + 3)  # read-ahead: window + open + fetched batches


def test_a_failed_batch_costs_only_its_own_records(monkeypatch):
    names = ["a", "b", "boom:c", "d", "e", "f"]
    records, executor = _run(names, batch_docs=2, monkeypatch=monkeypatch)
    assert [r.source for r in records] == names
    failed = [r.source for r in records if r.error]
    assert failed == ["boom:c", "d"]  # the batch that held boom:c
    assert all(r.error.code == "internal" and "worker failed" in r.error.message for r in records if r.error)
    assert executor.recovered == 2  # one retry, then error records
    assert executor.batches.count(["boom:c", "d"]) == 2


def test_a_batch_lost_once_is_retried(monkeypatch):
    names = ["a", "flaky:b", "c", "d"]
    records, executor = _run(names, batch_docs=2, monkeypatch=monkeypatch)
    assert [r.source for r in records] == names
    assert all(r.error is None for r in records)
    assert executor.recovered == 1 and executor.batches.count(["a", "flaky:b"]) == 2


class _DictCache:
    def __init__(self, known):
        self.known, self.stored = known, []

    def get(self, decoded):
        if decoded.source.name in self.known:
            return Record(doc_id=decoded.source.doc_id, source=decoded.source.name, sha256=decoded.sha256, title="cached")
        return None

    def put(self, record):
        self.stored.append(record.source)


CACHE_ROWS = [
    # (label, inputs, cached names, expected batches)
    ("all cached", [f"d{i}" for i in range(50)], {f"d{i}" for i in range(50)}, 0),
    ("none cached", [f"d{i}" for i in range(10)], set(), 3),
    ("one changed among many", [f"d{i}" for i in range(2000)], {f"d{i}" for i in range(2000)} - {"d1500"}, 1),
    ("one changed at the start", [f"d{i}" for i in range(2000)], {f"d{i}" for i in range(1, 2000)}, 1),
]


@pytest.mark.parametrize("label, names, cached, batches", CACHE_ROWS, ids=[r[0] for r in CACHE_ROWS])
def test_cache_hits_skip_the_executor(monkeypatch, label, names, cached, batches):
    cache = _DictCache(cached)
    records, executor = _run(names, batch_docs=4, cache=cache, monkeypatch=monkeypatch)
    assert [r.source for r in records] == names
    assert len(executor.batches) == batches
    assert sorted(cache.stored) == sorted(set(names) - cached)
    assert all((r.title == "cached") == (r.source in cached) for r in records)


def test_waiting_records_stay_bounded_behind_an_open_batch(monkeypatch):
    """One miss followed by thousands of hits: the miss's batch is sent early, not held back."""
    names = ["miss"] + [f"d{i}" for i in range(5000)]
    cache = _DictCache(set(names[1:]))
    monkeypatch.setattr(ordered_run, "load", _fake_load)
    executor = FakeExecutor(window=2)
    ordered = ordered_run.OrderedRun(runner.RunOptions(batch_docs=16), cache, executor)
    peak = 0
    for _record in ordered.records(Source(n) for n in names):
        peak = max(peak, len(ordered.slots))
    assert peak <= ordered_run.MAX_WAITING + 16 * 2 + 1
    assert executor.batches == [["miss"]]


# --- the real pipeline ------------------------------------------------------------------------

def _corpus_sources():
    return [Source(str(p)) for p in sorted(CORPUS.glob("*.txt"))]


def test_in_process_run_keeps_order_and_reports_bad_inputs(tmp_path):
    empty = tmp_path / "tukšs.txt"
    empty.write_bytes(b"  \n")
    sources = [Source(str(tmp_path / "nav.txt")), *_corpus_sources()[:2], Source(str(empty))]
    records = list(runner.run(sources, runner.RunOptions(jobs=1)))
    assert [r.source for r in records] == [s.name for s in sources]
    assert [r.error.code if r.error else None for r in records] == ["not_found", None, None, "empty"]


def test_pool_output_equals_in_process_output():
    sources = _corpus_sources()
    assert len(sources) >= 4
    local = [r.model_dump_json() for r in runner.run(sources, runner.RunOptions(jobs=1))]
    # batch_docs=2 makes several batches, so the pool really starts (one batch would run inline).
    pooled = [r.model_dump_json() for r in runner.run(sources, runner.RunOptions(jobs=2, batch_docs=2))]
    assert _first_difference(local, pooled) is None
    assert all('"error":null' in line for line in local)


def _first_difference(left: list[str], right: list[str]) -> str | None:
    import json

    if len(left) != len(right):
        return f"{len(left)} records vs {len(right)}"
    for a, b in zip(left, right):
        if a != b:
            a, b = json.loads(a), json.loads(b)
            field = next(k for k in a if a[k] != b.get(k))
            return f"{a['doc_id']}.{field}: {str(a[field])[:300]} != {str(b[field])[:300]}"
    return None


# --- the command line ---------------------------------------------------------------------------

CLI_ROWS = [
    # (extra options, expected exit code, expected in stderr)
    (["--jobs", "1"], 0, ""),
    (["--jobs", "2"], 0, ""),  # two inputs are one batch: done in-process, no pool start-up
    (["--jobs", "0"], 2, "--jobs"),
    (["--jobs", "x"], 2, "--jobs"),
]


@pytest.mark.parametrize("options, code, message", CLI_ROWS)
def test_parse_options(tmp_path, options, code, message):
    from cli_helpers import run_cli

    for name, text in [("a.txt", "Seminārs notiks 2024. gada 5. martā."), ("b.txt", "Tālr. 67021600.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    exit_code, stdout, stderr = run_cli("parse", tmp_path, "-q", *options)
    assert exit_code == code and message in stderr
    if code == 0:
        assert [line.split('"doc_id":"')[1].split('"')[0] for line in stdout.splitlines()] == ["a", "b"]


def test_parse_with_cache_twice_gives_the_same_output(tmp_path):
    from cli_helpers import run_cli

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Pieteikšanās līdz 2024. gada 15. aprīlim.", encoding="utf-8")
    first = run_cli("parse", corpus, "-q", "--jobs", "1", "--cache", tmp_path / "cache")
    second = run_cli("parse", corpus, "-q", "--jobs", "1", "--cache", tmp_path / "cache")
    assert first[0] == second[0] == 0 and first[1] == second[1]
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1


def test_a_document_over_its_time_budget_gets_a_timeout_record_and_the_run_goes_on(tmp_path, monkeypatch):
    from lvextract import pipeline

    def stuck(doc, record):
        if "bezgalīgs" in doc.text:
            while True:
                pass

    monkeypatch.setattr(pipeline, "EXTRACTORS", [*pipeline.EXTRACTORS, ("stuck", stuck)])
    names = []
    for name, text in [("a.txt", "Seminārs 2024. gada 5. martā."), ("b.txt", "Šis ir bezgalīgs teksts."),
                       ("c.txt", "Tālr. 67021600.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        names.append(str(tmp_path / name))
    options = runner.RunOptions(jobs=1, budget=runner.TimeBudget(per_mb=0.0, fixed=0.5))
    records = list(runner.run([Source(n) for n in names], options))
    assert [r.error.code if r.error else None for r in records] == [None, "timeout", None]
    assert records[0].dates and records[2].contacts
