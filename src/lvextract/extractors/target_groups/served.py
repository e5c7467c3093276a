"""Whether a mention is someone served, trained, integrated or invited: the rules for one group
word by its form and context (`is_served`, `is_invited`); `accept`, which settles every mention
of a document, is accepted.py (a group word inside a name: names_around.py)."""
from __future__ import annotations

import re

from ...latvian.verb_forms import is_verb_lemma
from .clauses import WITH
from .forms import ACCUSATIVE_ENDINGS, LOCATIVE_ENDINGS, NOMINATIVE_SINGULAR, PLURAL_DATIVE_ENDINGS, form
from .doers import (does_the_activity, enlisted, entitled_to_act, gives_to_a_group, has_a_role, is_guest,
                    meets_a_group, needs_guardian, obliged, own_people, put_to_a_task, talked_of, visited)
from .exhibitors import exhibits
from .admitted import not_admitted
from .performers import helps, performs
from .experiencer import asked, contacted, experiences
from .gatherings import gathering_follows
from .instilled import instilled_in
from .participle import RESIDENCE_REACH, lives_there
from .sanctioned import sanctioned
from .says_that import says_that
from .staff_at_work import staff_at_work
from .honoured_providers import honoured_provider
from .organising_part import runs_it
from .protected import protected_from_harm
from .discussed import discussed
from .reader import Reader
from .thanked import thanked_for
from .visitors import visits_another_group


# A verbal noun takes its object in the genitive ("bērnu sagatavošana"), never in the accusative: a
# feminine plural after one is no object of it ("Svētku sagatavošanā strādāja sievietes": the workers).
VERBAL_NOUN = re.compile(r"šan(?:a|as|ai|u|ā|ām|ās)$")


def head_word_ends(reader: Reader, head: int, endings: tuple[str, ...]) -> bool:
    word = reader.sdoc[head].text
    return not word.isupper() and word.lower().endswith(endings)


