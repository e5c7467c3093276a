"""The document date: a dateline, a publication line, or a date alone at the page's head or foot.

Never a date from the body, a print date ("Izdrukāts"), a "last changed" line, or a portal's
"today" header beside the name-days ("Šodien ir … Vārda dienas: …").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocabulary as vocab
from .grammar import Atom
from .times import parse_times

_TIME = re.compile(r"\b(?:plkst\.?\s*)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# Place names in a dateline stand in the locative: Rīgā, Ventspilī, Cēsīs, Talsos, Daugavpilī.
_PLACE_ENDINGS = ("ā", "ī", "ē", "os", "īs")
# ... or in the nominative before a comma at the line's start: "Rīga, 2024. gada 5. marts".
_PLACE_FIRST = re.compile(r"\s*[A-ZĀČĒĢĪĶĻŅŠŪŽ][^\W\d_]+,\s*$")


@dataclass(frozen=True)
class _Line:
    index: int
    start: int
    end: int


def _lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for n, raw in enumerate(text.splitlines(keepends=True)):
        body = raw.rstrip("\r\n")
        if body.strip():
            out.append(_Line(n, pos, pos + len(body)))
        pos += len(raw)
    return out


@lru_cache(maxsize=None)
def _label_pattern(kind: str) -> re.Pattern:
    return re.compile(rf"\W*({vocab.alternation(vocab.temporal()['document_date'][kind])})(?!\w)", re.IGNORECASE)


def _label(line_text: str, kind: str = "publication_labels") -> str | None:
    """The publication label the line starts with, if any ("Publicēts:", "Datums")."""
    m = _label_pattern(kind).match(line_text)
    return m.group(1) if m else None


def _label_line_before(text: str, lines: list[_Line], i: int) -> str | None:
    """Tables print the label on the line above: "Izsludināšanas datums" / "02.10.2023. 13:49"."""
    if i == 0:
        return None
    before = text[lines[i - 1].start:lines[i - 1].end].strip().rstrip(":").strip()
    label = _label(before)
    return label if label and len(label) == len(before) else None


def _residual_words(line_text: str, atom_start: int, atom_end: int) -> list[str]:
    rest = line_text[:atom_start] + " " + line_text[atom_end:]
    rest = _TIME.sub(" ", rest)
    rest = re.sub(r"\bNr\.?\s*\S+", " ", rest)  # a letter's registration number beside its dateline
    if re.search(r"\d", rest):
        return ["<digits>"]  # another number on the line: a table row or a sentence, not a dateline
    return _WORD.findall(rest)


def _is_bare_dateline(words: list[str]) -> bool:
    """What is left beside the date is at most a weekday and a place in the locative."""
    weekdays = set(vocab.temporal()["weekdays"])
    places = [w for w in words if w.lower() not in weekdays]
    return len(places) <= 2 and all(w[0].isupper() and w.lower().endswith(_PLACE_ENDINGS) for w in places)


def _forbidden(words: list[str]) -> bool:
    never = set(vocab.temporal()["document_date"]["never_words"])
    return any(w.lower() in never or vocab.ascii_fold(w.lower()) in never for w in words)


_TODAY_HEADER = re.compile(r"\bšodien\s+ir\b|\bvārda\s*dien", re.IGNORECASE)
_EVENT_FIELD = re.compile(r"\W*(?:laiks|vieta|norises|plkst|pulksten|sākums|adrese)\b", re.IGNORECASE)


def _near_name_days(text: str, lines: list[_Line], i: int) -> bool:
    window = " ".join(text[l.start:l.start + 300] for l in lines[max(0, i - 1):i + 2])
    return bool(_TODAY_HEADER.search(window))


def _in_event_block(text: str, lines: list[_Line], i: int) -> bool:
    """"Datums: …" beside "Laiks: …" / "Vieta: …" dates an event, not the page."""
    return any(_EVENT_FIELD.match(text[l.start:l.end]) for l in lines[max(0, i - 1):i + 2] if l is not lines[i])


def find_document_date(text: str, atoms: list[Atom]) -> tuple[dt.date | None, Atom | None]:
    lines = _lines(text)
    if not lines:
        return None, None
    settings = vocab.temporal()["document_date"]
    head = {l.index for l in lines[:settings["head_lines"]]}
    foot = {l.index for l in lines[-settings["foot_lines"]:]}
    starts = [l.start for l in lines]
    best: tuple[int, int, Atom] | None = None
    for atom in atoms:
        if atom.grain != "day" or atom.is_range or atom.year is None or atom.relative:
            continue
        i = max(0, _line_at(starts, atom.start))
        line = lines[i]
        if atom.end > line.end:
            continue
        if line.end - line.start > 300 or _near_name_days(text, lines, i):
            continue  # a dateline is short; a long line is prose (and rescanning it per date is quadratic)
        # Portals put several fields on one line: "Publicēts: 03.03.2025. 10:15 | Autors: …".
        seg_start, seg_end = _segment(text, line, atom)
        line_text = text[seg_start:seg_end]
        if len(line_text.strip()) > 90:
            continue
        words = _residual_words(line_text, atom.start - seg_start, atom.end - seg_start)
        if _PLACE_FIRST.fullmatch(text[seg_start:atom.start]):
            words = words[1:]
        label = _label(line_text) or _label_line_before(text, lines, i)
        weak_label = None if label else _label(line_text, "weak_labels")
        if weak_label:
            # "Datums:" alone is a publication date only at the page's head or foot, outside an event block.
            if line.index not in head | foot or _in_event_block(text, lines, i):
                continue
            label = weak_label
        if label:
            label_words = set(w.lower() for w in _WORD.findall(label))
            rest = [w for w in words if w.lower() not in label_words]
            if _forbidden(rest) or not _is_bare_dateline(rest):
                continue
            rank = 0
        elif _forbidden(words) or not _is_bare_dateline(words) or _time_follows(text, lines, i):
            continue
        elif line.index in head:
            rank = 1
        elif line.index in foot:
            rank = 2
        else:
            continue
        if best is None or (rank, atom.start) < best[:2]:
            best = (rank, atom.start, atom)
    if best is None:
        return None, None
    atom = best[2]
    return dt.date(atom.year, atom.month, atom.day), atom


_SEPARATOR = re.compile(r"\s[|•·]\s|\s[-–—]\s")


def _segment(text: str, line: _Line, atom: Atom) -> tuple[int, int]:
    start, end = line.start, line.end
    for m in _SEPARATOR.finditer(text, line.start, line.end):
        if m.end() <= atom.start:
            start = m.end()
        elif m.start() >= atom.end:
            end = min(end, m.start())
    return start, end


def _line_at(starts: list[int], offset: int) -> int:
    import bisect

    return bisect.bisect_right(starts, offset) - 1


def _time_follows(text: str, lines: list[_Line], i: int) -> bool:
    """A date line followed by "plkst. 10:00" or "Kultūras namā, 18:00" announces an event, not the publication."""
    if i + 1 >= len(lines):
        return False
    following = text[lines[i + 1].start:lines[i + 1].end]
    if re.match(r"\s*(?:plkst|pulksten|sākums|no\s+plkst|laiks|vieta)", following, re.IGNORECASE):
        return True
    return len(following.strip()) < 60 and bool(parse_times(following))

