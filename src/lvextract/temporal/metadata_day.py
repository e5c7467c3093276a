"""A crawler's metadata month (" date 2021-04" atop the page) and the article's own day of that
month under it: a dateline alone on its line ("14.04.2021", "Ozolkalnē, 14.04.2021") or a date
closing the headline's line ("Skolēni stāda ozolus 14.04.2021"). The day says more than the
month (RECORD: the document date with the grain the text gives), so it wins."""
from __future__ import annotations

import re

from . import vocabulary as vocab
from .date_atom import Atom
from ..latvian.sentence_words import never_last_words
from .page_furniture import lines as _lines, line_at as _line_at

_HEAD_LINES = 6  # the metadata line, a few furniture lines, the headline, its dateline
# Before the day on its line: nothing, a place and a comma, or a headline's words (no sentence
# closed among them, but for the headline's own closing "!" or "?": "Būsim aktīvi! 09.10.2017");
# after it: a full stop, a clock time, nothing else.
_BEFORE = re.compile(r"[^\S\n]*(?:[^\W\d_][^\d.:;!?\n]{0,150}?[^\W\d_][!?]?[,]?[^\S\n]+)?")
_AFTER = re.compile(r"[^\S\n]*\.?(?:[^\S\n]*,?[^\S\n]*(?:plkst\.?[^\S\n]*)?\d{1,2}[:.]\d\d)?[^\S\n]*")
_WORDS_MAX = 20
# A quoted name inside the headline may close sentences of its own ("«Kas mēs esam? Pirmklasnieki!»
# Valdemārpilī tikās …"): read as letters, it closes none of the headline's.
_QUOTED = re.compile(r"[«„“\"][^»”\"\n]{1,80}[»”\"]")
_WORD = re.compile(r"[^\W\d_]+")


def _announces(before: str) -> bool:
    """The headline announces the day rather than dates the article: "Koncerts notiks 28.04.2021",
    "Pieteikšanās līdz 28.04.2021" (a cut word before the date, a word that never dates a page)."""
    settings = vocab.temporal()["document_date"]
    words = [w.lower() for w in _WORD.findall(before)]
    return bool(words) and (words[-1] in settings["cut_after_words"] or words[-1] in never_last_words()
                            or any(w in settings["never_words"] for w in words))


def day_of_metadata_month(text: str, atoms: list[Atom], month: Atom) -> Atom | None:
    """The first day of `month`'s year and month dated as above in the page's head lines."""
    lines = _lines(text)
    starts = [l.start for l in lines]
    for atom in atoms:
        if atom.start <= month.end or atom.is_range or atom.relative or atom.grain != "day" \
                or (atom.year, atom.month) != (month.year, month.month):
            continue
        i = _line_at(starts, atom.start)
        if i >= _HEAD_LINES:
            return None
        line = lines[i]
        before = _QUOTED.sub(lambda m: "x" * len(m.group(0)), text[max(line.start, month.end):atom.start])
        if _BEFORE.fullmatch(before) and len(before.split()) <= _WORDS_MAX and _AFTER.fullmatch(text, atom.end, line.end) \
                and not _announces(before):
            return atom
    return None
