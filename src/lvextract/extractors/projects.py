"""projects: named projects with their aliases and contract numbers (RECORD.md, "Projects").

A project is a quoted name right after a project word in any case form ("projekta „…”
ietvaros", "ESF projekts “…”", "īsteno projektu "…""). A quoted name after anything else
(a programme, a festival, an organisation, a contest: "projektu konkurss „…”") is not taken, nor
an unquoted capitals word after a project word that is itself in capitals (a heading). Around the name: an alias in the
parentheses that follow ("(*Labour Plus*, www…)"), a short name before a dash in the name
("PRIME – …"), and a contract or agreement number in the same sentence. The same project
mentioned twice is one entry. The words are data (data/projects.toml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..lemmas import stem
from ..record import Project, Record
from .vocabulary import load

MAX_NAME = 200
CONTRACT_NUMBER = r"(?:Nr\.?|nr\.?|numurs|numuru)\s*(?P<number>[A-Za-z0-9ĀČĒĢĪĶĻŅŠŪŽ][\w./\-]*[\w])"
SHORT_NAME = re.compile(r"^(?P<short>[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9+\-]{1,15})\s*[–—:-]\s+\S")
PAREN = re.compile(r"\s*\((?P<inside>[^()\n]{1,120})\)")
# A fact sheet's field lines: "Projekta nosaukums: Kopienu centri pierobežā", "Projekta numurs: LLI-512".
NAME_LINE = re.compile(r"^[ \t]*(?:projekta|apakšprojekta)\s+nosaukums\s*[:–—-]\s*(?P<name>[^\n]{3,200}?)[ \t.]*$", re.I | re.M)
NUMBER_LINE = re.compile(r"^[ \t]*(?:projekta|līguma|vienošanās)\s+(?:numurs|nr\.?)\s*[:–—-]?\s*(?P<number>[\w./\-]*\d[\w./\-]*\w)", re.I | re.M)


@lru_cache(maxsize=1)
def _config():
    data = load("projects")
    project_stems = {stem(w) for w in data["project_words"]}
    between = {w.lower() for w in data["between"]}
    contract = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(p) for p in data["contracts"]["cue_prefixes"]) + r")\w*\s*"
        + CONTRACT_NUMBER, re.IGNORECASE)
    bare_contract = re.compile(r"^\s*" + CONTRACT_NUMBER + r"\s*$")
    return project_stems, between, data["quotes"], contract, bare_contract, set(data["short_names"]["not_names"])


def _clean(name: str) -> str:
    return " ".join(name.replace("*", " ").replace("_", " ").split()).strip(" ,;:")


def _key(name: str) -> str:
    return " ".join(name.casefold().strip(" \"'„”“«»‚‘’.,;:").split())


def _quoted_after(text: str, pos: int, quotes: dict[str, str]) -> tuple[int, int] | None:
    """(start, end) of the name inside the quotes that open at `pos`, if they close."""
    if pos >= len(text) or text[pos] not in quotes:
        return None
    closers = quotes[text[pos]]
    for end in range(pos + 1, min(len(text), pos + 1 + MAX_NAME)):
        ch = text[end]
        # A hard-wrapped text may break a name over a line; a blank line ends it.
        if ch == "\n" and (end == pos + 1 or not text[end + 1:end + 2].strip() or "\n" in text[pos + 1:end]):
            return None
        if ch in closers and end > pos + 1:
            return pos + 1, end
    return None


def _alias(inside: str, bare_contract: re.Pattern) -> str | None:
    first = inside.split(",")[0]
    alias = _clean(first)
    if not alias or bare_contract.match(first) or re.search(r"www\.|https?:|@|\d{4}", alias):
        return None
    if alias.lower().startswith(("turpmāk", "līgum", "nr", "vienošan", "projekt")) or len(alias) > 80:
        return None
    return alias


def extract(doc: Document, record: Record) -> None:
    project_stems, between, quotes, contract_re, bare_contract, not_names = _config()
    text = doc.text
    projects: list[Project] = []
    by_key: dict[str, Project] = {}

    def add(name: str, start: int, end: int, aliases: list[str]) -> Project:
        key = _key(name)
        known = by_key.get(key)
        if known is None:
            known = Project(name=name, aliases=[], span=doc.span(start, end))
            projects.append(known)
            by_key[key] = known
        for alias in aliases:
            if _key(alias) != _key(known.name) and alias not in known.aliases:
                known.aliases.append(alias)
                by_key.setdefault(_key(alias), known)
        return known

    for sentence in doc.sentences:
        tokens = sentence.tokens
        for i, token in enumerate(tokens):
            if token.stem not in project_stems:
                continue
            j = i + 1
            while j < len(tokens) and tokens[j].text.lower() in between:
                j += 1
            # "projekta Nr. 9.2.1.1/15/I/001 „…”": a number may stand before the name.
            number = re.match(r"\s*" + CONTRACT_NUMBER + r"\s*", text[tokens[i].end:])
            pos = tokens[i].end + number.end() if number else (tokens[j].start if j < len(tokens) else len(text))
            quoted = _quoted_after(text, pos, quotes)
            if quoted is None:
                word = text[pos:].split(maxsplit=1)[0] if text[pos:].strip() else ""
                word = word.rstrip(".,;:")
                # In a heading set in capitals ("PROJEKTU KONKURSA") the next capitals word is
                # a common word, not a short name: only "Projekts PRIME" in running text names one.
                if token.text.isupper():
                    continue
                if re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{3,15}", word) and word not in not_names:
                    project = by_key.get(_key(word)) or add(word, pos, pos + len(word), [])
                    _attach_contract(project, text, sentence, contract_re)
                continue
            start, end = quoted
            name = _clean(text[start:end])
            if not name:
                continue
            aliases = []
            short = SHORT_NAME.match(name)
            if short and short["short"] not in not_names:
                aliases.append(short["short"])
            paren = PAREN.match(text, end + 1)
            if paren:
                alias = _alias(paren["inside"], bare_contract)
                if alias:
                    aliases.append(alias)
            project = add(name, start, end, aliases)
            listed = bare_contract.match(paren["inside"]) if paren else None
            if listed and project.contract is None:  # “…” (Nr. 9.1.1.2/15/I/001)
                project.contract = listed["number"]
            if number and project.contract is None:
                project.contract = number["number"]
            _attach_contract(project, text, sentence, contract_re, after=end)
    for line in NAME_LINE.finditer(text):
        name = _clean(line["name"].strip("\"'„”“«»"))
        if name:
            # The span is the name as written when cleaning left it whole, else the field's value.
            start = text.find(name, line.start("name"), line.end("name"))
            start, end = (start, start + len(name)) if start >= 0 else (line.start("name"), line.end("name"))
            add(name, start, end, [])
    number = NUMBER_LINE.search(text)
    if number and len(projects) == 1 and projects[0].contract is None:
        projects[0].contract = number["number"]
    record.projects.extend(projects)


def _attach_contract(project: Project, text: str, sentence, contract_re: re.Pattern, after: int | None = None) -> None:
    """The contract number said in the same sentence, preferably after the name."""
    if project.contract is not None:
        return
    window_start = after if after is not None else sentence.start
    m = contract_re.search(text, window_start, sentence.end) or contract_re.search(text, sentence.start, sentence.end)
    if m:
        project.contract = m["number"].rstrip(".")
