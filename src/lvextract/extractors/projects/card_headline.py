"""A project card's headline: the first line over a card's field labels or its aim line, or past a
page's furniture the first title-like line above the first label; a first line that opens with the
programme's code ("LLI-422, …") over any label is the title however long. O(the page's top lines): only the
first CARD_TOP non-empty lines are read."""
from __future__ import annotations

import re
from itertools import islice

from ...latvian.orthography import LOWER, UPPER
from .body_text import is_prose
from .config import config
from .patterns import CARD_YEAR, CODE, LETTERS, LINE


def card_headline(text: str) -> tuple[int, int] | None:
    """The headline's (start, end) (_headline, with the card's labels and furniture of projects.toml
    [cards] from config), without a capitals short name in brackets closing it: "Zaļie ceļi pierobežā
    (GREENWAY)" names the project "Zaļie ceļi pierobežā" (headline_alias)."""
    c = config()
    found = _headline(text, c.card_fields, c.card_lead, c.card_more_fields, c.card_furniture)
    if found is None:
        return None
    short = SHORT_AFTER.search(text, found[0], found[1])
    return (found[0], short.start()) if short and short.end() == found[1] and short.start() > found[0] else found


def headline_alias(text: str, headline: tuple[int, int]) -> list[str]:
    """The capitals short name in brackets right after a headline, as its alias: ["GREENWAY"]; or
    the short name opening it before a colon, one word with a capital or a digit inside:
    "MireLIFE: Purvu atjaunošana …" → ["MireLIFE"] (the name keeps it: the page's title whole); not
    a funder's or a programme's name ([short_names] not_names: "ERAF: …", "LIFE: …")."""
    short = SHORT_AFTER.match(text, headline[1])
    if short:
        return [short["short"]]
    lead = SHORT_BEFORE.match(text, headline[0], headline[1])
    return [lead["short"]] if lead and lead["short"] not in config().not_names else []


# A short name opening a headline before its colon, a capital or a digit inside it (an EU project's
# acronym): "MireLIFE: …", "Eco4Bay: …"; a plain capitalised word ("Projekts: …") is none.
SHORT_BEFORE = re.compile(rf"(?P<short>[{UPPER}](?=[\w+\-]*(?:[{LOWER}][{UPPER}0-9]|[{UPPER}]{{2}}))"
                          r"[\w+\-]{1,24}):[ \t]+\S")
# A capitals short name in brackets ending a headline's line: " (GREENWAY)", " (HOME)".
SHORT_AFTER = re.compile(rf"[ \t]*\((?P<short>[{UPPER}][{UPPER}0-9\-]{{1,11}})\)(?=[ \t]*(?:\n|$))")


