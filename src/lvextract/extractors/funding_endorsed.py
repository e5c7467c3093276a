"""A body that backs a document, not a project with money: "Valdība atbalstīja informatīvo ziņojumu
par …", "Ministru kabinets atbalstīja Finanšu ministrijas sagatavoto ziņojumu". With a document as its
object (`[endorsed] nouns`, stems, within `reach` words) an `[endorsed] verbs` word says the body
agreed to a text: neither the body that agreed nor the one that wrote it pays. A sum in the clause
after the document, or a granting infinitive ("priekšlikumu piešķirt 50 000 eiro", "lēmumu iedalīt
līdzekļus"), is money decided: that still pays. Read by funding_pays.pays; words: funding.toml
[endorsed] (the clause ends at [cues] clause_breaks)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..latvian.lemmas import stem
from ..latvian.orthography import CLOSING_QUOTES, OPENING_QUOTES
from .funding_cues import cues
from .funding_given import SUM_WORD, past_auxiliaries
from .vocabulary import load


@dataclass(frozen=True)
class _Words:
    verbs: frozenset[str]  # lower-case words
    nouns: frozenset[str]  # stems
    infinitives: frozenset[str]  # lower-case words
    reach: int
    breaks: frozenset[str]  # [cues] clause_breaks
    deferrals: frozenset[str]  # stems: a term's extension, which is no money whatever its object
    deferral_reach: int


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load("funding")
    c = data["endorsed"]
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return _Words(lower(c["verbs"]), frozenset(stem(w) for w in c["nouns"]), lower(c["grant_infinitives"]),
                  int(c["reach"]), cues().clause_breaks, frozenset(stem(w) for w in c["deferrals"]),
                  int(c["deferral_reach"]))


def endorsed(tokens, first: int, after: int, before: Callable[[int, Callable], bool]) -> bool:
    """Whether the funder's word (tokens `first`..`after`) only backs a document: it says
    "atbalstīja <document>" itself, or it is the document's author after such a verb
    (`before(at, wanted)` searches the funder's clause back from `at`)."""
    words = _words()
    k = past_auxiliaries(tokens, after)
    if k < len(tokens) and tokens[k].text.lower() in words.verbs:
        # (an extension's object may be long: "atbalstīja … depo būvniecības, to aprīkošanas un …
        # termiņa pagarināšanu")
        return _document_after(tokens, k + 1, words.reach) \
            or _document_after(tokens, k + 1, words.deferral_reach, nouns=words.deferrals)
    # (the author in the genitive right before its document: "… ministrijas sagatavoto ziņojumu",
    # not a payer with a later clause: "atbalstīja ministrija, bet plānu …")
    return (tokens[after - 1].text.lower().endswith(GENITIVE_ENDINGS) and before(first, lambda t: t.text.lower() in words.verbs)
            and _document_after(tokens, after, AUTHOR_REACH, stop_at_comma=True))


GENITIVE_ENDINGS = ("as", "es")  # "ministrijas", "pašvaldības", "domes"
# words from the author to its document: "(FM) sagatavoto informatīvo ziņojumu", "(BM) izstrādāto
# daudzbērnu ģimenes definīciju"
AUTHOR_REACH = 5


def _document_after(tokens, k: int, reach: int, stop_at_comma: bool = False, nouns: frozenset[str] | None = None) -> bool:
    """A document noun within `reach` words from token `k`, no sum or granting infinitive after it
    in the clause (a bounded look: `reach` words, then as many again). A quoted title is one word:
    the project's own words ("“… pieteikšanās …”") are neither counted nor a document."""
    vocab = _words()
    words = 0
    while k < len(tokens) and words < reach:
        token = tokens[k]
        k += 1
        if token.text in OPENING_QUOTES and not stop_at_comma:  # (a quote ends the clause elsewhere)
            k = _past_closing_quote(tokens, k)
            words += 1
            continue
        if token.text.lower() in vocab.breaks or stop_at_comma and token.text == ",":
            return False
        if not token.text.isalpha():
            continue
        words += 1
        if token.stem in (vocab.nouns if nouns is None else nouns):
            return not _money_decided(tokens, k, vocab)
    return False


# the longest quoted title skipped as one word; an unclosed quote is read on as words
TITLE_REACH = 40


def _past_closing_quote(tokens, k: int) -> int:
    """The token after the closing quote within TITLE_REACH tokens of `k`, or `len(tokens)` when none
    closes (an unclosed quote ends the look as a clause break would)."""
    for j in range(k, min(len(tokens), k + TITLE_REACH)):
        if tokens[j].text in CLOSING_QUOTES:
            return j + 1
    return len(tokens)


def _money_decided(tokens, k: int, vocab: _Words) -> bool:
    """A sum or a granting infinitive within twice `reach` words after the document, in its clause."""
    for token in tokens[k:k + 2 * vocab.reach]:
        word = token.text.lower()
        if word in vocab.breaks:
            return False
        if word in vocab.infinitives or SUM_WORD.fullmatch(token.text):
            return True
    return False
