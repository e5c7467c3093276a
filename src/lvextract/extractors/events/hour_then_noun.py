"""A timed clause whose hour piece names no occurrence, the noun following past a comma ("Pēc kora
sveiciena plkst. 17.00, sāksies lāpu gājiens pa Skolas ielu"): the part runs on through the
hourless pieces after it, up to the next part, when they say that something takes place or begins,
so the noun after the comma is the hour's. A part that names its own occurrence keeps its bounds
("Koncerts notiks plkst. 16, pēc tam balle"), and so does one whose run-on is a purpose or a note
("Dalībnieki pulcēsies pulksten 19, lai dotos uz koncertu"). O(parts)."""
from __future__ import annotations


from .lexicon import begins_pattern
from .ranking import Nouns


def run_on(index: Nouns, text: str, parts: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    out = []
    for k, part in enumerate(parts):
        longer = (part[0], parts[k + 1][0] if k + 1 < len(parts) else end)
        if not index.all_in(part, told=True) and (index.told((part[1], longer[1]))
                                                  or begins_pattern().search(text, part[1], longer[1])):
            part = longer
        out.append(part)
    return out
