"""The cues that make a date a deadline ("līdz …", "ne vēlāk kā …", "termiņš – …"), and the
deadlines vocabulary they come from. Apart from the deadlines package because events ask the same
question ("is this date a deadline's?") and no extractor imports another."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import datafiles
from ..document import Document
from ..record import DateMention
from ..latvian.orthography import DASH_CHARS, UPPER
from ..temporal.colon_lists import LINE_REACH, lead_in
from ..word_regex import may_match

# A weekday's stem, for its dative ("pirmdienai") or nominative ("pirmdiena") named with a date.
WEEKDAY_STEM = r"(?:pirm|otr|treš|ceturt|piekt|sest|svēt)dien"

@lru_cache(maxsize=1)
def _between() -> str:
    """What may stand between the cue and the date when the date grammar leaves it out of the span
    ([cues] stress_words, clock_words, year_qualifiers). "līdz pat 5. maijam" stresses the day;
    "līdz plkst. 12:00 5. decembrī" puts the hour first;
    "līdz g. 10. jūlijam" and "līdz gada 15.jūlijam" are a year whose digits the page (or a
    template left unfilled) lost. "līdz pirmdienai, 20. februārim" names the weekday first; "līdz
    katra gada 15. februārim" a yearly day."""
    cues = vocabulary()["cues"]
    clock = "|".join(cues["clock_words"])
    year = "|".join(cues["year_qualifiers"])
    stress = "|".join(cues["stress_words"])
    apposed = "|".join(cues["apposed_days"])
    return (rf"\s*(?:(?:{stress})\s+)?(?:\*\*|__|_)?\s*(?:(?:{clock})\s*\d{{1,2}}[:.]\d{{2}}\s*,?\s*)?"
            rf"(?:{WEEKDAY_STEM}ai\s*,?\s*|(?P<apposed>(?:{apposed})\s*,\s*))?"
            rf"(?:(?:(?:{year}|\d{{4}}\.?)\s*g(?:ada|\.)?|g(?:ada\b|\.))\s*)?(?:\*\*)?\s*$")


# A calendar date in apposition to a relative day after the cue ("līdz rītdienai, 27. augustam")
# repeats it in the dative ("-m") or in digits.
APPOSED_CASE = re.compile(r"(?:m|\d\.?)\W*$")


