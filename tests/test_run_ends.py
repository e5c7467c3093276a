"""A run ends cleanly however it is ended: workers never outlive their parent (SIGKILL
included), SIGTERM unwinds like Ctrl-C (exit 143, no partial output, the previous output
kept). Real subprocesses with a worker pool, so these tests take some seconds each."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from run_helpers import copy_corpus, workers_of, alive, children_of, wait_for

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc to find the workers")




@pytest.fixture
def inputs(tmp_path) -> Path:
    return copy_corpus(tmp_path / "in", batches=6)


def _start_pool_run(inputs: Path, output: Path, stderr: Path) -> tuple[subprocess.Popen, list[int]]:
    # stderr to a file, not a pipe: orphaned workers would hold a pipe open and block the read.
    with open(stderr, "wb") as errors:
        process = subprocess.Popen([sys.executable, "-m", "lvextract", "parse", str(inputs), "-j", "2", "-q", "-o", str(output)],
                                   stdout=subprocess.DEVNULL, stderr=errors)
    workers: list[int] = []

    def started() -> bool:
        workers[:] = workers_of(process.pid)
        return len(workers) >= 2 or process.poll() is not None

    assert wait_for(started, 120), "the worker pool did not start"
    assert process.poll() is None, "the run ended before it could be interrupted"
    time.sleep(1.0)  # let the workers get into their initializer and first batch
    return process, children_of(process.pid)  # the workers and multiprocessing's resource tracker


def test_workers_die_when_the_parent_is_killed(inputs, tmp_path):
    process, children = _start_pool_run(inputs, tmp_path / "out.jsonl", tmp_path / "stderr.txt")
    assert len(children) >= 2
    process.kill()
    process.wait(10)
    gone = wait_for(lambda: not any(map(alive, children)), 20)
    orphans = [pid for pid in children if alive(pid)]
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    assert gone, f"orphans left: {orphans}"


def test_sigterm_ends_the_run_like_ctrl_c(inputs, tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("previous run\n", encoding="utf-8")
    process, children = _start_pool_run(inputs, output, tmp_path / "stderr.txt")
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(30)
        gone = wait_for(lambda: not any(map(alive, children)), 20)
    finally:
        left = [pid for pid in children if alive(pid)]
        for pid in left:  # never leave a worker behind, even when this test fails
            os.kill(pid, signal.SIGKILL)
    stderr = (tmp_path / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    assert code == 143, stderr[-2000:]
    assert "Traceback" not in stderr and "terminated" in stderr
    assert gone, f"workers left: {left}"
    assert output.read_text(encoding="utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")] == []
