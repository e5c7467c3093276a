"""A named day of fixed date dating an occurrence told by that name alone: the year from the
document's date (events/feast_days.py; the table rows in tests/examples/events.toml)."""
import lvextract


def _events(text: str, today: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.start) for e in lvextract.extract(text, document_date=today).events]


def test_a_held_report_in_january_tells_last_years_day():
    assert _events("Lāčplēša dienā Egļu skolā notika lāpu gājiens.", "2032-01-08") == [("gājiens", "2031-11-11")]


def test_a_planned_day_before_it_is_this_years():
    assert _events("Zinību dienā Bērzu ģimnāzijas pagalmā notiks svinīgā līnija.", "2030-08-20") == [("līnija", "2030-09-01")]


def test_a_planned_day_already_past_is_next_years():
    assert _events("Līgo vakarā Ozolu estrādē notiks zaļumballe.", "2030-07-02") == [("zaļumballe", "2031-06-23")]


def test_a_custom_in_the_present_adds_nothing():
    assert _events("Mārtiņdienā tiek cepti pīrāgi un rīkoti tirdziņi.", "2030-11-01") == []


def test_the_feasts_own_word_is_no_occurrence_of_it():
    assert _events("Mārtiņdienā Priežu muižā tika rīkots gadatirgus.", "2030-10-01") == [("gadatirgus", "2029-11-10")]


def test_a_day_of_history_of_the_same_date_gives_no_year():
    """The day the text writes for the feast's date is that of history ("proklamēta 1918. gada 18.
    novembrī"), far from the document's year: the feast's day takes the document's year."""
    text = ("Latvijas Republika tika proklamēta 1918. gada 18. novembrī. Proklamēšanas dienā Ozolu skolā "
            "notiks svētku koncerts.")
    assert _events(text, "2030-11-01") == [("koncerts", "2030-11-18")]


def test_the_texts_own_day_of_last_year_still_gives_the_year():
    """A report dated in January that writes last November's day of the feast keeps that day."""
    text = "2031. gada 11. novembra vakarā Liepu baznīcā notika dievkalpojums.\n\nLāčplēša dienā Kalnu pagastā notika piemiņas brīdis."
    assert ("piemiņas brīdis", "2031-11-11") in _events(text, "2032-01-08")
