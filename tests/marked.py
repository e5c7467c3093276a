"""Example texts with their dates and contacts marked inline, so that the events and deadlines
tables do not depend on the date grammar or the contacts extractor.

    [[surface|value]]            a DateMention of `surface` with that value
    [[surface|value|end]]        a range
    [[surface|value||role]]      with a role other than "other" (document, period …)
    [[surface|||other|SA]]       a relative mention with nothing to count from ("Sestdien"): no value
    {{surface|Name}}             a Contact whose span is `surface`, nominative name `Name`
"""
from __future__ import annotations

import re

from lvextract.pipeline import build_document
from lvextract.record import Contact, DateMention, Record

MARK = re.compile(r"\[\[(?P<date>[^|\]]+)\|(?P<value>[^|\]]*)(?:\|(?P<end>[^|\]]*))?(?:\|(?P<role>[^|\]]*))?(?:\|(?P<relative>[A-Z][A-Z-]*|[+-]P\w+))?\]\]"
                  r"|\{\{(?P<person>[^|}]+)\|(?P<name>[^}]*)\}\}")


def marked_record(marked: str):
    """(Document, Record) of the text with its marks removed; the record holds the marked dates and contacts."""
    plain, dates, contacts = [], [], []
    pos = out = 0
    for m in MARK.finditer(marked):
        plain.append(marked[pos:m.start()])
        out += m.start() - pos
        surface = m.group("date") or m.group("person")
        start, end = out, out + len(surface)
        plain.append(surface)
        out = end
        pos = m.end()
        if m.group("date"):
            dates.append((start, end, m.group("value") or None if m.group("relative") else m.group("value"),
                          m.group("end") or None, m.group("role") or "other", m.group("relative") or None))
        else:
            contacts.append((start, end, m.group("name")))
    plain.append(marked[pos:])
    text = "".join(plain)
    doc = build_document(text)
    record = Record(doc_id="t", source="t", sha256="x")
    record.dates = [DateMention(value=v, end=e, role=r, relative=rel, span=doc.span(s, t)) for s, t, v, e, r, rel in dates]
    record.contacts = [Contact(name=n, span=doc.span(s, t)) for s, t, n in contacts]
    return doc, record
