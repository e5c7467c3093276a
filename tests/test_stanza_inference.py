"""The vectorised tokenizer inference gives exactly what `stanza.Pipeline` gives.

stanza_inference.py reimplements everything around the network (paragraphs, features,
batching, windows over long paragraphs, the e-mail/URL mask, decoding to offsets) and runs
the bidirectional LSTMs one direction at a time; every token and sentence boundary must
still be Stanza's own.
"""
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lvextract import segmentation
from lvextract.reading import decode

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def fast(texts):
    return segmentation.stanza_sentences_batch(texts)


def reference(texts):
    return segmentation.pipeline_sentences_batch(texts)


def corpus_texts():
    texts = [decode(p.read_bytes())[0] for p in sorted(CORPUS.glob("*.txt"))]
    return [t for t in texts if t]


def test_the_fast_path_is_in_use():
    assert segmentation._fast_tokenizer(str(segmentation.model_path())) is not None


def test_corpus_batched_as_the_runner_batches():
    texts = corpus_texts()
    assert len(texts) >= 40
    for at in range(0, len(texts), 16):
        assert fast(texts[at:at + 16]) == reference(texts[at:at + 16])


def test_corpus_one_document_at_a_time():
    texts = corpus_texts()
    mismatched = [i for i, text in enumerate(texts) if fast([text]) != reference([text])]
    assert mismatched == []


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
    assert fast(HOSTILE) == reference(HOSTILE)


PIECES = st.sampled_from([
    "Rīgā", "2024. gada", "5. martā", "plkst.", "10.00", "EUR", "1 500", "projekts", "Nr.", "u.c.",
    "Dr.", "J. Bērziņš", "info@lv.lv", "www.lv.lv", ".", ",", "!", "?", ":", ";", "-", "–", "(", ")",
    "\"", "«", "»", "%", "/", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "A", "ā", "1", "12.", "š.g.",
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=120).map("".join))
def test_random_announcement_pieces(text):
    assert fast([text]) == reference([text])


def test_checkpoints_it_cannot_run_are_left_to_stanza(tmp_path, monkeypatch):
    import torch

    from lvextract import stanza_inference

    checkpoint = torch.load(segmentation.model_path(), lambda storage, loc: storage, weights_only=True)
    checkpoint["config"]["use_dictionary"] = True
    with_dictionary = tmp_path / "dictionary.pt"
    torch.save(checkpoint, with_dictionary)
    with pytest.raises(stanza_inference.Unsupported):
        stanza_inference.Tokenizer(str(with_dictionary))
    assert segmentation._fast_tokenizer.__wrapped__(str(with_dictionary)) is None
    monkeypatch.setenv(segmentation.SEGMENTER_ENV, "stanza")
    assert segmentation._fast_tokenizer.__wrapped__(str(segmentation.model_path())) is None
