"""The events table (tests/examples/events.toml): marked Latvian texts → expected events."""
from __future__ import annotations

import pytest
from example_tables import examples, load_table

from lvextract.extractors import events
from marked import marked_record

TABLE = load_table("events")


def _compare(event, expected: dict) -> dict:
    """The fields that differ; "" in the table stands for null."""
    got = event.model_dump()
    return {k: (got[k], v) for k, v in expected.items() if got[k] != (v or None)}


@pytest.mark.parametrize("row", examples("events"))
def test_events_table(row):
    doc, record = marked_record(row.text)
    record.title = row.context.get("title")  # the title extractor's headline, when the row depends on it
    events.extract(doc, record)
    found = sorted(record.events, key=lambda e: (e.start or "", e.type))
    expected = sorted(row.expect, key=lambda e: (e.get("start", ""), e["type"]))
    assert len(found) == len(expected), [e.model_dump(exclude={"span"}) for e in found]
    for event, want in zip(found, expected):
        assert _compare(event, want) == {}


@pytest.mark.parametrize("row", examples("events", where=lambda row: not row.negative)[:6])
def test_event_spans_and_roles(row):
    doc, record = marked_record(row.text)
    events.extract(doc, record)
    for event in record.events:
        assert doc.text[event.span.start:event.span.end] == event.span.text
    used = [d for d in record.dates if d.role == "event"]
    assert {d.value for d in used} == {e.start for e in record.events}


def test_table_is_big_enough_and_has_negatives():
    assert len(TABLE) >= 30
    assert TABLE.negatives >= 8


def test_many_dates_in_one_clause_cost_one_analysis():
    """A clause with hundreds of dates is analysed once: every date's event is built from the
    same per-clause range (no rescan per date)."""
    doc, record = marked_record("".join(f"[[{d}. martā|2024-03-{d:02d}]] plkst. 10.00 seminārs, " for d in range(1, 29)))
    events.extract(doc, record)
    assert len(record.events) == 28
    assert len(doc.derived("events.ranges", lambda _doc: {})) <= 2


def test_a_calendar_widgets_day_dates_no_event():
    """A portal's today-with-name-days widget above the article is furniture: the article's
    contest is no event on that day (texts written for this test)."""
    import lvextract

    text = ("Trešdiena, 11. marts\nKonstantīns, Konstance\n+2° C, vējš 3 m/s\n\n"
            "Izsludina konkursu skolām\n\nMinistrija izsludina konkursu skolām. "
            "Konkursa noslēguma pasākums notiks 14. maijā Rīgā.")
    record = lvextract.extract(text)
    assert [(e.type, e.start) for e in record.events] == [("pasākums", "XXXX-05-14")]
    # without its year the day the page was shown is still a date of the text (dt15), of no event
    assert [(d.value, d.role) for d in record.dates if d.value == "XXXX-03-11"] == [("XXXX-03-11", "other")]
    assert record.document_date is None


def test_a_near_day_under_a_month_dateline_starts_in_that_month():
    """"Vakar" under a page dated only by its month dates its occurrence in that month (RECORD
    counts a relative from the document date at that date's grain); "Šodien (21.03.2025.)" is the
    day written beside it, no second occurrence of the month (texts written for this test; the
    example table cannot mark a relative mention)."""
    import lvextract

    record = lvextract.extract("Datums: 2019-05\n\nVakar pagasta zālē notika iedzīvotāju sapulce.")
    assert [(e.type, e.start) for e in record.events] == [("sapulce", "2019-05")]
    record = lvextract.extract("Datums: 2025-03\n\nŠodien (21.03.2025.) tehnikumā notiek absolventu salidojums.")
    assert [(e.type, e.start) for e in record.events] == [("salidojums", "2025-03-21")]


def test_a_week_told_before_its_range_is_no_second_event():
    """"Nākošajā nedēļā no 14. līdz 18. oktobrim" with no date to count the week from: the week is
    the range told right after it, no undated twin of the range's occurrence (text written for
    this test; the example table cannot mark a relative mention)."""
    import lvextract

    record = lvextract.extract("Nākošajā nedēļā no 14.- 18. oktobrim pilsētas bibliotēkās notiks Bibliotēku nedēļa.")
    assert [(e.type, e.start) for e in record.events] == [("bibliotēku nedēļa", "XXXX-10-14")]


def test_history_told_in_passing_is_no_event():
    """A holiday note's origin, decades before the text's own time, dates no occurrence; the
    concert the note announces does (texts written for this test)."""
    import lvextract

    text = ("4. maijs – Neatkarības atjaunošanas diena. 1990. gada 4. maijā Augstākā padome "
            "sanāksmē pieņēma deklarāciju.\n\n2024. gada 4. maijā plkst. 12:00 laukumā notiks koncerts.")
    record = lvextract.extract(text)
    assert [(e.type, e.start) for e in record.events] == [("koncerts", "2024-05-04")]