def _headline(text: str, fields: re.Pattern, lead: re.Pattern, more_fields: re.Pattern,
              furniture: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a project card's headline: the first line of the text when one of the next
    three lines is a card's field label ("Projekta īstenotājs:", "PROJEKTA NUMURS") or the next line
    opens with the project's aim ("Projekta mērķis ir …": the page is the project's own), not a sentence.
    Failing that, a page that opens with furniture ("Drukāt", a weather line, a breadcrumb): the first
    title-like line (two words or more, from a letter or a quote; not a `furniture` line, "Viegli
    lasīt") among the lines before the first field label or aim line of the page's top
    (`more_fields` labels too: "Projekta īstenošanas laiks:"); above an aim line, only a quoted one."""
    lines = list(islice((m for m in LINE.finditer(text) if m.group().strip()), CARD_TOP))
    if len(lines) < 2:
        return None
    coded = _coded_headline(lines[:4], fields, lead, more_fields)
    if coded is not None:
        return coded
    # (a page that opens with furniture, "Drukāt", has its headline below it: looked for as below)
    opening = " ".join(lines[0].group().lower().split())
    found = None if opening in furniture else _first_line_headline(lines[:4], fields, lead)
    if found is not None:
        return found
    labelled = next((k for k, line in enumerate(lines) if k > 0 and (
        fields.match(line.group()) or more_fields.match(line.group()) or lead.match(line.group()))), None)
    if labelled is None:
        return None
    # (under the aim alone only a quoted headline, or one set in capitals: "uz augšu" / "Jaunumi arhīvs" /
    # "Projekta mērķis ir …" names none, "Projekti" / "ROTAĻU LAUKUMA IZVEIDE OZOLOS" / "Projekta mērķis ir …" one)
    quoted_only = bool(lead.match(lines[labelled].group()))
    # (a heading under the body's prose is a section's: "Pieejamais finansējums" in a call's page; a
    # long title the next line repeats is the page's title over its own heading, no prose)
    body = next((k for k, line in enumerate(lines[:labelled]) if is_prose(line.group())
                 and not _repeated_below(lines, k)), labelled)
    # (a page's path of sections parts the site's furniture from the page's own headline: "Atvērt teksta
    # versiju" / "Ozolu koncerts" / "Projekti › Realizētie projekti" / "Ozolu koncerts" / "Projekts ir
    # realizēts": the headline is looked for below the path)
    crumb = next((k + 1 for k in range(labelled - 1, 0, -1) if BREADCRUMB.search(lines[k].group())), 0)
    for k in range(max(0, labelled - CARD_GAP, crumb), min(labelled, body)):
        head, title = lines[k], lines[k].group().strip()
        if k and lines[k - 1].group().rstrip().endswith(":"):
            continue  # the value of the label above ("Iesniedzējs:" / "Ozolu novada dome"), no headline
        if quoted_only and not (title[0] in "„“\"«" and title[-1] in "”“\"»") and not _capitals_title(title) \
                and not (k == labelled - 1 and len(LONG_WORD.findall(title)) >= 3 and _first_title(lines[:k], furniture)):
            continue
        if _title_like(title) and " ".join(title.lower().split()) not in furniture and not institution(title) \
                and not (fields.match(head.group()) or more_fields.match(head.group())):
            title = CARD_YEAR.sub("", title)
            start = head.start() + head.group().index(title)
            if title[0] in "„“\"«" and title[-1] in "”“\"»":  # a quoted headline: the name inside
                return start + 1, start + len(title) - 1
            return start, start + len(title)
    return None


# How many lines of a page's top a card's fields are looked for in, and how far above the first
# one its headline may stand (furniture and an image caption between).
CARD_TOP = 8
CARD_GAP = 5
TITLE_START = re.compile(r"[^\W\d_]|[„“\"«]")


LONG_WORD = re.compile(r"[^\W\d_]{3,}")
# A field or a number is no headline: "Līgums Nr. EBF/2007-3", "Programma: Interreg VI-A"; nor a
# headline that speaks of a project ("Īstenots projekts par tērpu iegādi") or of a call for them
# ("Izsludināts jauniešu organizāciju konkurss"): it names none.
NOT_TITLE = re.compile(r":|/|\b[Nn]r\.|(?<!\w)projekt|(?<!\w)konkurs", re.I)


# A page's path of sections, not a headline: "Sākums / Projekti", "Pašvaldība » Projekti".
BREADCRUMB = re.compile(r"\s[/»>›→]\s")


def _first_title(above, furniture: frozenset[str]) -> bool:
    """Whether no line above is title-like (a rubric "Projekti", a breadcrumb, furniture only): the
    next line is the page's headline, and over the aim line it names the project ("Projekti" /
    "Kultūras nama skatuves aprīkojuma iegāde" / "Projekta mērķis ir …"; three words or more, so
    "Jaunumi arhīvs" stays furniture)."""
    return not any(_title_like(t) and " ".join(t.lower().split()) not in furniture and not institution(t)
                   for t in (line.group().strip() for line in above))


def _capitals_title(title: str) -> bool:
    """A heading set in capitals, three words or more of three letters: "ROTAĻU LAUKUMA IZVEIDE OZOLOS"."""
    return len(LONG_WORD.findall(title)) >= 3 and title.upper() == title and title.lower() != title


def institution(title: str) -> bool:
    """A page header naming the body that publishes it ("Ozolu novada pašvaldība", "Rīgas Valsts
    tehnikums"): its last word an institution's noun in the nominative, five words at most. It names
    the owner, never the project, even over the project's aim line."""
    words = LONG_WORD.findall(title)
    return 0 < len(title.split()) <= 5 and bool(words) and words[-1].lower() in config().card_institutions


def _repeated(title: str) -> bool:
    """Whether a line only repeats a few words ("km new km new km new"): furniture, not a title."""
    words = title.lower().split()
    return len(words) >= 4 and 2 * len(set(words)) <= len(words)


def _repeated_below(lines, k: int) -> bool:
    """Whether the next non-empty line repeats line k word for word (a page's title over its heading)."""
    return k + 1 < len(lines) and " ".join(lines[k].group().split()) == " ".join(lines[k + 1].group().split())


def _title_like(title: str) -> bool:
    """Two words or more of three letters, from a letter or a quote, no label's colon, no number
    sign, not a sentence ("A- A A+", "Foto" and "Līgums Nr. …" are not), set apart by spaces."""
    return (bool(TITLE_START.match(title)) and len(LONG_WORD.findall(title)) >= 2 and len(title) <= 150
            and not title.endswith(".") and not NOT_TITLE.search(title) and not _repeated(title)
            # (an image's caption: "elfla logo")
            and title.split()[-1].lower() not in config().card_caption_ends
            # (one token of words joined by "-" or "_" is an image's or a file's name: "mana-avize-baneri_")
            and any(ch.isspace() for ch in title))


def _first_line_headline(lines, fields: re.Pattern, lead: re.Pattern) -> tuple[int, int] | None:
    if len(lines) < 2:
        return None
    head = lines[0]
    title = head.group().strip()
    if not (any(fields.match(line.group()) for line in lines[1:]) or lead.match(lines[1].group())) or title.endswith((".", ":")) or len(title) > 150 \
            or fields.match(head.group()) or not LETTERS.search(title) or institution(title) or BREADCRUMB.search(title):
        return None
    # (a headline closed by a plural project word names a kind of projects, not one: "Jauniešu
    # apmaiņas projekti" over "Projekta mērķis ir …" is the programme's page)
    if title.split()[-1].lower() in config().list_heads[0]:
        return None
    if _repeated(title):
        # a logo's words repeated atop the page ("km new km new km new"): the headline is the
        # title-like line right above the first field label
        field = next((k for k, line in enumerate(lines) if k and fields.match(line.group())), None)
        if not field or field < 2 or not _title_like(lines[field - 1].group().strip()):
            return None
        head = lines[field - 1]
        title = head.group().strip()
    # (a contest's year after the name is no part of it: "Rotaļu stūrītis (2022)")
    title = CARD_YEAR.sub("", title)
    start = head.start() + head.group().index(title)
    return start, start + len(title)


# A page's first line that opens with the programme's code, then the name: "LLI-422, Ģimenei
# draudzīgas bibliotēkas izveide … (HOME)"; a capitals short name in brackets closing the line is
# the name's alias, not part of it.
CODED_LINE = re.compile(rf"[ \t]*(?:[{UPPER}]{{2,8}}-)*" + CODE + rf"[ \t]*[,:–—-][ \t]+(?P<name>[{UPPER}„“\"«][^\n]{{10,300}}?)"
                        rf"(?:[ \t]*\([{UPPER}0-9\-]{{2,12}}\))?[ \t]*$")


def _coded_headline(lines, fields: re.Pattern, lead: re.Pattern, more_fields: re.Pattern):
    """(start, end) of the name in a first line that opens with a programme's code, when one of the
    next three lines is a card's field label or aim line ("Projekta mērķis: …", "ERAF finansējums:"):
    such a line is the project's title however long ("LLI-422, … attīstībā Ludzas novadā, … (HOME)")."""
    coded = CODED_LINE.fullmatch(lines[0].group())
    if coded is None or coded["name"].rstrip().endswith((".", ":")):
        return None
    labels = [fields, lead, more_fields]
    if not any(pattern.match(line.group()) for line in lines[1:4] for pattern in labels):
        return None
    return lines[0].start() + coded.start("name"), lines[0].start() + coded.end("name")
