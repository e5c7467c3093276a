"""target_groups: the groups of people a project or event is for (RECORD.md, "Target groups").

The taxonomy is data (data/target_groups.toml), matched on stems so any case form counts. A
mention counts only where the text makes the group someone served, trained, integrated or invited
— a name alone ("romu kultūra", "sadarbībā ar darba devējiem") does not. The rules, what each
module of the package decides and in what order, are listed in docs/modules.md ("target_groups:
what counts as served"); `extract` here runs them: `accept`, the vetoes of `not_served`, the
passes after them, then one entry per group with its ages.
"""
from __future__ import annotations

from ...document import Document
from ...record import Record, TargetGroup
from .addressed import addressed_groups
from .among import accept_among
from .aged_people import aged_people
from .little_aged import little_aged, might_apply as little_aged_might_apply
from .young_people import might_apply as young_people_might_apply, young_people
from .risk_qualified import risk_qualified
from .risk_titles import risk_in_title
from .accompanying import teachers_beside_pupils, their_teachers
from .ages import ages_of
from .cooperating import cooperating_partners
from .bare_menu import bare_menu_lines
from .honoured import honour_teachers
from .members_clause import members_in_clause
from .object_first import object_first
from .mentions import find
from .neet_beside import neet_beside_youth
from .grantees import grantees
from .group_range import accept_ranges
from .organisations import served_member_organisation
from .presented_to import pupils_presented
from .reader import Reader
from .related_headlines import related_headlines
from .accepted import accept
from .not_served import reject_not_served
from .target_named import named_target
from .quantified import each_invited
from .eligible_one import eligible_one
from .surveys import invited_associations
from .salutation import greeted_groups
from .referred_back import accept_referred_back
from .represented_from import represented_bodies
from .visited_people import accept_visited
from .parents_alone import parents_alone
from .poverty import poverty_alone
from .pensioners import pensioners_alone
from .performer_lists import listed_performers
from .public_pair import residents_and_firms
from .met_pupils import accept_met
from .contest_entrants import accept_contest_entrants
from .offered_pastimes import accept_offered_pastimes
from .honouring_occasion import accept_honouring_occasions
from .jurors import accept_jurors
from .menu_runs import menu_run_lines
from .passive_served import accept_passive_served
from .learning_purpose import accept_learning_purpose

__all__ = ["extract"]