def test_a_retrospective_within_ten_years_keeps_its_event():
    import lvextract

    text = "Pirmā konference notika 2016. gada 5. maijā Rīgā. Šogad konference notiks 2024. gada 7. maijā Cēsīs."
    record = lvextract.extract(text)
    assert sorted(e.start for e in record.events) == ["2016-05-05", "2024-05-07"]


def test_a_portals_publish_stamp_dates_no_event():
    """"Šodien 08:28" on a line of its own is when the article went up: the sittings it announces
    are dated by their own days, not by the stamp (texts written for this test)."""
    import lvextract

    text = ("Novadu ziņas\nŠodien 08:28\nPagastu padomes aizvadīs pirmās sēdes\n"
            "Nākamnedēļ notiks pagastu padomju pirmās sēdes.\n"
            "- Ozolu pagasta padomes sēde: 9. janvārī plkst. 15.30.\n")
    record = lvextract.extract(text, document_date="2026-01-08")
    assert [(e.type, e.start) for e in record.events] == [("sēde", "2026-01-09")]


def test_today_closing_a_clause_after_the_copula_is_the_present_not_a_day():
    """"… kādas tās ir šodien": today as the present state of things dates no occurrence; a
    "šodien" that tells when something takes place does (texts written for this test)."""
    import lvextract

    text = ("Bibliotēkā 9. maijā notiks diskusija par pilsētu. Diskusijā runās par to, kāda pilsēta "
            "bija agrāk un kāda tā ir šodien.")
    record = lvextract.extract(text, document_date="2024-05-02")
    assert [(e.type, e.start) for e in record.events] == [("diskusija", "2024-05-09")]
    record = lvextract.extract("Šodien bibliotēkā notiks diskusija par pilsētu.", document_date="2024-05-02")
    assert [(e.type, e.start) for e in record.events] == [("diskusija", "2024-05-02")]


