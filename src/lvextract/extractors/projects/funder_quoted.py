"""Quoted names read against the funding mentions: a fund's or a programme's name quoted after a
project word ("projekta “NVO fonds” ietvaros") is no project's; a name quoted right after a
programme's own name and before a word of its kinds of project is one."""
from __future__ import annotations

import re
from bisect import bisect_right

from ...document import Document
from ...latvian.lemmas import stem
from ..funding_mentions import find_mentions
from ..vocabulary import load
from .patterns import LETTERS
from .quoted import quoted_after


def names_a_funder(doc: Document, start: int, end: int, not_names: set[str], last_stems: frozenset[str]) -> bool:
    """Whether the quoted name at (start, end) after a project word is a fund or a programme
    ("projekta “NVO fonds” ietvaros", "projekta “Erasmus+” ietvaros"): a name listed as no project's,
    a funder's name the funding vocabulary matches whole, or a name whose last word is a fund's."""
    name = " ".join(doc.text[start:end].split())
    if name in not_names:
        return True
    words = LETTERS.findall(name)
    if words and stem(words[-1].lower()) in last_stems:
        return True
    starts, furthest = doc.derived("projects.funder_reach", _funder_reach)
    at = bisect_right(starts, start)  # (the mentions that start at or before the name)
    return at > 0 and furthest[at - 1] >= end


def _funder_reach(doc: Document) -> tuple[list[int], list[int]]:
    """The funding mentions' starts, sorted, and the furthest end among those up to each: one
    bisection per name, not a pass over every mention."""
    spans = sorted((m.start, m.end) for m in find_mentions(doc))
    furthest, reach = [], -1
    for _, end in spans:
        reach = max(reach, end)
        furthest.append(reach)
    return [s for s, _ in spans], furthest


PROGRAMME_KIND = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")


def after_programme(doc: Document, quotes: dict[str, str]):
    """(start, end) of each quoted name right after a programme's own name and before a word of
    its kinds of project ('Erasmus+ "Sea and Sky" mobilitāte'; data/projects.toml [after_programme])."""
    data = load("projects")["after_programme"]
    text = doc.text
    ends = [m.end for m in find_mentions(doc) if m.id in data["ids"]]
    ends += [m.end() for m in re.finditer(r"(?<!\w)(?:" + "|".join(map(re.escape, data["names"])) + r")(?!\w)", text)]
    for end in sorted(ends):
        at = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" \t"))
        quoted = quoted_after(text, at, quotes)
        kind = quoted and PROGRAMME_KIND.match(text, quoted[1] + 1)
        if kind and kind["word"].lower().startswith(tuple(data["kinds"])):
            yield quoted