def is_served(reader: Reader, head: int, start_token: int, end_token: int, char: int, group: str = "") -> bool:
    forms = form(reader.sdoc[head].text)
    if reader.locative_noun(head) or instilled_in(reader, head):  # "situāciju ģimenēs", "rosinot bērnos interesi": where
        return False
    if reader.sdoc[head].text.isupper() and (reader.locative_after(end_token) or _place_in_locative_after(reader, end_token)):
        forms = {"genitive"}  # "iesaistījās … NVO darbībā", "Rīgas NVO namā": an abbreviation qualifying a place
    governed, distance, governor = reader.looks_back(start_token, group)
    counted = False
    # "atbalstīs 20 jauniešus", "varēs uzņemt 100 bērnus": a count before the accusative object changes
    # nothing of the service verb that governs it (the walk goes on from the count's first figure).
    count = _count_start(reader, start_token) if governed == "number" and head_word_ends(reader, head, ACCUSATIVE_ENDINGS) else None
    if count is not None and (past_count := reader.looks_back(count, group))[0] == "served":
        governed, distance, governor = past_count
        counted = True
    # (professionals greeted or honoured for their work are neither a dative served nor an accusative object)
    honoured = honoured_provider(reader, group, governed, governor, start_token)
    service = reader.service_noun_follows(end_token, start_token) \
        if "genitive" in forms and not NOMINATIVE_SINGULAR.search(reader.sdoc[head].text) else None
    # "ar darba devēju atbalstu", "pēc jauniešu iniciatīvas": they give it, not get it.
    # "speciālistu konsultācijas", "speciālistu atbalsta komanda": what professionals give.
    # (a giver of support to a dative group is no one served, in a list or not: "NVO atbalsts bēgļiem")
    if service and gives_to_a_group(reader, end_token):
        return False
    # "spriests par pusaudžu iniciatīvu": after a word of talking and "par", what is talked about.
    if service and governed == "blocked" and distance == 1 and governor in reader.ctx.topic_prepositions \
            and talked_about(reader, reader.previous_word(start_token)):
        return False
    # "apsprieda jauniešu situāciju": the object of a verb of discussing is a topic, as after "par".
    if service and discussed(reader, start_token):
        return False
    if service and not (governor in reader.ctx.giver_prepositions and service.startswith(reader.ctx.given_by)) \
            and not (group in reader.ctx.providers and service.startswith(reader.ctx.provided)):
        return True
    # "atbalstīt jauniešu idejas": the object of a service verb belongs to the group served.
    # (Not "atbalstīt romu kultūru": a group's culture or language is a topic, not the group served.)
    # A place's genitive or an adjective may stand between: "veicinās novada bērnu lasītprieku",
    # "stiprināt vietējo jauniešu pašapziņu".
    if "genitive" in forms and governed == "served" and governor.startswith(reader.ctx.owner_served_verbs) \
            and (distance == 1 or (distance == 2 and owner_qualified(reader, start_token))) \
            and not reader.owned_is_topic(end_token):
        return True
    # (the aims' verbs that no list of service verbs holds govern the same way: "uzlabot sirmgalvju
    # ikdienu", "pilnveidot pedagogu zināšanas" — a verb, by its lemma, not a noun: "attīstības")
    if "genitive" in forms and governed != "blocked" and not reader.owned_is_topic(end_token) \
            and _owner_verb_before(reader, start_token):
        return True
    if "genitive" in forms and governed == "served" and distance == 1 and _involved_in_project(reader, governor, start_token):
        return True
    # "mazināt vardarbību pret bērniem": those a prevented harm is against are protected.
    if "dative" in forms and governed == "blocked" and distance == 1 and governor == "pret" \
            and protected_from_harm(reader, reader.previous_word(start_token)):
        return True
    # "sociālais darbs ar ģimeni un bērniem": "ar" takes a singular in the accusative; work with it serves it.
    if governed == "served" and governor == WITH and distance == 1 and _singular_accusative(reader, head, end_token):
        return True
    if "dative" in forms:
        return governed != "blocked" and not has_a_role(reader, start_token, end_token) \
            and not obliged(reader, end_token) and not needs_guardian(reader, end_token) \
            and not own_people(reader, start_token) \
            and not talked_of(reader, start_token) and not thanked_for(reader, start_token, end_token) \
            and not experiences(reader, start_token, end_token) and not asked(reader, start_token, end_token) \
            and not contacted(reader, start_token, group) and not entitled_to_act(reader, group, end_token) \
            and not sanctioned(reader, start_token, end_token) \
            and not honoured
    # "atbalstīs tādas grupas kā ilgstošie bezdarbnieki": examples of a served group, in the nominative.
    if governed == "served" and reader.follows_such_as(start_token):
        return True
    # "atbalstīt reģiona nevalstiskās organizācijas", "mudināt iedzīvotājus": the accusative object
    # of a verb done to people, a word or two after it.
    if head_word_ends(reader, head, ACCUSATIVE_ENDINGS) and governed == "served" \
            and (distance <= 3 or (distance <= RESIDENCE_REACH and lives_there(reader, start_token))) \
            and governor.startswith(reader.ctx.object_served_verbs) and not VERBAL_NOUN.search(governor) \
            and not enlisted(reader, group, governed, governor) and not _named_institution_genitive(reader, start_token, end_token) \
            and not honoured and not not_admitted(reader, governor, counted, char):
        return True
    if "genitive" in forms and governed != "blocked" \
            and (group not in reader.ctx.collective_excluded or gathering_follows(reader, end_token)) \
            and reader.collective_follows(end_token, char, start_token):
        return True
    # A preposition governs a plural in the dative, so farther back it does not block a nominative.
    # Inside a quoted name ("projekta “NVO par …”") the sentence's taking part is not the group's.
    if (governed == "blocked" and distance == 1) or governed == "quoted":
        return False
    taking_part = reader.in_participation_sentence(char) or reader.in_applying_sentence(char) \
        or does_the_activity(reader, group, head, start_token)
    if "participant" in forms and reader.in_list(char):
        return True
    if "participant" in forms and taking_part and not reader.hosts(char, head) and not contacted(reader, start_token, group) \
            and not _named_institution_genitive(reader, start_token, end_token) \
            and not enlisted(reader, group, governed, governor) and not put_to_a_task(reader, group, start_token, end_token) \
            and not reader.organises(start_token, end_token) and not visited(reader, group, start_token) \
            and not runs_it(reader, group, reader.sdoc[start_token].idx, reader.sdoc[end_token - 1].idx + len(reader.sdoc[end_token - 1])) \
            and not performs(reader, head, start_token, end_token) and not helps(reader, head, start_token, end_token) \
            and not (group in reader.ctx.providers and meets_a_group(reader, end_token, start_token)) \
            and not is_guest(reader, group, start_token, end_token) and not exhibits(reader, group or _mention_id(reader, start_token), char) \
            and not visits_another_group(reader, group, start_token, end_token) \
            and not says_that(reader, head, end_token) \
            and not staff_at_work(reader, group or _mention_id(reader, start_token), start_token, head, char) \
            and not gives_a_hand(reader, group, char):
        return True
    # "piedalījās vairāk nekā 120 pedagogu": a counted genitive of participants (not at a fair or
    # a council's sitting: "sēdēs piedalās 20 pašvaldību pārstāvji" are its members).
    return governed == "number" and "genitive" in forms and taking_part and not exhibits(reader, group or _mention_id(reader, start_token), char)


