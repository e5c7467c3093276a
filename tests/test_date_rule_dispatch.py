"""The date rules are tried at a start only when the number there and the character after it
allow them (date_rule_scan): these tests check that no rule is skipped where it could match,
against trying every rule at every start, and against each rule's own finditer."""
from __future__ import annotations

import random
import re

import pytest

from lvextract.temporal import date_rule_scan, vocabulary as vocab
from lvextract.temporal.date_rules import rules


def _every_rule_at_every_start(text: str):
    starts = [m.start() for m in date_rule_scan._rule_starts().finditer(text)]
    for priority, (_name, pattern, build) in enumerate(rules()):
        for m in vocab.finditer_at(pattern, text, starts):
            atoms = build(m)
            if atoms:
                yield min(a.start for a in atoms), max(a.end for a in atoms), priority, atoms


def _every_rule_everywhere(text: str):
    for priority, (_name, pattern, build) in enumerate(rules()):
        for m in pattern.finditer(text):
            atoms = build(m)
            if atoms:
                yield min(a.start for a in atoms), max(a.end for a in atoms), priority, atoms


def _key(units):
    # A rule's action may raise (a month form the vocabulary lacks, "ſeptembrī" with a long s):
    # then both ways must raise it.
    try:
        return [(s, e, p, [repr(a) for a in atoms]) for s, e, p, atoms in units]
    except KeyError as error:
        return f"KeyError {error}"


# One or more texts per class of the dispatch table, and the edges around it.
TRICKY = [
    "5. martā", "5.martā", "5 .\nmartā", "5.\n\nmartā", "05. martā 2019", "5. marts, 2019", "5.-7. martā",
    "5. līdz 7. martam", "5 līdz pat 7. martam", "5., 6. un 7. maijā", "5, 6 & 7 maijā", "5 vai 6. maijā",
    "5,6. maijā", "5. jūn. 2019", "5.jūn.2019", "05.03.2019.", "5 . 3 . 2019", "05.03.19", "5/3/2019",
    "2019-05-03", "Datums: 2019-05", "2019-2020", "20-02-2023", "17 • 12 • 2009", "17·12·2009", "16.05.",
    "līdz 15.05", "no 15.05", "no 3.-5.03.2019", "3.–5.03.2019.", "19.-26.10.21", "05.05.2021-07.05.2021",
    "3.–5.05.", "3 — 5.05.", "2012.–2014. gadā", "2012. gada līdz 2014. gadam", "2012 līdz 2014",
    "2012/2014", "2020./21. mācību gadā", "2023/24 sezonā", "2023-24 sezonā", "2012., 2013. un 2014. gadā",
    "2012, 2013 vai 2014. gads", "2012. gadā", "2018.g.", "2018 g.", "1645. gadā", "1236.gada 22.septembrī",
    "2000 gadu", "1990. gados", "2014. gada martā", "2014.gada 5.maijā", "2014. g. 5. maijā",
    "šā gada 5. maijā", "š.g. 5. maijā", "tā paša gada 3. jūnijā", "Marts 2024", "novembris, 2023",
    "no 5. līdz 7. maijam", "kopš 2012. līdz 2014. gadam", "līdz2018.gada 5.maijam", "kopš2012. gada",
    "123. maijā", "12345 gadā", "12345. gadā", "5²", "٥. martā", "5 .  .  . martā", "5" + " " * 20 + "martā",
    "8.3.3. maijā", "tel. 5. 6. 7.", "2019\n\n5. maijā", "2024. gada 5. martā\n" * 3, "3.augustāplkst. 10.00",
    "27. jūlijāNr. 46", "1) 2) 3.1.", "120 000 EUR 2021. gadā", "2021 Latvijas", "5.5.2020", "5_5 maijā",
    "a5. maijā", "x/5. maijā", "@5. maijā", "5.05.2021.-7.05.2021.", "2019.gada 5.–7.maijā", "5\u00a0maijā",
    "ŠĀ GADA 5. MAIJĀ", "NĀKAMĀ GADA MARTĀ", "nākamā gada novembrī", "NO 5. LĪDZ 7. MAIJAM", "Kopš 2012. gada",
    "ſeptembrī 2019", "5. ſeptembrī", "ſ.g. 5. maijā", "\u212aopš 2012. gada", "İepriekšējā gada 5. maijā",
    "iepriekšējā gada decembrī", "tā paša gada maijā", "Novembris, 2023", "no novembra", "jūnijs 2024",
    "27. II", "3.IV", "2019. gada 3.IV", "27.II.2019", "10.–12. III", "2. II kārta", "4. V. Ozols",
    "2020. gada 19. may", "2020.g. 19 october", "attīstīšanai11-09-2017", "parkā22.06.2015\nTeksts", "ABC12-05-2017",
    "12.05 plkst. 18.00", "3.06, pulksten 17", "08.06 no plkst. 10", "12.05plkst. 18", "12.05\nplkst. 18", "31.02 plkst. 9",
    "16,jūnijā", "16, jūnijā", "16,Jūnijā", "5,6. maijā", "16,jūn. 2019", "2019. gada 16,jūnijā",
]


