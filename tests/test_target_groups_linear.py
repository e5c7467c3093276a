"""The target-groups stage stays linear when one sentence names thousands of groups (a crawler's
flattened list, or hostile input): what a group's sentence says — a word of taking part, of
presenting, of helping, of thanks — is read once per sentence, not once per group (issue 13: 88 KB
of thanks to teachers and children in one sentence ran past the time budget)."""
from __future__ import annotations

import pytest

from lvextract.document import Document

from operation_count import LINEAR_GROWTH, growth, stage_alone


def _target_groups_of(text: str):
    return stage_alone(text, "target_groups")


UNITS = [
    "Paldies par darbu skolotājiem, kā arī bērniem par dziesmām, ",    # thanks, a list of thanked
    "skolēni prezentēja darbus skolotājiem un vecākiem, ",              # presenting to an audience
    "aicinām piedalīties jauniešus, seniorus un ģimenes, ",             # taking part, invited
    "Pedagogi aktīvi piedalījās olimpiādes organizēšanā, ",              # organisers, a participle per group
    "92% jauniešu atzinuši, ka piedalījušies, ",                         # a survey's figures, a percentage per group
    "iepazina speciālista, pavāra un skolotāja profesijas, ",           # professions, a genitive run per group
    "Gadatirgū piedalījās uzņēmēji, uzņēmumi un biedrības, ",          # exhibitors, the sentence read once
]


# Read by a few words around each group, no sentence text: only the count of calls applies.
LOCAL_UNITS = [
    "jautājumus varēs uzdot speciālistiem un pedagogiem, ",            # those asked, a bounded look back per group
]


@pytest.mark.parametrize("unit", UNITS + LOCAL_UNITS)
def test_many_groups_in_one_sentence_stay_linear(unit):
    _target_groups_of(unit * 20)()  # vocabularies and patterns loaded before anything is counted
    assert growth(_target_groups_of(unit * (8_000 // len(unit))),
                  _target_groups_of(unit * (16_000 // len(unit)))) < LINEAR_GROWTH


@pytest.mark.parametrize("unit", UNITS[1:])  # (the thanks are read by tokens, not sentence text)
def test_a_long_sentence_is_read_once_per_question_not_per_group(unit, monkeypatch):
    """The characters of sentence text handed out grow with the text, not with groups × sentence:
    a regular-expression search over a sentence is one operation for the count above."""
    read = 0
    sentence_text = Document.sentence_text

    def counting(self, index):
        nonlocal read
        text = sentence_text(self, index)
        read += len(text)
        return text

    def chars_read(chars: int) -> int:
        nonlocal read
        run = _target_groups_of(unit * (chars // len(unit)))
        monkeypatch.setattr(Document, "sentence_text", counting)
        read = 0
        run()
        monkeypatch.setattr(Document, "sentence_text", sentence_text)
        return read

    chars_read(400)
    small = chars_read(8_000)
    assert small > 0  # the stage does read its sentences, so the bound below says something
    assert chars_read(16_000) < LINEAR_GROWTH * small


def test_a_long_chain_of_genitive_groups_before_an_owner_is_read_without_recursion():
    """whose.owned_by reads a genitive group before another group as that group's owner
    ("skolēnu ģimenēm piederošās"): a chain of a thousand such groups is walked once, not by a
    call per group, which ran past Python's recursion limit and made the document an error."""
    _target_groups_of("senioru jauniešu " * 500 + "ģimenēm piederošās mājas.")()


def test_a_long_chain_of_genitive_groups_stays_linear():
    """A chain of group words with nothing between them ("senioru jauniešu senioru …") is one run of
    groups: the walk back from a group past the groups before it (looks_back), the run's end (ages)
    and the next word past the groups after it (word_at_or_after) are each looked up in an index
    built once per document, not walked again per group (issue 13: growth 3.6 on doubling)."""
    def chain(groups: int) -> str:
        return "senioru jauniešu " * groups + "ģimenēm piederošās mājas."

    _target_groups_of(chain(20))()
    assert growth(_target_groups_of(chain(400)), _target_groups_of(chain(800))) < LINEAR_GROWTH
