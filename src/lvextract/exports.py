"""Records as the files analysts open: an iCalendar of events and deadlines, an Excel workbook.

- `IcsWriter`: one VEVENT per event with a known day (times in Europe/Riga, place and address
  as LOCATION, the source file and the evidence in DESCRIPTION, a UID stable across runs:
  the input's sha256 and the span), one VTODO per deadline. Events and deadlines whose year
  or day the text leaves unknown cannot be put in a calendar: they are counted in `skipped`.
- `XlsxWriter`: one sheet per field (documents, dates, events, deadlines, contacts, budgets,
  target groups, funding, projects) with a header row, frozen panes and filters; every row
  carries the doc_id and the span, so each value leads back to its evidence.

The columns of each sheet are `SHEETS` below: data, shared with anyone who wants a table.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .record import Record

TIMEZONE = "Europe/Riga"
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _join(values) -> str:
    return "; ".join(str(v) for v in values if v not in (None, ""))


def _shares(budget: dict) -> str:
    return _join(f"{s['percent']}% {s['source']}" for s in budget.get("shares", []))


# sheet name → (record field, [(column, value of an item)]); the span columns follow on every sheet.
Column = tuple[str, Callable[[dict], object]]
SHEETS: dict[str, tuple[str, list[Column]]] = {
    "dates": ("dates", [("value", lambda d: d["value"]), ("end", lambda d: d.get("end")),
                        ("role", lambda d: d["role"]), ("anchored", lambda d: d["anchored"]),
                        ("relative", lambda d: d.get("relative"))]),
    "events": ("events", [("type", lambda e: e["type"]), ("title", lambda e: e.get("title")),
                          ("start", lambda e: e.get("start")), ("end", lambda e: e.get("end")),
                          ("start_time", lambda e: e.get("start_time")), ("end_time", lambda e: e.get("end_time")),
                          ("place", lambda e: e.get("place")), ("address", lambda e: e.get("address")),
                          ("status", lambda e: e.get("status"))]),
    "deadlines": ("deadlines", [("date", lambda d: d["date"]), ("time", lambda d: d.get("time")),
                                ("action", lambda d: d.get("action")), ("contact", lambda d: d.get("contact"))]),
    "contacts": ("contacts", [("name", lambda c: c.get("name")), ("role", lambda c: c.get("role")),
                              ("organization", lambda c: c.get("organization")),
                              ("phones", lambda c: _join(c["phones"])), ("emails", lambda c: _join(c["emails"])),
                              ("urls", lambda c: _join(c["urls"]))]),
    "budgets": ("budgets", [("amount", lambda b: b["amount"]), ("currency", lambda b: b["currency"]),
                            ("kind", lambda b: b["kind"]), ("shares", _shares)]),
    "target groups": ("target_groups", [("id", lambda g: g["id"]), ("text", lambda g: g["text"]),
                                        ("age_min", lambda g: g.get("age_min")), ("age_max", lambda g: g.get("age_max"))]),
    "funding": ("funding", [("id", lambda f: f["id"]), ("name", lambda f: f["name"])]),
    "projects": ("projects", [("name", lambda p: p["name"]), ("aliases", lambda p: _join(p["aliases"])),
                              ("contract", lambda p: p.get("contract"))]),
}
SPAN_COLUMNS = ("span_start", "span_end", "evidence")
DOCUMENT_COLUMNS = ("doc_id", "source", "sha256", "title", "document_date", "error_code", "error_message", "warnings")


def item_rows(record: Record) -> dict[str, list[list]]:
    """Every sheet's rows for one record: doc_id, the item's columns, then its span."""
    data = record.model_dump(mode="json")
    rows: dict[str, list[list]] = {}
    for sheet, (field, columns) in SHEETS.items():
        rows[sheet] = [[record.doc_id, *(value(item) for _, value in columns),
                        item["span"]["start"], item["span"]["end"], item["span"]["text"]] for item in data[field]]
    return rows


def document_row(record: Record) -> list:
    error = record.error
    return [record.doc_id, record.source, record.sha256, record.title, record.document_date,
            error.code if error else None, error.message if error else None, _join(record.warnings)]


# ------------------------------------------------------------------ Excel

# A cell holds at most 32 767 characters; evidence is cut there rather than failing the workbook.
_CELL_LIMIT = 32_767
# Characters that XML 1.0 (and so a workbook) cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _cell(value):
    if isinstance(value, str):
        return _ILLEGAL.sub("\ufffd", value)[:_CELL_LIMIT]
    return value


class XlsxWriter:
    """Streams records into a workbook at `path` (written when closed)."""

    def __init__(self, path: str):
        from openpyxl import Workbook

        self.path = path
        self.count = 0
        self._workbook = Workbook(write_only=True)
        self._sheets = {}
        self._rows = {}
        headers = {"documents": list(DOCUMENT_COLUMNS)}
        for sheet, (_, columns) in SHEETS.items():
            headers[sheet] = ["doc_id", *(name for name, _ in columns), *SPAN_COLUMNS]
        self._widths = {}
        for sheet, header in headers.items():
            ws = self._workbook.create_sheet(sheet)
            ws.freeze_panes = "B2"
            ws.append(header)
            self._sheets[sheet], self._rows[sheet], self._widths[sheet] = ws, 1, len(header)

    def write(self, record: Record) -> None:
        self._append("documents", document_row(record))
        for sheet, rows in item_rows(record).items():
            for row in rows:
                self._append(sheet, row)
        self.count += 1

    def _append(self, sheet: str, row: list) -> None:
        self._sheets[sheet].append([_cell(v) for v in row])
        self._rows[sheet] += 1

    def close(self) -> None:
        from openpyxl.utils import get_column_letter

        for sheet, ws in self._sheets.items():
            ws.auto_filter.ref = f"A1:{get_column_letter(self._widths[sheet])}{self._rows[sheet]}"
        # Written beside the target and renamed: a failed run leaves no half workbook.
        target = Path(self.path)
        partial = target.with_name(f".{target.name}.part")
        try:
            self._workbook.save(partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)


# ------------------------------------------------------------------ iCalendar

def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value and _FULL_DAY.match(value) else None


def _clock(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


class IcsWriter:
    """Collects events and deadlines; the calendar is written to `stream` when closed."""

    def __init__(self, stream: IO[str]):
        from icalendar import Calendar

        self.stream = stream
        self.count = 0
        self.skipped = 0  # events and deadlines without a known day
        self._calendar = Calendar()
        self._calendar.add("prodid", "-//lvextract//Latvian announcements//LV")
        self._calendar.add("version", "2.0")
        self._calendar.add("x-wr-timezone", TIMEZONE)
        # RFC 5545 wants the time the calendar was made on every component: one per run.
        self._stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

    def write(self, record: Record) -> None:
        components = [self._event(record, e) for e in record.events] + [self._deadline(record, d) for d in record.deadlines]
        for component in components:
            if component is None:
                self.skipped += 1
            else:
                self._calendar.add_component(component)
        self.count += 1

    @staticmethod
    def _uid(record: Record, kind: str, span) -> str:
        return f"{record.sha256[:20]}-{kind}-{span.start}-{span.end}@lvextract"

    @staticmethod
    def _description(record: Record, span) -> str:
        return f"{record.source}, characters {span.start}–{span.end}: {span.text}"

    def _event(self, record: Record, event):
        from icalendar import Event
        from zoneinfo import ZoneInfo

        start = _day(event.start)
        if start is None:
            return None
        end = _day(event.end) or start
        component = Event()
        component.add("uid", self._uid(record, "event", event.span))
        component.add("dtstamp", self._stamp)
        summary = event.title or event.type
        component.add("summary", f"{summary} ({event.type})" if event.title else summary)
        begin, finish = _clock(event.start_time), _clock(event.end_time)
        if begin:
            zone = ZoneInfo(TIMEZONE)
            component.add("dtstart", dt.datetime.combine(start, begin, zone))
            if finish:
                component.add("dtend", dt.datetime.combine(end, finish, zone))
        else:
            # All-day: DTEND is the day after the last one (RFC 5545).
            component.add("dtstart", start)
            component.add("dtend", end + dt.timedelta(days=1))
        location = _join([event.place, event.address])
        if location:
            component.add("location", location)
        if event.status:
            component.add("status", "CONFIRMED")
        component.add("description", self._description(record, event.span))
        return component

    def _deadline(self, record: Record, deadline):
        from icalendar import Todo
        from zoneinfo import ZoneInfo

        day = _day(deadline.date)
        if day is None:
            return None
        component = Todo()
        component.add("uid", self._uid(record, "deadline", deadline.span))
        component.add("dtstamp", self._stamp)
        action = deadline.action or "termiņš"
        component.add("summary", f"Līdz {deadline.date}: {action}" + (f" ({deadline.contact})" if deadline.contact else ""))
        clock = _clock(deadline.time)
        component.add("due", dt.datetime.combine(day, clock, ZoneInfo(TIMEZONE)) if clock else day)
        component.add("description", self._description(record, deadline.span))
        return component

    def close(self) -> None:
        self.stream.write(self._calendar.to_ical().decode("utf-8"))
        self.stream.flush()
