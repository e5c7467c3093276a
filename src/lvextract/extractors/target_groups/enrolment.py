"""A school's roll is a figure, not pupils served: "Tā kā vidusskolā mācās 126 skolēni, …", "skolā
šogad mācās 80 bērni". A children's mention in the nominative, right after a number, after one of
[enrolment] `verbs` (at most one word between, "šogad"), after a school's locative (`school_locatives`,
target_groups.toml): the count of those who study there — unless a relative clause serves them ("…
skolēni, kuriem nodrošina brīvpusdienas"), or a dative pronoun that opens the next clause or sentence
and points back to them does ("… mācās 120 skolēni; viņiem tiks nodrošinātas brīvpusdienas", `served_after`:
a giving verb or a chance, or "būs/tiks/tiek" and a service noun, within its next three words; not "tiem nodarbības
notiek …"). A place's staff counted the same way are its workforce, the providers, not a group served: "Novadā
strādā trīs psihologi, un iedzīvotāji konsultāciju var pieteikt …" ([enrolment] `staff_verbs`, `staff_ids`; the
count a figure or a word of [context] `count_words`). Bounded: fixed windows around the mention."""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

WINDOW = 80  # characters before the mention: "ģimnāzijā šogad mācās 126 "
# a dative pronoun opening the next clause or sentence, and the three words after it ("; viņiem būs
# brīvpusdienas", ", un viņiem visiem tiks nodrošinātas", ". Viņiem piedāvās …")
POINTED_BACK = re.compile(r"[ \t]*(?:[,;.][ \t]*)?(?:un[ \t]+)?(?:viņiem|viņām|tiem|tām)[ \t]+(?:visiem[ \t]+|visām[ \t]+)?"
                          r"(?P<words>[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _roll() -> re.Pattern:
    c = load("target_groups")["enrolment"]
    return re.compile(r"(?<![^\W\d_])[^\W\d_]*(?:" + "|".join(c["school_locatives"]) + r")\s+(?:[^\W\d_]+\s+)?(?:"
                      + "|".join(c["verbs"]) + r")\s+(?:vairāk\s+nekā\s+|ap\s+|tikai\s+)?\d+\s+$", re.IGNORECASE)


def school_roll(reader: Reader, f: Found) -> bool:
    if f.id != "children" or "dative" in form(reader.sdoc[f.mention.token_end - 1].text) \
            or reader.served_by_clause(f.mention.end) or served_after(reader, f.mention.end):
        return False  # ("…, kuriem tiek nodrošinātas brīvpusdienas", "…; viņiem būs brīvpusdienas": served)
    start = f.mention.start
    return _roll().search(reader.doc.text[max(0, start - WINDOW):start]) is not None


def staff_roll(reader: Reader, f: Found) -> bool:
    """"Novadā strādā trīs psihologi": a nominative count of professionals after a verb of working."""
    if f.id not in _staff()[1] or "dative" in form(reader.sdoc[f.mention.token_end - 1].text) \
            or reader.served_by_clause(f.mention.end):
        return False
    start = f.mention.start
    return _staff()[0].search(reader.doc.text[max(0, start - WINDOW):start]) is not None


@lru_cache(maxsize=1)
def _staff() -> tuple[re.Pattern, frozenset[str]]:
    c, counts = load("target_groups")["enrolment"], load("target_groups")["context"]["count_words"]
    return (re.compile(r"(?<![^\W\d_])(?:" + "|".join(c["staff_verbs"]) + r")\s+(?:[^\W\d_]+\s+)?(?:\d+|"
                       + "|".join(counts) + r")\s+$", re.IGNORECASE), frozenset(c["staff_ids"]))


def served_after(reader: Reader, end: int) -> bool:
    """Whether a dative pronoun right after character `end`, opening the next clause or sentence, is
    given a service in its next three words: a giving verb ([enrolment] `giving_verbs`), or an auxiliary
    with a service noun (`auxiliaries`; `service_nouns` of [context]): "… skolēni; viņiem būs
    brīvpusdienas" (the pupils counted are served), not "…; tiem nodarbības notiek divās maiņās"."""
    m = POINTED_BACK.match(reader.doc.text, end)
    if m is None:
        return False
    giving, auxiliaries, chances = _giving()
    words = [w.lower() for w in m["words"].split()]
    if any(w.startswith(giving + chances) for w in words):
        return True
    return any(w in auxiliaries for w in words) and any(w.startswith(reader.ctx.service_nouns) for w in words)


@lru_cache(maxsize=1)
def _giving() -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...]]:
    c = load("target_groups")["enrolment"]
    return tuple(c["giving_verbs"]), frozenset(c["auxiliaries"]), tuple(c["chance_words"])
