"""Finding the group words of a document: the taxonomy's mentions (via the shared vocabulary
matcher), older people said by their age ("cilvēkiem pēc 50"), and NEET youth said in words
("jaunieši, kuri nemācās un nestrādā"). Each becomes a `Found`, not yet accepted."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...document import Document
from ...latvian.relatives import relative_pronoun
from ...word_regex import alternation, gated_finditer
from ..vocabulary import Mention, load
from .between import PLURAL_RELATIVE, relative_opening
from .lexicon import INVITED, MODIFIER, bare_modifiers, context, vocabulary
from .regions import list_regions


@dataclass
class Found:
    mention: Mention
    id: str
    modifier: bool
    accepted: bool = False
    invited_only: bool = False
    applicant: bool = False  # named as who may apply or receive: counts (see `applicants`)
    with_at: int | None = None  # a modifier listed after one "ar": that word's token (see `listed_modifiers`)
    of_qualified: bool = False  # parents said by their qualified children: "bērnu ar invaliditāti vecākiem" (see `parents`)


def unaccept_worded(text: str, found: list[Found], group_id: str, drop) -> None:
    """Un-accept the accepted mentions of `group_id` whose lower-case words `drop` (a predicate on
    that word list) turns away: the end-of-document vetoes by a mention's own words (unaccept_stemmed,
    parents_alone.py)."""
    for f in found:
        if f.accepted and f.id == group_id and drop(text[f.mention.start:f.mention.end].lower().split()):
            f.accepted = False


def unaccept_stemmed(text: str, found: list[Found], group_id: str, stems: tuple[str, ...],
                     kept: tuple[str, ...]) -> None:
    """Un-accept the accepted mentions of `group_id` that hold a word beginning with one of `stems`
    and none beginning with one of `kept`: the one-word vetoes (poverty.py, pensioners.py)."""
    unaccept_worded(text, found, group_id,
                    lambda words: any(w.startswith(stems) for w in words) and not any(w.startswith(kept) for w in words))


# NEET said in words: "jaunieši, kuri nemācās un nestrādā", "jauniešiem, kas nestrādā, nemācās un
# neapgūst arodu", "jauniešiem vecumā no 15 līdz 29 gadiem, kuri nemācās un nestrādā" (the range may
# say "(ieskaitot)": "vecumā no 15 līdz 29 gadiem (ieskaitot), kuri nemācās, nestrādā …").
# A few words may stand before the first of them and between two ("kuri dažādu iemeslu dēļ
# pašlaik nemācās, nestrādā algotu darbu, neapgūst arodu"); two such verbs are needed, since one
# ("jaunieši, kas nestrādā") is only unemployed. The reach is bounded: match() at one place only.
NEET_VERB = r"ne(?:mācās|strādā|apgūst)"
# "kuri", "kas": the masculine plural's subject (relatives.FORMS).
_WHO = relative_pronoun("nominative", without=("kurš", "kura", "kuras"))
NEET_CLAUSE = re.compile(r"(?:\s+vecumā\s+(?:no\s+)?\d{1,2}\s*(?:-|–|līdz)\s*\d{1,2}\s+gad\w*(?:\s*\(\s*ieskaitot\s*\))?)?\s*,?\s*(?:" + _WHO + r")\s+"
                         r"(?:[^\W\d]+\s+){0,4}?" + NEET_VERB + r"\w*[^.;:!?\n]{1,30}?(?<!\w)" + NEET_VERB)


# Older people said by their age: "cilvēkiem pēc 50", "personas vecumā virs 55 gadiem", "cilvēki
# 50+", "cilvēkiem vecumā 50+", "iedzīvotāji, vecāki par 60 gadiem", "personas, kuras ir vecākas par 55 gadiem" (not
# "personas no 50 valstīm": the number ends the phrase or counts years), "personām, kuras sasniegušas 60
# gadu vecumu". The noun is the mention;
# its context decides as for any group.
OLDER_BY_AGE = re.compile(r"(?<!\w)(?P<noun>(?:cilvēk|person|iedzīvotāj|interesent|strādājoš)\w*)\s*,?\s+"
                          r"(?:(?:" + PLURAL_RELATIVE + r"\s+(?:ir\s+)?)?(?:vecumā\s+)?(?:pēc|virs|no|vecāk\w*\s+par)\s+"
                          r"(?P<age>\d{2})(?=\s*(?:\+|gad|g\.|[.,;:!?)]|$))|(?:vecumā\s+)?\(?(?P<plus>\d{2})\s*\+"
                          # "personām, kuras (līdz gada beigām) ir sasniegušas 60 gadu vecumu"
                          r"|" + PLURAL_RELATIVE + r"\s+(?:\S+\s+){0,5}?sasnieg\w*\s+(?P<reached>\d{2})\s+gadu\s+vecum)",
                          re.IGNORECASE | re.MULTILINE)
SENIOR_AGE = 50


def _noun_mentions(doc: Document, taken: list[Found], matches, group: str) -> list[Found]:
    """One mention of `group` per match, at its "noun" group, where no mention is yet."""
    taken_tokens = {i for f in taken for i in range(f.mention.token_start, f.mention.token_end)}
    found = []
    for m in matches:
        start, end = m.span("noun")
        tokens = doc.spacy.char_span(start, end, alignment_mode="expand")
        if tokens is not None and not taken_tokens.intersection(range(tokens.start, tokens.end)):
            found.append(Found(Mention(group, start, end, tokens.start, tokens.end), group, False))
    return found


def older_by_age(doc: Document, taken: list[Found]) -> list[Found]:
    old_enough = (m for m in gated_finditer(OLDER_BY_AGE, doc.text) if int(m.group("age") or m.group("plus") or m.group("reached")) >= SENIOR_AGE)
    return _noun_mentions(doc, taken, old_enough, "seniors")


# The little ones said as the little people of a place ("mazie jelgavnieki", "mazajiem pilsētniekiem";
# not beside the big, `BIG_BEFORE`): an adjective of smallness ([little_aged]
# adjectives) before a noun of people by its ending ([little_townsfolk] endings; not the small farmers
# and owners of `not_stems`) is a children mention, the adjective and noun its span; its context decides.
@lru_cache(maxsize=1)
def _little_townsfolk() -> re.Pattern:
    c = load("target_groups")
    folk = c["little_townsfolk"]
    return re.compile(r"(?<!\w)(?P<noun>%s[ \t]+(?!\w*%s)[^\W\d_]+%s)(?!\w)"
                      % (alternation(c["little_aged"]["adjectives"]), alternation(folk["not_stems"]),
                         alternation(folk["endings"])), re.IGNORECASE)


# The small beside the big ("mazos un lielos alūksniešus", "lielie un mazie salaspilieši", "gan
# lielie, gan mazie …") are all the people of the place, no children of their own (blind readers
# list none on two pages of three). Bounded: the few characters before the adjective.
BIG_BEFORE = re.compile(r"(?<!\w)liel\w*[ \t]*,?[ \t]+(?:un|vai|gan)[ \t]+$", re.IGNORECASE)
BIG_REACH = 25


def little_townsfolk(doc: Document, found: list[Found]) -> list[Found]:
    """`found` with the little people of a place added; a bare "mazajiem" (a children form) that begins
    one ("mazajiem pilsētniekiem") gives way to it."""
    little = _noun_mentions(doc, [f for f in found if f.id != "children"],
                            (m for m in gated_finditer(_little_townsfolk(), doc.text)
                             if not BIG_BEFORE.search(doc.text, max(0, m.start() - BIG_REACH), m.start())), "children")
    if not little:
        return found
    spans = [range(f.mention.token_start, f.mention.token_end) for f in little]
    kept = [f for f in found if f.id != "children" or not any(f.mention.token_start in r for r in spans)]
    return kept + little


# The plural's "kuri", "kuriem", "kuru", "kurus" and "kas", "kam" (relatives.FORMS; "kurus" it lacks),
# and the feminine plural's "kuras", "kurām" for mothers ("māmiņas, kuras audzina bērnus vienas").
_PARENTS_RELATIVE = relative_pronoun("nominative", "dative", "accusative", also=("kurus",),
                                     without=("kurš", "kura", "kuram", "kurai", "ko"))


# Parents said by their children: "vecākus, kuriem ir bērni ar …", "vecākiem, kuri audzina bērnus",
# "vecāki, kuru bērni apmeklē …", "māmiņas, kuras audzina bērnus vienas" are families mentions, as
# "bērnu vecāki" is; with no family word among them they give no families (parents_alone.py). The noun is the mention; its context decides. (Not "vecāki" alone: it is also "older".) Bounded: a few words.
# ... and by their children qualified in between: "bērnu ar invaliditāti vecākiem", "skolēnu ar
# mācīšanās traucējumiem vecāki" (the qualifier is a group of its own, judged by its noun; such a
# mention is marked `of_qualified` for accepted.py). Words: target_groups.toml [parents].
@lru_cache(maxsize=1)
def _parents_patterns() -> tuple[re.Pattern, re.Pattern]:
    c = load("target_groups")["parents"]
    noun = r"(?P<noun>" + c["noun"] + r")"
    after = re.compile(r"(?<!\w)" + noun + relative_opening(_PARENTS_RELATIVE)
                       + r"(?:[^\W\d]+\s+){0,3}?(?:" + "|".join(c["children_after"]) + ")", re.IGNORECASE)
    qualified = re.compile(r"(?<!\w)(?:" + "|".join(c["children_qualified"]) + r")u\s+ar\s+(?:[^\W\d]+\s+){1,3}?"
                           + noun + r"(?!\w)", re.IGNORECASE)
    return after, qualified


def parents(doc: Document, taken: list[Found]) -> list[Found]:
    after, qualified = _parents_patterns()
    said = _noun_mentions(doc, taken, gated_finditer(after, doc.text), "families")
    of_qualified = _noun_mentions(doc, taken + said, gated_finditer(qualified, doc.text), "families")
    for f in of_qualified:
        f.of_qualified = True
    return said + of_qualified


# Municipalities' people said by the municipalities' genitive sharing the head noun of the owners
# listed after it: "pašvaldību un biedrību pārstāvjiem", "pašvaldību, skolu un NVO pārstāvji" (the
# genitive alone is no group's word, so it is a mention only there). Up to three owners, each a
# plural genitive or an abbreviation, one qualifying word before each; the served rules then judge
# it as the genitive of that noun (accepted.accept). Bounded: match() at each "pašvaldību" only.
# (the state's singular genitive too: "pašvaldību un valsts pārvaldes pārstāvji"; and a sector or civil
# society by its singular genitive: "pašvaldību, kultūras organizāciju un pilsoniskās sabiedrības pārstāvjus",
# "pašvaldību un privātā sektora pārstāvji")
OWNER = r"(?:(?:[^\W\d_]+\s+)?(?:[^\W\d_]+[uo]|[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,})|valsts\s+[^\W\d_]+(?:as|es)" \
    r"|[^\W\d_]+(?:ā|ās)\s+(?:sektora|sabiedrības))"
# (also the paired "gan …, gan …": "gan nevalstiskā sektora, gan uzņēmēju pārstāvjus")
OWNERS_JOIN = r"(?:\s*,\s*(?:un\s+|vai\s+|kā\s+arī\s+|gan\s+)?|\s+(?:un|vai|kā\s+arī)\s+)"
# The NGO sector said by its genitive singular, which no NGO form holds alone ("nevalstiskā
# sektora attīstība" is a topic), sharing the head noun the same way: "nevalstiskā sektora un
# uzņēmēju pārstāvji" (the NGOs' people).
NGO_SECTOR = r"(?:[Nn]evalstiskā|[Nn]evaldības|NVO)\s+sektora"


@lru_cache(maxsize=2)
def _owner_sharing_head(noun: str) -> re.Pattern:
    people = context().person_nouns.pattern  # the shared head noun ("pārstāvji", …)
    return re.compile(r"(?<![^\W\d_])(?P<noun>" + noun + r")(?=" + OWNERS_JOIN + OWNER + r"(?:" + OWNERS_JOIN + OWNER + r"){0,2}"
                      r"\s+(?:" + people + r")(?![^\W\d_]))")


# The firms' genitive shares the head the same way: "uzņēmumu, biedrību un iestāžu pārstāvji" are the
# firms' people too (employers, as "uzņēmumu pārstāvji" is: counted only where invited, like that form).
FIRMS = r"[Uu]zņēmumu"


def municipal_owners(doc: Document, taken: list[Found]) -> list[Found]:
    """"pašvaldību un biedrību pārstāvjiem": the municipalities' people (professionals); "gan
    nevalstiskā sektora, gan uzņēmēju pārstāvji": the NGOs' people (ngo); "uzņēmumu, biedrību un
    iestāžu pārstāvji": the firms' people (employers, invited only). Each scan skipped on a text
    without its noun (gated_finditer)."""
    firms = _noun_mentions(doc, taken, gated_finditer(_owner_sharing_head(FIRMS), doc.text), "employers")
    for f in firms:
        f.invited_only = True
    return _noun_mentions(doc, taken, gated_finditer(_owner_sharing_head("[Pp]ašvaldību"), doc.text), "professionals") \
        + _noun_mentions(doc, taken, gated_finditer(_owner_sharing_head(NGO_SECTOR), doc.text), "ngo") + firms


# Associations and foundations named as who may apply or receive funding ("Projekta iesniedzējs ir
# … reģistrēta biedrība vai nodibinājums", "Projektu pieteicēji var būt biedrības", "var pieteikties
# reģistrētas biedrības", "iniciatīvas grupas un biedrības var saņemt finansējumu"). The singular
# "biedrība" and the plural nominative "biedrības" are no group word elsewhere (a name follows one
# association, the genitive "biedrības „…”" names one), so here the frame decides. Bounded reach.
# (the patterns are data: data/target_groups.toml, [applicants]; "{ngo}" stands for the NGO noun)


@lru_cache(maxsize=1)
def _applicants() -> list[re.Pattern]:
    data = load("target_groups")["applicants"]
    return [re.compile(p.replace("{ngo}", data["ngo_noun"] + data["ngo_phrase_end"]), re.IGNORECASE) for p in data["patterns"]]


# The same nouns as an item of a list of those who may apply or receive, after a header such as
# "Projektus var iesniegt:", "Atbalsta pretendenti:" or "Atbalstu var saņemt" alone on its line
# ("• biedrības, kurās …", "juridiska persona (tostarp pašvaldība, biedrība un nodibinājums)"). An
# item's head: a few words at most after the list's start, a bullet, a comma or "un"/"vai", and no
# noun after it that it would qualify as a genitive ("biedrības biedri"). Bounded: a short window back.
ITEM_START = re.compile(r"(?:[\n,;:(•*·–—-]|(?<!\w)(?:un|vai|tostarp|arī|skaitā))[ \t]*(?:[^\W\d_]+[ \t]+){0,4}$")
ITEM_END = re.compile(r"[ \t]*(?:[,;.)*:]|\n|$|(?:un|vai|kas|kur\w*|ja)(?!\w))")
ITEM_REACH = 60


@lru_cache(maxsize=1)
def _applicant_lists() -> tuple[re.Pattern, re.Pattern]:
    data = load("target_groups")["applicants"]
    # (before its colon, or alone on its line with the list's first item next: "• …", "1) …")
    header = re.compile(r"(?<!\w)(?:" + "|".join(data["list_headers"]) + r")(?:[ \t]*:|(?=[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:[-–—•*·]|\d+[.)])))",
                        re.IGNORECASE)
    return header, re.compile(data["ngo_noun"], re.IGNORECASE)


def _listed_applicants(doc: Document) -> list[tuple[int, int]]:
    header, noun = _applicant_lists()
    spans = []
    for start, end in list_regions(doc.text, header, context().awards):
        for m in noun.finditer(doc.text, start, end):
            # (from the header's colon or line end on: a list's first item follows it)
            if ITEM_START.search(doc.text, max(start - 1, m.start() - ITEM_REACH), m.start()) and ITEM_END.match(doc.text, m.end()):
                spans.append(m.span("noun"))
    return spans


def applicants(doc: Document, taken: list[Found]) -> list[Found]:
    """Mark the NGO words named as applicants (a mention there already) or add them as `ngo`."""
    by_token = {i: f for f in taken for i in range(f.mention.token_start, f.mention.token_end)}
    added: list[Found] = []
    # (each pattern's scan skipped on a text without the words its every match needs: most texts)
    said = [m.span("noun") for pattern in _applicants() for m in gated_finditer(pattern, doc.text)]
    for start, end in said + _listed_applicants(doc):
        tokens = doc.spacy.char_span(start, end, alignment_mode="expand")
        if tokens is None:
            continue
        known = next((by_token[i] for i in range(tokens.start, tokens.end) if i in by_token), None)
        if known is not None:
            if known.id == "ngo":
                known.applicant = True
            continue
        f = Found(Mention("ngo", start, end, tokens.start, tokens.end), "ngo", False, applicant=True)
        added.append(f)
        for i in range(tokens.start, tokens.end):
            by_token[i] = f
    return added


# One "ar" and a list of short items (up to four words each) joined by commas, "un" or "vai", up to
# the item at the end: "ar atkarībām, invaliditāti, " before "zemu izglītības līmeni".
WITH_LIST = re.compile(r"(?<![^\W\d_])ar\s+(?:[^\W\d_]+\s+){0,3}[^\W\d_]+(?:\s*,\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)*"
                       r"(?:\s*,\s*|\s+(?:un|vai)\s+|\s*,\s*(?:un|vai|kā arī)\s+)$", re.IGNORECASE)
WITH_REACH = 90


def listed_modifiers(doc: Document, taken: list[Found]) -> list[Found]:
    """"NEET mērķgrupai ar atkarībām, invaliditāti, zemu izglītības līmeni": a modifier said without
    its "ar" as a later item of a list that one "ar" opens qualifies the noun before that "ar"."""
    taken_tokens = {i for f in taken for i in range(f.mention.token_start, f.mention.token_end)}
    found = []
    for m in bare_modifiers().find(doc):
        if taken_tokens.intersection(range(m.token_start, m.token_end)):
            continue
        window = max(0, m.start - WITH_REACH)
        opened = WITH_LIST.search(doc.text, window, m.start)
        at = doc.spacy.char_span(opened.start(), opened.start() + 2) if opened else None
        if at is not None:
            found.append(Found(m, m.id, True, with_at=at.start))
    return found


def find(doc: Document) -> list[Found]:
    """The group mentions of `doc` in text order, with ids resolved (modifiers and
    invited-only entries marked, NEET youth told apart from youth)."""
    found = [Found(m, m.id.removesuffix(MODIFIER).removesuffix(INVITED), m.id.endswith(MODIFIER),
                   invited_only=m.id.endswith(INVITED)) for m in vocabulary().find(doc)]
    places, verbs = context().place_names, context().verbs_like_person_nouns
    found = [f for f in found if not f.id.startswith("_") and doc.text[f.mention.start:f.mention.end] not in places
             and doc.text[f.mention.start:f.mention.end].rsplit(None, 1)[-1].lower() not in verbs]
    found = little_townsfolk(doc, found)  # "mazie jelgavnieki"
    found = found + older_by_age(doc, found) + parents(doc, found) + municipal_owners(doc, found)
    found = sorted(found + applicants(doc, found) + listed_modifiers(doc, found), key=lambda f: f.mention.start)
    for f in found:
        if f.id == "youth" and NEET_CLAUSE.match(doc.text, f.mention.end):
            f.id = "neet"
    return found
