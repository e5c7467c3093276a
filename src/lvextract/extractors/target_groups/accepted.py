"""accepted: `accept` settles every group mention of a document, modifiers and genitives included:
the mentions judged one by one (served.py), then those a served group carries along (listed after it,
said who it is, its origin, its genitives and modifiers) and those that stay apart (teachers going
along, helpers, performers, professions)."""
from __future__ import annotations

import re

from ...latvian.verb_forms import is_verb_lemma
from .between import PLURAL_RELATIVE, relative_opening
from .forms import NOMINATIVE_SINGULAR, form
from .after_origin import listed_after_origin
from .apposition import accept_apposed
from .doers import invited_to_speak, joins_as_well
from .performers import helps, performs
from .exhibitors import exhibits
from .experiencer import own_community
from .kinds_of_work import qualifies_a_job
from .professions import names_a_profession
from .shadowed import shadowed
from .statistics import counted_in_statistic
from .mentions import Found
from .names_around import in_compound, names_one_organisation, titles_a_person
from .reader import Reader
from .served import is_invited, is_served


AS_REACH_TOKENS = 12  # spaCy tokens, white space included
DESCRIBED_AS = re.compile(r"(?:^" + relative_opening(r"kur(?!us\b)\w*", "kas", "kam") + r"(?:[^\W\d]+\s+){0,5}|(?<!\w)kā\s+)$", re.IGNORECASE)
# The next item of a list of served groups: "bērnus, bērnus ar īpašām vajadzībām un aizbildnībā
# esošus bērnus" — a comma or a conjunction, and at most two words that qualify the next group.
COORDINATED = re.compile(r"\s*(?:,|un|vai|,\s*kā\s+arī)\s+(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)
WITH_CHILDREN = re.compile(r"\s+ar\s+", re.IGNORECASE)
WORDS = re.compile(r"[^\W\d_]+")


def _coordinated(reader: Reader, found: list[Found]) -> None:
    """A group listed right after a served one, in the same case, is served too ("bērnus, bērnus
    ar invaliditāti"). Not a genitive: "… jauniešu vai nevalstisko organizāciju darbībā" names
    whose activity, and genitives are judged by the noun they qualify."""
    for before, after in zip(found, found[1:]):
        if not before.accepted or after.accepted or after.modifier:
            continue
        # (a modifier takes the case of the noun it qualifies, not of its own last word: "personām ar
        # invaliditāti, trūcīgajiem iedzīvotājiem" lists datives, though "invaliditāti" is no dative)
        last_before = before.mention.token_end - 1
        if before.modifier and before.with_at is None:
            noun = reader.previous_word(before.mention.token_start)
            last_before = noun if noun is not None else last_before
        case_before = form(reader.sdoc[last_before].text)
        case_after = form(reader.sdoc[after.mention.token_end - 1].text)
        # (two genitives joined by a bare "un" qualify the same noun and share its judgement:
        # "veicināt bērnu un jauniešu viedokļa integrāciju")
        joined_genitives = case_after == {"genitive"} == case_before and reader.doc.text[before.mention.end:after.mention.start].strip() in ("un", "vai")
        if (case_after != {"genitive"} or joined_genitives) and case_before & case_after \
                and reader.doc.sentence_index(before.mention.start) == reader.doc.sentence_index(after.mention.start) \
                and COORDINATED.fullmatch(reader.doc.text, before.mention.end, after.mention.start) \
                and not set(WORDS.findall(reader.doc.text[before.mention.end:after.mention.start].lower())) & reader.ctx.blocking \
                and not _verb_between(reader, before, after):
            after.accepted = True


# Between a served group (or its modifier) and "no" with the group it comes from: "bērni no",
# "jaunieši ar traucējumiem un no"; or a second origin coordinated after a first one, "bērni no
# Ozolu draudzes, kā arī no" (a few words of the first, no sentence or clause mark between); or
# a relative clause of coming from: "bērniem, kas nāk no trūcīgām ģimenēm"; or other kinds of
# families listed first, a word or two each: "bērni no daudzbērnu, audžuģimenēm, maznodrošinātām ģimenēm".
LISTED_KIND = r"(?:[^\W\d_]+\s+)?[^\W\d_]+(?:\s*,\s*|\s+(?:un|vai)\s+)"  # "daudzbērnu, ", "audžuģimenēm un "
FROM_JOIN = re.compile(r"\s*(?:(?:,|un|vai)\s+|,\s*" + PLURAL_RELATIVE + r"\s+nāk\s+)?no\s+"
                       r"(?:[^.;:!?()\n]{1,60}?,?\s+(?:un|vai|kā\s+arī)\s+no\s+|(?P<kinds>(?:" + LISTED_KIND + "){1,2}))?", re.IGNORECASE)
LISTED_KINDS = 2  # mentions of the list that may stand between the served group and its origin
# (the origin after such a list in the dative plural, as "no" wants it: not "…, trūcīgo ģimeņu biedrība")
DATIVE_PLURAL = ("ām", "ēm", "iem", "īm")


def _from_origin(reader: Reader, found: list[Found]) -> None:
    """"bērni un jaunieši … no sociālā riska ģimenēm": a group (`origin_ids`) said after "no" right
    after a served group is what those served are, so it is served too."""
    for index, after in enumerate(found):
        # (past kinds listed first, themselves not served: "no daudzbērnu, audžuģimenēm, …")
        before = next((found[j] for j in range(index - 1, max(-1, index - 2 - LISTED_KINDS), -1) if found[j].accepted), None)
        # (people, not professionals, firms or NGOs: "darbinieki no …" come from a place of work)
        if before is not None and not after.accepted and after.id in reader.ctx.origin_ids \
                and before.id not in reader.ctx.extra_ids \
                and (join := FROM_JOIN.fullmatch(reader.doc.text, before.mention.end, after.mention.start)) \
                and not (join.group("kinds") and not reader.doc.text[after.mention.start:after.mention.end].lower().endswith(DATIVE_PLURAL)):
            after.accepted = True


# People said with a plain noun right before the origin: "silto ēdienu var saņemt iedzīvotāji no
# trūcīgām ģimenēm" (the noun, then "no", then the origin's words; one or two kinds of it first).
PEOPLE_FROM = re.compile(r"\s+no\s+(?:" + LISTED_KIND + "){0,2}$", re.IGNORECASE)


def _people_from_origin(reader: Reader, found: list[Found]) -> None:
    """"iedzīvotāji no trūcīgām ģimenēm": a group of `origin_ids` after "no" right after a plain
    noun for people (`person_nouns`) that is itself someone served is what they are, so it is served."""
    for after in found:
        if after.accepted or after.modifier or after.id not in reader.ctx.origin_ids:
            continue
        before = reader.doc.text[max(0, after.mention.start - 80):after.mention.start]
        join = PEOPLE_FROM.search(before)
        noun = reader.token_ending_at(after.mention.start - len(before) + join.start()) if join else None
        if noun is None or noun in reader.in_mention or not reader.ctx.person_nouns.fullmatch(reader.word(noun)):
            continue
        if is_served(reader, noun, noun, noun + 1, reader.sdoc[noun].idx):
            after.accepted = True


def _parents_qualifier(reader: Reader, found: list[Found]) -> None:
    """"bērnu ar invaliditāti vecākiem": the qualifier of the children whose parents are served
    counts with them, as in "ģimenēm, kurās aug bērns ar invaliditāti" (the parents' mention is
    mentions.parents' `of_qualified`; the children's genitive stays a qualifier only)."""
    for children, qualifier, parents in zip(found, found[1:], found[2:]):
        if children.id == "children" and qualifier.modifier and not qualifier.accepted \
                and parents.id == "families" and parents.accepted and parents.of_qualified \
                and not reader.doc.text[qualifier.mention.end:parents.mention.start].strip():
            qualifier.accepted = True


def _verb_between(reader: Reader, before: Found, after: Found) -> bool:
    """A clause with a verb of its own between two mentions: "piedalījās jaunieši, viņus uzrunāja … pārstāvji"."""
    return any(is_verb_lemma(t.lemma_) and t.text.isalpha() and t.text.islower()
               for t in reader.sdoc[before.mention.token_end:after.mention.token_start])


# Between the pupils and their teachers: "un", a possessive or a count ("un divas", "un viņu", "un 4").
ACCOMPANYING_JOIN = re.compile(r"\s*(?:,\s*)?(?:un|kā arī)\s+(?:(?:viņu|to|savi|savas|\d{1,2}|[^\W\d_]+(?:i|as))\s+)?$", re.IGNORECASE)
# ... or the pupils' names listed after them, then the teachers': "audzēkņi: Anna Koka, Ilze Lapa,
# skolotāja: Maija Zariņa devās" (a colon, capitalised names joined by commas or "un").
NAMED_ROSTER = re.compile(r"\s*:\s*(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+(?:[ \t-][A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+){0,3}\s*(?:,|\bun\b)\s*)+")
# ... or one teacher "kopā ar" the pupils: after "ar" a plural is a dative ("ar skolotājiem"), so a word
# in -u is one teacher, the class's own, who goes along ("Pirmklasnieki kopā ar audzinātāju apmeklēja …").
WITH_ONE_TEACHER = re.compile(r"\s*kopā\s+ar\s+(?:(?:savu|klases)\s+)?$", re.IGNORECASE)


def accompanies(reader: Reader, found: list[Found], index: int) -> bool:
    """Whether teachers (a `teacher_words` noun) are listed right after the pupils of a trip or with
    "viņu" (their): "kopā devās septiņi skolēni un divas skolotājas", "skolēni un viņu skolotāji"
    go with the pupils, they are not served; so does one teacher "kopā ar" them ("skolēni kopā ar
    audzinātāju"). A trip is said by a `trip_words` word in the sentence."""
    f = found[index]
    word = reader.doc.text[f.mention.start:f.mention.end].lower()
    if not word.startswith(reader.ctx.teacher_words):
        return False
    before = found[index - 1] if index > 0 else None
    if before is None or before.id != "children" or not before.accepted:
        return False
    between = reader.doc.text[before.mention.end:f.mention.start]
    if WITH_ONE_TEACHER.fullmatch(between) and word.endswith("u"):
        return True
    if not ACCOMPANYING_JOIN.fullmatch(between) and not NAMED_ROSTER.fullmatch(between):
        return False
    if "viņu" in between.lower():
        return True
    return reader.has_word_starting(reader.doc.sentence_index(f.mention.start), reader.ctx.trip_words)


# The bracket of examples a mention stands in: "grupu (" before it, ") integrāciju" after it (one line).
BRACKET_OPENED = re.compile(r"(?<![\w])(?P<word>[^\W\d_]+)[ \t]*\((?P<inside>[^()\n]*)$")
BRACKET_CLOSED = re.compile(r"[^()\n]*\)[ \t]*(?P<next>[^\W\d_]+)")
BRACKET_REACH = 150  # characters either side


def _bracketed_example(reader: Reader, f: Found) -> bool:
    """Whether mention `f` is one of the groups listed in brackets after a word for groups
    ("grupu (…)") and the bracket is followed by a service noun ("… ) integrāciju")."""
    text = reader.doc.text
    opened = BRACKET_OPENED.search(text, max(0, f.mention.start - BRACKET_REACH), f.mention.start)
    if opened is None or not opened["word"].lower().startswith(reader.ctx.group_words):
        return False
    closed = BRACKET_CLOSED.match(text, f.mention.end, f.mention.end + BRACKET_REACH)
    return closed is not None and closed["next"].lower().startswith(reader.ctx.service_nouns)


def says_for_whom(reader: Reader, f: Found) -> bool:
    """Whether a group in a project's title is whom the title says it is for: a declined dative
    ("… izveide personām ar invaliditāti") or a genitive before a service noun in the dative ("Atbalsts
    bezdarbnieku izglītībai": for their education), not an abbreviation ("Atbalsta sistēma NVO") nor a
    genitive qualifying a thing ("Tērpi jauniešu deju kolektīvam", "Ģimeņu atpūtas vietas labiekārtošana",
    "Nevalstisko organizāciju atbalsta programma": a programme's name)."""
    head = reader.sdoc[f.mention.token_end - 1].text
    if head.isupper():
        return False
    forms = form(head)
    if "dative" in forms:
        return True
    service = reader.service_noun_follows(f.mention.token_end, f.mention.token_start) if "genitive" in forms else None
    return service is not None and form(service) == {"dative"}


def accept(reader: Reader, found: list[Found]) -> None:
    for f in found:
        if not f.modifier and not reader.in_menu(f.mention.start) and not titles_a_person(reader, f) \
                and not reader.in_organisation_name(f.mention.token_start) and not reader.in_programme_name(f.mention.token_start) \
                and not (reader.in_project_title(f.mention.token_start) and not says_for_whom(reader, f)) \
                and not in_compound(reader, f) \
                and not names_one_organisation(reader, f) \
                and not qualifies_a_job(reader, f):  # "mazkvalificētos darbos": a kind of work
            m = f.mention
            if f.invited_only:
                f.accepted = is_invited(reader, m.token_end - 1, m.token_start, m.start) and not exhibits(reader, f.id, m.start)
            else:
                f.accepted = is_served(reader, m.token_end - 1, m.token_start, m.token_end, m.start, f.id)
    # Who a served group is, said right after it, is served too: "sievietēm, kuras ieradušās kā
    # bēgles", "ģimenēm, kurās aug bērni ar invaliditāti"; and the children said with the families
    # after "ar" where they have their own ages or condition ("ģimenēm ar bērniem līdz 10 gadu
    # vecumam", "… ar bērniem ar invaliditāti"). Plain "ģimenēm ar bērniem" are the families' own,
    # accepted here and vetoed in `not_served` (families_with_children.families_own).
    for before, after in zip(found, found[1:]):
        if not before.accepted or after.accepted or after.modifier:
            continue
        between = reader.doc.text[before.mention.end:after.mention.start]
        # (a genitive there only qualifies a thing: "vecāki, kas atrodas bērna kopšanas atvaļinājumā")
        if form(reader.sdoc[after.mention.token_end - 1].text) == {"genitive"}:
            continue
        # (nor a household or a body in the locative, where they live or use a language: "skolēni,
        # kuri krievu valodu lieto ģimenē", "bērni, kas aug audžuģimenē")
        if reader.locative_noun(after.mention.token_end - 1):
            continue
        if after.mention.token_start - before.mention.token_end <= AS_REACH_TOKENS \
                and reader.doc.sentence_index(before.mention.start) == reader.doc.sentence_index(after.mention.start) \
                and (DESCRIBED_AS.search(between) or (before.id == "families" and WITH_CHILDREN.fullmatch(between))) \
                and not set(WORDS.findall(between.lower())[1:]) & reader.ctx.blocking:
            # (not "sievietes, kuras pēc bērna kopšanas atvaļinājuma …": a preposition makes it a topic)
            after.accepted = True
    # A group that a relative clause makes the one given to or taught: "vecāka gadagājuma ļaudis,
    # kuriem Daina māca", "bērni, kurus atbalsta biedrība" (not "kas palīdz": then they are the doers).
    for f in found:
        if not f.accepted and not f.modifier and not reader.in_menu(f.mention.start) \
                and reader.served_by_clause(f.mention.end):
            f.accepted = True
    _coordinated(reader, found)
    accept_apposed(reader, found)  # "bērniem invalīdiem": the disability's noun after its group
    # A modifier ("ar invaliditāti") counts when the noun it qualifies does.
    for f in found:
        if f.modifier and not reader.in_menu(f.mention.start):
            head = reader.modified_noun(f.mention.token_start if f.with_at is None else f.with_at)
            if head is None or reader.in_organisation_name(head) or reader.in_programme_name(head):
                continue
            if head in reader.in_mention:
                f.accepted = reader.in_mention[head].accepted
            else:
                f.accepted = is_served(reader, head, head, f.mention.token_end, f.mention.start)
    _coordinated(reader, found)  # "… bērniem ar īpašām vajadzībām un senioriem": after a modifier
    _parents_qualifier(reader, found)
    _from_origin(reader, found)
    _people_from_origin(reader, found)  # "iedzīvotāji no trūcīgām ģimenēm"
    if listed_after_origin(reader, found):  # "bērniem no trūcīgām ģimenēm, bērniem ar invaliditāti"
        _coordinated(reader, found)  # (… "un senioriem": the list goes on)
    # A genitive qualifying the next group counts when that group does ("romu ģimenēm").
    # So does each genitive of a list of them: "trūcīgo, maznodrošināto, audžuģimeņu bērniem".
    qualifying: set[int] = set()  # the genitives accepted for the group they stand before
    for before, after in reversed(list(zip(found, found[1:]))):
        # (not a masculine singular nominative, which no group word's genitive ends like: "Darba devējs
        # skolēnam apmaksā …" names who pays the pupil)
        if not before.accepted and after.accepted and "genitive" in form(reader.sdoc[before.mention.token_end - 1].text) \
                and not NOMINATIVE_SINGULAR.search(reader.sdoc[before.mention.token_end - 1].text):
            between = reader.sdoc[before.mention.token_end:after.mention.token_start]
            joined = [t for t in between if not t.is_space]
            # (or with another people's genitive between: "mazākumtautību un latviešu jauniešu dialogs")
            other_people = len(joined) == 2 and joined[0].lower_ in ("un", "vai") \
                and joined[1].lower_.startswith(reader.ctx.peoples_genitives)
            # (or sharing the head noun of the next: "valsts, pašvaldību un NVO pārstāvji")
            shared_head = len(joined) == 1 and joined[0].lower_ in (",", "un", "vai") \
                and reader.ctx.person_nouns.fullmatch(reader.sdoc[after.mention.token_end - 1].lower_) is not None
            if not joined or other_people or shared_head or (len(joined) == 1 and joined[0].lower_ in (",", "un", "vai") and id(after) in qualifying):
                before.accepted = True
                qualifying.add(id(before))
    # So does a genitive before a plain noun for people, judged as that noun would be:
    # "sociālā riska grupu nodarbinātajiem", "pensionāru biedriem", "bēgļu bērniem".
    # A firm's word counts only where its people are invited: "aicināti … uzņēmumu pārstāvji".
    for f in found:
        if f.accepted or f.modifier or reader.in_menu(f.mention.start):
            continue
        if "genitive" not in form(reader.sdoc[f.mention.token_end - 1].text):
            continue
        person = reader.person_noun_after(f.mention.token_end)
        person = reader.shared_head_after(f.mention.token_end) if person is None else person
        if person is not None and f.invited_only:
            f.accepted = is_invited(reader, person, f.mention.token_start, f.mention.start)
        elif person is not None:
            f.accepted = is_served(reader, person, f.mention.token_start, person + 1, f.mention.start)
    # Groups given as examples in brackets after a word for groups, before a service noun: "caur
    # dažādu sabiedrības grupu (ģimenes, personas ar invaliditāti, ielu bērni) integrāciju".
    for f in found:
        if not f.accepted and not f.modifier and not reader.in_menu(f.mention.start) and _bracketed_example(reader, f):
            f.accepted = True
    # An abbreviation in brackets right after its group's full name is judged as the name is: "piedalīties
    # nevalstisko organizāciju (NVO) … organizētajās aktivitātēs" (the NGOs organise).
    for before, after in zip(found, found[1:]):
        if after.id == before.id and not before.modifier and not after.modifier \
                and reader.doc.text[before.mention.end:after.mention.start].strip() == "(" \
                and reader.doc.text[after.mention.end:after.mention.end + 1] == ")" \
                and reader.person_noun_after(after.mention.token_end + 1) is None:  # (not "(NVO) pārstāvji")
            after.accepted = before.accepted
    for i, f in enumerate(found):
        if f.accepted and names_one_organisation(reader, f):
            f.accepted = False
        # Not people served: a profession ("speciālista, pavāra u.c. profesijas"), the hosts of a
        # shadowing day ("speciālisti kopā ar savām ēnām"), a survey's figures ("92% jauniešu atzinuši").
        if f.accepted and not f.applicant and (names_a_profession(reader, f) or shadowed(reader, f)
                                               or counted_in_statistic(reader, f)):
            f.accepted = False
        if f.applicant and not reader.in_menu(f.mention.start):
            f.accepted = True  # "Projekta iesniedzējs var būt biedrība vai nodibinājums"
        # Teachers listed after the pupils of a trip go with them: "kopā devās septiņi skolēni un
        # divas skolotājas", "skolēni un viņu skolotāji" (the words are data: teacher_words, trip_words).
        if f.accepted and f.id == "professionals" and accompanies(reader, found, i):
            f.accepted = False
        if f.accepted and not f.applicant and joins_as_well(reader, found, i):
            f.accepted = False  # "piedalījās arī sociālie darbinieki" beside the seniors served
        if f.accepted and not f.applicant and own_community(reader, f.mention.token_start):
            f.accepted = False  # "skolas saime – audzēkņi un pedagogi": who they are, not served
        # Helpers and performers stay apart even where a list or a relative clause joined them to
        # those served ("piedalījās seniori, kuriem palīdzēja skolotāji un skolēni").
        m = f.mention
        head = m.token_end - 1
        if f.accepted and not f.modifier and not f.applicant and (
                helps(reader, head, m.token_start, m.token_end) or invited_to_speak(reader, m.token_start, m.token_end)
                or (reader.sdoc[head].text.lower().endswith(("i", "ie")) and performs(reader, head, m.token_start, m.token_end))):
            f.accepted = False
