"""projects: the entries found so far, one per project however often and however spelt it is named,
and the contract number read from the sentence around a name."""
from __future__ import annotations

import bisect
import re
import threading
import unicodedata

from ...document import Document
from ...latvian.lemmas import stem
from ...latvian import orthography
from ...latvian.orthography import UPPER, join_broken_words
from ...record import Project
from .name_tail import name_tail
from .patterns import ADDRESS, WORDS


DASH_SPACES = re.compile(r"\s*([-–])\s*")
YEAR = re.compile(r"(?:19|20)\d\d")


# (a space a scraped page put after a dotted code's full stop: "8.1.2. 0/17/I/035")
DOT_SPACE = re.compile(r"(?<=\d\.)[ \t]+(?=\d)")


def _tight_code(number: str) -> str:
    """A programme's code with the spaces around its dashes and after its dots dropped ("LLI - 425" is
    "LLI-425", "8.1.2. 0/17/I/035" is "8.1.2.0/17/I/035")."""
    return DOT_SPACE.sub("", DASH_SPACES.sub(r"\1", number))


def _clean(name: str) -> str:
    """The name with Markdown marks and outer punctuation dropped; "" for a web address."""
    # (a doubled apostrophe as a quote leaves one on the name: "Projekts: ''Atver sirdi''", ’’Atver sirdi’’)
    # (a word broken over a line's end is one word: "Kopienu at-⏎tīstība")
    cleaned = " ".join(join_broken_words(name).replace("*", " ").replace("_", " ").split()).strip(" ,;:'’")
    cleaned = _unpaired_quote_dropped(cleaned)
    return "" if ADDRESS.fullmatch(cleaned) else cleaned


_QUOTE_MARKS = frozenset(orthography.OPENING_QUOTES + orthography.CLOSING_QUOTES)


def _unpaired_quote_dropped(name: str) -> str:
    """The name without a quote mark at either end that pairs with none inside it (a stray mark:
    "”Zaļā skola" gives "Zaļā skola"), or without a pair around it all (a doubled quote: "„”Klusuma
    pasaule ”" gives "Klusuma pasaule"); never the closing quote of a name inside it ("Sadarbība ar
    biedrību “Zaļā sēta”" keeps its pair)."""
    marks = sum(ch in _QUOTE_MARKS for ch in name)
    if marks == 2 and len(name) > 2 and name[0] in _QUOTE_MARKS and name[-1] in _QUOTE_MARKS:
        return name[1:-1].strip(" ,;:'’")  # a doubled quote: the name quoted again inside its quotes
    if marks % 2 == 0:
        return name
    if name[:1] in _QUOTE_MARKS:
        return name[1:].strip(" ,;:'’")
    if name[-1:] in _QUOTE_MARKS:
        return name[:-1].strip(" ,;:'’")
    return name


def _key(name: str) -> str:
    """The name as the scorer compares it: case-folded, white space collapsed, quotes and
    punctuation stripped at both ends ("Ieklausies un sadzirdi!" is "Ieklausies un sadzirdi")."""
    text = " ".join(name.casefold().split())
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start]).startswith("P")):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]).startswith("P")):
        end -= 1
    return text[start:end]


def _loose_key(name: str) -> tuple[str, ...]:
    """The stems of a name's words, quotes and punctuation left out: two spellings of one name
    that differ in an ending or in the kind of quotes give the same key."""
    return tuple(stem(w) for w in WORDS.findall(name.casefold()))


