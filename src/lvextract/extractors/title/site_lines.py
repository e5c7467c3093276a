"""Site lines that the furniture pattern does not name: an image's path or file name printed as a
line ("/images/2021/03/talka.jpg"), a menu printed without separators ("Sākums Par mums
Jaunumi Kontakti"), a breadcrumb that lost them ("Sākuma lapa arrow Jaunumi"), share buttons
("Share |"), a site's name ("Ozolkalnes novada pašvaldība"), a metadata label with its value
("Kategorija: Jaunumi") and a cookie notice. The words are data (data/titles.toml; the file
extensions are the contacts' list, one list for both)."""
from __future__ import annotations

import re
from functools import lru_cache, partial

from ...latvian.orthography import UPPER
from ...temporal import vocabulary as vocab
from ...word_regex import filled
from ..vocabulary import load


@lru_cache(maxsize=1)
def _file_line() -> re.Pattern:
    extensions = vocab.alternation(load("contacts")["file_extensions"])
    # a path of two or more parts, or a file name with its extension, with no space inside
    return re.compile(rf"[\"'(]?(?:\S*[\\/]\S+|\S+\.(?:{extensions}))[\"')]?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _listed(template: str) -> re.Pattern:
    """`template` with {name} standing for the alternation of titles.toml's list `name`."""
    return re.compile(filled(template, load("titles")), re.IGNORECASE)


_share_buttons = partial(_listed, r"(?:[\W_]*(?:{share_buttons})(?![^\W\d_]))+[\W_]*")
_metadata_line = partial(_listed, r"(?:{metadata_labels})[ \t]*:.{0,80}")
_cookie_line = partial(_listed, r"(?=.{0,200}$).*?(?<![^\W\d_]){cookie_stems}")
_home_crumb = partial(_listed, r"(?:{home_crumbs})\s+\S")
_menu_item = partial(_listed, r"\s*(?:{menu_items})(?![^\W\d_])")


@lru_cache(maxsize=1)
def _site_name() -> re.Pattern:
    """A capitalised genitive and up to three more genitives before an institution's head noun,
    nothing else: "Engures novads", "Ozolkalnes novada pašvaldība" (not "Ozolkalnē atvērts
    kultūras centrs": a locative, a participle)."""
    heads = vocab.alternation(load("titles")["site_name_heads"])
    genitive = r"[^\W\d_]+(?:a|as|es|us|u|ās|ēs)"
    acronym = rf"(?-i:[{UPPER}]{{2,5}})"  # "Zemgales NVO tīkls"
    return re.compile(rf"(?-i:[{UPPER}]){genitive}(?:[ \t]+(?:{genitive}|{acronym})){{0,3}}[ \t]+(?:{heads})",
                      re.IGNORECASE)


def _menu_line(line: str) -> bool:
    """Every word of the line is a menu item, and there are enough of them to be a menu."""
    pos, items, item = 0, 0, _menu_item()
    while pos < len(line.rstrip()):
        m = item.match(line, pos)
        if m is None:
            return False
        pos, items = m.end(), items + 1
    return items >= load("titles")["menu_items_min"]


def site_line(line: str) -> bool:
    line = line.strip()
    return bool(_file_line().fullmatch(line) or _home_crumb().match(line)
                or _share_buttons().fullmatch(line) or _site_name().fullmatch(line)
                or _metadata_line().fullmatch(line) or _cookie_line().match(line)) \
        or _menu_line(line)
