"""events: dated occurrences (seminars, workshops, visits, discussions …) with time, place and status.

An event is an event noun tied to a day-grain date mention in the same clause, or in a
neighbouring one when the date's clause names no event. The walk goes date by date, not
noun by noun: a text that mentions "seminārs" five times but dates it once gives one
event, and an undated list of planned activities gives none.

Cost: linear in the text (times log n). What every date asks of its clause — the clock times,
the tense words, the event nouns, the venues and addresses — is found once per document (or
once per distinct clause) and looked up by offset with bisection, never rescanned per date.

The package's modules, bottom up, each with the question it answers: docs/events.md (the
walk below is __init__'s own).
"""
from __future__ import annotations


from ...document import Document
from ...layout import layout
from ...record import DateMention, DateRole, Event, Record
from ...temporal.times import clock_times
from .cards import card_place, card_time, owner_noun
from .arrival import arrival_purpose
from .beside import participated_noun, verb_below
from .blocks import item_bounds, list_head, table_caption, table_row
from .pointed_back import pointed_back
from .pointed_next import pointed_next
from .held_participle import participle_noun
from .retold_later import retype_gathering
from .viewed_in_frame import viewed_in_frame
from .dating import can_date_event, historical, labelled, latest_year, naming_acts
from .not_days import headline_clock_stamp, lone_clock_stamp, series_goes_on
from .bracket_day import bracketed_noun
from .dated_sitting import dated_sitting, names_dated_sitting
from .category_label import in_category_label
from .lexicon import generic_types, needs_time_types, word_start_patterns
from .moves import moved_noun
from .headline import headline_body_noun, singular, title_bounds, title_noun
from .entry_lines import entry_noun
from .noun_choice import (SECTION_TIME_REACH, across_stop, announced, is_meeting_point, list_head_noun, met_for, met_in_sentence,
                          section_noun, wished_for)
from .date_line import is_date_line, timed_item_above
from .listed_activities import listed_activity
from .head_types import type_by_head
from .neighbour_clause import neighbour_noun
from .relative_nouns import QUOTED_SUBJECT, antecedent, in_other_relative, names_by_relative, quoted_subject
from .nouns import event_nouns
from .offsets import any_between
from .parts import build_event
from .day_items import day_item, in_other_item
from .own_item import own_item_noun
from .later_item import head_noun
from .counted_stages import listed_stage
from .begun_with import begun_with
from .named_round import drop_cups_before_rounds, series_round
from .equated_clause import drop_equated
from .opening_round import opening_round
from .series_stage import series_stage
from .week_frame import framed_noun, frames_day
from .heading_days import heading_colon
from .ranking import Nouns, frames_person_or_thing, is_frame, within_frame
from .gathered_people import gathered_for, met_at, sitting_met_for
from .honours_inside import HONOURS_DAY, honoured
from .pair_join import head_of_pair
from .rounds import round_noun, round_of
from .scored_game_day import scored_game_over
from .stages import later_stage
from .feasts import drop_feast_qualifiers
from .generic_genitive import typed_by_genitive
from .card_heads import any_card_heading, card_heading_noun
from .weekend import unanchored_weekends
from .achieved import in_achieved
from .verbs import decides, names_body, names_sitting, occurrence_verbs, sitting_noun, verb_noun
from .venue_rows import venue_row
from .venue_line import venue_line
from .happens_after import takes_place_after
from .sibling_items import dated_siblings
from .adding import Added
from .stand_in_days import stand_in_days
from .undated import weekdays_beside
from .after_walk import after_walk
from .trip_days import inside_trip
from .relative_day import after_own_relative, told_by_relative
from .relative_list import listed_in_relative
from .organiser_genitive import drop_organisers
from .purpose_day import dated_elsewhere_in_purpose
from .promised import only_promised
from .consultation_period import consultation_period


