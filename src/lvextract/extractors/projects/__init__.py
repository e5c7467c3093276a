"""projects: named projects with their aliases and contract numbers (RECORD.md, "Projects").

A project is a quoted name right after a project word in any case form ("projekta „…”
ietvaros", "ESF projekts “…”", "īsteno projektu "…""). A quoted name after anything else
(a programme, a festival, an organisation, a contest: "projektu konkurss „…”") is not taken, nor
an unquoted capitals word after a project word that is itself in capitals (a heading). Around the name: an alias in the
parentheses that follow ("(*Labour Plus*, www…)"), a short name before a dash in the name
("PRIME – …"), and a contract or agreement number in the same sentence. The same project
mentioned twice is one entry. The words are data (data/projects.toml).

Also: a name that quotes another inside it (“Biedrības “Pedvāle” telpas”, quoted.quoted_after); an
unquoted name from a capital letter to "ietvaros" ("ESF projekta Droša vide ietvaros"); the
quoted names opening the items of a list under "… šādi projekti:" (quoted.listed_names); a programme's code
before the name ("projekta LLI - 425 „…”"); the other quoted name after "/" or "jeb" as an alias.
One project spelt two ways (the same words' stems) is one entry. Not: a draft document
("noteikumu projekts „Grozījumi …”"), nor a programme part's quoted name before the project word
("pamatdarbības „…” projekts"). A project card: a heading line "Nr. 4.3.3.2/1/24/I/002 „…”", or the
page's headline when field labels follow it ("Projekta īstenotājs:"; data/projects.toml [cards]).
After a project's number, a name whose opening quote was left out ("projekta Nr. 12-34 Ceļu
atjaunošana Ozolos” ietvaros"); in a list under a projects heading, an unquoted name with its sum
("• Skolas jumta nomaiņa (Ls 48 000 …)", quoted.listed_names);
an unquoted name in another language ("projekta BlueRoad ietvaros", foreign_name.py).
The entries and their merging, and the contract read around a name: collect.py.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Record
from ..related_list import related_start
from ..vocabulary import load
from .patterns import (
    ACRONYM_AFTER, CAPITALS_NEXT, CARD_NUMBER, CLOSING_ONLY_GLUED, CLOSING_ONLY_NAME, CODE_AFTER_NAME,
    CODE_BEFORE_NAME, CODE_BEFORE_UNQUOTED, CONTRACT_NUMBER, FOLLOWING, LETTERS, NAMED_LATER,
    GLUED_NUMBER, LABEL_ALONE, QUOTED_WITH_STATUS, NAME_BEFORE_WORD, NAME_LINE, NEXT_WORD, NUMBERED_CODE_BEFORE_NAME,
    NUMBER_AFTER_COMMA, NUMBER_BEFORE_NAME, OTHER_NAME, PAREN, PAREN_NUMBER_BEFORE_NAME, PREVIOUS_WORD,
    PROJECT_KIND, SHORT_NAME, UNQUOTED_NAME, VERSIONED_NAME,
    BARE_CODE, CLAUSE_END, NAME_IN_PAREN, CODE_IN_NAME, DASH_NAME_WITH_CODE, MAX_TWO_LANGUAGES, NUMBERED_PREVIOUS_WORD, SLASHED_BEFORE_NAME, TRAILING_PAREN,
)
from .card_value import after_measure, glued_number
from .called import called_a_project
from .unclosed import unclosed_before_bracket, unclosed_before_head
from .dash_item import dash_named_items
from .foreign_name import foreign_named
from .dash_joined import joined_dash
from .submitter_item import submitter_items
from .table_column import tables
from .labelled_name import labelled_names
from .number_line import attach_contract_lines, attach_lone_number
from .inner_alias import alias_in_brackets
from .run_on import drop_run_on
from .collect import _attach_contract, _clean, _key, _loose_key, _tight_code, Entries
from .programme_called import programme_called_project
from .owner_named import owner_named
from .card_headline import card_headline, headline_alias
from .quoted import (
    after_programme, capitals_named, chained, listed_names, names_a_funder, not_a_name, paren_alias, pronoun_listed, quoted_after,
    two_languages,
)


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
            ({w.lower() for w in data["lists"]["heading_words"]}, {w.lower() for w in data["lists"]["list_nouns"]},
             {w.lower() for w in data["lists"]["demonstratives"]}, {w.lower() for w in data["lists"]["relatives"]}),
            tuple(data["name_before"]["owners"]), frozenset(data["name_before"]["owners_exact"]),
            tuple(data["name_before"]["roles_after"]),
            re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["fields"]) + r")[ \t]*(?::|$)", re.I),
            re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["leads"]) + r")(?!\w)", re.I),
            re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["fallback_fields"]) + r")[ \t]*(?::|$)", re.I),
            frozenset(data["cards"]["furniture"]), tuple(data["not_project_between"]),
            frozenset(stem(w) for w in data["programme_names"]["last_words"]))


def _is_owner(word: str, owners: tuple[str, ...], owner_exact: frozenset[str]) -> bool:
    """Whether a name's first word says an organisation ("SIA …", "Biedrība …"), not a project."""
    return word.lower() in owner_exact or word.lower().startswith(owners) or (word.isupper() and len(word) > 1)


