"""Segmentation repairs (issue 3): the table in examples/segmentation.toml, run on the bundled
model and on a deliberately bad segmentation that the repairs must put right."""
from __future__ import annotations

import re

import pytest
from example_tables import examples, load_table

from lvextract.document import Document
from lvextract.pipeline import build_document
from lvextract.repairs import repair

TABLE = load_table("segmentation")


def naive_segmentation(text: str) -> list[list[tuple[int, int]]]:
    """A worst-case model: every punctuation mark is a token, every full stop ends a sentence."""
    sentences, current = [], []
    for m in re.finditer(r"\w+|[^\w\s]", text):
        current.append(m.span())
        if m.group() in ".!?":
            sentences.append(current)
            current = []
    return sentences + ([current] if current else [])


def segment(text: str, model: str) -> Document:
    if model == "bundled":
        return build_document(text)
    return Document.from_offsets(text, repair(text, naive_segmentation(text)))


def params():
    for row in TABLE:
        for model in ("bundled", "naive"):
            if model == "naive" and not row.context.get("naive", True):
                continue
            yield pytest.param(row, model, id=f"{model}:{row.id}")


@pytest.mark.parametrize("row,model", list(params()))
def test_segmentation_table(row, model):
    text, expect = row.text, row.expect
    doc = segment(text, model)
    tokens = [t.text for t in doc.tokens]
    sentences = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    for expected in expect.get("tokens", []):
        assert expected in tokens, f"{expected!r} not one token in {tokens}"
    for unexpected in expect.get("not_tokens", []):
        assert unexpected not in tokens, f"{unexpected!r} should not be a token: {tokens}"
    if "sentences" in expect:
        assert sentences == expect["sentences"]
    for phrase in expect.get("together", []):
        start = text.index(phrase)
        assert doc.sentence_index(start) == doc.sentence_index(start + len(phrase) - 1), sentences
    for first, second in expect.get("apart", []):
        assert doc.sentence_index(text.index(first)) != doc.sentence_index(text.index(second)), sentences


@pytest.mark.parametrize("row", examples("segmentation"))
def test_offsets_are_exact_and_ordered(row):
    text = row.text
    doc = build_document(text)
    previous_end = 0
    for token in doc.tokens:
        assert text[token.start:token.end] == token.text
        assert token.start >= previous_end, "tokens overlap or are out of order"
        assert token.text == token.text.strip() and token.text
        previous_end = token.end
    assert doc.spacy.text == text


def test_nothing_is_lost_between_tokens():
    """Every non-space character of the text lies inside some token."""
    text = "Kontakti: info@lm.gov.lv; tālr. 67 021 512; www.lm.gov.lv/lv. Sākums 10:30!"
    doc = build_document(text)
    covered = set()
    for token in doc.tokens:
        covered.update(range(token.start, token.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_empty_and_blank_text():
    assert build_document("").sentences == []
    assert build_document("  \n\n ").sentences == []


# --- `lvextract segment` -------------------------------------------------------------
CLI_ROWS = [
    # (arguments, stdin, expected exit status, expected lines or None)
    (["-"], "Sākums plkst. 15:30. Pēc tam kafija.", 0, ["Sākums plkst. 15:30.", "Pēc tam kafija."]),
    (["-", "--tokens"], "Raksti uz Deniss.Kretalovs@km.gov.lv. Paldies!", 0,
     ["Raksti uz Deniss.Kretalovs@km.gov.lv .", "Paldies !"]),
    (["-", "--lemmas"], "Atbalsts bezdarbniekiem Rīgā.", 0, ["atbalsts bezdarbnieks rīga ."]),
    (["-", "--tokens", "--lemmas"], "Romiem.", 0, ["Romiem/roms ./."]),
    (["-", "--offsets"], "Virsraksts\n\nTeksts.", 0, ["0-10\tVirsraksts", "12-19\tTeksts."]),
    (["-"], "Rindkopa ar\npārnesumu.", 0, ["Rindkopa ar pārnesumu."]),
]


@pytest.mark.parametrize("args,stdin,status,lines", CLI_ROWS, ids=[" ".join(r[0]) + ":" + r[1][:20] for r in CLI_ROWS])
def test_segment_command(args, stdin, status, lines):
    from click.testing import CliRunner

    from lvextract.cli import main

    result = CliRunner().invoke(main, ["segment", *args], input=stdin.encode("utf-8"))
    assert result.exit_code == status, result.output
    assert result.stdout.splitlines() == lines


def test_segment_missing_file_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from lvextract.cli import main

    result = CliRunner().invoke(main, ["segment", str(tmp_path / "nav.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b""], ids=["binary", "empty"])
def test_segment_unreadable_file_exits_1(tmp_path, content):
    from click.testing import CliRunner

    from lvextract.cli import main

    path = tmp_path / "x.txt"
    path.write_bytes(content)
    result = CliRunner().invoke(main, ["segment", str(path)])
    assert result.exit_code == 1
    assert result.stdout == "" and len(result.stderr.strip().splitlines()) == 1


def test_segment_reads_baltic_code_page(tmp_path):
    from click.testing import CliRunner

    from lvextract.cli import main

    path = tmp_path / "cp.txt"
    path.write_bytes("Pašvaldība aicina jauniešus. Dalība bez maksas.".encode("cp1257"))
    result = CliRunner().invoke(main, ["segment", str(path)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["Pašvaldība aicina jauniešus.", "Dalība bez maksas."]


def test_segment_missing_model_is_a_usage_error(tmp_path):
    from click.testing import CliRunner

    from lvextract.cli import main

    path = tmp_path / "t.txt"
    path.write_text("Teksts.", encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--tokenizer-model", str(tmp_path / "nav.pt")])
    assert result.exit_code == 2
    assert "tokenizer model not found" in result.stderr