class Entries:
    """The projects found, in the order first named, with the keys a later mention is matched by."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.projects: list[Project] = []
        self.by_key: dict[str, Project] = {}
        self.by_loose: dict[tuple[str, ...], Project] = {}
        self.by_tight: dict[str, Project] = {}
        self.by_tail: dict[tuple[str, ...], Project] = {}
        self.by_yearless: dict[tuple[str, ...], Project] = {}  # a yearly project's words without its year
        self.by_first: dict[str, list[Project]] = {}  # by the first word of their name as written

    def add(self, name: str, start: int, end: int, aliases: list[str]) -> Project:
        # A short name's label or a bracketed number closing the name is no part of it ("…, akronīms
        # BBB", "… (Nr. 2019.LV/…)"): the name ends before it, the rest an alias or the contract (name_tail.py).
        tail = name_tail(name)
        if tail is not None:
            if (in_text := name_tail(self.doc.text[start:end])) is not None:
                end = start + in_text.name_end
            name = name[:tail.name_end]
            aliases = aliases + [tail.alias] if tail.alias and tail.alias not in aliases else aliases
        known = self._add(name, start, end, aliases)
        if tail is not None and tail.contract and known.contract is None:
            known.contract = tail.contract
        return known

    def _add(self, name: str, start: int, end: int, aliases: list[str]) -> Project:
        key = _key(name)
        # The same project spelt another way ("Pirmspensiju …" / "Pirmspensijas …", inner quotes
        # „…” / "…") has the same words' stems: one project, the other spelling an alias.
        loose = _loose_key(name)
        # (a scraped text may lose the spaces of one mention: "Zaļā skola" / "Zaļāskola")
        tight = key.replace(" ", "")
        known = self.by_key.get(key) or self.by_loose.get(loose) or self.by_tight.get(tight)
        # (one word more or less at the front: "Bērnu rotaļu laukuma uzstādīšana …" / "Rotaļu
        # laukuma uzstādīšana Pampāļu pagastā", four words or more left in common)
        if known is None and len(loose) >= 5:
            known = self.by_loose.get(loose[1:])
        if known is None and len(loose) >= 4:
            known = self.by_tail.get(loose)
        # (the year left off: "“Zelta lāpsta 2021”" … "projekts “Zelta lāpsta”"; never a year put on)
        if known is None and not (loose and YEAR.fullmatch(loose[-1])):
            known = self.by_yearless.get(loose)
        if known is None:  # named before by its other name: “Aqua Life” … „Ūdens vide”/„Aqua Life”
            known = next((self.by_key[_key(a)] for a in aliases if _key(a) in self.by_key), None)
        if known is None and name.rstrip().endswith(CLOSING_QUOTES):
            # A name cut at the closing quote of a name inside it, its outer quote left unclosed
            # ("“Ceļa “Veltas – Stēģi” pārbūve Ozolu pagastā, …" gives "Ceļa “Veltas – Stēģi”"):
            # the start of a project already named whole is that project, no new one and no alias.
            # (only the projects whose name opens with the same word: a dict, no scan of them all)
            cut = next((p for p in self.by_first.get(_first_word(name), ()) if _is_cut_of(name, p.name)), None)
            if cut is not None:
                return cut
        # (not the same name with its spaces lost: the same key then, or its tight form)
        if known is not None and name not in known.aliases and _key(known.name).replace(" ", "") != tight:
            known.aliases.append(name)
        if known is None:
            known = Project(name=name, aliases=[], span=self.doc.span(start, end))
            self.projects.append(known)
            self.by_first.setdefault(_first_word(name), []).append(known)
            self.by_key[key] = known
            self.by_loose.setdefault(loose, known)
            self.by_tight.setdefault(tight, known)
            if len(loose) >= 5:
                self.by_tail.setdefault(loose[1:], known)
            if len(loose) >= 3 and YEAR.fullmatch(loose[-1]):
                self.by_yearless.setdefault(loose[:-1], known)
        for alias in aliases:
            if _key(alias) != _key(known.name) and alias not in known.aliases:
                known.aliases.append(alias)
                self.by_key.setdefault(_key(alias), known)
        return known

    def merge_mentions(self) -> None:
        """Once all are collected, the entries that are another one mentioned again are merged into it.
        (Each merge looks names up in a dict: linear.)"""
        # A capitals short name alone ("Projekta SMEPRO partneri") opening another's capitals alias ("“…” SMEPRO REG") is that one's alias.
        for lone in [p for p in self.projects if re.fullmatch(rf"[{UPPER}][{UPPER}0-9]{{2,15}}", p.name)]:
            owner = next((p for p in self.projects if p is not lone and any(a.split()[0] == lone.name for a in p.aliases if a.isupper())), None)
            if owner is not None:
                self.projects.remove(lone)
                if lone.name not in owner.aliases:
                    owner.aliases.append(lone.name)
                owner.contract = owner.contract or lone.contract
        # A project named alone by what another one has as its alias ("projekta “PuMPuRS” ietvaros" beside
        # "projekts “Atbalsts …” jeb “PuMPuRS”") is that one mentioned again: one entry (a dict of the aliases).
        alias_of = {}
        for p in self.projects:
            for a in p.aliases:
                alias_of.setdefault(_key(a), p)
        for lone in [p for p in self.projects if not p.aliases]:
            owner = alias_of.get(_key(lone.name))
            if owner is not None and owner is not lone:
                self.projects.remove(lone)
                owner.contract = owner.contract or lone.contract
        # A name cut at the closing quote of a name inside it, said before the whole one ("“Starptautiskā
        # maršruta “Strūves loks” izveide(FOTO)" in a headline, then the name whole): the whole one only
        # (add drops the cut said after; the projects with the same first word: a dict, no scan).
        for cut in [p for p in self.projects if p.name.rstrip().endswith(CLOSING_QUOTES)]:
            if any(q is not cut and _is_cut_of(cut.name, q.name) for q in self.by_first.get(_first_word(cut.name), ())):
                self.projects.remove(cut)


CLOSING_QUOTES = tuple(orthography.CLOSING_QUOTES)


def _first_word(name: str) -> str:
    words = name.split(maxsplit=1)
    return words[0] if words else ""


def _is_cut_of(cut: str, whole: str) -> bool:
    """Whether `cut` is `whole` cut short right after an inner closing quote: `whole` goes on with
    more words after it."""
    cut, whole = " ".join(cut.split()), " ".join(whole.split())
    return len(whole) > len(cut) + 1 and whole.startswith(cut) and whole[len(cut)] == " "


BRACKET_REACH = 120  # characters past a sentence's end to the bracket it left open

# A sentence's contract numbers, found once per document, sentence and pattern: a long sentence that
# names many projects is not searched again per name (issue 13). Per thread, and reset for each text.
_found = threading.local()


def _sentence_contracts(text: str, sentence, contract_re: re.Pattern) -> tuple[int, list[re.Match], list[int]]:
    """The sentence's end (past a bracket it leaves open) and its contract numbers in order."""
    if getattr(_found, "text", None) is not text:
        _found.text, _found.by_sentence = text, {}
    key = (sentence.start, sentence.end, contract_re.pattern)
    if key not in _found.by_sentence:
        end = sentence.end
        # (a bracket the sentence leaves open goes on past an abbreviation's full stop: "( proj. Nr. X/1.3 )")
        if text.count("(", sentence.start, end) > text.count(")", sentence.start, end):
            close = text.find(")", end, end + BRACKET_REACH)
            end = close if close != -1 and "\n" not in text[end:close] else end
        matches = list(contract_re.finditer(text, sentence.start, end))
        _found.by_sentence[key] = end, matches, [m.start() for m in matches]
    return _found.by_sentence[key]


def _attach_contract(project: Project, text: str, sentence, contract_re: re.Pattern, after: int | None = None) -> None:
    """The contract number said in the same sentence, preferably after the name."""
    if project.contract is not None:
        return
    end, matches, starts = _sentence_contracts(text, sentence, contract_re)
    m = None
    if after is not None:
        i = bisect.bisect_left(starts, after)
        if i and matches[i - 1].end() > after:  # inside a number: a match may start within it
            m = contract_re.search(text, after, end)
        elif i < len(matches):
            m = matches[i]
    m = m or (matches[0] if matches else None)
    if m:
        project.contract = m["number"].rstrip(".")
