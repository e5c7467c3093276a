"""Phone numbers, each as a Found item with its offsets (E.164), and the old seven-digit numbers after
a phone label; the numbers that are not phones (dates, year ranges, IBANs, personal codes, a
calendar widget's rows, amounts, contract numbers) are masked before phones are sought."""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from ...document import Document
from ...record import Record
from ...spans import Intervals
from ...word_regex import alternation
from .finders import Found
from .glued_phones import glued_numbers
from .patterns import vocabulary


# A phone: optional +371 and 8 digits with single spaces or hyphens, or any + international number.
# A slash right before it only as a bracket after a space ("Jānis Ozols /29000000/"), not in a code.
LV_PHONE = re.compile(
    r"(?<![\w,+-])(?<!\S/)(?<!\d\.)(?:(?:\(\+?371\)|\+\s?371|00371|371(?=[ \u00a0-][26]\d{7}(?!\d)))[ \u00a0-]?)?(?:\d[ \u00a0-]?){7}\d(?![\w])(?![.,]\d)"
)
INTL_PHONE = re.compile(r"(?<![\w+])(?:\+|00)(?:[ \u00a0\-()]{0,2}\d){7,14}(?![\w])(?![.,]\d)")

# Numbers that look like phones but are dates, year ranges, IBANs: masked before phones are sought.
# Each starts with its first character and then looks back past it for the word boundary
# (`\d(?<!\w\d)` is `\b\d`): a pattern that starts with a digit or a letter lets the regex engine
# skip ahead to the next one, while one that starts with `\b` is tried at every position.
NOT_PHONE_PATTERNS = (
    re.compile(r"\d(?<!\w\d)\d?\.\s?\d{1,2}\.\s?\d{4}\b"),                   # 26.04.2014
    re.compile(r"\d(?<!\w\d)\d{3}-\d{2}-\d{2}\b"),                             # 2014-04-26
    re.compile(r"\d(?<!\w\d)\d?[-/]\d{1,2}[-/]\d{4}\b"),                      # 26-04-2014, 26/04/2014
    re.compile(r"(?:19|20)(?<!\w\d\d)\d{2}\.?\s?(?:gad[a-zāū]*\s?)?[-–—]\s?(?:19|20)\d{2}\b"),  # 2014 – 2020
    re.compile(r"LV(?<!\wLV)\s?\d{2}\s?[A-Z]{4}(?:\s?[0-9A-Z]{1,4}){3,5}\b"),   # IBAN
    re.compile(r"\d(?<!\w\d)\d{5}-\d{5}\b"),                                   # personal code
    # a camera's stamp, a photo's name left as its caption: the day, then the time to the second
    re.compile(r"(?:19|20)(?<![\w+]\d\d)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ _-](?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\w)"),
)


# A calendar widget's week: five to seven day numbers in a row, each one more than the one
# before ("15 16 17 18 19 20 21"). A phone written in pairs ("29 12 34 56") has four groups.
_DAY_ROW = re.compile(r"\d(?<![\w.,:/+-]\d)\d?(?:[^\S\n]+\d\d?){4,6}(?![\w.,:/-])")


# A line that holds only day numbers: a widget's week, maybe its short last one ("28 29 30 31").
_DAY_LINE = re.compile(r"^[^\S\n]*(\d\d?(?:[^\S\n]+\d\d?){1,6})[^\S\n]*$", re.MULTILINE)


def _next_day(a: int, b: int) -> bool:
    """`b` follows `a` in a calendar: the next number, or 1 after a month's last days (a widget's
    week runs over the month's turn: "25 26 27 28 29 30 1", "30 31 1 2 3 4 5")."""
    return b == a + 1 or (b == 1 and 28 <= a <= 31)


def _consecutive(days: list[int]) -> bool:
    return all(_next_day(a, b) for a, b in zip(days, days[1:])) and max(days) <= 31


def _calendar_rows(text: str) -> list[tuple[int, int]]:
    """The spans of a calendar widget's rows of consecutive days: furniture, no phone. A short
    row (the month's last week) counts when it goes on, line after line, from a full week's row."""
    spans = [m.span() for m in _DAY_ROW.finditer(text) if _consecutive([int(d) for d in m.group().split()])]
    block: list[tuple[int, int]] = []
    full, last_end, last_day = False, -2, 0
    for m in _DAY_LINE.finditer(text):
        days = [int(d) for d in m.group(1).split()]
        if not _consecutive(days):
            continue
        if not (block and text[last_end:m.start()].strip() == "" and text.count("\n", last_end, m.start()) == 1
                and _next_day(last_day, days[0])):
            spans += block if full else []
            block, full = [], False
        block.append(m.span(1))
        full = full or len(days) >= 5
        last_end, last_day = m.end(), days[-1]
    return spans + (block if full else [])