def extract(doc: Document, record: Record) -> None:
    found = find(doc)
    if not found and "vecum" not in doc.text and "iedrīb" not in doc.text \
            and not young_people_might_apply(doc.text) and not little_aged_might_apply(doc.text):
        # (aged_people, invited_associations, young_people, little_aged)
        return
    reader = Reader(doc, found)
    reader.menu_regions += bare_menu_lines(doc.text, found)  # a menu that lost its separators
    reader.menu_regions += menu_run_lines(doc.text, found, reader.ctx.list_header)  # a menu scraped one item to a line
    reader.menu_regions += related_headlines(doc.text)  # "Lasiet arī: - Skolēni sacentās …"
    accept(reader, found)
    accept_contest_entrants(reader, found)  # "novada skolēnu skatuves runas konkurss"
    accept_offered_pastimes(reader, found)  # "Jaunieši varēs uzdot jautājumus deputātiem"
    accept_passive_served(reader, found)  # "Jaunieši tika iepazīstināti ar …": those served
    accept_learning_purpose(reader, found)  # "skolēni devās uz Rēzekni, lai papildinātu zināšanas"
    accept_honouring_occasions(reader, found)  # "bērnus godinoši svētki": the occasion is for them
    named_target(reader, found)  # "attīstīt mērķa grupas jauniešu, kuri …, prasmes"
    each_invited(reader, found)  # "Ikviens jaunietis var pieteikties"
    eligible_one(reader, found)  # "Pabalstu var saņemt pensionārs": one for all, as who may apply
    reject_not_served(reader, found)  # names, categories, staff, owners of kin …: accepted, yet no one served
    members_in_clause(reader, found)  # "ģimenēm, kurās ir bērns ar invaliditāti"
    addressed_groups(reader, found)  # "Ja esat bezdarbnieks, …": the reader spoken to
    teachers_beside_pupils(reader, found)  # "mācību vide skolēniem un skolotājiem": the school's people
    greeted_groups(reader, found)  # "Cienījamie skolotāji, skolēni un vecāki!": the readers greeted
    their_teachers(reader, found)  # "Finālisti un viņu skolotāji ir gaidīti": the pupils' escorts
    honour_teachers(reader, found)  # teachers awarded with their pupils
    pupils_presented(reader, found)  # "skolēni prezentēja darbus skolotājiem": the pupils' audience
    accept_ranges(reader, found)  # "no skolēniem līdz senioriem"
    accept_visited(reader, found)  # "Skolēni apciemoja vientuļos seniorus"
    accept_met(reader, found)  # "deputāts tikās ar 9. klases skolēniem": the visit's pupils
    accept_among(reader, found)  # "popularizēt sportu bērnu un jauniešu vidū"
    accept_jurors(reader, found)  # "“Bērnu un jauniešu žūrijas” dalībnieki": the jury's members
    grantees(reader, found)  # "atbalstīti 12 NVO projekti"
    object_first(reader, found)  # "Pasākumu atbalstīja NVO": the givers
    cooperating_partners(reader, found)  # "sadarbojoties iestādēm un biedrībām": partners
    accept_referred_back(reader, found)  # "… bērni ar īpašām vajadzībām. Pasākumu šiem bērniem rīko …"
    poverty_alone(reader, found)  # "maznodrošinātām ģimenēm": the poor, no social_risk by that alone
    pensioners_alone(reader, found)  # "pensionāriem": no form of seniors by that word alone
    parents_alone(reader, found)  # "svētki skolēniem un viņu vecākiem": parents, no families by themselves
    listed_performers(reader, found)  # "folkloras kopas, vīru ansambļi un mazākumtautību kolektīvi": performers
    residents_and_firms(reader, found)  # "pakalpojumi iedzīvotājiem un uzņēmējiem": a place's public
    # In a text about NEET youth, the young people it speaks of are those NEET youth — unless
    # a sentence without NEET in it gives young people of their own ages ("gaida jauniešus
    # vecumā no 13 līdz 25 gadiem … Īpaši aicinām jauniešus, kuri nemācās un nestrādā").
    neet_sentences = {doc.sentence_index(f.mention.start) for f in found if f.id == "neet" and f.accepted}
    # (young people of the very ages NEET youth are defined by are those NEET youth: "15 – 29 gadus
    # veci jaunieši tiek iesaistīti projektā" before "jauniešu vecumā no 15 līdz 29 gadiem, kuri nemācās")
    ages_said = ages_of(found, doc.text)
    neet_defined = {ages_said[i] for i, f in enumerate(found) if f.id == "neet" and f.accepted}
    entries: dict[str, TargetGroup] = {}
    neet_ages: tuple[int | None, int | None] = (None, None)
    for index, f in enumerate(found):
        ages = ages_said[index]
        apart = ages != (None, None) and doc.sentence_index(f.mention.start) not in neet_sentences and ages not in neet_defined
        if f.id == "youth" and neet_sentences and not apart:
            neet_ages = neet_ages if neet_ages != (None, None) else ages
            continue
        if not f.accepted:
            continue
        entry = entries.get(f.id)
        if entry is None:
            # (a relative-clause modifier is matched with its comma: ", kas pakļauti …")
            matched = doc.text[f.mention.start:f.mention.end]
            span = doc.span(f.mention.end - len(matched.lstrip(", ")), f.mention.end)
            entries[f.id] = TargetGroup(id=f.id, text=" ".join(span.text.split()), age_min=ages[0], age_max=ages[1], span=span)
        elif entry.age_min is None and entry.age_max is None and ages != (None, None):
            entry.age_min, entry.age_max = ages
    # Ages said at another mention of a group that counts ("Konkursā var piedalīties jebkurš
    # jaunietis vecumā no 13 līdz 25 gadiem") are its ages too.
    for index, f in enumerate(found):
        entry = entries.get(f.id)
        if entry is not None and entry.age_min is None and entry.age_max is None and not (f.id == "youth" and neet_sentences):
            entry.age_min, entry.age_max = ages_said[index]
    neet = entries.get("neet")
    if neet is not None and neet.age_min is None and neet.age_max is None:
        neet.age_min, neet.age_max = neet_ages
    if "neet" not in entries:
        said = neet_beside_youth(doc, found)
        if said is not None:
            span = doc.span(*said)
            entries["neet"] = TargetGroup(id="neet", text=" ".join(span.text.split()), age_min=None, age_max=None, span=span)
    if "ngo" not in entries and (organisation := served_member_organisation(reader, found)) is not None:
        span = doc.span(*organisation)  # "pensionāru organizācijām piešķirts atbalsts"
        entries["ngo"] = TargetGroup(id="ngo", text=span.text, age_min=None, age_max=None, span=span)
    for gid, said in represented_bodies(reader).items():  # "piedalījās pārstāvji no pašvaldībām un biedrībām"
        if gid not in entries:
            span = doc.span(*said)
            entries[gid] = TargetGroup(id=gid, text=span.text, age_min=None, age_max=None, span=span)
    aged_people(reader, entries)  # "aicina lasītājus vecumā no 6 līdz 17 gadiem": children
    young_people(reader, entries)  # "var piedalīties jauni cilvēki līdz 30 gadiem": youth
    little_aged(reader, entries)  # "aicināti mazie dziedātāji līdz piecu gadu vecumam": children
    if "social_risk" not in entries and (risk := risk_qualified(reader, found)) is not None:
        span = doc.span(*risk)  # "darbs ar riska grupas jauniešiem": at social risk
        entries["social_risk"] = TargetGroup(id="social_risk", text=span.text, age_min=None, age_max=None, span=span)
    if "social_risk" not in entries and (titled := risk_in_title(reader, found)) is not None:
        span = doc.span(titled.mention.start, titled.mention.end)  # "projekts „Riska ģimeņu iekļaušana”"
        entries["social_risk"] = TargetGroup(id="social_risk", text=" ".join(span.text.split()), age_min=None, age_max=None, span=span)
    if (invited := invited_associations(reader, entries)) is not None:  # "aicinām biedrības, …"
        span = doc.span(*invited)
        entries["ngo"] = TargetGroup(id="ngo", text=span.text, age_min=None, age_max=None, span=span)
    record.target_groups.extend(entries.values())