def _fragment_texts(count: int, seed: int) -> list[str]:
    """Texts glued from the pieces dates are made of, in random orders: shapes no one wrote down."""
    pieces = ["šā", "nākamā", "Novembris", "maijā", "5", "05", "12", "31", "2019", "1645", "123", "12345", ".", ". ", " ", "  ", "\n", "-", "–", "—", "/",
              ",", ", ", "&", "•", "·", "martā", "marts", "jūn.", "gada", "gadā", "g.", "līdz", "un", "vai", "no",
              "kopš", "šā", "mācību gadā", "sezonā", "EUR", "plkst.", "a", "@"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 12))) for _ in range(count)]


@pytest.mark.parametrize("text", TRICKY + _fragment_texts(3000, seed=13))
def test_dispatch_finds_what_every_rule_at_every_start_finds(text):
    assert _key(date_rule_scan.matches(text)) == _key(_every_rule_at_every_start(text))


def test_dispatch_finds_what_each_rules_own_finditer_finds():
    for text in TRICKY + _fragment_texts(500, seed=15):
        assert _key(date_rule_scan.matches(text)) == _key(_every_rule_everywhere(text)), text


def test_every_rule_that_may_open_with_a_digit_has_a_class():
    _word_rules, by_number_length = date_rule_scan._rule_classes()
    dispatched = {i for table in by_number_length.values() for ids in table.values() for i in ids}
    kinds = date_rule_scan._rule_kinds()
    assert dispatched == {i for i, kind in enumerate(kinds) if kind != "word"}


def test_words_after_a_number_start_with_a_letter():
    # The table sends a number followed by a word to the "letter" class: every month form,
    # abbreviation and year word a rule reads there must start with one.
    words = [*vocab.month_forms(), *vocab.month_abbreviations(), *vocab.month_portal_short(),
             *vocab.temporal()["year_words"]]
    assert all(re.match(r"[^\W\d]", word) for word in words)


def test_a_rule_left_out_of_its_class_is_noticed(monkeypatch):
    # The comparison above is sharp: with "numeric" moved from the day-digit class to another
    # one (so that the table's own check still passes), dates go missing.
    day_rules = dict(date_rule_scan._DAY_RULES)
    day_rules["digit"] = tuple(name for name in day_rules["digit"] if name != "numeric")
    day_rules["/"] = (*day_rules["/"], "numeric")
    monkeypatch.setattr(date_rule_scan, "_BY_NUMBER_LENGTH", {1: day_rules, 2: day_rules, 4: date_rule_scan._YEAR_RULES})
    date_rule_scan._rule_classes.cache_clear()
    try:
        text = "05.03.2019."
        assert _key(date_rule_scan.matches(text)) != _key(_every_rule_at_every_start(text))
    finally:
        date_rule_scan._rule_classes.cache_clear()


@pytest.mark.parametrize("text, starts", [
    ("1234567", False),   # a long number: an amount or a phone, no date's start
    ("12%", False),
    ("12(", False),
    ("12.05.", True),
    ("2021.\u20112023.", True),  # a year range with a non-breaking hyphen
    ("5 - 7", True),
])
def test_a_number_opens_a_rule_only_before_date_punctuation_or_a_word(text, starts):
    """The scan tries the date rules at a number only when a date's punctuation (a dot, a slash, a
    dash of any kind) or a word follows it: the dash characters must not widen that class."""
    assert (date_rule_scan._rule_starts().match(text) is not None) is starts
