"""A fund or programme that is the object of someone's promoting, supporting or telling, not a payer:
"tīkls popularizē programmu Erasmus+", "Eurodesk atbalsta programmu Erasmus+", "informē par programmu
Erasmus+" — the support goes to the programme, the programme pays nothing here (funding.toml
[promoted]: the programme's words in the accusative right before the fund, and the verbs' beginnings
before them, "par" between allowed); likewise one a verb of discussing has as its topic ("apsprieda
programmas atklāšanas pasākumu"). Asked by funding_not_paying with the words before the mention."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .vocabulary import load


@lru_cache(maxsize=1)
def _promoted_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    c = load("funding")["promoted"]
    return frozenset(c["programme_words"]), tuple(c["verbs"]), frozenset(c["between"]), tuple(c["paid_nouns"])


class _Discussed(NamedTuple):
    not_topics: tuple[str, ...]  # the nouns a topic is not before: the money's, a project's
    discussing: tuple[str, ...]  # the verbs of discussing
    talking: tuple[str, ...]  # the verbs of talking (a topic only with "par" between)
    spoken_heads: tuple[str, ...]  # the heads of a "par" topic of discussing or talking
    told_heads: tuple[str, ...]  # … and of informing too
    informing_paid: tuple[str, ...]  # the participles of paying that leave a payer before those
    topic_reach: int  # how many words back a "par" topic is read (topic_reach + 1)
    discussing_reach: int


@lru_cache(maxsize=1)
def _discussed_words() -> _Discussed:
    c = load("funding")["promoted"]
    discussing, talking = tuple(c["discussing_verbs"]), tuple(c["talking_verbs"])
    return _Discussed(tuple(c["paid_nouns"]) + tuple(c["project_nouns"]), discussing, talking,
                      discussing + talking, discussing + talking + tuple(c["informing_words"]),
                      tuple(c["informing_paid"]), int(c["topic_reach"]) + 1, int(c["discussing_reach"]))


def promoted(before: list[str], after: list[str] = ()) -> bool:
    """Whether the lower-case words before a fund's mention (nearest first) make it the object of a
    promoting verb: "popularizē programmu …", "informē par programmu …"."""
    programme_words, verbs, between, paid_nouns = _promoted_words()
    if len(before) < 2 or before[0] not in programme_words:
        return False
    verb = before[2] if before[1] in between and len(before) > 2 else before[1]
    if after and after[0].startswith(paid_nouns):
        return False  # "saņemot atbalsta programmu Erasmus+ finansējumu": the programme's money
    return verb.startswith(verbs)


def discussed(before: list[str], after: list[str] = ()) -> bool:
    """Whether a verb of discussing stands within a few words before a fund's mention in its clause
    (nearest first): "apsprieda arī pārrobežu sadarbības programmas atklāšanas pasākumu", "runāja par
    Erasmus+ iespējām" — the programme is the talk's topic. Not before the money's noun: "apsprieda
    ERAF finansējuma piesaisti" speaks of money that pays, nor before "projekts": "apsprieda ESF projekta
    rezultātus" — the fund pays the project talked of. A verb of talking has a topic only with "par"
    between: "runās ERAF projekta vadītāja" names the speaker."""
    w = _discussed_words()
    if after and after[0].startswith(w.not_topics):
        return False
    # (not the words of informing before a fund said as a payer: "informēs par ERAF līdzfinansētajām programmām")
    topic_heads = w.spoken_heads if after and after[0].startswith(w.informing_paid) else w.told_heads
    # "diskutēts par finansējuma pieejamību NVO no valsts budžeta": the whole "par" phrase right
    # after a verb of discussing or talking is the topic, however many words it takes (up to topic_reach);
    # likewise after a word of informing or of questions ("informēja par pašvaldības budžeta jautājumiem").
    topic = before[:w.topic_reach]
    if any(word == "par" and i + 1 < len(topic) and topic[i + 1].startswith(topic_heads) for i, word in enumerate(topic)):
        return True
    near = before[:w.discussing_reach]
    for i, word in enumerate(near):
        if word.startswith(w.discussing):
            return True
        if word.startswith(w.talking) and "par" in near[:i]:
            return True
    return False