# A date grammar that keeps the cue inside the span: "līdz 25. aprīlim" as one mention.
LEADING_CUE = re.compile(r"(?:līdz|ne\s+vēlāk\s+kā)\s+(?!pat\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return datafiles.vocabulary("deadlines")


@lru_cache(maxsize=1)
def attending() -> frozenset[str]:
    """Infinitives of attending an occurrence ([cues] attending_window): the days or hours one
    attends in are the occasion's run, no term ("no 25. aprīļa līdz 25. maijam aicināti piedalīties",
    "aicina līdz 5. maijam apskatīt izstādi", "balsot varēs no 9.00 līdz 16.00")."""
    return frozenset(vocabulary()["cues"]["attending_window"])


@lru_cache(maxsize=None)
def pattern(section: str, key: str | tuple[str, ...], frame: str = "{}") -> re.Pattern:
    """The regexes of a deadlines.toml list (or of several lists of one section, in order) as one
    alternation, set where `frame` has "{}". Cached here, once per (section, key, frame): many
    callers (vetoes, barriers, labels …) build their pattern per date mention, and the join of the
    list and re's own cache look-up cost that much per call otherwise."""
    keys = (key,) if isinstance(key, str) else key
    alternation = "(?:" + "|".join(f"(?:{r})" for k in keys for r in vocabulary()[section][k]) + ")"
    return re.compile(frame.replace("{}", alternation), re.IGNORECASE)


def term_label() -> re.Pattern:
    """A term's label closing the cue before a range, its colon or dash last ([cues] term_label, beside label_line)."""
    return pattern("cues", "term_label", rf"{{}}\s*[:{DASH_CHARS}]\s*$")


def _cue_pattern() -> re.Pattern:
    return pattern("cues", "before_date", r"(?<!\w){}" + _between())


# The weekday a nominative date may be named with: "pēdējā pieteikšanās diena ir pirmdiena, 17. maijs".
_WEEKDAY_BEFORE = rf"(?:{WEEKDAY_STEM}a\s*,?\s*)?"


def _nominal_cue_pattern() -> re.Pattern:
    return pattern("cues", ("before_nominative", "postmark"), r"(?<!\w){}\s*" + _WEEKDAY_BEFORE + r"$")


# A date said in the nominative ("6. novembris", "15. marts") or in digits ("06.11.2017."): what
# "termiņš … ir" can name; "būs 5. maijā" (locative) dates something else.
NOMINATIVE_OR_DIGITS = re.compile(r"(?:s|\d\.?)\W*$")
# A day in the genitive ("15. maija"): its month word ends in -a.
GENITIVE_DAY = re.compile(r"\d\.?\s*[^\W\d]+a\W*$")
# A term's label that ends in a colon or a dash: what may date a genitive day.
GENITIVE_LABEL = re.compile(r"(?:termiņ|beig|pēdēj)\w*[^\n]*[:–—-]\s*$", re.IGNORECASE)
# How far before a nominative date its cue may start: "pēdējā diena, kad … varēs pieteikties
# …, būs 17. jūnijs" (each cue pattern bounds its own gap; this only bounds the search).
NOMINAL_REACH = 160


# How far before the date a cue may start: "līdz detālplānojuma publiskās apspriešanas beigām – ".
CUE_REACH = 80


def cue_before(doc: Document, mention: DateMention) -> re.Match | None:
    """The deadline cue that introduces the date ("līdz šā gada", "ne vēlāk kā"), if any; a
    looser one ("pieteikšanās termiņš, rudenī tas ir 6. novembris") only before a nominative."""
    start = mention.span.start
    lo = max(0, start - CUE_REACH)
    found = _cue_pattern().search(doc.text, lo, start) if may_match(_cue_pattern(), doc.text, lo, start) else None
    if found is not None and found.group("apposed") and not APPOSED_CASE.search(mention.span.text):
        found = None  # "līdz rītdienai, 10. maijā notiks …": the day after the comma is another's
    found = found or LEADING_CUE.match(mention.span.text)
    if found is None and NOMINATIVE_OR_DIGITS.search(mention.span.text):
        found = _nominal_cue_pattern().search(doc.text, max(0, start - NOMINAL_REACH), start)
    elif found is None and GENITIVE_DAY.search(mention.span.text):
        # "Iesniegšanas termiņa beigas: 15. maija plkst. 12:00": a day in the genitive after a
        # term's label and a colon or dash (the hour's day), not after a verbal-noun label
        # ("Pieteikšanās: 15. maija rītā" may date the occasion itself).
        found = _nominal_cue_pattern().search(doc.text, max(0, start - NOMINAL_REACH), start)
        if found is not None and not GENITIVE_LABEL.search(found.group(0)):
            found = None
    return found


def term_list_item(doc: Document, mention: DateMention) -> bool:
    """Whether the date stands on an item of a list whose lead-in line names an act's term ([cues]
    term_lead): "Pieteikumu iesniegšanas termiņi:⏎• Mobilitāte – 2021. gada 4. marts" dates the
    applying, not a "mobilitāte". A bounded read back of the item's list (colon_lists.lead_in)."""
    start = mention.span.start
    line_start = doc.text.rfind("\n", max(0, start - LINE_REACH), start) + 1
    lead = lead_in(doc.text, line_start)
    if lead is None:
        return False
    # Only the lead-in's last sentence leads the list: "Apspriešanas termiņš noteikts no … līdz ….
    # Apspriešanas sanāksmes notiks:" lists meetings, not terms.
    opening = lead[0]
    for m in SENTENCE_BREAK.finditer(doc.text, lead[0], lead[1]):
        opening = m.end()
    return pattern("cues", "term_lead").search(doc.text, opening, lead[1]) is not None


# A sentence's end inside a lead-in line: a stop, blanks, a capital.
SENTENCE_BREAK = re.compile(rf"[.!?][^\S\n]+(?=[{UPPER}])")

