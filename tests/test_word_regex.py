"""word_regex.required_literals: literals one of which every match of a regex holds (a cheap
pre-check before a costly alternation, events/not_days.py). Sound: a text without any of them has
no match."""
import re

import pytest

from lvextract.extractors.events.not_days import _cues
from lvextract.word_regex import last_match, may_match, required_literals

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
    assert required_literals(before.pattern, before.flags) is not None  # the check has words to look for
    hits = 0
    for text in TEXTS:
        for end in range(len(text) + 1):
            if before.search(text[:end]):
                hits += 1
                assert may_match(before, text, 0, end), (section, text[:end])
    assert hits  # the texts do hold cues


def test_text_may_match_reads_the_literals_every_match_needs():
    from lvextract.word_regex import gated_finditer, text_may_match

    pattern = re.compile(r"(?<!\w)(?:pārcelt|atcelt)\w*\s+uz\s+\d", re.IGNORECASE)
    assert text_may_match(pattern, "Koncerts PĀRCELTS uz 5. maiju")  # any case, as the regex reads it
    assert not text_may_match(pattern, "Koncerts notiks 5. maijā")
    assert list(gated_finditer(pattern, "Koncerts notiks 5. maijā")) == []
    assert [m.start() for m in gated_finditer(pattern, "Tas atcelts uz 5. maiju")] == [4]
    # a letter the regex folds otherwise than str.lower ("ı" is "i" to it): no gate, the regex decides
    dotless = re.compile(r"seminārs", re.IGNORECASE)
    assert text_may_match(dotless, "sem\u0131nārs") and dotless.search("sem\u0131nārs")
    # case-sensitive: the literal as written; a group ignoring case of its own is not gated
    assert not text_may_match(re.compile(r"dienā"), "DIENĀ")
    assert text_may_match(re.compile(r"(?i:dienā)"), "DIENĀ")
    # a window: only the literals inside it count
    anchored = re.compile(r"(?:tas|tie)\s+notiks\s+$", re.IGNORECASE)
    text = "Tie notiks 5. maijā, bet tas notiks 6. maijā"
    assert not may_match(anchored, text, 11, 20)
    assert may_match(anchored, text, 21, 36) and anchored.search(text, 21, 36)


@pytest.mark.parametrize("text", [
    "Notiks Velodiena. Aicinām uz Sporta dienu, 5. maijā; notiks\n\n  Velodiena!",
    "dien",
    "Velodiena",  # a run at the text's end
    "1. maijā Olimpiādiena-2 un notika\tkopienas diena 2024",  # the look-ahead reads one character past a run
    "a" * 450 + " diena notiks, " + "b" * 5 + " Ziemasdiena",  # a run longer than one step back
    "Notiks kopienas diena" + " un sēta" * 60 + ". Aicinām uz Velodienu",  # a run longer than one step on
    "notiks Velodiena_ x; notiks Velodienā. Rīt — Mākslasdiena",
])
@pytest.mark.parametrize("step", [200, 3])
def test_finditer_in_word_runs_finds_what_the_whole_text_scan_finds(text, step, monkeypatch):
    from lvextract import word_regex
    from lvextract.extractors.events.compound_days import _pattern
    from lvextract.extractors.events.named_days import DAY_WORD, _told_pattern
    from lvextract.word_regex import finditer_in_word_runs

    monkeypatch.setattr(word_regex, "RUN_STEP", step)  # small windows walk every boundary case
    for pattern in (_pattern(), _told_pattern()):
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_in_word_runs(pattern, text, DAY_WORD)] == whole
    # the runs without the key are not scanned at all: a letter-only pattern without "dien" finds nothing there
    assert [m.group() for m in finditer_in_word_runs(re.compile(r"\w+"), "Rīt, diena; vakars", DAY_WORD)] == ["diena"]


def test_word_runs_callers_look_ahead_over_letters_and_spaces_only():
    """finditer_in_word_runs scans runs of letters and spaces: the word lists its callers' patterns
    read past a match ([happens] words, [named_days] held_by) must hold nothing else, or a match
    would be lost without a sign."""
    from lvextract.extractors.events.lexicon import vocabulary

    words = vocabulary()["happens"]["words"] + vocabulary()["named_days"]["held_by"]
    assert words and all(w.replace(" ", "").isalpha() for w in words)


def test_last_match_is_the_nearest_before_the_end():
    pattern = re.compile(r"\d+")
    text = "1 22 333 4444"
    assert last_match(pattern, text).group(0) == "4444"
    assert last_match(pattern, text, 0, 8).group(0) == "333"
    assert last_match(pattern, text, 2, 4).group(0) == "22"
    assert last_match(pattern, text, 5, 5) is None
    assert last_match(re.compile("x"), text) is None
