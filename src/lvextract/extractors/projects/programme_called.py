"""A named programme that the text itself calls a project: "Programma „Lasām kopā” … Arī mūsu
bibliotēka ir iesaistījusies šajā projektā", "Lasīšanas programma „Zaļā grāmata” … Projekta
ietvaros bērni lasīs …". A quoted name after a naming word (a programme, an initiative) is no
project by itself (a national programme, a fund's strand); a later "this project" or a bare
"Projekta ietvaros" makes it the project the text speaks of — only where the text names no other
project that the words could point to.
The words are data (data/projects.toml [programme_called])."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ..funding_mentions import find_mentions
from ..vocabulary import load
from .quoted import quoted_after


SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    data = load("projects")["programme_called"]
    programme = re.compile(r"(?<![\w-])(?:" + "|".join(data["naming_words"]) + r")[ \t]+", re.IGNORECASE)
    back = re.compile(r"(?<!\w)(?:" + "|".join(data["back_references"]) + r")(?!\w)", re.IGNORECASE)
    return programme, back, frozenset(w.lower() for w in data.get("funding_programme_before", []))


def programme_called_project(doc: Document, quotes: dict[str, str]):
    """(start, end) of the first programme's quoted name that a later sentence calls "this project"."""
    programme, back, fund_words = _patterns()
    text = doc.text
    funders = None
    for m in programme.finditer(text):
        # (a fund's programme: "Darbības programmas „…”")
        if _word_before(text, m.start()) in fund_words:
            continue
        quoted = quoted_after(text, m.end(), quotes)
        if quoted is None:
            continue
        # (a funder's strand, its name opening with the funder's: "programma „Erasmus+: Jaunatne
        # darbībā”" pays for the project the text speaks of; the text's "this project" is that
        # funded one, never a programme it names, however spelt later: "programmas „Easmus+ …”")
        funders = funders if funders is not None else {f.start for f in find_mentions(doc)}
        if quoted[0] in funders:
            return
        # (in a later sentence: "programmas „…” projekta ietvaros" is one of the programme's projects)
        sentence_end = SENTENCE_END.search(text, quoted[1] + 1)
        later = sentence_end and back.search(text, sentence_end.end())
        # (a bare "Projekta ietvaros" only: "projekta „Cits” ietvaros" names a project of its own)
        if later and not _quote_follows(text, later.end(), quotes):
            yield quoted
            return


def _quote_follows(text: str, pos: int, quotes: dict[str, str]) -> bool:
    rest = text[pos:pos + 3].lstrip(" \t")
    return bool(rest) and rest[0] in quotes


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 40):pos].split()
    return words[-1].lower() if words else ""