def extract(doc: Document, record: Record) -> None:
    (project_stems, between, quotes, contract_re, bare_contract, not_names, drafts, list_heads, owners, owner_exact,
     project_roles, card_fields, card_lead, card_more_fields, card_furniture, not_project_between, fund_heads) = _config()
    not_loose = {_loose_key(n) for n in not_names}
    text = doc.text
    entries = Entries(doc)
    projects = entries.projects
    add = entries.add
    for sentence in doc.sentences:
        tokens = sentence.tokens
        project_said = False  # projects in the plural earlier in the sentence, not a contest's
        for i, token in enumerate(tokens):
            # "Viens no atbalstītajiem projektiem – biedrības iniciatīva “…”": a quoted initiative
            # said as one of the projects is a project.
            # (a quote glued to the word closes a name the word ends: '… "Vietas iniciatīvas" un …')
            if project_said and token.text.lower().startswith("iniciatīv") and text[token.end:token.end + 1].isspace():
                quoted = quoted_after(text, tokens[i + 1].start, quotes) if i + 1 < len(tokens) else None
                if quoted is not None and quoted[1] <= sentence.end:
                    name = _clean(text[quoted[0]:quoted[1]])
                    if name and name not in not_names:
                        add(name, quoted[0], quoted[1], [])
                continue
            if token.stem not in project_stems:
                continue
            project_said = project_said or (token.text.lower() in list_heads[0] and not (
                i + 1 < len(tokens) and tokens[i + 1].text.lower().startswith(not_project_between)))
            j = i + 1
            while j < len(tokens) and tokens[j].text.lower() in between:
                j += 1
            # A draft document is no project: "noteikumu projekts „Grozījumi …”", "budžeta projekts".
            if i > 0 and tokens[i - 1].text.lower() in drafts:
                continue
            # "projekta Nr. 9.2.1.1/15/I/001 „…”": a number may stand before the name.
            # (Matched in place: a slice of the rest of the text per project word would be quadratic.)
            # (or after the words between: "projekta iesniegumu Nr. 17-03-AL21-… „…”"; or in brackets: "projekta (Nr. 1-2) pieteikumu „…”")
            at = tokens[j - 1].end
            number = (NUMBERED_CODE_BEFORE_NAME.match(text, at) or NUMBER_BEFORE_NAME.match(text, at)
                      or CODE_BEFORE_NAME.match(text, at) or SLASHED_BEFORE_NAME.match(text, at) or PAREN_NUMBER_BEFORE_NAME.match(text, at))
            pos = number.end() if number else (tokens[j].start if j < len(tokens) else len(text))
            if pos == tokens[i].end and text[pos:pos + 1] in CLOSING_ONLY_GLUED:
                continue  # „Nodarbinātības projekti” …: the word ends a quoted name; its quote opens none
            quoted = quoted_after(text, pos, quotes)
            # "projektam Nr. LV-77 (Green Bridges)": the name in the bracket right after the number.
            if quoted is None and number is not None and (inside := NAME_IN_PAREN.match(text, number.end())) \
                    and inside["name"] not in not_names and not inside["name"].isupper() \
                    and not _is_owner(inside["name"].split()[0], owners, owner_exact) \
                    and not names_a_funder(doc, inside.start("name"), inside.end("name"), not_names, fund_heads):
                project = add(inside["name"], inside.start("name"), inside.end("name"), [])
                project.contract = project.contract or _tight_code(number["number"])
                continue
            if quoted is None and (longer := quoted_after(text, pos, quotes, MAX_TWO_LANGUAGES)) \
                    and two_languages(text[longer[0]:longer[1]]):
                quoted = longer  # a name in two languages may run longer than one name alone
            one_named = False  # "projektiem, kura nosaukums “…”": one of the plural named
            if quoted is None and number is None and (later := NAMED_LATER.match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(not_project_between) for w in LETTERS.findall(later.group())):
                pos = later.end()
                quoted = quoted_after(text, pos, quotes)
                one_named = "nosaukums" in later.group().lower() or later["one"] is not None
            # "Erasmus+ projektu sadarbības partnerību skolu sektorā “…”": the programme's kind of
            # project said between the project word and the name.
            if quoted is None and number is None and (kind := PROJECT_KIND.match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(not_project_between) for w in LETTERS.findall(kind.group())):
                pos = kind.end()
                quoted = quoted_after(text, pos, quotes)
            # "… mobilitātes projekta ietvaros “YTCA – …”.": the name after "ietvaros", only where it
            # closes the clause (not "projekta ietvaros “Ēnu dienā” skolēni …", an occurrence).
            if quoted is None and number is None and j < len(tokens) and tokens[j].text.lower() == "ietvaros" \
                    and j + 1 < len(tokens) and (after_frame := quoted_after(text, tokens[j + 1].start, quotes)) \
                    and CLAUSE_END.match(text, after_frame[1] + 1):
                quoted = after_frame
            if quoted is None and number is None and (number := CODE_BEFORE_UNQUOTED.match(text, tokens[i].end)):
                pos = number.end()
            if quoted is None and number is not None and (closed := CLOSING_ONLY_NAME.match(text, pos, sentence.end)):
                project = add(_clean(closed["name"]), closed.start("name"), closed.end("name"), [])
                project.contract = project.contract or _tight_code(number["number"])
                continue
            # "projekta īstenošanu – Ģimenes stiprināšana … (HOME; LLI-422)": unquoted after a dash,
            # its short name and code in brackets closing it.
            dashed = DASH_NAME_WITH_CODE.match(text, tokens[i].end, sentence.end) if quoted is None and number is None else None
            if dashed:
                short = dashed["short"] or dashed["short2"]
                project = add(_clean(dashed["name"]), dashed.start("name"), dashed.end("name"),
                              [short] if short and short not in not_names else [])
                project.contract = project.contract or _tight_code(dashed["code"] or dashed["code2"])
                continue
            if quoted is None and (named := capitals_named(text, tokens[i].end, pos, not_names)):
                _attach_contract(add(named.group(), named.start(), named.end(), []), text, sentence, contract_re)
                continue
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
                # A capitals word before another is a heading or a button ("SKATĪT ŠEIT"), not a name; nor
                # one after a plural project word ("iesniegt projektus ZVRG …": whom they go to).
                capitals_run = bool(word) and CAPITALS_NEXT.match(text, word.end())
                word = word.group(1).rstrip(".,;:") if word else ""
                if (re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{3,15}", word) and word not in not_names
                        and not capitals_run and (number or token.text.lower() not in list_heads[0])):
                    project = entries.by_key.get(_key(word)) or add(word, pos, pos + len(word), [])
                    project.contract = project.contract or (_tight_code(number["number"]) if number else None)
                    _attach_contract(project, text, sentence, contract_re)
                    continue
                # '“Laipa (remonts), bet', '“Ceļu remonts aktivitātes.': a quote never closed
                if unclosed := unclosed_before_bracket(text, pos, sentence.end) or unclosed_before_head(text, pos, sentence.end):
                    project = add(_clean(text[unclosed[0]:unclosed[1]]), *unclosed, [])
                    project.contract = project.contract or (_tight_code(number["number"]) if number else None)
                    continue
                # "ESF projekta Profesionāla sociālā darba attīstība ietvaros": a name without
                # quotes, from a capital letter to "ietvaros", a few plain words long.
                # (also after a quote that never closes: 'projekta "Jaunā māja ietvaros')
                unquoted = UNQUOTED_NAME.match(text, pos + (text[pos:pos + 1] in quotes), sentence.end)
                if unquoted and unquoted["name"].split()[0] not in not_names and not set(unquoted["name"]) & set(quotes):
                    project = add(_clean(unquoted["name"]), unquoted.start("name"), unquoted.end("name"), [])
                    if number and project.contract is None:
                        project.contract = _tight_code(number["number"])
                    _attach_contract(project, text, sentence, contract_re)
                continue
            start, end = quoted
            close = end  # the closing quote: what follows the whole quotation is read from there
            name = _clean(text[start:end])
            if not name or names_a_funder(doc, start, end, not_names, fund_heads) \
                    or not_a_name(text, name, token.text.lower() in list_heads[0] and not one_named, close, quotes):
                continue
            aliases = []
            # "Neaizsargāto grupu iekļaušana … / Social inclusion of … (Valued people)": the first
            # language's part is the name, the other and its short name in brackets aliases.
            if two := two_languages(name):
                first, second = two
                start = text.find(first, start, end)
                end = start + len(first)
                name = first
                paren = TRAILING_PAREN.match(second)
                aliases.extend([paren["before"], paren["inside"]] if paren else [second])
            # "“… attīstība (LLI-425, OCTOPUS)”": the programme's code and short name in the quotes.
            code_in_name = CODE_IN_NAME.match(name)
            if code_in_name:
                name = code_in_name["name"]
                end = start + len(name)
                aliases.extend(a for a in (code_in_name["short"], code_in_name["short2"]) if a and a not in not_names)
            elif inner := alias_in_brackets(name):  # „Zaļie pagalmi (Green Yards)”
                name, end = inner[0], start + len(inner[0])
                aliases.append(inner[1])
            short = SHORT_NAME.match(name)
            if short and short["short"] not in not_names:
                aliases.append(short["short"])
            # The same project's other name in quotes after "/" or "jeb" (“Ūdens vide”/„Aqua Life”,
            # “I can work” jeb “Solis uz priekšu”): an alias; a parenthesis may follow it.
            other = OTHER_NAME.match(text, close + 1)
            second = quoted_after(text, other.end(), quotes) if other else None
            tail = close  # where the name, or its other name, closes
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
                alias = paren_alias(paren["inside"], _clean(paren["inside"].split(",")[0]), bare_contract)
                if alias and alias not in not_names:
                    aliases.append(alias)
            project = add(name, start, end, aliases)
            if code_in_name and project.contract is None and (code_in_name["code"] or code_in_name["code2"]):
                project.contract = _tight_code(code_in_name["code"] or code_in_name["code2"])
            # (or the fund's abbreviation before it: "“…” (ELFLA, 25-09-CL03-C0LA19.2201-000003)")
            listed = (bare_contract.match(paren["inside"]) or bare_contract.match(paren["inside"].split(",")[-1])
                      or ("," in paren["inside"] and BARE_CODE.match(paren["inside"].split(",")[-1]))) if paren else None
            if listed and project.contract is None:  # “…” (Nr. 9.1.1.2/15/I/001)
                project.contract = listed["number"]
            if number and project.contract is None:
                project.contract = _tight_code(number["number"])
            after = (NUMBER_BEFORE_NAME.match(text, close + 1) or CODE_AFTER_NAME.match(text, close + 1)  # “…” Nr. 9.2.4.2/16/I/079
                     or NUMBER_AFTER_COMMA.match(text, close + 1))  # “…”, Nr.LLI-550
            if after and project.contract is None:
                project.contract = after["number"]
            _attach_contract(project, text, sentence, contract_re, after=close)
            # "atbalstīti trīs projekti – “A” (30 lati), “B” (45 lati) un “C”": after a plural
            # project word, each quoted name of the list that follows is a project.
            if token.text.lower() in list_heads[0]:
                # (a name with a full stop inside its quotes runs past the sentence the splitter
                # cut there: "“Iluzionisti. Darbs un atpūta” un “B”" goes on to that sentence's end)
                limit = sentence.end if tail < sentence.end else doc.sentences[doc.sentence_index(tail)].end
                for start, end in chained(text, tail, quotes, limit):
                    name = _clean(text[start:end])
                    if name and name not in not_names:
                        add(name, start, end, [])
    # The name before the project word: "Noslēdzies “Zaļā skola” projekts" (not an organisation's
    # or a programme's projects: "biedrības “Rasa” projekts", "GNJC “Bāze” projektu vadītāja",
    # "programmas “…” projektu vērtēšana", "apvienība “Variņi” projektā “…”").
    for m in NAME_BEFORE_WORD.finditer(text):
        if stem(m["word"]) not in project_stems:
            continue
        before = (NUMBERED_PREVIOUS_WORD.search(text, max(0, m.start() - 60), m.start())
                  or PREVIOUS_WORD.search(text, max(0, m.start() - 40), m.start()))
        owner = before["word"] if before else ""
        following = FOLLOWING.match(text, m.end())
        if (owner.lower() in owner_exact or owner.lower().startswith(owners) or (owner.isupper() and len(owner) > 1)
                or following["quote"] or following["word"].lower().startswith(project_roles)):
            continue
        name = _clean(m["name"])
        # (a programme in another case is still a programme: "“Eiropas Solidaritātes korpusa” projektiem")
        if name and name not in not_names and _loose_key(name) not in not_loose and not owner_named(name):
            add(name, m.start("name"), m.end("name"), [])
    for start, end in after_programme(doc, quotes):
        name = _clean(text[start:end])
        if name and name not in not_names:
            add(name, start, end, [])
    for start, end, code in chain(listed_names(text, quotes, list_heads),
                                  ((s, e, None) for s, e in pronoun_listed(doc, quotes, list_heads[0])),
                                  ((s, e, None) for s, e in called_a_project(doc)),
                                  ((s, e, None) for s, e in dash_named_items(text, not_names)),
                                  ((s, e, None) for s, e in foreign_named(doc, not_names, fund_heads)),
                                  ((s, e, None) for s, e in joined_dash(doc, not_names)),
                                  ((s, e, None) for s, e in submitter_items(text, quotes)), ((s, e, None) for s, e in labelled_names(text)),
                                  ((s, e, None) for table in tables(text) for s, e in table.names)):
        name = _clean(text[start:end])
        if name and not owner_named(name):  # "• „… biedrības” projekts „…”": the owner opens the item
            project = add(name, start, end, [])
            project.contract = project.contract or (_tight_code(code) if code else None)
    def add_field_value(start: int, end: int) -> None:
        """A fact sheet's quoted name (a field's value), with the contract number in a bracket
        right after it: 'Projekta nosaukums: “…” (Nr. 12-34)'."""
        name = _clean(text[start:end])
        if name and name not in not_names:
            project = add(name, start, end, [])
            paren = PAREN.match(text, end + 1)
            listed = bare_contract.match(paren["inside"]) if paren else None
            project.contract = project.contract or (listed["number"] if listed else None)

    for line in NAME_LINE.finditer(text):
        # (a quoted name with more after it on the line: 'Projekts: “…” (Nr. 12-34)' names only “…”)
        quoted = quoted_after(text, after_measure(text, line.start("name")) or line.start("name"), quotes)
        if quoted is not None and quoted[1] < line.end("name"):
            add_field_value(*quoted)
            continue
        name = _clean(line["name"].strip("\"'„”“«»"))
        if name:
            # The span is the name as written when cleaning left it whole, else the field's value.
            start = text.find(name, line.start("name"), line.end("name"))
            start, end = (start, start + len(name)) if start >= 0 else (line.start("name"), line.end("name"))
            add(name, start, end, [])
    headers = [table.header for table in tables(text)]
    for label in LABEL_ALONE.finditer(text):
        start = label.start("value")
        if any(h[0] <= start < h[1] for h in headers):
            continue  # a table's next header cell ("Projekta iesniedzējs"), not a value
        quoted = quoted_after(text, start, quotes)
        if quoted is not None:
            add_field_value(*quoted)
        elif not label["value"].rstrip().endswith((".", ":")) and not NAME_LINE.match(label["value"]):
            value, number = glued_number(label["value"], not_names)
            name = _clean(value)
            if name and name not in not_names:
                project = add(name, start, start + len(value.rstrip()), [])
                project.contract = project.contract or number
    for card in CARD_NUMBER.finditer(text):
        quoted = quoted_after(text, card.end(), quotes)
        line_end = text.find("\n", card.end())
        # (the quoted name ends the line: a heading, not a sentence that goes on)
        if quoted and not text[quoted[1] + 1:line_end if line_end >= 0 else len(text)].strip():
            name = _clean(text[quoted[0]:quoted[1]])
            if name:
                project = add(name, quoted[0], quoted[1], [])
                project.contract = project.contract or card["number"]
    if not projects:  # (a programme the text calls "this project": with no other project to point to)
        for start, end in programme_called_project(doc, quotes):
            name = _clean(text[start:end])
            if name and name not in not_names and not names_a_funder(doc, start, end, not_names, fund_heads):
                add(name, start, end, [])
    headline = card_headline(text, card_fields, card_lead, card_more_fields, card_furniture)
    if headline is not None and not projects:
        # (a card headline with its number glued on: "… Pelēču pagastā Nr.17-03-AL21-A019.2204-000001")
        glued = GLUED_NUMBER.search(text, headline[0], headline[1])
        # (a quoted headline with its status after a dash: "“Youth today, leaders tomorrow” - Atbalstīts")
        status = QUOTED_WITH_STATUS.fullmatch(text, headline[0], headline[1])
        if status:
            add(_clean(status["name"]), status.start("name"), status.end("name"), [])
        elif glued and glued.end() == headline[1]:
            project = add(_clean(text[headline[0]:glued.start()]), headline[0], glued.start(), [])
            project.contract = glued["number"]
        else:
            add(_clean(text[headline[0]:headline[1]]), *headline, headline_alias(text, headline))
    # A capitals short name alone ("Projekta SMEPRO partneri") opening another's capitals alias ("“…” SMEPRO REG") is that one's alias.
    for lone in [p for p in projects if re.fullmatch(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ][A-ZĀČĒĢĪĶĻŅŠŪŽ0-9]{2,15}", p.name)]:
        owner = next((p for p in projects if p is not lone and any(a.split()[0] == lone.name for a in p.aliases if a.isupper())), None)
        if owner is not None:
            projects.remove(lone)
            if lone.name not in owner.aliases:
                owner.aliases.append(lone.name)
            owner.contract = owner.contract or lone.contract
    # Below a list of other articles ("Saistītie raksti"), a project is another article's.
    projects[:] = [p for p in projects if p.span.start < related_start(doc)]
    attach_lone_number(text, projects, drafts)
    attach_contract_lines(text, projects)
    drop_run_on(projects)  # 'projekta "Zaļā nedēļa ietvaros …' beside „Zaļā nedēļa”
    record.projects.extend(projects)
