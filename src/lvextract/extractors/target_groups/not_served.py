"""The vetoes after `accept`: a mention accepted by its form and context that still names no one
served — a prize's category, a body's name, an institution's staff, the owner of kin, a ticket's
price, an audience, a class of results, a wish's addressees, a job title … (each its own module;
the list and its examples in docs/modules.md, "target_groups: what counts as served"). Each veto
reads one mention through the Reader; the loop is one pass over the mentions."""
from __future__ import annotations

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
from .whose import had_by_relative, owned_by, possessed_by_relative
from .learners import learner_out_of_school
from .war_civilians import stayed_at_war
from .families_with_children import families_own
from .little_ones import qualifies_a_noun
from .audience import in_audience
from .cut_off import cut_off
from .registrars import enters_others
from .achievements import owns_results
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
from .hosts import hosts_guests
from .named_for import in_unquoted_name
from .programme_names import programme_name
from .told_how import presented_how
from .vocational import vocational_learner
from .locative_place import locative_before_people
from .future_professionals import becoming_professionals
from .shaping_employers import shapes_it
from .staged_arts import staged_art
from .similes import likened_to
from .offered_staff import offered_providers
from .association_titles import in_association_title
from .enrolment import school_roll, staff_roll
from .friendly_to import friendly_to
from .unsuited import unsuited
from .providing_gerund import provides
from .numbered_festival import in_numbered_festival
from .doers import own_people
from .performing_purpose import performs_for_others
from .performing_together import performs_together
from .appraisal import appraised_by
from .expertise import field_of_experience, field_of_work
from .place_use import place_in_use
from .company_circle import in_company_circle
from .particular_family import surname_family
from .topic_list import listed_topic
from .job_titles import in_job_title
from .presence import gathered_at_occasion, in_presence
from .judges import judges_entries
from .one_provider import one_provider
from .knowledge_topic import knowledge_topic
from .municipal_staff import municipality_at_work
from .values import named_as_value
from .mentions import Found
from .reader import Reader


def reject_not_served(reader: Reader, found: list[Found]) -> None:
    """Unaccept every accepted mention a veto says is no one served (see each module)."""
    for i, f in enumerate(found):  # names, categories, staff and owners of kin, no one served (see each module)
        if f.accepted and not f.applicant and (prize_category(reader, f) or nomination_listed(reader, f) or bracketed_prize(reader, f)
                                               or professional_association_name(reader, f)
                                               or bodies_without_people(reader, f) or institution_staff(reader, f)
                                               or owner_of_kin(reader, found, i) or possessed_by_relative(reader, f) or had_by_relative(reader, f) or owned_by(reader, f)
                                               or families_own(reader, found, i)  # "atbalsts ģimenēm ar bērniem": the families'
                                               or learner_out_of_school(reader, f) or speaking_for_themselves(reader, f)
                                               or stayed_at_war(reader, f) or award_reason(reader, f) or reported_finding(reader, f)
                                               or fee_category(reader, f)
                                               or in_fields_listed(reader, f.mention.token_start)
                                               or recruited_volunteers(reader, f)
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
                                               or unsuited(reader, f)  # "takas nav piemērotas bērniem": kept away
                                               or provides(reader, f)  # "skolotāji …, piedāvājot darbnīcas": providers
                                               or in_numbered_festival(reader, f)  # "XVI Senioru svētki": a name
                                               or field_of_experience(reader, f)  # "ar pieredzi darbā ar jauniešiem"
                                               or field_of_work(reader, f)  # "centrs, kas ikdienā strādā ar ģimenēm"
                                               or place_in_use(reader, f)  # "(tagad tur jauniešu centrs)"
                                               or in_company_circle(reader, f)  # "apmeklēt ģimenes lokā"
                                               or surname_family(reader, f)  # "paldies Bērziņu ģimenei": one household
                                               or listed_topic(reader, f)  # "diskutēja par …, kā arī jauniešu līdzdalību"
                                               or in_job_title(reader, f)  # "bērnu un jauniešu centra metodiķe Ilze Zvejniece"
                                               or in_presence(reader, f)  # "klātesot skolotājiem un vecākiem": witnesses
                                               or gathered_at_occasion(reader, f)  # "Piemiņas brīdī pulcējās … skolēni": the crowd
                                               or judges_entries(reader, f)  # "Konkursa darbus vērtēja skolēni": jurors
                                               or one_provider(reader, f)  # "tikšanās ar sociālo darbinieku": one at work
                                               or knowledge_topic(reader, f)  # "zināšanas par bērnu uzņemšanu": a topic
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