# The locative endings of the nouns of the first and second declension, which the lemma check of
# Reader.locative_after leaves out ("namā", "centrā", "klubā").
MASCULINE_LOCATIVE = re.compile(r"[^\W\d_]+[^aeiouāēīū\W\d_][āē]")


def _place_in_locative_after(reader: Reader, end: int) -> bool:
    """Whether the word right after token `end` is a lower-case noun in the singular locative
    ("NVO namā"): after an indeclinable abbreviation the abbreviation qualifies it, no one takes part."""
    i = reader.skip_space(end)
    if i >= len(reader.sdoc):
        return False
    token = reader.sdoc[i]
    return token.text.islower() and MASCULINE_LOCATIVE.fullmatch(token.text) is not None \
        and not is_verb_lemma(token.lemma_)


def _involved_in_project(reader: Reader, governor: str, start: int) -> bool:
    """Whether the participle right before the genitive group at token `start` says it is involved in a
    project or its activities, named in the locative before it (forms.LOCATIVE_ENDINGS): "projektā
    iesaistīto skolēnu redzesloks"."""
    if governor not in reader.ctx.involved_participles:
        return False
    participle = reader.previous_word(start)
    place = reader.previous_word(participle) if participle is not None else None
    return place is not None and reader.word(place).startswith(reader.ctx.involved_in) \
        and reader.word(place).endswith(LOCATIVE_ENDINGS)


def gives_a_hand(reader: Reader, group: str, char: int) -> bool:
    """"aicinām uzņēmējus piedalīties talkā", "pašvaldības darbinieki iesaistījušies labdarības akcijā":
    firms, NGOs and staff in a sentence of helping out (a clean-up, donations, charity) give a hand,
    they are not served — save staff at a training about it ("seminārā par ziedojumu uzskaiti
    piedalījās pašvaldības darbinieki": `visited_for_training`), who are taught."""
    if group not in reader.ctx.helpers:
        return False
    index = reader.doc.sentence_index(char)
    if not reader.in_helping_sentence(char) and not _joins_charity_action(reader, index):
        return False
    return group not in reader.ctx.providers or not reader.in_training_sentence(char)


def _joins_charity_action(reader: Reader, index: int | None) -> bool:
    """"iesaistījās labdarības akcijā", "Labdarības akcijā piedalījās …": a charity action joined
    ([context] charity_actions, charity_joining) — not a charity concert one is invited to."""
    return index is not None and reader.in_sentence_with(index, reader.ctx.charity_actions) \
        and reader.has_word_starting(index, reader.ctx.charity_joining)


