"""Ages said next to a group: "(18-30)", "vecumā no 15 līdz 29 gadiem", "līdz 25 gadu
vecumam", "7+", numbers in words included; `ages_of`/`ages_at` bound the reach by the run of groups
a mention starts and the next group of another id."""
from __future__ import annotations

import re

from .between import PLURAL_RELATIVE
from .mentions import Found

# The lower bound of an age range: its "no" may be left out ("15-29 gadi"). aged_people.py, which
# has no group word, reads only "no N līdz M" (LOW_SAID); young_people.py takes an upper bound
# alone too, "jauni cilvēki līdz 30 gadiem" (LOW_MAYBE).
LOW = r"(?:no\s+)?(?P<min>\d{1,2})\s*"
LOW_SAID = r"no\s+(?P<min>\d{1,2})\s*"
LOW_MAYBE = r"(?:" + LOW + ")?"


def age_range(low: str = LOW, dashes: str = "-–—") -> str:
    """An age range in years, "vecumā no 15 līdz 29 gad…", "16-25 gad…", as a regex with the groups
    `min` and `max`, up to the stem "gad" (the caller reads the ending it needs). `dashes`: the
    characters that may stand for "līdz"."""
    return r"(?:vecumā\s+)?" + low + "(?:" + "|".join([*map(re.escape, dashes), "līdz"]) + r")\s*(?P<max>\d{1,2})\s+gad"


AGE_AFTER = [
    re.compile(r"^\s*\(\s*(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?(?:no\s+)?(?P<min>\d{1,2})\s*(?:-|–|—|līdz)\s*(?P<max>\d{1,2})\b"),
    # (a word or two may stand between, set off by a comma: "jauniešu grupas, vecumā no 13 līdz 20 gadiem")
    # (... or the bracket after them: "jauniešu grupas (13 līdz 25 gadu vecumā)")
    re.compile(r"^\s*,?\s*(?:\(\s*)?(?:[^\W\d]\w*,?\s+){0,2}?(?:\(\s*)?" + age_range()),
    re.compile(r"^\s*,?\s*(?:\(\s*)?(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?līdz\s+(?P<max>\d{1,2})\s+gad"),
    re.compile(r"^\s*,?\s*(?:\(\s*)?(?:[^\W\d]\w*\s+){0,2}?(?:vecumā\s+)?(?:no|virs|pēc|vecāki\s+par|vecākas\s+par)\s+(?P<min>\d{1,2})\s+gad"),
    re.compile(r"^\s*(?:\(\s*(?P<min>\d{1,2})|(?P<min2>\d{2}))\s*\+"),
    # the lower bound as an age reached in a relative clause: "personām, kuras sasniegušas 16 gadu vecumu"
    # (not "kuri nav sasnieguši 18 gadu vecumu": no word but "ir"/"jau" may stand between)
    re.compile(r"^\s*,\s*" + PLURAL_RELATIVE + r"\s+(?:ir\s+)?(?:jau\s+)?sasnieg\w*\s+(?P<min>\d{1,2})\s+gad"),
]
AGE_BEFORE = re.compile(r"(?P<min>\d{1,2})\s*(?:-|–|—|līdz)\s*(?P<max>\d{1,2})\s+gad\w*\s+(?:vecum\w*\s+|ve[cč]\w*\s+)?$")
# one age said before the group with "vecs" agreeing with it: "6 gadus vecus bērnus", "10 gadus veciem
# bērniem" — the lowest and the highest age both (not "20 gadus vecā biedrība aicina …": right before the group)
# (a bound before it sets only that bound: "līdz 12 gadus veci bērni" the highest, "vismaz 18 gadus veci"
# the lowest)
ONE_AGE_BEFORE = re.compile(r"(?<![\d\-–—])(?:(?<![^\W\d_])(?P<bound>līdz|vismaz|ne\s+jaunāk\w*\s+par|"
                            r"ne\s+vecāk\w*\s+par)\s+)?(?P<min>\d{1,2})\s+gadus\s+ve[cč](?:i|us|iem|as|ām|ie|os|ajiem)\s+$",
                            re.IGNORECASE)


ASIDE = re.compile(r'\s*(?:\([^()\n]{0,100}\)|[„“"«][^„“”"«»\n]{1,80}[”“"»])')


# Ages in words: "bērniem vecumā no astoņiem līdz 12 gadiem", "no sešu līdz divpadsmit gadu vecumam".
NUMBER_STEMS = {"vien": 1, "div": 2, "trīs": 3, "trij": 3, "trim": 3, "četr": 4, "piec": 5, "seš": 6,
                "septiņ": 7, "astoņ": 8, "deviņ": 9}
NUMBER_WORD = re.compile(r"(?<!\w)(?:(?P<stem>" + "|".join(NUMBER_STEMS) + r")(?:(?P<tens>padsmit|desmit)|(?:i|ie|iem|us|u|as|ām|ās|s|a|am|ai)?)|desmit)(?!\w)",
                         re.IGNORECASE)


