"""Closed vocabularies kept as data (extractors/data/<name>.toml), found in a Document.

One vocabulary is a TOML file with `[[entry]]` tables: `id`, `forms` (phrases matched on
stems, so every case and number form of each word counts) and optionally `exact` (strings
matched case-sensitively on the text, for abbreviations such as "ESF" or "ESF+").

Phrase syntax, word by word:
  `Sociālais`          the stem of the word (any case form of it)
  `Interreg*`          any word starting with "interreg" (lower-cased)
  `minoritātes|minoritāšu`  any of these words' stems (for stems the stemmer does not unify)
  `=ar`                exactly this word, lower-cased (prepositions, short words)
  `...`                up to six words of any kind ("pašvaldības ... no sava budžeta")
Punctuation inside a phrase ("Patvēruma, migrācijas …") is optional in the text, and runs of
white space or line breaks between words are allowed, since the text keeps them as tokens.
Where two entries overlap, the longer mention wins ("ilgstošie bezdarbnieki" over
"bezdarbnieki", "ESF+" over "ESF").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import datafiles
from ..document import Document
from ..lemmas import stem

WORD = re.compile(r"[^\W\d_][\w*|=+-]*|[=]\w+|\d+\w*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Mention:
    id: str
    start: int  # character offsets into doc.text
    end: int
    token_start: int  # token indices into doc.spacy
    token_end: int


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    return datafiles.vocabulary(name)


def _token_pattern(word: str) -> dict:
    if word.startswith("="):
        return {"LOWER": word[1:].lower()}
    if word.endswith("*"):
        return {"LOWER": {"REGEX": "^" + re.escape(word[:-1].lower())}}
    if "|" in word:
        return {"NORM": {"IN": sorted({stem(w) for w in word.split("|")})}}
    return {"NORM": stem(word)}


def phrase_pattern(phrase: str) -> list[dict]:
    """A spaCy Matcher pattern for one phrase of the vocabulary syntax above."""
    pattern: list[dict] = []
    for piece in WORD.findall(phrase.replace("...", " \u2026 ")):
        if pattern:
            pattern.append({"IS_SPACE": True, "OP": "*"})
        if piece == "\u2026":
            pattern.append({"IS_SENT_START": False, "OP": "{0,12}"})  # six words and the spaces between them
        elif re.fullmatch(r"[^\w\s=*|]", piece):
            pattern.append({"ORTH": piece, "OP": "?"})
        else:
            pattern.append(_token_pattern(piece))
    return pattern


class Vocabulary:
    """The entries of one data file, compiled once per process."""

    def __init__(self, entries: list[dict]):
        self.entries = entries
        self._matcher = None
        self._exact = [
            (entry["id"], re.compile(r"(?<![\w+])" + re.escape(form) + r"(?![\w+])"))
            for entry in entries
            for form in entry.get("exact", [])
        ]

    def _matcher_for(self, vocab):
        if self._matcher is None or self._matcher.vocab is not vocab:
            from spacy.matcher import Matcher

            matcher = Matcher(vocab)
            for entry in self.entries:
                patterns = [phrase_pattern(form) for form in entry.get("forms", [])]
                if patterns:
                    matcher.add(entry["id"], patterns)
            self._matcher = matcher
        return self._matcher

    def find(self, doc: Document) -> list[Mention]:
        """Non-overlapping mentions in text order; the longer one wins an overlap."""
        sdoc = doc.spacy
        found: list[Mention] = []
        for match_id, start, end in self._matcher_for(sdoc.vocab)(sdoc):
            span = sdoc[start:end]
            # A pattern may end on an optional punctuation or space token: trim it.
            while len(span) > 1 and (span[-1].is_space or span[-1].is_punct):
                span = span[:-1]
            found.append(Mention(sdoc.vocab.strings[match_id], span.start_char, span.end_char, span.start, span.end))
        for key, regex in self._exact:
            for m in regex.finditer(doc.text):
                tokens = sdoc.char_span(m.start(), m.end(), alignment_mode="expand")
                if tokens is not None:
                    found.append(Mention(key, m.start(), m.end(), tokens.start, tokens.end))
        return select_longest(found)


def select_longest(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


@lru_cache(maxsize=None)
def vocabulary(name: str, table: str = "entry") -> Vocabulary:
    return Vocabulary(load(name).get(table, []))
