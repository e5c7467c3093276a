"""target_groups: the groups of people a project or event is for (RECORD.md, "Target groups").

The taxonomy is data (data/target_groups.toml), matched on stems so any case form counts.
A mention counts only where the text makes the group someone served, trained, integrated
or invited — a name alone ("romu kultūra", "sadarbībā ar darba devējiem") does not:

- a dative after a service word or with nothing before it ("atbalsts ieslodzītajiem",
  "palīdz romiem"), unless a preposition makes it a partner or a topic ("ar", "pret", "par");
- a genitive before a service noun ("romu integrācija", "bezdarbnieku apmācībai",
  "ieslodzīto un bijušo ieslodzīto iesaiste");
- a nominative or accusative in a sentence about taking part ("piedalījās 75 jaunieši",
  "aicinām pieteikties bezdarbniekus"), or a dative given an opportunity to ("Uzņēmumiem ir iespēja
  pieteikties");
- any head noun in a target list ("Mērķauditorija ir: - speciālisti …");
- a genitive that qualifies a counted group ("romu ģimenēm");
- a genitive right after a service verb whose object is the group's ("atbalstīt jauniešu idejas");
- a genitive that names the members of collectives, an organisation or a gathering
  ("mazākumtautību kori", "neredzīgo biedrība", "jauniešu forums"), a place only where it is no
  venue ("jauniešu centrs aicina", not "tikās jauniešu centrā"); not one ensemble that performs
  ("piedalīsies senioru deju kolektīvs", "jauniešu koris „Balsis”"), an organisation's board
  ("Skolotāju savienības padome") nor counted organisations ("divas jauniešu biedrības"), nor one
  named body ("Alūksnes bērnu un jauniešu centra", "biedrība „Skrejceļš”", "Latvijas Darba devēju
  asociācija": named_bodies) unless it invites, organises or is given something ("Cēsu senioru klubs
  „Vakarblāzma” aicina uz balli"); nor a group word that names a street ("Skolotāju ielas
  iedzīvotāji": named_bodies.in_street_name).

A site's menu line ("Bezdarbniekiem | Darba devējiem | Jauniešiem", or one item to a line among the
page's furniture lines: `menu_runs`) names sections and is skipped,
and so does a role in front of a person's name ("sociālajai darbiniecei Ilzei Kalniņai") or set off
by commas after it ("ar Annu Kalnu, fonda speciālisti,"); a noun in the locative ("ģimenēs") is a place.
People one does things "kopā ar" take part; organisations named so are partners.

NEET is kept apart from youth: in a text that names NEET youth, its young people are those
(the definition "jaunieši vecumā no 15 līdz 29 gadiem" gives NEET its ages). Ages said next to a
group ("(18-30)", "vecumā no 15 līdz 29 gadiem", "līdz 25 gadu vecumam") are attached to it. NEET youth
named by a pronoun beside the youth served ("jauniešiem … un tiem, kuri nemācās un nestrādā") are a
part of them: both count (`neet_beside`).

Also: examples after "tādas grupas kā"; parents said by their children ("vecākus, kuriem ir
bērni") are families mentions, which give no families without a family word
(`parents_alone`); a quoted name is governed by nothing outside it, and a group inside an
organisation's quoted name is none, nor one inside a project's quoted title unless the title says it
is for them with a dative ("projekts „Atbalsta sistēma NVO”": none; "„Dienas centrs personām ar
invaliditāti”": disabled); a genitive that gives support to a dative group is the giver ("NVO atbalsts
bēgļiem"); a relative clause in the dative or accusative can serve the
group (", kuriem … māca").

Not served either: a topic talked about ("diskutēja par jauniešu nodarbinātību", "bēgļu uzņemšanas
jautājums"); Rome ("Romas pāvests"). Served: a modifier listed after one "ar" ("mērķgrupai ar
atkarībām, invaliditāti"), bodies sharing another group's head noun ("valsts, pašvaldību un NVO pārstāvji").

Not served: an association's word with its quoted name after it ("aiznes uz biedrību „Dace”": one
association); a dative that has a role ("nozīmīga loma ir biedrībām"); professionals who meet another
group ("speciālisti tikās ar ģimenēm"); the subject of a verb of speaking or performing ("viņus
uzrunāja … pārstāvji", "ar dziesmām priecēja skolēni"); firms visited ("apmeklēja vietējos
uzņēmumus"); professionals, employers or NGOs that "also" take part beside another group served
("piedalījās arī sociālie darbinieki"), one's own people ("palīdzēt saviem bērniem"), a dative after
"par" and a service noun in a talk to another group ("pedagogiem stāstīja par atbalstu bēgļiem"),
an organisation thanked ("Paldies … Invalīdu apvienībai"), an organisation's staff ("jauniešu
centra “X” vadītāja") or a group inside a person's job title, escorts ("viņus pavadīja skolotāji"),
those invited to speak ("aicinājuši runāt jomas speciālistus"), holidays that say when ("skolēnu
brīvlaikā"). Served: a social risk the served come from ("bērni no sociālā riska ģimenēm"). Served: associations named as who may apply or receive ("Projekta iesniedzējs var
būt biedrība vai nodibinājums", mentions.applicants), also as an item of a list of them ("Atbalsta
pretendenti: … biedrība un nodibinājums"); the items after "… ir paredzētas:".

The package, bottom up: `lexicon` (the words of data/target_groups.toml), `forms` (case by
ending), `mentions` (finding group words), `regions` (menus, target lists), `clauses` (quoted names
and speech, examples, age ranges, serving relative clauses), `reader` (the token context of a
mention), `between` (what may stand between a genitive and its service noun: ages, a relative
clause, a list's last owner), `served` (the rules that accept a mention), `doers` (a group that acts — performs, helps, visits, must, or a provider with a right to act on the client — rather than is served), `ages`,
`group_range` ("no skolēniem līdz senioriem": both ends served), `organisations` (a served organisation of a
group's members is an ngo too: "pensionāru organizācijām piešķirts atbalsts"); `gatherings` ("nevalstisko
organizāciju forums"), `grantees` ("atbalstīti 12 NVO projekti"), `object_first` ("Pasākumu atbalstīja NVO":
givers), `instilled` ("rosinot bērnos interesi": no one served), `cooperating` ("sadarbojoties … biedrībām":
partners), `organising_part` ("pedagogi piedalījās konkursa organizēšanā": organisers), `members_clause` ("ģimenēm,
kurās aug bērns ar invaliditāti"; a served household's or family's members: "ģimenes, kurās aug 15 bērni"), `addressed` ("Ja esat bezdarbnieks, …":
the reader spoken to), `professions` ("speciālista, pavāra u.c. profesijas": a profession), `kinds_of_work`
("nodarbināts mazkvalificētos darbos": a kind of work, no people), `shadowed` (the hosts of a shadowing day),
`statistics` ("92% jauniešu atzinuši": a survey's figures), `prize_categories` ("balva labākajam senioram": a contest's
category), `association_names` ("Latvijas Bibliotekāru biedrība": a body's name), `state_bodies` ("valsts un
pašvaldību" before no people: bodies), `own_staff` ("Centra pedagogi": one institution's staff), `kin` ("ieslodzīto bērniem": whose children),
`related_headlines` ("Lasiet arī:" and other articles' headlines, skipped), `among` ("veicināt aktīvismu jauniešu
vidū": the aim's audience), `excepted` ("izņemot bezdarbniekus": not for them), `target_named` ("mērķa grupas
jauniešu": called the target group), `quantified` ("ikviens jaunietis var pieteikties": one for all; each member of a list after it too), `eligible_one` ("Pabalstu var saņemt pensionārs": one for all, as who may apply), `salutation` ("Cienījamie skolotāji un skolēni!": the readers greeted), `whose`
("skolēniem, kuru ģimeņu ienākumi …": whose families, not served), `ensemble_sections` ("kolektīva „X” jauniešu grupa":
an ensemble's section on stage), `war_civilians` ("Ukrainas iedzīvotāji" helped in their country: no refugees), `award_reason` ("Pateicības
raksts par ieguldījumu … personām ar invaliditāti": the award's reason), `findings` ("pētījumā secināts,
bērni …", "aptaujāto darba devēju uzskata, ka …": a study's or a survey's finding), `fee_categories`
("Ieejas maksa 3 EUR, skolēniem 2 EUR": a ticket's price category), `volunteers` ("piesaistīt
brīvprātīgos jauniešus": the volunteers recruited and their recruiter), `exhibitors` ("Gadatirgū piedalījās 14 uzņēmēji": a fair's exhibitors, not
served; "Koncertā piedalījās bērni": the performers), `audience` ("Koncertu apmeklēja skolēnu vecāki un skolotāji": a performance's audience, not served),
`cut_off` ("pensionāri vairs nesaņems pabalstu": a benefit stopped for them), `registrars` ("skolotāji var
pieteikt dalībniekus": who enter others for a contest), `achievements` ("jauniešiem ir labi rezultāti": whose
results), `represented_from` ("pārstāvji no pašvaldībām un biedrībām": those bodies' people), `disability_day`
("atzīmējot personu ar invaliditāti dienu": the day marked), `age_classes` ("senioru grupā (40+)": a
sport's age class, no elderly people), `thanks_to` ("pateicoties novada skolēniem": who brought it about), `idea_owners` ("biedrībām radās ideja": who had the idea),
`clean_ups` ("Talkā piedalījās 40 skolēnu": those who did the work), `named_institution` ("veco ļaužu
rehabilitācijas centra darbinieki": the staff of an institution named by whom it serves), `wishes`
("Novēlam senioriem veselību!", "Lai bērniem prieks!": a wish's addressees), `performing_members`
("Koncertā uzstājās senioru centra “Rūta” dalībnieces": a collective's members on stage), `makers`
("apsveikumu, ko skolēni bija sagatavojuši": who made it), `met_pupils` ("deputāts tikās ar skolēniem": the pupils a visitor meets), `visited_people` ("apciemoja seniorus",
"ciemojās pie vecajiem ļaudīm": those a visit is paid to, served), `hosts` ("aicina ģimenes kļūt par
audžuģimenēm", "ģimenes viesskolēnu uzņemšanai": households that host give the service), `named_for`
("īsteno Radošā apvienība senioriem “Rīts”": a dative, or a list of them, closing an association's unquoted name), `programme_names`
("Nordplus Jauniešu programma": a programme part's name), `told_how`
("prezentēja pieredzi, kā tiek organizētas aktivitātes bērniem": what was presented), `result_classes` ("Sievietēm vecuma
grupā līdz 40 gadiem" over "1. vietā …": a class of a contest's results), `rights_field` ("sieviešu tiesību
aizstāve": a person's line of work), `venue_rooms` ("jauniešu centra telpās": a venue's room), `visited_venue` ("skolēni apmeklēja
pensionāru dienas centru": a place another group visited), `protected` ("mazināt vardarbību pret bērniem": those a
prevented harm is against, served; "par vardarbību pret senioriem" stays a topic), `young_people`
("var piedalīties jauni cilvēki līdz 30 gadiem": youth by their ages), `vocational` ("tehnikuma audzēkņi":
students, no children), `locative_place` ("uzņēmumos audzēkņi": where, not whose), `future_professionals`
("topošie skolotāji": students), `shaping_employers` ("darba devēji piedalās eksāmenu vērtēšanā": co-makers),
`contest_entrants` ("skolēnu skatuves runas konkurss"), `quoted_gathering` ("skolotāju “Rudens skola”"),
`offered_pastimes` ("seniori varēs padejot": the subject of a chance offered), `similes` ("tāpat kā maziem
bērniem": what others are likened to), `offered_staff` ("piedāvātie speciālisti": the providers),
`association_titles` ("Biedrība Kalsnavas jaunieši": an unquoted body's name),
`enrolment` ("vidusskolā mācās 126 skolēni": a school's roll), `honouring_occasion` ("bērnus godinoši svētki": the object of a participle qualifying the occasion), `performing_purpose`
("skolēni devās uz centru, lai priecētu klausītājus": performers), `performing_together` ("kopā ar citiem
jauniešiem spēlēs koncertā": fellow performers), `appraisal` ("Skolēniem tā bija laba mācībstunda": whom
the occasion was something to), `expertise` ("psiholoģe ar pieredzi darbā ar jauniešiem": a person's field), `place_use`
("vecajā skolā (tagad tur jauniešu centrs)": where), `jurors` ("Bērnu un jauniešu žūrija": its members take part), `company_circle` ("apmeklēt ģimenes lokā": in whose company), `particular_family` ("paldies Bērziņu ģimenei": one household named by its surname), `topic_list` ("diskutēja par
birokrātiju, kā arī jauniešu līdzdalību": a later topic of one "par"),
`job_titles` ("jauniešu centra metodiķe Ilze Kalna": a post's line of work), `presence` ("klātesot skolotājiem":
witnesses), `received_awards` ("Pedagogi saņēma ministrijas, …
atzinības rakstus": honoured), `says_that` ("skolēni atzina, ka …": the subject of a verb a "ka" clause
follows says or feels it; a participation verb inside that clause is not its own), `honoured_providers`
("sveicam sociālos darbiniekus", "apbalvot izcilākos speciālistus": providers greeted or awarded for their work
are thanked, not served), `passive_served` ("Jaunieši tika iepazīstināti ar …": the subject of a passive of
serving, served), `learning_purpose` ("skolēni devās uz Rēzekni, lai papildinātu zināšanas": those who go to
learn, served; not "lai uzlabotu viņu prasmes", another's learning), `municipal_staff` ("paciņas
izvadāja 16 pašvaldības pārstāvji": one municipality's own staff at work, not served), `poverty` ("maznodrošinātām ģimenēm": the poor, no social_risk by their poverty alone), `parents_alone` ("svētki skolēniem un viņu vecākiem": parents named without a family word, no families), `families_with_children` ("atbalsts ģimenēm ar bērniem": children said only as the families' own, no children), `performer_lists` ("folkloras kopas, vīru ansambļi un mazākumtautību kolektīvi": a group's collectives among other performers), `public_pair` ("pakalpojumi iedzīvotājiem un uzņēmējiem": a place's public), `risk_titles` ("projekts „Riskam pakļauto ģimeņu iekļaušana”": a social risk group
in the quoted title of the project or its programme part is served), `values` ("veltītas mīlestībai, ģimenei un
mieram": a family named as a value), `friendly_to` ("“Ģimenei draudzīga pašvaldība”": a place's quality), `numbered_festival`
("XVI Senioru svētki": a festival series' name), the two reading what follows a mention through `followed_by`; the walks several of them share
past a list of groups (`list_walks`); `extract` on top.
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
from .ages import ages_at
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
from .association_names import professional_association_name
from .prize_categories import bracketed_prize, nomination_listed, prize_category
from .state_bodies import bodies_without_people
from .own_staff import institution_staff, speaking_for_themselves
from .kin import owner_of_kin
from .excepted import excepted
from .rights_field import rights_field
from .award_reason import award_reason
from .findings import reported_finding
from .fee_categories import fee_category
from .fields import in_fields_listed
from .volunteers import recruited_volunteers
from .target_named import named_target
from .quantified import each_invited
from .eligible_one import eligible_one
from .surveys import invited_associations
from .salutation import greeted_groups
from .whose import had_by_relative, possessed_by_relative
from .learners import learner_out_of_school
from .referred_back import accept_referred_back
from .war_civilians import stayed_at_war
from .families_with_children import families_own
from .family_along import family_brought_along
from .little_ones import qualifies_a_noun
from .audience import in_audience
from .cut_off import cut_off
from .registrars import enters_others
from .achievements import owns_results
from .represented_from import represented_bodies
from .disability_day import names_the_day
from .age_classes import young_age_class
from .result_classes import result_class
from .thanks_to import thanks_to
from .idea_owners import had_the_idea
from .clean_ups import clean_up_workers
from .named_institution import staff_of_named_institution
from .named_bodies import in_street_name
from .wishes import wished_to
from .performing_members import members_performing
from .makers import made_it
from .visited_people import accept_visited
from .parents_alone import parents_alone
from .poverty import poverty_alone
from .performer_lists import listed_performers
from .public_pair import residents_and_firms
from .met_pupils import accept_met
from .hosts import hosts_guests
from .named_for import in_unquoted_name
from .programme_names import programme_name
from .told_how import presented_how
from .vocational import vocational_learner
from .locative_place import locative_before_people
from .contest_entrants import accept_contest_entrants
from .future_professionals import becoming_professionals
from .shaping_employers import shapes_it
from .offered_pastimes import accept_offered_pastimes
from .honouring_occasion import accept_honouring_occasions
from .staged_arts import staged_art
from .similes import likened_to
from .offered_staff import offered_providers
from .association_titles import in_association_title
from .enrolment import school_roll, staff_roll
from .friendly_to import friendly_to
from .numbered_festival import in_numbered_festival
from .doers import own_people
from .performing_purpose import performs_for_others
from .performing_together import performs_together
from .appraisal import appraised_by
from .expertise import field_of_experience
from .place_use import place_in_use
from .jurors import accept_jurors
from .menu_runs import menu_run_lines
from .company_circle import in_company_circle
from .particular_family import surname_family
from .topic_list import listed_topic
from .job_titles import in_job_title
from .presence import in_presence
from .passive_served import accept_passive_served
from .learning_purpose import accept_learning_purpose
from .municipal_staff import municipality_at_work
from .values import named_as_value

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
    for i, f in enumerate(found):  # names, categories, staff and owners of kin, no one served (see each module)
        if f.accepted and not f.applicant and (prize_category(reader, f) or nomination_listed(reader, f) or bracketed_prize(reader, f)
                                               or professional_association_name(reader, f)
                                               or bodies_without_people(reader, f) or institution_staff(reader, f)
                                               or owner_of_kin(reader, found, i) or possessed_by_relative(reader, f) or had_by_relative(reader, f)
                                               or families_own(reader, found, i)  # "atbalsts ģimenēm ar bērniem": the families'
                                               or learner_out_of_school(reader, f) or speaking_for_themselves(reader, f)
                                               or stayed_at_war(reader, f) or award_reason(reader, f) or reported_finding(reader, f)
                                               or fee_category(reader, f)
                                               or in_fields_listed(reader, f.mention.token_start)
                                               or recruited_volunteers(reader, f) or family_brought_along(reader, f)
                                               or qualifies_a_noun(reader, f) or in_audience(reader, f)
                                               or cut_off(reader, f) or enters_others(reader, f)
                                               or owns_results(reader, f) or names_the_day(reader, f)
                                               or young_age_class(reader, f) or result_class(reader, f) or thanks_to(reader, f) or had_the_idea(reader, f)
                                               or clean_up_workers(reader, f) or staff_of_named_institution(reader, f)
                                               or wished_to(reader, f) or members_performing(reader, f)
                                               or made_it(reader, f) or hosts_guests(reader, f)
                                               or in_unquoted_name(reader, f) or presented_how(reader, f)
                                               or programme_name(reader, f) or staged_art(reader, f)
                                               or performs_for_others(reader, f) or performs_together(reader, f)
                                               or appraised_by(reader, f) or likened_to(reader, f)
                                               or offered_providers(reader, f)  # "no piedāvātajiem speciālistiem"
                                               or in_association_title(reader, f)  # "Biedrība Kalsnavas jaunieši"
                                               or school_roll(reader, f)  # "vidusskolā mācās 126 skolēni"
                                               or staff_roll(reader, f)  # "novadā strādā trīs psihologi"
                                               or friendly_to(reader, f)  # "“Ģimenei draudzīga pašvaldība”": a quality
                                               or in_numbered_festival(reader, f)  # "XVI Senioru svētki": a name
                                               or field_of_experience(reader, f)  # "ar pieredzi darbā ar jauniešiem"
                                               or place_in_use(reader, f)  # "(tagad tur jauniešu centrs)"
                                               or in_company_circle(reader, f)  # "apmeklēt ģimenes lokā"
                                               or surname_family(reader, f)  # "paldies Bērziņu ģimenei": one household
                                               or listed_topic(reader, f)  # "diskutēja par …, kā arī jauniešu līdzdalību"
                                               or in_job_title(reader, f)  # "bērnu un jauniešu centra metodiķe Ilze Zvejniece"
                                               or in_presence(reader, f)  # "klātesot skolotājiem un vecākiem": witnesses
                                               or in_street_name(reader, f)  # "Skolotāju ielas apkārtnes iedzīvotāji"
                                               or named_as_value(reader, f)  # "veltītas mīlestībai, ģimenei un mieram"
                                               or own_people(reader, f.mention.token_start)):  # "aizsargātu savu ģimeni"
            f.accepted = False
        if f.accepted and excepted(reader, f):  # "izņemot bezdarbniekus un skolēnus"
            f.accepted = False
        if f.accepted and rights_field(reader, f):  # "sieviešu tiesību aizstāve": a field of rights
            f.accepted = False
        if f.accepted and municipality_at_work(reader, f):  # "paciņas izvadāja pašvaldības pārstāvji"
            f.accepted = False
        if f.accepted and (vocational_learner(reader, f)  # "tehnikuma audzēkņi": students, no children
                           or locative_before_people(reader, f)  # "uzņēmumos audzēkņi": where, not whose
                           or becoming_professionals(reader, f)  # "topošie skolotāji": students
                           or shapes_it(reader, f)):  # "uzņēmumi piedalās programmu veidošanā": co-makers
            f.accepted = False
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
    parents_alone(reader, found)  # "svētki skolēniem un viņu vecākiem": parents, no families by themselves
    listed_performers(reader, found)  # "folkloras kopas, vīru ansambļi un mazākumtautību kolektīvi": performers
    residents_and_firms(reader, found)  # "pakalpojumi iedzīvotājiem un uzņēmējiem": a place's public
    # In a text about NEET youth, the young people it speaks of are those NEET youth — unless
    # a sentence without NEET in it gives young people of their own ages ("gaida jauniešus
    # vecumā no 13 līdz 25 gadiem … Īpaši aicinām jauniešus, kuri nemācās un nestrādā").
    neet_sentences = {doc.sentence_index(f.mention.start) for f in found if f.id == "neet" and f.accepted}
    # (young people of the very ages NEET youth are defined by are those NEET youth: "15 – 29 gadus
    # veci jaunieši tiek iesaistīti projektā" before "jauniešu vecumā no 15 līdz 29 gadiem, kuri nemācās")
    neet_defined = {ages_at(found, i, doc.text) for i, f in enumerate(found) if f.id == "neet" and f.accepted}
    entries: dict[str, TargetGroup] = {}
    neet_ages: tuple[int | None, int | None] = (None, None)
    for index, f in enumerate(found):
        ages = ages_at(found, index, doc.text)
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
            entry.age_min, entry.age_max = ages_at(found, index, doc.text)
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

