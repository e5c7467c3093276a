"""The `lvextract` command line."""
from __future__ import annotations

from .commands import interrupts

if interrupts.running_as_program():  # first: a Ctrl-C during the imports below ends cleanly too
    interrupts.install()

import contextlib
import gc
import json
import os
import signal
import sys
import threading
import time

import click

from . import __version__
from .output import FORMATS, RecordWriter, open_output
from .reading import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, UsageError, find_inputs
from .commands.console import add_color_option, console
from .commands.options import complete_paths, counted, examples, reference_date_option
from .record import json_schema
from .runner import DEFAULT_FIXED_SECONDS, DEFAULT_SECONDS_PER_MB

EXIT_OK, EXIT_DOC_ERRORS, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = interrupts.EXIT_INTERRUPTED, 143  # 128 + SIGINT, 128 + SIGTERM, as shells report them


class Terminated(BaseException):
    """SIGTERM arrived: unwinds like Ctrl-C does (BaseException, so no `except Exception` in an
    extractor stops it), removing a half-written output and stopping the workers."""


def _terminate(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not break the clean-up
    raise Terminated()


@contextlib.contextmanager
def _sigterm_unwinds():
    """SIGTERM raises Terminated while a run is on (only the main thread can set handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Interrupted(BaseException):
    """Ctrl-C, carried past click (which answers a KeyboardInterrupt with a blank line of its own)."""


class PipeClosed(BaseException):
    """The reader of stdout went away (`lvextract parse corpus/ | head -n1`). Not an OSError,
    so click does not turn it into exit 1; main() ends quietly with 0, as `git log | head` does."""


def _silence_stdout() -> None:
    """Point stdout at /dev/null: the interpreter's last flush at exit must not fail again and
    print "Exception ignored … BrokenPipeError" on stderr."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real descriptor (tests capture stdout)
        pass


class OneLineErrors(click.Group):
    """Usage errors as one line on stderr and exit 2; never a traceback."""

    def make_context(self, *args, **kwargs):
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            raise Interrupted() from None

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise PipeClosed() from None
        except KeyboardInterrupt:  # past click, which would print a blank line for it
            raise Interrupted() from None

    def main(self, *args, **kwargs):
        try:
            self._main(*args, **kwargs)
        except SystemExit as exit:
            interrupts.ending(exit.code)
            raise

    def _main(self, *args, **kwargs):
        kwargs["standalone_mode"] = False
        try:
            with interrupts.command_running():
                code = super().main(*args, **kwargs)
        except (Interrupted, KeyboardInterrupt, click.exceptions.Abort):
            interrupts.report(lambda line: click.echo(line, err=True))
            interrupts.forget_caught_interrupt()
            sys.exit(EXIT_INTERRUPTED)
        except Terminated:
            click.echo("lvextract: terminated", err=True)
            sys.exit(EXIT_TERMINATED)
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
            sys.exit(EXIT_OK)
        except click.ClickException as exc:
            where = f"lvextract {exc.ctx.info_name}: " if getattr(exc, "ctx", None) and exc.ctx.parent else "lvextract: "
            click.echo(f"{where}error: {exc.format_message()} (see --help)", err=True)
            sys.exit(exc.exit_code if exc.exit_code in (EXIT_DOC_ERRORS, EXIT_USAGE) else EXIT_USAGE)
        except (BrokenPipeError, PipeClosed):
            _silence_stdout()
            sys.exit(EXIT_OK)
        sys.exit(code or EXIT_OK)


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=examples("lvextract parse corpus/ -o records.jsonl      # every input below corpus/",
                             "cat release.txt | lvextract parse -           # stdin to stdout",
                             "lvextract check drafts/ -q                    # a batch job's gate"))
@click.version_option(__version__, prog_name="lvextract")
def main() -> None:
    """Structured records from Latvian announcement texts.

    \b
    Reads press releases of ministries, municipalities, NGOs and EU-funded projects and
    writes one JSON record per text: dates and ranges, deadlines, events, contacts,
    budgets, target groups, funding programmes and projects, each with the span of
    text it came from.

    Exit status: 0 all inputs read; 1 some inputs had errors (their records carry
    `error`) or a check failed; 2 usage error; 130 interrupted (Ctrl-C).
    """