def extract(doc: Document, record: Record) -> None:
    if not doc.sentences:
        return
    nouns = event_nouns(doc)
    if not nouns and not doc.derived("events.verbs", occurrence_verbs)[0] and round_noun(doc, (0, len(doc.text))) is None \
            and not names_by_relative(doc) and not QUOTED_SUBJECT.search(doc.text) and not names_sitting(doc) \
            and not names_dated_sitting(doc) \
            and not any_card_heading(doc):
        return
    generic = generic_types()
    # "47,3 milj. eiro pasākumiem", "projekta pasākumi": money for measures, a project's
    # activities, not an occurrence.
    patterns = word_start_patterns()
    # Not one said to take place in the clause that follows it ("piedalīsies projekta pasākumā, kas
    # notiks 6.–9. septembrī Portugālē"): a project's gathering.
    nouns = [n for n in nouns if not (n.kind in generic and any(
        patterns[key].search(doc.text, max(0, n.start - 30), n.start) for key in ("money_before", "measures_before"))
        and not takes_place_after(doc, n))]
    # "Līgums Nr. 2013.EEZ/PP/MAC/021": letters of a code, glued to its slashes or digits, name nothing.
    # Not a noun a day is glued to, as a page that lost a space prints it ("velobrauciens25. un 26.
    # maijā"): the date grammar read that day as a date of its own.
    day_starts_at = frozenset(d.span.start for d in record.dates)
    nouns = [n for n in nouns if not _in_code(doc.text, n) or n.end in day_starts_at]
    # "Kategorija: Kultūra, Notikumi, Pasākumi": a site's section names, no occurrence.
    nouns = [n for n in nouns if not in_category_label(doc, n.start, n.end)]
    nouns = drop_feast_qualifiers(doc, nouns)  # "Meteņu karnevāls": the feast only qualifies
    nouns = typed_by_genitive(doc, nouns)  # "atklāšanas pasākums": the genitive names the kind
    nouns = drop_organisers(doc, nouns)  # "Lauku foruma rīkotajā seminārā": the forum only ran it
    nouns = drop_cups_before_rounds(doc, nouns)  # "Pasaules kausa posms": the stage takes place
    nouns = drop_equated(doc, nouns)  # "posms, kas vienlaikus būs arī čempionāts": the stage's second name
    index = Nouns(doc, nouns)
    noun_starts = [n.start for n in nouns]  # (in text order: scored_game_over bisects them)
    date_starts = frozenset(d.span.start for d in record.dates)
    ordered_starts = sorted(date_starts)
    date_ends = {d.span.start: d.span.end for d in record.dates}
    mention_at = {d.span.start: d for d in record.dates}  # heading_colon: the date at an offset  # day_items: where each date ends
    # A heading may name the year its list runs in ("Domes sēžu grafiks 2020. gadā"): only a
    # day stops a line from being a section heading.
    day_starts = sorted(d.span.start for d in record.dates if d.value and len(d.value) >= 10)
    calendar_starts = sorted(d.span.start for d in record.dates if d.relative is None)  # "2. martā, ceturtdienā": one day
    latest = latest_year(record, doc.furniture_spans)
    acts = naming_acts(doc, record.dates)
    candidates = [d for d in record.dates
                  if can_date_event(doc, d) and not historical(d, latest) and id(d) not in acts
                  and not headline_clock_stamp(doc, d, record.dates)  # "Virsraksts 01.07.2014. plkst. 12.30"
                  and not lone_clock_stamp(doc, d, record.dates)  # "28.12.2012 13:27" alone on its line
                  and not series_goes_on(doc, d)]  # "No 1. septembra nodarbības … turpināsies"
    candidates += unanchored_weekends(doc, record)  # "Nedēļas nogalē notiks …" with nothing to count from
    # A relative day with nothing to count from ("Pagājušajā ceturtdienā notika …. 11. janvārī …")
    # does not keep a neighbouring calendar day from the noun it tells of.
    eventable = sorted(d.span.start for d in candidates if d.value is not None)
    # The days and months a clause tells of its own, deadlines and relative years aside
    # ("… pērn novembrī svinīgā ceremonijā"; not "šī gada laureāti", not "līdz 5. maijam"), nor the
    # page's own date glued before its first sentence (" date 2020-12 Sacensības … notiek katru gadu.").
    told_times = sorted({d.span.start for d in record.dates if d.role not in (DateRole.deadline.value, DateRole.document.value)
                         and d.relative is None and d.value and len(d.value) >= 7} | set(eventable))
    titled: list[Event] = []  # events of a singular headline noun, lent to a clause that names none
    added = Added(doc, record)
    add, by_key = added.add, added.by_key
    # "Sestdien notika koncerts, pēc kura sekoja balle" with nothing to count from: a stand-in day per
    # relative word, so the walk and the passes after it look the day up as they do a dated one; the
    # null comes back in after_walk.
    added.stood_in = stand_in_days(candidates, weekdays_beside(doc, record))

    for mention in candidates:
        bounds = layout(doc).clause_bounds(mention.span.start)
        if bounds is None:
            continue
        row = table_row(doc, mention.span.start)
        if row is not None:  # a table row speaks for itself: "| Iesniegšanas termiņš | 07.03.2025. |"
            noun, noun_bounds = index.nearest(row, mention), row
            if noun is None:  # "Semināru grafiks:" above a table of dates, times and places
                noun_bounds = table_caption(doc, row)
                noun = index.nearest(noun_bounds, mention) if noun_bounds else None
            if noun is None:
                continue
            add(build_event(doc, index, noun, noun_bounds, mention, row, ordered_starts), mention)
            continue
        clause = bounds
        sitting = dated_sitting(doc, mention)  # "atbilstoši domes 17.09.2020. sēdē pieņemtajam lēmumam"
        if sitting is None and decides(doc, index, clause, mention):
            continue
        bounds = listed = item_bounds(doc, bounds, mention, date_starts)
        bounds = day_item(doc, index, bounds, mention, ordered_starts, date_ends)  # "…, 25. maijā takas atklāšana, 27. maijā …"
        if sitting is not None:
            noun = sitting  # the sitting's day written before its noun: no other noun is looked for
        else:
            noun = head_of_pair(doc, index, index.nearest(bounds, mention), bounds)
            noun = own_item_noun(doc, index, noun, bounds, mention, day_starts, date_ends) or noun  # "5. un 12. maijā lekcijas, 19. maijā koncerts"
            noun = head_noun(doc, index, noun, clause, mention, day_starts) or noun  # "…, 9. jūnijā Kārklos un fināls 2. augustā"
            noun = listed_stage(doc, noun, mention) or noun  # "sacensības norisinās sešos posmos: 13. janvārī …"
            noun = bracketed_noun(doc, mention) or noun  # "gatavojoties forumam (3.–4. maijs)": the forum's days
        noun = round_of(doc, noun) or noun  # "kausa izcīņas pirmais posms": the round is the day's
        noun = series_round(doc, noun) or noun  # "sacensību Ozolu kauss pirmais posms"
        noun = series_stage(doc, noun) or noun  # "sacensību seriāla “Ozolu ritenis” otrais posms"
        noun = begun_with(doc, index, noun, bounds) or noun  # "Sacīkstes sāksies 1. maijā ar finālu"
        relative = in_other_relative(doc, noun, mention) if noun is not None else None
        # Not a relative clause that tells what takes place ("…, kur notiks pasākums") or is wished
        # for ("visus, kas vēlas piedalīties talkā"): only one beside another occurrence's noun.
        # ... or one with a day of its own ("Domes sēdē 28. septembrī nolēma rīkot apspriešanu, kuras
        # sanāksme notiks 15. oktobrī"): it tells that day's occurrence, not this date's.
        if relative is not None and (
                not index.told(relative) and index.first(bounds, lambda rank: True, told=True) not in (None, noun)  # "konkurss, kurā darbi būs skatāmi izstādēs, noslēgsies 12. maijā"
                or any_between(ordered_starts, relative)):
            noun = _outside(index, bounds, relative, mention)
        elif noun is not None and in_achieved(doc, noun, mention):
            # "godināja sportistus, kuri ieguvuši medaļas spēlēs"
            noun = honoured(doc, nouns, noun_starts, verb_noun(doc, bounds, mention, honours=True), bounds, mention)
            if noun is HONOURS_DAY:
                continue
        if noun is not None and across_stop(doc, mention, noun):
            noun = None
        if listed_in_relative(doc, index, noun, mention):
            continue  # "5. maijā sāka atlasīt ciemus, kuru iedzīvotāji piedalīsies apmācībās, konsultācijās …"
        if noun is not None and wished_for(doc, mention, noun):
            continue  # a slot to sign up or pay for an occurrence told elsewhere
        told_of = antecedent(doc, index, mention, bounds)  # "…, kas notiks …": the clause's own subject
        noun = told_of or noun
        noun = scored_game_over(doc, nouns, noun_starts, noun, mention) or noun  # "čempionātā … 9. kārtas spēlē ar 2:0 pārspēja"
        if after_own_relative(doc, noun, mention, ordered_starts):
            noun = None  # "svētkos, kas 30. jūnijā notiks Rīgā, 18. februārī …": the main clause's day
        if told_by_relative(doc, index, noun, mention, ordered_starts, mention_at):
            continue  # "2. martā izsludina kopsapulci, kas notiks 20. martā": the relative's day is its own
        if noun is not None and noun is not told_of and (is_frame(doc, noun) or _far_oblique(index, noun, mention)):
            # "11. decembrī ministrs tikās ar vēstnieku, lai pārrunātu … vizītes sagatavošanu": a
            # verb nearer the date that names the occurrence beats a noun that only frames another,
            # or one far off in another case ("14.jūnijā ministrs tikās ar …, norādot, ka lēmums
            # jāpieņem ASV Kongresam": the body, not what took place).
            verb = verb_noun(doc, bounds, mention, honours=True)
            # A verb that names only the generic occurrence ("pulcējās") does not beat a specific
            # noun it leads to: "18. novembra vakarpusē ļaudis pulcējās uz … svinīgo koncertu".
            if verb is not None and _distance(verb, mention) < _distance(noun, mention) \
                    and not (verb.kind in generic and noun.kind not in generic and not is_frame(doc, noun)) \
                    and not gathered_for(doc, noun, verb) \
                    and not met_at(doc, noun, verb) and sitting_met_for(doc, index, verb) is verb:  # "sapulcējās koncerta dalībnieki", "tiksies … koncertā", "satikās …, lai … sanāksmē …"
                # "apbalvoja festivāla laikā": the festival; "tika godināti 3. augustā, bet … koncerts": nothing
                noun = honoured(doc, nouns, noun_starts, verb, bounds, mention)
                if noun is HONOURS_DAY:
                    continue
        if noun is not None:
            colon = heading_colon(doc, mention, noun.start, bounds, ordered_starts, mention_at)
            if colon is not None:
                # "Mūzikas dienas 5., 6. un 7. jūlijā: 5. jūlijā koncerts …": a heading's day takes
                # only a noun of its own, before the colon; the items' own days name theirs.
                noun = index.nearest((bounds[0], colon), mention)
                if noun is None:
                    continue
        if noun is not None and frames_person_or_thing(doc, noun) and not index.told(bounds):
            # "Festivāla direktore 12. decembrī saņēma …": a person or a thing of the occurrence, whose
            # clause tells nothing taking place, dates no occurrence.
            continue
        noun_bounds = bounds
        if noun is not None and frames_day(doc, noun, mention):  # "Bibliotēku nedēļā 23. aprīlī atklās lekciju ciklu"
            noun = framed_noun(index, noun, bounds, mention) or neighbour_noun(doc, index, bounds, mention, told_times)[0] or noun
        if noun is not None and noun is not told_of and within_frame(doc, noun):
            # "28. maijā Veselības nedēļas ietvaros notiks Sporta LAVKA. Pasākums norisināsies …": the
            # week only frames the day's occurrence, which a neighbouring clause may name.
            other, other_bounds = neighbour_noun(doc, index, bounds, mention, told_times)
            if other is not None:
                noun, noun_bounds = other, other_bounds
        # "Tikšanās pie pagasta pārvaldes 23. aprīlī pulksten 9": the meeting point of a clean-up or
        # a hike the next sentence or the headline names; that occurrence is asked for below.
        meeting_point, noun = (noun, None) if noun is not None and is_meeting_point(doc, noun) else (None, noun)
        if noun is None and bounds != clause:
            if list_head(doc, mention, date_starts) is None and not dated_siblings(doc, index, clause, mention, ordered_starts):
                noun = index.nearest(clause, mention)
                if noun is not None and in_other_item(doc, listed, mention, noun.start, ordered_starts, date_ends):
                    noun = None  # "5. jūnijā – kinoseanss; 9. jūnijā – koncerts": the other day's item
                if noun is not None and timed_item_above(doc, noun, mention):
                    noun = index.nearest((mention.span.end, clause[1]), mention)
                noun_bounds = clause
        if noun is None:
            noun, noun_bounds = list_head_noun(doc, index, mention, date_starts)
        if noun is None:
            # "No 12.02.-17.02. dalībnieki … viesojās Alūksnē": the clause's own verb names the
            # occurrence before a noun of the next sentence ("apmeklēja operas izrādi") may.
            # "tiks sveikti 3. augustā Grāmatu svētku laikā": the feast, the honours its act
            # "… satikās partneri, lai … sanāksmē atskatītos …": the sitting they met for (sitting_met_for)
            verb = sitting_met_for(doc, index, verb_noun(doc, bounds, mention, honours=True))
            noun, noun_bounds = honoured(doc, nouns, noun_starts, verb, bounds, mention), bounds
            if noun is HONOURS_DAY:
                continue
            if noun is not None:  # "… viesojās Talsos. Seminārā piedalījās 20 skolotāji."
                took_part = participated_noun(doc, index, bounds, told_times)
                if took_part[0] is not None:
                    noun, noun_bounds = took_part
        body = None
        if noun is None:  # "26. septembrī padome izskata projektu": the body's sitting
            body = sitting_noun(doc, bounds, mention)
            noun, noun_bounds = body, bounds
        if noun is None:
            # "11. oktobrī otrā „Politikas virtuve” notiks Varnavičos": the quoted name is what takes place.
            noun, noun_bounds = quoted_subject(doc, index, bounds), bounds
        if noun is None:  # "Čempionātu rīko klubs. Otrais posms paredzēts 25. augustā": the round, not the series
            noun, noun_bounds = opening_round(doc, bounds), bounds
        moved = None if noun is not None else moved_noun(doc, index, mention)
        if moved is not None:  # "Koncerts 9. martā nenotiks. Tas pārcelts uz 16. martu."
            noun, noun_bounds = moved
        if noun is None:
            noun, noun_bounds = neighbour_noun(doc, index, bounds, mention, told_times)
        if noun is None:  # "Piemiņas pasākums …. Pie Ozolu skolas 19. maijā pulksten 12.": a listing's entry line
            noun, noun_bounds = entry_noun(doc, index, bounds, mention, ordered_starts)
        if noun is None:  # "No 3. līdz 7. maijam bijām Igaunijā.\n\nŠīs apmācības …"
            noun, noun_bounds = pointed_back(doc, index, bounds, day_starts)
        if noun is None:  # "18. decembrī plkst. 10 … gaidīti bija mazākie. … uz šo pasākumu ieradās 21 bērns."
            noun, noun_bounds = pointed_next(doc, index, bounds, day_starts)
        if noun is None:  # "2012. gada 3. maijā" / "Plkst. 11 valde tikās ar ministru."
            noun, noun_bounds = verb_below(doc, mention, told_times)
        if noun is None:  # "11. novembrī skolēni devās pie pieminekļa. … piedalījās vakarā notikušajā lāpu gājienā"
            noun, noun_bounds = participle_noun(doc, index, bounds, ordered_starts)
        if noun is None:  # "3. oktobrī ieradīsies delegācija. Viesi tiksies ar mēru."
            noun, noun_bounds = arrival_purpose(doc, mention, bounds, told_times)
        if noun is None and (is_date_line(doc, bounds, mention)
                             and clock_times(doc.text, mention.span.end, mention.span.end + SECTION_TIME_REACH)
                             or venue_row(doc, mention, calendar_starts)):
            # The heading names the kind only: place and time are the date line's own.
            noun, noun_bounds = section_noun(doc, index, mention, day_starts, title_bounds(doc, record)), bounds
        from_title = False
        if noun is None:
            # A line giving only the day and the venue ("20. maijā Ozolu skolā, Liepu ielā 1") is a
            # card's facts without the label.
            noun, noun_bounds = title_noun(doc, index, bounds, record, labelled(doc, mention) or venue_line(doc, mention))
            if noun is None and labelled(doc, mention):  # "Pavasara dziesmu pēcpusdiena" over the card
                noun, noun_bounds = card_heading_noun(doc, bounds[0])
            if noun is None:  # "Sacensību laiks, vieta" / "Kadaga" / "2018. gada 2. septembris"
                noun, noun_bounds = owner_noun(doc, mention)
            from_title = noun is not None
        if noun is None:
            noun, noun_bounds = headline_body_noun(doc, index, mention, eventable)
        if noun is None:
            # "Seriāla otrā kārta paredzēta 8. decembrī": a numbered round, when nothing else names one.
            noun, noun_bounds = round_noun(doc, bounds) or later_stage(doc, bounds), bounds
        # The meeting's own sentence naming what people gather for ("… no kurienes dosimies
        # pārgājienā") says it before any verb's or headline's guess.
        met_here = met_in_sentence(doc, index, meeting_point) if meeting_point is not None else None
        if met_here is not None:
            noun, noun_bounds, from_title = met_here, bounds, False
        elif meeting_point is not None and (noun is None or noun.kind not in met_for()):
            noun, noun_bounds, from_title = meeting_point, bounds, False
        if noun is None:
            continue
        if noun.kind in generic:
            noun, noun_bounds = announced(doc, index, noun, noun_bounds, record, eventable)
        else:
            listed = listed_activity(doc, index, noun, noun_bounds, mention, eventable)
            if listed is not None:
                noun, noun_bounds = listed
        noun = viewed_in_frame(doc, index, noun, noun_bounds) or noun  # "Muzeju naktī … skatāma izstāde"
        if inside_trip(doc, noun, mention, added.trip_days):  # "… devās braucienā. 5.jūnija rītā devāmies …"
            continue
        if dated_elsewhere_in_purpose(doc, noun, mention, day_starts):
            continue  # "šodien sāka mēģinājumus, lai 8. jūlijā piedalītos koncertā": the concert's day is its own
        if only_promised(doc.text, noun, mention):
            continue  # "svētku diena – 9. augusts – sola koncertus": a promise, no dated occurrence
        event = build_event(doc, index, noun, noun_bounds, mention, bounds, ordered_starts)
        if event.type in needs_time_types() and (event.end is not None or event.start_time is None):
            continue
        if consultation_period(doc, noun, event.end):
            continue  # "no 1. līdz 29. augustam … sabiedrisko apspriedi": the consultation's period
        retype_gathering(doc, index, noun, event, bounds, day_starts)  # "… pulcēja … . … sarīkojumā …"
        if body is not None and noun is body and event.place and names_body(doc, noun, event.place):
            event.place = None  # "Nacionālās attīstības padome izskata …": the body's name is no place
        if moved is not None:  # the new day's own span, not the sentence that calls the old one off
            event.span = doc.span(mention.span.start, mention.span.end)
        if from_title and labelled(doc, mention):
            if event.place is None:
                event.place = card_place(doc, mention)  # "Norises vieta" / "Kultūras centrs" under the card's date
            if event.start_time is None:
                event.start_time = card_time(doc, mention)  # "26. marts" / "19:00": the card's hour line
        add(event, mention)
        if from_title and by_key.get((event.type, event.start)) is event and singular(doc, noun):
            titled.append(event)
    after_walk(doc, index, nouns, candidates, ordered_starts, record, added, titled)
    type_by_head(record)  # "kausa izcīņa" → "izcīņa": the record's type is the head noun


