""""Šodien" meaning "nowadays", no day: "Agrāk te bija skola, bet šodien ēka stāv tukša",
"Šodien pļavu pļaušana ar izkapti ir retums", "saruna par literatūras situāciju šodien".

The adverb names the present age, not the document's day, where
- it is set against a bygone time told before it in its sentence: an era word ("agrāk",
  "kādreiz", "senos laikos") and a contrast, a conjunction right before "šodien" ("…, bet šodien",
  "…, tad šodien") or one opening the era's clause ("Ja agrāk …", "Kamēr kādreiz …"). An era word
  alone is no contrast: "Kā jau agrāk ziņojām, šodien plkst. 18 notiks koncerts" tells of today;
- a word of rarity is said in its own clause ("Šodien zirgs lauku sētā ir retums") or right after
  it ("šodien vairs neviens neprot …"); one in another clause ("Šodien notiks koncerts, lai gan tādi
  pasākumi ir retums") says nothing of "šodien";
- it closes a "par …" phrase as the attribute of its noun ("par situāciju šodien.").
A clock time or a verb of taking place after it in its clause ("bet šodien plkst. 12 …", "šodien
tur notiks …"), or an occurrence right after it ("šodien koncerts …") makes it the day all the same;
the occurrence only where its clause tells it once, by a verb in the future or the past ("bet šodien
izstāde gaidīs …") or by no verb at all ("Šodien kultūras namā koncerts"): with a present verb it is
the age's custom ("bet šodien koncerti notiek tās zālē katru mēnesi", "šodien festivāls pulcē …").
A dotted hour before a currency word is a price, no clock ("bet šodien biļete maksā 12.50 eiro").

The words are data (latvian/data/calendar.toml [today_nowadays]; the occurrences temporal.toml
month_occurrence_stems); the example table is tests/examples/relative.toml. Bounded by the sentence
window (sentence_window.REACH): linear.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..latvian.money import framed_currency
from ..latvian.verb_forms import is_verb_form
from .date_patterns import CLOCK_WORD, HOUR, MINUTE
from .sentence_window import sentence_around
from .vocabulary import alternation, calendar_words, temporal, told_verbs

# How many words of a "par …" phrase may stand between "par" and "šodien" ("par radošo situāciju šodien").
ABOUT_WORDS = 3
# How many words after "šodien" an occurrence may stand and make it the day ("šodien Liepu skolā koncerts").
DAY_WORDS = 3
# How far before "šodien" its contrast word, and before the era word its clause's opening, are read.
_CONTRAST_REACH = 16


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    v = calendar_words()["today_nowadays"]

    def words(key: str, tail: str = "(?!\\w)") -> re.Pattern:
        return re.compile(rf"(?<!\w)(?:{alternation(v[key])}){tail}", re.IGNORECASE)

    # the noun "šodien" qualifies names a state of things ("situāciju", "dzīvi", "lomu"), ending the phrase
    states = alternation(v["state_noun_stems"])
    occurrences = alternation(temporal()["month_occurrence_stems"])
    return {
        "era": words("era_words"),
        "general": words("general_words"),
        "contrast": words("contrast_before", r"[^\S\n]+$"),
        "opening": words("contrast_opening", r"[^\S\n]+$"),
        "general_after": re.compile(rf"[^\S\n]+(?:{alternation(v['general_after'])})(?!\w)", re.IGNORECASE),
        "about": re.compile(rf"(?<!\w)par(?:[^\S\n]+[^\W\d_]+){{0,{ABOUT_WORDS - 1}}}[^\S\n]+(?:{states})[^\W\d_]*"
                            rf"[^\S\n]+$", re.IGNORECASE),
        # a dotted hour before a currency word is a price ("maksā 12.50 eiro"), no clock
        "day": re.compile(rf"(?<!\w)(?:{CLOCK_WORD}|{alternation(v['day_verbs'])})(?!\w)|(?<!\d){HOUR}[:.]{MINUTE}(?!\d)"
                          rf"(?![^\S\n]*{framed_currency()})", re.IGNORECASE),
        "occurrence": re.compile(rf"(?:[^\S\n]+[^\W\d_]+){{0,{DAY_WORDS - 1}}}?[^\S\n]+(?:{occurrences})", re.IGNORECASE),
    }


# Where the "par …" phrase ends: a clause's punctuation or the line's end right after "šodien".
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|\n|$|un\b)")
# What parts a sentence's clauses.
_CLAUSE_MARK = re.compile(r"[,;:()–—]|[^\S\n]-[^\S\n]")


def _clause(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence text[left:right] that holds text[start:end]."""
    clause_left = left
    for m in _CLAUSE_MARK.finditer(text, left, start):
        clause_left = m.end()
    m = _CLAUSE_MARK.search(text, end, right)
    return clause_left, m.start() if m else right


def _contrasted(text: str, left: int, start: int, p: dict[str, re.Pattern]) -> bool:
    """An era word before "šodien" in its sentence, set against it by a contrast."""
    contrast = p["contrast"].search(text, max(left, start - _CONTRAST_REACH), start)
    if contrast is not None and p["era"].search(text, left, contrast.start()):
        return True  # "Agrāk te bija skola, bet šodien …"
    return any(p["opening"].search(text, max(left, m.start() - _CONTRAST_REACH), m.start())
               for m in p["era"].finditer(text, left, start))  # "Ja agrāk …, (tad) šodien …"


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _tense_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of a told occurrence, past or future (temporal.toml [year_turn], calendar.toml
    [past_verbs]); the present verbs and words of habit of a custom (calendar.toml [today_nowadays]
    present_verbs, [weekday_time_of_day] habitual)."""
    v = calendar_words()
    return told_verbs(), frozenset([*v["today_nowadays"]["present_verbs"], *v["weekday_time_of_day"]["habitual"]])


def _told_once(text: str, left: int, right: int) -> bool:
    """Whether the clause text[left:right] tells one occurrence: a verb of the future or the past,
    or neither a verb nor a word of habit (a programme's "šodien kultūras namā koncerts"). A present
    verb ("koncerti notiek", "festivāls pulcē") tells how things are nowadays. One clause: bounded."""
    told, custom = _tense_words()
    words = [w.lower() for w in _WORD.findall(text, left, right)]
    if any(w in told for w in words):
        return True
    return not any(w in custom or is_verb_form(w) for w in words)


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether "šodien" at text[start:end] says "nowadays" rather than the day."""
    p = _patterns()
    left, right = sentence_around(text, start, end)
    clause_left, clause_right = _clause(text, left, right, start, end)
    if p["day"].search(text, end, clause_right):
        return False  # "bet šodien plkst. 18 …", "šodien kultūras namā notiks …": the day
    if p["general"].search(text, clause_left, clause_right) or p["general_after"].match(text, end):
        return True
    if p["occurrence"].match(text, end, clause_right) and _told_once(text, clause_left, clause_right):
        return False  # "šodien koncerts …", "bet šodien izstāde gaidīs …": an occurrence of the day
    if _contrasted(text, left, start, p):
        return True
    return p["about"].search(text, max(left, start - 60), start) is not None and _CLAUSE_END.match(text, end) is not None
