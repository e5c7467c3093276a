"""Worker processes forked from the warm parent (fork_pool.ForkPoolExecutor): they share the
parent's model instead of loading their own, start only when there is more than one batch of
work, never overlap a retired worker with its successor, and none is left after a run, however
it ends (SIGKILL of the parent, SIGTERM, a worker killed mid-run). Real processes: these tests
take some seconds each."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from run_helpers import alive, children_of, wait_for

from lvextract import fork_pool, runner, segmentation, stanza_inference
from lvextract.reading import Source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/stat").exists(),
                                reason="forks workers and reads /proc to find them")




def _sources():
    return [Source(str(p)) for p in sorted(CORPUS.glob("*.txt"))]


# --- in this process: the executor itself ------------------------------------------------------

class _Forks:
    """Counts forks and the most workers alive at the moment of a fork."""

    def __init__(self, monkeypatch):
        self.count, self.most_alive = 0, 0
        real = fork_pool.ForkPoolExecutor._fork

        def counting(executor):
            self.count += 1
            self.most_alive = max(self.most_alive, len(executor._workers) + 1)
            return real(executor)

        monkeypatch.setattr(fork_pool.ForkPoolExecutor, "_fork", counting)


def test_an_input_of_one_batch_forks_no_worker(monkeypatch):
    forks = _Forks(monkeypatch)
    records = list(runner.run(_sources(), runner.RunOptions(jobs=2)))  # the corpus is one batch
    assert len(records) == len(_sources()) and forks.count == 0


def test_workers_use_the_parents_model_and_leave_no_process(monkeypatch, tmp_path):
    """The model is loaded once, in the parent: a worker that loaded it would write its pid."""
    loads = tmp_path / "loads.txt"
    real_init = stanza_inference.Tokenizer.__init__

    def recording_init(self, *args, **kwargs):
        with open(loads, "a") as file:
            file.write(f"{os.getpid()}\n")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(stanza_inference.Tokenizer, "__init__", recording_init)
    segmentation._fast_tokenizer.cache_clear()
    stanza_inference.tokenizer.cache_clear()
    forks = _Forks(monkeypatch)
    before = set(children_of(os.getpid()))
    try:
        seen_workers = set()
        records = []
        for record in runner.run(_sources(), runner.RunOptions(jobs=2, batch_docs=4)):
            records.append(record)
            seen_workers |= set(children_of(os.getpid())) - before
        assert len(records) == len(_sources()) and all(r.error is None for r in records)
        assert forks.count == 2 and len(seen_workers) == 2
        assert loads.read_text().split() == [str(os.getpid())]
        assert set(children_of(os.getpid())) - before == set()  # every worker reaped
    finally:
        segmentation._fast_tokenizer.cache_clear()
        stanza_inference.tokenizer.cache_clear()


def test_retired_workers_never_overlap_their_successors(monkeypatch):
    forks = _Forks(monkeypatch)
    monkeypatch.setattr(fork_pool, "CHARS_PER_WORKER", 10_000)  # a few batches each
    before = set(children_of(os.getpid()))
    sources = _sources()
    pooled = [r.model_dump_json() for r in runner.run(sources, runner.RunOptions(jobs=2, batch_docs=3))]
    local = [r.model_dump_json() for r in runner.run(sources, runner.RunOptions(jobs=1))]
    assert pooled == local
    assert forks.count > 2 and forks.most_alive <= 2
    assert set(children_of(os.getpid())) - before == set()


def test_a_worker_killed_mid_run_costs_a_retry_not_records(monkeypatch):
    before = set(children_of(os.getpid()))
    sources = _sources()
    records, killed = [], None
    for record in runner.run(sources, runner.RunOptions(jobs=2, batch_docs=4)):
        records.append(record)
        workers = sorted(set(children_of(os.getpid())) - before)
        if killed is None and workers:
            killed = workers[0]
            os.kill(killed, signal.SIGKILL)
    assert killed is not None
    assert [r.source for r in records] == [s.name for s in sources]
    assert all(r.error is None for r in records)
    assert set(children_of(os.getpid())) - before == set()


# --- the command line: the parent killed or terminated -------------------------------------------

@pytest.fixture
def inputs(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, path in enumerate(sorted(CORPUS.glob("*.txt"))):
        for copy in range(5):  # several batches, so that the workers start and stay busy
            shutil.copy(path, folder / f"{copy}_{i:03d}.txt")
    return folder


def _start_pool_run(inputs: Path, output: Path, stderr: Path) -> tuple[subprocess.Popen, list[int]]:
    # stderr to a file, not a pipe: orphaned workers would hold a pipe open and block the read.
    with open(stderr, "wb") as errors:
        process = subprocess.Popen([sys.executable, "-m", "lvextract", "parse", str(inputs), "-j", "2", "-q",
                                    "-o", str(output)], stdout=subprocess.DEVNULL, stderr=errors)
    # Forked workers are the run's only children (no resource tracker, no helper process).
    assert wait_for(lambda: len(children_of(process.pid)) >= 2 or process.poll() is not None, 120), \
        "the workers did not start"
    assert process.poll() is None, "the run ended before it could be interrupted"
    return process, children_of(process.pid)


# Workers dying with a killed parent and SIGTERM's exit 143: tests/test_run_ends.py.


def test_a_finished_run_leaves_no_process(inputs, tmp_path):
    process, children = _start_pool_run(inputs, tmp_path / "out.jsonl", tmp_path / "stderr.txt")
    assert process.wait(300) == 0
    # Reaped by the run before it exited: not orphans handed to init, not zombies.
    assert not any(map(alive, children))
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 5 * len(_sources())
