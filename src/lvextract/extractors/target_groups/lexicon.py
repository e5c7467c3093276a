"""The extractor's words, read once from data/target_groups.toml: the group taxonomy (`[[entry]]`)
as a spaCy-matched `Vocabulary`, and the `[context]` words and patterns the served-or-not rules
read, compiled into one `Context` (a list under a field's own name is read as the tuple or frozenset
the field declares: a new such key needs only its field; the others are built in `context`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from ...latvian.orthography import UPPER
from ..vocabulary import Vocabulary, load

MODIFIER = "+modifier"
INVITED = "+invited"  # counts only where invited or taking part, or in a target list


@dataclass(frozen=True)
class Context:
    service_nouns: tuple[str, ...]
    service_verbs: tuple[str, ...]
    owner_served_verbs: tuple[str, ...]
    not_owned: tuple[str, ...]
    kind_words: tuple[str, ...]
    works_words: tuple[str, ...]
    kind_or_works: tuple[str, ...]
    works_showcases: tuple[str, ...]
    works_contests: tuple[str, ...]
    fields: tuple[str, ...]
    organising: re.Pattern
    helping: re.Pattern
    helpers: frozenset[str]
    charity_actions: re.Pattern
    charity_joining: tuple[str, ...]
    object_served_verbs: tuple[str, ...]
    participation: re.Pattern
    hosting: re.Pattern
    presenting: re.Pattern
    awards: re.Pattern
    blocking: frozenset[str]
    blocking_just_before: frozenset[str]
    clause_openers: frozenset[str]
    contrast_openers: frozenset[str]
    contrast_continuing: frozenset[str]
    such_as: tuple[str, ...]
    organisations: tuple[str, ...]
    programme_parts: tuple[str, ...]
    one_organisation_words: tuple[str, ...]
    meeting_verbs: frozenset[str]
    teacher_words: tuple[str, ...]
    learner_words: tuple[str, ...]
    peoples_genitives: tuple[str, ...]
    group_words: tuple[str, ...]
    trip_words: tuple[str, ...]
    role_words: frozenset[str]
    restricting_verbs: tuple[str, ...]
    opportunity_words: frozenset[str]
    role_copulas: frozenset[str]
    nomination_words: tuple[str, ...]
    source_nouns: tuple[str, ...]
    source_prepositions: frozenset[str]
    list_ends: frozenset[str]
    experiencer_words: frozenset[str]
    handing_on_words: frozenset[str]
    community_words: frozenset[str]
    giver_prepositions: frozenset[str]
    residence_participles: tuple[str, ...]
    helping_verbs: frozenset[str]
    helping_pattern: re.Pattern
    escorting_verbs: frozenset[str]
    escorted_objects: frozenset[str]
    speaking_infinitives: frozenset[str]
    inviting_words: tuple[str, ...]
    origin_ids: frozenset[str]
    time_nouns: tuple[str, ...]
    time_spans: tuple[str, ...]
    one_organisation_kinds: tuple[str, ...]
    numbered_programme_parts: tuple[str, ...]
    given_by: tuple[str, ...]
    providers: frozenset[str]
    enlisting: tuple[str, ...]
    right_words: frozenset[str]
    authority_verbs: tuple[str, ...]
    provided: tuple[str, ...]
    work_with: frozenset[str]
    work_participles: tuple[str, ...]
    thanking: tuple[str, ...]
    invited_to_meet: frozenset[str]
    meeting_nouns: frozenset[str]
    meeting_hosts: tuple[str, ...]
    member_organisations: tuple[str, ...]
    list_header: re.Pattern
    collectives: re.Pattern
    place_names: frozenset[str]
    verbs_like_person_nouns: frozenset[str]
    organs: tuple[str, ...]
    posts: tuple[str, ...]  # a person's post before the name (job_titles)
    presence: frozenset[str]  # "klātesot": a dative list after it names witnesses (presence)
    member_words: tuple[str, ...]
    reciting_verbs: frozenset[str]
    reciting_objects: tuple[str, ...]
    prize_words: tuple[str, ...]
    best_words: frozenset[str]
    each_words: frozenset[str]
    association_words: tuple[str, ...]
    staff_institutions: frozenset[str]
    staff_inviting_verbs: frozenset[str]
    institution_kind_joins: frozenset[str]
    class_words: tuple[str, ...]
    kin_owner_ids: frozenset[str]
    kin_nouns: tuple[str, ...]
    topic_prepositions: frozenset[str]
    sanction_words: tuple[str, ...]
    list_connectors: frozenset[str]
    accusative_prepositions: frozenset[str]
    range_words: frozenset[str]
    range_tail: frozenset[str]
    date_prepositions: frozenset[str]
    preposition_idioms: frozenset[str]
    talking: tuple[str, ...]
    count_words: frozenset[str]
    ensemble_subjects: frozenset[str]
    ensemble_owners: frozenset[str]
    ensemble_plural_like: frozenset[str]
    ensemble_plurals: frozenset[str]
    ensembles: re.Pattern
    venues: re.Pattern
    collective_between: re.Pattern
    collective_excluded: frozenset[str]
    partners: re.Pattern
    projects: tuple[str, ...]  # project words before a quoted title
    person_nouns: re.Pattern
    owner_qualifiers: frozenset[str]
    together_partners: frozenset[str]
    menu_min_items: int
    menu_max_item_words: int
    visiting: tuple[str, ...]
    visited: frozenset[str]
    guest_verbs: tuple[str, ...]
    guest_ids: frozenset[str]
    arrival_verbs: tuple[str, ...]
    arrival_ids: frozenset[str]
    obligation: re.Pattern
    performing: re.Pattern
    between_nouns: tuple[str, ...]
    applying: re.Pattern
    opportunity: re.Pattern
    extra_ids: frozenset[str]
    own_words: frozenset[str]
    circle_words: frozenset[str]
    family_name_not_endings: tuple[str, ...]
    family_singular: frozenset[str]
    family_ambiguous: str
    family_adjective_endings: tuple[str, ...]
    own_enrolling: tuple[str, ...]
    involving: tuple[str, ...]
    involved_participles: frozenset[str]
    involved_in: tuple[str, ...]
    task_endings: tuple[str, ...]
    own_growth: tuple[str, ...]
    visiting_heads: tuple[str, ...]
    visited_for_training: tuple[str, ...]
    courses: tuple[str, ...]
    gatherings: tuple[str, ...]  # (served.course_before: a conference's or forum's dative is trained too)
    # beginnings of the words that name the target group ("mērķa", "mērķgrup", "mērķauditorij"):
    # `target_group_names`' first words, a genitive "-as" cut off (accompanying.teachers_beside_pupils)
    target_name_words: tuple[str, ...]
    ceremony_words: tuple[str, ...]
    own_project_words: tuple[str, ...]
    own_project_ids: frozenset[str]
    association_name_ids: frozenset[str]  # (association_names: the groups whose capitalised genitive names a body)
    work_verbs_after: frozenset[str]
    work_partner_words: frozenset[str]
    activity: re.Pattern
    activity_making: frozenset[str]
    activity_ids: frozenset[str]
    profession_nouns: tuple[str, ...]
    shadowing: re.Pattern
    shadowed_ids: frozenset[str]
    statistic: re.Pattern
    address_opening: re.Pattern
    job_nouns: frozenset[str]
    at_preposition: str  # "pie": a provider gone to, a place visited (experiencer.py, visited_people.py)


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    entries = load("target_groups")["entry"]
    return Vocabulary([{**e, "id": e["id"] + (MODIFIER if e.get("modifier") else INVITED if e.get("invited_only") else "")}
                       for e in entries])


@lru_cache(maxsize=1)
def bare_modifiers() -> Vocabulary:
    """The modifiers said with "ar" ("ar invaliditāti") without it: a later item of a list after one
    "ar" ("mērķgrupai ar atkarībām, invaliditāti, zemu izglītības līmeni")."""
    entries = load("target_groups")["entry"]
    return Vocabulary([{"id": e["id"], "forms": [f[3:] for f in e["forms"] if f.startswith("ar ")]}
                       for e in entries if e.get("modifier")])


def _name_beginnings(names: list[str]) -> tuple[str, ...]:
    """The first words of the target group's names as beginnings of words: "mērķa grupas" gives
    "mērķa", "mērķgrupas" "mērķgrup" (any case of it: "Projekta mērķgrupa ir …")."""
    firsts = (name.split()[0] for name in names)
    return tuple(dict.fromkeys(w[:-2] if w.endswith("as") else w for w in firsts))


_WORD_LISTS = {"tuple[str, ...]": tuple, "frozenset[str]": frozenset}


def _own_name_lists(c: dict) -> dict:
    """The fields of word lists read from the [context] key of their own name, as the type the field
    declares (a tuple or a frozenset); the others are built in `context`."""
    return {f.name: _WORD_LISTS[f.type](c[f.name]) for f in fields(Context) if f.type in _WORD_LISTS and f.name in c}


@lru_cache(maxsize=1)
def context() -> Context:
    c = load("target_groups")["context"]
    # the verb of taking in ("uzņemt 100 bērnus") is listed once, with the hosts' ([hosts] admitting)
    c = {**c, "object_served_verbs": c["object_served_verbs"] + load("target_groups")["hosts"]["admitting"]}
    return Context(
        **_own_name_lists(c),
        kind_or_works=tuple(c["kind_words"]) + tuple(c["works_words"]),
        fields=tuple(c["field_words"]),
        helping=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["helping_words"])) + r")", re.I),
        helpers=frozenset(c["helper_ids"]),
        charity_actions=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["charity_actions"])) + r")", re.I),
        organising=re.compile(r"(?<!\w)(?:" + "|".join(c["organising_verbs"]) + r")(?!\w)", re.I),
        # not the nouns of receiving or visiting ("vīzas saņemšanai": a process, not who takes part),
        # nor what was obtained ("no iegūtās dzijas"): [context] not_participation
        # (nor a capitalised word right after another word: a name's, "Draudzīgā Aicinājuma ģimnāzijas
        # audzēkņi" — not "Aicinām …" opening the sentence, a line or a quote)
        participation=re.compile(r"(?<!\w)(?!(?<=[^\W\d_] )(?-i:[" + UPPER + r"]))"
                                 r"(?!" + "|".join(c["not_participation"] + [c["upcoming"]]) + r")(?:(?:"
                                 + "|".join(map(re.escape, c["participation_verbs"])) + r")\w*|"
                                 + "|".join(c["participation_phrases"]) + ")", re.I),
        hosting=re.compile(r"(?:" + "|".join(map(re.escape, c["hosting_verbs"])) + r")", re.I),
        presenting=re.compile(r"(?<!\w)(?!" + "|".join(c["not_presenting"]) + r")(?:"
                              + "|".join(map(re.escape, c["presenter_words"] + c["award_words"])) + r")\w*", re.I),
        awards=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["award_words"])) + r")", re.I),
        blocking=frozenset(c["blocking_words"]),
        organisations=tuple(c["organisations_before_quote"]),
        projects=tuple(c["projects_before_quote"]),
        programme_parts=tuple(c["programme_parts_before_quote"]),
        list_ends=frozenset(c["excepting_list_ends"]),
        helping_pattern=re.compile("|".join(sorted(set(c["helping_verbs"])))),
        numbered_programme_parts=tuple(c["numbered_programme_parts_before_quote"]),
        providers=frozenset(c["provider_ids"]),
        enlisting=tuple(c["enlisting_verbs"]),
        visiting=tuple(c["visiting_verbs"]),
        visited=frozenset(c["visited_ids"]),
        visited_for_training=tuple(c["courses"] + c["lessons"] + c["gatherings"]),
        target_name_words=_name_beginnings(c["target_group_names"]),
        activity=re.compile(r"(?<!\w)(?:" + "|".join(c["activity_verbs"]) + r")(?!\w)", re.I),
        activity_making=frozenset(c["activity_making_verbs"]),
        shadowing=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["shadowing_words"])) + r")", re.I),
        statistic=re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, c["statistic_words"])) + r")", re.I),
        # (after no letter: a caption's number may be glued to it, "… 09122020Ja esi jaunietis")
        address_opening=re.compile(r"(?<![^\W\d_])(?:" + "|".join(c["address_openings"]) + r")\s+", re.I),
        obligation=re.compile(c["obligation"]),
        performing=re.compile(r"(?<!\w)(?:" + "|".join(c["performing_verbs"]) + r")(?!\w)", re.I),
        meeting_hosts=tuple(c["meeting_host_words"]),
        member_organisations=tuple(c["member_organisation_words"]),
        # "Mērķa grupa ir: …", "Mērķauditorija – …", or the header alone on its line.
        list_header=re.compile(r"(?<!\w)(?:" + "|".join(c["list_headers"]) + r")(?:\s*(?:(?:ir|bija|būs)\s*:?|:|–|—|-)|(?=[ \t]*\n))"
                               + "".join("|" + label for label in c["list_labels"]), re.I),
        collectives=re.compile("|".join(c["collective_nouns"])),
        ensemble_owners=frozenset(load("target_groups")["ensemble_sections"]["ensemble_genitives"]),
        organs=tuple(c["organ_words"]),
        posts=tuple(c["post_words"] + c["organ_words"]),
        presence=frozenset(c["presence_words"]),
        at_preposition=c["at_preposition"],
        talking=tuple(c["talking_words"]),
        ensembles=re.compile("|".join(c["ensemble_nouns"] + c["ensemble_plural_like"])),
        venues=re.compile("|".join(c["venue_nouns"])),
        collective_between=re.compile("|".join(c["collective_between"])),
        collective_excluded=frozenset(c["collective_excluded_ids"]),
        person_nouns=re.compile("|".join(c["person_nouns"])),
        together_partners=frozenset(c["together_partner_ids"]),
        partners=re.compile(r"(?<!\w)(?:" + "|".join(c["partner_cues"]) + r")(?!\w)", re.I),
        applying=re.compile("|".join(c["applying_phrases"]), re.I),
        opportunity=re.compile(r"\s+(?:" + "|".join(c["opportunity_phrases"]) + ")", re.I),
        family_singular=frozenset(c["family_words_singular"]),
        family_ambiguous=c["family_word_ambiguous"],
        own_enrolling=tuple(c["own_enrolling_verbs"]),
        involving=tuple(c["extra_involved"]),
        task_endings=tuple(c["task_noun_endings"]),
        own_growth=tuple(c["own_growth_words"]),
        menu_min_items=c["menu_min_items"],
        menu_max_item_words=c["menu_max_item_words"],
    )


def sentence_has(words, whole: bool = False, negate: bool = False) -> str:
    """A lookahead for a sentence matched from its start (re.DOTALL) that holds a word beginning
    with one of `words` (a whole word with `whole`), or holds none with `negate`: pieces of the
    one-sentence tests of exhibitors.py and audience.py."""
    end = r"(?!\w)" if whole else ""
    return rf"(?{'!' if negate else '='}.*(?<!\w)(?:{'|'.join(re.escape(w) for w in words)}){end})"
