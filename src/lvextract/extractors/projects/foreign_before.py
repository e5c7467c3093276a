"""A project named without quotes by its short name in another language right before the project
word: "kļūt par MeadowCare 2.0 projekta partneriem", "BirdNest projektā piedalās …". EU programmes'
projects are known by such coined names, one word with a capital after a small letter inside it
("MeadowCare", "GrassLIFE"; a version number may follow, "2.0", "7"), which no Latvian word has, or a capitals word that glues the programme's word to others ("CAPLIFELAT
projekts", [foreign_name] name_prefixes); a plain
capitalised word before the project word ("Rīgas projekts") or a capitals one ("ESF projekts") is
not read here. Not a platform's word ("YouTube projekta kanālā", [foreign_name] not_first), nor a
programme or fund (funder_quoted.names_a_funder), nor an organisation's name after its kind
("biedrības BirdLife projekts": config.is_owner on the word before), nor a word the text elsewhere
makes a project's submitter ("LaPa-MPC iesniegtais projekts", [foreign_name] agent_words). One regex
pass each: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ..vocabulary import load
from .config import config, is_owner
from .foreign_name import name_prefixes, not_first_words
from .funder_quoted import names_a_funder
from .patterns import PREVIOUS_WORD

# A capitalised word, an optional version, then a project word in any case form, neither glued to a
# quote nor to another word before it. The word is taken whole (possessively) and its capital after
# a small letter tested in Python: inside the regex each such place restarted the match, O(L²).
# (the version may be a plain number: "STiKS 7 projektā")
_BEFORE = re.compile(r"(?<![\w„“\"«'+\-])(?P<name>(?P<word>[A-Z][A-Za-z0-9+\-]*+)(?:[ \t]+\d{1,2}(?:\.\d{1,2})*)?)"
                     r"[ \t]+[Pp]rojekt(?:s|a|u|am|ā|i|us|iem|os|iņš)(?![^\W\d_])")
_CAMEL = re.compile(r"[A-Za-z0-9]*?[a-z][A-Z]")  # .match: before any "+" or "-", as the old regex read it


def _glued_prefix(word: str) -> bool:
    """A capitals word holding a programme's word and three letters or more besides ("CAPLIFELAT")."""
    letters = re.sub(r"[^A-Z]", "", word)
    return word.isupper() and any(p in letters and len(letters) >= len(p) + 3 for p in name_prefixes())


@lru_cache(maxsize=1)
def _agent() -> re.Pattern:
    """A coined word followed by a participle of handing in or carrying out and the project word
    ("LaPa-MPC iesniegtais projekts", "GreenWay īstenotajā projektā"): the word names who did it."""
    verbs = "|".join(re.escape(w) for w in load("projects")["foreign_name"]["agent_words"])
    return re.compile(r"(?<![\w„“\"«'+\-])(?P<word>[A-Z][A-Za-z0-9+\-]*+)[ \t]+(?:" + verbs + r")\w*[ \t]+[Pp]rojekt")


def owned_or_funder(doc: Document, m: re.Match, c, not_names: set[str], fund_heads: frozenset[str]) -> bool:
    """Whether the name before the project word is an owner's (its previous word is one: "pašvaldības
    X projekts") or names a funder: then it is no project's name."""
    before = PREVIOUS_WORD.search(doc.text, max(0, m.start() - 40), m.start())
    if before and is_owner(before["word"], c.owners, c.owner_exact):
        return True
    return names_a_funder(doc, m.start("name"), m.end("name"), not_names, fund_heads)


def foreign_before(doc: Document, not_names: set[str], fund_heads: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each coined short name said right before a project word."""
    c = config()
    found = []
    agents = None  # the words the text makes a project's submitter or doer, read once when needed
    for m in _BEFORE.finditer(doc.text):
        # (or a capitals word that glues a programme's word to others: "CAPLIFELAT projekts", "LIFE-UPES projektā")
        if not _CAMEL.match(m["word"]) and not _glued_prefix(m["word"]):
            continue
        word = m["name"].split()[0]
        if word in not_first_words() or word in not_names or m["name"] in not_names:
            continue
        if owned_or_funder(doc, m, c, not_names, fund_heads):
            continue
        if agents is None:
            agents = {a["word"] for a in _agent().finditer(doc.text)}
        if word in agents:  # "Atbalstīts LaPa-MPC projekts" beside "LaPa-MPC iesniegtais projekts": the submitter's
            continue
        found.append((m.start("name"), m.end("name")))
    return found
