"""Regions of the page that decide a mention by where it stands: a site's menu lines (skipped)
and target lists after a header such as "Mērķauditorija ir:" (every head noun counts)."""
from __future__ import annotations

import re

from ...latvian.orthography import UPPER
from ...word_regex import gated_finditer

MENU_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
# "Bezdarbniekiem | Darba devējiem", breadcrumbs "Sākums / Pakalpojumi / Senioriem", "Projekti › Erasmus+":
# each separator with the characters a line must hold for it to split there (a line holding none is
# one item, no menu: its split is spared).
MENU_SEPARATORS = ((re.compile(r"\|"), ("|",)), (re.compile(r"\s/\s"), ("/",)), (re.compile(r"[›»]"), ("›", "»")))
TEXT_LINE = re.compile(r"[^\n]+")
DIGIT = re.compile(r"\d")


def menu_regions(text: str, min_items: int, max_item_words: int, header: re.Pattern) -> list[tuple[int, int]]:
    """Lines of a site's menu or breadcrumb: several short items split by "|", " / " or "›"
    ("Bezdarbniekiem | Darba devējiem | Jauniešiem | Kontakti"), or a line of links only. They name the site's sections, not the groups a text serves.
    A table row is no menu: it starts with "|", holds numbers, or names the target group.
    The header is looked for only in a line that is a menu otherwise: searching every line for it
    cost as much as a scan of the whole text, for the few lines that are menus."""
    regions = []
    for line in TEXT_LINE.finditer(text):
        body = line.group().strip()
        if body.startswith("|") or DIGIT.search(body):
            continue
        if _menu_line(body, min_items, max_item_words) and not header.search(body):
            regions.append((line.start(), line.end()))
    return regions


def _menu_line(body: str, min_items: int, max_item_words: int) -> bool:
    """Whether a line (stripped, no table row, no digit) reads as a menu: links only, each short, or
    several short items between one kind of separator."""
    # Markdown menus: a line of links only ("* [Jauniešiem](/jauniesiem/)") is one or more items.
    links = MENU_LINK.findall(body)
    if links and not MENU_LINK.sub("", body).strip(" *-•·|"):
        return all(len(text.split()) <= max_item_words for text in links)
    for separator, marks in MENU_SEPARATORS:
        if min_items > 1 and not any(mark in body for mark in marks):
            continue  # one item only
        sizes = [len(item.split()) for item in separator.split(body)]
        # Short items, none empty inside the line ("a || b" is no menu; "| a | b |" is a table).
        if len(sizes) >= min_items and max(sizes) <= max_item_words and min(sizes[1:-1]) > 0:
            return True
    return False


NEXT_LABEL = re.compile(r"(?<=\s)[" + UPPER + r"][^\W\d_]+:")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
# A sentence closed inside a line: a stop before a capital letter, not an initial's ("A. Kalns") nor
# a number's ("5.-9. klašu", "1. vidusskolas" go on in lower case anyway).
SENTENCE_CLOSE = re.compile(rf"(?<![\s(][{UPPER}])(?<!\d)[.!?](?=[ \t]+[\"„“«]?[{UPPER}])")
LINE = re.compile(r"[^\n]*\n?")
# A list line's bullet: a dash or a dot, a number, or a letter closed by its bracket ("a) Skolēni un
# jaunieši", as a project card lists its target groups).
LIST_BULLET = re.compile(r"[-–—•*·]|\d+[.)]|[a-zA-Z]\)")


def list_regions(text: str, header: re.Pattern, awards: re.Pattern | None = None) -> list[tuple[int, int]]:
    """Text after "Mērķauditorija ir:" — the rest of its line or, when that is empty, the next
    line, and the list lines ("- …", "• …", "1) …") that follow; at least the rest of the
    header's sentence, which a hard-wrapped text carries over several lines. Not after a header
    whose line speaks of an award ("Uz apbalvojumu var pretendēt:"): those listed are nominees."""
    regions = []
    # (the scan skipped on a text without the words every header needs: a third of the pages)
    for m in gated_finditer(header, text):
        if awards is not None and awards.search(text, text.rfind("\n", 0, m.start()) + 1, m.end()):
            continue
        line_end = text.find("\n", m.end())
        end = header_line_end = len(text) if line_end < 0 else line_end
        needs_line = not text[m.end():end].strip()
        in_item = False
        # (the lines read in place from the header's line end: no copy of the rest of the text)
        for line in LINE.finditer(text, end):
            body = line.group().strip()
            if not line.group():
                break
            item = bool(LIST_BULLET.match(body))
            # an item hard-wrapped onto an indented line goes on ("• jaunieši ar …,\n  parādnieki);")
            if body and not needs_line and not item and not (in_item and line.group()[:1] in " \t"):
                break
            in_item = item or (in_item and bool(body))
            needs_line = needs_line and not body
            end += line.end() - line.start()
        # In running or hard-wrapped text the list is the rest of the header's sentence.
        sentence_end = SENTENCE_END.search(text, m.end())
        region_end = max(end, sentence_end.end() if sentence_end else len(text))
        # A header said as a sentence ("Projekta mērķauditorija ir … locekļi.", no colon) in a
        # paragraph written on one line: the list is that sentence, not the paragraph's later
        # sentences ("… Projektu īstenos biedrības sociālie darbinieki.").
        rest = text[m.end():header_line_end].strip()
        if rest and not rest.startswith(":") and not m.group().rstrip().endswith(":"):
            closed = SENTENCE_CLOSE.search(text, m.end(), header_line_end)
            region_end = closed.end() if closed else region_end
        # A label that names the list before its own colon ("Dalībnieki 8.a klases skolēni: Anna …,
        # Jānis … Skolotāji: Ilze …"): the list ends where the line's next label opens.
        colon = text.find(":", m.end(), end)
        if not m.group().rstrip().endswith(":") and colon >= 0:
            label = NEXT_LABEL.search(text, colon + 1, region_end)
            region_end = label.start() if label else region_end
        regions.append((m.end(), region_end))
    return regions