# How far from its date a noun not in the nominative stands before a verb beside the date may name
# the occurrence instead (the verb is within verbs.VERB_REACH of the date).
FAR_OBLIQUE = 100


def _far_oblique(index: Nouns, noun, mention: DateMention) -> bool:
    rank = index.rank_of(noun)
    return rank[2] and _distance(noun, mention) > FAR_OBLIQUE


def _outside(index: Nouns, bounds, relative: tuple[int, int], mention: DateMention):
    """The best noun of the clause outside a relative clause that tells of something else."""
    found = [n for n in (index.nearest((bounds[0], relative[0]), mention), index.nearest((relative[1], bounds[1]), mention))
             if n is not None]
    return min(found, key=lambda n: _distance(n, mention), default=None)


def _distance(noun, mention: DateMention) -> int:
    return max(noun.start - mention.span.end, mention.span.start - noun.end, 0)


def _in_code(text: str, noun) -> bool:
    """Glued to a digit, or an upper-case word glued to a slash ("PP/MAC/021"; not "koncerts/balle")."""
    before = text[noun.start - 1] if noun.start > 0 else " "
    after = text[noun.end] if noun.end < len(text) else " "
    if before.isdigit() or after.isdigit():
        return True
    return (before in "/\\_" or after in "/\\_") and text[noun.start:noun.end].isupper()
