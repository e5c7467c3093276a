"""`lvextract validate`: every line of a records file against the record's JSON Schema."""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import click

from .console import console
from .options import counted, examples, json_option, path_argument, quiet_option


@dataclass(frozen=True)
class Problem:
    line: int
    doc_id: str | None
    where: str   # JSON path inside the record, "$" for the whole line
    reason: str

    def as_dict(self) -> dict:
        return {"line": self.line, "doc_id": self.doc_id, "where": self.where, "reason": self.reason}


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator, FormatChecker

    from ..record import json_schema

    return Draft202012Validator(json_schema(), format_checker=FormatChecker())


def _json_path(path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _span_problems(item, where: str) -> list[tuple[str, str]]:
    """A span whose text length disagrees with its offsets cannot be `text[start:end]` of any text."""
    found = []
    if isinstance(item, dict):
        span = item.get("span")
        if isinstance(span, dict) and all(isinstance(span.get(k), int) for k in ("start", "end")) \
                and isinstance(span.get("text"), str):
            if span["end"] < span["start"]:
                found.append((f"{where}.span", f"end {span['end']} before start {span['start']}"))
            elif span["end"] - span["start"] != len(span["text"]):
                found.append((f"{where}.span", f"text has {len(span['text'])} characters but offsets "
                                               f"{span['start']}..{span['end']} cover {span['end'] - span['start']}"))
        for key, value in item.items():
            if key != "span":
                found += _span_problems(value, f"{where}.{key}")
    elif isinstance(item, list):
        for i, value in enumerate(item):
            found += _span_problems(value, f"{where}[{i}]")
    return found


def _reason(error) -> str:
    """For "not valid under any of the given schemas", the alternative that came closest says more."""
    if not error.context:
        return error.message
    specific = [e for e in error.context if e.validator != "type"]
    if specific:
        return specific[0].message
    types = [str(e.validator_value) for e in error.context]
    return f"{error.instance!r} is not of type {' or '.join(dict.fromkeys(types))}"


def line_problems(line_no: int, line: str) -> list[Problem]:
    """Everything wrong with one line of JSON Lines (nothing for a valid record)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return [Problem(line_no, None, "$", f"invalid JSON: {exc.msg} (column {exc.colno})")]
    doc_id = data.get("doc_id") if isinstance(data, dict) and isinstance(data.get("doc_id"), str) else None
    problems = [Problem(line_no, doc_id, _json_path(error.absolute_path), _reason(error))
                for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))]
    if not problems:
        problems = [Problem(line_no, doc_id, where, reason)
                    for where, reason in _span_problems(data, "$") + _calendar_problems(data)
                    + _order_problems(data) + _value_problems(data)]
    return problems


# Where a record holds date values: (list field or None for the top level, keys).
_DATE_FIELDS = ((None, ("document_date",)), ("dates", ("value", "end")), ("events", ("start", "end")),
                ("deadlines", ("date",)))
_FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _calendar_problems(data: dict) -> list[tuple[str, str]]:
    """The schema checks a date's shape; a day must also exist ("2014-02-30" does not)."""
    found = []
    for field, keys in _DATE_FIELDS:
        items = [(f"$", data)] if field is None else [(f"$.{field}[{i}]", item)
                                                      for i, item in enumerate(data.get(field) or [])]
        for where, item in items:
            for key in keys:
                value = item.get(key) if isinstance(item, dict) else None
                if isinstance(value, str) and _FULL_DAY.match(value):
                    try:
                        dt.date.fromisoformat(value)
                    except ValueError:
                        found.append((f"{where}.{key}", f"{value!r} is not a real calendar date"))
    return found


# A (start, end) pair that must not run backwards: (list field, start key, end key).
_RANGES = (("dates", "value", "end"), ("events", "start", "end"))


def _order_problems(data: dict) -> list[tuple[str, str]]:
    """A range whose start and end are both full days must not end before it starts."""
    found = []
    for field, start_key, end_key in _RANGES:
        for i, item in enumerate(data.get(field) or []):
            start, end = item.get(start_key), item.get(end_key)
            if not (isinstance(start, str) and isinstance(end, str) and _FULL_DAY.match(start) and _FULL_DAY.match(end)):
                continue
            try:
                backwards = dt.date.fromisoformat(end) < dt.date.fromisoformat(start)
            except ValueError:  # not a real day: _calendar_problems names it
                continue
            if backwards:
                found.append((f"$.{field}[{i}].{end_key}", f"{end!r} is before {start_key} {start!r}"))
    return found


E164 = re.compile(r"^\+\d{8,15}$")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str] | None:
    """ISO 4217 codes, current and withdrawn (LVL, the lats, is in older texts): from Babel's
    CLDR data where Babel is installed; None (only the schema's ^[A-Z]{3}$) where it is not."""
    try:
        from babel.numbers import list_currencies
    except ImportError:
        return None
    return frozenset(list_currencies())


