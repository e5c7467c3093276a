"""Writing records: JSON Lines, a JSON array, or CSV with one row per extracted item.

`-o FILE` is written to a temporary file beside it and renamed at the end, so a crash
never leaves half a file where a finished one is expected.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .record import Record

FORMATS = ("jsonl", "json", "csv")
CSV_COLUMNS = ("doc_id", "field", "value", "start", "end", "text")


def record_json(record: Record) -> str:
    return record.model_dump_json()


def item_value(field: str, item: dict) -> str:
    """A short normalised value for one extracted item, as CSV and `diff` show it."""
    if field == "dates":
        return (item["value"] or item.get("relative") or "") + (f"/{item['end']}" if item.get("end") else "")
    if field == "events":
        return f"{item['type']}@{item.get('start') or ''}" + (f"/{item['end']}" if item.get("end") else "")
    if field == "deadlines":
        return f"{item.get('action') or ''}@{item['date']}"
    if field == "contacts":
        return "; ".join(filter(None, [item.get("name"), *item.get("phones", []), *item.get("emails", []), *item.get("urls", [])]))
    if field == "budgets":
        return f"{item['amount']} {item['currency']}"
    if field in ("target_groups", "funding"):
        return item["id"]
    if field == "projects":
        return item["name"]
    return json.dumps(item, ensure_ascii=False)


# After the first six (kept as they were), the detail of each kind of item, in columns of their
# own; a column a field does not have stays empty. Lists (phones, shares, aliases) are joined with "; ".
CSV_DETAIL_COLUMNS = ("type", "title", "start_date", "end_date", "start_time", "end_time", "place", "address",
                      "status", "date_role", "relative", "anchored", "action", "contact", "name", "role",
                      "organization", "phones", "emails", "urls", "amount", "currency", "kind", "shares",
                      "id", "age_min", "age_max", "aliases", "contract")
CSV_ALL_COLUMNS = CSV_COLUMNS + CSV_DETAIL_COLUMNS


def _joined(values) -> str:
    return "; ".join(str(v) for v in values or [])


def csv_detail(field: str, item: dict) -> dict:
    """The detail columns of one extracted item (see CSV_DETAIL_COLUMNS)."""
    if field == "dates":
        return {"start_date": item.get("value"), "end_date": item.get("end"), "date_role": item.get("role"),
                "relative": item.get("relative"), "anchored": item.get("anchored")}
    if field == "events":
        return {"type": item.get("type"), "title": item.get("title"), "start_date": item.get("start"),
                "end_date": item.get("end"), "start_time": item.get("start_time"), "end_time": item.get("end_time"),
                "place": item.get("place"), "address": item.get("address"), "status": item.get("status")}
    if field == "deadlines":
        return {"start_date": item.get("date"), "start_time": item.get("time"), "action": item.get("action"),
                "contact": item.get("contact")}
    if field == "contacts":
        return {"name": item.get("name"), "role": item.get("role"), "organization": item.get("organization"),
                "phones": _joined(item.get("phones")), "emails": _joined(item.get("emails")),
                "urls": _joined(item.get("urls"))}
    if field == "budgets":
        return {"amount": item.get("amount"), "currency": item.get("currency"), "kind": item.get("kind"),
                "shares": _joined(f"{s['source']} {s['percent']}%" for s in item.get("shares") or [])}
    if field == "target_groups":
        return {"id": item.get("id"), "age_min": item.get("age_min"), "age_max": item.get("age_max")}
    if field == "funding":
        return {"id": item.get("id"), "name": item.get("name")}
    if field == "projects":
        return {"name": item.get("name"), "aliases": _joined(item.get("aliases")), "contract": item.get("contract")}
    return {}


def _cell(value) -> str | int | float:
    """A CSV cell on one line: a newline inside becomes the two characters \\n (\\r for a lone
    carriage return), so that every row is one line for line-based tools and spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r")
    return value


def _row(doc_id: str, field: str, value, start="", end="", text="", detail: dict | None = None) -> tuple:
    detail = detail or {}
    return tuple(_cell(v) for v in (doc_id, field, value, start, end, text,
                                    *(detail.get(name) for name in CSV_DETAIL_COLUMNS)))


def csv_rows(record: Record) -> Iterator[tuple]:
    """One row per extracted item (and per record-level value: title, document date, reference
    date, error, warnings), with the columns of CSV_ALL_COLUMNS."""
    data = record.model_dump(mode="json")
    if record.title:
        yield _row(record.doc_id, "title", record.title, detail={"title": record.title})
    if record.document_date:
        yield _row(record.doc_id, "document_date", data["document_date"], detail={"start_date": data["document_date"]})
    if record.reference_date:
        yield _row(record.doc_id, "reference_date", record.reference_date, detail={"start_date": record.reference_date})
    if record.error:
        yield _row(record.doc_id, "error", f"{record.error.code}: {record.error.message}")
    for field in ("dates", "events", "deadlines", "contacts", "budgets", "target_groups", "funding", "projects"):
        for item in data[field]:
            span = item.get("span") or {}
            yield _row(record.doc_id, field, item_value(field, item), span.get("start", ""), span.get("end", ""),
                       span.get("text", ""), csv_detail(field, item))
    for warning in record.warnings:
        yield _row(record.doc_id, "warnings", warning)


class RecordWriter:
    """Streams records in one of FORMATS to an open text stream."""

    def __init__(self, stream: IO[str], fmt: str = "jsonl", excel: bool = False):
        """`excel`: CSV starts with a UTF-8 byte order mark, by which Excel knows the encoding
        (without it, Latvian letters come out as mojibake)."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.stream, self.fmt, self.count = stream, fmt, 0
        self._csv = csv.writer(stream, lineterminator="\n") if fmt == "csv" else None
        if self._csv:
            if excel:
                stream.write("\ufeff")
            self._csv.writerow(CSV_ALL_COLUMNS)
        elif fmt == "json":
            stream.write("[")

    def write(self, record: Record) -> None:
        if self._csv:
            self._csv.writerows(csv_rows(record))
        elif self.fmt == "json":
            self.stream.write(("," if self.count else "") + "\n" + record_json(record))
        else:
            self.stream.write(record_json(record) + "\n")
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """stdout for None or '-'; a device or a named pipe written straight through; otherwise a
    temporary file renamed onto `path` on success."""
    if path in (None, "-"):
        # UTF-8 whatever the locale; detached afterwards so sys.stdout stays open.
        stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
        try:
            yield stream
        finally:
            stream.flush()
            stream.detach()
        return
    target = Path(path)
    if _special_file(target):
        # /dev/null, a named pipe, a terminal: written straight through, as a shell redirect
        # does. Renaming a finished file onto it would replace the device or the pipe itself.
        with open(target, "w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_beside(target)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _special_file(target: Path) -> bool:
    """An existing target that is neither a regular file nor a directory."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _create_beside(target: Path) -> tuple[int, str]:
    """A new temporary file next to `target`, with the mode the finished file should have:
    an existing output's own mode, else 0666 minus the umask (what a shell redirect gives;
    mkstemp's 0600 would hide the records from the group that reads them)."""
    try:
        existing = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        existing = None
    for _attempt in range(100):
        name = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
        except FileExistsError:
            continue
        if existing is not None:
            with contextlib.suppress(OSError):
                os.fchmod(fd, existing)
        return fd, name
    raise FileExistsError(f"no free temporary name beside {target}")
