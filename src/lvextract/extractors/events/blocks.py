"""The text's blocks around a date: flattened table rows and their captions, list items and the
line that heads their list, the heading above a block of "Label: …" lines, section headings.
Each line is looked at once per document (memoized on the document)."""
from __future__ import annotations

import re

from ...document import Document
from ...layout import ends_open, layout, lines_from
from ...record import DateMention
from ...temporal.date_patterns import CLOCK_WORD
from .lexicon import NON_SPACE
from .offsets import any_between


# How many lines back a list item looks for the line that introduces its list.
LONGEST_LIST = 40
LIST_ITEM = re.compile(r"^[ \t]*(?:[•\-–—*·▪●◦]|\d{1,2}[.)](?=\s+\D))")
# A list item's marker, a date after it too ("1) 19.-20.02.2015. …"): only to tell nested lists apart.
MARKER = re.compile(r"[ \t]*(?:[•\-–—*·▪●◦]|\d{1,2}[.)])(?=\s)")
# A heading is short: a poster's day heading is the date, its weekday and emphasis.
LONGEST_HEADING = 120


def table_row(doc: Document, offset: int) -> tuple[int, int] | None:
    """The line holding `offset` when it is a row of a table flattened to text ("| … | … |");
    each line is looked at once (a long line holding many dates is not rescanned per date)."""
    start, end = layout(doc).line_of(offset)
    memo = doc.derived("events.rows", lambda _doc: {})
    if start not in memo:
        memo[start] = _is_row_text(doc.text[start:end])
    return (start, end) if memo[start] else None


def _is_row_text(line: str) -> bool:
    """"| a | b | c |", or the same without the outer bars ("Pavārs | 960 | 19.09.2016.")."""
    line = line.strip()
    return line.count("|") >= 3 if line.startswith("|") else line.count(" | ") >= 2


def table_caption(doc: Document, row: tuple[int, int]) -> tuple[int, int] | None:
    """The line above a flattened table (its header rows and blank lines skipped). Each line
    is walked once per document: the rows passed on the way up share the answer."""
    text = doc.text
    memo = doc.derived("events.captions", lambda _doc: {})
    start, passed, found = row[0], [], None
    while start > 0:
        if start in memo:
            found = memo[start]
            break
        passed.append(start)
        line = layout(doc).line_of(start - 1)
        body = text[line[0]:line[1]].strip()
        if body and not body.startswith("|") and not _is_row_text(body):
            found = line
            break
        if line[0] >= start:
            break
        start = line[0]
    for offset in passed:
        memo[offset] = found
    return found


def is_list_line(text: str, line: tuple[int, int], date_starts: frozenset[int]) -> bool:
    """A bullet or numbered item, a line that opens with a date ("5. jūnijā 18.00 estrādē …"), or an
    item of a list told with semicolons ("Ogres baznīcā 3. maijā pulksten 15;")."""
    content = text[line[0]:min(line[1], line[0] + 200)]
    if LIST_ITEM.match(content) or _semicolon_item(text, line):
        return True
    lead = len(content) - len(content.lstrip())
    return line[0] + lead in date_starts


# A list may be told without bullets, each short line closing with a semicolon and the last with a
# full stop: such a line is an item as a bulleted one is (the last one by the semicolon above it).
SEMICOLON_ITEM = 160


def _semicolon_item(text: str, line: tuple[int, int]) -> bool:
    if line[1] - line[0] > SEMICOLON_ITEM:
        return False
    body = text[line[0]:line[1]].rstrip()
    if body.endswith(";"):
        return True
    if not body.endswith("."):
        return False
    # (a bounded look back: blank lines and the item above fit in it; a longer line is no item)
    above = text[max(0, line[0] - 2 * SEMICOLON_ITEM):line[0]].rstrip()
    return above.endswith(";") and above.rfind("\n") >= 0 and len(above) - above.rfind("\n") - 1 <= SEMICOLON_ITEM


