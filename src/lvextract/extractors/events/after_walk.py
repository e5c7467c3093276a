"""after_walk: the passes run once the walk over the dates is done, in their order.

Days told back by anaphora, then the readers of programmes, lists and later sentences that add
occurrences to days already told, then the joins and drops, then finish.
"""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Event, Record
from .adding import Added
from .ranking import Nouns
from .beyond_walk import add_beyond_walk
from .moves import drop_listed_cancelled
from .kind_twins import drop_day_number_twins, drop_kind_twins
from .cancelled import drop_cancelled
from .merging import (drop_frames, drop_generic_twins, drop_later_days, drop_reported_datelines,
                      drop_titled_elsewhere, fill_gaps, join_contest_kinds, join_days, join_unknown_years)
from .day_anaphora import part_days, pointed_days, pointed_events, pointed_ranges
from .occasion_day import occasion_days
from .headline_verbs import drop_headline_verb_twins
from .posters import poster_blocks
from .second_clause import contrast_clauses, second_clauses
from .programme import colon_lists, day_sentence_items, listing_line_items, programme_sentences
from .colon_nouns import colon_nouns
from .timed_clauses import timed_clauses
from .series_days import series_days
from .then_told import then_told
from .simultaneous import simultaneous
from .feast_days import feast_days
from .report_items import report_items
from .later_items import later_items
from .after_other import after_other
from .towns import keep_elsewhere
from .instead import drop_instead_days
from .undated import drop_undated_twins
from .stand_in_days import restore
from .headed_contest import title_headed_contest
from .finishing import finish
from .retold_hours import retold_hours
from .yearly_custom import drop_yearly_customs
from .handout import drop_handout_campaigns
from .umbrella import programme_umbrellas
from .schedule_rows import schedule_rows
from .venue_item_lines import venue_item_lines
from .announced_list import announced_lists
from .lead_day_lines import lead_day_lines
from .venue_hour_run import venue_hour_runs
from .range_relative_day import drop_relative_inner_days
from .weekend_day import drop_headline_weekends
from .contest_days import drop_range_days, join_contest_parts, join_headline_year
from .range_generic_days import drop_title_retold_days
from .field_year import year_from_card_field
from .visit_noun import retype_verb_visits


