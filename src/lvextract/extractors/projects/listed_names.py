"""Quoted and bare project names opening the items of a list: under a heading with projects in the
plural and a colon ("Apstiprināti šādi projekti:"), or after "Tie ir:" (quoted names and how they
open and close: quoted.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import is_listed
from ...latvian.orthography import UPPER
from ...word_regex import alternation
from ..vocabulary import load
from .fielded_item import fielded_title
from .item_called import item_called_project
from .patterns import (BARE_NAME, CODE, ITEM_TAIL, LETTERS, LINE, LIST_ITEM, OWNER_QUOTED_AMOUNT,
                       OWNER_QUOTED_THEN_QUOTED, LAT_EUR, OWNER_LETTER, OWNER_THEN_QUOTED, WORDS_THEN_QUOTED,
                       LATVIAN_LETTERS, looks_foreign)
from .quoted import quoted_after
from .short_item import short_item
from .summed_item import has_sum, names_a_sum, owner_and_sum, summed_title


# A word of a list's heading, and a comma with the word that opens a relative clause after it.
WORD = re.compile(r"[^\W\d_]+")
RELATIVE_AFTER = re.compile(r",[ \t]*(?P<word>[^\W\d_]+)")
# A count in digits right before a word of the heading: "26 projektos".
COUNTED = re.compile(r"(?<![\w.,])\d{1,4}[ \t]+(?P<word>[^\W\d_]+)")


# (a list item "who – what – how much", "* Biedrība “Avots” – Datorkursi senioriem – 4 200 €": summed_item.py)
# A list item's programme code before a dash ("LLI-123 – …"), the name after it to the line's end, and
# a quoted item's owner in brackets closing its line ("“…” (biedrība “Ozols”)").
CODED_ITEM = re.compile(rf"[ \t]*(?P<code>(?:[{UPPER}]{{2,8}}-)*" + CODE + r")[ \t]+[–—-][ \t]+(?=\S)")
CODED_NAME = re.compile(rf"(?P<name>[{UPPER}][^\n]{{1,150}}?)[ \t.;,]*")
LINE_CLOSE = re.compile(r"[ \t]*[;.,]?[ \t]*")
OWNER_TAIL = re.compile(r"[ \t]*\([^()\n]{2,80}\)[ \t.;,]*")
# An item opened by its owner's quoted name, then the owner's kind and the project word before the
# project's quoted name: "• “Mēs Ozoliem” iedzīvotāju iniciatīvas grupas projekts “Soliņi parkā”" (the
# text after the first closing quote, up to the second opening one).
OWNER_KIND_PROJECT = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+){1,5}projekt[^\W\d_]*[ \t]+(?=[„“\"«])")
# An item that is an unquoted name and its sum, in a bracket or after a dash: "• Ozolu skolas jumta
# nomaiņa (Ls 48 000 kopējā summa (tai skaitā …))", "2. Parka apgaismojuma izbūve – 12 000 EUR;" (from a
# capital letter, at most sixteen words of letters and digits, a full stop only after a digit — "Liepu 2.
# vidusskola"; the bracket holds a digit and a currency word).
NAME_THEN_SUM = re.compile(rf"(?P<name>[{UPPER}][^\W_]*(?:(?:[ \t]+|(?<=\d)\.[ \t]+|[-–])[^\W_]+){{1,15}})[ \t]*"
                           r"(?:\((?=[^\n]*?\d)(?=[^\n]*?" + LAT_EUR + r")[^\n]*\)"
                           r"|[–—-][ \t]*(?:" + LAT_EUR + r"[ \t]*\d[\d \t.,]*\d|\d[\d \t.,]*[ \t]*" + LAT_EUR + r")\.?)"
                           r"[ \t]*[;.,]?[ \t]*$")
# (an item that opens with a society's or a company's legal form names who got the sum, not the project:
# "• Biedrība Ozols – 500 EUR")
LEGAL_FORM = re.compile(r"(?i:biedrīb|nodibināj|(?:sia|as|ik|z/s|zs)(?![^\W_]))")


def listed_names(text: str, quotes: dict[str, str], heads: tuple[set[str], set[str], set[str]]):
    """(start, end, number) of the project names that open the items of a list under a line that ends
    with projects in the plural (a place's two words may follow) and a colon ("Apstiprināti šādi projekti:" / "1. „Rotaļu
    laukums”, …" / "• Cycle4Climate"; not "Projekta aktivitātes:", whose items are events), or
    with "šādiem/sekojošiem projektiem" anywhere in it, or a count right before the plural word ("Latvijas
partneri piedalās 26 projektos, desmit no tiem …:") (a contest's line only with a granting participle:
    "Konkursā atbalstīti četri projekti:"): a quoted name, a name after its owner
    ("Biedrība “Avots”, “Sargi sevi pats!”;", "IIG “Rožupieši” “Izjūti ģimenes spēku!” EUR 537", "vecāku IG
    “Aud, māsiņ!” EUR 500"), or a
    bulleted short name that is the whole item (closed by a semicolon or a full stop only when it is in
    another language: "• Green Schools Together;"; under a granted or handed-in heading a Latvian title
    of up to sixteen words: "- Ciema peldvietas uzlabošana un sporta zonas atjaunošana."), or a name in
    another language before a spaced dash and what the project is about ("• Light in the Dark – tūrisma
    veicināšana piekrastē;"), or an unquoted title before a project's field on the item's line ("• Zaļā
    pilsēta (LLI-123, GREEN) Ilgums: …", fielded_item.py). A line closed by a count, the plural word
    and a full stop heads a list too ("Pašvaldība iesniegusi 3 projektus." over "1. “A” – …").
    One pass over the lines; blank lines inside the list are allowed, any other line ends it, and so
    does an item of the heading's own kind where the heading is itself an item ("• Divi projekti:" /
    "1. „A”" / "• Atklātais konkurss „B”": the last a sibling of the heading, none of its items)."""
    in_list = False
    summed_only = False  # a heading of granting alone, "Finansējumu saņēma:": only items with their sums
    summed_list = False  # an item above closed with its sum
    text_end = len(text.rstrip())  # (an item there may be cut off by the page's end)
    granted_head = False  # the heading says the projects were granted: its items are titles, no kinds
    heading_item = None  # (indent, marker) of a heading that is itself a list item
    for line in LINE.finditer(text):
        body = line.group()
        if not body.strip():
            continue
        item = LIST_ITEM.match(body)
        if in_list and item and heading_item and _sibling(item.group(), heading_item):
            in_list = False
        # (an item without a bullet: a line that is a quoted name and its owner in brackets,
        # "“Zaļā sēta” (biedrība “Ozols”)", or a programme's code and a name, "LLI-123 – Zaļie ceļi")
        # (who, what and how much on an unbulleted line: "Ozolu biedrība – Tērpu iegāde – 895 EUR;")
        summed = summed_title(body, item.end() if item else 0) if in_list else None
        if summed:
            summed_list = True
            yield line.start() + summed[0], line.start() + summed[1], None
            continue
        if in_list and summed_only:
            if not has_sum(body, item.end() if item else 0):
                in_list = summed_only = False
            continue
        if in_list and item and summed_list and line.end() >= text_end and not names_a_sum(body):
            continue  # "• Liepu V": the list's last item, its sum cut off with the page
        if in_list and not item:
            opening = quoted_after(text, line.start() + len(body) - len(body.lstrip()), quotes)
            # (or a quoted name that is the whole line: "„Zaļā skola”;")
            if opening and (OWNER_TAIL.fullmatch(text, opening[1] + 1, line.end())
                            or LINE_CLOSE.fullmatch(text, opening[1] + 1, line.end())):
                yield opening[0], opening[1], None
                continue
            # (or its owner, a spaced dash and the quoted name closing the line: "Biedrība “Ozols” –
            # “Soliņi parkā”;", "Ozolu draudze – “Gaišs logs”.")
            owned = _owner_dash_quoted(text, line.start(), line.end(), quotes)
            if owned:
                yield owned[0], owned[1], None
                continue
        # (a strand's heading inside the list, closed by the project word: "LIFE Daba un bioloģiskā
        # daudzveidība (NAT) projekti" — the items under it are still the list's)
        if in_list and not item and SUBHEADING.fullmatch(body):
            continue
        # "• LLI-123 – Zaļie ceļi", with a bullet or none: the code is the project's number, the rest its name.
        coded = CODED_ITEM.match(body, item.end() if item else 0) if in_list else None
        if coded:
            named = quoted_after(text, line.start() + coded.end(), quotes)
            bare = None if named else CODED_NAME.fullmatch(body, coded.end())
            if named:
                yield named[0], named[1], coded["code"]
            elif bare:
                yield line.start() + bare.start("name"), line.start() + bare.end("name"), coded["code"]
            continue
        if in_list and item:
            # (an item opening with its quoted name, then its applicant and sum: „…”, iesniedzējs – biedrība „…”, …)
            first = quoted_after(text, line.start() + item.end(), quotes)
            if first and text[first[1] + 1:first[1] + 2] == ",":
                yield first[0], first[1], None
                continue
            summed = NAME_THEN_SUM.fullmatch(body, item.end())
            # (not who got the sum: "• Biedrība Ozols – 500 EUR", "• Liepu sporta klubs – 500 EUR")
            if summed and not re.fullmatch(LAT_EUR, summed["name"].split()[0]) and not LEGAL_FORM.match(summed["name"]) \
                    and not owner_and_sum(summed["name"]):
                summed_list = True
                yield line.start() + summed.start("name"), line.start() + summed.end("name"), None
                continue
            quoted = quoted_after(text, line.start() + item.end(), quotes)
            words_quoted = None if quoted else WORDS_THEN_QUOTED.fullmatch(body, item.end())
            owned = None if quoted or words_quoted else OWNER_THEN_QUOTED.match(body, item.end())
            owned = owned if owned and OWNER_LETTER.search(owned["owner"]) else None
            owned = owned and quoted_after(text, line.start() + owned.end(), quotes)
            named_owner = None if quoted or words_quoted or owned else (
                OWNER_QUOTED_THEN_QUOTED.match(body, item.end()) or OWNER_QUOTED_AMOUNT.match(body, item.end()))
            named_owner = named_owner and quoted_after(text, line.start() + named_owner.end(), quotes)
            owner_kind = quoted and OWNER_KIND_PROJECT.match(text, quoted[1] + 1)
            project_named = owner_kind and quoted_after(text, owner_kind.end(), quotes)
            if project_named:  # the first quoted name is its owner's: the project's is the second
                yield project_named[0], project_named[1], None
            elif quoted:
                yield quoted[0], quoted[1], None
            elif words_quoted:
                yield line.start() + words_quoted.start("name"), line.start() + words_quoted.end("name"), None
            elif owned and ITEM_TAIL.fullmatch(text, owned[1] + 1, line.end()):
                yield owned[0], owned[1], None
            elif named_owner:
                yield named_owner[0], named_owner[1], None
            elif (called := item_called_project(body, item.end())):
                yield line.start() + called[0], line.start() + called[1], None
            elif (short := short_item(body, item.end(), _not_names())):
                # "• LIFE_ABC: Kaņepju šķiedras pārstrāde": the short name and the title, one project
                yield line.start() + short.start("name"), line.start() + short.end("name"), None
            elif (fielded := fielded_title(body, item.end())):
                # "• Zaļā pilsēta (LLI-123, GREEN) Ilgums: …": a title before the project's fields
                yield line.start() + fielded.start("name"), line.start() + fielded.end("name"), None
            elif item.group().strip()[0].isdigit():
                # A numbered line is a sub-heading ("4. programmas mērķis – …") and yields none; under a
                # heading of granted projects it is a title of two words or more ("1. Ciema parka
                # labiekārtošana;", "2. Zaļā skola;"), as a bulleted one is.
                titled = GRANTED_TITLE.fullmatch(body, item.end()) if granted_head else None
                if titled and _long_enough_title(titled["name"]):
                    yield line.start() + titled.start("name"), line.start() + titled.end("name"), None
            else:
                # A bullet with a bare short name ("• Cycle4Climate", "• Succeed in Business");
                # a numbered line is a sub-heading ("4. programmas mērķis – …") and yields none.
                bare = BARE_NAME.fullmatch(body, item.end())
                # (an item closed by a semicolon or a full stop is as often a kind of project, "- Sporta
                # aktivitātes;": then only a name in another language, "• Green Schools Together;")
                # (under a heading of granted or carried-out projects, "Apstiprināti projekti:", a Latvian
                # title of two words or more is one project's: "– Mežu ekosistēmu atjaunošana Gaujas
                # baseinā;", "- Zaļā skola;" — the heading says they are projects, no kinds)
                if bare and body.rstrip()[-1:] in ";.," and (LATVIAN_LETTERS.search(bare["name"]) or not any(
                        looks_foreign(w) for w in bare["name"].split())) and not (granted_head and _long_enough_title(bare["name"])):
                    bare = None
                if bare is None and granted_head:
                    # (a longer Latvian title under it, the whole item: "- Ciema peldvietas teritorijas
                    # uzlabošana un sporta zonas atjaunošana.")
                    bare = GRANTED_TITLE.fullmatch(body, item.end())
                    bare = bare if bare and _long_enough_title(bare["name"]) else None
                if bare is None:
                    # "• Light in the Dark – tūrisma veicināšana piekrastē": a name in another language
                    # before a spaced dash and an account of it (the account is no part of it)
                    bare = FOREIGN_DASHED.fullmatch(body, item.end())
                    if bare and not _foreign_title(bare["name"]):
                        bare = None
                if bare:
                    yield line.start() + bare.start("name"), line.start() + bare.end("name"), None
            continue
        # The projects word ends the heading: "šādi projekti:", not "Projektus iesniedza šīs pašvaldības:".
        # (or a full stop closing a count and the plural word: "Pašvaldība iesniegusi 3 projektus." over
        # a numbered list of their quoted titles)
        plural, list_nouns, demonstratives, relatives = heads
        words = LETTERS.findall(body) if body.rstrip().endswith(":") or (
            (counted := _counted_close().search(body)) and counted["word"].lower() in plural) else []
        lowered = [w.lower() for w in words]
        # (a place may close it: "Finansējumu ieguvušie projekti Līvānu novadā:")
        # (a contest's line heads a list only where it says the projects were granted: "Konkursā
        # atbalstīti četri projekti:", not "Konkursa prioritātes projektiem:")
        # (not where the line closes with the fields the projects may be in: "atbalstīt projektus šādās
        # jomās:" lists areas, [lists] areas)
        in_list = bool(words) and ((("konkurs" not in body.lower() or any(map(granted, lowered))) and (
            any(w in plural for w in lowered[-3:]) and lowered[-1] not in _areas() or (len(words) > 1 and lowered[-1] in list_nouns and lowered[-2] == "projektu")))
            # "… nolēma atbalstīt sekojošiem projektiem, no … finansējuma:": said anywhere in the line
            or any(a in demonstratives and b in plural for a, b in zip(lowered, lowered[1:]))
            # "Latvijas partneri piedalās 26 projektos, desmit no tiem … lomu:": a count before the plural word
            or any(m["word"].lower() in plural for m in COUNTED.finditer(body))
            # "… iesniegtie projekti, kam pietika plānotā finansējuma:": the plural word before a relative clause
            or any(RELATIVE_AFTER.match(body, m.end()) and m.group().lower() in plural and (
                RELATIVE_AFTER.match(body, m.end())["word"].lower() in relatives) for m in WORD.finditer(body)))
        granted_head = in_list and any(map(granted, lowered))
        # (a short heading of granting alone, no project word: "Finansējumu saņēma:", "Atbalstu ieguva:")
        summed_only = not in_list and 0 < len(words) <= 3 and any(w in _granted_finite() for w in lowered)
        in_list = in_list or summed_only
        summed_list = False
        heading_item = _item_marker(item.group()) if in_list and item else None


# A granted list's item that is a title of two to sixteen words of letters and digits, from a capital
# letter; a comma may stand before a word ("… uzstādīšana Ozolu un Liepu ciemos, Priežu novadā"), a word
# inside it may be an ordinal or a short abbreviation with its full stop ("Sēta uz 19. gs. beigu laiku
# Ozolos") and the last word may be a quoted name ("Aprīkojuma iegāde sociālās aprūpes centram “Ozoli”";
# a name quoted before other words, "Biedrības „Upe” projekts „…”", is an owner's, read elsewhere).
_INNER_WORD = r"(?:\d{1,4}\.|[^\W\d_]{1,3}\.|\w[\w\-]*)"
GRANTED_TITLE = re.compile(rf"(?P<name>[{UPPER}][\w\-]*(?:,?[ \t]+{_INNER_WORD}){{0,14}}(?:[ \t]+\w[\w\-]*|[ \t]+[„“\"«][^„“”\"«»\n]{{1,60}}[”“\"»]))[ \t]*[;.,]?[ \t]*")
# An item that is a short name, a spaced dash and an account of the project.
FOREIGN_DASHED = re.compile(rf"(?P<name>[{UPPER}][\w+&'’\-]*(?:[ \t]+[\w+&'’\-]+){{0,5}})[ \t]+[–—-][ \t]+[^\W\d_][^\n]*")


def _long_enough_title(name: str) -> bool:
    """Whether a Latvian item under a granted heading is long enough to be a title: three words or
    more, or two whose last is no plural noun ("Zaļā skola", not the kind "Sporta aktivitātes")."""
    words = name.split()
    return len(words) >= 3 or (len(words) == 2 and not words[1].lower().endswith(_kind_endings()))


@lru_cache(maxsize=1)
def _counted_close() -> re.Pattern:
    """A count in digits or words ([lists] count_words) and a word closing the line with a full stop:
    "… iesniegusi 3 projektus.", "… trīs projektus."."""
    words = alternation(load("projects")["lists"]["count_words"])
    return re.compile(r"(?<![\w.,])(?:\d{1,4}|(?i:" + words + r"))[ \t]+(?P<word>[^\W\d_]+)[ \t]*\.[ \t]*$")


@lru_cache(maxsize=1)
def _kind_endings() -> tuple[str, ...]:
    return tuple(load("projects")["lists"]["kind_plural_endings"])


def _foreign_title(name: str) -> bool:
    """Whether a short name is in another language: no Latvian letter, no word of four letters or more
    that the Latvian lexicon lists ("Sagaidot Latvijas simtgadi" is a Latvian task's), and a word that
    looks like no Latvian word ("Light in the Dark", "RESIST") or every word of two or more
    capitalised, as English titles are ("Access Routes"; a Latvian name capitalises its first word only)."""
    words = name.split()
    return not LATVIAN_LETTERS.search(name) and not any(len(w) >= 4 and is_listed(w) for w in words) and (
        any(looks_foreign(w) for w in words) or (len(words) > 1 and all(w[:1].isupper() for w in words)))


# A line of a few words, no sentence's punctuation, closed by the project word (no colon): a sub-heading.
SUBHEADING = re.compile(r"[ \t]*(?:[^\W\d_][^\n.!?:;]{2,100}?)[ \t]+[Pp]rojekt[^\W\d_]*[ \t]*")


@lru_cache(maxsize=1)
def _not_names() -> set[str]:
    return set(load("projects")["short_names"]["not_names"])


def _item_marker(item: str) -> tuple[int, str]:
    """A list item's indent and its marker's kind: a bullet's character, or "1" for a number."""
    marker = item.strip()
    return len(item) - len(item.lstrip()), "1" if marker[:1].isdigit() else marker[:1]


def _sibling(item: str, heading: tuple[int, str]) -> bool:
    """Whether an item is of the heading item's kind and no deeper than it."""
    indent, kind = _item_marker(item)
    return kind == heading[1] and indent <= heading[0]


# A spaced dash inside a list item's line, before an opening quote.
SPACED_DASH_QUOTE = re.compile(r"[ \t][–—-][ \t]+(?=[„“\"«])")
CLOSING_TAIL = re.compile(r"[ \t]*[;.,]?[ \t]*$")


def _owner_dash_quoted(text: str, start: int, end: int, quotes: dict[str, str]) -> tuple[int, int] | None:
    """(start, end) of the quoted name after the first spaced dash of the line [start, end) whose quote
    closes the line (a semicolon or a full stop may follow), with words before the dash: an unbulleted
    list item "Biedrība “Ozols” – “Soliņi parkā”;" (the name may hold a dash: "“Ūdens – dzīvība”")."""
    dash = SPACED_DASH_QUOTE.search(text, start, end)
    if dash is None or not LETTERS.search(text, start, dash.start()):
        return None
    named = quoted_after(text, dash.end(), quotes)
    if named and named[1] < end and CLOSING_TAIL.fullmatch(text, named[1] + 1, end):
        return named
    return None


@lru_cache(maxsize=1)
def _granted_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """[lists] granted: the stems and the participle endings of a granted-list heading."""
    lists = load("projects")["lists"]
    return tuple(lists["granted"]), tuple(lists["granted_endings"])


@lru_cache(maxsize=1)
def _granted_finite() -> frozenset[str]:
    return frozenset(load("projects")["lists"]["granted_finite"])


def granted(word: str) -> bool:
    """Whether a lower-cased word is a participle that says projects were granted ("atbalstīti",
    "apstiprinātie"): a `[lists] granted` stem with a participle's ending; or a finite verb that says
    so ("Dome atbalstīja šādus projektus:", "Finansējumu saņēma projekti:", [lists] granted_finite)."""
    stems, endings = _granted_words()
    return word.startswith(stems) and word.endswith(endings) or word in _granted_finite()


# The next item: a comma and up to three words (not a relative clause's: "kurā …") before a quote.
NEXT_ITEM = re.compile(r"(?:,[ \t]*(?:un[ \t]+)?|[ \t]+un[ \t]+)(?P<words>(?:[^\W\d_]+[ \t]+){0,3})(?=[„“\"«])")


@lru_cache(maxsize=1)
def _pronoun_list() -> tuple[re.Pattern, re.Pattern]:
    """"Tie ir:" opening a sentence, and the relative words that open no item (data/projects.toml
    [pronoun_list])."""
    data = load("projects")["pronoun_list"]
    alternation = lambda words: "|".join(map(re.escape, words))  # noqa: E731
    head = re.compile(r"[ \t]*(?:" + alternation(data["pronouns"]) + r")[ \t]+(?:" + alternation(data["verbs"]) + r")[ \t]*:[ \t]*")
    return head, re.compile(r"(?:" + alternation(data["relatives"]) + r")", re.IGNORECASE)


def pronoun_listed(doc: Document, quotes: dict[str, str], plural_words: set[str]):
    """(start, end) of the quoted names opening the items of a list said with "Tie ir:" after a
    sentence with projects in the plural: "Trim projektiem piešķirts atbalsts. Tie ir: “A”, kurā …,
    vecāku skola “B”, … un projekts “C”"."""
    text = doc.text
    pronoun_list, relative = _pronoun_list()
    for previous, sentence in zip(doc.sentences, doc.sentences[1:]):
        head = pronoun_list.match(text, sentence.start)
        if head is None or not any(t.text.lower() in plural_words for t in previous.tokens):
            continue
        first = quoted_after(text, head.end(), quotes)
        if first is not None:
            yield first
        for item in NEXT_ITEM.finditer(text, head.end(), sentence.end):
            if item["words"] and relative.match(item["words"]):
                continue
            quoted = quoted_after(text, item.end(), quotes)
            if quoted is not None and quoted[1] <= sentence.end:
                yield quoted


@lru_cache(maxsize=1)
def _areas() -> frozenset[str]:
    """[lists] areas: the words closing a heading that lists the fields of projects, not projects."""
    return frozenset(w.lower() for w in load("projects")["lists"]["areas"])
