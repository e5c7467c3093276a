"""A project's name after a project word in its sentence: quoted ("projekta „…” ietvaros"), after
a number or a programme's kind of project or a capitals short name (the title's alias: "projekts
PUTNI ĀDAŽOS “…”"), after a dash with its code, a capitals short name, a
name from a capital letter to "ietvaros", a quote never closed; with the aliases and contract
number around it, and the other quoted names of a list after a plural project word, or the one
joined by "un" after a singular one where a word both share follows ("projektu “A” un “B” pasākumus")."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import is_listed
from ...latvian.orthography import LOWER
from ..vocabulary import load
from .collect import _attach_contract, _clean, _key, _tight_code, Entries
from .config import config, is_owner
from .bracket_short import bracket_short
from .patterns import (
    ACRONYM_AFTER, ACRONYM_BEFORE_QUOTED, JOINED_SECOND, NEXT_WORD_AFTER, BARE_CODE, BENEFICIARIES_BEFORE_NAME,
    CAPITALS_NAME, CAPITALS_NEXT, CLAUSE_END, CLOSING_ONLY_GLUED,
    CLOSING_ONLY_NAME, CODE_AFTER_NAME, CODE_BEFORE_NAME, CODE_BEFORE_UNQUOTED, CODE_IN_NAME, DASH_NAME_WITH_CODE,
    LETTERS, MAX_TWO_LANGUAGES, NAME_IN_PAREN, NEXT_WORD, NUMBER_AFTER_COMMA, NUMBER_BEFORE_NAME,
    NUMBERED_CODE_BEFORE_NAME, OTHER_NAME, PAREN, PAREN_NUMBER_BEFORE_NAME, PROJECT_KIND, SHORT_NAME,
    SLASHED_BEFORE_NAME, STRAY_QUOTE_NUMBER, TITLE_BEFORE_RELATIVE, TITLE_CLOSING_SENTENCE, TRAILING_PAREN,
    UNCLOSED_WORD, UNQUOTED_NAME, VERSIONED_NAME, field_before_name, funded_before_name, named_later,
)
from .inner_alias import alias_in_brackets
from .quoted import (capitals_named, chained, not_a_name, later_quoted_alias, paren_alias, quoted_after, two_languages,
                     without_language_label)
from .funder_quoted import names_a_funder
from .unclosed import unclosed_before_bracket, unclosed_before_head, unclosed_to_line_end
from .action_title import action_title
from .unquoted_title import unquoted_title
from .glued_word import glued_project_word

STRAY_CLOSING = "”“\"»"
STRAY_QUOTES = frozenset("„“”\"«»")


def names_after_words(doc: Document, entries: Entries) -> None:
    """Adds to `entries` each project name after a project word in its sentence (the shapes: the module's docstring)."""
    c = config()
    project_stems, between, quotes, not_names, drafts, list_heads = (
        c.project_stems, c.between, c.quotes, c.not_names, c.drafts, c.list_heads)
    contract_re, bare_contract, not_project_between, fund_heads = c.contract_re, c.bare_contract, c.not_project_between, c.fund_heads
    text = doc.text
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
            # (or the word glued to a page's image name before it, its capital showing the seam:
            # "sif-kras-eezProjekta “…” ietvaros")
            if token.stem not in project_stems and not glued_project_word(token.text, project_stems):
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
            # "projekts PUTNI ĀDAŽOS “…”": a capitals short name before the quoted title is its alias.
            short_before = ACRONYM_BEFORE_QUOTED.match(text, pos) if number is None and not token.text.isupper() else None
            if short_before and short_before["short"].split()[0] not in not_names:
                pos = short_before.end()
            else:
                short_before = None
            if pos == tokens[i].end and text[pos:pos + 1] in CLOSING_ONLY_GLUED:
                continue  # „Nodarbinātības projekti” …: the word ends a quoted name; its quote opens none
            quoted = quoted_after(text, pos, quotes)
            # "projektam Nr. LV-77 (Green Bridges)": the name in the bracket right after the number.
            if quoted is None and number is not None and (inside := NAME_IN_PAREN.match(text, number.end())) \
                    and inside["name"] not in not_names and not inside["name"].isupper() \
                    and not is_owner(inside["name"].split()[0], c.owners, c.owner_exact) \
                    and not names_a_funder(doc, inside.start("name"), inside.end("name"), not_names, fund_heads):
                project = add(inside["name"], inside.start("name"), inside.end("name"), [])
                project.contract = project.contract or _tight_code(number["number"])
                continue
            if quoted is None and (longer := quoted_after(text, pos, quotes, MAX_TWO_LANGUAGES)) \
                    and two_languages(text[longer[0]:longer[1]]):
                quoted = longer  # a name in two languages may run longer than one name alone
            one_named = False  # "projektiem, kura nosaukums “…”": one of the plural named
            if quoted is None and number is None and (later := named_later().match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(not_project_between) for w in LETTERS.findall(later.group())):
                pos = later.end()
                quoted = quoted_after(text, pos, quotes)
                one_named = "nosaukums" in later.group().lower() or later["one"] is not None
            # "Erasmus+ projektu sadarbības partnerību skolu sektorā “…”": the programme's kind of
            # project said between the project word and the name.
            # (or the field it is in: "jauns projekts sporta jomā „…”")
            if quoted is None and number is None and (kind := PROJECT_KIND.match(text, tokens[i].end, sentence.end)
                                                      or field_before_name().match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(not_project_between) for w in LETTERS.findall(kind.group())):
                pos = kind.end()
                quoted = quoted_after(text, pos, quotes)
            # "projekts ar ERAF finansējumu “…” (Nr. …)": who paid for it, then its name (not a fund's name).
            if quoted is None and number is None and (funded := funded_before_name().match(text, tokens[i].end, sentence.end)):
                quoted = quoted_after(text, funded.end(), quotes)
                if quoted and names_a_funder(doc, quoted[0], quoted[1], not_names, fund_heads):
                    quoted = None
            # "projektā bērniem un jauniešiem ar speciālām vajadzībām “…”": whom it is for, then its name.
            if quoted is None and number is None and (whom := BENEFICIARIES_BEFORE_NAME.match(text, tokens[i].end, sentence.end)) \
                    and not any(w.lower().startswith(c.not_whom) for w in LETTERS.findall(whom.group())):
                quoted = quoted_after(text, whom.end(), quotes)
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
                # "projektu Zaļo pagalmu atjaunošana (GreenYard)": an unquoted title, its short name in brackets
                if bracketed := bracket_short(text, pos, sentence.end, not_names):
                    project = add(_clean(bracketed["name"]), bracketed.start("name"), bracketed.end("name"), [bracketed["short"]])
                    if number and project.contract is None:
                        project.contract = _tight_code(number["number"])
                    _attach_contract(project, text, sentence, contract_re)
                    continue
                word = NEXT_WORD.match(text, pos)
                # A capitals word before another is a heading or a button ("SKATĪT ŠEIT"), not a name; nor
                # one after a plural project word ("iesniegt projektus ZVRG …": whom they go to).
                capitals_run = bool(word) and CAPITALS_NEXT.match(text, word.end())
                # (but a coined acronym with its suffix word in another language before a lower-case word
                # is one name: "projekta SEA-LINK ACCESSIBLE partneriem"; so two capitals words neither of
                # which is Latvian: "Projektā DEMO FARM jūlija sestdienās …")
                suffixed = word and capitals_run and ("-" in word.group(1) or not is_listed(word.group(1).rstrip(".,;:"))) \
                    and ACRONYM_SUFFIX.match(text, word.end())
                if suffixed and CAPITALS_NAME.fullmatch(word.group(1).rstrip(".,;:")) and not is_listed(suffixed["suffix"]) \
                        and suffixed["suffix"] not in not_names and word.group(1) not in not_names \
                        and suffixed["suffix"] not in _not_suffixes():
                    add(text[pos:suffixed.end("suffix")], pos, suffixed.end("suffix"), [])
                    continue
                word = word.group(1).rstrip(".,;:") if word else ""
                # (capitals parts joined by a hyphen are one name, "NAT-PROGRAMME"; a part of digits
                # after the hyphen makes a programme's code, "LLI-425", no name)
                if (CAPITALS_NAME.fullmatch(word) and word not in not_names
                        and not capitals_run and (number or token.text.lower() not in list_heads[0])):
                    project = entries.by_key.get(_key(word)) or add(word, pos, pos + len(word), [])
                    project.contract = project.contract or (_tight_code(number["number"]) if number else None)
                    # (its number after a comma: "projekta SKILLS, Nr. LV-12, aktivitātes")
                    if project.contract is None and (after := NUMBER_AFTER_COMMA.match(text, pos + len(word))):
                        project.contract = _tight_code(after["number"])
                    _attach_contract(project, text, sentence, contract_re)
                    continue
                # '“Laipa (remonts), bet', '“Ceļu remonts aktivitātes.': a quote never closed
                if unclosed := (unclosed_before_bracket(text, pos, sentence.end) or unclosed_before_head(text, pos, sentence.end)
                                or unclosed_to_line_end(text, pos)):
                    project = add(_clean(text[unclosed[0]:unclosed[1]]), *unclosed, [])
                    project.contract = project.contract or (_tight_code(number["number"]) if number else None)
                    continue
                # "ESF projekta Profesionāla sociālā darba attīstība ietvaros": a name without
                # quotes, from a capital letter to "ietvaros", a few plain words long.
                # (also after a quote that never closes: 'projekta "Jaunā māja ietvaros')
                opened = text[pos:pos + 1] in quotes
                unquoted = UNQUOTED_NAME.match(text, pos + opened, sentence.end) or (
                    UNCLOSED_WORD.match(text, pos + 1, sentence.end) if opened else None)
                if unquoted and unquoted["name"].split()[0] not in not_names and not set(unquoted["name"]) & set(quotes):
                    project = add(_clean(unquoted["name"]), unquoted.start("name"), unquoted.end("name"), [])
                    if number and project.contract is None:
                        project.contract = _tight_code(number["number"])
                    _attach_contract(project, text, sentence, contract_re)
                # "īsteno projektu Drošs ceļš uz skolu, kura mērķis …": after "projektu" right before it,
                # a title closed by a comma and a relative clause
                elif j == i + 1 and not number and token.text == "projektu" and (
                        titled := TITLE_BEFORE_RELATIVE.match(text, pos, sentence.end)) and titled["name"].split()[0] not in not_names:
                    add(_clean(titled["name"]), titled.start("name"), titled.end("name"), [])
                # "īstenojot projektu Upju palieņu atjaunošana putnu saglabāšanai.": a title closing the
                # sentence, named by an action noun in the nominative ([unquoted_title]); so after the
                # dative or the nominative ("finansējums projektam Muzeja ekspozīcijas izveide.")
                elif j == i + 1 and not number and token.text in CLOSING_TITLE_AFTER and (
                        closing := TITLE_CLOSING_SENTENCE.match(text, pos, sentence.end)) \
                        and closing["name"].split()[0] not in not_names and action_title(closing["name"]):
                    add(_clean(closing["name"]), closing.start("name"), closing.end("name"), [])
                # "projektam Ceļu pārbūve …, kura …", "projektā Senioru prasmes … – SENDIG (…)" (unquoted_title.py)
                elif j == i + 1 and not number and (titled := unquoted_title(text, token.text, pos, sentence.end, not_names)):
                    add(_clean(text[titled[0]:titled[1]]), titled[0], titled[1], titled[2])
                continue
            start, end = quoted
            close = end  # the closing quote: what follows the whole quotation is read from there
            # 'projekts “ nr. 2017/AB12/4   “Soliņi pie ezera”': a stray quote before the number; the
            # name is the quote after the number, the number the contract's
            stray = STRAY_QUOTE_NUMBER.match(text, start, end)
            # (the quote after the number runs to the end: no quote inside it but its closing one)
            if stray and not set(text[stray.end():end].rstrip(STRAY_CLOSING)) & STRAY_QUOTES:
                start, end = stray.end(), len(text[:end].rstrip(STRAY_CLOSING))
            else:
                stray = None
            stray_code = stray["code"] if stray else None
            name = _clean(text[start:end])
            if not name or names_a_funder(doc, start, end, not_names, fund_heads) \
                    or not_a_name(text, name, token.text.lower() in list_heads[0] and not one_named, close, quotes):
                continue
            aliases = [short_before["short"]] if short_before else []
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
                unlabelled = without_language_label(paren["inside"])  # "(latviski – Zaļās takas)"
                alias = (unlabelled is not None and paren_alias(unlabelled, _clean(unlabelled.split(",")[0]), bare_contract)) \
                    or later_quoted_alias(paren["inside"])
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
            if stray and project.contract is None:
                project.contract = stray_code
            after = (NUMBER_BEFORE_NAME.match(text, close + 1) or CODE_AFTER_NAME.match(text, close + 1)  # “…” Nr. 9.2.4.2/16/I/079
                     or NUMBER_AFTER_COMMA.match(text, close + 1))  # “…”, Nr.LLI-550
            if after and project.contract is None:
                project.contract = after["number"]
            _attach_contract(project, text, sentence, contract_re, after=close)
            # "atbalstīti trīs projekti – “A” (30 lati), “B” (45 lati) un “C”": after a plural
            # project word, each quoted name of the list that follows is a project.
            # (also "projektu" after a participle's genitive plural: "fonda atbalstīto projektu “A” un “B”")
            if token.text.lower() in list_heads[0] or any(t.text.lower() in c.plural_between for t in tokens[i + 1:j]) \
                    or (token.text.lower() == "projektu" and i > 0 and tokens[i - 1].text.lower().endswith(PLURAL_PARTICIPLE)):
                # (a name with a full stop inside its quotes runs past the sentence the splitter
                # cut there: "“Iluzionisti. Darbs un atpūta” un “B”" goes on to that sentence's end)
                limit = sentence.end if tail < sentence.end else doc.sentences[doc.sentence_index(tail)].end
                for start, end in chained(text, tail, quotes, limit):
                    name = _clean(text[start:end])
                    # (each in two languages as the first may be: “B/“B in English””)
                    two = two_languages(name) if name else None
                    if two and (first := text.find(two[0], start, end)) >= 0:
                        name, start, end = two[0], first, first + len(two[0])
                    else:
                        two = None
                    if name and name not in not_names:
                        add(name, start, end, [two[1]] if two else [])
            # "apmeklējot projektu “A” un “B” pasākumus": a second quoted name joined by "un" to the one
            # after a singular project word shares the word, where the clause ends after it or a word
            # of the projects' own follows ([joined_second] heads; not "projektā “A” un “B” programmā")
            elif (joined := JOINED_SECOND.match(text, tail + 1, sentence.end)) \
                    and (second := quoted_after(text, joined.end(), quotes)) and second[1] < sentence.end \
                    and _shared_head(NEXT_WORD_AFTER.match(text, second[1] + 1)["word"]):
                name = _clean(text[second[0]:second[1]])
                if name and name not in not_names and not names_a_funder(doc, *second, not_names, fund_heads):
                    add(name, *second, [])


# A definite participle's genitive plural ending ("atbalstīto", "iesniegto", "īstenoto"): "projektu" after
# it is the plural's genitive, and the quoted names chained after the first are its projects too.
PLURAL_PARTICIPLE = ("īto", "āto", "ēto", "ūto", "oto", "gto", "kto", "pto", "sto")


# A coined acronym's suffix word in capitals, no Latvian letter, then a lower-case word.
ACRONYM_SUFFIX = re.compile(rf"[ \t]+(?P<suffix>[A-Z]{{4,}})(?=[ \t]+[{LOWER}])")


@lru_cache(maxsize=1)
def _not_suffixes() -> frozenset[str]:
    """[foreign_name] not_suffixes: capitals words after a coined acronym that are no part of its name."""
    return frozenset(load("projects")["foreign_name"]["not_suffixes"])


# The project word forms (as written) a title closing the sentence may follow (not the genitive:
# "projekta Ozolu … izveide" is the project's part, and not the locative: "projektā Ozolu skolās …").
CLOSING_TITLE_AFTER = frozenset({"projektu", "projektam", "projekts"})


@lru_cache(maxsize=1)
def _joined_heads() -> tuple[str, ...]:
    return tuple(load("projects")["joined_second"]["heads"])


def _shared_head(word: str) -> bool:
    """Whether the word after a second joined name (empty at a punctuation mark) is one both
    projects share: "… un “B” pasākumus", "… un “B” ietvaros", "… un “B”."."""
    return not word or word.lower().startswith(_joined_heads())
