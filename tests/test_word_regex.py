"""word_regex.required_literals: literals one of which every match of a regex holds (a cheap
pre-check before a costly alternation, events/not_days.py). Sound: a text without any of them has
no match."""
import re

import pytest

from lvextract.extractors.events.not_days import _before_keys, _cues
from lvextract.word_regex import required_literals

CASES = [
    (r"sākotnēji\b[^.]{0,80}", ("sākotnēji",)),
    (r"(?:bija|tika)\s+(?:ie)?(?:plānot|paredzēt)\w*", ("aredzēt", "lānot")),  # common prefix "p" parsed out
    (r"\bne\s+(?:ātrāk|vēlāk)\s+$|(?<!\w)nevis\s+$", ("nevis", "vēlāk", "ātrāk")),
    (r"(?:ie)?plānot", ("plānot",)),
    (r"\d+\s*$", None),  # no literal: no pre-check
    (r"a|\w+", None),  # a branch without one
    (r"x?y", ("y",)),  # an optional part is not required
]


@pytest.mark.parametrize("pattern, keys", CASES)
def test_required_literals(pattern, keys):
    found = required_literals(pattern, re.IGNORECASE)
    assert (None if found is None else tuple(sorted(found))) == (None if keys is None else tuple(sorted(keys)))


TEXTS = ["Sākotnēji koncerts bija plānots 5. maijā", "tas bija paredzēts uz 12. jūniju", "notiks 5. maijā, nevis 6. maijā",
         "pārcelta no 5. maija", "Vairāk lasiet 9. maija «Novada Balsī»", "jāplāno ne ātrāk kā 6. jūlijā",
         "SĀKOTNĒJI TIKA PLĀNOTS 3. MARTĀ", "seminārs 5. martā plkst. 10.00"]


@pytest.mark.parametrize("section", ["moved_from", "other_day"])
def test_a_window_without_the_key_words_has_no_before_cue(section):
    before, _ = _cues(section)
    keys = _before_keys(section)
    assert keys is not None
    hits = 0
    for text in TEXTS:
        for end in range(len(text) + 1):
            if before.search(text[:end]):
                hits += 1
                assert keys.search(text, 0, end), (section, text[:end])
    assert hits  # the texts do hold cues
