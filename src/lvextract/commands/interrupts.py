"""Ctrl-C ends every command the same way, whenever it comes: one line on stderr, exit status 130.

One handler; what it does depends on when Ctrl-C comes:

- start-up (the imports of click, torch, spaCy…, before a command runs) and the exit (after
  the command's status is known, while the interpreter shuts down): there is nothing to clean
  up, and an exception raised there would surface as a traceback (from an import, from an
  atexit callback). The line is written and the process ends at once.
- a running command: KeyboardInterrupt unwinds it, so that a half-written output is removed
  and the workers are stopped; the command line's main() then writes the line and exits 130.
  A second Ctrl-C while that clean-up runs ends the process at once.
- a running command inside `held()` (the import of torch): Ctrl-C waits for the block to end
  and is raised there. torch's native start-up imports numpy from C and drops whatever goes
  wrong in it, so a KeyboardInterrupt raised inside would vanish and leave numpy half-imported
  (every document then fails with "module 'numpy' has no attribute …").
- the very end: once the command's status is known and every other exit function has run, the
  process ends (os._exit) before the interpreter's teardown. From the start of that teardown
  Python gives SIGINT back to the system's default, so a Ctrl-C there would kill the process by
  signal (status -2, no line) after its work was done.
- a KeyboardInterrupt that Python could only report as "Exception ignored in …" (it landed in a
  finaliser) is raised again in the main thread instead of being lost.

Before install() runs — the interpreter's own start-up, a few milliseconds of CPU — Python's
default applies (a KeyboardInterrupt from its import machinery): nothing of lvextract's can run
earlier than its first line.

Installed only when lvextract runs as a program (not when a test or a library imports the
command line), and never in spawned worker processes. A worker forked from the program
inherits the handler; there Ctrl-C is ignored: the parent stops its workers itself, and the
one line is the parent's to write.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
MESSAGE = "lvextract: interrupted"

_installed = False
_owner: int | None = None  # the process that installed the handler (forked workers are others)
_running = False   # a command runs: Ctrl-C raises KeyboardInterrupt
_raised = False    # … and has raised it once already
_reported = False
_in_hook = False   # sys.unraisablehook runs: an exception raised now would be lost
_held = False      # inside held(): Ctrl-C is kept …
_pending = False   # … here, and raised when the block ends
_status: int | None = None  # the command's exit status, once main() knows it


def running_as_program() -> bool:
    """True in `lvextract …` and `python -m lvextract …`; False in a test, in the Python API,
    and in a spawned worker (whose __main__ is multiprocessing's, not the lvextract script)."""
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    if spec is not None and spec.name == "lvextract.__main__":
        return True
    script = os.path.splitext(os.path.basename(getattr(main, "__file__", None) or ""))[0]
    return getattr(main, "__name__", None) == "__main__" and script in ("lvextract", "lvextract-script")


def install() -> None:
    """Take over SIGINT from here on (call it before the heavy imports). Idempotent. A process
    started with SIGINT ignored (`lvextract … &` in a script, nohup) keeps ignoring it."""
    global _installed, _owner
    if _installed or not hasattr(signal, "SIGINT") or signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        return
    try:
        signal.signal(signal.SIGINT, _on_ctrl_c)
    except ValueError:  # not the main thread: leave Python's default
        return
    _installed, _owner = True, os.getpid()
    sys.unraisablehook = _unraisable
    atexit.register(_end_before_teardown)  # registered first, so it runs last


def ending(status) -> None:
    """The command line's exit status (what it passes to sys.exit), for _end_before_teardown."""
    global _status
    _status = status if isinstance(status, int) else (0 if status is None else 1)


def _end_before_teardown() -> None:
    if os.getpid() != _owner or _status is None:
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(_status)


def report(write=None) -> None:
    """Write the one line, at most once per process: with `write(line)` (e.g. click.echo to the
    command's stderr) or, by default, a raw write to descriptor 2, safe inside a signal handler."""
    global _reported
    if _reported:
        return
    _reported = True
    try:
        if write is not None:
            write(MESSAGE)
        else:
            os.write(2, (MESSAGE + "\n").encode())
    except (OSError, ValueError):
        pass


def forget_caught_interrupt() -> None:
    """Call before exiting 130 from a caught KeyboardInterrupt. CPython (3.11, 3.12) marks one
    that ended a *string* exec as unhandled even when a caller caught it — dataclasses and
    namedtuples build their methods that way, many times while torch and pydantic import —
    and under `python -m` ends the process by SIGINT (status -2) instead of with sys.exit's
    130. Every string exec clears that mark as it starts: this one does nothing else."""
    exec("pass", {})


def exit_now() -> None:
    report()
    os._exit(EXIT_INTERRUPTED)


@contextlib.contextmanager
def command_running():
    """While the block runs, Ctrl-C unwinds it (KeyboardInterrupt); before and after, it exits."""
    global _running, _raised, _pending
    _running, _raised, _pending = True, False, False
    try:
        yield
    finally:
        _running = False


@contextlib.contextmanager
def held():
    """While the block runs, a command's Ctrl-C is kept and raised when the block ends (a second
    one still ends the process at once). For code that must not be cut in the middle."""
    global _held, _pending, _raised
    if _held:
        yield
        return
    _held = True
    try:
        yield
    finally:
        _held = False
        if _pending:
            _pending, _raised = False, True
            raise KeyboardInterrupt


def _on_ctrl_c(signum, frame) -> None:
    global _raised, _pending
    if os.getpid() != _owner:
        return
    if _in_hook:  # raised inside the unraisable hook, it would be "ignored" once more
        _deliver_later()
        return
    if _running and not _raised and not _pending:
        if _held:
            _pending = True
            return
        _raised = True
        raise KeyboardInterrupt
    exit_now()


def _unraisable(unraisable) -> None:
    global _raised, _in_hook
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)
        return
    if os.getpid() != _owner:
        return
    if not _running:
        exit_now()
    _in_hook = True
    try:
        _raised = False
        _deliver_later()
    finally:
        _in_hook = False


def _deliver_later() -> None:
    """Ctrl-C again, in the main thread, once no unraisable hook runs (a thread asks for it:
    a signal raised from here would be handled at once, inside the hook)."""
    import _thread
    import threading
    import time

    def deliver() -> None:
        while _in_hook:
            time.sleep(0.001)
        _thread.interrupt_main(signal.SIGINT)

    threading.Thread(target=deliver, name="lvextract-ctrl-c", daemon=True).start()