@lru_cache(maxsize=1)
def _file_name_stamp() -> re.Pattern:
    """A year-month-day stamp inside a file name: the name goes on, through no comma or sentence,
    to a clock stamp ("at 10.15.33") or a file's extension (data: file_extensions)."""
    extensions = "|".join(sorted(map(re.escape, vocabulary()["file_extensions"]), key=len, reverse=True))
    day = r"(?:19|20)\d\d[ _-]?(?:0[1-9]|1[0-2])[ _-]?(?:0[1-9]|[12]\d|3[01])"
    return re.compile(rf"(?<![\w.])({day})(?=[\w ()-]{{0,40}}?(?:\s(?:at\s)?\d{{1,2}}[.:]\d\d[.:]\d\d|\.(?:{extensions}))(?!\w))",
                      re.IGNORECASE)


NON_SPACE = re.compile(r"\S")  # \S is what str.isspace() says is not white space


def _masked(text: str, blocked: list[tuple[int, int]]) -> str:
    """`text` with every character but white space in the blocked ranges turned into "x"
    (range by range through a regex, not character by character in Python)."""
    pieces, pos = [], 0
    for start, end in sorted((max(start, 0), min(end, len(text))) for start, end in blocked):
        start = max(start, pos)  # ranges may overlap: what is done stays done
        if end <= start:
            continue
        pieces += [text[pos:start], NON_SPACE.sub("x", text[start:end])]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# A word of a line, between white space and the separators of a label and its items.
_WORD_SEPARATORS = ":()[],;"
_LINE_WORD = re.compile(rf"[^\s{re.escape(_WORD_SEPARATORS)}]+")


def _words_before(text: str, start: int, n: int = 2) -> list[str]:
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    return _LINE_WORD.findall(text[max(line_start, start - 40):start].lower())[-n:]


def _word_after(text: str, end: int) -> str:
    m = re.match(r"[\s)]*([^\s.,;:()]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


class _FirstCue:
    """Where the text's first word naming a phone ends (`phone_number_words`), found once per text
    and only when asked: what `_line_names_phone` reads of a line that runs from the text's start."""

    def __init__(self, text: str, phone_words: set[str]):
        self._text, self._words, self._end = text, phone_words, None

    def end(self) -> float:
        if self._end is None:
            self._end = next((m.end() for m in _LINE_WORD.finditer(self._text)
                              if _has_cue([m.group(0).lower()], self._words)), float("inf"))
        return self._end


def _line_names_phone(text: str, start: int, phone_words: set[str], reach: int = 200,
                      first_cue: _FirstCue | None = None) -> bool:
    """Whether the number's line (read at most `reach` either side) names a phone by a fuller label.
    With no line break within `reach` before the number the line is read from the text's start, as
    it always was; that far part is answered by `first_cue` (the text's first such word), not copied
    and split once per number (issue 13: one long line of "t. nr. 29123456, " copied the text before
    every number)."""
    left = text.rfind("\n", max(0, start - reach), start) + 1
    right = text.find("\n", start, start + reach)
    if left == 0 and start > reach:
        left = start - reach  # back to the start of the word it falls in, so that the words before it are whole;
        floor = max(0, left - reach)  # a word longer than `reach` is read from there, as if it began there
        while left > floor and not (text[left - 1].isspace() or text[left - 1] in _WORD_SEPARATORS):
            left -= 1
        if (first_cue or _FirstCue(text, phone_words)).end() <= left:
            return True
    words = _LINE_WORD.findall(text[left:right if right >= 0 else start + reach].lower())
    return _has_cue(words, phone_words)


# The clause before a number: back to the last comma, semicolon, bracket or line break, at most CLAUSE_REACH characters.
CLAUSE_REACH = 50
_CLAUSE_START = re.compile(r"[,;(\[\n][^,;(\[\n]*$")


@lru_cache(maxsize=1)
def _calling_word() -> re.Pattern:
    """A word opening with a stem of calling or of a messenger (data: contacts.toml `calling_stems`)."""
    return re.compile(rf"(?<!\w){alternation(vocabulary()['calling_stems'])}", re.IGNORECASE)


def _calling_clause(text: str, start: int) -> bool:
    """Whether the clause that ends in "numuru" before the number calls or messages it: "zvaniet uz
    mūsu numuru …", "WhatsApp numurs: …" (a register's or an order's number is told with no such word)."""
    window = text[max(0, start - CLAUSE_REACH):start]
    clause = _CLAUSE_START.search(window)
    return _calling_word().search(window[clause.start() + 1:] if clause else window) is not None


def _is_year_pair(candidate: str) -> bool:
    groups = re.findall(r"\d+", candidate)
    return len(groups) == 2 and all(len(g) == 4 and 1900 <= int(g) <= 2099 for g in groups)


def _has_cue(words: list[str], cues: set[str]) -> bool:
    return any(w in cues or w.rstrip(".") in cues or w.rstrip(".") + "." in cues for w in words)


def find_phones(text: str, blocked: list[tuple[int, int]] = ()) -> list[Found]:
    """Phone numbers in E.164, outside the blocked ranges (dates, amounts, contract numbers)."""
    v = vocabulary()
    not_phone, amount_words = set(v["not_phone_cues"]), set(v["amount_words"])
    phone_words, weak_words = set(v["phone_number_words"]), set(v["weak_phone_number_words"])
    calling_prepositions = set(v["calling_prepositions"])
    first_cue = _FirstCue(text, phone_words)
    own = [(m.start(), m.end()) for p in NOT_PHONE_PATTERNS + (_file_name_stamp(),) for m in p.finditer(text)]
    own += _calendar_rows(text)
    masked = _masked(text, list(blocked) + own)
    found: list[Found] = []
    covered = Intervals()
    for pattern in (INTL_PHONE, LV_PHONE):
        for m in pattern.finditer(masked):
            start, end = m.start(), m.end()
            raw = text[start:end].rstrip(" -\u00a0")
            end = start + len(raw)
            if covered.overlaps(start, end) or _is_year_pair(raw):
                continue
            before = _words_before(text, start)
            numbered_phone = len(before) == 2 and before[-1].rstrip(".") in v["number_words"] \
                and (_has_cue(before[:1], phone_words) or before[0] in calling_prepositions
                     or (_has_cue(before[:1], weak_words) and _line_names_phone(text, start, phone_words, first_cue=first_cue))
                     or _calling_clause(text, start))
            if (_has_cue(before[-1:], not_phone) and not numbered_phone) or _word_after(text, end) in amount_words:
                if pattern is INTL_PHONE:
                    covered.add(start, end)  # refused whole: its national tail ("+370 612 34567") is no Latvian number
                continue
            e164 = _e164(raw)
            if e164 is None:
                continue
            found.append(Found("phone", e164, start, end))
            covered.add(start, end)
            # "67082922/29241016": a second number after a slash belongs to the same owner.
            second = SLASHED_SECOND.match(masked, end)
            if second and pattern is LV_PHONE and (e164_second := _e164(second["number"])) is not None:
                found.append(Found("phone", e164_second, second.start("number"), second.end("number")))
                covered.add(second.start("number"), second.end("number"))
    for start, end in glued_numbers(masked, text):  # "634 89652,63426044", "vai634 56185", "26123456anna@…"
        raw = text[start:end]
        if not covered.overlaps(start, end) and (e164 := _e164(raw)) is not None:
            found.append(Found("phone", e164, start, end))
            covered.add(start, end)
    return sorted(found, key=lambda f: f.start)


@lru_cache(maxsize=1)
def _old_phone() -> re.Pattern:
    labels = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]*")
                      for w in sorted(vocabulary()["old_phone_labels"], key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{labels})(?<=\.|\w)[ \u00a0]*:?[ \u00a0]*"
                      rf"(?P<number>\d(?:[ \u00a0]?\d){{6}})(?![\d\w])(?![.,]\d)", re.IGNORECASE)


