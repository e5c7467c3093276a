"""Helpers for tests that run `lvextract parse` in a subprocess and watch its workers."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

from lvextract import runner

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def copy_corpus(folder: Path, batches: int) -> Path:
    """Copies of corpus/*.txt in `folder`, enough to fill about this many of the runner's
    batches (at least two copies), so that a pool starts and stays busy for a while."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = sorted(CORPUS.glob("*.txt"))
    corpus_bytes = sum(p.stat().st_size for p in texts)  # about its characters
    copies = max(2, -(-batches * getattr(runner, "BATCH_CHARS", 48_000) // corpus_bytes))
    for i, path in enumerate(texts):
        for copy in range(copies):
            shutil.copy(path, folder / f"{copy}_{i:03d}.txt")
    return folder


def _children(pid: int):
    """(entry, stat fields after the command name) of each process whose parent is `pid`."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    yield entry, fields
            except (OSError, ValueError, IndexError):
                continue


def workers_of(pid: int) -> list[int]:
    """The run's worker processes, spawned or forked (not multiprocessing's resource tracker)."""
    found = []
    for entry, _fields in _children(pid):
        try:
            if b"resource_tracker" not in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def children_of(pid: int) -> list[int]:
    """The living (not zombie) child processes of `pid`."""
    return [int(entry.name) for entry, fields in _children(pid) if fields[0] not in ("Z", "X")]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has ended; only its exit status waits to be read


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()
