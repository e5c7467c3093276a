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
