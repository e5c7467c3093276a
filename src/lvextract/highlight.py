"""The text with every extracted item marked in its field's colour: for the terminal (rich) and as HTML (displaCy).

Pure functions over a record as plain data (`record.model_dump(mode="json")` or a JSON line),
so that `show` can display a fresh parse or a record read back from a file alike.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from .output import item_value

# The page's colours (displaCy, HTML table): one per field, light enough for black text on it.
FIELD_COLOURS = {
    "dates": "#fde68a",
    "events": "#f0abfc",
    "deadlines": "#fca5a5",
    "contacts": "#a5f3fc",
    "budgets": "#bbf7d0",
    "target_groups": "#bfdbfe",
    "funding": "#fed7aa",
    "projects": "#ddd6fe",
}
SPAN_FIELDS = tuple(FIELD_COLOURS)

# The terminal's: a style and one of the 8 basic colours per field, no two alike, so that the
# fields stay apart on a 16-colour terminal too (hex colours there collapse to a few standard
# ones). Seven backgrounds for the marks; funding is told from budgets by colour on the text.
FIELD_STYLES = {
    "dates": "black on yellow",
    "events": "black on magenta",
    "deadlines": "bold white on red",
    "contacts": "black on cyan",
    "budgets": "black on green",
    "target_groups": "bold white on blue",
    "funding": "bold underline green",
    "projects": "italic black on white",
}
_NEWLINE = "\ue000"  # stands for a line break while displaCy lays tokens out; becomes <br> afterwards


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    field: str
    value: str


def marks(record: dict, text: str) -> list[Mark]:
    """Every item's span that fits the text, longest first so shorter (nested) marks are drawn on top."""
    found = []
    for field in SPAN_FIELDS:
        for item in record.get(field) or []:
            span = item.get("span") if isinstance(item, dict) else None
            if not span or not 0 <= span.get("start", -1) < span.get("end", -1) <= len(text):
                continue
            found.append(Mark(span["start"], span["end"], field, item_value(field, item)))
    return sorted(found, key=lambda m: (-(m.end - m.start), m.start))


def stale_marks(record: dict, text: str) -> list[str]:
    """Items whose span text is not the text at their offsets: the record belongs to another text."""
    bad = []
    for field in SPAN_FIELDS:
        for item in record.get(field) or []:
            span = item.get("span") if isinstance(item, dict) else None
            if span and text[span.get("start", 0):span.get("end", 0)] != span.get("text"):
                bad.append(f"{field}: {span.get('text')!r} at {span.get('start')}..{span.get('end')}")
    return bad


def terminal_text(text: str, found: list[Mark]):
    from rich.text import Text

    rendered = Text(text)
    for mark in found:
        rendered.stylize(FIELD_STYLES[mark.field], mark.start, mark.end)
    return rendered


def plain_marked(text: str, found: list[Mark]) -> str:
    """For output without colour (pipes, files): ⟦marked text⟧{field}, nested marks inside outer ones."""
    opens: dict[int, list[Mark]] = {}
    closes: dict[int, list[Mark]] = {}
    for mark in found:  # longest first, so at one offset the outer mark opens first
        opens.setdefault(mark.start, []).append(mark)
        closes.setdefault(mark.end, []).insert(0, mark)
    out = []
    for i in range(len(text) + 1):
        out += [f"⟧{{{m.field}}}" for m in closes.get(i, [])]
        out += ["⟦" for _ in opens.get(i, [])]
        if i < len(text):
            out.append(text[i])
    return "".join(out)


def legend():
    from rich.text import Text

    out = Text()
    for field, style in FIELD_STYLES.items():
        out.append(f" {field} ", style=style)
        out.append(" ")
    return out


def _range(first, last) -> str | None:
    return f"{first}–{last}" if first is not None and last is not None else first if first is not None else last