def test_a_relative_day_with_nothing_to_count_from_keeps_its_event_undated():
    """RECORD: a relative day with no document or reference date has a null value; the occurrence
    it dates is still an event, with a null start (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Tikšanās ar dzejnieci\n\nSestdien plkst. 15 Lejasmuižas bibliotēkā "
                               "notiks tikšanās ar dzejnieci Annu Ozolu.")
    assert record.document_date is None
    assert [(e.type, e.start, e.start_time) for e in record.events] == [("tikšanās", None, "15:00")]


def test_an_undated_relative_day_told_by_a_calendar_day_too_is_that_day():
    """"Šo sestdien, 30. novembrī, … skate. Skate sestdien sāksies …": one occurrence, dated; but a
    sentence that lists a relative day and a calendar day apart keeps both (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Amatierteātru skate\n\nŠo sestdien, 30. novembrī, Ozolkalna tautas namā notiks "
                               "amatierteātru skate. Skate sestdien sāksies plkst. 11.")
    assert [(e.type, e.start) for e in record.events] == [("skate", "XXXX-11-30")]
    record = lvextract.extract("Vakanču gadatirgus\n\nVakanču gadatirgus šodien no plkst. 10 notiks Ozolkalna "
                               "skolā, 14. aprīlī – Lejasciema skolā.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("gadatirgus", ""), ("gadatirgus", "XXXX-04-14")]


def test_a_bare_weekday_is_the_day_the_text_writes_beside_the_same_weekday():
    """"Piektdien … pulcēsies" in the headline, "Piektdien, 11. aprīlī, …" in the body, no document
    date: the headline's Friday is 11 April; a relative day with no such twin stays undated (texts
    written for this test)."""
    import lvextract

    record = lvextract.extract("Piektdien Ozolkalnā pulcēsies novada jaunieši\n\nPiektdien, 11. aprīlī, "
                               "Ozolkalna tautas namā sanāks novada jauniešu dome.")
    dated = [(e.type, e.start) for e in record.events]
    assert ("pasākums", "XXXX-04-11") in dated and all(start is not None for _, start in dated)
    record = lvextract.extract("Koncerts sestdien\n\nSestdien plkst. 18 Lejas tautas namā notiks koncerts. "
                               "Savukārt 14. aprīlī notiks balle.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("balle", "XXXX-04-14"), ("koncerts", "")]


def test_a_reports_historical_present_is_held():
    """The present passive on a day no later than the document's, beside sentences told in the
    past, tells a report: held; with no past near it stays planned (texts written for this test)."""
    import lvextract

    text = ("Šodien, 8. maijā, tiek svinīgi atklāts jaunais sporta laukums. "
            "Pagājušajā gadā mēs nosvinējām skolas jubileju.")
    record = lvextract.extract(text, document_date="2026-05-08")
    assert [(e.type, e.start, e.status) for e in record.events] == [("atklāšana", "2026-05-08", "held")]
    text = "Šodien, 8. maijā, tiek svinīgi atklāts jaunais sporta laukums. Aicinām visus piedalīties!"
    record = lvextract.extract(text, document_date="2026-05-08")
    assert [(e.type, e.start, e.status) for e in record.events] == [("atklāšana", "2026-05-08", "planned")]


def test_a_reports_present_beside_a_past_verb_in_its_own_sentence_is_held():
    """The present passive told in the same sentence as a past verb, on a day before the document's,
    is part of the report: held (a text written for this test)."""
    import lvextract

    text = "17. maijā nosvinējām svētkus, jo pēc remonta tiek svinīgi atklātas Lejas tautas nama telpas."
    record = lvextract.extract(text, document_date="2026-05-22")
    assert [(e.type, e.start, e.status) for e in record.events] == [("atklāšana", "2026-05-17", "held")]


def test_a_relative_day_inside_a_quoted_name_dates_nothing():
    """"izrāde „Šodien mēs dziedam” … 20. aprīlī": "Šodien" is a word of the title, not a second day
    of the show (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Izrāde „Šodien mēs dziedam” būs skatāma 20. aprīlī Bērzu kultūras namā.",
                               document_date="2026-04-10")
    assert [(e.type, e.start) for e in record.events] == [("izrāde", "2026-04-20")]
    record = lvextract.extract("Šodien Bērzu kultūras namā būs skatāma izrāde „Mēs dziedam”.", document_date="2026-04-10")
    assert [(e.type, e.start) for e in record.events] == [("izrāde", "2026-04-10")]
    # A hard-wrapped page breaks the quoted name once: still a word of the title, no undated concert.
    record = lvextract.extract("Vakarā plkst. 18 Ozolu namā skanēs koncerts “Šodien\nmēs dziedam”, 20. aprīlī.")
    assert [(e.type, e.start) for e in record.events] == [("koncerts", "XXXX-04-20")]


def test_a_relative_day_and_a_calendar_day_around_the_days_name_are_one_day():
    """"šodien, pilsētas svētku dienā, 14. jūnijā": the phrase between names that same day, so the
    undated twin goes (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Ceremonija pilsētas parkā\n\nApbalvojumu pasniegšanas ceremonija notiks šodien, "
                               "Ozolkalna pilsētas svētku dienā, 14. jūnijā, plkst. 12 pilsētas parkā.")
    assert [(e.type, e.start) for e in record.events] == [("ceremonija", "XXXX-06-14")]


def test_a_weekend_with_nothing_to_count_from_keeps_its_event_undated():
    """"Nedēļas nogalē … notiks gadatirgus" with no document date: an occurrence with a null start, as
    "sestdien" gives (RECORD); a digest's "Sestdien, 9. maijā" about another item does not date it, and
    a weekend one is asked to spend ("nedēļas nogali") dates nothing (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Rudens gadatirgus\n\nNedēļas nogalē Ozolkalna laukumā notiks rudens gadatirgus.")
    assert [(e.type, e.start) for e in record.events] == [("gadatirgus", None)]
    record = lvextract.extract("Nedēļas nogalē Ozolkalna laukumā notiks gadatirgus. Sestdien, 9. maijā, "
                               "Lejasciemā notiek sporta spēles.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("gadatirgus", ""), ("spēles", "XXXX-05-09")]
    record = lvextract.extract("Aicinām pavadīt nedēļas nogali Ozolkalnā, kur skatāma gleznu izstāde.")
    assert record.events == []


def test_a_counted_weeks_weekend_dates_its_occurrence_on_the_saturday():
    """"Pagājušās nedēļas nogalē notika gadatirgus" in a text of Monday 4 March 2026: the grammar
    counts the week (2026-W09); the fair starts on that week's Saturday. The coming weekend in a
    Monday's announcement is the Saturday after; a week with no weekend word dates no occurrence, and a
    weekend spent ("nedēļas nogali") none either (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Pagājušās nedēļas nogalē Ozolkalnā notika gadatirgus.", document_date="2026-03-02")
    assert [(e.type, e.start, e.status) for e in record.events] == [("gadatirgus", "2026-02-28", "held")]
    record = lvextract.extract("Šīs nedēļas nogalē Lazdu parkā notiks sporta spēles.", document_date="2026-03-02")
    assert [(e.type, e.start) for e in record.events] == [("spēles", "2026-03-07")]
    record = lvextract.extract("Pagājušajā nedēļā Ozolkalnā notika gadatirgus.", document_date="2026-03-02")
    assert record.events == []
    record = lvextract.extract("Aicinām pagājušās nedēļas nogali atcerēties ar gadatirgu.", document_date="2026-03-02")
    assert record.events == []


def test_a_counted_weekend_named_by_its_day_keeps_the_day():
    """"Aizvadītās nedēļas nogalē, 5. jūlijā, …": the day the text writes dates the occurrence; the
    counted week's Saturday adds none (text written for this test)."""
    import lvextract

    record = lvextract.extract("Aizvadītās nedēļas nogalē, 5. jūlijā, Ozolu estrādē notika rokmūzikas festivāls.",
                               document_date="2026-07-08")
    assert [(e.type, e.start) for e in record.events] == [("festivāls", "2026-07-05")]


def test_a_week_with_nothing_to_count_from_keeps_its_event_undated():
    """"Šajā nedēļā Lazdu skolā notika apmācības" with no document date: a null start, as the weekend
    rule gives; the weekend word keeps the weekend rule's one event, "pēc trim nedēļām" is no week
    told, and a document date leaves the week no day (texts written for this test)."""
    import lvextract

    record = lvextract.extract("Skolas ziņas\n\nŠajā nedēļā Lazdu skolā notika apmācības skolotājiem.")
    assert [(e.type, e.start, e.status) for e in record.events] == [("apmācības", None, "held")]
    record = lvextract.extract("Šonedēļ Ozolkalna sporta hallē notika volejbola sacensības.")
    assert [(e.type, e.start) for e in record.events] == [("sacensības", None)]
    record = lvextract.extract("Šīs nedēļas nogalē Lazdu parkā notiks sporta spēles.")
    assert [(e.type, e.start) for e in record.events] == [("spēles", None)]
    record = lvextract.extract("Pēc trim nedēļām Ozolkalnā notiks gadatirgus.")
    assert record.events == []
    record = lvextract.extract("Pagājušajā nedēļā Ozolkalnā notika gadatirgus.", document_date="2026-03-02")
    assert record.events == []
    record = lvextract.extract("Skolēnu interese par šīs nedēļas nodarbībām bija liela.")
    assert record.events == []


@pytest.mark.parametrize("text, names", [
    ("Ozolkalnā notika ikgadējās labestības dienas.", ["labestības diena"]),
    ("Lazdu skolā notiks kaimiņu dienas.", ["kaimiņu diena"]),
    # a quantifier's feminine genitive before "dienas" says how long, no day named by whom it is for
    ("Turnīrs norisinājās visas dienas garumā, spēlētāji cīnījās septiņās kārtās.", []),
    ("Darbi notika katras dienas rītā.", []),
])
def test_named_days_in_the_plural_skip_quantifiers(text, names):
    from lvextract.extractors.events.named_days import named_days

    assert [name for name, _, _ in named_days(text)] == names


def test_a_widgets_today_is_not_the_texts_time_for_history():
    """A site header's today ("Sestdiena, 2023. gada 4. februāris" over the day's names) is when the page
    was shown (furniture), not the text's own time: a notice of 2011 with no dateline keeps its hearing
    instead of having it cut as history told ten years back (ev122)."""
    import lvextract
    text = ("Sestdiena, 2023. gada 4. februāris\nVeronika, Daila\n\n"
            "Paziņojums par plāna apspriešanu\n\n"
            "Plāna sabiedriskās apspriešanas sanāksme notiks 2011. gada 25. februārī plkst. 15.00 pagasta zālē.")
    record = lvextract.extract(text)
    assert record.document_date is None
    assert [(e.type, e.start) for e in record.events] == [("sanāksme", "2011-02-25")]


def test_a_later_year_of_the_text_itself_still_cuts_history():
    """NEGATIVE for the widget rule: a year the text itself states still makes a day ten years before it
    history told in passing ("1991. gada 20. janvārī notika …" in a text about 2023)."""
    import lvextract
    text = ("Sestdiena, 2023. gada 4. februāris\nVeronika, Daila\n\n"
            "Piemiņas brīdis\n\n"
            "1991. gada 20. janvārī notika sapulce pie Doma baznīcas. "
            "Piemiņas brīdis pie pieminekļa notiks 2023. gada 20. janvārī.")
    record = lvextract.extract(text)
    assert ("sapulce", "1991-01-20") not in [(e.type, e.start) for e in record.events]
