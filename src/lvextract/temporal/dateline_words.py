"""The words beside a date on its line, for document_date: the field of a portal's line the date
stands in ("Publicēts: 03.03.2025. 10:15 | Autors: …"), the words left once its clock times,
numbers and byline go, and whether they leave a bare dateline (at most a weekday, a byline, a
page button and a place in the locative) or name the date as another thing's ([document_date]
never_words, term_field_stems).

O(line): each function reads one line or the words found on it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_atom import Atom
from .date_patterns import CLOCK_WORD, HOUR, MINUTE
from ..latvian.orthography import UPPER
from .page_furniture import WORD as _WORD, Line as _Line, town_nominatives

_TIME = re.compile(r"\b(?:plkst\.?\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\b", re.IGNORECASE)
# Place names in a dateline stand in the locative: Rīgā, Ventspilī, Cēsīs, Talsos, Daugavpilī.
_PLACE_ENDINGS = ("ā", "ī", "ē", "os", "īs")
# ... or in the nominative before a comma at the line's start: "Rīga, 2024. gada 5. marts".
PLACE_FIRST = re.compile(rf"\s*[{UPPER}][^\W\d_]+,\s*$")
# ... or before a column's gap of two blanks or more ("Rīga    2017-03-09"), or a town the place
# data knows before one blank ("Rīga 2017-03-09").
_PLACE_GAP = re.compile(rf"\s*[{UPPER}][^\W\d_]+[^\S\n]{{2,}}")
_PLACE_BLANK = re.compile(rf"\s*([{UPPER}][^\W\d_]+)[^\S\n]")


def place_first(before_date: str) -> bool:
    """Whether the words before the date on its line are a dateline's place in the nominative."""
    if PLACE_FIRST.fullmatch(before_date) or _PLACE_GAP.fullmatch(before_date):
        return True
    m = _PLACE_BLANK.fullmatch(before_date)
    return bool(m) and m.group(1) in town_nominatives()


_CLOCK_WORD = re.compile(rf"\b{CLOCK_WORD}", re.IGNORECASE)
# An occurrence's hours on the date's line, "Ozolu muzejs 10:00 - 14:00 01.05.2018": an event
# card's time and day, no posting's stamp (a stamp prints one clock time). Colons only: "12.10–20.10"
# may be days.
HOURS = re.compile(rf"(?<![\d:]){HOUR}:{MINUTE}[^\S\n]*[-–—][^\S\n]*{HOUR}:{MINUTE}(?![\d:])")
# A post's comment counter closing its stamp's line: a lone number of up to four figures.
_TRAILING_COUNTER = re.compile(r"[^\S\n]+\d{1,4}[^\S\n]*")
ISO_CLOCK = re.compile(r"(?<![^\W\d_])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?(?!\d)")


def residual_words(line_text: str, atom_start: int, atom_end: int) -> list[str]:
    after = line_text[atom_end:]
    if _TIME.search(line_text, 0, atom_start) and _TRAILING_COUNTER.fullmatch(after):
        after = ""  # a portal's stamp, the hour before the date, its comment counter after: "LETA 22:50, 24.01.2023 0"
    rest = line_text[:atom_start] + " " + after
    if _CLOCK_WORD.search(rest):
        return ["plkst"]  # "15. maijā plkst. 12:00" announces an event; a stamp prints the bare time
    if HOURS.search(rest):
        return ["<hours>"]  # "10:00 - 14:00 01.05.2018": an occurrence's hours and day
    rest = ISO_CLOCK.sub(" ", rest)  # a feed's timestamp: "2019-10-31T11:33:00+00:00"
    rest = _TIME.sub(" ", rest)
    rest = re.sub(r"\bNr\.?\s*\S+", " ", rest)  # a letter's registration number beside its dateline
    if re.search(r"\d", rest):
        return ["<digits>"]  # another number on the line: a table row or a sentence, not a dateline
    return _WORD.findall(rest)


def is_bare_dateline(words: list[str]) -> bool:
    """What is left beside the date is at most a weekday, a byline, a page button and a place in the locative."""
    settings = vocab.temporal()["document_date"]
    ignored = vocab.weekday_names() | set(settings["byline_words"]) | set(settings["button_words"])
    places = [w for n, w in enumerate(words) if w.lower() not in ignored and not _rubric_genitive(words, n, ignored)
              and not _acronym(w)]
    return len(places) <= 2 and all(w[0].isupper() and w.lower().endswith(_PLACE_ENDINGS) for w in places)


def _acronym(word: str) -> bool:
    """A publisher's or federation's acronym beside its posting date ("10/03/2018 LSSF"), a byline
    as the agencies' names are: two to six capitals, no place (a place is a word in the locative)."""
    return 2 <= len(word) <= 6 and word.isupper()


_GENITIVE_ENDINGS = ("as", "es", "a", "u", "s")