def _value_problems(data: dict) -> list[tuple[str, str]]:
    """Values the schema only types: phones in E.164, currencies that ISO 4217 knows."""
    found = []
    for i, contact in enumerate(data.get("contacts") or []):
        for j, phone in enumerate(contact.get("phones") or []):
            if isinstance(phone, str) and not E164.match(phone):
                found.append((f"$.contacts[{i}].phones[{j}]", f"{phone!r} is not an E.164 number (+ and 8 to 15 digits)"))
    codes = _currency_codes()
    if codes is not None:
        for i, budget in enumerate(data.get("budgets") or []):
            currency = budget.get("currency")
            if isinstance(currency, str) and currency not in codes:
                found.append((f"$.budgets[{i}].currency", f"{currency!r} is not an ISO 4217 currency code"))
    return found


def validate_lines(text: str) -> tuple[int, list[Problem]]:
    """(number of records, problems); blank lines are not records."""
    count, problems = 0, []
    for line_no, line in enumerate(text.splitlines(), 1):
        if line.strip():
            count += 1
            problems += line_problems(line_no, line)
    return count, problems


@click.command("validate", short_help="Check every line of a records file against the JSON Schema.",
               epilog=examples(
                   'lvextract validate records.jsonl',
                   'lvextract parse corpus/ | lvextract validate -',
                   'lvextract validate records.jsonl --json | jq .problems'))
@path_argument("records", "RECORDS.jsonl")
@json_option("One JSON object: records, valid, invalid, problems.")
@quiet_option("Only the problems, one a line: no summary line.")
def validate_command(records, as_json, quiet):
    """Check every line of RECORDS.jsonl (- for stdin) against the record's JSON Schema.

    \b
    Uses `lvextract schema` (shapes and the ids of RECORD.md's tables), then checks the
    values: dates are real calendar days, a range of full days does not end before it
    starts, phones are E.164 (+ and 8 to 15 digits), currencies are ISO 4217 codes, and
    each span's text is as long as its offsets say. Every bad line is named by its
    number, doc_id, the place in the record and the reason; a line that is not JSON
    at all is named too. Blank lines are skipped.

    Exit status: 0 every line valid; 1 some line is not; 2 the file cannot be read.
    """
    try:
        text = sys.stdin.buffer.read().decode("utf-8-sig") if records == "-" else Path(records).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise click.UsageError(f"{records}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise click.UsageError(f"{records}: cannot read: {exc}") from None
    count, problems = validate_lines(text)
    bad_lines = sorted({p.line for p in problems})
    if as_json:
        click.echo(json.dumps({"file": records, "records": count, "valid": count - len(bad_lines),
                               "invalid": len(bad_lines), "problems": [p.as_dict() for p in problems]},
                              ensure_ascii=False, indent=2))
    else:
        from rich.markup import escape

        out = console()
        for p in problems:
            who = f" ({escape(p.doc_id)})" if p.doc_id else ""
            out.print(f"{escape(records)}:{p.line}{who}: {escape(p.where)}: {escape(p.reason)}")
        if not quiet:
            verdict = "[green]all valid[/]" if not problems else f"[red]{len(bad_lines)} invalid[/]"
            out.print(f"{counted(count, 'record')}, {verdict}")
    sys.exit(1 if problems else 0)
