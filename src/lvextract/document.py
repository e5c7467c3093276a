"""The Document every extractor reads: text, sentences and tokens with offsets, lemmas and stems.

`doc.spacy` is a spaCy `Doc` over exactly the same text (whitespace runs become their own
tokens, as spaCy's own tokenizer does), so `token.idx` and `span.start_char` are offsets
into `doc.text`. Its `LEMMA` holds our lemma and its `NORM` the stem, so extractors match
vocabularies with `Matcher` / `PhraseMatcher` on `LEMMA`, `NORM` or `LOWER`.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from . import lemmas
from .record import Span
from .segmentation import TokenOffsets


class Token(NamedTuple):
    """One token. A named tuple rather than a frozen dataclass: a document builds thousands,
    and a tuple is made in C (a frozen dataclass sets each field through object.__setattr__)."""

    text: str
    start: int
    end: int
    lemma: str
    stem: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


@lru_cache(maxsize=1)
def _vocab_nlp():
    import spacy

    return spacy.blank("lv")


@dataclass
class Document:
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    # Dates a caller knows from outside the text (the Python API): the publication date, which
    # replaces the one the text states, and a reference date for texts that state none.
    given_document_date: dt.date | None = None
    reference_date: dt.date | None = None
    # A web page's own publication date from its metadata: the document date when the text
    # states none (a dateline in the text wins).
    published_date: str | None = None
    # Dates that are page furniture (a calendar widget's today): set by the dates extractor,
    # read by events, which never date an occurrence by them.
    furniture_spans: list = field(default_factory=list)
    _derived: dict = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: str, compute):
        """`compute(self)`, once per document: for analyses that several extractors, or one
        extractor many times, ask for (kept with the document, so threads never share one)."""
        if key not in self._derived:
            self._derived[key] = compute(self)
        return self._derived[key]

    @classmethod
    def from_offsets(cls, text: str, sentences: list[list[TokenOffsets]]) -> "Document":
        built = []
        for offsets in sentences:
            # Column by column with map(): a document has thousands of tokens, and map runs
            # its loop in C (lemma and stem are cached per word form).
            kept = [(s, e) for s, e in offsets if e > s]
            if not kept:
                continue
            starts, ends = [s for s, _ in kept], [e for _, e in kept]
            words = [text[s:e] for s, e in kept]
            tokens = tuple(map(Token, words, starts, ends, map(lemmas.lemma, words), map(lemmas.stem, words)))
            built.append(Sentence(starts[0], ends[-1], tokens))
        return cls(text, built)

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding `offset` (or the one before a gap)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return i if i >= 0 else None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    @cached_property
    def spacy(self):
        """A spaCy Doc whose text is exactly `self.text`."""
        import numpy
        from spacy.attrs import LEMMA, NORM
        from spacy.tokens import Doc

        text = self.text
        tokens = [t for sentence in self.sentences for t in sentence.tokens]
        # Leading whitespace joins the first sentence rather than standing as one (starts[0] below).
        opens = [i == 0 and n > 0 for n, sentence in enumerate(self.sentences) for i in range(len(sentence.tokens))]
        # (word, followed by a space, starts a sentence, lemma, norm), one tuple per spaCy token:
        # Stanza's tokens and, between them, the text they leave out (white space, mostly).
        rows: list[tuple[str, bool, bool, str, str]] = []
        if tokens and tokens[0].start > 0:
            rows.append((text[:tokens[0].start], False, False, text[:tokens[0].start], text[:tokens[0].start]))
        for k, (token, opening) in enumerate(zip(tokens, opens)):
            gap = text[token.end:tokens[k + 1].start if k + 1 < len(tokens) else len(text)]
            # One space after a token is its trailing space, as spaCy's tokenizer has it.
            rows.append((token.text, gap[:1] == " ", opening, token.lemma, token.stem))
            rest = gap[1:] if gap[:1] == " " else gap
            if rest:
                rows.append((rest, False, False, rest, rest))
        if not tokens and text:
            rows.append((text, False, False, text, text))
        words, spaces, starts, lemma_list, norms = [list(column) for column in zip(*rows)] if rows else [[] for _ in range(5)]
        if starts:
            starts[0] = True
        vocab = _vocab_nlp().vocab
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        # LEMMA and NORM set as one array: what Doc(lemmas=…) and `token.norm_ = norm` do token
        # by token in Python. Each distinct string is added to the string store once.
        ids = {value: vocab.strings.add(value) for value in {*lemma_list, *norms}}
        columns = [list(map(ids.__getitem__, lemma_list)), list(map(ids.__getitem__, norms))]
        doc.from_array([LEMMA, NORM], numpy.array(columns, dtype=numpy.uint64).reshape(2, -1).T)
        # The Doc's text is its words with their spaces (built here, not read back through
        # `doc.text`, which makes a Python Token per token).
        assert "".join(map(str.__add__, words, map(" ".__mul__, spaces))) == self.text, \
            "spaCy Doc must reproduce the text exactly"
        return doc
