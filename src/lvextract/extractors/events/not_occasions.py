"""Event nouns that name no occurrence of the text though they stand near a day (RECORD.md: the type
is what takes place): a genitive before a head that is no occurrence ("apmācības pakalpojumi" are
services, "nometnes vadītāja" a person's role, "festivāla koncepcija" what plans it), what money is raised for ("vāca naudu ekskursijai"),
what a place serves ("vieta gan mācībām, gan atpūtai"),
the inviting subject ("Muzeja ekspozīcija aicina uz svinībām": the svinības take place), a
programme's measure ("Lauku attīstības programmas pasākums “…”", "pasākuma “Atbalsts …” ietvaros"), a standing display seen on a
visit ("iepazinās ar muzeja ekspozīciju"), a museum's standing offer ("būs atvērtas muzeja izstādes un
ekspozīcijas"), the goal of a ride ("nokļūšanu uz svētku gājienu"), a feast word describing a named occurrence after a
dash ("muzeju svētki – pasākums “Muzeju nakts”") or before a dash and a specific noun led by its
genitives ("amatnieku svētki – meistaru darbu gadatirgus"). Data: events.toml [not_occasions].
One bounded match at each noun; O(nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import NOUN_DATIVE_ENDINGS, stem
from ...latvian.orthography import DASH, LOWER
from .addressees import addressed
from .lexicon import generic_types, literals, stems, vocabulary
from .noun_mention import GENITIVE_MODIFIER, TITLE_AFTER_NOUN, NounMention

WITHIN = re.compile(r"\s+ietvaros\b", re.IGNORECASE)
APPOSITION_DASH = re.compile(rf"\s*{DASH}\s*")
WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
# A lower-case genitive of the body a role belongs to, between the noun and the role ("Dziesmu svētku
# pašvaldības koordinatori": the feast's municipal coordinators).
BODY_GENITIVE = re.compile(rf"[{LOWER}]+(?:as|es|u)")
# A definite adjective agreeing with the head, passed over like a body's genitive ("festivāla jauno
# koncepciju", "festivāla jaunais mērķis"); only endings no noun's locative shares, so a frame word
# stays a frame ("svētku laikā", "svētku dienās organizatori aicina": the feast takes place).
HEAD_ADJECTIVE = re.compile(rf"[{LOWER}]+(?:ais|ajam|ajai|ie|ajiem|ajām|o)")
MAX_BODY_GENITIVES = 2
# The word before, past the programme's years ("programmas 2014.–2020. gadam pasākums").
WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:[ \t]+[\d.\s–—-]+gad(?:am|a|ā|iem)?)?[ \t]+$")
REACH = 40
SINGULAR_GENITIVE = re.compile(r"(?:as|es|[^aā]a)$")


def _call_heads(calls: list[str]) -> str:
    """The calls' words as an alternation, the head (a masculine "-s" noun) by its word start:
    "projektu[ \t]+konkurs" of "konkurss", "konkursu", "konkursam"."""
    return "|".join(re.escape(first) + r"[ \t]+" + re.escape(head[:-1]) for first, head in map(str.split, calls))


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocabulary()["not_occasions"]
    return {"heads": stems("not_occasions", "heads"), "qualified": stems("not_occasions", "qualified_nouns"),
            "direct": stems("not_occasions", "direct_heads"),
            "calls": frozenset((first, stem(head)) for first, head in map(str.split, words["calls"])),
            # "konkursu bērnu vasaras nometnēm": the dative a call is for, up to two genitives or adjectives between
            "call_for": re.compile(rf"(?<!\w)(?:{_call_heads(words['calls'])})\w*[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}$",
                                   re.IGNORECASE),
            "owners": stems("not_occasions", "measure_owners"),
            "displays": frozenset(words["displays"]),
            "inviters": frozenset(words["inviting_subjects"]),
            "named_after": frozenset(words["named_after_dash"]),
            "standing_plurals": frozenset(words["standing_plurals"]),
            # the partner after "un", maybe past one adjective ("izstādes un pastāvīgās ekspozīcijas")
            "partner_after": re.compile(rf"[ \t]+un[ \t]+(?:[^\W\d_]+[ \t]+)?(?:{literals(words['standing_partners'])})"
                                        r"(?!\w)", re.IGNORECASE),
            "partner_before": re.compile(rf"(?<!\w)(?:{literals(words['standing_partners'])})[ \t]+un[ \t]+"
                                         r"(?:[^\W\d_]+[ \t]+)?$", re.IGNORECASE),
            # an opening word earlier in the noun's clause ("tiks atklātas jaunas izstādes un ekspozīcijas")
            "opened_before": re.compile(rf"(?<!\w)(?:{literals(words['opened'])})[^.!?;:\n]*$", re.IGNORECASE),
            "opened": re.compile(rf"(?<!\w)(?:{literals(words['opened'])})", re.IGNORECASE),
            "seen": re.compile(rf"(?<!\w)(?:{literals(words['seen'])})\w*[^.!?\n]{{0,60}}$", re.IGNORECASE),
            "place_for": re.compile(rf"(?<!\w)(?:{literals(words['places_for'])})[ \t]+(?:gan[ \t]+)?$", re.IGNORECASE),
            # "nokļūšanu uz gadatirgu", "nokļūt uz svētku gājienu un koncertu": up to four words and a list's joint between
            "reached": re.compile(rf"(?<!\w)(?:{literals(words['reaching'])})[ \t]+uz[ \t]+"
                                  rf"(?:[^\W\d_]+(?:[ \t]*,[ \t]*|[ \t]+un[ \t]+|[ \t]+)){{0,4}}$", re.IGNORECASE),
            "money": re.compile(rf"(?<!\w)(?:{literals(words['money'])})[ \t]+(?:[^\W\d_]+[ \t]+)?$", re.IGNORECASE),
            # A day may stand between the subject and its verb ("ekspozīcija 21. jūnijā aicina uz …").
            "invites": re.compile(rf"(?:[ \t]+[^\s.!?]+\.?){{0,4}}?[ \t]+(?:{literals(words['inviting'])})[ \t]+"
                                  rf"(?:[^\W\d_]+[ \t]+){{0,3}}?uz[ \t]+(?:[^\W\d_]+[ \t]+){{0,2}}", re.IGNORECASE)}


def without_non_occasions(doc: Document, nouns: list[NounMention]) -> list[NounMention]:
    return [n for k, n in enumerate(nouns) if not _non_occasion(doc, nouns, k)]


def _non_occasion(doc: Document, nouns: list[NounMention], k: int) -> bool:
    n, text, words = nouns[k], doc.text, _words()
    surface = text[n.start:n.end].lower()
    after = WORD_AFTER.match(text, n.end, min(len(text), n.end + REACH))
    if after and GENITIVE_MODIFIER.search(surface) and _role_head(text, after, words, surface, n.kind):
        return True
    if after and GENITIVE_MODIFIER.search(surface) and _call_after(text, after, words):
        return True  # "nometņu projektu konkursu": what a grant call funds
    if surface.endswith(NOUN_DATIVE_ENDINGS) and words["call_for"].search(text, max(0, n.start - 2 * REACH), n.start):
        return True  # what a grant call is for ("projektu konkursu bērnu vasaras nometnēm")
    if surface.endswith(NOUN_DATIVE_ENDINGS) and (words["money"].search(text, max(0, n.start - REACH), n.start)
                                                  or words["place_for"].search(text, max(0, n.start - REACH), n.start)):
        return True  # what money is raised for, or what a place serves ("vietu gan mācībām")
    if words["reached"].search(text, max(0, n.start - 2 * REACH), n.start):
        return True  # where a ride takes people, its day is the ride's ("nokļūšanu uz svētku gājienu")
    # A standing display seen on a visit ("apmeklēja muzeju, lai iepazītos ar tā ekspozīciju").
    if n.kind in words["displays"] and words["seen"].search(text, max(0, n.start - 2 * REACH), n.start) \
            and not words["opened"].search(text, max(0, n.start - 2 * REACH), min(len(text), n.end + REACH)):
        return True  # not when opened: "apmeklētāji varēs piedalīties ekspozīcijas atklāšanā"
    if _standing_offer(text, n, surface, words):
        return True  # "būs atvērtas muzeja izstādes un ekspozīcijas": the museum's standing offer
    if n.kind in generic_types():
        before = WORD_BEFORE.search(text, max(0, n.start - 2 * REACH), n.start)
        if before and stem(before.group(1)) in words["owners"] or _measure_within(doc, nouns, k):
            return True
    # "muzeju svētki – pasākums “Muzeju nakts”": the feast word describes the named occurrence,
    # whose name's own noun types it.
    if n.kind in words["named_after"] and (_named_after_dash(doc, nouns, k) or _specific_after_dash(doc, nouns, k)):
        return True
    # A standing display inviting to an occurrence gives way to it, in the same sentence (a camp
    # inviting to its lessons stays the camp).
    nxt = nouns[k + 1] if k + 1 < len(nouns) else None
    if nxt is not None and n.kind in words["inviters"] and doc.sentence_index(nxt.start) == doc.sentence_index(n.start):
        return nxt.start - n.end < 2 * REACH and words["invites"].fullmatch(text, n.end, nxt.start) is not None
    return False


def _standing_offer(text: str, n: NounMention, surface: str, words: dict) -> bool:
    """An exhibition noun in the plural joined by "un" to a display noun's plural ("muzeja izstādes un
    ekspozīcijas", "ekspozīcijās un izstādēs"): what a museum shows, no occurrence; not after an
    opening word in its clause."""
    if surface not in words["standing_plurals"]:
        return False
    joined = words["partner_after"].match(text, n.end, min(len(text), n.end + REACH)) is not None \
        or words["partner_before"].search(text, max(0, n.start - REACH), n.start) is not None
    return joined and words["opened_before"].search(text, max(0, n.start - 2 * REACH), n.start) is None


def _call_after(text: str, after: re.Match, words: dict) -> bool:
    """The words after the noun are a grant call's ("projektu konkursu"), its head in no singular genitive."""
    head = WORD_AFTER.match(text, after.end(), min(len(text), after.end() + REACH))
    if head is None or SINGULAR_GENITIVE.search(head.group(1).lower()):
        return False
    return (after.group(1).lower(), stem(head.group(1).lower())) in words["calls"]


