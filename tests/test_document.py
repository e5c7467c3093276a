"""Document building: the spaCy Doc's columns, empty tokens, and the garbage collector's pause."""
import gc
import re

import pytest

from lvextract.document import Document, _gc_paused, _interleave


def words_of(text: str) -> list[list[tuple[int, int]]]:
    """One sentence per line of non-space runs (no model needed)."""
    sentences, current = [], []
    for m in re.finditer(r"\S+|\n", text):
        if m.group() == "\n":
            if current:
                sentences.append(current)
            current = []
        else:
            current.append(m.span())
    return sentences + ([current] if current else [])


@pytest.mark.parametrize("text", [
    "Sveiki, pasaule.",
    "  Ievads ar atstarpēm priekšā.\nOtrā rinda.",
    "Divas  atstarpes\tun tabulācija.\n\n\nTrīs rindas.  ",
    " \n x \n",
    "vārds",
])
def test_spacy_doc_columns_reproduce_the_text(text):
    doc = Document.from_offsets(text, words_of(text))
    sdoc = doc.spacy
    assert sdoc.text == text
    tokens = [t for s in doc.sentences for t in s.tokens]
    for token in tokens:
        span = sdoc.char_span(token.start, token.end)
        assert span is not None and len(span) == 1
        assert span[0].lemma_ == token.lemma and span[0].norm_ == token.stem
    # One sentence per Stanza sentence; leading white space belongs to the first one.
    assert len(list(sdoc.sents)) == len(doc.sentences)
    # White space between tokens: one space is the token's trailing space, the rest a token.
    for spacy_token in sdoc:
        if spacy_token.is_space:
            assert spacy_token.lemma_ == spacy_token.text == spacy_token.norm_


def test_empty_tokens_and_empty_sentences_are_dropped():
    text = "Viens divi."
    doc = Document.from_offsets(text, [[(0, 0)], [(0, 5), (5, 5), (6, 10), (10, 11)]])
    assert [(t.text, t.start, t.end) for t in doc.tokens] == [("Viens", 0, 5), ("divi", 6, 10), (".", 10, 11)]
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 11)]


def test_interleave_puts_each_added_item_after_its_index():
    assert _interleave(["a", "b", "c"], ["x", "y"], [0, 2], ()) == ["a", "x", "b", "c", "y"]
    assert _interleave(["a"], [], [], ("h",)) == ["h", "a"]


@pytest.mark.parametrize("enabled", [True, False])
def test_gc_pause_gives_back_the_collectors_state(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with _gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), _gc_paused():
            raise ValueError("a failed build")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_building_leaves_the_collector_on():
    assert gc.isenabled()
    doc = Document.from_offsets("Sveiki.", [[(0, 6), (6, 7)]])
    doc.spacy
    assert gc.isenabled()
