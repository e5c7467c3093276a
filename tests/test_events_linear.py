"""The events stage stays linear when a text is thousands of dated items in one sentence (a crawler's
flattened calendar, or hostile input): the calendar reading, the hand-out check, the contrast cut,
the wrapped-line check, the list-item check and the "kur notiks" clauses are each read once per
sentence or line, not once per day (issue 13: 100 KB of "5. martā plkst. 10.00 seminārs, " took
185 CPU-s in events before)."""
from __future__ import annotations

import pytest

from operation_count import LINEAR_GROWTH, growth, scanned_chars, sliced_chars, stage_alone


def _events_of(text: str):
    return stage_alone(text, "events")


UNITS = [
    "5. martā plkst. 10.00 seminārs, ",               # one sentence, one day, one kind
    "5. martā seminārs, kur notiks diskusija, ",       # a then-clause after every day
    "• 5. martā Ozolos koncerts\n",                    # bulleted lines of one block, one day
    "5. martā plkst. 10.00 seminārs, bet 6. martā – koncerts, ",  # a contrast in every item
    "Sestdien, 12. jūlijā, notiks Zivju svētki un balle, ",          # a feast and a venue per item
    "ar koncertu un gājienu 5. maijā svinēja svētkus, ",              # a celebrating verb per feast
    "aicina uz «Gaismas brīdi» 9. maijā, ",                           # a quoted name as the subject
    "16. maijā muzejā notiks Muzeju nakts un Baznīcu nakts, ",        # a venue's own noun, an adjective
    "izsludina projektu iesniegumu pieņemšanas kārtu pasākumā «A», kas notiks no 3. marta līdz 3. aprīlim, ",  # no noun
    "5. maijā pasākumā piedalījās skolēni, kuri cieš no vientulības, ",  # a past verb of taking part per item
    "17.03.2015. - radošā darbnīca bērniem, vecākiem\n",             # a listing line per day, items after commas
    "Šajā nedēļā notika apmācības skolotājiem, ",                     # a listed activity per week
    "5. maijā notiks koncerts:\n",                   # a day per line, each line a label closed by a colon
    "koncerts 12. jūnijā, vēstnieks Latvijas Republikā, ",  # every venue of the group dropped (an envoy's seat)
    "Rīgā, Doma laukumā, koncerts 12. jūnijā plkst. 19.00, ",  # venues per item: filtered whole per event once
]


@pytest.mark.parametrize("unit", UNITS)
def test_many_dated_items_in_one_sentence_stay_linear(unit):
    _events_of(unit * 20)()  # vocabularies and patterns loaded before anything is counted
    assert growth(_events_of(unit * (8_000 // len(unit))), _events_of(unit * (16_000 // len(unit)))) < LINEAR_GROWTH


@pytest.mark.parametrize("unit", UNITS)
def test_many_dated_items_are_searched_linearly(unit):
    """The characters its regular expressions scan grow with the text, not with items × sentence:
    a search over a whole sentence is one operation for the count above (a past verb of taking
    part read its whole sentence for a call's words once per verb; a clause naming nothing searched
    its sentence for rounds and arrivals once per date)."""
    scanned_chars(unit * 20, "events")  # words met for the first time are looked up once, not counted
    small = scanned_chars(unit * (8_000 // len(unit)), "events")
    assert scanned_chars(unit * (16_000 // len(unit)), "events") < LINEAR_GROWTH * small


COPIED_UNITS = [
    "2024. gada 5. martā notika konference par izglītību, ",            # a dated event, no sentence end
    "5. martā plkst. 10.00 Ozolu kultūras namā notiks seminārs jauniešiem, ",  # with its hour and venue
]


@pytest.mark.parametrize("unit", COPIED_UNITS)
def test_one_line_of_dated_items_copies_linearly(unit):
    """A listing's line (programme.listing_line_items) asked whether each day opens its line by
    copying the line before the day: on one long line, the text before it, once per day (lin2's
    probe: 0.6 M characters at 8 KB, 2.4 M at 16 KB). It reads back over the whitespace instead."""
    sliced_chars(unit * 20, "events")  # vocabularies and patterns loaded before anything is counted
    small = sliced_chars(unit * (8_000 // len(unit)), "events")
    assert sliced_chars(unit * (16_000 // len(unit)), "events") < LINEAR_GROWTH * max(small, 1)


def _ranged_days(n: int):
    """n campaigns, each a titled range over three days of its own month, and each with a day inside
    it whose noun retells the campaign by its name (or says only "pasākums") apart from its date."""
    from lvextract.record import DateMention, Event, Record, Span

    record = Record(doc_id="t", source="t", sha256="0" * 64)
    first_mention = {}
    for i in range(n):
        month = f"{2000 + i // 12}-{1 + i % 12:02d}"
        span = Span(start=100 * i, end=100 * i + 10, text="x" * 10)
        record.events.append(Event(type="akcija", title="Laipnības nedēļa", start=f"{month}-16", end=f"{month}-18", span=span))
        for kind in ("laipnības nedēļa", "pasākums"):
            day = Event(type=kind, start=f"{month}-17", span=Span(start=100 * i + 50, end=100 * i + 60, text="x" * 10))
            record.events.append(day)
            first_mention[id(day)] = DateMention(value=day.start, span=Span(start=100 * i + 20, end=100 * i + 30, text="x" * 10))
    return record, first_mention


@pytest.mark.parametrize("drop", ["drop_title_retold_days", "drop_range_generic_days"])
def test_days_inside_many_ranges_are_found_linearly(drop):
    """A day inside a range (a campaign's day retold by its name, a generic day of a ranged fair) is
    asked of an index of the ranges, not of every range: a flattened page of campaigns made it
    O(events × ranges) (rv33)."""
    from lvextract.extractors.events import range_generic_days

    def run(n):
        record, first_mention = _ranged_days(n)
        return lambda: getattr(range_generic_days, drop)(record, first_mention)

    record, first_mention = _ranged_days(3)
    getattr(range_generic_days, drop)(record, first_mention)
    assert len(record.events) == 6  # one of each range's two days dropped
    assert growth(run(400), run(800)) < LINEAR_GROWTH
