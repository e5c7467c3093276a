"""The words of data/funding.toml [cues] that say a funder's sentence pays, read once into one
record for funding_mentions._pays; and how far back a body's name runs over lower-case genitives
(long_name_start)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..latvian.lemmas import stem
from .vocabulary import load


@dataclass(frozen=True)
class Cues:
    verbs: frozenset[str]  # lower-case words
    window: int
    clause_breaks: frozenset[str]
    phrase_ends: frozenset[str]
    support: frozenset[str]
    support_adjectives: frozenset[str]
    name_words: frozenset[str]
    grant_verbs: frozenset[str]  # lower-case words
    not_verbs: frozenset[str]
    grant_participles: frozenset[str]  # lower-case words
    caption_words: frozenset[str]  # lower-case words
    image_files: tuple[str, ...]  # file name endings
    from_words: frozenset[str]  # lower-case words
    labels: frozenset[str]  # lower-case words
    label_links: frozenset[str]  # lower-case words and dashes
    granted_money: frozenset[str]  # stems
    long_name_bodies: frozenset[str]  # stems
    long_name_reach: int


@lru_cache(maxsize=1)
def cues() -> Cues:
    c = load("funding")["cues"]
    stems = lambda words: frozenset(stem(w) for w in words)  # noqa: E731
    lower = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
    return Cues(lower(c["verbs"]), int(c["window"]), lower(c["clause_breaks"]), lower(c["phrase_ends"]),
                stems(c["support"]), stems(c["support_adjectives"]), lower(c["name_words"]),
                lower(c["grant_verbs"]), lower(c["not_verbs"]), lower(c["grant_participles"]),
                lower(c["caption_words"]), tuple(c["image_files"]), lower(c["from_words"]), lower(c["labels"]),
                lower(c["label_links"]), stems(c["granted_money"]), stems(c["long_name_bodies"]), int(c["long_name_reach"]))


def long_name_start(tokens, first: int, cues: Cues) -> int:
    """The first token of a body's name that runs over lower-case genitives and "un" back to a
    capitalised genitive ("Vides aizsardzības un reģionālās attīstības ministrija"): only for
    `long_name_bodies`, at most `long_name_reach` words back; `first` when no capitalised word
    ends the run (a verb or a sum before the body: "piešķīris ministrija")."""
    if tokens[first].stem not in cues.long_name_bodies:
        return first
    for k in range(first - 1, max(-1, first - 1 - cues.long_name_reach), -1):
        word = tokens[k].text
        if not word.isalpha() or not word.endswith(("s", "u")) and word != "un":
            return first
        if word[0].isupper():
            return k if word != "un" and k < first - 1 else first
    return first