# Those told, said between the word of talking and "par": "pastāstīja viesiem par …", "stāstīja mums par …".
AUDIENCE_PRONOUNS = frozenset({"mums", "jums", "man", "viņiem", "viņām"})
# Topics listed after one word of talking ("runāja par darbu, prakses iespējām un …"; also topic_list.py).
TOPIC_LIST_JOINS = frozenset({",", "un", "arī"})
TOPIC_LIST_REACH = 30  # words back to the first topic of a list
SENTENCE_STOPS = frozenset({".", ";", ":", "!", "?"})  # marks a list of topics does not run past
LIST_WORDS_AFTER = frozenset({"un", "vai", "kā"})  # words that may follow a singular accusative group: a list goes on


def talked_about(reader: Reader, preposition: int | None) -> bool:
    """Whether the preposition at token `preposition` follows a word of talking, directly or past
    one dative of those told ("pastāstīja ciemiņiem par jauniešu nodarbinātību": the young people's
    employment is what the guests heard about, no one served)."""
    talk = reader.previous_word(preposition) if preposition is not None else None
    if talk is None:
        return False
    # (the last of several topics, each with its own preposition: "runāja par darbu vasarā, par prakses
    # iespējām, kā arī par skolēnu mācību uzņēmumu nozīmi" — the first one's word of talking counts)
    if reader.word(talk) in TOPIC_LIST_JOINS:
        first = _first_of_topic_list(reader, preposition)
        if first != preposition:
            return talked_about(reader, first)
    if not reader.word(talk).startswith(reader.ctx.talking) \
            and (reader.word(talk) in AUDIENCE_PRONOUNS or reader.word(talk).endswith(PLURAL_DATIVE_ENDINGS)):
        # (the audience may be a group of ours, of one word or more: "stāstīja sociālajiem darbiniekiem par …")
        told = reader.in_mention.get(talk)
        talk = reader.previous_word(told.mention.token_start if told is not None else talk)
    return talk is not None and reader.word(talk).startswith(reader.ctx.talking)


def _first_of_topic_list(reader: Reader, preposition: int) -> int:
    """Token of the first preposition of a list of topics that ends with the one at `preposition`
    (the same preposition after a list join, within the sentence); `preposition` if none before."""
    word, first, i = reader.word(preposition), preposition, preposition
    for _ in range(TOPIC_LIST_REACH):
        i = reader.previous_word(i)
        if i is None or reader.word(i) in SENTENCE_STOPS or reader.sdoc[i].is_sent_start:
            break
        if reader.word(i) == word and (before := reader.previous_word(i)) is not None \
                and reader.word(before) not in TOPIC_LIST_JOINS:
            return i
        if reader.word(i) == word:
            first = i
    return first


def _named_institution_genitive(reader: Reader, start: int, end: int) -> bool:
    """"apmeklēja Ģimenes atbalsta dienas centru": a word written with a capital inside a sentence
    before a service noun opens an institution's name, a genitive there, no accusative object nor
    one who takes part."""
    return reader.in_proper_name(start) and reader.service_noun_at(end) is not None


def _singular_accusative(reader: Reader, head: int, end: int) -> bool:
    """Whether the group word at token `head` is a singular accusative after "ar" ("ar ģimeni", "ar
    jaunieti"): it ends in -i or -u and no noun follows it that a genitive plural "-u" would qualify
    ("ar bērnu vecākiem" is another mention; "ar bērnu tiesībām" names rights)."""
    if not reader.word(head).endswith(("i", "u")) or reader.word(head).endswith(("ai", "ei", "iem", "ie")):
        return False
    after = reader.skip_space(end)
    return after >= len(reader.sdoc) or not reader.sdoc[after].is_alpha or reader.word(after) in LIST_WORDS_AFTER


def _mention_id(reader: Reader, start: int) -> str:
    """The group id of the mention starting at token `start` ("" if none): a genitive judged as the
    people noun after it ("20 pašvaldību … pārstāvji") is shown or seated as its own group."""
    mention = reader.in_mention.get(start)
    return mention.id if mention is not None else ""


