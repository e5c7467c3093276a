"""`lvextract show`: the text with every extracted item highlighted, then the record as a table."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from ..highlight import html_page, legend, marks, plain_marked, record_table, stale_marks, terminal_text
from ..reading import Source, load
from ..scoring import RecordsFileError, load_records
from .console import console
from .options import examples, path_argument, quiet_option, reference_date_option


@click.command("show", short_help="A text with its extracted items highlighted, and its record.",
               epilog=examples(
                   'lvextract show corpus/000_2cc83734dc6f44ee.txt',
                   'lvextract show release.txt --html release.html',
                   'lvextract show release.txt --record out/records.jsonl    # no re-parse'))
@path_argument("file", "FILE")
@click.option("--html", "html_out", metavar="OUT.html", help="Also write a self-contained HTML page (displaCy spans).")
@click.option("--record", "records_path", metavar="RECORDS.jsonl",
              help="Show the record for FILE from this records file (by doc_id) instead of parsing FILE again.")
@click.option("--no-text", is_flag=True, help="Only the record table, not the highlighted text.")
@reference_date_option
@quiet_option("No note on stderr about the HTML page written.")
def show_command(file, html_out, records_path, no_text, reference_date, quiet):
    """Show FILE with each extracted item highlighted in its field's colour, then the record.

    \b
    For an analyst who wants to see why a value came out: dates, events, deadlines,
    contacts, budgets, target groups, funding and projects each have a style and
    colour of their own, apart on 16-colour terminals too (the legend is printed
    first); the table lists every item with its normalised value, its details (an
    event's title, time, place and address; a contact's role and organization …),
    the text it came from and its offsets. Without colour (a pipe, --color never,
    NO_COLOR) items are marked ⟦so⟧{field}.

    Exit status: 0 shown; 1 the file could not be read or decoded, or its record does
    not fit its text; 2 usage error (missing file, no record for it, bad JSON).
    """
    source = Source(file)
    if file != "-" and not Path(file).exists():
        raise click.UsageError(f"no such file: {file}")
    decoded = load(source)
    if decoded.text is None:
        click.echo(f"lvextract show: {decoded.error_message}", err=True)
        sys.exit(1)
    doc = None
    if records_path:
        record = _stored_record(records_path, source.doc_id)
    else:
        from ..pipeline import build_document, empty_record, extract

        try:
            doc = build_document(decoded.text)
            doc.published_date = decoded.published
            if reference_date:
                doc.reference_date = dt.date.fromisoformat(reference_date)
            record = extract(doc, empty_record(decoded)).model_dump(mode="json")
        except Exception as exc:  # as in `parse`: a failing extractor is reported, not a traceback
            click.echo(f"lvextract show: {file}: extraction failed: {type(exc).__name__}: {exc}", err=True)
            sys.exit(1)
    text = decoded.text
    stale = stale_marks(record, text)
    found = marks(record, text)
    out = console()
    if not no_text and out.color_system and not out.no_color:
        out.print(legend())
        out.print(terminal_text(text, found))
    elif not no_text:
        out.print(plain_marked(text, found), markup=False, highlight=False)
    out.print(record_table(record))
    if html_out:
        from ..output import open_output
        from ..pipeline import build_document

        doc = doc or build_document(text)
        with open_output(html_out) as stream:
            stream.write(html_page(doc.spacy, found, record))
        if not quiet:
            click.echo(f"lvextract show: wrote {html_out}", err=True)
    if stale:
        click.echo(f"lvextract show: {len(stale)} {'span does' if len(stale) == 1 else 'spans do'} not match the text of {file} "
                   f"(record of another version?): {'; '.join(stale[:3])}", err=True)
        sys.exit(1)


def _stored_record(records_path: str, doc_id: str) -> dict:
    try:
        records = load_records(records_path)
    except RecordsFileError as exc:
        raise click.UsageError(str(exc)) from None
    if doc_id not in records:
        raise click.UsageError(f"{records_path}: no record with doc_id {doc_id}")
    return records[doc_id]