def list_head(doc: Document, mention: DateMention, dates: frozenset[int]) -> tuple[int, int] | None:
    """The line introducing the list that holds the date: "Semināri notiks trīs pilsētās:"."""
    text = doc.text
    line = layout(doc).line_of(mention.span.start)
    if not is_list_line(text, line, dates):
        return None
    # The items of one list are alike: a day line ("2. jūlijā") under the bullets of another
    # list ("… koncerti:" / "* 18.00 - Strautiņos") is a day heading of its own, not their item.
    bullet = is_item(doc, line[0])
    marker = _marker(text, line)
    # A day heading ending in a colon over its own bullets ("14.03.2019.:" / "• plkst. 16.00, …") is a
    # group; the bullets of the group above are a sibling's, so the walk goes on past them to its
    # heading line, when that is a day heading of the same kind.
    grouped = not bullet and text[line[0]:line[1]].rstrip().endswith(":")
    in_sibling = False
    for _ in range(LONGEST_LIST):
        if line[0] == 0:
            break
        line = layout(doc).line_of(line[0] - 1)
        if NON_SPACE.search(text, line[0], min(line[1], line[0] + 200)) is None:
            continue
        if is_list_line(text, line, dates):
            if marker and _nested_head(text, line, marker):
                return line  # "1. … braucieni:" over "1) 19.-20.02.2015. …": an item heading a list of its own
            if is_item(doc, line[0]) != bullet:
                if not grouped:
                    return None
                in_sibling = True  # a sibling group's bullets: its day heading must come above
                continue
            if in_sibling and not text[line[0]:line[1]].rstrip().endswith(":"):
                return None
            in_sibling = False
            continue
        if in_sibling:
            return None
        return line if text[max(line[0], line[1] - 8):line[1]].rstrip().endswith(":") else None
    return None


def _marker(text: str, line: tuple[int, int]) -> str:
    """A list item's marker with its digits as "9" ("9)", "9.", "•"), or "" for no item."""
    m = MARKER.match(text, line[0], min(line[1], line[0] + 20))
    return re.sub(r"\d+", "9", m.group(0).strip()) if m else ""


def _nested_head(text: str, line: tuple[int, int], marker: str) -> bool:
    """An item numbered in another style ending in a colon heads a nested list ("1. … :" over "1) …").
    Only numbers: a bullet under a numbered rule ("3. Konkurss notiek posmos:" / "• iesniegšana: …")
    may be a stage of a call, not an occurrence."""
    other = _marker(text, line)
    return "9" in other and "9" in marker and other != marker and text[line[0]:line[1]].rstrip().endswith(":")


def is_item(doc: Document, offset: int) -> bool:
    """Whether the line holding `offset` is a bullet or numbered list item."""
    start = layout(doc).line_of(offset)[0]
    return bool(LIST_ITEM.match(doc.text[start:start + 20]))


def item_bounds(doc: Document, bounds: tuple[int, int], mention: DateMention,
                 dates: frozenset[int]) -> tuple[int, int]:
    """A list item's own line, when the tokenizer ran several items into one sentence."""
    line = layout(doc).line_of(mention.span.start)
    if is_list_line(doc.text, line, dates):
        return max(bounds[0], line[0]), min(bounds[1], _wrapped_end(doc, line, dates))
    return bounds


# A prose line hard-wrapped by an old site or a newspaper archive ("8. novembrī … zemnieku ballē" /
# "godināja laureātus."): a long line that closes no sentence, followed by a line that goes on in
# lower case, is one sentence, not a list item; a short day heading ("5. jūnijā" / "plkst. 10 …")
# keeps its line.
WRAPPED_LINE = 40
_GOES_ON = re.compile(rf"[ \t]*(?!{CLOCK_WORD})[a-zāčēģīķļņšūž]")


