"""Very long documents go through the pipeline in sections, so that memory stays bounded.

Every stage keeps a few Python objects per token (Stanza's offsets, the repaired tokens, the
Document's tokens, the spaCy Doc): some 200-350 bytes per input byte on a whole document. A
text longer than SECTIONED_ABOVE characters (far beyond any announcement: the corpus's longest
is 6 KB; only a crawler's junk or a book-sized PDF gets there) is therefore cut into sections of
about SECTION_CHARS characters, at a blank line, else a line break, else a sentence end, else a
space; each section is processed alone and its record merged into the document's:

- spans shifted by the section's offset, so they stay exact on the whole text, and so are
  the "(chars 120-126)" that warnings name;
- lists concatenated in text order, at most `limit` items each (the rest counted in a warning,
  as `pipeline.cap_values` words it); target groups and funding keep one entry per id,
  projects one per name (the first mention), as the extractors do within a text, and a
  warning is said once;
- title, document date and reference date are the first section's; a full document date found
  there anchors the years of the later sections, as it would on the whole text.

Peak memory is that of one section plus the merged record, whatever the length; the cut points
cost one backward search per section: O(n) in all. Texts up to SECTIONED_ABOVE are processed
whole, exactly as before.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from pydantic import BaseModel

from .record import LIST_FIELDS, Record, Span

SECTIONED_ABOVE = 1_000_000  # characters
SECTION_CHARS = 100_000
# Where a section may end, best first: after a blank line, a line break, a sentence end, a space.
SEPARATORS = ("\n\n", "\n", ". ", " ")
# How a warning names characters ("dates: year unknown in “maijā” (chars 120-126): …").
_CHARS = re.compile(r"\(chars (\d+)-(\d+)\)")
# One entry per key in a record (see the module docstring).
KEYS: dict[str, Callable[[BaseModel], object]] = {
    "target_groups": lambda item: item.id,
    "funding": lambda item: item.id,
    "projects": lambda item: " ".join(item.name.casefold().split()),
    "warnings": lambda warning: warning,  # each section may say the same thing again
}


def is_long(text: str) -> bool:
    return len(text) > SECTIONED_ABOVE


def cut(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections covering `text`, each at most `size` characters
    (default SECTION_CHARS) and, where the text allows, at least half of that, ending after the
    best separator found."""
    size = size or SECTION_CHARS
    bounds = []
    start = 0
    while len(text) - start > size:
        end = _end_before(text, start + size // 2, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _end_before(text: str, floor: int, limit: int) -> int:
    for separator in SEPARATORS:
        found = text.rfind(separator, floor, limit)
        if found >= 0:
            return found + len(separator)
    return limit  # no white space in half a section: a hard cut


RunSection = Callable[[str, "dt.date | None"], Record]


def process_in_sections(text: str, run: RunSection, limit: int) -> Record:
    """The record of `text`, from `run(section_text, anchor)` on each section in turn.

    `anchor` is None for the first section, then the first section's document date when it is a
    full day (the caller gives it to the dates extractor as the known document date)."""
    merged: Record | None = None
    anchor: dt.date | None = None
    left_out: dict[str, int] = {}
    seen: dict[str, set] = {name: set() for name in KEYS}
    for start, end in cut(text):
        part = run(text[start:end], anchor)
        if merged is None:
            merged = part.model_copy()
            for name in LIST_FIELDS:
                setattr(merged, name, [])
            anchor = _full_day(part.document_date)
        _merge(merged, part, start, limit, left_out, seen)
        del part  # one section's record at a time
    assert merged is not None  # cut() gives at least one section
    for name, count in left_out.items():
        merged.warnings.append(f"{name}: {count} items past the first {limit} left out")
    return merged


def _merge(merged: Record, part: Record, offset: int, limit: int, left_out: dict[str, int], seen: dict[str, set]) -> None:
    for name in LIST_FIELDS:
        target = getattr(merged, name)
        key = KEYS.get(name)
        for item in getattr(part, name):
            if len(target) >= limit:
                # Counted, not kept, nor remembered: a text of a million dates with no year says
                # a million different warnings, and memory is what sections are for.
                left_out[name] = left_out.get(name, 0) + 1
                continue
            if name == "warnings" and offset:
                item = _CHARS.sub(lambda m: f"(chars {int(m[1]) + offset}-{int(m[2]) + offset})", item)
            if key is not None:
                k = key(item)
                if k in seen[name]:
                    continue
                seen[name].add(k)
            if offset and isinstance(item, BaseModel):
                shift(item, offset)
            target.append(item)


def shift(model: BaseModel, offset: int) -> None:
    """Move every Span inside `model` by `offset` characters, in place."""
    if isinstance(model, Span):
        model.start += offset
        model.end += offset
        return
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            shift(value, offset)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    shift(item, offset)


def _full_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:  # "XXXX-05-16" is no day to anchor to
        return None
