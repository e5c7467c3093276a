"""Quoted project names: where a quotation opens and closes (names may quote names), the
quoted names chained after one, the names opening the items of a list, a card's headline."""
from __future__ import annotations

import re
from itertools import islice

from .patterns import BARE_NAME, CARD_YEAR, LETTERS, LINE, LIST_ITEM, MAX_NAME, PAREN, WORDS_THEN_QUOTED


def _opens(text: str, i: int, quotes: dict[str, str]) -> bool:
    """Whether the quote at `i` opens a quotation: it starts a word ("projekts “Biedrības
    “Pedvāle” telpas”": the second “ opens, the ” after Pedvāle closes)."""
    return (text[i] in quotes and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([")
            and text[i + 1:i + 2].isalnum())


def quoted_after(text: str, pos: int, quotes: dict[str, str]) -> tuple[int, int] | None:
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


# The next item of a list of quoted names: a comma or "un", then the quote.
NEXT_QUOTED = re.compile(r"[ \t]*(?:,[ \t]*(?:un[ \t]+|kā arī[ \t]+)?|un[ \t]+)(?=[\"'„“«])")


def chained(text: str, close: int, quotes: dict[str, str], limit: int):
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
        quoted = quoted_after(text, joint.end(), quotes)
        if quoted is None or quoted[1] > limit:
            return
        yield quoted
        close = quoted[1]


# A list item "who – what – how much": "* Biedrība “Avots” – Datorkursi senioriem – 4 200 €". The
# middle field is the project's name (a quote in the first one names the organisation).
OWNER_NAME_AMOUNT = re.compile(r"[^–—\n]+?[ \t][–—-][ \t]+(?P<name>[^–—\n]{3,150}?)[ \t]+[–—-][ \t]*"
                               r"\d[\d \t.,]*[ \t]*(?:€|EUR|euro|eiro|Ls|LVL|lati|latu)\.?[ \t]*$", re.I)


def listed_names(text: str, quotes: dict[str, str], heads: tuple[set[str], set[str]]):
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
            quoted = quoted_after(text, line.start() + item.end(), quotes)
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


def card_headline(text: str, fields: re.Pattern, lead: re.Pattern) -> tuple[int, int] | None:
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
