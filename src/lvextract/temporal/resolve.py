"""Years the text leaves out: from the nearest frame, else the document date.

A frame is a mention that states its own year and at least a month: any such mention in the
same sentence, or a range or list in the same paragraph ("no 2017.gada 4.aprīļa līdz
27.aprīlim: … 7.aprīlī …"). A lone date in another sentence is no frame: "Iepriekšējais
seminārs notika 2023. gada 14. novembrī. Nākamais plānots aprīlī." means the coming April.
Relative years ("šā gada", "nākamā gada") count from the document date only; "tā paša gada"
takes the year last stated before it. What cannot be resolved keeps XXXX and gets a warning;
`anchored` is true exactly when the year came from the document date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .grammar import Atom

_OFFSETS = {"this": 0, "next": 1, "previous": -1}


@dataclass(frozen=True)
class Resolved:
    atom: Atom
    value: str
    end: str | None
    anchored: bool
    warning: str | None = None


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n[ \t\r\f\v]*\n", text)]


# A sentence ends at . ! ? before a capital or a quote; "2014. gada", "5. maijā" and "Nr. 5"
# go on. Good enough to tell one sentence's frame from the next one's.
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»)]*\s+(?=[\"“„«(]?[A-ZĀČĒĢĪĶĻŅŠŪŽ])|\n[ \t\r\f\v]*\n")


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _format(year: int | None, month: int | None, day: int | None) -> str:
    value = f"{year:04d}" if year is not None else "XXXX"
    if month:
        value += f"-{month:02d}"
        if day:
            value += f"-{day:02d}"
    return value


class _Frames:
    """Mentions that state their own year and at least a month, by paragraph, for nearest lookups."""

    def __init__(self, atoms: list[Atom], paragraph_of, sentence_of) -> None:
        self.paragraph_of = paragraph_of
        self.sentence_of = sentence_of
        self.by_paragraph: dict[int, list[Atom]] = {}
        for a in atoms:  # atoms come sorted by start
            if a.year is not None and not a.relative and a.month:
                self.by_paragraph.setdefault(paragraph_of(a.start), []).append(a)
        self.starts = {p: [a.start for a in frames] for p, frames in self.by_paragraph.items()}
        # Ranges and list members frame the whole paragraph; other dates only their own sentence.
        in_list = {id(x) for a, b in zip(atoms, atoms[1:]) if a.rule == b.rule == "day_list" for x in (a, b)}
        self.paragraph_wide = {id(a) for a in atoms if a.is_range or id(a) in in_list}
        stated = [a for a in atoms if a.year is not None and not a.relative]
        self.stated_ends = [a.end for a in stated]
        self.stated = stated

    def nearest_year(self, atom: Atom) -> int | None:
        paragraph = self.paragraph_of(atom.start)
        frames = self.by_paragraph.get(paragraph, [])
        i = bisect.bisect_left(self.starts.get(paragraph, []), atom.start)
        sentence = self.sentence_of(atom.start)
        # A bounded look either way keeps a paragraph of a thousand dates linear.
        before = [f for f in reversed(frames[max(0, i - 20):i]) if f is not atom and self._frames(f, sentence)][:1]
        after = [f for f in frames[i:i + 20] if f is not atom and self._frames(f, sentence)][:1]
        neighbours = before + after
        if not neighbours:
            return None
        return min(neighbours, key=lambda f: (max(f.start - atom.end, atom.start - f.end), f.start > atom.start)).year

    def _frames(self, frame: Atom, sentence: int) -> bool:
        return id(frame) in self.paragraph_wide or self.sentence_of(frame.start) == sentence

    def last_stated_year(self, atom: Atom) -> int | None:
        i = bisect.bisect_right(self.stated_ends, atom.start)
        if i == 0:
            return None
        last = self.stated[i - 1]
        return last.end_year or last.year


def resolve(text: str, atoms: list[Atom], document_date: dt.date | None) -> list[Resolved]:
    paragraph_starts = _paragraph_starts(text)
    sentence_starts = _sentence_starts(text)

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(paragraph_starts, offset) - 1

    def sentence_of(offset: int) -> int:
        return bisect.bisect_right(sentence_starts, offset) - 1

    frames = _Frames(atoms, paragraph_of, sentence_of)
    out = []
    for atom in atoms:
        year, anchored, warning = atom.year, False, None
        if year is None:
            if atom.relative in _OFFSETS:
                if document_date:
                    year, anchored = document_date.year + _OFFSETS[atom.relative], True
                else:
                    warning = "no document date to count a relative year from"
            else:
                year = frames.last_stated_year(atom) if atom.relative == "same" else frames.nearest_year(atom)
                if year is None and document_date:
                    year, anchored = document_date.year, True
                if year is None:
                    warning = "no year in its paragraph and no document date"
        end = None
        if atom.is_range:
            end_year = atom.end_year
            if end_year is None or atom.year is None:
                end_year = year
                if year is not None and (atom.end_month or 0, atom.end_day or 0) < (atom.month or 0, atom.day or 0):
                    end_year = year + 1
            end = _format(end_year, atom.end_month, atom.end_day)
        span_text = text[atom.start:atom.end]
        if warning:
            warning = f"dates: year unknown in “{span_text}” (chars {atom.start}-{atom.end}): {warning}"
        out.append(Resolved(atom, _format(year, atom.month, atom.day), end, anchored, warning))
    return out