def _rubric_genitive(words: list[str], n: int, ignored) -> bool:
    """A section's rubric before its date, "Novada ziņas 12.03.2024": a capitalised genitive
    right before a section's word is the rubric's own, not a place; so is a programme's name
    before a rubric noun, in any case ("2017-10-05 Leader jaunums")."""
    return n + 1 < len(words) and words[n + 1].lower() in ignored and words[n][:1].isupper() \
        and (words[n].lower().endswith(_GENITIVE_ENDINGS)
             or words[n + 1].lower() in vocab.temporal()["document_date"]["rubric_nouns"]) \
        and words[n + 1].lower() not in vocab.weekday_names()


def forbidden(words: list[str]) -> bool:
    never = set(vocab.temporal()["document_date"]["never_words"])
    return any(w.lower() in never or vocab.ascii_fold(w.lower()) in never for w in words)


def term_field(words: list[str]) -> bool:
    """A call's term or step named before the dash ("… beigu datums – 15.03.2024.", "Reģistrācija
    – …"): the date after the dash is its value ([document_date] term_field_stems)."""
    stems = tuple(vocab.temporal()["document_date"]["term_field_stems"])
    return any(w.lower().startswith(stems) for w in words)


def item_before_dash(field_words: list[str], date_words: list[str]) -> bool:
    """A schedule's item named before the dash, its day in the locative after it ("Latviešu valodā
    (rakstiski) – 2015. gada 19. maijā;"): the day tells when the item happens, no dateline. The
    item's words hold one in lower case (a dateline's place or byline before a dash is capitalised:
    "Rīgā – 2015. gada 19. maijā"); the day ends in a month's locative ("… maijā", not "19.05.2015")."""
    return bool(date_words) and date_words[-1].lower() in vocab.locative_forms() \
        and any(w[:1].islower() for w in field_words)


_SEPARATOR = re.compile(r"\s[|•·]\s|\s[-–—]\s")


@lru_cache(maxsize=1)
def _comma_field() -> re.Pattern:
    """", Kategorija:" after the date: a comma that opens a metadata field parts the line as a bar does;
    so does a blank before a label with its colon, as old portals print the post's fields in a row
    ("Datums: 12.03.2010 Autors: …", "Publicēts: 12.03.2010 10:23 Skatīts: 234"); a view counter
    needs no colon before its number, nor after it ("14.06.2010. 12:01, skatīts 245 reizes",
    "25.11.2022 13:10, 1883 skatījumi"), nor a "last changed" stamp before its own date
    ("Publicēts 14.06.2010 12:01 Atjaunots 16.06.2010 09:00")."""
    settings = vocab.temporal()["document_date"]
    labels = '|'.join(map(re.escape, settings["field_after_comma"]))
    counters = '|'.join(map(re.escape, settings["view_counter_words"]))
    # a "last changed" stamp after the posting's date, its colon or its date right after its word
    # ("Publicēts: 14.06.2010 Atjaunots: 16.06.2010"): the change's field, not the posting's
    changed = '|'.join(map(re.escape, sorted(settings["stamp_changed_words"], key=len, reverse=True)))
    # a run of blanks is tried from its first blank only: linear on a line of blanks
    return re.compile(rf"(?:,|(?<![^\S\n])[^\S\n])(?=[^\S\n]*(?:(?:{labels})[^\S\n]*:|(?:{counters})[^\S\n]*\d"
                      rf"|\d+[^\S\n]+(?:{counters})\b|(?:{changed})[^\S\n]*(?::|\d)))", re.IGNORECASE)


def segment(text: str, line: _Line, atom: Atom) -> tuple[int, int]:
    """The field of the line the date stands in, between the separators around it:
    "Publicēts: 03.03.2025. 10:15" of "Publicēts: 03.03.2025. 10:15 | Autors: …"."""
    start, end = line.start, line.end
    hours = [(h.start(), h.end()) for h in HOURS.finditer(text, line.start, line.end)]
    for m in _SEPARATOR.finditer(text, line.start, line.end):
        if any(a < m.start() and m.end() < b for a, b in hours):
            continue  # the dash of a range of hours ("10:00 - 14:00") parts no fields
        if m.end() <= atom.start:
            start = m.end()
        elif m.start() >= atom.end:
            end = min(end, m.start())
    m = _comma_field().search(text, atom.end, end)
    if m is not None:
        end = m.start()  # "05/02/2021, Kategorija: Politika"
    return start, end


@lru_cache(maxsize=1)
def _breadcrumb() -> re.Pattern:
    buttons = vocab.alternation(vocab.temporal()["document_date"]["button_words"])
    return re.compile(rf"[^\S\n]*(?:{buttons})(?:[^\S\n]+[^\W\d_]+){{0,3}}[^\S\n]+/[^\S\n]*", re.IGNORECASE)


def breadcrumb_rubric(before_date: str) -> bool:
    """A site's section path before the date, its rubric word first and a slash after it ("Ziņas
    latviešu valodā / 05.04.2025 / 00:00"): the words are the section's, not a place's. O(line)."""
    return _breadcrumb().fullmatch(before_date) is not None