@main.command(epilog=examples(
    "lvextract parse corpus/ -o records.jsonl",
    "lvextract parse corpus/ --format csv --excel -o items.csv      # for a spreadsheet",
    "lvextract parse fetched/ --reference-date 2023-03-03 --cache ~/.cache/lvextract"))
@click.argument("paths", nargs=-1, required=True, shell_complete=complete_paths)
@click.option("-o", "--output", "output", metavar="FILE", help="Write here (atomically) instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(FORMATS + ("ics", "xlsx", "parquet")), default="jsonl",
              show_default=True,
              help="jsonl: one record a line; json: one array; csv: one row per extracted item; "
                   "ics: an iCalendar of events and deadlines; xlsx: a workbook, one sheet per field (needs -o); "
                   "parquet: one row per record, in the parts of a sharded run (--dask with -o DIRECTORY/).")
@click.option("--excel", is_flag=True,
              help="With --format csv: start the file with a UTF-8 byte order mark, so that Excel reads "
                   "Latvian letters right.")
@click.option("--with-text", is_flag=True,
              help="Add the document text to each record (`text`): the text every span points into, "
                   "also for web pages, PDF and Word files.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"File names to take from directories (repeatable). Default: {' '.join(DEFAULT_GLOBS)}.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Larger files get an error record instead of being parsed.")
@click.option("--tokenizer-model", metavar="FILE", envvar="LVEXTRACT_TOKENIZER_MODEL",
              help="Another Stanza tokenizer model (.pt), e.g. an official one. Default: the bundled model.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes (default: the machine's cores; 1 = in this process; an input of one "
                   "batch, about 250 000 characters, always runs in one process).")
@click.option("--cache", "cache_dir", metavar="DIR", envvar="LVEXTRACT_CACHE",
              help="Reuse records of unchanged inputs from DIR (keyed by content and pipeline version).")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Run on a Dask cluster, e.g. tcp://scheduler:8786 (needs the `dask` extra). With -o DIRECTORY/ "
                   "or a URL (s3://bucket/records/), the workers read the inputs (paths, URLs or @PATHS-FILE) and "
                   "write part-NNNNN files there themselves; see docs/scaling.md.")
@click.option("--partition-bytes", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="With --dask and -o DIRECTORY/: input bytes per output part (default 1000000).")
@click.option("--timeout-per-mb", type=click.FloatRange(min=0), default=DEFAULT_SECONDS_PER_MB, show_default=True,
              metavar="SECONDS",
              help=f"CPU seconds per MB of text (plus {DEFAULT_FIXED_SECONDS:g} s) a document may take; past that "
                   "it gets a `timeout` error record and the run goes on. 0 = no limit.")
