"""A fund the text names but says does not pay for this (funding.toml [not_paying]): negated in
its clause, a body one belongs to, one in the future, one only offered as a chance (funding_offered),
a sector's state administration taken for the municipality's "pārvalde", or the state paying for a
whole system ("valsts apmaksāta medicīna", [state_paid]: `paid_system`). Read by funding_mentions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..latvian.lemmas import stem
from .funding_budget_law import budget_as_law
from .funding_complemented import complemented
from .funding_law_name import in_law_name
from .funding_not_project import not_for_a_project
from .funding_offered import offered
from .funding_promoted import discussed, promoted
from .vocabulary import Mention, load


AGENCY_GENITIVE = re.compile(r"[^\W\d_]{3,}(?:as|es|a|u)")


@dataclass(frozen=True)
class NotPaying:
    negations: frozenset[str]
    negated_verbs: tuple[str, ...]
    reach_after: int
    reach_before: int
    without: frozenset[str]
    affiliations: tuple[str, ...]
    future: frozenset[str]
    agency_nouns: frozenset[str]  # stems
    agency_reach: int
    support: frozenset[str]  # stems of the support nouns and adjectives ([cues])
    unforeseen_nouns: tuple[str, ...]
    administration_nouns: frozenset[str]
    territory_genitives: frozenset[str]
    topic_reach: int  # words read before the mention for a discussion's topic (funding.toml [promoted] topic_reach + 1)
    budget_genitives: frozenset[str]
    budget_process: tuple[str, ...]
    governing_nouns: tuple[str, ...]  # a lack or a benefit the fund is the genitive of
    budget_nominatives: frozenset[str]
    passive_auxiliaries: frozenset[str]
    how_words: frozenset[str]


@lru_cache(maxsize=1)
def _not_paying_words() -> NotPaying:
    c = load("funding")["not_paying"]
    return NotPaying(frozenset(c["negations"]), tuple(c["negated_verbs"]), int(c["reach_after"]), int(c["reach_before"]),
                     frozenset(c["without"]), tuple(c["affiliations"]), frozenset(c["future"]),
                     frozenset(stem(w) for w in c["agency_nouns"]), int(c["agency_reach"]),
                     frozenset(stem(w) for w in load("funding")["cues"]["support"] + load("funding")["cues"]["support_adjectives"]),
                     tuple(c["unforeseen_nouns"]), frozenset(c["administration_nouns"]),
                     frozenset(c["territory_genitives"]), int(load("funding")["promoted"]["topic_reach"]) + 1,
                     frozenset(c["budget_genitives"]), tuple(c["budget_process"]), tuple(c["governing_nouns"]),
                     frozenset(c["budget_nominatives"]), frozenset(c["passive_auxiliaries"]), frozenset(c["how_words"]))


def not_paying(doc: Document, m: Mention) -> bool:
    """A fund the text says does not pay for this: negated in its clause ("valsts budžeta līdzekļi
    netika paredzēti", "nav piedalījies Erasmus+ projektā"), a body one belongs to ("fonda padomes
    loceklis") or one in the future ("nākotnes ESF projektiem"). Not "bez ESF atbalsta tas
    nebūtu iespējams": what it could not be without, it paid for."""
    words = _not_paying_words()
    if law_title(doc.text, m) or in_law_name(doc.text, m):  # a law's name, quoted or not
        return True
    if m.id == "STATE" and (agency_name(doc, m, words) or paid_system(doc, m)):  # "valsts apmaksāta medicīna"
        return True
    if m.id == "MUNICIPAL" and sector_administration(doc, m, words):
        return True
    if complemented(doc, m):  # "programma papildina ESF atbalstu": a neighbour, not a payer
        return True
    if not_for_a_project(doc, m, _clause_words):  # a benefit paid ("piemaksu sedz valsts"), a budget's share
        return True
    # The words before, read once as far as the farther reach: the nearest reach_before of them, and the
    # nearest topic_reach for the topic of a discussion read further back ("diskutēts par finansējuma
    # pieejamību NVO no valsts budžeta").
    before_all = _clause_words(doc, m.token_start - 1, -1, max(words.reach_before, words.topic_reach))
    before, topic_before = before_all[:words.reach_before], before_all[:words.topic_reach]
    after = _clause_words(doc, m.token_end, 1, words.reach_after)
    if before and before[0] in words.without:
        return False
    if offered(doc, m):  # "iepazīstināt … ar ES programmām", "aicināja izmantot … programmas": a chance only
        return True
    if promoted(before, after) or discussed(topic_before, after):  # "popularizē programmu Erasmus+", "apsprieda
        return True  # programmas atklāšanas pasākumu": the programme is supported or talked of, it pays nothing here
    if m.id == "STATE" and budget_as_law(doc.text[m.start:m.end], before):  # "Saeima pieņēma valsts budžetu"
        return True
    if budget_process(doc.text[m.start:m.end], after, words) \
            or budget_asked(doc.text[m.start:m.end], before, words):  # "pašvaldības budžeta izstrādes procesā"
        return True
    # "fonda padome", "valsts dotāciju trūkums", "pašvaldības naudas balva": the noun the fund qualifies
    if (before and before[0] in words.future) or (after and after[0].startswith(words.affiliations + words.governing_nouns)):
        return True
    return any(_negates(w, after[i + 1] if i + 1 < len(after) else "", words) for i, w in enumerate(after)) \
        or any(_negates(w, before[i - 1] if i > 0 else "", words) for i, w in enumerate(before))


def _negates(word: str, following: str, words: NotPaying) -> bool:
    """Whether a word negates the paying: a negation, or a negated verb — not one that is an
    adjective before one of `unforeseen_nouns` ("līdzekļi neparedzētiem gadījumiem" is the state's
    contingency money, not money "not provided")."""
    if word in words.negations:
        return True
    return word.startswith(words.negated_verbs) and not following.startswith(words.unforeseen_nouns)


@lru_cache(maxsize=1)
def _law_title_pattern() -> re.Pattern:
    """A law word, an opening quote and "Par", at the end of the text before a mention."""
    words = "|".join(load("funding")["not_paying"]["law_words"])
    quote = "[„“\"«]"
    return re.compile(rf"(?<![^\W\d_])(?:{words})[^\W\d_]*[ \t]+{quote}Par[ \t]+$", re.IGNORECASE)


def law_title(text: str, m: Mention) -> bool:
    """A fund inside the quoted title of a law a decision cites: "saskaņā ar likumu „Par
    pašvaldību budžetiem”" names a law, not a payer. The mention right after the title's "Par";
    looks back at most LAW_REACH characters. Not a year's budget law: "likums „Par valsts budžetu
    2013. gadam”" says the money of that year's budget (a year within LAW_REACH after the mention).
    Also a fund further inside a regulation's or a law's quoted title, closed on its line: "MK
    noteikumi Nr. 275 «… kārtība, kādā izmaksas tiek segtas no pašvaldības budžeta»" (`title_words`)."""
    if YEAR_AFTER.match(text, m.end, m.end + LAW_REACH):
        return False
    if _law_title_pattern().search(text, max(0, m.start - LAW_REACH), m.start):
        return True
    opened, closed = _inside_title_patterns()
    return bool(opened.search(text, max(0, m.start - TITLE_REACH), m.start)) \
        and bool(closed.match(text, m.end, m.end + TITLE_REACH))


TITLE_REACH = 200  # characters of a cited title either side of the fund


@lru_cache(maxsize=1)
def _inside_title_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A law or regulation word, its number, an opening quote and the title's words without a quote
    or a line break up to the mention; and the rest of the title to its closing quote after it."""
    words = "|".join(load("funding")["not_paying"]["title_words"])
    opened = re.compile(rf"(?<![^\W\d_])(?:{words})[^\W\d_]*(?:[ \t]+Nr\.?[ \t]*[\w/.-]+)?[ \t]*"
                        rf"[„“\"«][^„“”\"«»\n]*$", re.IGNORECASE)
    closed = re.compile(r"[^„“”\"«»\n]*[”“\"»]")
    return opened, closed


LAW_REACH = 40
YEAR_AFTER = re.compile(r"[^„“”\"«»\n]*?\b(?:19|20)\d\d\.?[ \t]*g")


def _clause_words(doc: Document, i: int, step: int, reach: int) -> list[str]:
    """Up to `reach` lower-case words from token `i` on in direction `step`, not past punctuation
    or the sentence's edge."""
    sdoc, words = doc.spacy, []
    while 0 <= i < len(sdoc) and len(words) < reach:
        token = sdoc[i]
        if step > 0 and token.is_sent_start:
            break
        i += step
        if token.is_space:
            continue
        if token.is_punct:
            break
        words.append(token.text.lower())
        if step < 0 and token.is_sent_start:
            break
    return words


def agency_name(doc: Document, m: Mention, words: NotPaying) -> bool:
    """"Valsts" opening an institution's name ("Valsts reģionālās attīstības aģentūra", "Valsts
    kultūrkapitāla fonds"): lower-case words, then an institution noun within `agency_reach` words. Also
    where a form ends on it, its verb before ("nometni līdzfinansēja Valsts kultūrkapitāla fonds")."""
    written = doc.text[m.start:m.end]
    if written != "Valsts" and not (written.endswith(" Valsts") and m.token_end - m.token_start == 2):
        return False
    following = _clause_words(doc, m.token_end, 1, words.agency_reach)
    # (mid-sentence, a capital "Valsts" before a genitive names a body: "ar Valsts mežu finansiālu atbalstu")
    if following and not doc.spacy[m.token_end - 1].is_sent_start and AGENCY_GENITIVE.fullmatch(following[0]) \
            and stem(following[0]) not in words.support:
        return True
    for word in following:
        if stem(word) in words.agency_nouns:
            return True
        if not word.isalpha() or word in ("un", "vai", "ar", "no"):
            return False
    return False


def sector_administration(doc: Document, m: Mention, words: NotPaying) -> bool:
    """A bare "pārvalde" after a sector's plural genitive ("ieslodzījuma vietu pārvalde"): a state
    administration, not the municipality's."""
    # (a cue's mention runs on past the body: "pārvalde iedalījusi 24 tūkstošus latu")
    if m.token_start == 0 or doc.spacy[m.token_start].text.lower() not in words.administration_nouns:
        return False
    before = doc.spacy[m.token_start - 1].text
    return before.isalpha() and before.islower() and before.endswith("u") and before not in words.territory_genitives


@lru_cache(maxsize=1)
def _paid_system_words() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    c = load("funding")["state_paid"]
    return tuple(map(stem, c["participle"].split())), tuple(tuple(map(stem, s.split())) for s in c["systems"])


def paid_system(doc: Document, m: Mention) -> bool:
    """The state paying for a whole system, not for the service the text is about: "lai gan Latvijā ir
    valsts apmaksāta medicīna, …" names the country's state-paid medicine, no payer (docs/record.md),
    while "valsts apmaksāta vakcinācija" is the state paying for the vaccination. The STATE mention is
    the paying participle ([state_paid] participle) right before one of [state_paid] systems, matched
    on stems as a vocabulary form is. O(1) per mention."""
    participle, systems = _paid_system_words()
    tokens = doc.spacy
    if m.token_end - m.token_start != len(participle) \
            or tuple(stem(tokens[k].text) for k in range(m.token_start, m.token_end)) != participle:
        return False
    return any(tuple(stem(tokens[k].text) for k in range(m.token_end, min(len(tokens), m.token_end + len(s)))) == s
               for s in systems)


def budget_process(name: str, after: list[str], words: NotPaying) -> bool:
    """A budget in the genitive right before a noun of its making or its state ("pašvaldības budžeta
    izstrādes procesā", "valsts budžeta samazinājums", "skatīja pašvaldības budžeta jautājumus"): the
    process is the topic, the budget pays nothing there (with or without a verb of informing before it:
    `informing_words` keeps "informēja par … jautājumiem" too). Not its money: "no pašvaldības budžeta līdzekļiem"."""
    last = name.rsplit(None, 1)[-1].lower() if name.split() else ""
    return bool(after) and last in words.budget_genitives and after[0].startswith(words.budget_process)


def budget_asked(name: str, before: list[str], words: NotPaying) -> bool:
    """A budget in the nominative after "kā tiek izlietots" (nearest word first in `before`): how it is
    spent is the topic ("lems par to, kā tiek izlietots pašvaldības budžets"), it pays for nothing told."""
    last = name.rsplit(None, 1)[-1].lower() if name.split() else ""
    return last in words.budget_nominatives and len(before) >= 3 and before[1] in words.passive_auxiliaries \
        and before[2] in words.how_words
