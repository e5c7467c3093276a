"""The end of a posting stamp a CMS glued to the headline's last word ("…attīstīšanai11-09-2017",
"…bērniem2021.11.05 Komentāri (0)"): maybe a clock time, maybe the post's comment or view
counter, then the line's end. The counter's words are data (temporal.toml, [document_date]
`stamp_counter_words`). Also the dates glued into a line of prose that still count for the
document date (glued_in_prose): a field, a posting stamp closing the page's last prose, a dateline
the body's first sentence is glued to ("16.08.2007. Valdībā …", "2022. gada 25. maijs, Rīga – VARAM …")."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from .date_patterns import HOUR, MINUTE
from .date_atom import Atom
from .page_furniture import WORD, Line, weekday_in
from .publication_fields import glued_field, metadata_prefix, published_label_before
from .dateline_words import place_first
from ..latvian.orthography import DASH, UPPER


@lru_cache(maxsize=1)
def counter_pattern() -> str:
    """A counter after the stamp: "Komentāri (0)", "Komentāri: 3", "Skatījumi 120"."""
    words = vocab.document_date_words("stamp_counter_words")
    return rf"(?i:{words})[^\S\n]*[(:]?[^\S\n]*\d+[^\S\n]*\)?"


@lru_cache(maxsize=1)
def glued_stamp_end() -> str:
    """A look-ahead: a clock time and a counter, each maybe, then the line's end."""
    return (rf"(?=[^\S\n]*(?:,?[^\S\n]*{HOUR}[:.]{MINUTE}[^\S\n]*)?(?:{counter_pattern()}[^\S\n]*)?(?:\n|$))")


@lru_cache(maxsize=1)
def _counter_only():
    return re.compile(rf"[^\S\n]*\.?[^\S\n]*(?:{counter_pattern()})[^\S\n]*")


def counted_stamp(after_date: str) -> bool:
    """Whether only a post's counter follows the date closing the headline's line ("Ziemas skola
    bērniem 05.11.2021 Komentāri (3)"): the posting's stamp, as a clock time at an odd minute is."""
    return _counter_only().fullmatch(after_date) is not None


# A dateline that opens the text (or the body under its headline) and the first sentence glued
# after it on one line: "2013.gada 19.novembrī. Notiks lekcija …", "16.08.2007. Valdībā …"; the
# sentence may open with a quotation ("… 6.jūlijs. “Prezidentūra …”, atzīst ministre").
_OPENING_DATELINE_END = re.compile(rf"\.?\s+(?=[\"“„«]?[{UPPER}])")


def sentence_glued_after(text: str, atom: Atom) -> bool:
    """A full stop closes the date, after it ("19.novembrī.") or inside a numeric date's span
    ("16.08.2007."), and a sentence opens with a capital right after."""
    dot = text[atom.end:atom.end + 1] == "." or (atom.rule == "numeric" and text[atom.end - 1:atom.end] == ".")
    return dot and bool(_OPENING_DATELINE_END.match(text, atom.end))


# A press release's place after its dateline, a dash before the first sentence: "2022. gada 25. maijs,
# Rīga – Ministrija …", "25.05.2022., Valmiera — …" (one capitalised word, the town in the nominative).
# A route's next town after the dash ("05.06.2021, Sigulda – Cēsis – Valmiera: …") is no sentence.
_PLACE_DASH_AFTER = re.compile(rf",[^\S\n]*[{UPPER}][^\W\d_]+[^\S\n]*{DASH}[^\S\n]+(?=[\"“„«]?[{UPPER}])"
                               rf"(?![{UPPER}][^\W\d_]*[^\S\n]*(?:{DASH}|:))")


def place_dash_after(text: str, atom: Atom) -> bool:
    """The date said as a dateline says it (in figures, or the month in the nominative) and its
    place after a comma, a dash opening the sentence: "2022. gada 25. maijs, Rīga – VARAM …"."""
    words = WORD.findall(text, atom.start, atom.end)
    return (not words or words[-1].lower() in vocab.month_nominatives()) \
        and _PLACE_DASH_AFTER.match(text, atom.end) is not None


# A closed sentence right before a date: "… skatīt šeit. 14.05.2010"; or the contact's phone
# number that signs the page off ("… tālr. 29123456 14.05.2010": eight digits, a mobile's or a
# landline's first digit; a flattened page glues its posting date after it).
_SENTENCE_CLOSED = re.compile(r"(?:[.!?)]|(?<![\d+])[26]\d{7})[^\S\n]+$")
# Only blanks (and dots) between two offsets, read without copying the line: a long line of
# many dates is not copied for each (stops at the first other character).
_BLANKS = re.compile(r"\s*")
_BLANKS_DOTS = re.compile(r"[ .]*")