def _role_head(text: str, after: re.Match, words: dict, surface: str, kind: str) -> bool:
    """The word after the noun is a role's head, or is reached past a body's genitive or two, or the
    head's own adjective."""
    for reached in range(MAX_BODY_GENITIVES + 1):
        word = after.group(1)
        if stem(word) in words["heads"] and not (reached and stem(word) in words["direct"]):
            following = WORD_AFTER.match(text, after.end(), min(len(text), after.end() + REACH))
            if following and stem(following.group(1)) in words["qualified"]:
                return False  # "brīvprātīgā darba veicējiem": an adjective of the work, no role
            return not addressed(word, surface, kind)  # "apmācības skolotājiem": for whom, no role
        if not (BODY_GENITIVE.fullmatch(word) or HEAD_ADJECTIVE.fullmatch(word)):
            return False
        after = WORD_AFTER.match(text, after.end(), min(len(text), after.end() + REACH))
        if after is None:
            return False
    return False


def _named_after_dash(doc: Document, nouns: list[NounMention], k: int) -> bool:
    if k + 2 >= len(nouns) or nouns[k + 1].kind not in generic_types():
        return False
    generic, inner = nouns[k + 1], nouns[k + 2]
    if not APPOSITION_DASH.fullmatch(doc.text, nouns[k].end, generic.start):
        return False
    m = TITLE_AFTER_NOUN.match(doc.text, generic.end, min(len(doc.text), generic.end + 260))
    return m is not None and m.start(1) <= inner.start < m.end(1)