def find_old_phones(text: str, taken: list[Found] = ()) -> list[Found]:
    """Seven-digit numbers of the 1990s after a phone label ("tālr. 3624773"): items of kind
    "old_phone" that make the person beside them a contact, never phones of the record."""
    covered = Intervals((f.start, f.end) for f in taken)
    found = []
    for m in _old_phone().finditer(text):
        if not covered.overlaps(m.start("number"), m.end("number")):
            found.append(Found("old_phone", re.sub(r"\D", "", m["number"]), m.start("number"), m.end("number")))
    return found


# A second Latvian number glued to the first by a slash.
SLASHED_SECOND = re.compile(r"[ \u00a0]?/[ \u00a0]?(?P<number>[26]\d{7})(?![\w/])(?![.,]\d)")


def _e164(raw: str) -> str | None:
    """The number in E.164 if it is a valid phone RECORD.md counts, else None."""
    try:
        number = phonenumbers.parse(raw, "LV")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    national = phonenumbers.national_significant_number(number)
    if national.endswith("000000"):
        return None  # "29 000 000" is a round sum, not a subscriber
    if number.country_code == 371 and not national.startswith(("2", "6")):
        return None  # RECORD.md: Latvian numbers start with 2 or 6 (not toll-free 80…, premium 90…)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def blocked_ranges(doc: Document, record: Record) -> list[tuple[int, int]]:
    """Text already taken by earlier extractors: dates, amounts and contract numbers."""
    ranges = [(d.span.start, d.span.end) for d in record.dates]
    ranges += [(b.span.start, b.span.end) for b in record.budgets]
    for project in record.projects:
        if project.contract:
            ranges += [(m.start(), m.end()) for m in re.finditer(re.escape(project.contract), doc.text)]
    return ranges
