"""Lookups among the funding mentions stay linear in the count of mentions: a quoted project name
asks whether a funder's mention covers it (projects/funder_quoted.names_a_funder), a national mention
whether a municipal one explains it (funding_national.municipal_national). Each was once a pass over
every mention per item, the square of a long list; tests/test_fuzz.py's rows of the same shapes only
guard against a hang, since over the whole pipeline that square is too small a share of the calls to
show. Counted here on the one stage that asks (operation_count.stage_alone).

The third row added with them, numbers without a currency after a granting word, is not counted:
its cost was a regular expression backtracking inside one `match` call per number, which neither
the calls nor the windows scanned (operation_count.scanned_chars) can see. Its huge-line guard is
the fuzz row."""
from __future__ import annotations

import pytest

from operation_count import LINEAR_GROWTH, growth, stage_alone

# (the unit repeated, how many times in the longer text, the stage that asks)
ROWS = [
    pytest.param("Tiks īstenoti divi projekti: pētījums par nozari un akadēmija “Jaunie līderi” no "
                 "Eiropas Sociālā fonda. ", 320, "projects", id="quoted names beside funds"),
    pytest.param("nacionālais līdzfinansējums (arī pašvaldību budžets) ", 1200, "funding",
                 id="national co-funding explained as municipal"),
    # one long sentence of municipal owners and money (funding_municipal_payer.py): each owner's chain and
    # clause read a bounded window, the money of its clause looked up, never the sentence rescanned
    pytest.param("Ozolu novada pašvaldības jauniešu projektu konkursā piešķirti 500 eiro, ", 1200, "funding",
                 id="municipal owners in one long sentence"),
    # councils announcing contests in one long sentence (_funding_contest_told): the sentence's contests and
    # its other funders read once, not once per council word
    pytest.param("pašvaldība izsludina finansējuma konkursu un ", 1200, "funding",
                 id="councils announcing contests in one long sentence"),
    # a ministry's programme waiting for its sum (funding_programme_money.py): each sentence walked once from
    # where the programme was named, the sums of the applicants' clauses read and passed, never rescanned
    pytest.param("Kultūras ministrijas izveidotajai atbalsta programmai iesniegti pieteikumi par 9 eiro, ", 1200,
                 "funding", id="a ministry's programmes in one long sentence"),
    # ... and a council's contest whose items' sums are each another funder's (funding_contest_money._allotted)
    pytest.param("Ozolu domes izsludinātajam projektu konkursam. Projektiem piešķirti 9 eiro no ESF. ", 600,
                 "funding", id="contests awaiting their sums sentence by sentence"),
    # a state programme's call with its years between (a gap of the [[entry]] STATE forms) that never comes
    pytest.param("Jaunatnes politikas valsts programmas 2024. gadam ietvaros ", 1200, "funding",
                 id="a state programme's years with no call after them"),
]


@pytest.mark.parametrize("unit, count, stage", ROWS)
def test_each_mention_is_looked_up_once(unit, count, stage):
    stage_alone(unit * 20, stage)()  # vocabularies and patterns loaded before anything is counted
    assert growth(stage_alone(unit * (count // 2), stage), stage_alone(unit * count, stage)) < LINEAR_GROWTH