def _owner_verb_before(reader: Reader, start: int) -> bool:
    """Whether a verb of `owner_served_verbs` stands right before the group word at token `start`
    (or before the one word that qualifies it: "uzlabot vietējo senioru dzīvi")."""
    before = reader.previous_word(start)
    if before is not None and owner_qualified(reader, start):
        before = reader.previous_word(before) if not reader.word(before).startswith(reader.ctx.owner_served_verbs) else before
    if before is None:
        return False
    token = reader.sdoc[before]
    return token.text.isalpha() and token.text.lower().startswith(reader.ctx.owner_served_verbs) \
        and is_verb_lemma(token.lemma_)


OWNER_QUALIFIER = re.compile(r"[^\W\d_]+(?:a|as|es|ās|ēs|o)")


def _count_start(reader: Reader, start: int) -> int | None:
    """The first figure of a count right before token `start` ("100 bērnus", "12 400 bezdarbniekus"), or None."""
    first = None
    i = reader.previous_word(start)
    while i is not None and reader.word(i).isdigit():
        first, i = i, reader.previous_word(i)
    return first


def owner_qualified(reader: Reader, start: int) -> bool:
    """Whether the one word right before the group word at token `start` qualifies it as a place's
    genitive or an adjective ("novada", "Latvijas", "vietējo"), so a verb before that word still
    governs the noun after the group."""
    before = reader.previous_word(start)
    return before is not None and before not in reader.in_mention \
        and bool(OWNER_QUALIFIER.fullmatch(reader.word(before)))


def is_invited(reader: Reader, head: int, start_token: int, char: int) -> bool:
    """A nominative or accusative in a sentence about taking part, or a head noun in a target list."""
    if visited(reader, "employers", start_token):
        return False
    word = reader.sdoc[head].text
    governed, distance, _ = reader.looks_back(start_token, "employers")
    # "Uzņēmumiem ir iespēja pieteikties atbalstam": the dative given an opportunity is invited.
    if "dative" in form(word) and not (governed == "blocked" and distance == 1) \
            and reader.ctx.opportunity.match(reader.doc.text, reader.sdoc[head].idx + len(word)):
        return True
    # "seminārs uzņēmumu pārstāvjiem", "apmācības biedrību un uzņēmumu pārstāvjiem": a course's dative names
    # those it trains (RECORD's "trained"), as "seminārs jauniešiem" does.
    if "dative" in form(word) and course_before(reader, start_token):
        return True
    # "vietējos uzņēmumos": a masculine locative is where, not who.
    if "participant" not in form(word) or word.endswith("os"):
        return False
    if (governed == "blocked" and distance == 1) or governed == "quoted" or reader.in_helping_sentence(char):
        return False
    # (not the members at a council's sitting: "sēdēs piedalās 20 pašvaldību un pilsētu pārstāvji")
    mention = reader.in_mention.get(start_token)
    return reader.in_list(char) or (reader.in_participation_sentence(char) and not reader.hosts(char, head)
                                    and not reader.organises(start_token, head + 1)
                                    and not (mention is not None and exhibits(reader, mention.id, char)))


OWNER_LIST_REACH = 8  # tokens back over the other owners of a shared head: "biedrību, NVO un uzņēmumu pārstāvjiem"
OWNER_LIST_JOINS = frozenset({",", "un", "vai"})


def course_before(reader: Reader, start_token: int) -> bool:
    """Whether a course's or a gathering's noun (target_groups.toml `courses`, `gatherings`: "seminārs",
    "apmācības", "konference") stands right before token `start_token`, past the other owners listed
    before it (genitives, an abbreviation, the commas and "un" between them)."""
    if reader.sdoc[start_token].is_sent_start:
        return False
    heads = reader.ctx.courses + reader.ctx.gatherings
    for i in range(start_token - 1, max(start_token - 1 - OWNER_LIST_REACH, -1), -1):
        word = reader.sdoc[i].text
        lower = word.lower()
        if lower.startswith(heads):
            return True
        if reader.sdoc[i].is_sent_start or not (lower in OWNER_LIST_JOINS or word.isupper() or "genitive" in form(lower)):
            return False
    return False
