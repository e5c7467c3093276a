"""Page furniture inside the headline's own line: a breadcrumb ending in the article's name
("Sākums -> Jaunumi -> Rudens tirgus"), a menu dash before it ("- Projekts …"), a category tag
after it ("… atvērts skeitparks Novada ziņas"). The words are data (data/titles.toml)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...temporal import vocabulary as vocab
from ..vocabulary import load

# Crumbs' separators: arrows typed as text ("->", "=>", ">>"), arrow and quote signs, bars.
_SEPARATOR = re.compile(r"\s*(?:-+>|=+>|>>|[→›»>|])\s*")
_DASH_LEAD = re.compile(r"^[-–—][^\S\n]+(?=[^\W\d_„“\"«])")
_CRUMB_WORDS_MIN = 2  # the last crumb names an article, not a section ("Jaunumi")


def _home_words() -> frozenset[str]:
    words = load("titles")
    return frozenset(w.casefold() for w in [*words["menu_items"], *words["home_crumbs"]])


def last_crumb(line: str) -> str | None:
    """The article's name at a breadcrumb's end, when the crumbs open with a site's home or
    menu item: "Sākums -> Jaunumi -> Rudens tirgus Liepkalnos" → "Rudens tirgus Liepkalnos"."""
    parts = [p.strip() for p in _SEPARATOR.split(line)]
    if len(parts) < 2 or not all(parts) or parts[0].casefold() not in _home_words():
        return None
    last = parts[-1]
    if len(last.split()) < _CRUMB_WORDS_MIN or last.casefold() in _home_words():
        return None
    return last


def without_dash_lead(title: str) -> str:
    """A menu's dash before the headline: "- Projekts „Zaļā skola” noslēdzies"."""
    return _DASH_LEAD.sub("", title)


@lru_cache(maxsize=1)
def _tag_pattern() -> re.Pattern:
    words = load("titles")
    sections = vocab.alternation(words["section_nouns"])
    rubrics = vocab.alternation(words["category_tag_words"])
    # after a lower-case word (the headline's own), a capitalised tag of a section's name ("Novada
    # ziņas") or a one-word rubric ("Sports"), with nothing after it
    return re.compile(rf"(?<=(?-i:[{LOWER}0-9]))[^\S\n]+(?=(?-i:[{UPPER}]))"
                      rf"(?:(?:[^\W\d_]+[^\S\n]+)?(?:{sections})|(?:{rubrics}))$", re.IGNORECASE)


_TAG_HEAD_WORDS = 3  # the headline left before the tag


def without_category_tag(title: str) -> str:
    """The headline without a portal's category tag printed after it on its line:
    "Pļaviņās atvērts skeitparks Novada ziņas" → "Pļaviņās atvērts skeitparks"."""
    m = _tag_pattern().search(title)
    head = title[:m.start()].split() if m else []
    if len(head) < _TAG_HEAD_WORDS or not head[-1][:1].islower():
        return title
    return title[:m.start()]


# A photo's credit or a byline glued to the headline's last word, as a page that lost the break
# prints it: "Bibliotēka atradusi jaunas telpasFoto: Novada pašvaldība Otrdien, …".
_GLUED_CREDIT = re.compile(rf"(?<=[{LOWER}])(?=(?:Foto|Attēls|Video|Autors|Autore|Teksts)\s*:)")
_GLUED_LINES = 5  # the page's first lines only


def split_glued_credit(lines: list[str]) -> list[str]:
    """The lines with a credit glued after a headline put on a line of its own."""
    out, seen = [], 0
    for line in lines:
        if line.strip() and seen < _GLUED_LINES:
            seen += 1
            m = _GLUED_CREDIT.search(line)
            if m is not None and len(line[:m.start()].split()) >= _TAG_HEAD_WORDS:
                out.extend([line[:m.start()], line[m.start():]])
                continue
        out.append(line)
    return out


@lru_cache(maxsize=1)
def _skip_link() -> re.Pattern:
    links = vocab.alternation(load("titles")["skip_links"])
    return re.compile(rf"\s*(?:\d{{1,2}}\.\s*)?(?:{links})\s*", re.IGNORECASE)


def skip_link(line: str) -> bool:
    """An accessibility link atop the page, numbered or not: "1. Skip to Menu", "Pāriet uz saturu";
    a site template's credit: "LT Stable - шаблон joomla"."""
    return _skip_link().fullmatch(line) is not None or (len(line) <= _CREDIT_MAX and _cms_credit().search(line) is not None)


_CREDIT_MAX = 80


@lru_cache(maxsize=1)
def _cms_credit() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{vocab.alternation(load('titles')['cms_credit_words'])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _buttons_pattern() -> re.Pattern:
    buttons = vocab.alternation(load("titles")["trailing_buttons"])
    # capitalised as buttons are, or after a bar: "… skeitparks Drukāt Nosūtīt", "… skeitparks | drukāt"
    one = rf"(?:[^\S\n]*[|•·][^\S\n]*|[^\S\n]+(?=(?-i:[{UPPER}])))(?:{buttons})(?!\w)"
    # after the first button the next ones may be in lower case: "… vakars Komentēt drukāt"
    return re.compile(rf"(?:{one})+(?:[^\S\n]+(?:{buttons})(?!\w))*[^\S\n]*$", re.IGNORECASE)


_BUTTONS_HEAD_WORDS = 2


def without_buttons(title: str) -> str:
    """The headline without the print and share buttons printed after it on its line:
    "Ozolkalnē atvērts skeitparks Drukāt Nosūtīt" → "Ozolkalnē atvērts skeitparks"."""
    m = _buttons_pattern().search(title)
    if m is None or len(title[:m.start()].split()) < _BUTTONS_HEAD_WORDS:
        return title
    return title[:m.start()]
