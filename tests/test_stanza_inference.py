"""The vectorised tokenizer inference gives exactly what `stanza.Pipeline` gives.

stanza_inference.py reimplements everything around the network (paragraphs, features,
batching, windows over long paragraphs, the e-mail/URL mask, decoding to offsets) and runs
the bidirectional LSTMs one direction at a time; every token and sentence boundary must
still be Stanza's own. Documents are segmented together in large batches, and each one's
result must be what Stanza gives for that document alone (so a record never depends on the
documents it happened to be batched with).
"""
import importlib.util
import random
import sys
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lvextract import segmentation
from lvextract.reading import decode

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def fast(texts):
    return segmentation.stanza_sentences_batch(texts)


def reference(texts):
    return segmentation.pipeline_sentences_batch(texts)


@lru_cache(maxsize=None)
def _alone(text):
    return reference([text])[0]


def each_alone(texts):
    """stanza.Pipeline on each text by itself."""
    return [_alone(t) for t in texts]


def corpus_texts():
    texts = [decode(p.read_bytes())[0] for p in sorted(CORPUS.glob("*.txt"))]
    return [t for t in texts if t]


def test_the_fast_path_is_in_use():
    assert segmentation._fast_tokenizer(str(segmentation.model_path())) is not None


def test_corpus_one_document_at_a_time():
    texts = corpus_texts()
    mismatched = [i for i, text in enumerate(texts) if fast([text]) != each_alone([text])]
    assert mismatched == []


def test_corpus_in_one_batch_is_each_document_alone():
    texts = corpus_texts()
    assert len(texts) >= 40
    assert fast(texts) == each_alone(texts)


def test_corpus_in_small_batches_is_stanzas_own_batching():
    """Where Stanza's batched output is the same as each document alone (the corpus), ours is too."""
    texts = corpus_texts()
    for at in range(0, len(texts), 16):
        assert fast(texts[at:at + 16]) == reference(texts[at:at + 16])


def _long_paragraph(sentences: int) -> str:
    texts = corpus_texts()
    return " ".join(" ".join(t.split()) for t in texts)[: sentences * 120]


