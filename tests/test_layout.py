"""layout: lines, paragraphs and clauses of a document, each built once.

Sentences are given by hand with "¦" where the segmenter would end one (no model needed), so
each row says exactly what the segmenter did and what the layout makes of it."""
import re

import pytest

from lvextract.document import Document
from lvextract.layout import layout, paragraph_starts

MARK = "¦"


def doc_of(marked: str) -> Document:
    """A Document whose sentences end at each "¦" (the marks removed from the text)."""
    text, sentences, offset = "", [], 0
    for piece in marked.split(MARK):
        tokens = [(offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+", piece)]
        if tokens:
            sentences.append(tokens)
        text += piece
        offset += len(piece)
    return Document.from_offsets(text, sentences)


def clause_texts(doc: Document) -> list[str]:
    seen = dict.fromkeys(layout(doc).clause_table)
    return [doc.text[s:e] for s, e in seen]


# (sentences as the segmenter cut them, the clauses the layout reads)
CLAUSES = [
    # a cut after "plkst." is mended: the time belongs to the sentence
    ("Seminārs sāksies plkst.¦ 10.00 domes zālē.¦ Ieeja brīva.",
     ["Seminārs sāksies plkst. 10.00 domes zālē.", "Ieeja brīva."]),
    # after "Nr." and "š.g." likewise
    ("Projekts Nr.¦ 5 noslēgsies š.g.¦ 30. jūnijā.",
     ["Projekts Nr. 5 noslēgsies š.g. 30. jūnijā."]),
    # a lower-case start goes on the sentence before
    ("Pieteikties var līdz 5. maijam.¦ ieskaitot sestdienas.¦ Sīkāk – mājaslapā.",
     ["Pieteikties var līdz 5. maijam. ieskaitot sestdienas.", "Sīkāk – mājaslapā."]),
    # a blank line ends a clause whatever the abbreviation
    ("Tikšanās notiks plkst.¦\n\nOtrdien bibliotēkā.",
     ["Tikšanās notiks plkst.", "Otrdien bibliotēkā."]),
    # negative: a capital after a full stop starts a new clause
    ("Konference notiks Rīgā.¦ Dalība bez maksas.",
     ["Konference notiks Rīgā.", "Dalība bez maksas."]),
]


@pytest.mark.parametrize("marked, expect", CLAUSES, ids=[c[0][:40] for c in CLAUSES])
def test_clauses(marked, expect):
    assert clause_texts(doc_of(marked)) == expect


def test_clause_bounds_and_neighbours():
    doc = doc_of("Ievads par projektu.¦ Darbnīca notiks plkst.¦ 15.00.¦ Ieeja brīva.¦\n\nCits temats.")
    lay = layout(doc)
    middle = lay.clause_bounds(doc.text.index("Darbnīca"))
    assert doc.text[slice(*middle)] == "Darbnīca notiks plkst. 15.00."
    assert doc.text[slice(*lay.neighbour_clause(middle, -1))] == "Ievads par projektu."
    after = lay.neighbour_clause(middle, +1)
    assert doc.text[slice(*after)] == "Ieeja brīva."
    assert lay.neighbour_clause(after, +1) is None  # a blank line between: another paragraph
    assert lay.neighbour_clause(lay.clause_bounds(0), -1) is None


def test_layout_is_built_once_per_document():
    doc = doc_of("Viens.¦ Divi.")
    assert layout(doc) is layout(doc)


@pytest.mark.parametrize("text, offset, expect", [
    ("Pirmā rinda\nOtrā rinda\nTrešā", 14, "Otrā rinda"),
    ("Pirmā rinda\nOtrā rinda\nTrešā", 0, "Pirmā rinda"),
    ("Pirmā rinda\nOtrā rinda\nTrešā", 24, "Trešā"),
    ("Viena rinda bez pārnesuma", 6, "Viena rinda bez pārnesuma"),
    ("Rinda\n\nPēc tukšas", 6, ""),  # the empty line itself
])
def test_line_of(text, offset, expect):
    start, end = layout(Document(text)).line_of(offset)
    assert text[start:end] == expect


# (text, the paragraphs it holds)
PARAGRAPHS = [
    # a blank line (the blank line itself counts as a paragraph of nothing)
    ("Pirmā rindkopa.\n\nOtrā rindkopa.", ["Pirmā rindkopa.\n", "\n", "Otrā rindkopa."]),
    ("Pirmā rindkopa,\n\nOtrā rindkopa.", ["Pirmā rindkopa,\n\n", "Otrā rindkopa."]),
    # a heading line over a capitalised line
    ("Konsultācijas novados\nOtrdien Limbažos.", ["Konsultācijas novados\n", "Otrdien Limbažos."]),
    # a line that ends a sentence
    ("Seminārs notiks Cēsīs.\nPieteikties līdz 5. maijam.", ["Seminārs notiks Cēsīs.\n", "Pieteikties līdz 5. maijam."]),
    # negative: a hard-wrapped line cut mid-sentence goes on
    ("Pieteikumus pieņem Jaunatnes lietu nodaļā, kas atrodas domes ēkas otrajā stāvā, un\nKultūras centrā.",
     ["Pieteikumus pieņem Jaunatnes lietu nodaļā, kas atrodas domes ēkas otrajā stāvā, un\nKultūras centrā."]),
    # negative: a line ending in a colon introduces what follows
    ("Tikšanās notiks:\nRīgā un Cēsīs.", ["Tikšanās notiks:\nRīgā un Cēsīs."]),
    # negative: a lower-case next line continues
    ("Darbnīcas vadīs\nmākslinieki no Rīgas.", ["Darbnīcas vadīs\nmākslinieki no Rīgas."]),
    # negative: a short line stopping on a conjunction is a wrapped sentence, no heading
    ("3. martā ministre Ozoliņa un\nValsts kancelejas vadītājs apmeklēs Liepas.",
     ["3. martā ministre Ozoliņa un\nValsts kancelejas vadītājs apmeklēs Liepas."]),
    # an older page indents each paragraph's first line: the capital after the blanks opens one
    ("    Seminārs notiks Cēsīs.\n    Pieteikties līdz 5. maijam.", ["    Seminārs notiks Cēsīs.\n", "    Pieteikties līdz 5. maijam."]),
    # negative: an indented line in lower case still continues the sentence
    ("    Darbnīcas vadīs.\n      mākslinieki no Rīgas.", ["    Darbnīcas vadīs.\n      mākslinieki no Rīgas."]),
]


@pytest.mark.parametrize("text, expect", PARAGRAPHS, ids=[p[0][:40] for p in PARAGRAPHS])
def test_paragraphs(text, expect):
    starts = paragraph_starts(text)
    assert [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)])] == expect