def _in_digits(m: re.Match) -> str:
    if not m.group("stem"):
        return "10"
    value = NUMBER_STEMS[m.group("stem").lower()]
    tens = (m.group("tens") or "").lower()
    return str(value + 10 if tens == "padsmit" else value * 10 if tens == "desmit" else value)


TENS_AND_ONES = re.compile(r"(?<!\d)([2-9])0 ([1-9])(?!\d)")  # "divdesmit deviņiem" → "20 9" → "29"


def _digits(text: str) -> str:
    return TENS_AND_ONES.sub(r"\1\2", NUMBER_WORD.sub(_in_digits, text))


def age_number(word: str) -> int | None:
    """An age said in digits or in a word ("7", "piecu", "divpadsmit"); None for any other word."""
    digits = _digits(word)
    return int(digits) if digits.isdigit() and len(digits) <= 2 else None


def ages_near(text: str, start: int, end: int, limit: int | None = None) -> tuple[int | None, int | None]:
    """Ages said right after the group (before `limit`, where another group begins: in
    "bezdarbnieki, jaunieši vecumā no 18 līdz 29 gadiem" the ages are the young people's)."""
    limit = len(text) if limit is None else limit
    # Past an aside or a quoted title: "NEET jaunieši (t.i., jaunieši, kuri nestrādā …) vecumā no
    # 15 līdz 29 gadiem", "darbnīca bērniem "Māla trauki" (7+)".
    aside = ASIDE.match(text, end, min(end + 120, limit))
    for opening in (end,) + ((aside.end(),) if aside else ()):
        ages = ages_in(text[opening:min(opening + 100, limit)])
        if ages is not None:
            return ages
    before = text[max(0, start - 40):start]
    m = AGE_BEFORE.search(before)
    if m:
        return _ages(m)
    one = ONE_AGE_BEFORE.search(before)
    if one is None:
        return None, None
    age, bound = int(one["min"]), (one["bound"] or "").lower()
    if bound.startswith(("līdz", "ne vecāk")):
        return None, age
    return (age, None) if bound else (age, age)


def ages_in(window: str) -> tuple[int | None, int | None] | None:
    """The ages said at the opening of `window` (numbers in words too), by the first shape of
    AGE_AFTER that reads them; None where it says none. The caller cuts the window where the ages
    may no longer be the group's."""
    digits = _digits(window)
    for pattern in AGE_AFTER:
        m = pattern.search(digits)
        if m:
            return _ages(m)
    return None


def _ages(m: re.Match) -> tuple[int | None, int | None]:
    groups = m.groupdict()
    groups["min"] = groups.get("min") or groups.get("min2")
    low = int(groups["min"]) if groups.get("min") else None
    high = int(groups["max"]) if groups.get("max") else None
    if low is not None and high is not None and not low <= high:
        return None, None
    return low, high


def _next_other(found: list[Found], index: int, end: int) -> int | None:
    """Where the next group of another id begins after `end` (for the reach of ages)."""
    return next((f.mention.start for f in found[index + 1:index + 8]
                 if f.mention.start >= end and f.id != found[index].id), None)


def _one_run(text: str, first: Found, second: Found) -> bool:
    """Nothing but white space between two mentions: they are one run of groups, whose ages follow its last."""
    return not text[first.mention.end:second.mention.start].strip()


def _run_ends(found: list[Found], text: str) -> list[int]:
    """For each mention, the end of the run of groups that starts at it ("jauniešu imigrantu
    (18-30)"): its own end, or, with nothing but white space before the next mention, that one's
    run end. Built from the last mention back, once per list (`ages_of`)."""
    ends = [f.mention.end for f in found]
    for index in range(len(found) - 2, -1, -1):
        if _one_run(text, found[index], found[index + 1]):
            ends[index] = ends[index + 1]
    return ends


def ages_of(found: list[Found], text: str) -> list[tuple[int | None, int | None]]:
    """The ages said at each mention: after its run of groups, before another group begins. The
    runs' ends are found once for the list (walked per mention, a chain of groups was passed once per
    group in it: issue 13)."""
    run_ends = _run_ends(found, text)
    return [_ages_after_run(found, index, text, run_ends[index]) for index in range(len(found))]


def ages_at(found: list[Found], index: int, text: str) -> tuple[int | None, int | None]:
    """The ages said at one mention (`ages_of` for all of them at once): its run walked from it, for
    the few mentions a veto asks about (families_with_children)."""
    last = index
    while last + 1 < len(found) and _one_run(text, found[last], found[last + 1]):
        last += 1
    return _ages_after_run(found, index, text, found[last].mention.end)


def _ages_after_run(found: list[Found], index: int, text: str, run_end: int) -> tuple[int | None, int | None]:
    """The ages of mention `index` whose run of groups ends at `run_end`: before another group begins."""
    return ages_near(text, found[index].mention.start, run_end, _next_other(found, index, run_end))
