"""iCalendar and Excel exports (lvextract.exports), on records of texts written for this test."""
from __future__ import annotations

import io

import pytest

import lvextract
from lvextract.exports import SHEETS, IcsWriter, XlsxWriter

TEXTS = {
    "a": "Seminārs notiks 2023. gada 14. martā plkst. 10.00–13.00 Valmieras bibliotēkā, Cēsu ielā 4. "
         "Pieteikties līdz 2023. gada 10. martam pie Annas Liepiņas, tālr. 29123456.",
    "b": "Konference notiks no 2022. gada 5. līdz 6. maijam Rīgā. Projekta izmaksas ir 10 000 eiro, "
         "to finansē Eiropas Sociālais fonds. Aicinām jauniešus un seniorus.",
    "c": "Darbnīca notiks šā gada 16. maijā.",  # no document date: the year stays unknown
}


@pytest.fixture(scope="module")
def records():
    return [lvextract.extract(text, doc_id=doc_id) for doc_id, text in TEXTS.items()]


def test_ics_parses_back_with_one_component_per_dated_item(records):
    from icalendar import Calendar

    out = io.StringIO()
    writer = IcsWriter(out)
    for record in records:
        writer.write(record)
    writer.close()
    calendar = Calendar.from_ical(out.getvalue())
    events = calendar.walk("VEVENT")
    todos = calendar.walk("VTODO")
    assert len(events) == 2 and len(todos) == 1 and writer.skipped == 1
    seminar = next(e for e in events if str(e["summary"]).startswith("seminārs"))
    start = seminar.decoded("dtstart")
    assert (start.isoformat(), str(start.tzinfo)) == ("2023-03-14T10:00:00+02:00", "Europe/Riga")
    assert seminar.decoded("dtend").isoformat() == "2023-03-14T13:00:00+02:00"
    assert "Valmieras bibliotēka" in str(seminar["location"])
    assert "a, characters" in str(seminar["description"])
    conference = next(e for e in events if str(e["summary"]).startswith("konference"))
    # All day over two days: DTEND is the day after the last.
    assert (str(conference.decoded("dtstart")), str(conference.decoded("dtend"))) == ("2022-05-05", "2022-05-07")
    assert str(todos[0].decoded("due")) == "2023-03-10"
    uids = [str(c["uid"]) for c in events + todos]
    prefixes = {r.sha256[:20] for r in records}
    assert len(set(uids)) == len(uids) and all(u.split("-")[0] in prefixes and u.endswith("@lvextract") for u in uids)


def test_ics_uid_is_stable_across_runs(records):
    def uids():
        out = io.StringIO()
        writer = IcsWriter(out)
        writer.write(records[0])
        writer.close()
        return [line for line in out.getvalue().splitlines() if line.startswith("UID:")]

    assert uids() == uids() and uids()


def test_xlsx_has_a_sheet_per_field_with_header_filters_and_spans(records, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "records.xlsx"
    writer = XlsxWriter(str(path))
    for record in records:
        writer.write(record)
    writer.close()
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["documents", *SHEETS]
    counts = {name: workbook[name].max_row - 1 for name in workbook.sheetnames}
    assert counts["documents"] == 3
    field_of = {sheet: field for sheet, (field, _) in SHEETS.items()}
    for sheet, field in field_of.items():
        assert counts[sheet] == sum(len(getattr(r, field)) for r in records), sheet
    events = workbook["events"]
    header = [c.value for c in events[1]]
    assert header[0] == "doc_id" and header[-3:] == ["span_start", "span_end", "evidence"]
    assert events.freeze_panes == "B2" and events.auto_filter.ref.startswith("A1:")
    row = [c.value for c in events[2]]
    text = TEXTS[row[0]]
    assert text[row[-3]:row[-2]] == row[-1]