def test_one_long_line_is_read_once():
    """No rescan per position: a megabyte without a line break has one paragraph and one line."""
    text = "vārds " * 200_000
    assert paragraph_starts(text) == [0]
    assert layout(Document(text)).line_of(len(text) // 2) == (0, len(text))


def test_sentence_end_is_the_end_of_the_sentence_holding_the_offset_or_of_the_next():
    doc = doc_of("Ozolu parkā stādīs kokus.¦  Talka sāksies rītā.¦")
    first_end = doc.text.index(".") + 1
    second_end = len(doc.text)
    assert layout(doc).sentence_end(0) == first_end
    assert layout(doc).sentence_end(first_end) == second_end  # in the gap: the next sentence's
    assert layout(doc).sentence_end(second_end) is None  # past the last sentence: no bound


@pytest.mark.parametrize("text", ["", "\n", "a", "ab\ncd\n\nef", "\n\nx\n", "one long line without a break " * 3])
def test_newline_lookups_answer_as_find_and_rfind(text):
    """next_newline / previous_newline (a bisection in the text's newline offsets) give what
    text.find("\\n", pos) / text.rfind("\\n", 0, pos) give, -1 and positions off the text included."""
    from lvextract.layout import next_newline, previous_newline

    for pos in range(-2, len(text) + 3):
        assert next_newline(text, pos) == text.find("\n", pos)
        assert previous_newline(text, pos) == text.rfind("\n", 0, pos)
