"""Two event nouns joined by a dash glued to the first and spaced from the second ("konference-
konkurss", "izstāde– tirgus"): the tokenizer keeps the dash on the first word, so neither the
vocabulary nor the hyphenated pairs of compounds.py see it. Like a spaced dash ("seminārs –
diskusija"), the pair of two specific nouns is one occurrence typed by both; a generic one
("pasākums- koncerts") leaves the specific noun alone. O(text) for the search of dashes followed
by whitespace (spaCy puts one between two tokens, so every such token's dash is one), then a
bisection over the token offsets per candidate: no visit of the other tokens."""
from __future__ import annotations

import re

from spacy.attrs import IDX

from ...latvian.lemmas import lemma, stem
from ...latvian.orthography import DASH
from .compounds import _single_word_kinds, single_word_stems
from .lexicon import generic_types

DASH_BEFORE_SPACE = re.compile(rf"{DASH}(?=\s)")


def glued_dash_pairs(sdoc, text: str) -> list:
    """spaCy spans over both tokens, labelled "first-second". `text` is the Doc's text (the
    Document's: `sdoc.text` would make a Python Token per token)."""
    from spacy.tokens import Span as SpacySpan

    found = []
    ends = [match.end() for match in DASH_BEFORE_SPACE.finditer(text)]
    if not ends:
        return found
    starts = sdoc.to_array([IDX]).ravel()
    last = len(sdoc) - 1
    kinds, generic = _single_word_kinds(), generic_types()
    for end in ends:  # the dash ends a token that starts at the last token start before it
        i = int(starts.searchsorted(end - 1, side="right")) - 1
        if i < 0 or i >= last:
            continue
        token = sdoc[i]
        if token.idx + len(token.text) != end:
            continue
        if len(token.text) < 4 or not token.text[:-1].isalpha():
            continue
        second = sdoc[i + 1]
        if not second.is_alpha:  # (white space follows the dash: the next word is never glued to it)
            continue
        first_stem, second_stem = stem(token.text[:-1].lower()), stem(second.lower_)
        if first_stem not in single_word_stems() or second_stem not in single_word_stems():
            continue
        first_kind, second_kind = kinds.get(first_stem), kinds.get(second_stem)
        if first_kind in generic or second_kind in generic:
            continue
        label = f"{first_kind or lemma(token.text[:-1])}-{second_kind or lemma(second.text)}"
        found.append(SpacySpan(sdoc, i, i + 2, label=label))
    return found
