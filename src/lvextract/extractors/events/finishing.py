"""The last passes over a document's events, after they are made and joined: statuses (moved,
reported), titles and places from other mentions, the stops of a series, types from headings and
headlines, the parts of ranges and visits, and the spans cut to their own nouns. Each pass is its
module's; here only their order. Called once per document by events.extract."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Record
from .closing_day import join_closing_days
from .closing_only import drop_closing_only
from .continued import continued_until
from .framed_list import drop_framed_list
from .genitive_chain import drop_chained_days
from .heading_genitive import type_from_heading
from .hour_stops import add_hour_stops
from .invited import invited_status
from .listed_towns import place_listed_towns
from .merging import titles_from_other_mentions
from .moves import moved_to_status
from .nth_day import join_nth_days
from .oblique_plurals import drop_oblique_plurals
from .other_kinds import drop_counted
from .past_midnight import after_midnight
from .range_generic_days import drop_range_generic_days
from .range_parts import drop_range_parts
from .service_venue import drop_service_venues
from .shown_until import shown_until
from .tenses import reported_present
from .timetable_parts import drop_timetable_parts
from .told_again import drop_generic_retold, status_from_later
from .tour_stops import add_tour_stops
from .venue_own_noun import cut_own_noun
from .verb_headline import type_from_headline_noun
from .visit_days import drop_visit_days
from .visit_parts import visit_parts


def finish(doc: Document, record: Record, nouns, first_mention: dict[int, DateMention]) -> None:
    moved_to_status(doc, record)
    reported_present(doc, record)
    titles_from_other_mentions(doc, nouns, record.events, record.dates)
    place_listed_towns(doc, record, first_mention)  # "27. augusts – Dobele": a series' calendar line
    add_hour_stops(doc, record, first_mention)  # "plkst. 15.00 Ozolos un plkst. 19.00 Liepās": two stops
    add_tour_stops(doc, record, first_mention)  # "… sniedzot 4 koncertus:" / "5. jūlijs plkst. 19.00 Ozolu baznīca"
    type_from_heading(doc, record)
    drop_range_parts(record)
    drop_range_generic_days(record, first_mention)  # "gadatirgus no 3. līdz 5. jūnijam … pasākuma vietas: 03.06. – …"
    drop_framed_list(doc, record)  # "Svētkos 13. augustā notiks: ekskursija, darbnīcas …"
    drop_timetable_parts(doc, record)  # "Sacensības 21. septembrī … 17.00 dalībnieku apbalvošana": the contest's row
    continued_until(doc, record)  # "atklās 13. jūnijā …, sacensības turpināsies līdz 15. jūnijam"
    shown_until(doc, record)  # "No 16. janvāra apskatāma izstāde. … Izstāde būs apskatāma līdz 4. februārim"
    drop_service_venues(doc, record)
    drop_chained_days(doc, record)
    join_nth_days(doc, record, first_mention)  # "20. aprīlī, konferences otrajā dienā, …": the 19th's conference's end
    join_closing_days(doc, record)
    drop_closing_only(doc, record, first_mention)  # "svētki noslēgsies 14. jūlijā": the last day, no start
    invited_status(doc, record)
    type_from_headline_noun(doc, record)
    visit_parts(doc, record)  # "vizītē no 19. līdz 22. decembrim … 21. decembrī tikās ar mēru": one visit
    drop_visit_days(doc, record)  # "Ciemiņi ierodas 4. maijā … 6. maijā viesi tiksies ar vadību": one visit
    drop_generic_retold(record)  # "… 22. maijā notika pasākums. Lai gan pasākums notika svētdienā"
    status_from_later(doc, record)  # "Seminārs Mālpilī 9. maijā" then "Seminārā uzstājās …"
    drop_counted(doc, record)  # "notiks vairāki svētku pasākumi": a count of things done
    drop_oblique_plurals(record)  # "koncerts ar dzejas lasījumiem": what the concert holds
    cut_own_noun(record)  # "notiks taku tīrīšana Ozolu meža parkā": the park, not "taku tīrīšana …"
    after_midnight(doc, record)  # "… 31. decembrī plkst. 23:30. … Plkst. 00:33 – salūts": 1 January
