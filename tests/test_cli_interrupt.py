"""Ctrl-C at any moment ends every command with one line on stderr and exit status 130.

Real subprocesses, interrupted the way a terminal does it: SIGINT to the whole process group
(workers included). The moments are chosen by what the process is doing (blocked reading
its input, torch mapped into memory, records written, a worker starting), never by how long
something takes: on a loaded machine any of them may come later, and the result must be the
same whenever the signal arrives."""
import errno
import os
import platform
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lvextract import runner
from run_helpers import copy_corpus, workers_of

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ONE_TEXT = sorted(CORPUS.glob("*.txt"))[0]
LINE = "lvextract: interrupted"

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(os, "killpg"),
                                reason="reads /proc to see what the process is doing")


def _as_foreground_job() -> None:
    """Ctrl-C's default action, as a terminal's foreground job has it: a test run started in the
    background by a script (`make test &`, nohup) hands its children SIGINT ignored, and the command
    would then never see the Ctrl-C these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Run:
    """`python -m lvextract ARGS` in a session of its own, as a terminal's foreground job."""

    def __init__(self, tmp_path: Path, *args: str, stdin=subprocess.DEVNULL):
        self.stderr_path, self.stdout_path = tmp_path / "stderr.txt", tmp_path / "stdout.txt"
        # Files, not pipes: a worker that outlived its parent would hold a pipe open.
        with open(self.stderr_path, "wb") as err, open(self.stdout_path, "wb") as out:
            self.process = subprocess.Popen([sys.executable, "-m", "lvextract", *map(str, args)], cwd=ROOT,
                                            stdin=stdin, stdout=out, stderr=err, start_new_session=True,
                                            preexec_fn=_as_foreground_job)

    def ctrl_c(self) -> None:
        assert self.process.poll() is None, "the command ended before it could be interrupted:\n" + self.errors()
        os.killpg(self.process.pid, signal.SIGINT)

    def finish(self) -> int:
        try:
            return self.process.wait(120)
        finally:
            try:  # never leave anything behind, even when the test fails
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def errors(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def assert_interrupted(self) -> None:
        code = self.finish()
        errors = self.errors()
        assert "Traceback" not in errors, errors[-3000:]
        assert (code, errors.splitlines()) == (130, [LINE]), errors[-3000:]


def _wait_for(condition, what: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"never saw: {what}"
        time.sleep(0.02)


READ_SYSCALL = {"x86_64": 0, "aarch64": 63}.get(platform.machine())


def _reading_stdin(pid: int) -> bool:
    """Blocked in read(0, …): the command runs and waits for its input."""
    try:
        fields = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return False
    return len(fields) > 1 and fields[0] == str(READ_SYSCALL) and fields[1] == "0x0"


def _fifo_opened(fifo: Path) -> bool:
    """Someone has the FIFO open for reading (a writer's non-blocking open then succeeds)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            return False
        raise
    return True


def _mapped(pid: int, library: str) -> bool:
    try:
        return library in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    path.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    return path


def _every_command(records: Path) -> dict[str, list]:
    return {
        "parse": ["parse", ONE_TEXT, "-j", "1"],
        "check": ["check", ONE_TEXT],
        "eval": ["eval", CORPUS / "gold", records],
        "diff": ["diff", records, records],
        "validate": ["validate", records],
        "show": ["show", ONE_TEXT],
        "segment": ["segment", ONE_TEXT],
        "schema": ["schema"],
        "help": ["--help"],
    }


# Where a KeyboardInterrupt may still surface as Python's own: lvextract's code up to the
# install() call, which is the first thing `python -m lvextract` does.
BEFORE_INSTALL = re.compile(r'File "[^"]*(?:lvextract/__main__\.py", line [123]\b|lvextract/__init__\.py"'
                            r'|lvextract/commands/__init__\.py"|lvextract/commands/interrupts\.py")')


def _came_before_lvextract(code: int, errors: str) -> bool:
    """The signal arrived while the interpreter was still starting, before lvextract's first
    line could take SIGINT over: killed by it before Python set its handler, or Python's
    KeyboardInterrupt from frames none of which is lvextract's after install()."""
    if code != -signal.SIGINT:
        return False
    frames = [line for line in errors.splitlines() if line.lstrip().startswith("File ")]
    ours = [f for f in frames if "lvextract" in f or "site-packages" in f]
    return errors == "" or (errors.rstrip().endswith("KeyboardInterrupt")
                            and all(BEFORE_INSTALL.search(f) for f in ours))


@pytest.mark.parametrize("command", ["parse", "check", "eval", "diff", "validate", "show", "segment", "schema", "help"])
def test_ctrl_c_during_start_up(command, records, tmp_path):
    """Early: lvextract imports click and rich, or the interpreter is still starting (on a
    loaded machine 0.1 s may be that early; then Python's own default is all there is)."""
    run = Run(tmp_path, *_every_command(records)[command])
    time.sleep(0.1)
    run.ctrl_c()
    code = run.finish()
    if _came_before_lvextract(code, run.errors()):
        return
    run.assert_interrupted()


@pytest.mark.parametrize("delay", [0.2, 0.4, 0.8, 1.6])
def test_ctrl_c_early_in_parse(delay, tmp_path):
    """Later moments of start-up: imports of click, rich, the runner, pydantic, torch …"""
    run = Run(tmp_path, "parse", ONE_TEXT, "-j", "1")
    time.sleep(delay)
    run.ctrl_c()
    code = run.finish()
    if _came_before_lvextract(code, run.errors()):
        return
    run.assert_interrupted()


@pytest.mark.parametrize("command", ["parse", "check", "show", "segment", "validate"])
def test_ctrl_c_while_a_command_waits_for_its_input(command, tmp_path):
    args = {"parse": ["parse", "-", "-j", "1"], "check": ["check", "-"], "show": ["show", "-"],
            "segment": ["segment", "-"], "validate": ["validate", "-"]}[command]
    if READ_SYSCALL is None:
        pytest.skip("read's system call number is known here for x86_64 and aarch64 only")
    reader, writer = os.pipe()
    try:
        run = Run(tmp_path, *args, stdin=reader)
        _wait_for(lambda: _reading_stdin(run.process.pid), "the command reading stdin")
        run.ctrl_c()
        run.assert_interrupted()
    finally:
        os.close(reader)
        os.close(writer)


def test_started_with_ctrl_c_ignored_it_stays_ignored(tmp_path):
    """`lvextract … &` in a script (or nohup) starts with SIGINT ignored: it must not take it over."""
    if READ_SYSCALL is None:
        pytest.skip("read's system call number is known here for x86_64 and aarch64 only")
    reader, writer = os.pipe()
    err = open(tmp_path / "stderr.txt", "wb")
    try:
        process = subprocess.Popen([sys.executable, "-m", "lvextract", "validate", "-"], cwd=ROOT, stdin=reader,
                                   stdout=subprocess.PIPE, stderr=err, start_new_session=True,
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
        os.close(reader)
        _wait_for(lambda: _reading_stdin(process.pid), "validate reading stdin")
        os.killpg(process.pid, signal.SIGINT)
        os.write(writer, b'{"doc_id": "x"}\n')
        os.close(writer)
        out, _ = process.communicate(timeout=120)
    finally:
        err.close()
    assert process.returncode == 1 and b"1 record" in out  # it ran to its end: one invalid record
    assert (tmp_path / "stderr.txt").read_bytes() == b""


@pytest.mark.parametrize("command", ["eval", "diff"])
def test_ctrl_c_while_a_records_file_is_opened(command, records, tmp_path):
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    args = ["eval", CORPUS / "gold", fifo] if command == "eval" else ["diff", fifo, records]
    run = Run(tmp_path, *args)
    _wait_for(lambda: _fifo_opened(fifo), "the command opening its records file")
    run.ctrl_c()
    run.assert_interrupted()


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    return copy_corpus(tmp_path / "in", batches=6)


@pytest.mark.parametrize("library", ["libtorch", "spacy"])
def test_ctrl_c_while_the_models_load(library, corpus_copy, tmp_path):
    run = Run(tmp_path, "parse", corpus_copy, "-j", "1", "-o", tmp_path / "out.jsonl")
    _wait_for(lambda: _mapped(run.process.pid, library) or run.process.poll() is not None, f"{library} loading")
    run.ctrl_c()
    run.assert_interrupted()
    assert not (tmp_path / "out.jsonl").exists()


def test_ctrl_c_mid_run_keeps_what_was_written_and_stops(corpus_copy, tmp_path):
    run = Run(tmp_path, "parse", corpus_copy, "-j", "1")
    _wait_for(lambda: run.stdout_path.stat().st_size > 0 or run.process.poll() is not None, "the first records")
    run.ctrl_c()
    run.assert_interrupted()
    lines = run.stdout_path.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < len(list(corpus_copy.iterdir()))


def test_ctrl_c_to_the_parent_of_a_worker_pool(corpus_copy, tmp_path):
    """`kill -INT` of the parent alone: it stops its workers and reports once."""
    run = Run(tmp_path, "parse", corpus_copy, "-j", "2", "-q", "-o", tmp_path / "out.jsonl")
    _wait_for(lambda: len(workers_of(run.process.pid)) >= 2 or run.process.poll() is not None, "two workers")
    assert run.process.poll() is None, run.errors()
    run.process.send_signal(signal.SIGINT)
    run.assert_interrupted()
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.skipif(hasattr(runner, "PoolExecutor") and not hasattr(runner, "ctrl_c_blocked"),
                    reason="spawned workers need runner.ctrl_c_blocked: still importing, they must not get Ctrl-C")
def test_ctrl_c_while_workers_start(corpus_copy, tmp_path):
    """A terminal's Ctrl-C reaches the workers too, also a worker that has only just started
    (a spawned one still importing; a forked one before it ignores SIGINT)."""
    run = Run(tmp_path, "parse", corpus_copy, "-j", "2", "-q", "-o", tmp_path / "out.jsonl")
    _wait_for(lambda: workers_of(run.process.pid) or run.process.poll() is not None, "a worker starting")
    run.ctrl_c()
    run.assert_interrupted()


# A command line with two more commands, run as `python -m`, as `python -m lvextract` is.
HOSTILE_MAIN = '''
import click, os, signal, sys, time
from lvextract.commands import interrupts
interrupts.install()
from lvextract.cli import main

@main.command("in-string-exec")
def in_string_exec():
    exec("raise KeyboardInterrupt", {})   # as Ctrl-C during a dataclass's generated code

@main.command("in-a-finaliser")
def in_a_finaliser():
    class Dropped:
        def __del__(self):
            raise KeyboardInterrupt       # as Ctrl-C while a finaliser runs: "Exception ignored"
    Dropped()
    for _ in range(10_000_000):           # the command would go on; the interrupt must stop it
        pass
    print("finished")

@main.command("in-a-swallowing-import")
def in_a_swallowing_import():
    with interrupts.held():               # as segmentation.import_torch holds torch's import …
        try:                              # … whose native start-up drops what numpy's import raised
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):
                pass
        except BaseException:
            print("swallowed")
    print("finished")

@main.command("in-the-teardown")
def in_the_teardown():
    global late
    class Late:
        def __del__(self):                # runs while the interpreter tears down its modules
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)
    late = Late()

main()
'''


@pytest.mark.parametrize("command", ["in-string-exec", "in-a-finaliser", "in-a-swallowing-import"])
def test_ctrl_c_where_python_would_lose_it(command, tmp_path):
    """Deterministic: a KeyboardInterrupt that ends a string exec (CPython then exits by SIGINT,
    -2, under `python -m`), one raised in a finaliser (reported as ignored, then lost), and one
    that code which catches everything would swallow (torch's start-up importing numpy)."""
    (tmp_path / "hostile_main.py").write_text(HOSTILE_MAIN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "hostile_main", command], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120, preexec_fn=_as_foreground_job)
    assert (result.returncode, result.stderr.splitlines(), result.stdout) == (130, [LINE], ""), result.stderr


def test_ctrl_c_in_the_interpreters_teardown_comes_too_late(tmp_path):
    """Once the command is done and its status known, the process ends before Python's
    teardown, in which SIGINT is the system's default again (it would die by signal, -2)."""
    (tmp_path / "hostile_main.py").write_text(HOSTILE_MAIN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "hostile_main", "in-the-teardown"], capture_output=True, text=True,
                            env=env, cwd=tmp_path, timeout=120, preexec_fn=_as_foreground_job)
    assert (result.returncode, result.stderr, result.stdout) == (0, "", "")
