"""The shapes of a page's first lines that tell a headline from what is not one: the body's
first sentence (a page with no headline), a line the body retells, a quoted verse over the
headline, a list's bullet and a portal's counter glued to the headline. The title
extractor (extractors/title/__init__.py) reads them; the furniture words are in data/titles.toml.
"""
from __future__ import annotations

import re

from ...latvian.orthography import LOWER, UPPER

# A line whose first sentence closes inside it: "Virsraksts. Teksts turpinās …".
SENTENCE_INSIDE = re.compile(rf"[.!?]\s+[{UPPER}„“\"]")
# A sentence's close, a closing quote or bracket after it: "… konference.", "… „Ozols”."
_SENTENCE_END = re.compile(r"(?<!\.)[.!?][\"'”“»)]*$")
# A page with no headline opens with its body: a sentence as long as a headline never is, or two
# sentences, or a clause cut at its comma. Headlines stop short of these and, when they close
# with a full stop at all, are short ("Valsts prezidents tiekas ar premjeru.").
_PROSE_CHARS = 100
_PROSE_GLUED = 200  # a line this long with a sentence closing inside is a paragraph, its close cut or not
_PROSE_SENTENCES_WORDS = 8
CUT_WORDS = 6  # a blurb's sentence cut at a comma has words enough; a verse line "Metens sola saltas dienas," fewer


def prose(line: str) -> bool:
    """Whether the line reads as the body's first sentence, not as a headline."""
    words = len(line.split())
    if line.endswith(","):
        return words >= CUT_WORDS
    if _SENTENCE_END.search(line):
        return len(line) >= _PROSE_CHARS or words >= _PROSE_SENTENCES_WORDS and SENTENCE_INSIDE.search(line) is not None
    return len(line) > _PROSE_GLUED and SENTENCE_INSIDE.search(line) is not None


_QUOTES = re.compile(r"[„“”\"«»']")


def fold(line: str) -> str:
    return " ".join(_QUOTES.sub(" ", line).casefold().split())


_ECHO_LOOK = 4  # paragraphs below a line where the body may retell it


def echoed(lines: list[str], n: int, line: str) -> bool:
    """Whether the body right below retells the line inside a longer sentence: a headline closed by
    a full stop ("Pasākums par godu valsts svētkiem „Mana zeme”." / "Šī gada 17. novembrī …
    norisinājās pasākums par godu valsts svētkiem „Mana zeme”."). A page that prints its first
    paragraph twice repeats it whole or opens the paragraph with it, which is no retelling."""
    core = fold(line.rstrip(".!?"))
    if len(core) < 20:
        return False
    below = [fold(l) for l in lines[n + 1:n + 1 + 3 * _ECHO_LOOK] if l.strip()][:_ECHO_LOOK]
    return any(core in other and not other.startswith(core) for other in below)


# A list's bullet a page left before the headline: "• Biedrības kopsapulce".
BULLET = re.compile(r"^[•·▪►]\s*")
# A comment or view counter a portal glued after the headline: "Novadā atklāj parku 0".
_COUNTER = re.compile(rf"(?<=[^\W\d_])[^\S\n]+(\d{{1,4}})$|(?<=[{LOWER}])(\d{{1,4}})$")  # also glued: "… saiets0"
# A portal's comment count in brackets after the headline's closing mark: "Klāt svētki! (10)".
_COMMENT_COUNT = re.compile(r"(?<=[!?.…])[^\S\n]+\(\d{1,4}\)$")


def strip_counter(title: str, lines: list[str]) -> str:
    """The headline without its counter: a zero no headline ends with, or a number the page
    drops where it prints the headline again below ("Novadā atklāj parku 0" / … / "Novadā
    atklāj parku"). A headline's own number stays: "Lielā talka 2023"."""
    comments = _COMMENT_COUNT.search(title)
    if comments:
        return title[:comments.start()]
    m = _COUNTER.search(title)
    if not m:
        return title
    bare = title[:m.start()]
    if (m[1] or m[2]) == "0" or any(line.strip() == bare for line in lines):
        return bare
    return title


_OPEN_QUOTE = re.compile(r"^[\"„“«]")
_CLOSE_QUOTE = re.compile(r"[\"”“»][.!?…]*$")
_VERSE_LINES = 8
_VERSE_CHARS = 40  # a verse line is short; the opening line no longer than a wrapped headline's tail


def epigraph_end(lines: list[str], n: int, line: str) -> int | None:
    """Where a verse quoted over the headline ends: a line that opens a quote it does not close
    ("„Kas skanēja, kas žvadzēja" / … / "Ar sudraba zobeniem”"), short lines down to the one
    that closes it. None when the line is no such opening."""
    if not _OPEN_QUOTE.match(line) or len(line) > _VERSE_CHARS or _CLOSE_QUOTE.search(line[1:]) \
            or any(q in line[1:] for q in "\"”“»"):
        return None
    seen = 0
    for m in range(n + 1, min(len(lines), n + 3 * _VERSE_LINES)):
        other = lines[m].strip()
        if not other:
            continue
        seen += 1
        if seen > _VERSE_LINES or len(other) > _VERSE_CHARS + 20:
            return None
        if _CLOSE_QUOTE.search(other):
            return m
    return None
