"""A fund named only as what another instrument complements: "Šveices programma bija
instruments, kas tika izmantots papildus ES struktūrfondu un Kohēzijas fonda palīdzībai",
"programma papildina Eiropas Sociālā fonda atbalstu". The programme the text is about is another
one; the funds after "papildus"/"papildina" are its neighbours, not its payers. Only when a
programme's or an instrument's noun (funding.toml [complemented] nouns) stands before the word of
complementing in the sentence: "papildus ERAF finansējumam pašvaldība ieguldīja 5000 eiro" says
ERAF pays too. Read by funding_not_paying; looks at a bounded number of tokens around the mention."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..latvian.lemmas import stem
from .funding_cues import dative_endings
from .vocabulary import Mention, load


@dataclass(frozen=True)
class Complemented:
    words: frozenset[str]  # verbs of complementing: whole lower-case words
    prepositions: frozenset[str]  # "papildus", "līdztekus": with a dative after the fund
    dative_endings: tuple[str, ...]
    nouns: frozenset[str]  # stems
    reach_after: int
    reach_before: int
    stops: frozenset[str]  # whole lower-case words that end the complemented list


@lru_cache(maxsize=1)
def _words() -> Complemented:
    c = load("funding")["complemented"]
    verbs = load("funding")["cues"]["verbs"]
    return Complemented(frozenset(w.lower() for w in c["words"]), frozenset(w.lower() for w in c["prepositions"]),
                        dative_endings(), frozenset(stem(w) for w in c["nouns"]),
                        int(c["reach_after"]), int(c["reach_before"]), frozenset(w.lower() for w in verbs + c["stops"]))


def complemented(doc: Document, m: Mention) -> bool:
    """Whether the fund stands within `reach_after` words after a word of complementing (no
    financing verb or clause stop between), and a programme's noun within `reach_before` words
    before that word, all in the mention's sentence."""
    words = _words()
    sdoc = doc.spacy
    i, seen = m.token_start - 1, 0
    while i >= 0 and seen < words.reach_after:
        token = sdoc[i]
        if token.is_space:
            i -= 1
            continue
        text = token.text.lower()
        if text in words.stops or token.text in ".;:!?":
            return False
        if text in words.words:
            return _noun_before(doc, i, words)
        if text in words.prepositions:
            # "papildus" also says "additional" ("piešķirts papildus ERAF finansējums"): only with
            # what it complements in the dative ("papildus … fonda palīdzībai") is it the preposition
            return _dative_after(doc, m, words) and _noun_before(doc, i, words)
        if token.is_sent_start:
            return False
        seen += 1
        i -= 1
    return False


def _dative_after(doc: Document, m: Mention, words: Complemented) -> bool:
    """Whether the fund's last word or one of the DATIVE_REACH words after it is in the dative."""
    sdoc = doc.spacy
    i, seen = m.token_end - 1, -1
    while i < len(sdoc) and seen < DATIVE_REACH:
        token = sdoc[i]
        if not token.is_space:
            if token.is_punct:
                return False
            if token.text.lower().endswith(words.dative_endings):
                return True
            seen += 1
        i += 1
    return False


# How many words after the fund its head noun may stand ("ERAF un Kohēzijas fonda finanšu palīdzībai").
DATIVE_REACH = 6


def _noun_before(doc: Document, at: int, words: Complemented) -> bool:
    sdoc = doc.spacy
    i, seen = at - 1, 0
    if sdoc[at].is_sent_start:
        return False
    while i >= 0 and seen < words.reach_before:
        token = sdoc[i]
        if not token.is_space:
            if token.text in ".;!?":
                return False
            if stem(token.text.lower()) in words.nouns:
                return True
            if token.is_sent_start:
                return False
            seen += 1
        i -= 1
    return False
