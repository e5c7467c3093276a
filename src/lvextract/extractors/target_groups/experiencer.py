"""Groups named without being served, read from the few words around the mention (target_groups.toml
[context] experiencer_words, community_words): whom things go well or badly for, or whom advice is
for ("cik jautri maziem bērniem klājas", "ko teikt sievietei"), those a thing is handed on to
("nodots tālāk bērniem"), and the people of a place told as who
they are ("visa lauku skolas saime – audzēkņi un pedagogi"), and those asked questions, who answer them
("jautājumus varēs uzdot speciālistiem"; target_groups.toml [asked]) and the providers one calls or
writes to ("jāzvana sociālajam darbiniekam"). Each looks at a fixed handful of tokens
next to the mention, never the whole sentence (issue 13: linear cost)."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clause_words import clause_words_after, clause_words_before
from .clauses import LIST_JOINS
from .list_walks import LIST_STEPS, past_list_after, steps_back
from .reader import Reader

EXPERIENCER_REACH = 2  # words either side: "ko teikt mazam bērnam", "bērniem klājas"
COMMUNITY_REACH = 8  # tokens back to the dash: "saime – audzēkņi, vecāki un pedagogi"
DASHES = frozenset("-–—")


def experiences(reader: Reader, start: int, end: int) -> bool:
    """Whether the dative group between tokens `start` and `end` is whom things go for or advice is for."""
    words = reader.ctx.experiencer_words
    # (from the list's first group: "radīja spriedzi arī mediķiem un speciālistiem")
    before = list(clause_words_before(reader, reader.first_of_group_list(start, LIST_STEPS), EXPERIENCER_REACH))
    # (a word of handing on right before the group counts after another word of its clause)
    handed_on = len(before) > 1 and before[0] in reader.ctx.handing_on_words
    return handed_on or any(w in words for w in before) \
        or any(w in words for w in clause_words_after(reader, past_list_after(reader, end, LIST_STEPS), EXPERIENCER_REACH))


def own_community(reader: Reader, start: int) -> bool:
    """Whether the group from token `start` is listed after a dash that follows a word for the people
    of a place: "skolas saime – audzēkņi un pedagogi" (only words, commas and "un" between)."""
    i, seen = start - 1, 0
    sdoc = reader.sdoc
    while i > 0 and seen < COMMUNITY_REACH:
        token = sdoc[i]
        if token.text in DASHES:
            previous = reader.previous_word(i)
            return previous is not None and reader.word(previous) in reader.ctx.community_words
        if token.is_punct and token.text != ",":
            return False
        if not token.is_space:
            seen += 1
        i -= 1
    return False


def contacted(reader: Reader, start: int, group: str) -> bool:
    """Whether the dative provider from token `start` is the one to call or write to — the reader
    turns to it for help, it is not served: a verb of contacting (target_groups.toml [asked]
    `contacting_verbs`) a few words before it in its clause ("ģimenēm jāzvana sava pagasta sociālajam
    darbiniekam"). Only providers: "zvanīt vientuļajiem senioriem" is a service to them."""
    if group not in reader.ctx.providers:
        return False
    reach, contacting = _contacting()
    return any(w.startswith(contacting) for w in _words_before_list(reader, start, reach)) \
        or _gone_to(reader, start)


TURNED_TO_REACH = 4  # words between "pie" and the provider: "pie NVA Jaunatnes nodaļas galvenās"
# The endings of the genitives and adjectives that may stand in that phrase ("nodaļas", "galvenās",
# "sociālā dienesta", "jaunatnes lietu", "sociālo"): not a locative "-os" nor a pronoun "mums".
GENITIVE_PHRASE_ENDINGS = ("a", "ā", "as", "es", "ās", "ēs", "u", "us", "o")


def _gone_to(reader: Reader, start: int) -> bool:
    """"vēršoties pie nodaļas galvenās speciālistes", "pieteikties pie jaunatnes lietu speciālistes": a
    provider after "pie" (its genitive, which an "-es" plural nominative looks like) is the one gone to;
    only genitives, adjectives and a body's acronym between it and "pie" (a verb ends the phrase, by
    its infinitive lemma: "pie mums kursos piedalīsies pedagogi")."""
    i: int | None = start
    at = reader.ctx.at_preposition
    for _ in range(TURNED_TO_REACH + 1):
        i = reader.previous_word(i)
        if i is None:
            return False
        word = reader.word(i)
        if word == at:
            return True
        # (an acronym of the body qualifies the provider as a genitive does: "pie NVA speciālistes")
        if reader.sdoc[i].text.isupper() and reader.sdoc[i].text.isalpha():
            continue
        if not word.endswith(GENITIVE_PHRASE_ENDINGS) or reader.is_verb(i):
            return False
    return False


@lru_cache(maxsize=1)
def _contacting() -> tuple[int, tuple[str, ...]]:
    c = load("target_groups")["asked"]
    return c["reach"], tuple(c["contacting_verbs"])


@lru_cache(maxsize=1)
def _requesting() -> tuple[tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["asked"]
    return tuple(c["requesting_words"]), tuple(c["duty_words"])


@lru_cache(maxsize=1)
def _asking() -> tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    c = load("target_groups")["asked"]
    return c["reach"], tuple(c["asking_verbs"]), tuple(c["posing_verbs"]), tuple(c["question_words"])


def asked(reader: Reader, start: int, end: int | None = None) -> bool:
    """Whether the dative group from token `start` is asked questions — it answers, it is not served:
    a verb of asking a few words before it in its clause ("jautāt speciālistiem"), or a verb of posing
    with a word for a question there ("jautājumus varēs uzdot speciālistiem"). A request right before
    it asks it to act only when a duty follows the group (ending at token `end`): "Lūgums vecākiem
    sekot kārtībai" (not "Lūdzam senioriem pieteikties", "Lūgums jauniešiem, kuri vēlas …")."""
    reach, asking, posing, questions = _asking()
    before = list(_words_before_list(reader, start, reach))
    if before and end is not None and before[0].startswith(_requesting()[0]) and _duty_after(reader, end):
        return True
    if any(w.startswith(asking) and not w.startswith(questions) for w in before):
        return True
    return any(w.startswith(posing) for w in before) and any(w.startswith(questions) for w in before)


def _duty_after(reader: Reader, end: int) -> bool:
    """Whether the first word after the group (or its list of groups) ending at token `end` is a duty's."""
    i = reader.word_at_or_after(end)
    for _ in range(LIST_REACH):
        if i is None or reader.word(i) not in LIST_JOINS:
            break
        i = reader.word_at_or_after(i + 1)
    return i is not None and reader.word(i).startswith(_requesting()[1])


LIST_REACH = 40  # tokens of the list of groups passed over at the most


def _words_before_list(reader: Reader, start: int, reach: int):
    """The (lower-case) words before the list of groups that the group at token `start` ends
    ("pedagogiem un sociālajiem darbiniekiem"), nearest first, up to `reach` of them and not past
    punctuation: the group words and the list's connectors are passed over."""
    seen = 0
    for i, group in steps_back(reader, start, reach + LIST_REACH, within_sentence=False):
        if group:
            continue
        word = reader.word(i)
        if word in LIST_JOINS:
            continue
        if reader.sdoc[i].is_punct:
            return
        seen += 1
        yield word
        if seen >= reach:
            return