def _wrapped_end(doc: Document, line: tuple[int, int], dates: frozenset[int]) -> int:
    text, end = doc.text, line[1]
    for n in range(3):
        # only the day's own line ends the item by being short ("5. jūnijā"); a line it ran on
        # into ends it by closing the sentence ("… un" / "Sociālā dienesta vadītājs" / "apmeklēs …")
        if (_ends_prose_line(doc, line) if n == 0 else _read_once(doc, "closes", line, _closes)) or line[1] >= len(text):
            break
        above, line = line, layout(doc).line_of(line[1] + 1)
        # goes on in lower case, or after a word no sentence ends on ("… ministrs Ozoliņš un" /
        # "Valsts policijas priekšnieks apmeklēs …")
        if LIST_ITEM.match(text, line[0]) or not (_GOES_ON.match(text, line[0]) or _read_once(doc, "open", above, _open)) \
                or any_between(_ordered(doc, dates), line):
            break
        end = line[1]
    return end


def _ends_prose_line(doc: Document, line: tuple[int, int]) -> bool:
    """Whether a line is short or closes its sentence."""
    return _read_once(doc, "prose", line, lambda body: len(body.strip()) < WRAPPED_LINE or _closes(body))


def _read_once(doc: Document, kind: str, line: tuple[int, int], judge) -> bool:
    """`judge` of the line's text, read once per line and kind (a line of thousands of days would
    otherwise be copied and read again for each)."""
    read = doc.derived("events.closed_lines", lambda _: {})
    key = (kind, line)
    if key not in read:
        read[key] = judge(doc.text[line[0]:line[1]])
    return read[key]


def _open(body: str) -> bool:
    return ends_open(body.rstrip())


def _closes(body: str) -> bool:
    """_CLOSED.search(body) in one pass from the end: a closing mark among the trailing non-word
    characters. O(trailing non-word characters)."""
    i = len(body)
    while i > 0 and not (body[i - 1].isalnum() or body[i - 1] == "_"):
        i -= 1
    return any(c in ".!?;:" for c in body[i:])


def _ordered(doc: Document, dates: frozenset[int]) -> list[int]:
    """The dates in order, sorted once per document (a line is checked for a date by bisection)."""
    ordered = doc.derived("events.ordered_dates", lambda _: {})
    if dates not in ordered:
        ordered[dates] = sorted(dates)
    return ordered[dates]


# A "Label: …" line of a block of facts ("Laiks: 18.00", "Norises vieta: …").
FIELD_LINE = re.compile(r"^[\s*_#>-]*[\wĀ-ž ]{2,20}\s*:")


def lines_above(text: str, start: int, most: int):
    """The lines above the one holding `start` as (start, end), nearest first, at most `most`;
    the text's first line is never given (no line ends above it)."""
    end = text.rfind("\n", 0, start)
    for _ in range(most):
        if end <= 0:
            return
        line_start = text.rfind("\n", 0, end) + 1
        yield line_start, end
        end = line_start - 1


def heading_above(text: str, start: int, max_lines: int = 4) -> tuple[int, int] | None:
    """The first line above `start`, past blank lines and other "Label: …" lines, looked for
    at most `max_lines` lines up: the heading of a block of an event's facts."""
    for line_start, end in lines_above(text, start, max_lines + 2):
        line = text[line_start:end]
        if line.strip() and not FIELD_LINE.match(line):
            return (line_start, end) if len(line) <= 200 else None
    return None


# A section heading ends in no punctuation that closes a sentence or a list head.
HEADING_END = re.compile(r"[.!?;,:]\W*$")


def section_headings(doc: Document, date_starts: list[int]) -> list[tuple[int, int]]:
    """Short lines that stand apart (a blank line or the text's start above), end in no
    punctuation and hold no date: "IEDZĪVOTĀJU SAPULCES NOVADĀ". One pass over the lines."""
    text, found, blank_above = doc.text, [], True
    for start, end in lines_from(text, 0):
        body = text[start:end].strip()
        if body and blank_above and len(body) <= LONGEST_HEADING and not HEADING_END.search(body) \
                and not any_between(date_starts, (start, end)):
            found.append((start, end))
        blank_above = not body
    return found
