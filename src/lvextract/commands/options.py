"""Options that several commands share."""
from __future__ import annotations

import datetime as dt

import click


def _iso_day(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a calendar day as YYYY-MM-DD (e.g. 2023-03-03)") from None


reference_date_option = click.option(
    "--reference-date", "reference_date", metavar="YYYY-MM-DD", callback=_iso_day,
    help="The day to anchor to when a text states no document date of its own (e.g. the day a batch "
         "fetched the releases): years and relative dates (rīt, nākamajā pirmdienā) resolve against it, "
         "and the record's `reference_date` says so. With --cache, records are kept apart per reference date.")


def examples(*lines: str) -> str:
    """A --help epilog of example command lines, printed as written (`\\b`: click does not rewrap)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """"1 document", "2 documents" (and "0 documents")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def path_argument(name: str, metavar: str | None = None, **kwargs):
    """A file or directory argument with the shells' path completion (see complete_paths)."""
    return click.argument(name, metavar=metavar, shell_complete=complete_paths, **kwargs)


def json_option(help: str):
    """`--json`: the command's result as one JSON object (passed as `as_json`); `help` says its keys."""
    return click.option("--json", "as_json", is_flag=True, help=help)


def quiet_option(help: str):
    """`-q/--quiet`: less output; `help` says what the command leaves out."""
    return click.option("-q", "--quiet", is_flag=True, help=help)


def complete_paths(ctx, param, incomplete: str):
    """Tab completion of file and directory names (the shell lists them) for path arguments;
    their values are not converted, so an unreadable file still gets its error record."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]