HOSTILE = [
    "",
    "   \n\n \t ",
    "Viens.",
    "bez punkta beigās",
    "  Atkāpe sākumā.\n\n\n   Un otrā rindkopā.  ",
    "Rindiņa\nbez tukšas rindas.\r\nWindows\r\n\r\nrindkopa.",
    "Cietā\u00a0atstarpe, tabulācija\tun\u2003plata atstarpe.",
    "Vadības rakstzīmes\u0085 un \u0081 vidū.\n\u0085\nun \x1f beigās\x81",
    "Sīkāka informācija: info@novads.lv, www.novads.lv un https://www.km.gov.lv/lv/jaunumi?id=1.",
    "Summa 1 000 000 EUR; 12.12.2019.; 8.3.3. pasākums; tālr. +371 67 123 456.",
    "«Pēdiņas» un „citas” pēdiņas — un … daudzpunkte!!! Vai?! Jā.",
    "Emocijzīmes 😀👍 un ķīniešu 中文 teksts.",
    "\x81",  # whitespace to Stanza, not to Python: a paragraph without a token
    "\x81\n\nTeksts.\x81\n\n\x81 \x81",
    "12." * 400,
    "\"" * 1500,
    _long_paragraph(10),   # one paragraph over max_seqlen: Stanza's windows
    _long_paragraph(30),   # several windows
    _long_paragraph(12) + "\n\n" + "Īsa rindkopa." + "\n\n" + _long_paragraph(9),
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text(text):
    assert fast([text]) == reference([text])


def test_hostile_texts_in_one_batch():
    assert fast(HOSTILE) == each_alone(HOSTILE)


def _benchmark_module(name):
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", REPO / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def hostile_benchmark_texts(size=5_000):
    """benchmarks/hostile.py's inputs, each one paragraph of `size` bytes (several windows)."""
    hostile = _benchmark_module("hostile")
    return [hostile.build(piece, size) for _name, piece in hostile.INPUTS]


def test_hostile_benchmark_inputs_batched_together_and_alone():
    texts = hostile_benchmark_texts()
    assert fast(texts) == each_alone(texts)
    assert [fast([t])[0] for t in texts] == each_alone(texts)


@pytest.fixture(scope="module")
def synthetic_texts(tmp_path_factory):
    """Announcements built from corpus paragraphs as benchmarks/throughput.py builds them."""
    folder = tmp_path_factory.mktemp("synthetic")
    _benchmark_module("throughput").build_corpus(40, folder, seed=3)
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def test_synthetic_set_batched_one_by_one_and_stanza_agree(synthetic_texts):
    batched = fast(synthetic_texts)
    assert batched == [fast([t])[0] for t in synthetic_texts]
    assert batched == each_alone(synthetic_texts)


def _many_long_paragraphs(count, seed):
    """A document of `count` paragraphs of 1 000-2 600 characters: more than one of Stanza's
    batches of long paragraphs, each read in two or three windows."""
    words = " ".join(" ".join(t.split()) for t in corpus_texts()).split(" ")
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(count):
        at = rng.randrange(len(words) - 600)
        paragraphs.append(" ".join(words[at:at + 600])[:rng.randint(1_000, 2_600)])
    return "\n\n".join(paragraphs)


def test_documents_with_many_long_paragraphs_batched_together_are_each_alone():
    """Stanza's later windows depend on the other long paragraphs of their batch: each document
    must get the batches it would get alone, however many documents are segmented with it."""
    texts = [_many_long_paragraphs(35, seed=1), _many_long_paragraphs(3, seed=2), "Īss teksts.",
             _many_long_paragraphs(1, seed=3)]
    assert fast(texts) == each_alone(texts)
    assert fast(texts[1:3]) == each_alone(texts[1:3])


def _calls(monkeypatch, texts):
    """The (rows, width) of every call of the network while `texts` are segmented."""
    from lvextract import stanza_inference

    tokenizer = segmentation._fast_tokenizer(str(segmentation.model_path()))
    shapes = []
    real = stanza_inference.Tokenizer._argmax

    def recording(self, ids, features, lengths):
        shapes.append(ids.shape)
        return real(self, ids, features, lengths)

    monkeypatch.setattr(stanza_inference.Tokenizer, "_argmax", recording)
    fast(texts)
    return tokenizer, shapes


def test_calls_stay_within_their_bound(monkeypatch):
    tokenizer, shapes = _calls(monkeypatch, corpus_texts())
    assert all(rows * width <= tokenizer.call_cells or rows == 1 for rows, width in shapes)
    # The corpus's 142 000 characters go in a few dozen calls, not one per 32 paragraphs.
    assert len(shapes) < 40


def test_later_windows_run_only_the_rows_not_finished(monkeypatch):
    """One long paragraph among many short ones: the network's work stays close to the text's
    length (Stanza pads every row of the long paragraph's batch to each window's width)."""
    long = _long_paragraph(30)  # about 3 600 units: four windows
    text = "\n\n".join([long, *("Īsa rindkopa numur %d." % i for i in range(40))])
    _tokenizer, shapes = _calls(monkeypatch, [text])
    units = len(" ".join(text.split()))
    assert sum(rows * width for rows, width in shapes) < 1.3 * units


def test_short_paragraphs_of_many_lengths_share_a_few_calls(monkeypatch):
    """Paragraphs of 40 different short lengths: each call of the network costs more than a
    little padding, so they go into a few calls, not one per fifth of length (about 15)."""
    words = "Viens divi trīs četri pieci seši septiņi astoņi deviņi desmit".split()
    paragraphs = [" ".join(words[:1 + i % 10]) + "." * (1 + i // 10) for i in range(40)]
    _tokenizer, shapes = _calls(monkeypatch, ["\n\n".join(paragraphs)])
    assert len(shapes) <= 3
    units = sum(len(p) for p in paragraphs)
    assert sum(rows * width for rows, width in shapes) < 2 * units
