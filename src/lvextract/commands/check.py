"""`lvextract check`: parse texts and fail when a field a release must have came out empty."""
from __future__ import annotations

import json
import sys

import click

from ..reading import DEFAULT_GLOBS, UsageError, find_inputs
from ..record import LIST_FIELDS, Record
from .console import console
from .options import counted, examples, json_option, path_argument, quiet_option, reference_date_option

REQUIRABLE = ("title", "document_date", *LIST_FIELDS)
# A release that goes out should say when things happen and whom to ask.
DEFAULT_REQUIRE = ("dates", "contacts")


def parse_require(values: tuple[str, ...]) -> tuple[str, ...]:
    """Comma-separated (and repeatable) field names → a de-duplicated tuple; none given → the
    default; an unknown name, or a value that names no field at all (`--require ""`), raises."""
    if any(not value.replace(",", "").strip() for value in values):
        raise click.BadParameter(f"an empty field list; valid: {', '.join(REQUIRABLE)}", param_hint="--require")
    names = [n.strip() for value in values for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in REQUIRABLE]
    if unknown:
        raise click.BadParameter(f"unknown field{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                                 f"valid: {', '.join(REQUIRABLE)}", param_hint="--require")
    return tuple(dict.fromkeys(names)) or DEFAULT_REQUIRE


def missing_fields(record: Record, required: tuple[str, ...]) -> list[str]:
    return [name for name in required if not getattr(record, name)]


@click.command("check", short_help="Parse texts; fail when a required field came out empty.",
               epilog=examples(
                   'lvextract check release.txt                              # dates and contacts',
                   'lvextract check drafts/ --require deadlines,contacts,document_date',
                   'lvextract check fetched/ -q --reference-date 2023-03-03  # only the failures'))
@path_argument("paths", nargs=-1, required=True)
@click.option("--require", "require", multiple=True, metavar="FIELDS",
              help=f"Comma-separated fields that must not come out empty (repeatable). "
                   f"Default: {','.join(DEFAULT_REQUIRE)}. Valid: {', '.join(REQUIRABLE)}.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help=f"File names to take from directories (repeatable). Default: {' '.join(DEFAULT_GLOBS)}.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Worker processes for many files (as in `parse`).")
@json_option("One JSON object: required fields and a result per file.")
@reference_date_option
@quiet_option("Only the FAIL lines: no line per passing file, no summary.")
def check_command(paths, require, globs, jobs, as_json, reference_date, quiet):
    """Parse PATHS (files, directories, - for stdin) and fail when a required field is empty.

    \b
    For a batch job that vets a press release before it goes out: one line per
    missing field per file, e.g.
      FAIL release.txt: no deadlines found (required)
    A file that cannot be read or decoded fails too.

    Exit status: 0 every file has every required field; 1 some file misses one or
    could not be read; 2 usage error (unknown field, missing path).
    """
    from ..runner import RunOptions, run

    required = parse_require(require)
    try:
        sources = find_inputs(list(paths), tuple(globs) or DEFAULT_GLOBS)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from None
    results = []
    for record in run(sources, RunOptions(jobs=jobs, reference_date=reference_date)):
        missing = [] if record.error else missing_fields(record, required)
        results.append({"source": record.source, "doc_id": record.doc_id, "ok": not missing and not record.error,
                        "missing": missing, "error": record.error.message if record.error else None})
    failed = sum(not r["ok"] for r in results)
    if as_json:
        click.echo(json.dumps({"require": list(required), "files": len(results), "failed": failed,
                               "results": results}, ensure_ascii=False, indent=2))
    else:
        _print_results(results, required, failed, quiet)
    sys.exit(1 if failed else 0)


def _print_results(results: list[dict], required: tuple[str, ...], failed: int, quiet: bool = False) -> None:
    from rich.markup import escape

    out = console()
    for r in results:
        source = escape(r["source"])
        if r["error"]:
            out.print(f"[red]FAIL[/] {source}: cannot check: {escape(r['error'])}")
        for name in r["missing"]:
            out.print(f"[red]FAIL[/] {source}: no {name} found (required)")
        if r["ok"] and not quiet:
            out.print(f"[green]ok[/]   {source}")
    if not quiet:
        out.print(f"{counted(len(results), 'file')}, {failed} failed; required: {', '.join(required)}")
