"""The contacts stage stays linear on one long line of numbered phones (a crawler's flattened
directory, or hostile input): issue 13. A number after "t. nr." asks whether its line names a phone
by a fuller label, and with no line break within 200 characters before it that line has always run
from the text's start: it was copied, lowered and split once per number (lin2's probe: 2.0 M
characters at 8 KB, 7.7 M at 16 KB). The far part of the line is now answered by the text's first
such word, found once. A name whose line's end is near asked the same of the line before it
(name_context.opens_signature); a span longer than a role is now told by its ends. A copy is one call for `operations`; this test counts the characters the
stage slices out of the text instead."""
from __future__ import annotations

import pytest

from operation_count import LINEAR_GROWTH, sliced_chars

UNITS = [
    "t. nr. 29123456, ",                    # a weak label and a number word before every number
    "tālr. 29123456, t. nr. 67021600, ",    # a fuller label early in the line, then the weak one
    # lines of prose over 200 characters, each ending in a name: whether the name opens a signature
    # read "its line" from the text's start (name_context.opens_signature), one copy per name
    "Pasākumā piedalījās daudzi novada iedzīvotāji un viesi no kaimiņu pagastiem, kas kopā ar mūziķiem "
    "dziedāja un dejoja līdz vēlam vakaram, bet rīkotāji pateicās visiem atbalstītājiem par ieguldījumu un "
    "sadarbību ilgo gadu garumā, īpaši tiem, kuri palīdzēja sagatavot telpas un cienastu, Jānis Ozols\n",
]


@pytest.mark.parametrize("unit", UNITS)
def test_one_line_of_numbered_phones_copies_linearly(unit):
    sliced_chars(unit * 20, "contacts")  # vocabularies and patterns loaded before anything is counted
    small = sliced_chars(unit * (8_000 // len(unit)), "contacts")
    assert sliced_chars(unit * (16_000 // len(unit)), "contacts") < LINEAR_GROWTH * max(small, 1)