def after_walk(doc: Document, index: Nouns, nouns, candidates: list[DateMention], ordered_starts: list[int],
               record: Record, added: Added, titled: list[Event]) -> None:
    add = added.add
    by_key, first_mention, first_days, elsewhere = added.by_key, added.first_mention, added.first_days, added.elsewhere
    pointed = pointed_days(doc, candidates)
    for event, mention in pointed_events(doc, index, pointed, ordered_starts):
        add(event, mention)  # "5. maijā ir Mātes diena. Ozolmuižā šajā dienā notiks koncerts"
    for event, mention in pointed_events(doc, index, pointed_ranges(doc, candidates), ordered_starts):
        add(event, mention)  # "No 17. līdz 20. janvārim … Šajās dienās notika tikšanās"
    for event, mention in pointed_events(doc, index, occasion_days(doc, record.events, ordered_starts), ordered_starts, after=True):
        add(event, mention)  # "… atklās izstādi. Izstādes atklāšanas dienā paredzēta arī lekcija"
    told = {e.start: e.status for e in record.events if e.start and e.end is None}
    parts = part_days(doc, candidates, set(told), frozenset(d for d, s in told.items() if s == "held"))
    day_parts: set[int] = set()  # occurrences told as a later part of a day already told
    for event, mention in pointed_events(doc, index, parts, ordered_starts, after=True):
        event.status = event.status or told.get(event.start, "held")  # "Vakarā – balle": the day's own tense
        count = len(record.events)
        add(event, mention)  # "6. maijā notiks koncerts. Vakarā – balle."
        if len(record.events) > count:
            day_parts.add(id(event))
    drop_titled_elsewhere(record, titled)
    drop_reported_datelines(record, first_mention)
    poster_blocks(doc, index, candidates, ordered_starts, by_key, record, first_mention)
    programme_sentences(doc, index, candidates, ordered_starts, by_key, record, pointed)  # "Tajā pašā dienā …"
    timed_clauses(doc, index, candidates, ordered_starts, by_key, record)  # "Koncerts sāksies plkst. 16"
    colon_lists(doc, index, candidates, ordered_starts, by_key, record)
    colon_nouns(doc, index, candidates, ordered_starts, by_key, record)  # ": gadatirgus, koncerts, balle"
    day_sentence_items(doc, index, candidates, ordered_starts, by_key, record)
    add_beyond_walk(doc, index, candidates, ordered_starts, by_key, record)  # both told, on view, moved to a month
    second_clauses(doc, index, candidates, ordered_starts, by_key, record)  # "atklās izstādi un notiks tikšanās"
    contrast_clauses(doc, index, candidates, ordered_starts, by_key, record)  # "…, bet Ozolos notiks izrāde"
    listing_line_items(doc, index, candidates, ordered_starts, by_key, record)
    report_items(doc, index, candidates, ordered_starts, by_key, record)
    day_parts |= later_items(doc, index, candidates, ordered_starts, by_key, record)  # "… pasākums. Foajē darbojās tirdziņš."
    series_days(doc, index, candidates, ordered_starts, by_key, record)  # "koncertu cikls … 13. jūnijā uzstāsies …"
    then_told(doc, index, candidates, ordered_starts, by_key, record)  # "…, kur notiks ceremonija"
    simultaneous(doc, index, ordered_starts, by_key, record, first_mention)  # "…, vienlaikus notiek arī sacensības"
    feast_days(doc, index, ordered_starts, by_key, record)  # "Lāčplēša dienā … notika piemiņas brīdis": the named day's date
    after_other(doc, index, candidates, ordered_starts, by_key, record)  # "pusstundu pēc sēdes – preses konference"
    schedule_rows(doc, index, candidates, by_key, record)  # "Sapulces notiks:" / "Ozolmuiža" / "5. martā" …
    venue_item_lines(doc, index, ordered_starts, record, first_mention)  # "Atvērto durvju diena muzejā …" per line
    announced_lists(doc, index, record, first_mention)  # "Svecīšu vakari notiks:" / "20. oktobrī:" / "Lejas kapsētā – 13.00"
    venue_hour_runs(doc, record, first_mention)  # "4. augustā – Lielupē 13:00; Jaundubultos 15:00"
    lead_day_lines(doc, index, record, first_mention)  # "Sacensības notiks trešdienās." / "• 3. jūlijs" / "• 10. jūlijs"
    holding = drop_relative_inner_days(doc, record, first_mention)  # "…, kur 5. maijā tika parakstīts memorands"
    drop_frames(record, first_mention, first_days, doc, holding)
    drop_later_days(doc, record)
    join_days(doc, record, first_mention)
    keep_elsewhere(doc, record, elsewhere, first_mention)
    year_from_card_field(doc, record)  # "Svētdien, 7. jūnijā …" over "Notikuma sākums: 2015-06-07"
    join_unknown_years(record)
    join_contest_kinds(record)
    join_headline_year(record)  # "25. februārī notiks čempionāts" over "Sacensības notiks 2023. gada 25. februārī"
    join_contest_parts(record)  # "turnīra posmi … 9. augustā" and "noslēdzošajā posmā, 9. augustā"
    title_headed_contest(doc, record)  # "Skrējiens „Ozolu aplis”" over "Sacensības notiks 8. jūnijā"
    drop_range_days(record, first_mention, doc)  # "No 27. līdz 30. augustam … čempionāts … 28. augustā – U-16"
    drop_title_retold_days(record, first_mention)  # "akcija „Labo darbu nedēļa”" 16.–22.10. … 19.10. „Labo darbu nedēļā”
    drop_generic_twins(record, programme_umbrellas(doc, record), day_parts, doc)  # a programme's heading pasākums stays
    drop_headline_verb_twins(doc, record)
    retype_verb_visits(doc, record)  # "… viesojās partneri. … Tikšanās laikā …": the text's own noun
    drop_kind_twins(record, fill_gaps)  # "svētki" and "svinības" of the same days: one feast
    drop_day_number_twins(record, fill_gaps)  # "Atvērto baznīcu dienas" read singular and plural: one
    drop_cancelled(doc, record)
    drop_instead_days(doc, record)  # "… gājiens tiek atcelts. Tā vietā 11. novembrī …"
    restore(record, added.stood_in)  # the stand-in days null again: the passes below read undated ones as such
    drop_undated_twins(doc, record, first_mention)
    drop_headline_weekends(doc, record, first_mention)  # "Nedēļas nogalē … svētki" over "Svētdien, 12. jūnijā, …"
    drop_yearly_customs(doc, record, first_mention)  # "Ik gadu šo dienu atzīmē 15. maijā"
    drop_handout_campaigns(doc, record)
    drop_listed_cancelled(doc, record)
    retold_hours(doc, record)  # "… seminārs 12. aprīlī. … Seminārs notiks no plkst. 10 līdz 14."
    finish(doc, record, nouns, first_mention)