# The dash, then one to five words naming what the specific noun is of ("amatniecības svētki –
# tautas mākslas darinājumu gadatirgus"), with no mark of a clause or list between.
DASH_THEN_WORDS = re.compile(rf"[ \t]*{DASH}[ \t]*(?:[^\W\d_]+[ \t]+){{1,5}}")
# After the specific noun, a list going on ("svētki – tirgus, koncerts un balle"): the feast is
# the umbrella of its items then, and stays.
LIST_GOES_ON = re.compile(r"[ \t]*(?:,|un)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}")


def _specific_after_dash(doc: Document, nouns: list[NounMention], k: int) -> bool:
    """"gada lielākie amatniecības svētki – tautas mākslas darinājumu gadatirgus": a feast word
    set before a dash and a specific occurrence's noun (led by its genitives) only describes it;
    that noun types the occurrence."""
    if k + 1 >= len(nouns):
        return False
    head = nouns[k + 1]
    if head.kind in generic_types() or head.kind == nouns[k].kind:
        return False
    if not DASH_THEN_WORDS.fullmatch(doc.text, nouns[k].end, head.start):
        return False
    after = nouns[k + 2] if k + 2 < len(nouns) else None
    return after is None or not LIST_GOES_ON.fullmatch(doc.text, head.end, after.start)


def _measure_within(doc: Document, nouns: list[NounMention], k: int) -> bool:
    """"pasākuma “Atbalsts uzņēmējiem” ietvaros": a generic noun in the genitive whose quoted name
    holds no occurrence's noun, before "ietvaros", is a programme's measure."""
    n = nouns[k]
    if not doc.text[n.start:n.end].lower().endswith("a"):
        return False
    m = TITLE_AFTER_NOUN.match(doc.text, n.end, min(len(doc.text), n.end + 260))
    if m is None or not WITHIN.match(doc.text, m.end()):
        return False
    return not (k + 1 < len(nouns) and m.start(1) <= nouns[k + 1].start < m.end(1))
