"""The Document every extractor reads: text, sentences and tokens with offsets, lemmas and stems.

`doc.spacy` is a spaCy `Doc` over exactly the same text (whitespace runs become their own
tokens, as spaCy's own tokenizer does), so `token.idx` and `span.start_char` are offsets
into `doc.text`. Its `LEMMA` holds our lemma and its `NORM` the stem, so extractors match
vocabularies with `Matcher` / `PhraseMatcher` on `LEMMA`, `NORM` or `LOWER`.
"""
from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import repeat
from typing import NamedTuple

from .latvian import lemmas
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


_new_tuple = tuple.__new__


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]

    @cached_property
    def lowers(self) -> tuple[str, ...]:
        """Each token's text in lower case, in token order: made once per sentence (on first use)
        for every extractor that matches word lists by lower-case form, rather than each rebuilding
        it (issue #18). A tuple: shared by the readers, so none may change it.
        (cached_property writes the instance's __dict__ directly, so it works on a frozen dataclass;
        the value is no field, so equality and the hash stay the fields'.)"""
        return tuple(t.text.lower() for t in self.tokens)


@contextlib.contextmanager
def _gc_paused():
    """No cyclic garbage collection while a document's tokens are made: they are tuples of
    strings and numbers (no cycles to find), and on a large text every collection rescans all
    the tokens made so far: from_offsets took 1.3 CPU-s per MB of quotes with collections and
    0.4 without.
    Process-wide: a concurrent thread's build only loses the pause, nothing else."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# The string store's id of every lemma and stem added so far (they stay in the shared vocab's
# store): a dict lookup costs a fifth of StringStore.add, which hashes the string again.
_string_ids: dict[str, int] = {}
STRING_IDS_KEPT = 200_000


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
        """O(tokens); lemma and stem looked up once per distinct word form."""
        with _gc_paused():
            return cls(text, cls._sentences(text, sentences))

    @staticmethod
    def _sentences(text: str, sentences: list[list[TokenOffsets]]) -> list[Sentence]:
        built = []
        for offsets in sentences:
            # Column by column with map(): a document has thousands of tokens, and map runs
            # its loop in C (lemma and stem are cached per word form).
            kept = [t for t in offsets if t[1] > t[0]]
            if not kept:
                continue
            starts, ends = zip(*kept)
            words = list(map(text.__getitem__, map(slice, starts, ends)))
            # tuple.__new__ straight from C: Token(...) would run the named tuple's Python-level
            # __new__ once per token.
            tokens = tuple(map(_new_tuple, repeat(Token),
                               zip(words, starts, ends, map(lemmas.lemma, words), map(lemmas.stem, words))))
            built.append(Sentence(starts[0], ends[-1], tokens))
        return built

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def tokens_within(self, start: int, end: int) -> list[Token]:
        """The tokens wholly inside text[start:end], in order: O(log tokens + the tokens returned),
        so a stage asking per item never walks the whole sentence again."""
        tokens = self.derived("tokens", lambda d: d.tokens)
        starts = self.derived("token_starts", lambda d: [t.start for t in tokens])
        found = []
        for t in tokens[bisect.bisect_left(starts, start):]:
            if t.start >= end:
                break
            if t.end <= end:
                found.append(t)
        return found

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
        """A spaCy Doc whose text is exactly `self.text`. O(tokens)."""
        with _gc_paused():
            return self._spacy_doc()

    def _spacy_doc(self):
        import numpy
        from spacy.attrs import LEMMA, NORM
        from spacy.tokens import Doc

        words, spaces, starts, lemma_list, norms = self._spacy_columns()
        if starts:
            starts[0] = True  # leading white space joins the first sentence rather than standing as one
        vocab = _vocab_nlp().vocab
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        # LEMMA and NORM set as one array: what Doc(lemmas=…) and `token.norm_ = norm` do token
        # by token in Python. Each distinct string is added to the string store once per process.
        ids = _string_ids
        for value in {*lemma_list, *norms}.difference(ids):
            ids[value] = vocab.strings.add(value)
        columns = [list(map(ids.__getitem__, lemma_list)), list(map(ids.__getitem__, norms))]
        if len(ids) > STRING_IDS_KEPT:
            ids.clear()  # (worker memory is a tracked target; the next document adds its own again)
        doc.from_array([LEMMA, NORM], numpy.array(columns, dtype=numpy.uint64).reshape(2, -1).T)
        # The Doc's text is its words with their spaces (built here, not read back through
        # `doc.text`, which makes a Python Token per token).
        assert "".join(map(str.__add__, words, map(" ".__mul__, spaces))) == self.text, \
            "spaCy Doc must reproduce the text exactly"
        return doc

    def _spacy_columns(self) -> tuple[list[str], list[bool], list[bool], list[str], list[str]]:
        """(words, followed by a space, starts a sentence, lemmas, norms), one item per spaCy
        token: Stanza's tokens and, between them, the text they leave out (white space, mostly).
        Column by column with map() and comprehensions, no tuple per token: a large text has
        millions of tokens. O(tokens)."""
        text = self.text
        tokens = [t for sentence in self.sentences for t in sentence.tokens]
        if not tokens:
            return ([text], [False], [False], [text], [text]) if text else ([], [], [], [], [])
        words, starts, ends, lemma_list, norms = (list(column) for column in zip(*tokens))
        gaps = list(map(text.__getitem__, map(slice, ends, [*starts[1:], len(text)])))
        # One space after a token is its trailing space, as spaCy's tokenizer has it; the rest of
        # the gap is a token of its own.
        spaces = [gap[:1] == " " for gap in gaps]
        rests = [gap[1:] if space else gap for gap, space in zip(gaps, spaces)]
        opens = [False] * len(tokens)
        first = 0
        for n, sentence in enumerate(self.sentences):
            if n:
                opens[first] = True
            first += len(sentence.tokens)
        lead = text[:starts[0]]
        extra = [i for i, rest in enumerate(rests) if rest]
        if not extra and not lead:
            return words, spaces, opens, lemma_list, norms
        rests = [rests[i] for i in extra]
        falses = [False] * len(extra)
        head = [(lead,), (False,), (False,), (lead,), (lead,)] if lead else [()] * 5
        return tuple(_interleave(column, added, extra, first_items)  # type: ignore[return-value]
                     for column, added, first_items in zip((words, spaces, opens, lemma_list, norms),
                                                           (rests, falses, falses, rests, rests), head))


def _interleave(column: list, added: list, after: list[int], head: tuple) -> list:
    """`head`, then `column` with added[k] inserted after column[after[k]] (`after` ascending).
    O(len(column))."""
    out = list(head)
    previous = 0
    for index, value in zip(after, added):
        out += column[previous:index + 1]
        out.append(value)
        previous = index + 1
    out += column[previous:]
    return out
