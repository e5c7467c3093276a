"""Probe grids: failing cells per field (benchmarks/grids/README.md says what a grid is).

    .venv/bin/python benchmarks/grids.py                        # every grid in benchmarks/grids/
    .venv/bin/python benchmarks/grids.py --field deadlines --show 3   # three failing rows per cell
    .venv/bin/python benchmarks/grids.py --src /elsewhere       # another tree (its src/), for an A/B

Each row of benchmarks/grids/FIELD.tsv (`cell<TAB>text<TAB>expected`) is one synthetic text;
`lvextract.api.extract` reads it in this process (with the document date a `# document_date:`
header line gives, if any) and the record is compared with the expected value exactly as
`lvextract eval` compares a document's row (`scoring.compared_sets`; the document date as its one
value, null equal to null): a row passes when the predicted set equals the expected one. Printed per field: rows, failures, and the failing cells
with their counts, most first. Not a test: failures are left by design; run it by hand before
and after a change to a shape's rules and compare the cells.

In the text column a newline is written `\\n`, a tab `\\t`, a backslash `\\\\`.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GRIDS = REPO / "benchmarks" / "grids"

# grid file → the scoring row it is compared on
FIELDS = {
    "deadlines": "deadlines",
    "contacts": "contacts.name",
    "phones": "contacts.phones",
    "target_groups": "target_groups",
    "events": "events",
    "event_types": "events",
    "projects": "projects",
    "dates": "dates",
    "document_date": "document_date",
    "funding": "funding",
}


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def read_grid(path: Path) -> tuple[dict[str, str], list[tuple[str, str, object]]]:
    """(header values, rows of (cell, text, expected))."""
    header, rows, seen_columns = {}, [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
            continue
        if not seen_columns:
            seen_columns = True  # the column names
            continue
        cell, text, expected = line.split("\t")
        rows.append((cell, unescape(text), json.loads(expected)))
    return header, rows


def gold_record(field: str, expected) -> dict:
    """The expected value as a gold record's items, in the shape scoring.py reads."""
    if field == "deadlines":
        return {"deadlines": [{"date": d, "action": a} for d, a in expected]}
    if field == "contacts":
        return {"contacts": [{"name": n} for n in expected]}
    if field == "phones":
        return {"contacts": [{"phones": expected}]}
    if field == "target_groups":
        return {"target_groups": [{"id": i} for i in expected]}
    if field in ("events", "event_types"):
        return {"events": [{"type": t, "start": s} for t, s in expected]}
    if field == "projects":
        return {"projects": [{"name": n} for n in expected]}
    if field == "dates":
        return {"dates": [{"value": v, "end": e} for v, e in expected]}
    if field == "document_date":
        return {"document_date": expected}
    if field == "funding":
        return {"funding": [{"id": i} for i in expected]}
    raise ValueError(field)


def compared(field: str, gold: dict, record: dict) -> tuple[set, set]:
    """What lvextract eval compares; the document date is one value (null equals null), counted as accuracy."""
    from lvextract.scoring import compared_sets

    if field == "document_date":
        return {gold["document_date"]}, {record.get("document_date")}
    return compared_sets(FIELDS[field], gold, record)


def run_field(field: str, show: int) -> tuple[int, int]:
    from lvextract.api import extract

    header, rows = read_grid(GRIDS / f"{field}.tsv")
    document_date = header.get("document_date") or None
    total, fails, shown = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    started = time.perf_counter()
    for n, (cell, text, expected) in enumerate(rows):
        record = extract(text, doc_id=f"{field}-{n}", document_date=document_date).model_dump(mode="json")
        want, got = compared(field, gold_record(field, expected), record)
        total[cell] += 1
        if want != got:
            fails[cell] += 1
            if len(shown[cell]) < show:
                shown[cell].append((text, sorted(map(str, want)), sorted(map(str, got))))
    failed = sum(fails.values())
    print(f"== {field} ({FIELDS[field]}): {len(rows)} rows, {failed} failures"
          f"{f', document date {document_date}' if document_date else ''} [{time.perf_counter() - started:.0f} s]")
    for cell, count in sorted(fails.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:5d}/{total[cell]:<5d} {cell}")
        for text, want, got in shown[cell]:
            print(f"        {text!r}\n          expected {want}\n          got      {got}")
    return len(rows), failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--field", action="append", choices=sorted(FIELDS),
                        help="a grid to run (repeatable); default: all")
    parser.add_argument("--src", help="import lvextract from this tree (its root or its src/)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N failing rows per cell")
    args = parser.parse_args(argv)
    src = Path(args.src) if args.src else REPO / "src"
    if (src / "src" / "lvextract").is_dir():
        src = src / "src"
    sys.path.insert(0, str(src.resolve()))
    import lvextract

    print(f"lvextract from {Path(lvextract.__file__).parent}")
    summary = [(field, *run_field(field, args.show)) for field in (args.field or list(FIELDS))]
    print("\n| grid | rows | failures |\n|---|---:|---:|")
    for field, rows, failed in summary:
        print(f"| {field} | {rows} | {failed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
