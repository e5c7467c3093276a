"""Site lines that the furniture pattern does not name: an image's path or file name printed as a
line ("/images/2021/03/talka.jpg"), a menu printed without separators ("Sākums Par mums
Jaunumi Kontakti"), a breadcrumb that lost them ("Sākuma lapa arrow Jaunumi"), share buttons
("Share |"), a site's name ("Ozolkalnes novada pašvaldība"), a metadata label with its value
("Kategorija: Jaunumi") and a cookie notice. The words are data (data/titles.toml; the file
extensions are the contacts' list, one list for both)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal import vocabulary as vocab
from ..vocabulary import load


@lru_cache(maxsize=1)
def _file_line() -> re.Pattern:
    extensions = vocab.alternation(load("contacts")["file_extensions"])
    # a path of two or more parts, or a file name with its extension, with no space inside
    return re.compile(rf"[\"'(]?(?:\S*[\\/]\S+|\S+\.(?:{extensions}))[\"')]?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_buttons() -> re.Pattern:
    return re.compile(rf"(?:[\W_]*(?:{vocab.alternation(load('titles')['share_buttons'])})(?![^\W\d_]))+[\W_]*",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _site_name() -> re.Pattern:
    """A capitalised genitive and up to three more genitives before an institution's head noun,
    nothing else: "Engures novads", "Ozolkalnes novada pašvaldība" (not "Ozolkalnē atvērts
    kultūras centrs": a locative, a participle)."""
    heads = vocab.alternation(load("titles")["site_name_heads"])
    genitive = r"[^\W\d_]+(?:a|as|es|us|u|ās|ēs)"
    acronym = r"(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,5})"  # "Zemgales NVO tīkls"
    return re.compile(rf"(?-i:[A-ZĀČĒĢĪĶĻŅŠŪŽ]){genitive}(?:[ \t]+(?:{genitive}|{acronym})){{0,3}}[ \t]+(?:{heads})",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _metadata_line() -> re.Pattern:
    return re.compile(rf"(?:{vocab.alternation(load('titles')['metadata_labels'])})[ \t]*:.{{0,80}}", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cookie_line() -> re.Pattern:
    stems = "|".join(map(re.escape, load("titles")["cookie_stems"]))
    return re.compile(rf"(?=.{{0,200}}$).*?(?<![^\W\d_])(?:{stems})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _home_crumb() -> re.Pattern:
    return re.compile(rf"(?:{vocab.alternation(load('titles')['home_crumbs'])})\s+\S", re.IGNORECASE)


@lru_cache(maxsize=1)
def _menu_item() -> re.Pattern:
    return re.compile(rf"\s*(?:{vocab.alternation(load('titles')['menu_items'])})(?![^\W\d_])", re.IGNORECASE)


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
