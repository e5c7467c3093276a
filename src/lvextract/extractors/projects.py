"""projects: named projects with their aliases and contract numbers (RECORD.md, "Projects").

A project is a quoted name right after a project word in any case form ("projekta „…”
ietvaros", "ESF projekts “…”", "īsteno projektu "…""). A quoted name after anything else
(a programme, a festival, an organisation, a contest: "projektu konkurss „…”") is not taken, nor
an unquoted capitals word after a project word that is itself in capitals (a heading). Around the name: an alias in the
parentheses that follow ("(*Labour Plus*, www…)"), a short name before a dash in the name
("PRIME – …"), and a contract or agreement number in the same sentence. The same project
mentioned twice is one entry. The words are data (data/projects.toml).

Also: a name that quotes another inside it (“Biedrības “Pedvāle” telpas”, _quoted_after); an
unquoted name from a capital letter to "ietvaros" ("ESF projekta Droša vide ietvaros"); the
quoted names opening the items of a list under "… šādi projekti:" (_listed); a programme's code
before the name ("projekta LLI - 425 „…”"); the other quoted name after "/" or "jeb" as an alias.
One project spelt two ways (the same words' stems) is one entry. Not: a draft document
("noteikumu projekts „Grozījumi …”"), nor a programme part's quoted name before the project word
("pamatdarbības „…” projekts"). A project card: a heading line "Nr. 4.3.3.2/1/24/I/002 „…”", or the
page's headline when field labels follow it ("Projekta īstenotājs:"; data/projects.toml [cards]).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import islice

from ..document import Document
from ..latvian.lemmas import stem
from ..record import Project, Record
from .vocabulary import load

MAX_NAME = 200
CONTRACT_NUMBER = r"(?:Nr\.?|nr\.?|numurs|numuru)\s*(?:[Nn]r\.\s*)?(?P<number>[A-Za-z0-9ĀČĒĢĪĶĻŅŠŪŽ][\w./\-]*[\w])"
SHORT_NAME = re.compile(r"^(?P<short>[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9+\-]{1,15})\s*[–—:-]\s+\S")
NUMBER_BEFORE_NAME = re.compile(r"\s*" + CONTRACT_NUMBER + r"\s*")
NUMBER_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*(?:Nr\.?|nr\.?)[ \t]*(?P<number>(?=[\w./\-]*\d)[A-Za-z0-9ĀČĒĢĪĶĻŅŠŪŽ][\w./\-]*\w)")
# A programme's project code written without "Nr." before the quoted name: "projekta LLI - 425 “…”",
# "projekts EST-LAT-62 „…”" (capitals, then digits; the quote must follow).
CODE_BEFORE_NAME = re.compile(r"\s*(?P<number>[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,8}(?:[ \t]*[-–][ \t]*[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,8})*[ \t]*[-–]?[ \t]*\d{1,5})\s*(?=[\"'„“«])")
# ... and the same code after "Nr.", where its spaced dash would end a plain number: "projektu Nr. LLI - 425 “…”".
NUMBERED_CODE_BEFORE_NAME = re.compile(r"\s*(?:Nr\.?|nr\.?)" + CODE_BEFORE_NAME.pattern)
# ... and before an unquoted name: "projekta LLI-425 OCTOPUS ietvaros" (the code, then a capital letter).
CODE_BEFORE_UNQUOTED = re.compile(r"[ \t]*(?P<number>[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,8}[ \t]*[-–][ \t]*\d{1,5})[ \t]+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ])")
# The name given a few words later: "projekts tiek īstenots ar nosaukumu “…”", "projektu, kas nes
# nosaukumu „…”" (up to four words, then the naming phrase and the quote).
NAMED_LATER = re.compile(r"[ \t,]*(?:[^\W\d_]+[ \t]+){0,4}?(?:ar|nes)[ \t]+nosaukumu[ \t]*[:–—-]?[ \t]*(?=[\"'„“«])", re.I)
NEXT_WORD = re.compile(r"\s*(\S+)")
# ... but not where the name is a contest's or a programme's: "projektu konkursu ar nosaukumu „…”".
NOT_PROJECT_BETWEEN = ("konkurs", "programm", "fond", "pasākum", "apakšpasākum", "aktivitāt", "rīcīb", "plān", "iniciatīv")
# A capitals short name after a quoted name, before a bracket, a comma or "ietvaros".
ACRONYM_AFTER = re.compile(r"[ \t]+(?P<short>[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{2,11}(?:[ \t]+[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{2,8})?)(?=[ \t]*(?:[(,.;]|ietvaros\b))")
# A capitals short name with a version number: "Projekta LJP 5.0 mērķis", "projekts DIGI 2.0".
VERSIONED_NAME = re.compile(r"[ \t]*(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,15}[ \t]+\d{1,2}(?:\.\d{1,2})+)(?![\w.])")
# A programme's kind of project between the project word and the quoted name: "projektu
# sadarbības partnerību skolu sektorā “…”", "projekta KA1 mobilitātes „…”" (up to eight words, one
# of partnership, mobility or sector, all in lower case but a KA code).
PROJECT_KIND = re.compile(r"[ \t]+(?:KA\d{1,3}[ \t]+)?(?:[a-zāčēģīķļņšūž]+(?:s|u|o)[ \t]+){0,4}?(?:partnerīb|mobilitāt|sektor)[a-zāčēģīķļņšūž]*"
                          r"(?:[ \t]+(?!biedrīb|nodibināj|organizācij)[a-zāčēģīķļņšūž]+(?:u|s|ā|ē|ī)){0,3}?[ \t]*(?=[\"'„“«])")
CAPITALS_NEXT = re.compile(r"[ \t]+[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,}\b")
# Two to twelve plain words (letters, digits, "+", "-") from a capital letter, then "ietvaros".
UNQUOTED_NAME = re.compile(r"(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w+\-]*(?:[ \t]+[\w+\-]+){1,11}?)[ \t]+ietvaros\b")
LINE = re.compile(r"[^\n]+")
LETTERS = re.compile(r"[^\W\d_]+")
WORDS = re.compile(r"[^\W_]+")  # letters and digits: "… 2020" and "… 2021" stay two projects
# One to six words from a capital letter or digit-free start, no sentence punctuation.
BARE_NAME = re.compile(r"(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w+&'’\-]*(?:[ \t]+[\w+&'’\-]+){0,5})[ \t]*")
LIST_ITEM = re.compile(r"[ \t]*(?:[•·*–—-]|\d{1,3}[.)])[ \t]*")
# An item that is a word or a few and a quoted name ending the line: "10. Spēļu istaba “Atpūtas stūris”".
WORDS_THEN_QUOTED = re.compile(r"(?P<name>[A-ZĀČĒĢĪĶĻŅŠŪŽ][\w\-]*(?:[ \t]+[\w\-]+){0,3}[ \t]+[„“\"«][^„“”\"«»\n]{2,100}[”“\"»])[ \t.]*")
NAME_BEFORE_WORD = re.compile(r"(?<![\w„“\"«])[„“\"«](?P<name>[^„“”\"«»\n]{2,150})[”“\"»][ \t]+\**(?P<word>[^\W\d_]+)")
# A quote glued to the end of a project word closes a quotation the word is part of.
CLOSING_ONLY_GLUED = frozenset('”"»')
FOLLOWING = re.compile(r"[ \t]*\**(?:(?P<quote>[„“\"«])|(?P<word>\w*))")
PREVIOUS_WORD = re.compile(r"(?P<word>[\w/]+)[ \t]*$")
OTHER_NAME = re.compile(r"[ \t]*(?:/|jeb)[ \t]*")
PAREN = re.compile(r"\s*\((?P<inside>[^()\n]{1,120})\)")
# A fact sheet's field lines: "Projekta nosaukums: Kopienu centri pierobežā" (or "Projekts: …"),
# "Projekta numurs: LLI-512".
NAME_LINE = re.compile(r"^[ \t]*(?:(?:projekta|apakšprojekta)\s+nosaukums\s*[:–—-]\s*"
                       r"|projekts[ \t]*:[ \t]*(?=(?-i:[\"'„“«A-ZĀČĒĢĪĶĻŅŠŪŽ])))"
                       r"(?P<name>[^\n]{3,200}?)[ \t.]*$", re.I | re.M)
# A project card's heading line: a contract number with "/" and the quoted name ("Nr. 4.3.3.2/1/24/I/002 “…”").
CARD_NUMBER = re.compile(r"^[ \t]*(?:Nr\.?|nr\.?)[ \t]*(?P<number>[\w.\-]*/[\w./\-]*\w)[ \t]+(?=[\"'„“«])", re.M)
CARD_YEAR = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*\.?\s*\)$")
# A contract code right after the quoted name, without "Nr.": "Projekts “…” 2013.EEZ/PP/1/MEC/099"
# (a digit, a "/" and a letter or a second "/": not a word, nor a season "2014/2015").
CODE_AFTER_NAME = re.compile(r"[ \t]*(?P<number>(?=[\w.\-]*\d)(?=[\w./\-]*(?:[^\W\d_]|/[\w.\-]*/))[\w.\-]+/[\w./\-]*\w)")
PROJECT_NUMBER = re.compile(r"(?<!\w)projekt\w*[ \t]+" + CONTRACT_NUMBER, re.I)
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
    return (project_stems, between, data["quotes"], contract, bare_contract, set(data["short_names"]["not_names"]),
            {w.lower() for w in data["drafts"]["before"]},
            ({w.lower() for w in data["lists"]["heading_words"]}, {w.lower() for w in data["lists"]["list_nouns"]}),
            tuple(data["name_before"]["owners"]), frozenset(data["name_before"]["owners_exact"]),
            tuple(data["name_before"]["roles_after"]),
            re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["fields"]) + r")[ \t]*(?::|$)", re.I),
            re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["leads"]) + r")(?!\w)", re.I))


# A web address or an e-mail is no name, quoted or not: "mājas lapā “www.fonds.lv.” Projektus …".
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.\-]+(?:@[\w.\-]+|\.(?:lv|com|eu|org|net|lt|ee|info))(?:/\S*)?\.?", re.I)


def _clean(name: str) -> str:
    """The name with Markdown marks and outer punctuation dropped; "" for a web address."""
    cleaned = " ".join(name.replace("*", " ").replace("_", " ").split()).strip(" ,;:")
    return "" if ADDRESS.fullmatch(cleaned) else cleaned


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


def _opens(text: str, i: int, quotes: dict[str, str]) -> bool:
    """Whether the quote at `i` opens a quotation: it starts a word ("projekts “Biedrības
    “Pedvāle” telpas”": the second “ opens, the ” after Pedvāle closes)."""
    return (text[i] in quotes and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([")
            and text[i + 1:i + 2].isalnum())


def _quoted_after(text: str, pos: int, quotes: dict[str, str]) -> tuple[int, int] | None:
    """(start, end) of the name inside the quotes that open at `pos`, if they close. A name may
    quote another inside it (“Biedrības “Pedvāle” darbībai …”, “Konkurss “Mana Daugava””): each
    quote that opens a word opens a level, and the name ends where the first level closes. If the
    levels never balance, the first closing quote ends it, as in a text without nesting."""
    if pos >= len(text) or text[pos] not in quotes:
        return None
    levels = [quotes[text[pos]]]
    first_close = None
    for end in range(pos + 1, min(len(text), pos + 1 + MAX_NAME)):
        ch = text[end]
        # A hard-wrapped text may break a name over a line; a blank line ends it.
        if ch == "\n" and (end == pos + 1 or not text[end + 1:end + 2].strip() or "\n" in text[pos + 1:end]):
            break
        if end == pos + 1:
            continue
        if ch in levels[-1] and not _opens(text, end, quotes):
            if first_close is None and ch in levels[0]:
                # (one quote that closes an inner name and the whole at once stays with the name:
                # “… deju grupai “Brūklenājs”, …)
                first_close = end + 1 if len(levels) > 1 else end
            levels.pop()
            if not levels:
                return pos + 1, end
        elif _opens(text, end, quotes):
            levels.append(quotes[ch])
    return (pos + 1, first_close) if first_close is not None else None


def _alias(inside: str, bare_contract: re.Pattern) -> str | None:
    first = inside.split(",")[0]
    alias = _clean(first)
    if not alias or bare_contract.match(first) or re.search(r"www\.|https?:|@|\d{4}", alias):
        return None
    # An amount or a number is no name: "(787,82 EUR)", "(1200 eiro)".
    if not re.search(r"[^\W\d_]{2}", alias) or re.search(r"\d.*(?:EUR|eiro|euro|€|Ls|latu|lati)", inside):
        return None
    if alias.lower().startswith(("turpmāk", "līgum", "nr", "vienošan", "projekt")) or len(alias) > 80:
        return None
    return alias


def extract(doc: Document, record: Record) -> None:
    (project_stems, between, quotes, contract_re, bare_contract, not_names, drafts, list_heads, owners, owner_exact,
     project_roles, card_fields, card_lead) = _config()
    text = doc.text
    projects: list[Project] = []
    by_key: dict[str, Project] = {}
    by_loose: dict[tuple[str, ...], Project] = {}
    by_tight: dict[str, Project] = {}
    by_tail: dict[tuple[str, ...], Project] = {}

    def add(name: str, start: int, end: int, aliases: list[str]) -> Project:
        key = _key(name)
        # The same project spelt another way ("Pirmspensiju …" / "Pirmspensijas …", inner quotes
        # „…” / "…") has the same words' stems: one project, the other spelling an alias.
        loose = _loose_key(name)
        # (a scraped text may lose the spaces of one mention: "Zaļā skola" / "Zaļāskola")
        tight = key.replace(" ", "")
        known = by_key.get(key) or by_loose.get(loose) or by_tight.get(tight)
        # (one word more or less at the front: "Bērnu rotaļu laukuma uzstādīšana …" / "Rotaļu
        # laukuma uzstādīšana Pampāļu pagastā", four words or more left in common)
        if known is None and len(loose) >= 5:
            known = by_loose.get(loose[1:])
        if known is None and len(loose) >= 4:
            known = by_tail.get(loose)
        if known is None:  # named before by its other name: “Aqua Life” … „Ūdens vide”/„Aqua Life”
            known = next((by_key[_key(a)] for a in aliases if _key(a) in by_key), None)
        # (not the same name with its spaces lost: the same key then, or its tight form)
        if known is not None and name not in known.aliases and _key(known.name).replace(" ", "") != tight:
            known.aliases.append(name)
        if known is None:
            known = Project(name=name, aliases=[], span=doc.span(start, end))
            projects.append(known)
            by_key[key] = known
            by_loose.setdefault(loose, known)
            by_tight.setdefault(tight, known)
            if len(loose) >= 5:
                by_tail.setdefault(loose[1:], known)
        for alias in aliases:
            if _key(alias) != _key(known.name) and alias not in known.aliases:
                known.aliases.append(alias)
                by_key.setdefault(_key(alias), known)
        return known

    for sentence in doc.sentences:
        tokens = sentence.tokens
        project_said = False  # projects in the plural earlier in the sentence, not a contest's
        for i, token in enumerate(tokens):
            # "Viens no atbalstītajiem projektiem – biedrības iniciatīva “…”": a quoted initiative
            # said as one of the projects is a project.
            if project_said and token.text.lower().startswith("iniciatīv"):
                quoted = _quoted_after(text, tokens[i + 1].start, quotes) if i + 1 < len(tokens) else None
                if quoted is not None and quoted[1] <= sentence.end:
                    name = _clean(text[quoted[0]:quoted[1]])
                    if name and name not in not_names:
                        add(name, quoted[0], quoted[1], [])
                continue
            if token.stem not in project_stems:
                continue
            project_said = project_said or (token.text.lower() in list_heads[0] and not (
                i + 1 < len(tokens) and tokens[i + 1].text.lower().startswith(NOT_PROJECT_BETWEEN)))
            j = i + 1
            while j < len(tokens) and tokens[j].text.lower() in between:
                j += 1
            # A draft document is no project: "noteikumu projekts „Grozījumi …”", "budžeta projekts".
            if i > 0 and tokens[i - 1].text.lower() in drafts:
                continue
            # "projekta Nr. 9.2.1.1/15/I/001 „…”": a number may stand before the name.
            # (Matched in place: a slice of the rest of the text per project word would be quadratic.)
            number = (NUMBERED_CODE_BEFORE_NAME.match(text, tokens[i].end) or NUMBER_BEFORE_NAME.match(text, tokens[i].end)
                      or CODE_BEFORE_NAME.match(text, tokens[i].end))
            pos = number.end() if number else (tokens[j].start if j < len(tokens) else len(text))
            if pos == tokens[i].end and text[pos:pos + 1] in CLOSING_ONLY_GLUED:
                continue  # „Nodarbinātības projekti” …: the word ends a quoted name; its quote opens none
            quoted = _quoted_after(text, pos, quotes)
            if quoted is None and number is None and (later := NAMED_LATER.match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(NOT_PROJECT_BETWEEN) for w in LETTERS.findall(later.group())):
                pos = later.end()
                quoted = _quoted_after(text, pos, quotes)
            # "Erasmus+ projektu sadarbības partnerību skolu sektorā “…”": the programme's kind of
            # project said between the project word and the name.
            if quoted is None and number is None and (kind := PROJECT_KIND.match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(NOT_PROJECT_BETWEEN) for w in LETTERS.findall(kind.group())):
                pos = kind.end()
                quoted = _quoted_after(text, pos, quotes)
            if quoted is None and number is None and (number := CODE_BEFORE_UNQUOTED.match(text, tokens[i].end)):
                pos = number.end()
            if quoted is None:
                # In a heading set in capitals ("PROJEKTU KONKURSA") the next capitals word is
                # a common word, not a short name: only "Projekts PRIME" in running text names one.
                if token.text.isupper():
                    continue
                versioned = VERSIONED_NAME.match(text, pos)
                if versioned and versioned["name"].split()[0] not in not_names:
                    project = add(versioned["name"], versioned.start("name"), versioned.end("name"), [])
                    _attach_contract(project, text, sentence, contract_re)
                    continue
                word = NEXT_WORD.match(text, pos)
                # A capitals word before another is a heading or a button ("SKATĪT ŠEIT"), not a name.
                capitals_run = bool(word) and CAPITALS_NEXT.match(text, word.end())
                word = word.group(1).rstrip(".,;:") if word else ""
                if (re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{3,15}", word) and word not in not_names
                        and not capitals_run):
                    project = by_key.get(_key(word)) or add(word, pos, pos + len(word), [])
                    if number and project.contract is None:
                        project.contract = re.sub(r"\s*([-–])\s*", r"\1", number["number"])
                    _attach_contract(project, text, sentence, contract_re)
                    continue
                # "ESF projekta Profesionāla sociālā darba attīstība ietvaros": a name without
                # quotes, from a capital letter to "ietvaros", a few plain words long.
                unquoted = UNQUOTED_NAME.match(text, pos, sentence.end)
                if unquoted and unquoted["name"].split()[0] not in not_names:
                    project = add(_clean(unquoted["name"]), unquoted.start("name"), unquoted.end("name"), [])
                    if number and project.contract is None:
                        project.contract = re.sub(r"\s*([-–])\s*", r"\1", number["number"])
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
            # The same project's other name in quotes after "/" or "jeb" (“Ūdens vide”/„Aqua Life”,
            # “I can work” jeb “Solis uz priekšu”): an alias; a parenthesis may follow it.
            other = OTHER_NAME.match(text, end + 1)
            second = _quoted_after(text, other.end(), quotes) if other else None
            tail = end  # where the name, or its other name, closes
            if second:
                alias = _clean(text[second[0]:second[1]])
                if alias:
                    aliases.append(alias)
                tail = second[1]
            # A capitals short name right after the quote: "projekta “…” SMEPRO REG (Nr. LVIII-056) ietvaros".
            acronym = ACRONYM_AFTER.match(text, tail + 1) if not second else None
            if acronym and acronym["short"].split()[0] not in not_names:
                aliases.append(acronym["short"])
                tail = acronym.end() - 1
            paren = PAREN.match(text, tail + 1)
            if paren:
                alias = _alias(paren["inside"], bare_contract)
                if alias:
                    aliases.append(alias)
            project = add(name, start, end, aliases)
            listed = bare_contract.match(paren["inside"]) if paren else None
            if listed and project.contract is None:  # “…” (Nr. 9.1.1.2/15/I/001)
                project.contract = listed["number"]
            if number and project.contract is None:
                project.contract = re.sub(r"\s*([-–])\s*", r"\1", number["number"])
            after = (NUMBER_BEFORE_NAME.match(text, end + 1) or CODE_AFTER_NAME.match(text, end + 1)  # “…” Nr. 9.2.4.2/16/I/079
                     or NUMBER_AFTER_COMMA.match(text, end + 1))  # “…”, Nr.LLI-550
            if after and project.contract is None:
                project.contract = after["number"]
            _attach_contract(project, text, sentence, contract_re, after=end)
            # "atbalstīti trīs projekti – “A” (30 lati), “B” (45 lati) un “C”": after a plural
            # project word, each quoted name of the list that follows is a project.
            if token.text.lower() in list_heads[0]:
                for start, end in _chained(text, tail, quotes, sentence.end):
                    name = _clean(text[start:end])
                    if name and name not in not_names:
                        add(name, start, end, [])
    # The name before the project word: "Noslēdzies “Zaļā skola” projekts" (not an organisation's
    # or a programme's projects: "biedrības “Rasa” projekts", "GNJC “Bāze” projektu vadītāja",
    # "programmas “…” projektu vērtēšana", "apvienība “Variņi” projektā “…”").
    for m in NAME_BEFORE_WORD.finditer(text):
        if stem(m["word"]) not in project_stems:
            continue
        before = PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())
        owner = before["word"] if before else ""
        following = FOLLOWING.match(text, m.end())
        if (owner.lower() in owner_exact or owner.lower().startswith(owners) or (owner.isupper() and len(owner) > 1)
                or following["quote"] or following["word"].lower().startswith(project_roles)):
            continue
        name = _clean(m["name"])
        if name and name not in not_names:
            add(name, m.start("name"), m.end("name"), [])
    for start, end in _listed(text, quotes, list_heads):
        name = _clean(text[start:end])
        if name:
            add(name, start, end, [])
    for line in NAME_LINE.finditer(text):
        name = _clean(line["name"].strip("\"'„”“«»"))
        if name:
            # The span is the name as written when cleaning left it whole, else the field's value.
            start = text.find(name, line.start("name"), line.end("name"))
            start, end = (start, start + len(name)) if start >= 0 else (line.start("name"), line.end("name"))
            add(name, start, end, [])
    for card in CARD_NUMBER.finditer(text):
        quoted = _quoted_after(text, card.end(), quotes)
        line_end = text.find("\n", card.end())
        # (the quoted name ends the line: a heading, not a sentence that goes on)
        if quoted and not text[quoted[1] + 1:line_end if line_end >= 0 else len(text)].strip():
            name = _clean(text[quoted[0]:quoted[1]])
            if name:
                project = add(name, quoted[0], quoted[1], [])
                project.contract = project.contract or card["number"]
    headline = _card_headline(text, card_fields, card_lead)
    if headline is not None and not projects:
        add(_clean(text[headline[0]:headline[1]]), *headline, [])
    # A capitals short name taken alone ("Projekta SMEPRO partneri") that opens another project's
    # capitals alias ("“…” SMEPRO REG") is that project: its name becomes an alias there.
    for lone in [p for p in projects if re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{2,15}", p.name)]:
        owner = next((p for p in projects if p is not lone and any(a.split()[0] == lone.name for a in p.aliases if a.isupper())), None)
        if owner is not None:
            projects.remove(lone)
            if lone.name not in owner.aliases:
                owner.aliases.append(lone.name)
            owner.contract = owner.contract or lone.contract
    # The one project's number said apart from its name: "Projekta numurs: LLI-512", or a heading
    # "… sadarbības projekts Nr. 2019-1-IT02-KA229-063192_1" with the name on a line below.
    if len(projects) == 1 and projects[0].contract is None:
        number = NUMBER_LINE.search(text) or next(
            (m for m in PROJECT_NUMBER.finditer(text)  # (not a draft's: "noteikumu projekts Nr. 12")
             if not (w := PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start())) or w["word"].lower() not in drafts), None)
        projects[0].contract = number["number"] if number else None
    record.projects.extend(projects)


# The next item of a list of quoted names: a comma or "un", then the quote.
NEXT_QUOTED = re.compile(r"[ \t]*(?:,[ \t]*(?:un[ \t]+|kā arī[ \t]+)?|un[ \t]+)(?=[\"'„“«])")


def _chained(text: str, close: int, quotes: dict[str, str], limit: int):
    """(start, end) of the quoted names listed after the one whose closing quote is at `close`:
    “A” (30 lati), “B” un “C” — each may have a parenthesis after it."""
    for _ in range(30):
        pos = close + 1
        paren = PAREN.match(text, pos)
        if paren and paren.end() <= limit:
            pos = paren.end()
        joint = NEXT_QUOTED.match(text, pos, limit)
        if not joint:
            return
        quoted = _quoted_after(text, joint.end(), quotes)
        if quoted is None or quoted[1] > limit:
            return
        yield quoted
        close = quoted[1]


# A list item "who – what – how much": "* Biedrība “Avots” – Datorkursi senioriem – 4 200 €". The
# middle field is the project's name (a quote in the first one names the organisation).
OWNER_NAME_AMOUNT = re.compile(r"[^–—\n]+?[ \t][–—-][ \t]+(?P<name>[^–—\n]{3,150}?)[ \t]+[–—-][ \t]*"
                               r"\d[\d \t.,]*[ \t]*(?:€|EUR|euro|eiro|Ls|LVL|lati|latu)\.?[ \t]*$", re.I)


def _listed(text: str, quotes: dict[str, str], heads: tuple[set[str], set[str]]):
    """(start, end) of the project names that open the items of a list under a line that ends
    with projects in the plural and a colon ("Apstiprināti šādi projekti:" / "1. „Rotaļu
    laukums”, …" / "• Cycle4Climate"; not "Projekta aktivitātes:", whose items are events): a
    quoted name, or a bulleted short name that is the whole item. One pass over the lines;
    blank lines inside the list are allowed, any other line ends it."""
    in_list = False
    for line in LINE.finditer(text):
        body = line.group()
        if not body.strip():
            continue
        item = LIST_ITEM.match(body)
        if in_list and item:
            fields = OWNER_NAME_AMOUNT.fullmatch(body, item.end())
            if fields:
                yield line.start() + fields.start("name"), line.start() + fields.end("name")
                continue
            quoted = _quoted_after(text, line.start() + item.end(), quotes)
            words_quoted = None if quoted else WORDS_THEN_QUOTED.fullmatch(body, item.end())
            if quoted:
                yield quoted
            elif words_quoted:
                yield line.start() + words_quoted.start("name"), line.start() + words_quoted.end("name")
            elif not item.group().strip()[0].isdigit():
                # A bullet with a bare short name ("• Cycle4Climate", "• Succeed in Business");
                # a numbered line is a sub-heading ("4. programmas mērķis – …") and yields none.
                bare = BARE_NAME.fullmatch(body, item.end())
                if bare:
                    yield line.start() + bare.start("name"), line.start() + bare.end("name")
            continue
        # The projects word ends the heading: "šādi projekti:", not "Projektus iesniedza šīs pašvaldības:".
        words = LETTERS.findall(body) if body.rstrip().endswith(":") else []
        plural, list_nouns = heads
        in_list = bool(words) and "konkurs" not in body.lower() and (
            words[-1].lower() in plural or (len(words) > 1 and words[-1].lower() in list_nouns and words[-2].lower() == "projektu"))


def _card_headline(text: str, fields: re.Pattern, lead: re.Pattern) -> tuple[int, int] | None:
    """(start, end) of a project card's headline: the first line of the text when one of the next
    three lines is a card's field label ("Projekta īstenotājs:", "PROJEKTA NUMURS") or the next line
    opens with the project's aim ("Projekta mērķis ir …": the page is the project's own), not a sentence."""
    lines = list(islice((m for m in LINE.finditer(text) if m.group().strip()), 4))
    if len(lines) < 2:
        return None
    head = lines[0]
    title = head.group().strip()
    if not (any(fields.match(line.group()) for line in lines[1:]) or lead.match(lines[1].group())) or title.endswith((".", ":")) or len(title) > 150 \
            or fields.match(head.group()) or not LETTERS.search(title):
        return None
    # (a contest's year after the name is no part of it: "Rotaļu stūrītis (2022)")
    title = CARD_YEAR.sub("", title)
    start = head.start() + head.group().index(title)
    return start, start + len(title)


def _attach_contract(project: Project, text: str, sentence, contract_re: re.Pattern, after: int | None = None) -> None:
    """The contract number said in the same sentence, preferably after the name."""
    if project.contract is not None:
        return
    window_start = after if after is not None else sentence.start
    m = contract_re.search(text, window_start, sentence.end) or contract_re.search(text, sentence.start, sentence.end)
    if m:
        project.contract = m["number"].rstrip(".")
