"""events/word_runs.py: the runs it finds for chosen words are exactly those re.finditer yields."""
import random
import re

from lvextract.document import Document
from lvextract.extractors.events.word_runs import LETTER_CHAR, LETTER_RUN, WORD_CHAR, WORD_RUN, kept_runs, run_spans

PIECES = ["notiks", "Notiks", "notika", "a", "aa", "tiks", "tiksies", "1", "_", " ", ", ", "\n", "ā", "5.", "x2"]


def test_run_spans_match_finditer_for_the_words_asked():
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        for run, char in ((WORD_RUN, WORD_CHAR), (LETTER_RUN, LETTER_CHAR)):
            words = set(run.findall(text))
            asked = {w for w in words if rng.random() < 0.5}
            expected = [(m.start(), m.end()) for m in run.finditer(text) if m.group(0) in asked]
            assert run_spans(text, asked, char) == expected, (text, asked)


def test_a_word_inside_a_longer_run_is_not_taken():
    assert run_spans("notikstiks notiks", ["notiks"]) == [(11, 17)]
    assert run_spans("a1 a", ["a"], LETTER_CHAR) == [(0, 1), (3, 4)]
    assert run_spans("a1 a", ["a"]) == [(3, 4)]


def test_kept_runs_asks_each_spelling_once_and_takes_the_kind_of_run_asked():
    asked = []

    def keep(word):
        asked.append(word)
        return word.lower() == "notiks"

    doc = Document("Notiks koncerts, notiks balle; notiks2 nav vārds.")
    assert kept_runs(doc, keep) == [(0, 6), (17, 23)]
    assert sorted(asked) == sorted(set(asked))
    assert kept_runs(doc, keep, letters=True) == [(0, 6), (17, 23), (31, 37)]
