"""`lvextract eval`: score records against gold files (RECORD.md, "Gold files and scoring")."""
from __future__ import annotations

import json

import click

from ..scoring import SCORED_FIELDS, EvalResult, RecordsFileError, evaluate
from .console import console
from .options import examples, json_option, path_argument, quiet_option


@click.command("eval", short_help="Score records against gold files (RECORD.md's rules).",
               epilog=examples(
                   'lvextract parse corpus/ -o records.jsonl && lvextract eval corpus/gold records.jsonl',
                   'lvextract eval corpus/gold records.jsonl --json | jq .macro_f1',
                   'lvextract eval gold_reader_a/ gold_reader_b/   # how far two readers agree'))
@path_argument("gold_dir", "GOLD_DIR")
@path_argument("records", "RECORDS.jsonl")
@json_option("One JSON object: fields, document_date_acc, macro_f1.")
@click.option("--docs", is_flag=True, help="Also list, per gold document, the items missed and the items extra.")
@quiet_option("Only the scores: no notes on records without a gold file or gold files without a record.")
def eval_command(gold_dir, records, as_json, docs, quiet):
    """Score RECORDS.jsonl against the gold files in GOLD_DIR (one <doc_id>.json each).

    \b
    Per field: true positives, false positives, false negatives, precision, recall
    and F1, micro-averaged over documents, each field compared as a set per document
    as RECORD.md defines; the document-date accuracy apart; and the macro F1, the
    plain mean of the ten field F1s.

    \b
    RECORDS.jsonl may also be a second directory of gold files (one <doc_id>.json
    each, another reader's gold for the same texts): the table then says how far
    two readers agree, field by field — the ceiling a tool can be held to.

    \b
    Rules the spec leaves open:
      - records whose doc_id has no gold file are ignored (their number is shown);
      - a gold document with no record counts all its items as missed, and its
        document_date as wrong;
      - amounts compare numerically (4486638 == 4486638.0);
      - a field with no gold and no predicted items anywhere scores P = R = F1 = 1;
        with gold but no predictions, P = 0.

    The record and its scoring rules are described in docs/record.md (in the repository
    and the source distribution).

    Exit status: 0 scored; 2 a file is missing or not valid JSON (named with its line).
    """
    try:
        result = evaluate(gold_dir, records)
    except RecordsFileError as exc:
        raise click.UsageError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(result.as_dict(docs=docs), ensure_ascii=False, indent=2))
        return
    out = console()
    if docs:
        _print_documents(out, result, quiet)
    _print_table(out, result, quiet)


def format_key(field: str, value) -> str:
    """A compared item as people read it: 2019-11-21/2019-11-22, seminārs@2014-06-11, 4486638 EUR."""
    if not isinstance(value, tuple):
        return str(value)
    first, second = value
    if field == "dates":
        return f"{first}/{second}" if second else str(first)
    if field == "events":
        return f"{first}@{second or '?'}"
    if field == "deadlines":
        return f"{second or '?'}@{first}"
    return f"{first} {second}"


def _print_table(out, result: EvalResult, quiet: bool = False) -> None:
    from rich.table import Table

    table = Table(title=f"{len(result.documents)} gold documents", title_justify="left")
    table.add_column("field")
    for name in ("tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(name, justify="right")
    for name in SCORED_FIELDS:
        s = result.fields[name]
        table.add_row(name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}")
    table.add_section()
    table.add_row("[bold]macro F1[/]", "", "", "", "", "", f"[bold]{result.macro_f1:.3f}[/]")
    out.print(table)
    out.print(f"document_date accuracy: {result.document_date_acc:.3f} "
              f"({result.document_date_correct}/{len(result.documents)})")
    if quiet:
        return
    missing = [d.doc_id for d in result.documents if not d.has_record]
    if missing:
        out.print(f"gold documents with no record (all their items missed): {len(missing)}: {', '.join(missing)}",
                  markup=False)
    if result.ignored:
        out.print(f"records with no gold file (ignored): {len(result.ignored)}")


def _print_documents(out, result: EvalResult, quiet: bool = False) -> None:
    """Only the documents with something missed or extra: on a large gold set the rest is noise."""
    from rich.markup import escape

    correct = 0
    for doc in result.documents:
        lines = [] if doc.document_date_correct else [
            f"  document_date: gold {doc.document_date_gold}, got {doc.document_date_predicted}"]
        for name in SCORED_FIELDS:
            for label, values, colour in (("missed", doc.missed[name], "red"), ("extra", doc.extra[name], "yellow")):
                if values:
                    shown = ", ".join(escape(format_key(name, v)) for v in values)
                    lines.append(f"  [{colour}]{label:6}[/] {name}: {shown}")
        if not lines:
            correct += 1
            continue
        out.print(f"[bold]{escape(doc.doc_id)}[/]" + ("" if doc.has_record else " [red](no record)[/]"))
        for line in lines:
            out.print(line)
    if not quiet:
        out.print(f"{correct} of {len(result.documents)} gold documents all correct\n")