@reference_date_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def parse(paths, output, fmt, excel, with_text, globs, max_bytes, tokenizer_model, jobs, cache_dir, dask_address,
          partition_bytes, timeout_per_mb, reference_date, quiet):
    """Extract records from PATHS: files, directories (recursive) or - for stdin.

    Every input yields exactly one record, in sorted path order; a file that cannot be
    read or decoded yields a record with `error` set, and the exit status is then 1.
    """
    from .runner import ExecutorUnavailable, RunOptions, TimeBudget, default_jobs, run

    # A run builds and drops many small objects (records read from the cache, decoded texts);
    # reference counting frees them, and the cyclic collector at its default pace (every 700
    # allocations) mostly rescans what is alive: it took two thirds of a cached re-run.
    from .worker_setup import EXTRACTION_GC_THRESHOLDS

    gc.freeze()
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)
    if excel and fmt != "csv":
        raise click.UsageError("--excel is for --format csv (a workbook: --format xlsx)")
    from .shards import is_directory_output

    if dask_address and is_directory_output(output):
        from .shards import parse_sharded
        from .shard_task import RecordOptions

        # Workers read the inputs and write the parts: nothing is read or written here.
        sys.exit(parse_sharded(list(paths), output, dask_address, fmt, tuple(globs) or None,
                               RecordOptions(max_bytes, tokenizer_model, with_text, reference_date),
                               cache_dir, partition_bytes, quiet))
    if fmt == "parquet":
        raise click.UsageError("--format parquet writes the parts of a sharded run: give --dask ADDRESS "
                               "and -o DIRECTORY/")
    if fmt == "xlsx" and output in (None, "-"):
        raise click.UsageError("--format xlsx writes a workbook: give it a file with -o FILE.xlsx")
    try:
        sources = find_inputs(list(paths), tuple(globs) or DEFAULT_GLOBS)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    options = RunOptions(max_bytes=max_bytes, tokenizer_model=tokenizer_model, jobs=jobs or default_jobs(),
                         cache_dir=cache_dir, dask_address=dask_address, with_text=with_text,
                         reference_date=reference_date,
                         budget=TimeBudget(timeout_per_mb) if timeout_per_mb else None)
    started, errors = time.monotonic(), 0
    with _sigterm_unwinds():
        try:
            records = run(sources, options)
        except ExecutorUnavailable as exc:
            raise click.UsageError(str(exc)) from None
        # closing(): however the loop ends, the run's workers are stopped, not left running.
        opened = contextlib.nullcontext() if fmt == "xlsx" else open_output(output)
        with contextlib.closing(records), opened as stream, _progress(len(sources), quiet) as advance:
            writer = _writer(fmt, stream, output, excel)
            for record in records:
                writer.write(record)
                if record.error:
                    errors += 1
                    click.echo(f"lvextract: {record.error.message}", err=True)
                advance()
            writer.close()
    if not quiet:
        if fmt == "ics" and writer.skipped:
            click.echo(f"lvextract: {counted(writer.skipped, 'event or deadline', 'events and deadlines')} "
                       "without a known day left out of the calendar",
                       err=True)
        click.echo(f"lvextract: {counted(len(sources), 'document')}, {errors} with errors, "
                   f"{time.monotonic() - started:.1f} s", err=True)
    sys.exit(EXIT_DOC_ERRORS if errors else EXIT_OK)


def _writer(fmt: str, stream, output: str | None, excel: bool = False):
    """JSON Lines, JSON or CSV on the stream; a calendar on it; a workbook at the output path."""
    if fmt == "ics":
        from .exports import IcsWriter

        return IcsWriter(stream)
    if fmt == "xlsx":
        from .exports import XlsxWriter

        return XlsxWriter(output)
    return RecordWriter(stream, fmt, excel=excel)


def _progress(total: int, quiet: bool):
    """A rich progress bar on stderr when stderr is a terminal; otherwise nothing."""
    import contextlib

    if quiet or not sys.stderr.isatty() or total < 2:
        return contextlib.nullcontext(lambda: None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    @contextlib.contextmanager
    def bar():
        with Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console(stderr=True), transient=True) as progress:
            task = progress.add_task("parse", total=total)
            yield lambda: progress.advance(task)

    return bar()


@main.command(epilog=examples("lvextract schema -o schemas/record.schema.json",
                              "lvextract schema | jq '.properties | keys'"))
@click.option("-o", "--output", metavar="FILE", help="Write the schema here instead of stdout.")
def schema(output):
    """Print the JSON Schema of a record (schemas/record.schema.json is this output)."""
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if output:
        with open_output(output) as stream:
            stream.write(text)
    else:
        click.echo(text, nl=False)


# Commands that live in their own modules under lvextract.commands, registered here.
def _register_commands() -> None:
    import importlib

    for module_name, command_name in COMMANDS:
        main.add_command(getattr(importlib.import_module(f"lvextract.commands.{module_name}"), command_name))


COMMANDS: list[tuple[str, str]] = [
    ("eval", "eval_command"),
    ("validate", "validate_command"),
    ("check", "check_command"),
    ("diff", "diff_command"),
    ("show", "show_command"),
    ("segment", "segment"),
    ("completion", "completion_command"),
]
_register_commands()
# --color on the group and on every command alike (a command's own choice wins).
for _command in (main, *main.commands.values()):
    add_color_option(_command)
