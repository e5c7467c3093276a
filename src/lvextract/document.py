"""The Document every extractor reads: text, sentences and tokens with offsets, lemmas and stems.

`doc.spacy` is a spaCy `Doc` over exactly the same text (whitespace runs become their own
tokens, as spaCy's own tokenizer does), so `token.idx` and `span.start_char` are offsets
into `doc.text`. Its `LEMMA` holds our lemma and its `NORM` the stem, so extractors match
vocabularies with `Matcher` / `PhraseMatcher` on `LEMMA`, `NORM` or `LOWER`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import lemmas
from .record import Span
from .segmentation import TokenOffsets


@dataclass(frozen=True)
class Token:
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
            tokens = tuple(
                Token(text[s:e], s, e, lemmas.lemma(text[s:e]), lemmas.stem(text[s:e])) for s, e in offsets if e > s
            )
            if tokens:
                built.append(Sentence(tokens[0].start, tokens[-1].end, tokens))
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
        from spacy.tokens import Doc

        words, spaces, starts, lemma_list, norms = [], [], [], [], []
        pos = 0

        def gap(upto: int) -> None:
            nonlocal pos
            if upto <= pos:
                return
            if words and not spaces[-1] and self.text[pos] == " ":
                spaces[-1] = True
                pos += 1
            if upto > pos:
                words.append(self.text[pos:upto]); spaces.append(False); starts.append(False)
                lemma_list.append(self.text[pos:upto]); norms.append(self.text[pos:upto])
                pos = upto

        for n, sentence in enumerate(self.sentences):
            for i, token in enumerate(sentence.tokens):
                gap(token.start)
                # Leading whitespace joins the first sentence rather than standing as one.
                words.append(token.text); spaces.append(False); starts.append(i == 0 and n > 0)
                lemma_list.append(token.lemma); norms.append(token.stem)
                pos = token.end
        gap(len(self.text))
        if starts:
            starts[0] = True
        doc = Doc(_vocab_nlp().vocab, words=words, spaces=spaces, sent_starts=starts, lemmas=lemma_list)
        for token, norm in zip(doc, norms):
            token.norm_ = norm
        assert doc.text == self.text, "spaCy Doc must reproduce the text exactly"
        return doc
