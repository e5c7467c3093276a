"""Relative-year words outside any date ("šogad", "pērn", "nākamgad", "šajā gadā") and when one
of them gives a day its year rather than the frame resolve found (RECORD.md's order, 1.): "Festivāls,
kas pirmo reizi notika 2015. gadā, šogad notiks 5. maijā" is this year's. Split from resolve by
concern; the words are temporal.toml's [relative_year]."""
from __future__ import annotations

import re
from functools import lru_cache

from ..word_regex import gated_finditer
from . import vocabulary as vocab
from .grammar import Atom
from .participle_phrase import participle_follows


@lru_cache(maxsize=1)
def _relative_year_word() -> re.Pattern:
    """A year said relative to the document on its own, not before a day: "šogad", "pērn",
    "nākamgad", "šajā gadā", "pagājušajā gadā"."""
    rel = vocab.temporal()["relative_year"]
    groups = []
    for kind in ("this", "next", "previous"):
        adverbs = rel["adverbs"].get(kind, [])
        words = vocab.alternation(adverbs)
        if kind == "previous":  # "pirms gada septembrī": a year ago, only right before a month or a day
            month = rf"\s{{1,3}}(?:\d{{1,2}}\.\s{{0,3}})?(?:{vocab.month_alternation()})"
            words = rf"{words}|(?:{vocab.alternation(rel['year_ago'])})(?={month})"
        groups.append(rf"(?P<{kind}>(?:{vocab.alternation(rel[kind])})\s{{1,3}}gad(?:ā|a|u|s)|{words})")
    return re.compile(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _year_ago_words() -> frozenset[str]:
    """temporal.toml [relative_year] year_ago as a set, built once (looked up per relative-year match)."""
    return frozenset(vocab.temporal()["relative_year"]["year_ago"])


def _year_ago(word: str) -> bool:
    return word.lower() in _year_ago_words()


_CLAUSE_START = re.compile(r"[,;:(–]|\n", re.IGNORECASE)


_WORD = re.compile(r"[^\W\d_]+")
_STOP = re.compile(r"(?<=[^\W\d_])[.!?](?=\s)|\n")  # a sentence's stop after a word, not a day's dot


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    return frozenset(vocab.temporal()["relative_year"]["clause_openers"])


def _in_subclause(text: str, offset: int) -> bool:
    """Whether a subordinate clause's opener stands between the last comma (or the line's start)
    and the word: a bounded window before it."""
    window = text[max(0, offset - 80):offset]
    cut = max((m.end() for m in _CLAUSE_START.finditer(window)), default=0)
    openers = _clause_openers()
    return any(w.lower() in openers for w in _WORD.findall(window, cut))


# How far before a relative year its pair may stand ("gan šajā, gan ").
PAIR_REACH = 30


@lru_cache(maxsize=1)
def _paired() -> re.Pattern:
    """A relative year's adjective without its "gadā", joined to the next one: "gan šajā, gan …"."""
    rel = vocab.temporal()["relative_year"]
    years = vocab.alternation([*rel["this"], *rel["next"], *rel["previous"]])
    return re.compile(rf"(?<!\w)(?:{years})\s*,?\s+(?:{vocab.alternation(rel['paired_by'])})\s+$", re.IGNORECASE)


class RelativeYears:
    """The free relative-year words of each sentence (outside any date)."""

    def __init__(self, text: str, atoms: list[Atom], unit_of) -> None:
        taken = [(a.start, a.end) for a in atoms]
        self.text, self.unit_of = text, unit_of
        self.by_unit: dict[int, list[tuple[int, int, str, bool, bool]]] = {}
        for m in gated_finditer(_relative_year_word(), text):  # (skipped on a text without its words)
            kind = next(k for k in ("this", "next", "previous") if m.group(k))
            # "šā gada 5. maijā": the date's own prefix. But an adverb that moves the year before
            # a day ("Pērn 18. martā …, bet no 18. līdz 21. martam …") says when for its whole
            # sentence: the bare days after it are last year's too (RECORD.md's order, 2.: the
            # nearest date of the sentence that states a year).
            if any(s <= m.start() < e for s, e in taken) \
                    and (kind == "this" or m.group(0).lower().endswith(("gadā", "gada", "gadu", "gads"))):
                continue
            if _paired().search(text, max(0, m.start() - PAIR_REACH), m.start()):
                continue  # "gan šajā, gan nākamajā gadā": both years, neither the day's
            # "nākamgad", "pagājušajā gadā" say when; "pagājušā gada uzvarētāji" says whose, and
            # "…, kas sākās pērn," when another thing happened
            adverbial = (not m.group(0).lower().endswith("gada") or _year_ago(m.group(0))) \
                and not _in_subclause(text, m.start())
            own_day_end = next((e for s, e in taken if s <= m.start() < e), None)
            in_date = own_day_end is not None
            if in_date and participle_follows(text, own_day_end):
                # "Pērn 15. maijā atklātā izstāde būs skatāma līdz 30. septembrim": the day and
                # its adverb date the participle; the main clause's days keep their own year
                continue
            self.by_unit.setdefault(unit_of(m.start()), []).append((m.start(), m.end(), kind, adverbial, in_date))

    def nearest(self, atom: Atom) -> tuple[int, str, bool] | None:
        """The distance, the kind, and whether the word says when, before the day."""
        # A day's own adverb speaks only of the days after it up to the sentence's stop (a unit
        # may run past a stop before a day's number: "… liepājniekus. 21. martā …").
        words = [w for w in self.by_unit.get(self.unit_of(atom.start), ())
                 if not w[4] or (w[1] <= atom.start and not _STOP.search(self.text, w[1], atom.start))]
        if not words:
            return None
        # The word before the day speaks of it ("Pērn … 2. jūlijā, bet šogad …"); one after it only
        # when none stands before.
        before = [w for w in words if w[1] <= atom.start]
        start, end, kind, adverbial, _ = before[-1] if before else min(words, key=lambda w: w[0] - atom.end)
        return max(start - atom.end, atom.start - end), kind, bool(before) and adverbial


def relative_word_wins(said: tuple[int, str, bool], frame: Atom | None, atom: Atom, framed: bool) -> bool:
    """Whether a relative-year word of the day's sentence gives its year rather than the frame
    found: "Festivāls, kas pirmo reizi notika 2015. gadā, šogad notiks 5. maijā" is this year's.
    "šogad" outweighs a lone year anywhere in the sentence and any frame outside it; a frame
    with a month in the sentence yields only to a nearer word; "pērn" and "nākamgad" change a
    year where a frame would otherwise give one, when nearer than it, and where they say when
    before the day in its sentence: "Nākamgad tie notiks sestdien, 4. maijā"."""
    distance, kind, said_before = said
    if frame is not None:
        nearer = distance < max(frame.start - atom.end, atom.start - frame.end)
        return nearer or (kind == "this" and frame.grain == "year")
    return kind == "this" or framed or said_before
