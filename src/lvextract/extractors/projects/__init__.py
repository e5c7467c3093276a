"""projects: named projects with their aliases and contract numbers (RECORD.md, "Projects").

A project is a quoted name right after a project word in any case form ("projekta „…”
ietvaros", "ESF projekts “…”", "īsteno projektu "…""). A quoted name after anything else
(a programme, a festival, an organisation, a contest: "projektu konkurss „…”") is not taken, nor
an unquoted capitals word after a project word that is itself in capitals (a heading). Around the name: an alias in the
parentheses that follow ("(*Labour Plus*, www…)"), a short name before a dash in the name
("PRIME – …"), and a contract or agreement number in the same sentence. The same project
mentioned twice is one entry, also when named alone by the other's alias ("“PuMPuRS”" beside
"“Atbalsts …” (PuMPuRS)") or first cut at the closing quote of a name inside it. The words are data
(data/projects.toml).

Also: a name that quotes another inside it (“Biedrības “Pedvāle” telpas”, quoted.quoted_after); an
unquoted name from a capital letter to "ietvaros" ("ESF projekta Droša vide ietvaros"); the
quoted names opening the items of a list under "… šādi projekti:" (listed_names.listed_names); a programme's code
before the name ("projekta LLI - 425 „…”"); the other quoted name after "/" or "jeb" as an alias.
One project spelt two ways (the same words' stems) is one entry. Not: a name the text gives an organisation
right after its noun ("centrā “Bāze”", org_named.py); a draft document
("noteikumu projekts „Grozījumi …”"), nor a programme part's quoted name before the project word
("pamatdarbības „…” projekts"). A project card: a heading line "Nr. 4.3.3.2/1/24/I/002 „…”", or the
page's headline when field labels follow it ("Projekta īstenotājs:"; data/projects.toml [cards]).
After a project's number, a name whose opening quote was left out ("projekta Nr. 12-34 Ceļu
atjaunošana Ozolos” ietvaros"); in a list under a projects heading, an unquoted name with its sum
("• Skolas jumta nomaiņa (Ls 48 000 …)", listed_names.listed_names), and the title between who got a sum
and the sum ("• Ozolu biedrība – Tērpu iegāde – 895 EUR;", summed_item.py);
an unquoted title after a singular project word, closed by a relative clause or by a dash before its
capitals short name ("projektā Senioru prasmes … – SENDIG (…)", unquoted_title.py); an unquoted name in another language ("projekta BlueRoad ietvaros", foreign_name.py), or a coined
one before the project word ("MeadowCare 2.0 projekta partneri", foreign_before.py; a phrase of a few words,
"Coastal Heritage II projekta partneri", foreign_phrase_before.py); a name that opens
with a programme's word in a sentence of projects ("projekti – LIFE Ūdri, LIFE Putni", prefixed_name.py); a list item's
name with who handed it in, quoted or in brackets after an unquoted one (submitter_item.py), or with
its applicant before it and its aim after it (aimed_item.py); a name
quoted after an application's noun in a sentence of projects ("projektu konkursā ar pieteikumu „…”",
application_named.py); a title in capitals alone on the line below a sentence closed by "projekts"
(caps_line.py).
The entries and their merging (Entries.add as a name comes, Entries.merge_mentions once all are in), and the contract read around a name: collect.py; the names after a
project word: after_word.py; a fact sheet's fields: fields.py; the words: config.py.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import chain

from ...document import Document
from ...latvian.lemmas import stem
from ...record import Record
from ..related_list import related_start
from .acronym_field import acronym_fields
from .aimed_item import aimed_items
from .application_named import application_named
from .after_word import names_after_words
from .called import called_a_project, dash_called
from .caps_line import capitals_below
from .card_headline import card_headline, headline_alias
from .collect import _clean, _loose_key, _tight_code, Entries
from .config import config, is_owner, role_after as _role_after
from .dash_item import dash_named_items
from .inline_list import inline_items
from .dash_joined import joined_dash
from .fields import field_names
from .foreign_before import foreign_before
from .foreign_phrase_before import foreign_phrase_before
from .foreign_name import foreign_named
from .plural_named import plural_named
from .prefixed_name import prefixed_names
from .contract_title import contract_titles
from .labelled_name import bare_named, labelled_names
from .number_line import attach_contract_lines, attach_lone_number
from .org_named import organisation_names
from .owner_named import masculine_genitive, owner_named
from .patterns import FOLLOWING, GLUED_NUMBER, NAME_BEFORE_WORD, NUMBERED_PREVIOUS_WORD, PREVIOUS_WORD, QUOTED_WITH_STATUS
from .programme_called import programme_called_project
from .funder_quoted import after_programme, names_a_funder
from .listed_names import listed_names, pronoun_listed
from .run_on import drop_run_on
from .short_item import short_alias
from .submitter_item import bracketed_items, submitter_items
from .table_column import tables


@lru_cache(maxsize=1)
def _not_loose_keys() -> frozenset[tuple[str, ...]]:
    """The loose keys (collect._loose_key) of [short_names] not_names, made once per process: they
    are data, and stemming their words again cost some 50 µs a document."""
    return frozenset(_loose_key(name) for name in config().not_names)


def extract(doc: Document, record: Record) -> None:
    c = config()
    project_stems, quotes, not_names, drafts, list_heads, owners, owner_exact, fund_heads = (
        c.project_stems, c.quotes, c.not_names, c.drafts, c.list_heads, c.owners, c.owner_exact, c.fund_heads)
    not_loose = _not_loose_keys()
    text = doc.text
    entries = Entries(doc)
    projects = entries.projects
    add = entries.add
    names_after_words(doc, entries)
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
        if (is_owner(owner, owners, owner_exact) or following["quote"] or _role_after(m["word"], following["word"])):
            continue
        # (past a dash only what was done within the project: "Ieviests “Zaļā skola” – projekta ietvaros
        # saņemti datori"; not an account of the name, "izstāde “Mūsu mājas” – projekta noslēgums")
        if m["dash"] and following["word"].lower() != "ietvaros":
            continue
        name = _clean(m["name"])
        # (a programme in another case is still a programme: "“Eiropas Solidaritātes korpusa” projektiem")
        if name and name not in not_names and _loose_key(name) not in not_loose and not owner_named(name) \
                and not masculine_genitive(name):  # "“Ozolkalna ciema” projekts": the owner's
            add(name, m.start("name"), m.end("name"), [])
    for start, end in after_programme(doc, quotes):
        name = _clean(text[start:end])
        if name and name not in not_names:
            add(name, start, end, [])
    for start, end, code in chain(listed_names(text, quotes, list_heads), contract_titles(text, quotes),
                                  ((s, e, None) for s, e in plural_named(doc, quotes, not_names, fund_heads)),
                                  ((s, e, None) for s, e in pronoun_listed(doc, quotes, list_heads[0])),
                                  ((s, e, None) for s, e in called_a_project(doc)),
                                  ((s, e, None) for s, e in application_named(doc)),
                                  ((s, e, None) for s, e in dash_named_items(text, not_names)),
                                  ((s, e, None) for s, e in inline_items(text, not_names)),
                                  ((s, e, None) for s, e in foreign_named(doc, not_names, fund_heads)),
                                  ((s, e, None) for s, e in foreign_before(doc, not_names, fund_heads)),
                                  ((s, e, None) for s, e in foreign_phrase_before(doc, not_names, fund_heads)),
                                  ((s, e, None) for s, e in prefixed_names(doc, not_names)),
                                  ((s, e, None) for s, e in joined_dash(doc, not_names)),
                                  ((s, e, None) for s, e in submitter_items(text, quotes)), ((s, e, None) for s, e in labelled_names(text)),
                                  ((s, e, None) for s, e in aimed_items(text, quotes)), ((s, e, None) for s, e in bare_named(text)),
                                  ((s, e, None) for s, e in bracketed_items(text)),
                                  ((s, e, None) for s, e in capitals_below(doc, project_stems, list_heads[0], not_names)),
                                  ((s, e, None) for table in tables(text) for s, e in table.names)):
        name = _clean(text[start:end])
        if name and not owner_named(name):  # "• „… biedrības” projekts „…”": the owner opens the item
            # (a name opening with its short name and a colon carries it as its alias: "LIFE_ABC: …")
            project = add(name, start, end, short_alias(name, not_names))
            project.contract = project.contract or (_tight_code(code) if code else None)
    for start, end, alias in dash_called(doc):
        name = _clean(text[start:end])
        if name and name not in not_names:
            add(name, start, end, [alias] if alias else [])
    field_names(doc, entries)
    if not projects:  # (a programme the text calls "this project": with no other project to point to)
        for start, end in programme_called_project(doc, quotes):
            name = _clean(text[start:end])
            if name and name not in not_names and not names_a_funder(doc, start, end, not_names, fund_heads):
                add(name, start, end, [])
    headline = card_headline(text)
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
    # A card's short name field ("Abreviatūra: LIFE-IP …"): the one project's alias, else the name.
    for start, end in acronym_fields(text):
        short = _clean(text[start:end])
        if not short or short in not_names or len(projects) > 1:
            continue
        if projects:
            if short != projects[0].name and short not in projects[0].aliases:
                projects[0].aliases.append(short)
        else:
            add(short, start, end, [])
    entries.merge_mentions()
    # Below a list of other articles ("Saistītie raksti"), a project is another article's; a name the
    # text gives an organisation ("centrā “Bāze”") is that body's (org_named.py).
    organisations = organisation_names(text, quotes)
    projects[:] = [p for p in projects if p.span.start < related_start(doc) and _loose_key(p.name) not in organisations]
    attach_lone_number(text, projects, drafts)
    attach_contract_lines(text, projects)
    drop_run_on(projects)  # 'projekta "Zaļā nedēļa ietvaros …' beside „Zaļā nedēļa”
    record.projects.extend(projects)
