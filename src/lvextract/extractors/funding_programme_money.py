"""A ministry's programme whose money is told in a sentence of its own (data/funding.toml
[programme_money]; read by funding_mentions._find): "Mājsaimniecības var pieteikties Kultūras
ministrijas izveidotajai atbalsta programmai. … kopējais programmas finansējums ir 3 miljoni eiro."
(or "Kultūras ministrija ir izveidojusi atbalsta programmu"). The ministry's sentence names no money,
yet the programme it made hands out the state budget's sum the text tells, as "… EUR ir Valsts atbalsta
programmas … finansējums" does (docs/record.md). A programme with its money unsaid, or said with no
sum, pays nothing the text tells. Each sentence's tokens are walked once; the first programme waits
for its sum, never rescanned."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..latvian.lemmas import stem
from ..spans import Intervals
from .funding_cues import cues, sum_at
from .funding_municipal_words import municipal_words
from .vocabulary import Mention, load


@dataclass(frozen=True)
class _Words:
    owners: frozenset[str]
    subjects: frozenset[str]
    auxiliaries: frozenset[str]
    made: tuple[str, ...]
    between: frozenset[str]
    programmes: frozenset[str]  # stems
    genitives: frozenset[str]
    datives: frozenset[str]
    money: frozenset[str]  # stems


@lru_cache(maxsize=1)
def _words() -> _Words:
    c = load("funding")["programme_money"]
    lower = lambda key: frozenset(w.lower() for w in c[key])  # noqa: E731
    return _Words(lower("owners"), lower("subjects"), lower("auxiliaries"), tuple(c["made"]), lower("between"), frozenset(stem(w) for w in c["programmes"]),
                  lower("genitives"), lower("datives"), frozenset(stem(w) for w in c["money"]))


def ministry_programmes(doc: Document, other_funders: Intervals) -> list[Mention]:
    """One STATE mention, the ministry's word to its programme's, where its sum is told after it."""
    w, grants = _words(), municipal_words().grant_words
    breaks = cues().clause_breaks | {","}
    waiting: Mention | None = None  # the ministry's programme named, its sum not yet told
    for sentence in doc.sentences:
        tokens = sentence.tokens
        lowers = sentence.lowers  # (made once per sentence: document.py)
        first = 0  # where this sentence's retelling may begin: after the programme named in it
        if waiting is None:
            named = _named(doc, tokens, lowers, w)
            if named is None:
                continue
            waiting, first = named
        if not any(other_funders.overlaps(t.start, t.end) for t in tokens) \
                and _sum_told(doc, tokens, lowers, first, breaks, grants, w):
            return [waiting]
    return []


def _named(doc: Document, tokens, lowers: tuple[str, ...], w: _Words) -> tuple[Mention, int] | None:
    """The ministry's programme in this sentence ("ministrijas izveidotajai atbalsta programmai", "ministrija
    ir izveidojusi atbalsta programmu") and the index after it; None when there is none."""
    for k, word in enumerate(lowers):
        if word not in w.owners and word not in w.subjects:
            continue
        j = k + 1
        if word in w.subjects:  # the subject makes it: its verb is needed, past an auxiliary
            j += j < len(tokens) and lowers[j] in w.auxiliaries
            if j >= len(tokens) or not lowers[j].startswith(w.made):
                continue
            j += 1
        elif j < len(tokens) and lowers[j].startswith(w.made):
            j += 1
        if j < len(tokens) and lowers[j] in w.between:
            j += 1
        if j < len(tokens) and tokens[j].stem in w.programmes:
            span = doc.spacy.char_span(tokens[k].start, tokens[j].end, alignment_mode="expand")
            if span is not None:
                return Mention("STATE", tokens[k].start, tokens[j].end, span.start, span.end), j + 1
    return None


def _sum_told(doc: Document, tokens, lowers: tuple[str, ...], first: int, breaks, grants, w: _Words) -> bool:
    """From `first` on, a clause (to a comma or a clause word) with the programme's genitive right before a
    money noun, or its dative and a granting word, and a sum."""
    owned = granted = dative = False
    for k in range(first, len(tokens)):
        word = lowers[k]
        if word in breaks:
            owned = granted = dative = False
            continue
        if word in w.genitives and k + 1 < len(tokens) and tokens[k + 1].stem in w.money:
            owned = True
        dative = dative or word in w.datives
        granted = granted or word.startswith(grants)
        if (owned or dative and granted) and sum_at(doc.text, tokens[k]):
            return True
    return False
