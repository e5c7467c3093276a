"""Lines of a site's own that the furniture pattern does not name: a software message printed
over the page ("Writing /var/cache/…meta failed", "Warning: include(…) on line 12"), a motto of two
parallel sentences ("Par novadu. Par tevi."), and a site's tagline
("Ozolkalns – zaļākā novada sirds") over the day's date with the headline below them. The words
are data (data/titles.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ..vocabulary import load

_MESSAGE_MAX = 200
# a path of two parts or more, or a file name with its extension, or a source line's number
_PATH = re.compile(r"(?:^|\s|\()(?:\S*/\S+/\S*|\S+\.[a-z]{2,5}\b|\S+\(\S*\))|\bon\s+line\s+\d+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _message_words() -> re.Pattern:
    words = "|".join(re.escape(w) for w in load("titles")["software_message_words"])
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)


def software_message(line: str) -> bool:
    """A server's or a script's message in English printed as a line: a path or a file name and
    one of the message words ("failed", "warning", "error" …); never a headline."""
    return len(line) <= _MESSAGE_MAX and _PATH.search(line) is not None and _message_words().search(line) is not None


_HALF_WORDS = 4
_HALVES = re.compile(r"(?<=[.!])\s+(?=\S)")


def motto(line: str) -> bool:
    """A motto of two short sentences that open with the same word ("Par novadu. Par tevi.",
    "Esi drošs! Esi redzams!"): a site's or a campaign's tagline, no headline. (A motto about a
    dash, "Jauns gads – jauni plāni", may be a headline: extractors/title/__init__.py weighs it.)"""
    halves = [h for h in _HALVES.split(line.strip().rstrip("!.").strip()) if h]
    if len(halves) != 2 or not all(0 < len(h.split()) <= _HALF_WORDS for h in halves):
        return False
    first, second = (h.split()[0].casefold().strip("„“\"") for h in halves)
    return first == second and not any(c.isdigit() for c in line)


_TAGLINE = re.compile(rf"(?-i:[{UPPER}])[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}\s[–—-]\s(?-i:[{LOWER}])[^\W\d_]+"
                      r"(?:\s+[^\W\d_]+){0,4}[!.]?")
_LOOK = 3
_BODY_WORDS = 8


_CRY_WORDS = 4
_CRY_HEADLINE_WORDS = 4


@lru_cache(maxsize=1)
def _site_head() -> re.Pattern:
    words = load("titles")
    heads = "|".join(re.escape(w) for w in [*words["site_name_heads"], *words["section_nouns"]])
    return re.compile(rf"(?:{heads})\s[–—-]\s", re.IGNORECASE)


def below_tagline(lines: list[str], n: int, found: str, furniture, headline_like, prose) -> str | None:
    """The headline under a site's tagline and the day's date: "Ozolkalns – zaļākā novada sirds" /
    "Ceturtdiena, 2022. gada 3. marts" / "Kopā stiprāki!" / the body. The tagline is a name, a
    dash, and a phrase in lower case with no digit, or a cry of a few words ("Kopā varam vairāk!")
    over a longer headline; the date and the headline follow at once, the body's prose right
    below the headline. A site's name before the dash ("Ozolkalnes novada ziņas – mūsu balss")
    needs no date below it. None otherwise."""
    cry = found.endswith("!") and len(found.split()) <= _CRY_WORDS
    if not _TAGLINE.fullmatch(found) and not cry:
        return None
    following = [l.strip().strip("*#").strip() for l in lines[n + 1:n + 1 + 2 * _LOOK] if l.strip()][:_LOOK]
    if len(following) < _LOOK - 1:
        return None
    if not furniture(following[0][:300]) or not any(c.isdigit() for c in following[0]):
        if cry or not _site_head().search(found):
            return None
        headline, body = following[:2]  # no date between the site's line and the headline
    elif len(following) < _LOOK:
        return None
    else:
        _dateline, headline, body = following
    if not headline_like(headline) and not (headline.endswith("!") and len(headline.split()) >= 2) \
            or prose(headline) or furniture(headline[:300]) or _TAGLINE.fullmatch(headline) \
            or (cry and len(headline.split()) < _CRY_HEADLINE_WORDS):
        return None
    sentence = body.endswith((".", "!", "?")) and len(body.split()) >= _BODY_WORDS
    return headline if sentence or prose(body) or len(body) > 120 else None


@lru_cache(maxsize=1)
def _trailing_counter() -> re.Pattern:
    from ...temporal.glued_stamp import counter_pattern

    return re.compile(rf"(?<=\d)\.?[^\S\n]+(?:{counter_pattern()})[^\S\n]*$")


def without_counter(title: str) -> str:
    """The headline's line without the post's comment counter after its posting date ("…
    bērniem2021.11.05 Komentāri (0)"): the date goes next (the stamp's own rule)."""
    return _trailing_counter().sub("", title)


_BRACKETED = re.compile(r"[(\[][^()\[\]\n]{1,120}[)\]][.…]*")


def bracketed(line: str) -> bool:
    """A line wholly in brackets: a paywall's count ("(Rakstā ir 2313 simboli...)"), a photo's
    note, an editor's remark; a headline may open with a bracket ("(Ne)redzamie bērni"), never
    close with one it opened."""
    return _BRACKETED.fullmatch(line.strip()) is not None


_GLUE = re.compile(rf"(?-i:[{LOWER}][{UPPER}])")
_GLUED_MENU_MAX = 100
_GLUES_MIN = 2


def glued_menu(line: str) -> bool:
    """A menu printed with its items glued, each capitalised against the last one's end
    ("SākumsPar mumsJaunumiKontakti", "ZiņasNovadsSvarīgi"): two glues or more, no sentence's
    punctuation, no digit."""
    return len(line) <= _GLUED_MENU_MAX and len(_GLUE.findall(line)) >= _GLUES_MIN \
        and not any(c in ".,:;!?\"„“”" or c.isdigit() for c in line)


_BODY_SENTENCES = 3
_SENTENCE_BREAK = re.compile(rf"[.!?][\"”»]?\s+(?-i:[{UPPER}„“\"])")


def body_paragraph(line: str) -> bool:
    """An opening paragraph of three sentences or more is the article's body, not a site's blurb
    over the headline: a short line below it is the body's subheading ("Kas tiek plānots?")."""
    return len(_SENTENCE_BREAK.findall(line)) >= _BODY_SENTENCES - 1


_NAME = re.compile(rf"(?-i:[{UPPER}][{LOWER}]+)[^\S\n]+(?-i:[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)")
_OUTLET_WORDS = 3


def _non_empty(lines: list[str], start: int, count: int, step: int = 1) -> list[str]:
    out, m = [], start
    while 0 <= m < len(lines) and len(out) < count:
        if lines[m].strip():
            out.append(lines[m].strip())
        m += step
    return out


def byline_block(lines: list[str], n: int, line: str, furniture) -> bool:
    """An author's byline over the page's dateline, the outlet's name maybe between ("Anna Liepa" /
    "Ozolu portāls" / "28. februārī, 2023"): the name and the outlet are no headline. The name is
    a known given name and a surname; the outlet a line of a few words."""
    from ...latvian.names import is_given_name

    def dateline(text: str) -> bool:
        return any(c.isdigit() for c in text) and furniture(text[:300])

    def author(text: str) -> bool:
        return _NAME.fullmatch(text) is not None and is_given_name(text.split()[0])

    following = _non_empty(lines, n + 1, 2)
    if author(line):
        return bool(following) and (dateline(following[0]) or (
            len(following) == 2 and len(following[0].split()) <= _OUTLET_WORDS and dateline(following[1])))
    before = _non_empty(lines, n - 1, 1, -1)
    return len(line.split()) <= _OUTLET_WORDS and bool(before) and author(before[0]) \
        and bool(following) and dateline(following[0])
