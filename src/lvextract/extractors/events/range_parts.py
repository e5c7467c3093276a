"""An occurrence's opening or closing part told beside its range ("Turnīrs notiks no 3. līdz 9. jūnijam.
3. jūnijā notiks atklāšanas spēles"; "Festivāls no 13. līdz 21. augustam … Festivāls svinīgi tiks
atklāts 15. augustā"): the part's day lies within the range, so it is the same occurrence (RECORD.md:
one occurrence over several days is one event), not a second event."""
from __future__ import annotations

import re
from functools import lru_cache

from ...record import Record
from .generic_start import drop_generic_starts
from .lexicon import literals, vocabulary


@lru_cache(maxsize=1)
def _parts() -> tuple[frozenset[str], re.Pattern]:
    table = vocabulary()["range_parts"]
    return frozenset(table["types"]), re.compile(
        rf"(?<!\w)(?:{literals(table['cues'] + table['cues_days'])})", re.IGNORECASE)


def _within(day: str, outer) -> bool:
    return len(outer.start) == len(day) and outer.start <= day <= outer.end


def tells_part(event) -> bool:
    """Whether the event's own words tell an opening or closing ("Festivāls svinīgi tiks atklāts …"):
    a day of the range's own part, not an item of a list the range frames (merging.drop_frames)."""
    return event.span is not None and _parts()[1].search(event.span.text) is not None


def drop_range_parts(record: Record) -> None:
    drop_generic_starts(record)  # "… notiks svētki. Pasākums sāksies 3. maijā"
    types, cues = _parts()
    ranges = [e for e in record.events if e.end is not None and e.start is not None and e.type not in types]
    if not ranges:
        return

    def part_of_range(e) -> bool:
        if e.end is not None or e.start is None:
            return False
        if e.type in types:
            return any(_within(e.start, r) for r in ranges)
        # The occurrence's own noun with a verb of opening or closing on a day inside its range.
        return (tells_part(e) or _contest_part(e)) and any(
            _same_kind(r.type, e.type) and r is not e and _within(e.start, r) for r in ranges)

    record.events[:] = [e for e in record.events if not part_of_range(e)]


@lru_cache(maxsize=1)
def _contest_words() -> tuple[frozenset[str], tuple[str, ...], re.Pattern]:
    contest, table = vocabulary()["contest_kind"], vocabulary()["range_parts"]
    return (frozenset(contest["words"]), tuple(contest["named"]),
            re.compile(rf"(?<!\w)(?:{literals(table['contest_genitives'])})\s+(?:[^\W\d_]+\s+)?"
                       rf"(?:{literals(table['contest_part_nouns'])})",
                       re.IGNORECASE))


def _contest_part(event) -> bool:
    """"Oficiālā sacensību atklāšana notiks 9. maijā": the contest word typed by its opening's or
    closing's genitive ("sacensību" before "atklāšana"), which names the part of a contest."""
    words, _named, part = _contest_words()
    return event.type in words and part.search(event.span.text) is not None


def _same_kind(outer: str, inner: str) -> bool:
    """The range's own type, or the contest word inside a named contest's range ("sacensības" in a
    "čempionāts"): one contest told twice."""
    words, named, _part = _contest_words()
    return outer == inner or (inner in words and outer.endswith(named))