def _closing_stamp(text: str, line: Line, atom: Atom) -> bool:
    """A numeric date closing the page's last line of prose right after its last sentence: the
    posting stamp a CMS glued to the body ("… pielikumi pieejami šeit. 24.09.2009")."""
    return atom.rule == "numeric" and atom.grain == "day" and _BLANKS_DOTS.fullmatch(text, atom.end, line.end) is not None \
        and bool(_SENTENCE_CLOSED.search(text, max(line.start, atom.start - 12), atom.start))


def glued_in_prose(text: str, line: Line, i: int, atom: Atom, firsts: dict[int, Atom], last_text: int = -1,
                    in_head: bool = False, first_sentence: int = 0) -> None:
    """In a line of prose only a field glued into it counts, last: "… prasībām.iesūtīts:
    05.05.2021lasīt tālāk", a posting stamp closing the page's last line of prose ("… šeit.
    24.09.2009"), or a full date opening the text, or the body under its headline, with a full
    stop: "2013.gada 19.novembrī. Notiks …", "16.08.2007. Valdībā …" (then as a head dateline)."""
    if glued_field(text, atom, line.end):
        firsts.setdefault(3, atom)
    elif i == last_text and _closing_stamp(text, line, atom):
        firsts.setdefault(2, atom)
    elif atom.grain == "day" and (i == 0 or (in_head and i == first_sentence)) \
            and (sentence_glued_after(text, atom) or place_dash_after(text, atom)) and _opening_dateline(text, line, i, atom):
        firsts.setdefault(1, atom)
    elif in_head and i <= _GLUED_STAMP_LINES and atom.rule in _GLUED_LEAD_RULES and atom.grain == "day" \
            and text[atom.end:atom.end + 1].isupper() and (_BLANKS.fullmatch(text, line.start, atom.start)
                                                             or _labelled_glued_lead(text, line, atom)):
        # "15.05.2025No 22. līdz 24. maijam …": a CMS's stamp glued to the lead's first word, on the
        # page's first lines (far below the headline a glued date is the text's own); its label
        # may open the line: "Datums: 25.10.2021Lai apturētu …"; the month may be a word, its year
        # stated: "2019. gada 12. aprīlisTalka …" (the date rule took the year, no this-year word)
        firsts.setdefault(1, atom)


# The rules of a full date a CMS glues to the lead: numeric, or the month a word with its year.
_GLUED_LEAD_RULES = ("numeric", "day_month")


# The word glued after the date opens another field ("Datums: 12.03.2021Vieta: …"), no lead.
_FIELD_GLUED = re.compile(rf"[{UPPER}][^\W\d_]*(?:[^\S\n][^\W\d_]+)?:")


def _labelled_glued_lead(text: str, line: Line, atom: Atom) -> bool:
    """A date label alone opens the line and the lead's first word is glued to the date ("Datums:
    25.10.2021Lai apturētu …"): the CMS's posting field, its line break lost, not a field of the
    body's next item."""
    return atom.start - line.start <= _LABEL_MAX \
        and (metadata_prefix(text, line, atom) or published_label_before(text, line.start, atom.start)) \
        and _FIELD_GLUED.match(text, atom.end, min(line.end, atom.end + _LABEL_MAX)) is None


# A label is short: only this many characters before the date (or after it, for the next field's) are read.
_LABEL_MAX = 40


_GLUED_STAMP_LINES = 2
# A place before the date is a press release's dateline ("Rīga, 2015.gada 6.jūlijs. Ministre …"):
# only a short run of words can be a place, so no long prefix is read.
_PLACE_MAX = 40


def _opening_dateline(text: str, line: Line, i: int, atom: Atom) -> bool:
    """The date opens its line, on the page's first lines; or a place in the nominative and a
    comma come before it, on the body's first line wherever the head's furniture put it (the
    place and the full stop after the date make it a dateline, not the text's own day)."""
    if _BLANKS.fullmatch(text, line.start, atom.start):
        return i <= _GLUED_STAMP_LINES
    before = text[line.start:atom.start] if atom.start - line.start <= _PLACE_MAX else ""
    # a weekday there ("Sestdien, 2019. gada 4. maijā. Talka …") tells an occasion's day, no place
    return place_first(before) and not weekday_in(WORD.findall(before))
