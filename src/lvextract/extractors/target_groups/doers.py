"""Whether a group word names those who act rather than those served: a dative who must do
something, has a role or must bring its guardian (`obliged`, `has_a_role`, `needs_guardian`), guests on a visit and the firms they visit
(`is_guest`, `visited`), professionals who meet another group (`meets_a_group`), givers of support
to a dative group (`gives_to_a_group`); performers and helpers are performers.py's. `served` asks
these before it counts a mention as served; they read a few words either side of a mention without
crossing punctuation (clause_words.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.verb_forms import is_infinitive
from ...word_regex import alternation
from ..vocabulary import load
from .clauses import WITH
from .clause_words import clause_indices_before, clause_words_after, clause_words_before
from .forms import form
from .reader import Reader, clause_tokens_after


@lru_cache(maxsize=1)
def _public_words() -> tuple[str, ...]:
    return tuple(load("target_groups")["meeting_public"]["public_words"])


MET_REACH = 6  # words from "ar" to the verb: "Ar novada iedzīvotājiem tiksies …"
VERB_REACH = 2  # words from the group to the verb: "speciālisti šodien tikās ar …"


def meets_a_group(reader: Reader, end: int, start: int | None = None) -> bool:
    """"… un citi nozaru speciālisti tikās ar ģimenēm, kas ieradušās no Ukrainas": professionals who
    meet another group or the public ("ar" and a group word or a word of `public_words` right after the
    verb: "tiksies ar iedzīvotājiem") are there to serve them, not the ones served (not "speciālisti
    tikās ar kolēģiem": peers who meet learn from each other). Also said the other way round, the verb
    right before the professionals (token `start`): "Ar iedzīvotājiem tiksies dienesta darbinieki"."""
    # (a word of time or manner may stand before the verb: "darbinieki ceturtdien tiksies ar …")
    verb = next((i for i, token in clause_tokens_after(reader, end, VERB_REACH) if token.text.lower() in reader.ctx.meeting_verbs), None)
    if verb is not None:
        after = reader.word_at_or_after(verb + 1)
        return after is not None and reader.word(after) == WITH and _met_after(reader, after)
    if start is None:
        return False
    before = list(clause_indices_before(reader, start, MET_REACH + 1))
    if not before or reader.word(before[0]) not in reader.ctx.meeting_verbs:
        return False
    return any(reader.word(i) == WITH and _met_after(reader, i) for i in before[1:])


def _met_after(reader: Reader, ar: int) -> bool:
    """Whether a group word or a word of the public follows the "ar" at token `ar` in its clause."""
    public = _public_words()
    # (a word or two may qualify the group: "ar Ukrainas bēgļu ģimenēm")
    for i in range(ar + 1, min(len(reader.sdoc), ar + 8)):
        if i in reader.in_mention or reader.sdoc[i].text.lower().startswith(public):
            return True
        if reader.sdoc[i].is_punct:
            return False
    return False


OBLIGED_REACH = 4  # words after a dative, in its clause: "Bērniem no 12 gadiem jāuzrāda …"
OBLIGED_PARTNER_WORDS = 3  # "vai" and two words of a second dative
GUEST_REACH = 4  # words either side of the group, in its clause


def obliged(reader: Reader, end: int) -> bool:
    """"Bērniem no 12 gadiem jāuzrāda sertifikāts": a dative before a debitive verb is the one who
    must do something, not the one served."""
    words = list(clause_words_after(reader, end, OBLIGED_REACH + OBLIGED_PARTNER_WORDS))
    # (a second dative joined by "vai" or "un" takes the reach of its words: "bērna vecākam vai
    # likumiskajam pārstāvim dienestā jāiesniedz iesniegums")
    reach = OBLIGED_REACH + OBLIGED_PARTNER_WORDS if words[:1] in (["vai"], ["un"]) else OBLIGED_REACH
    return any(reader.ctx.obligation.fullmatch(w) for w in words[:reach])


GUARDIAN_REACH = 200  # characters after a dative to the end of the requirement: "… nepieciešama mātes vai tēva (…) klātbūtne"


@lru_cache(maxsize=1)
def _guardian_required() -> re.Pattern:
    c = load("target_groups")["guardian_required"]
    # (no comma before the need word: "Nometne bērniem notiks jūlijā, un bērniem … nepieciešama vecāku
    # klātbūtne" binds the second dative, not the camp's)
    # (word_regex.alternation: literal words; only whether the requirement matches is read, so their order
    # does not matter; the guardian and consent words are beginnings of lower-case words)
    return re.compile(r"[^.!?;:,\n]{0,60}?(?<!\w)" + alternation(c["need_words"]) + r"(?!\w)[^.!?;:\n]{0,40}?(?<!\w)"
                      + alternation(c["guardian_words"]) + r"\w*[^.!?;:\n]{0,60}?(?<!\w)"
                      + alternation(c["consent_words"]), re.IGNORECASE)


def needs_guardian(reader: Reader, end: int) -> bool:
    """"Pusaudžiem no 12 līdz 13 gadiem vakcinācijas laikā nepieciešama mātes vai tēva klātbūtne": a
    dative before a requirement of its guardian's presence or consent names whom a condition binds,
    not whom the text serves (target_groups.toml [guardian_required]; a fixed window after the mention)."""
    token = reader.sdoc[end - 1]
    start = token.idx + len(token.text)
    return _guardian_required().match(reader.doc.text, start, start + GUARDIAN_REACH) is not None


def is_guest(reader: Reader, group: str, start: int, end: int) -> bool:
    """"Tukuma novada pašvaldības pārstāvji viesojās …": officials, NGO people or entrepreneurs
    visiting as guests are partners on a visit, not the audience served."""
    verbs = reader.ctx.guest_verbs
    return group in reader.ctx.guest_ids and (
        any(w.startswith(verbs) for w in clause_words_after(reader, end, GUEST_REACH))
        or any(w.startswith(verbs) for w in clause_words_before(reader, start, GUEST_REACH))
        or _visiting_official(reader, start, end)) or _arriving_provider(reader, group, start)


def _arriving_provider(reader: Reader, group: str, start: int) -> bool:
    """"Skolā viesosies pirmās palīdzības pasniedzēji": professionals in a sentence that tells of arriving,
    visiting or answering a call (`arrival_verbs`) are guests, hosts or providers, not trained or
    invited, unless it names a course or a conference they came to."""
    if group not in reader.ctx.arrival_ids:
        return False
    char = reader.sdoc[start].idx
    index = reader.doc.sentence_index(char)
    return index is not None and reader.has_word_starting(index, reader.ctx.arrival_verbs) \
        and not reader.in_training_sentence(char)


VISITOR_REACH = 7  # words before the heads, in their clause: "apmeklēja arī domes deputāti un iestāžu vadītāji"


def _visiting_official(reader: Reader, start: int, end: int) -> bool:
    """"Izstādi apmeklēja iestāžu vadītāji": heads or officials as the subject of a verb of visiting
    are guests, unless their sentence names a training they came to ("Semināru apmeklēja …")."""
    head = reader.sdoc[end - 1].text.lower()
    if not head.startswith(reader.ctx.visiting_heads) or head.endswith("us"):
        return False
    visiting = reader.ctx.visiting
    if not (any(w.startswith(visiting) for w in clause_words_before(reader, start, VISITOR_REACH))
            or any(w.startswith(visiting) for w in clause_words_after(reader, end, GUEST_REACH))
            or _at_a_ceremony(reader, start)):
        return False
    return not reader.in_training_sentence(reader.sdoc[start].idx)


def _at_a_ceremony(reader: Reader, start: int) -> bool:
    """"Notika centra svinīga atklāšana. Tajā piedalījās … iestāžu vadītāji": heads taking part in an
    opening or a ceremony named in their sentence or the one before are its guests."""
    char = reader.sdoc[start].idx
    if not reader.in_participation_sentence(char):
        return False
    index = reader.doc.sentence_index(char)
    if index is None:
        return False
    words = reader.ctx.ceremony_words
    return any(reader.sentence_answer("ceremony", i, lambda text: any(w.startswith(words) for w in text.lower().split()))
               for i in range(max(0, index - 1), index + 1))


ROLE_REACH = 4  # words either side, in the clause
ROLE_LIST_STEPS = 4  # groups of a list walked back to its first


def has_a_role(reader: Reader, start: int, end: int) -> bool:
    """"… integrācijā nozīmīga loma ir biedrībām", "galvenā loma būs pedagogiem": a dative that has
    a role, a task or a merit is the one who acts, not the one served."""
    roles = reader.ctx.role_words
    # (from the list's first group: "liela nozīme ir pedagogiem un sociālajiem darbiniekiem")
    before = list(clause_words_before(reader, reader.first_of_group_list(start, ROLE_LIST_STEPS), ROLE_REACH))
    return _role_before(roles, before) or _opportunity_restricted(reader, before) \
        or any(w in roles for w in clause_words_after(reader, end, ROLE_REACH)) \
        or _list_has_a_role(reader, end)


def _role_before(roles: frozenset[str], before: list[str]) -> bool:
    """A role word among the words `before` the dative (nearest first) with no infinitive between: "galvenā
    loma ir pedagogiem". A task whose content is an infinitive makes the dative that verb's object, whom the
    task serves: "mūsu uzdevums ir palīdzēt jauniešiem", "pienākums ir sniegt atbalstu ģimenēm"."""
    for at, word in enumerate(before):
        if word in roles:
            return not any(is_infinitive(w) for w in before[:at])
    return False


def enlisted(reader: Reader, group: str, governed: str, governor: str) -> bool:
    """"Bāriņtiesa, piesaistot speciālistus, …": a provider as the object of a verb of enlisting is
    taken on to do the work, not served (target_groups.toml [context] enlisting_verbs)."""
    return group in reader.ctx.providers and governed == "served" and governor.startswith(reader.ctx.enlisting)


RIGHT_REACH = 3  # words after the dative: "Sociālajam darbiniekam ir tiesības pieprasīt …"


def entitled_to_act(reader: Reader, group: str, end: int) -> bool:
    """"Sociālajam darbiniekam ir tiesības pieprasīt citus dokumentus": a provider given a right to
    act on the client (a verb of `authority_verbs` right after a word of `right_words`) does the work,
    it is not served. Other rights stay a service: "pedagogiem ir tiesības saņemt atvaļinājumu"."""
    if group not in reader.ctx.providers:
        return False
    words = list(clause_words_after(reader, end, RIGHT_REACH + 1))
    return any(w in reader.ctx.right_words and after.startswith(reader.ctx.authority_verbs)
               for w, after in zip(words, words[1:]))


def _opportunity_restricted(reader: Reader, before: list[str]) -> bool:
    """"lai mazinātu iespēju komersantiem …": an opportunity reduced or taken (`restricting_verbs` right
    before "iespēju"/"iespējas", among the words `before` the dative, nearest first) is given to no one."""
    return any(w in reader.ctx.opportunity_words and i + 1 < len(before) and before[i + 1].startswith(reader.ctx.restricting_verbs)
               for i, w in enumerate(before))


LIST_ROLE_REACH = 12  # words of the rest of a dative list: "…, pašvaldībai un valsts iestādei ir nozīmīga loma"


def _list_has_a_role(reader: Reader, end: int) -> bool:
    """"katram iedzīvotājam, darba devējam, pašvaldībai un valsts iestādei ir nozīmīga loma": the role
    said after the last of a list of datives is every item's. Walks on over the list's commas and
    connectors to a copula (`role_copulas`) with a role word at most two words after it; other
    punctuation, a connector after a comma (", un tas ir …": a new clause) or a clause word (a
    relative: "…, kuru vecākiem ir loma") ends the walk."""
    ctx, seen, j = reader.ctx, 0, end
    copula_at, after_comma = None, False
    while j < len(reader.sdoc) and seen < LIST_ROLE_REACH:
        token = reader.sdoc[j]
        j += 1
        if token.is_space:
            continue
        if token.is_sent_start and j - 1 > end:
            return False
        word = token.text.lower()
        if token.is_punct and word not in ctx.list_connectors:
            return False
        seen += 1
        if after_comma and word in ("un", "bet", "vai"):  # ", un tas ir mūsu uzdevums": a clause of its own
            return False
        after_comma = word == ","
        if copula_at is not None:
            if word in ctx.role_words:
                return True
            if seen - copula_at >= 3:
                return False
            continue
        if word in ctx.role_copulas:
            copula_at = seen
        elif word in ctx.list_ends:
            return False
    return False


VISIT_REACH = 3  # words before the group: "apmeklēja dažus vietējos uzņēmumus"


def visited(reader: Reader, group: str, start: int) -> bool:
    """"jaunieši apmeklēja vietējos uzņēmumus", "iepazina uzņēmējus": firms or entrepreneurs right
    after a verb of visiting are the hosts of the visit, not its audience."""
    return group in reader.ctx.visited \
        and any(w.startswith(reader.ctx.visiting) for w in clause_words_before(reader, start, VISIT_REACH))


def gives_to_a_group(reader: Reader, end: int) -> bool:
    """Whether the service noun after the genitive ending at token `end` is one the genitive gives
    (`given_by`) to a dative group right after it, a place's genitive or an adjective between:
    "uzņēmumu un NVO tiešais atbalsts Ukrainas bēgļiem" (the firms and NGOs give)."""
    at = reader.service_noun_at(end)
    if at is None or not reader.word(at).startswith(reader.ctx.given_by):
        return False
    i = at
    for _ in range(3):
        i = reader.skip_space(i + 1)
        if i >= len(reader.sdoc):
            return False
        if i in reader.in_mention:
            head = reader.in_mention[i].mention.token_end - 1
            return "dative" in form(reader.sdoc[head].text)
        if not reader.sdoc[i].text.isalpha():
            return False
    return False


EXTRA_REACH = 3  # words before the group: "piedalījās arī četri vietējie uzņēmēji"


def joins_as_well(reader: Reader, found, index: int) -> bool:
    """"Pasākumā piedalījās arī sociālie darbinieki": professionals, employers or NGOs that "also"
    take part beside another group served in the text escort, help or look on; they are not those
    the event is for (alone — "piedalījās arī uzņēmēji" with no one else — they still are)."""
    f = found[index]
    if f.id not in reader.ctx.extra_ids:
        return False
    # (the next of a list that "arī" opens: "ieradās arī uzņēmēji un NVO pārstāvji")
    if index and found[index - 1].id in reader.ctx.extra_ids and found[index - 1].id != f.id \
            and reader.doc.text[found[index - 1].mention.end:f.mention.start].strip() in (",", "un", "vai") \
            and joins_as_well(reader, found, index - 1):
        return True
    before = list(clause_words_before(reader, f.mention.token_start, EXTRA_REACH + 1))
    also = before.index("arī") if "arī" in before[:EXTRA_REACH] else None
    # (not "stiprinot arī citu biedrību kapacitāti": served, not taking part; "kā arī" only lists, and so
    # does a correlative's "kā …, tā arī": "Kā jaunieši, tā arī uzņēmēji varēs piedalīties")
    # (nor "aktivitātēs iesaistīti arī sociālie darbinieki": a project that involves them serves them)
    if also is None or before[also + 1:also + 2] in (["kā"], ["tā"]) \
            or any(w.startswith(reader.ctx.involving) for w in before) \
            or not reader.in_participation_sentence(f.mention.start):
        return False
    return any(g.accepted and g.id not in reader.ctx.extra_ids for g in found)


def own_people(reader: Reader, start: int) -> bool:
    """"… kā palīdzēt saviem bērniem mācībās": a reflexive possessive makes the group the
    audience's own, the object of what the audience does (not "kopā ar saviem bērniem": they come too;
    nor "pieteikt savus bērnus nometnei": a group enrolled or brought by its own people is served)."""
    before = reader.previous_word(start)
    if before is None or reader.word(before) not in reader.ctx.own_words:
        return False
    governor = reader.previous_word(before)
    return governor is None or (reader.word(governor) != WITH
                                and not reader.word(governor).startswith(reader.ctx.own_enrolling))


def talked_of(reader: Reader, start: int) -> bool:
    """"sociālajiem darbiniekiem stāstīja par atbalstu bēgļiem": a dative after "par" and a service
    noun, after a word of talking to another group served, is what the talk is about, not whom the
    event serves (told to no one named, "informēja par aktivitātēm NEET jauniešiem" serves them)."""
    noun = reader.previous_word(start)
    if noun is None or not reader.word(noun).startswith(reader.ctx.service_nouns):
        return False
    prep = reader.previous_word(noun)
    if prep is None or reader.word(prep) not in reader.ctx.topic_prepositions:
        return False
    talk = reader.previous_word(prep)
    if talk is None or not reader.word(talk).startswith(reader.ctx.talking):
        return False
    sentence = reader.doc.sentence_index(reader.sdoc[talk].idx)
    return any(g.accepted for i, g in reader.in_mention.items()
               if i < talk and reader.doc.sentence_index(reader.sdoc[i].idx) == sentence)


def invited_to_speak(reader: Reader, start: int, end: int) -> bool:
    """"esam aicinājuši runāt jomas speciālistus", "aicinām speciālistus vadīt darbnīcas": a group
    invited to speak or lead (an infinitive right after the inviting verb, or right after the group)
    is the speakers, not those the event is for."""
    before = list(clause_words_before(reader, start, 4))
    for at, word in enumerate(before[:-1]):
        if word in reader.ctx.speaking_infinitives and before[at + 1].startswith(reader.ctx.inviting_words):
            return True
    after = next(iter(clause_words_after(reader, end, 1)), "")
    return after in reader.ctx.speaking_infinitives and any(w.startswith(reader.ctx.inviting_words) for w in before[:3])


ACTIVITY_AFTER_REACH = 12  # tokens on to the verb: "mazie bērni no sākumskolas kopā ar aktrisi lasīs"


def does_the_activity(reader: Reader, group: str, head: int, start: int) -> bool:
    """"Konkursā grāmatas lasa un vērtē bērni un jaunieši": children, youth or seniors as the subject
    of a verb of doing what is offered (up to four words before, in the clause) take part; so in the
    subject's own place before the verb ("Darbnīcās skolēni zīmēja", "mazie bērni no sākumskolas kopā ar
    aktrisi lasīs grāmatas"; not a verb of making, `activity_making_verbs`: "vidusskolēni veidoja konkursa
    uzdevumus" for others): up to twelve tokens on, no punctuation between but an ordinal's dot)."""
    if group not in reader.ctx.activity_ids or reader.sdoc[head].text.lower().endswith("us"):
        return False
    return reader.verb_before(start, 4, reader.ctx.activity) \
        or any(reader.ctx.activity.fullmatch(word := reader.word(i)) and word not in reader.ctx.activity_making
               for i in reader.words_ahead(head + 1, ACTIVITY_AFTER_REACH, ordinal_dot=True))


TASK_REACH_BEFORE = 8  # words back over the verb to the task: "nodrošināšanai tiks iesaistīti vairāk nekā 150 …"
TASK_REACH_AFTER = 5  # words on: "darbinieki iesaistījās dāvanu izvadāšanā"


def put_to_a_task(reader: Reader, group: str, start: int, end: int) -> bool:
    """"kārtības nodrošināšanai tiks iesaistīti 150 policijas darbinieki": a provider in a clause with a
    verb of involving (`extra_involved`) and the action noun of a task in the dative or locative
    (`task_noun_endings`) does that work, it is not served. Involved in a project or its activities,
    no task named, or in their own growth (`own_growth_words`: "kvalifikācijas paaugstināšanā"), they
    stay served: "projekta aktivitātēs iesaistīti arī sociālie darbinieki"."""
    if group not in reader.ctx.providers:
        return False
    words = list(clause_words_before(reader, start, TASK_REACH_BEFORE)) + list(clause_words_after(reader, end, TASK_REACH_AFTER))
    return any(w.startswith(reader.ctx.involving) for w in words) \
        and any(w.isalpha() and w.endswith(reader.ctx.task_endings) for w in words) \
        and not any(w.startswith(reader.ctx.own_growth) for w in words)