# What an item says besides its value (the value column has the type, dates, name, amount):
# (label, how to get it) per field, in the order shown.
DETAILS = {
    "dates": (("role", lambda i: i.get("role")), ("relative", lambda i: i.get("value") and i.get("relative"))),
    "events": (("title", lambda i: i.get("title")), ("time", lambda i: _range(i.get("start_time"), i.get("end_time"))),
               ("place", lambda i: i.get("place")), ("address", lambda i: i.get("address")),
               ("status", lambda i: i.get("status"))),
    "deadlines": (("time", lambda i: i.get("time")), ("contact", lambda i: i.get("contact"))),
    "contacts": (("role", lambda i: i.get("role")), ("organization", lambda i: i.get("organization"))),
    "budgets": (("kind", lambda i: i.get("kind")),
                ("shares", lambda i: ", ".join(f"{s.get('source')} {s.get('percent')}%" for s in i.get("shares") or []))),
    "target_groups": (("age", lambda i: _range(i.get("age_min"), i.get("age_max"))),),
    "funding": (("name", lambda i: i.get("name")),),
    "projects": (("aliases", lambda i: ", ".join(i.get("aliases") or [])), ("contract", lambda i: i.get("contract"))),
}


def item_details(field: str, item: dict) -> str:
    """"place: Rīga; time: 10:00–12:00" — the item's other attributes that are set."""
    parts = []
    for label, get in DETAILS.get(field, ()):
        value = get(item)
        if value not in (None, ""):
            parts.append(f"{label}: {' '.join(str(value).split())}")
    return "; ".join(parts)


def record_rows(record: dict) -> list[tuple[str, str, str, str, str]]:
    """(field, value, details, span text, offsets) for the title, the document date and every item."""
    rows = []
    for field in ("title", "document_date", "reference_date"):
        if record.get(field):
            rows.append((field, str(record[field]), "", "", ""))
    for field in (*SPAN_FIELDS, "warnings"):
        for item in record.get(field) or []:
            if not isinstance(item, dict):
                rows.append((field, str(item), "", "", ""))
                continue
            span = item.get("span") or {}
            offsets = f"{span['start']}–{span['end']}" if "start" in span else ""
            rows.append((field, item_value(field, item), item_details(field, item),
                         " ".join(str(span.get("text", "")).split()), offsets))
    if record.get("error"):
        rows.append(("error", f"{record['error'].get('code')}: {record['error'].get('message')}", "", "", ""))
    return rows


def record_table(record: dict):
    from rich.table import Table
    from rich.text import Text

    # Text(), not str: brackets in the document ("[1]", "[ESF]") must not be read as rich markup.
    table = Table(title=Text(f"record {record.get('doc_id', '')}"), title_justify="left")
    for name in ("field", "value", "details", "text", "offsets"):
        table.add_column(name, overflow="fold")
    for field, value, details, span_text, offsets in record_rows(record):
        table.add_row(Text(field, style=FIELD_STYLES.get(field, "")), Text(value), Text(details), Text(span_text),
                      offsets)
    return table


def html_page(spacy_doc, found: list[Mark], record: dict) -> str:
    """A self-contained page: displaCy's span rendering of the text, then the record as a table."""
    from spacy import displacy

    spans = []
    for mark in found:
        span = spacy_doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is not None:
            spans.append({"start_token": span.start, "end_token": span.end, "label": mark.field})
    # displaCy joins tokens with spaces; keep line breaks by a marker turned into <br> below.
    tokens = [_NEWLINE * t.text.count("\n") if t.text.isspace() and "\n" in t.text else t.text for t in spacy_doc]
    parsed = {"text": spacy_doc.text, "spans": spans, "tokens": tokens, "title": record.get("doc_id")}
    body = displacy.render([parsed], style="span", manual=True, page=False,
                           options={"colors": FIELD_COLOURS})
    body = body.replace(_NEWLINE, "<br>")
    table = "".join(
        f"<tr><td style='background:{FIELD_COLOURS.get(f, 'transparent')}'>{html.escape(f)}</td>"
        f"<td>{html.escape(v)}</td><td>{html.escape(d)}</td><td>{html.escape(t)}</td><td>{html.escape(o)}</td></tr>"
        for f, v, d, t, o in record_rows(record))
    title = html.escape(str(record.get("doc_id", "")))
    return (f"<!DOCTYPE html>\n<html lang=\"lv\">\n<head><meta charset=\"utf-8\"><title>{title} · lvextract</title>\n"
            "<style>body{font-family:-apple-system,'Segoe UI',sans-serif;margin:2em;max-width:70em}"
            "table{border-collapse:collapse;margin-top:2em}td,th{border:1px solid #ccc;padding:.25em .5em;"
            "vertical-align:top;text-align:left}</style></head>\n<body>\n"
            f"{body}\n<table><tr><th>field</th><th>value</th><th>details</th><th>text</th><th>offsets</th></tr>{table}</table>\n"
            "</body>\n</html>\n")
