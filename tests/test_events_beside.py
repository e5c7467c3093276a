"""A relative day written in brackets beside its calendar day, an adjective before the weekday
("2. aprīlī (Lielajā piektdienā)"), is that day told again: no undated twin (texts written for this
test)."""
from __future__ import annotations

import lvextract


def test_a_bracketed_named_weekday_beside_its_date_is_that_day():
    record = lvextract.extract("Dievkalpojumi Liepsalā\n\nLiepsalas baznīcā 3. aprīlī (Lielajā piektdienā) "
                               "plkst. 15 sāksies krustaceļš.")
    assert [(e.type, e.start) for e in record.events] == [("krustaceļš", "XXXX-04-03")]


def test_a_weekday_told_apart_from_the_date_keeps_its_own_event():
    record = lvextract.extract("Koncerti Liepsalā\n\nLiepsalas baznīcā 3. aprīlī notiks koncerts, "
                               "bet nākamajā piektdienā koncerts notiks Rudzupē.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("koncerts", ""), ("koncerts", "XXXX-04-03")]


# Relative days with nothing to count from cannot be marked in tests/examples/events.toml (a marked
# date has no relative value), so these run the whole pipeline on texts written for this test.

def test_last_weekday_is_not_the_coming_weekday_of_a_planned_occurrence():
    record = lvextract.extract("Ģimnāzijā absolventi izlaiduma svinības aizvadīja jau pagājušajā piektdienā. "
                               "Pamatskolā izlaidums paredzēts piektdien, 18. jūnijā, pulksten 16.")
    assert sorted((e.type, e.start or "", e.status) for e in record.events) == [
        ("izlaidums", "XXXX-06-18", "planned"), ("svinības", "", "held")]


def test_two_relative_days_joined_by_un_are_one_undated_occurrence():
    record = lvextract.extract("Jau sestdien un svētdien Madonā notiks jauniešu basketbola turnīrs.")
    assert [(e.type, e.start) for e in record.events] == [("turnīrs", None)]


def test_two_relative_days_of_separate_sentences_keep_their_own_occurrences():
    record = lvextract.extract("Sestdien Madonā notiks basketbola turnīrs. Otrdien Cesvainē notiks volejbola turnīrs.")
    assert len([e for e in record.events if e.type == "turnīrs"]) == 2


def test_a_bare_weekday_after_a_fairs_few_days_is_a_part_of_the_fair():
    # ev52: the workshops on two weekdays lie inside the fair's range, no occurrence of their own.
    record = lvextract.extract("No 12. līdz 14. martam Lejas laukumā notiks pavasara gadatirgus. "
                               "Radošās darbnīcas bērniem notiks ceturtdien un piektdien.")
    assert [(e.type, e.start, e.end) for e in record.events] == [("gadatirgus", "XXXX-03-12", "XXXX-03-14")]


def test_a_bare_weekday_after_a_long_exhibition_keeps_its_own_occurrence():
    # ev52 negative: a range of weeks is no few days a weekday lies inside; the talk stays.
    record = lvextract.extract("Izstāde būs skatāma no 3. marta līdz 28. aprīlim. Sestdien bibliotēkā notiks lekcija.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("izstāde", "XXXX-03-03"), ("lekcija", "")]


def test_a_bare_weekday_after_a_short_seminar_keeps_its_own_occurrence():
    # Review negative: only a fair's or an exhibition's few days ([open_days]) hold a bare weekday's part.
    record = lvextract.extract("No 3. līdz 4. martam notiks seminārs skolotājiem. Piektdien kultūras namā notiks koncerts.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("koncerts", ""), ("seminārs", "XXXX-03-03")]


def test_a_bare_weekday_outside_a_dated_fairs_days_keeps_its_own_occurrence():
    # Review negative: with its year known, the fair's days (Thursday to Saturday) hold no Monday.
    record = lvextract.extract("No 2025. gada 13. līdz 15. martam laukumā notiks gadatirgus. Pirmdien bibliotēkā notiks lekcija.")
    assert sorted((e.type, e.start or "") for e in record.events) == [("gadatirgus", "2025-03-13"), ("lekcija", "")]


def test_a_bare_weekday_after_one_weekday_written_beside_its_day_is_a_day_of_that_week():
    # ev65: a weekend digest with no document date: "Sestdien, 21. oktobrī" sets the week, so the
    # later bare Sunday is the 22nd and the Friday before it the 20th.
    record = lvextract.extract("Sporta nedēļas nogale Ozolkalnā\n\nSestdien, 21. oktobrī, Ozolkalna sporta zālē "
                               "notiks novusa turnīrs. Svētdien pulksten 12 stadionā notiks futbola spēle.")
    assert sorted((e.type, e.start) for e in record.events) == [("spēle", "XXXX-10-22"), ("turnīrs", "XXXX-10-21")]
    record = lvextract.extract("Svētki Lejasmuižā\n\nSestdien, 2023. gada 7. oktobrī, muižas parkā notiks gadatirgus. "
                               "Vēl pirms tam, piektdien pulksten 19, muižas zālē notiks koncerts.")
    assert sorted((e.type, e.start) for e in record.events) == [("gadatirgus", "2023-10-07"), ("koncerts", "2023-10-06")]


def test_a_bare_weekday_among_several_weekdays_written_beside_days_stays_undated():
    # ev65 negatives: two weeks' days beside their weekdays tell no single week; a weekday that does
    # not fit its written day (7 October 2023 was a Saturday) sets none either.
    record = lvextract.extract("Sestdien, 21. oktobrī, notiks novusa turnīrs. Sestdien, 28. oktobrī, notiks šaha "
                               "turnīrs. Svētdien pulksten 12 stadionā notiks futbola spēle.")
    assert ("spēle", None) in [(e.type, e.start) for e in record.events]
    record = lvextract.extract("Piektdien, 2023. gada 7. oktobrī, muižas parkā notiks gadatirgus. "
                               "Svētdien pulksten 19 muižas zālē notiks koncerts.")
    assert ("koncerts", None) in [(e.type, e.start) for e in record.events]


def test_today_with_a_modal_meeting_infinitive_is_no_meeting():
    # fx27 negative: 'šodien … mēs varam … satikties' is a wish; the verb alone gave a meeting with no start.
    record = lvextract.extract("Skolas ziņas\n\nZiemas brīvdienas beigušās, un šodien mēs varam atkal "
                               "satikties ar klasesbiedriem.")
    assert record.events == []
