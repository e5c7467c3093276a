"""A site's today over its section's rubric, the article's own stamp under it (a reading of ours,
docs/record.md, document_date): "2019. gada 18. janvāris" / "Jaunumi" / "2018-01-31" / the headline.
The site prints the day the page was shown atop every page, its rubric below it, and the post's day
over its headline: the lower, earlier day is the article's. Both days stand alone on their lines,
and the one line between them is the rubric alone (temporal.toml [document_date] button_words, the
site's section names). Reads the one line between: O(1) per pair."""
from __future__ import annotations

from functools import lru_cache

from . import vocabulary as vocab
from .grammar import Atom
from .page_furniture import WORD


@lru_cache(maxsize=1)
def _rubrics() -> frozenset[str]:
    return frozenset(vocab.temporal()["document_date"]["button_words"])


def _day(atom: Atom) -> tuple[int, int, int]:
    return atom.year or 0, atom.month or 0, atom.day or 0


def stamp_under_rubric(text: str, lines, upper: tuple[int, Atom], lower: tuple[int, Atom]) -> bool:
    """Whether the lower day alone on its line (`lower`: its index in `lines` and the atom) is the
    article's stamp under a site's today (`upper`), the rubric alone on the one line between them."""
    (i, top), (j, below) = upper, lower
    if j != i + 2 or _day(below) >= _day(top):
        return False
    words = [w.lower() for w in WORD.findall(text, lines[i + 1].start, lines[i + 1].end)]
    return len(words) == 1 and words[0] in _rubrics()
