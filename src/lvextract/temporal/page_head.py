"""The page's lines as the dateline rules read them: how many make the head (`head_end`, up to the
first line of prose), where the body's first sentence and a block of related articles start, and a
line that goes on the one above it (`continues`: a sentence cut at the line's end, whose date below
is no dateline). Read by document_date.find_document_date; each asks a bounded slice per line."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab
from ..latvian.sentence_words import never_last_words
from .bylines import signature_line
from .comment_heading import comment_heading, last_labelled_line
from .date_patterns import GLUED_CLOCK
from .dateline_words import ISO_CLOCK, place_first
from .grammar import Atom
from .page_furniture import WORD, Line
from .publication_fields import label_pattern, line_label


@lru_cache(maxsize=1)
def cut_after() -> frozenset[str]:
    """Words a sentence cut at the line's end cannot stop on: the date below completes it (data: the
    conjunctions and prepositions no sentence ends on, and the verbs and adverbs of temporal.toml)."""
    return frozenset(vocab.temporal()["document_date"]["cut_after_words"]) | never_last_words()


def dateline_alone(text: str, line: Line, atom: Atom) -> bool:
    """The date is all its line holds and says the day as a dateline does: in figures
    ("25.03.2020") or with the month in the nominative ("2020. gada 25. marts") or cut short ("• 02.
    apr. 2018", a list's bullet or dashes round it: "- 28 marts 2024 --"), maybe after its place."""
    before = text[line.start:atom.start]
    if _GLUED_CLOCK.fullmatch(before):
        before = ""  # a CMS's posting time glued before the date: "10:0027.02.2025"
    if (before.strip(" \t•·▪-–—") and not place_first(before)) or ISO_CLOCK.sub("", text[atom.end:line.end]).strip(" .-–—"):
        return False
    words = WORD.findall(text[atom.start:atom.end])
    return not words or words[-1].lower() in vocab.month_nominatives() \
        or words[-1].lower() + "." in vocab.month_abbreviations() or words[-1].lower() in vocab.month_portal_short()


def doubled_year_end(text: str, start: int, atom: Atom) -> int:
    """Where a line's dateline begins when a template printed its year once more before it, with
    "gada" and commas round it (", 2010. gada, 18.marts, 2010"): at the date, the year before it
    being no word of the line's own; else `start`. Reads the few characters between."""
    if atom.year is None or atom.start - start > 20:
        return start
    m = _YEAR_BEFORE.fullmatch(text, start, atom.start)
    return atom.start if m and int(m["year"]) == atom.year else start


# The date's own year before it, with "gada" and commas round it (doubled_year_end).
_YEAR_BEFORE = re.compile(r"[^\S\n]*,?[^\S\n]*(?P<year>\d{4})\.?[^\S\n]*(?:gada|g\.)?[^\S\n]*,[^\S\n]*", re.IGNORECASE)

# A clock time glued to the date right after it, opening the line (date_patterns.AFTER_CLOCK).
_GLUED_CLOCK = re.compile(GLUED_CLOCK)

# A wrapped paragraph's lines run the page's width; a line shorter than this is not one of them.
_WRAPPED_LINE_MIN = 40


def continues(text: str, lines: list[Line], i: int, atom: Atom) -> bool:
    """The line goes on the one before: a long line of words cut after a word, no full stop
    ("… varēs reģistrēt no" / "2026. gada 20. aprīļa."). A signature field is not cut prose,
    nor a long headline over a dateline alone ("… sociālajos dienestos ārkārtējā situācijā" /
    "25.03.2020"), unless the headline's last word cannot end a sentence ("… sākot no")."""
    if i == 0 or lines[i - 1].index != lines[i].index - 1:
        return False
    if line_label(text[lines[i].start:min(lines[i].end, lines[i].start + 200)]):
        return False  # "- Published: 08.09.2022 19:05" under a list's last line opens a field of its own
    # The last 200 characters tell: each date reads a bounded slice, however long the line.
    before = text[max(lines[i - 1].start, lines[i - 1].end - 200):lines[i - 1].end].rstrip()
    words = WORD.findall(before)
    if not (len(before) > 60 and before[-1:].isalnum() and len(words) >= 8):
        return False
    if signature_line(text, lines[i - 1].start, lines[i - 1].end):
        return False  # "Anna Liepa, … nodaļas speciāliste" over "09. jūlijā, 2019": a byline, no cut sentence
    # The line above is a paragraph of its own: a blank line before it, or a short line of
    # furniture right before it (an office's hours "Pr. – Pk.: 08:00 – 16:30" over the headline):
    # a wrapped paragraph's earlier line is as long as a line of prose.
    above = lines[i - 2] if i >= 2 else None
    opens = above is None or above.index != lines[i - 1].index - 1 or above.end - above.start < _WRAPPED_LINE_MIN \
        or trail_ends_with(text, above, lines[i - 1])
    return not (opens and dateline_alone(text, lines[i], atom) and words[-1].lower() not in cut_after())


def trail_ends_with(text: str, trail: Line, headline: Line) -> bool:
    """A breadcrumb trail that closes with the headline below it ("Sākumlapa › Arhīvs›Pilsētā
    Zemgaliešiem … jāgaužas" over "Zemgaliešiem … jāgaužas"): a line of the page's furniture,
    not a wrapped paragraph's earlier line. Reads the two lines' last 200 characters."""
    title = text[max(headline.start, headline.end - 200):headline.end].strip()
    return len(title) >= 20 and text[max(trail.start, trail.end - 200):trail.end].rstrip().endswith(title) \
        and trail.end - trail.start > len(title)


def prose(line_text: str) -> bool:
    """A line of running text: long with a full stop inside, or ten words with a comma or stop (not
    a semicolon alone: an agency's headline joins its two halves by one, "… notiks pasākumi; uguņos
    tikai …", over its byline's dateline)."""
    words = WORD.findall(line_text)
    return (len(line_text) > 120 and ". " in line_text) or (len(words) >= 10 and bool(re.search(r"[,.]\s", line_text)))


def closes_sentence(text: str, line: Line) -> bool:
    """A line of four words or more ending in a full stop, "!" or "?": a sentence, no heading."""
    body = text[line.start:min(line.end, line.start + 2000)].rstrip()
    return body.endswith((".", "!", "?")) and len(WORD.findall(body[:200])) >= 4


def head_end(text: str, lines: list[Line], minimum: int, maximum: int) -> int:
    """How many lines make the page's head: menus, breadcrumbs and share buttons come before
    the dateline, so the head runs to the first line of prose (a long line with a sentence),
    at least `minimum` and at most `maximum` lines."""
    for n, line in enumerate(lines[:maximum]):
        if n >= minimum and prose(text[line.start:line.end]):
            return n
    return min(len(lines), maximum)


def first_sentence_line(text: str, lines: list[Line]) -> int:
    """The first line that holds a sentence (four words or more and a full stop): the body."""
    for n, line in enumerate(lines):
        body = text[line.start:min(line.end, line.start + 2000)].rstrip()
        if len(WORD.findall(body[:200])) >= 4 and (body.endswith((".", "!", "?")) or ". " in body):
            return n
    return len(lines)


# The longest row of weekday initials a calendar widget prints, with its blanks ("Pr Ot Tr Ce Pk Se Sv").
_GRID_ROW_MAX = 40


@lru_cache(maxsize=1)
def _grid_rows() -> frozenset[str]:
    return frozenset(vocab.temporal()["document_date"]["calendar_grid_rows"])


def calendar_grid_row(line_text: str) -> bool:
    """A calendar widget's row of weekday initials ([document_date] calendar_grid_rows), however
    its blanks fall: the month grid under it is page furniture that closes the article."""
    return len(line_text) <= _GRID_ROW_MAX and "".join(line_text.split()).lower() in _grid_rows()


def related_start(text: str, lines: list[Line], first_sentence: int, grid_from: int = 0) -> int:
    """The first line of a "Saistītie raksti" / "Lasītākie" block after the body began (a menu
    may carry the same words), or of a calendar widget's month grid from line `grid_from` on (a
    sidebar's grid above the article's head ends nothing): the dates below it belong to other
    articles or to the widget. len(lines) if none."""
    pattern = label_pattern("related_markers")
    labelled_below = None  # the last line a publication label opens, looked for once
    for n in range(first_sentence + 1, len(lines)):
        line_text = text[lines[n].start:lines[n].end]
        if pattern.fullmatch(line_text.strip().rstrip(":").strip()) or (n >= grid_from and calendar_grid_row(line_text)):
            return n
        if comment_heading(line_text):
            if labelled_below is None:
                labelled_below = last_labelled_line(text, lines)
            if labelled_below < n:  # a "Publicēts:" line below: the comments are no page's end
                return n
    return len(lines)
