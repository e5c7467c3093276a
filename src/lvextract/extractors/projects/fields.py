"""A fact sheet's fields that name a project ("Projekta nosaukums: …", a label alone over its
value; a heading "LIFE Integrētais projekts: …", its contract code closing the line) and a card's
heading line with its number ("Nr. 4.3.3.2/1/24/I/002 „…”")."""
from __future__ import annotations

from ...document import Document
from .card_value import after_measure, glued_number
from .collect import _clean, Entries
from .config import config, is_owner
from .patterns import CARD_NUMBER, DASH_ALIAS, LABEL_ALONE, NAME_LINE, PAREN, TRAILING_CODE
from .quoted import quoted_after
from .table_column import tables


def field_names(doc: Document, entries: Entries) -> None:
    c = config()
    quotes, not_names, bare_contract = c.quotes, c.not_names, c.bare_contract
    text = doc.text
    add = entries.add

    def add_field_value(start: int, end: int) -> None:
        """A fact sheet's quoted name (a field's value), with the contract number in a bracket
        right after it: 'Projekta nosaukums: “…” (Nr. 12-34)'."""
        name = _clean(text[start:end])
        if name and name not in not_names:
            project = add(name, start, end, [])
            paren = PAREN.match(text, end + 1)
            listed = bare_contract.match(paren["inside"]) if paren else None
            project.contract = project.contract or (listed["number"] if listed else None)

    for line in NAME_LINE.finditer(text):
        # (a quoted name with more after it on the line: 'Projekts: “…” (Nr. 12-34)' names only “…”)
        quoted = quoted_after(text, after_measure(text, line.start("name")) or line.start("name"), quotes)
        if quoted is not None and quoted[1] < line.end("name"):
            add_field_value(*quoted)
            continue
        # (a heading's contract code closing the line: "LIFE Integrētais projekts: … LIFE19 IPE/LV/000010")
        code = TRAILING_CODE.search(line["name"])
        value = line["name"][:code.start()] if code else line["name"]
        # (its quoted short name after a dash closing the line: 'Projekts: … attīstība – “Saviļņojoša Vidzeme”')
        dashed = None if code else DASH_ALIAS.fullmatch(value)
        # (not an organisation's name after its kind: "… deju kolektīvam – “Rieda”" is the name's own end)
        if dashed is not None and not is_owner(dashed["name"].split()[-1], c.owners, c.owner_exact):
            name, short = _clean(dashed["name"]), _clean(dashed["alias"])
            if name and short and name not in not_names:
                start = line.start("name") + dashed.start("name")
                add(name, start, start + len(dashed["name"]), [short])
                continue
        name = _clean(value)
        if name:
            # The span is the name as written when cleaning left it whole, else the field's value.
            start = text.find(name, line.start("name"), line.end("name"))
            start, end = (start, start + len(name)) if start >= 0 else (line.start("name"), line.start("name") + len(value))
            project = add(name, start, end, [])
            project.contract = project.contract or (code["number"] if code else None)
    headers = [table.header for table in tables(text)]
    for label in LABEL_ALONE.finditer(text):
        start = label.start("value")
        if any(h[0] <= start < h[1] for h in headers):
            continue  # a table's next header cell ("Projekta iesniedzējs"), not a value
        quoted = quoted_after(text, start, quotes)
        if quoted is not None:
            add_field_value(*quoted)
        elif not label["value"].rstrip().endswith((".", ":")) and not NAME_LINE.match(label["value"]):
            value, number = glued_number(label["value"], not_names)
            name = _clean(value)
            if name and name not in not_names:
                project = add(name, start, start + len(value.rstrip()), [])
                project.contract = project.contract or number
    for card in CARD_NUMBER.finditer(text):
        quoted = quoted_after(text, card.end(), quotes)
        line_end = text.find("\n", card.end())
        # (the quoted name ends the line: a heading, not a sentence that goes on)
        if quoted and not text[quoted[1] + 1:line_end if line_end >= 0 else len(text)].strip():
            name = _clean(text[quoted[0]:quoted[1]])
            if name:
                project = add(name, quoted[0], quoted[1], [])
                project.contract = project.contract or card["number"]

