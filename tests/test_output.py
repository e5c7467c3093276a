"""CSV output: one row per item, with the detail of each kind of item in columns of its own."""
import csv
import io

from lvextract.output import CSV_ALL_COLUMNS, CSV_COLUMNS, RecordWriter, csv_rows
from lvextract.record import Record

TEXT = "Seminārs\n„Zaļā Rīga”\nnotiks 2024. gada 5. martā plkst. 10.00–12.00 Cēsīs."


def _record(**fields) -> Record:
    span = {"start": 0, "end": len(TEXT), "text": TEXT}
    data = {"doc_id": "d1", "source": "d1.txt", "sha256": "0" * 64, "title": "Seminārs\n„Zaļā Rīga”",
            "document_date": "2024-02-01",
            "dates": [{"value": "2024-03-05", "anchored": False, "role": "event", "span": span}],
            "events": [{"type": "seminārs", "title": "Zaļā Rīga", "start": "2024-03-05", "start_time": "10:00",
                        "end_time": "12:00", "place": "Cēsis", "address": "Rīgas iela 1", "status": "planned",
                        "span": span}],
            "deadlines": [{"date": "2024-03-01", "time": "17:00", "action": "pieteikties", "contact": "Anna Ozola",
                           "span": span}],
            "contacts": [{"name": "Anna Ozola", "role": "projekta vadītāja", "organization": "Cēsu novada pašvaldība",
                          "phones": ["+37129442854", "+37164161800"], "emails": ["anna@cesis.lv"], "span": span}],
            "budgets": [{"amount": 1000.5, "currency": "EUR", "kind": "total",
                         "shares": [{"percent": 85, "source": "ESF"}], "span": span}],
            "projects": [{"name": "Zaļā Rīga", "aliases": ["ZR"], "contract": "1.2.3/16/I/001", "span": span}]}
    data.update(fields)
    return Record.model_validate(data)


def _table(record: Record, **options) -> list[dict]:
    stream = io.StringIO()
    writer = RecordWriter(stream, "csv", **options)
    writer.write(record)
    writer.close()
    text = stream.getvalue()
    assert text.count("\n") == len(list(csv_rows(record))) + 1, "a newline inside a cell"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_first_columns_stay_and_details_follow():
    assert CSV_ALL_COLUMNS[:6] == CSV_COLUMNS == ("doc_id", "field", "value", "start", "end", "text")
    rows = _table(_record())
    assert list(rows[0]) == list(CSV_ALL_COLUMNS)
    by_field = {row["field"]: row for row in rows}
    event = by_field["events"]
    assert (event["title"], event["place"], event["address"], event["start_time"], event["end_time"], event["status"]) \
        == ("Zaļā Rīga", "Cēsis", "Rīgas iela 1", "10:00", "12:00", "planned")
    assert event["value"] == "seminārs@2024-03-05" and event["start_date"] == "2024-03-05"
    contact = by_field["contacts"]
    assert (contact["role"], contact["organization"], contact["phones"], contact["emails"]) \
        == ("projekta vadītāja", "Cēsu novada pašvaldība", "+37129442854; +37164161800", "anna@cesis.lv")
    deadline = by_field["deadlines"]
    assert (deadline["start_date"], deadline["start_time"], deadline["action"], deadline["contact"]) \
        == ("2024-03-01", "17:00", "pieteikties", "Anna Ozola")
    budget = by_field["budgets"]
    assert (budget["amount"], budget["currency"], budget["kind"], budget["shares"]) == ("1000.5", "EUR", "total", "ESF 85%")
    assert by_field["dates"]["date_role"] == "event" and by_field["dates"]["anchored"] == "false"
    assert (by_field["projects"]["aliases"], by_field["projects"]["contract"]) == ("ZR", "1.2.3/16/I/001")
    assert by_field["title"]["value"] == "Seminārs\\n„Zaļā Rīga”"
    assert by_field["document_date"]["value"] == "2024-02-01"


def test_newlines_inside_cells_are_escaped():
    rows = _table(_record(warnings=["line one\r\nline two\rthree"]))
    span_row = next(row for row in rows if row["field"] == "events")
    assert span_row["text"] == TEXT.replace("\n", "\\n") and "\n" not in span_row["text"]
    assert next(row for row in rows if row["field"] == "warnings")["value"] == "line one\\nline two\\rthree"


def test_excel_starts_with_a_bom_and_only_then():
    plain, excel = io.StringIO(), io.StringIO()
    RecordWriter(plain, "csv").write(_record())
    RecordWriter(excel, "csv", excel=True).write(_record())
    assert excel.getvalue() == "\ufeff" + plain.getvalue()
    assert not plain.getvalue().startswith("\ufeff")


def test_reference_date_row_only_when_set():
    fields = [row["field"] for row in _table(_record(document_date=None, reference_date="2024-01-15"))]
    assert "reference_date" in fields and "document_date" not in fields
    assert "reference_date" not in [row["field"] for row in _table(_record())]


def test_a_named_pipe_is_written_through_not_replaced(tmp_path):
    """`-o` onto a FIFO (or /dev/null) writes into it; the atomic rename would replace it."""
    import os
    import stat
    import threading

    from lvextract.output import open_output

    fifo = tmp_path / "records.pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    with open_output(str(fifo)) as handle:
        handle.write('{"doc_id": "a"}\n')
    reader.join(5)
    assert received == ['{"doc_id": "a"}\n']
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not list(tmp_path.glob(".*.part"))

