"""`lvextract diff`: what changed between two runs, per document and field, by normalised value."""
from __future__ import annotations

import json
import sys
from collections import defaultdict

import click

from ..output import item_value
from ..record import LIST_FIELDS
from ..scoring import RecordsFileError, load_records
from .console import console
from .options import examples, json_option, path_argument, quiet_option

SCALAR_FIELDS = ("title", "document_date", "error")
DIFF_FIELDS = (*SCALAR_FIELDS, *LIST_FIELDS)


def _value(field: str, item) -> str:
    if field == "warnings" or not isinstance(item, dict):
        return str(item)
    if field == "error":
        return f"{item.get('code')}: {item.get('message')}"
    try:
        return item_value(field, item)
    except (KeyError, TypeError):  # an item from an older or foreign schema: compare it whole
        return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _details(item) -> dict:
    """What else an item says besides its value; spans are not compared (offsets move when text is edited)."""
    return {k: v for k, v in item.items() if k != "span"} if isinstance(item, dict) else {}


def _items(record: dict | None, field: str) -> list:
    if not record:
        return []
    if field in SCALAR_FIELDS:
        return [] if record.get(field) is None else [record[field]]
    return list(record.get(field) or [])


def diff_field(field: str, old: list, new: list) -> dict:
    """Items matched by normalised value: unmatched ones are removed/added; matched ones whose
    other attributes differ are changed (with old → new per attribute)."""
    by_value_old, by_value_new = defaultdict(list), defaultdict(list)
    for item in old:
        by_value_old[_value(field, item)].append(item)
    for item in new:
        by_value_new[_value(field, item)].append(item)
    added, removed, changed = [], [], []
    for value in dict.fromkeys([*by_value_old, *by_value_new]):
        olds, news = by_value_old.get(value, []), by_value_new.get(value, [])
        for a, b in zip(olds, news):
            da, db = _details(a), _details(b)
            if da != db:
                keys = [k for k in dict.fromkeys([*da, *db]) if da.get(k) != db.get(k)]
                changed.append({"value": value, "changes": {k: [da.get(k), db.get(k)] for k in keys}})
        removed += [value] * max(0, len(olds) - len(news))
        added += [value] * max(0, len(news) - len(olds))
    return {"added": added, "removed": removed, "changed": changed}


def diff_records(old: dict[str, dict], new: dict[str, dict]) -> dict:
    """The whole comparison as plain data (what `--json` prints)."""
    summary = {field: {"added": 0, "removed": 0, "changed": 0} for field in DIFF_FIELDS}
    docs = []
    for doc_id in sorted(set(old) | set(new)):
        a, b = old.get(doc_id), new.get(doc_id)
        fields = {}
        for field in DIFF_FIELDS:
            result = diff_field(field, _items(a, field), _items(b, field))
            if any(result.values()):
                fields[field] = result
                for kind in ("added", "removed", "changed"):
                    summary[field][kind] += len(result[kind])
        side = "both" if a is not None and b is not None else ("old" if a is not None else "new")
        if fields or side != "both":
            docs.append({"doc_id": doc_id, "in": side, "fields": fields})
    only_old = [d["doc_id"] for d in docs if d["in"] == "old"]
    only_new = [d["doc_id"] for d in docs if d["in"] == "new"]
    in_both = len(set(old) & set(new))
    return {"documents": {"old": len(old), "new": len(new), "in_both": in_both,
                          "differ": sum(d["in"] == "both" for d in docs), "only_old": only_old, "only_new": only_new},
            "summary": {f: s for f, s in summary.items() if any(s.values())},
            "docs": docs,
            "differ": bool(docs)}


@click.command("diff", short_help="What changed between two records files, per document and field.",
               epilog=examples(
                   'lvextract diff before.jsonl after.jsonl',
                   'lvextract diff before.jsonl after.jsonl --json | jq .summary',
                   'lvextract diff before.jsonl after.jsonl -q || echo "records changed"'))
@path_argument("old_path", "OLD.jsonl")
@path_argument("new_path", "NEW.jsonl")
@json_option("One JSON object: documents, summary by field, docs.")
@quiet_option("Print nothing: the exit status says whether anything differs.")
def diff_command(old_path, new_path, as_json, quiet):
    """Compare two records files (e.g. before and after a change of the extractors).

    \b
    Records are matched by doc_id. Per document and field, items are compared by their
    normalised value (the `value` column of `parse --format csv`: 2019-11-21/2019-11-22,
    seminārs@2014-06-11, 4486638 EUR …), not by span: an item whose value is only in NEW
    is "added" (+), only in OLD "removed" (-); a value in both whose other attributes
    differ (place, status, shares, role …) is "changed" (~). title, document_date and
    error count as one-item fields. Documents on one side only are listed, and their
    items counted as added or removed. A summary table by field comes last.

    Exit status: 0 nothing differs; 1 something does; 2 usage error (a file missing,
    a line that is not JSON: named with file and line).
    """
    try:
        old, new = load_records(old_path), load_records(new_path)
    except RecordsFileError as exc:
        raise click.UsageError(str(exc)) from None
    result = diff_records(old, new)
    if as_json:
        click.echo(json.dumps({"old": old_path, "new": new_path, **result}, ensure_ascii=False, indent=2))
    elif not quiet:
        _print(result, old_path, new_path)
    sys.exit(1 if result["differ"] else 0)


def _short(value, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _print(result: dict, old_path: str, new_path: str) -> None:
    from rich.markup import escape
    from rich.table import Table

    out = console()
    for doc in result["docs"]:
        where = {"old": f" [red](only in {escape(old_path)})[/]", "new": f" [green](only in {escape(new_path)})[/]"}
        out.print(f"[bold]{escape(doc['doc_id'])}[/]{where.get(doc['in'], '')}")
        for field, change in doc["fields"].items():
            for value in change["removed"]:
                out.print(f"  [red]-[/] {field}: {escape(value)}")
            for value in change["added"]:
                out.print(f"  [green]+[/] {field}: {escape(value)}")
            for item in change["changed"]:
                what = "; ".join(f"{k} {_short(a)} → {_short(b)}" for k, (a, b) in item["changes"].items())
                out.print(f"  [yellow]~[/] {field}: {escape(item['value'])}: {escape(what)}")
    docs = result["documents"]
    table = Table(title="changes by field", title_justify="left")
    for name, justify in (("field", "left"), ("added", "right"), ("removed", "right"), ("changed", "right")):
        table.add_column(name, justify=justify)
    for field, counts in result["summary"].items():
        table.add_row(field, str(counts["added"]), str(counts["removed"]), str(counts["changed"]))
    if result["summary"]:
        out.print(table)
    out.print(f"documents: {docs['in_both']} in both ({docs['differ']} differ), "
              f"{len(docs['only_old'])} only in {escape(old_path)}, {len(docs['only_new'])} only in {escape(new_path)}"
              + ("" if result["differ"] else "; no differences"))
