"""The projects extractor's words and patterns from data/projects.toml, read once."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...latvian.lemmas import stem
from ..vocabulary import load
from .patterns import CONTRACT_NUMBER


class Config(NamedTuple):
    project_stems: set[str]
    between: set[str]
    quotes: str
    contract_re: re.Pattern
    bare_contract: re.Pattern
    not_names: set[str]
    drafts: set[str]
    list_heads: tuple[set[str], set[str], set[str], set[str]]  # heading words, list nouns, demonstratives, relatives
    owners: tuple[str, ...]
    owner_exact: frozenset[str]
    project_roles: tuple[str, ...]
    card_fields: re.Pattern
    card_lead: re.Pattern
    card_more_fields: re.Pattern
    card_furniture: frozenset[str]
    not_project_between: tuple[str, ...]
    fund_heads: frozenset[str]
    own_people: tuple[str, ...]
    not_whom: tuple[str, ...]  # not_project_between + own_people: no beneficiaries before a name
    plural_between: frozenset[str]  # the plural application nouns of `between`: a list of names follows
    card_caption_ends: frozenset[str]  # an image caption's last word over a card ("logo")
    card_institutions: frozenset[str]  # a publishing body's noun closing a page header ("pašvaldība")


@lru_cache(maxsize=1)
def config() -> Config:
    data = load("projects")
    project_stems = {stem(w) for w in data["project_words"]}
    plural_between = frozenset(w.lower() for w in data["lists"]["plural_between"])
    between = {w.lower() for w in data["between"]} | plural_between
    contract = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(p) for p in data["contracts"]["cue_prefixes"]) + r")\w*\s*"
        + CONTRACT_NUMBER, re.IGNORECASE)
    bare_contract = re.compile(r"^\s*" + CONTRACT_NUMBER + r"\s*$")
    own_people = tuple(data["beneficiaries"]["not_whom"])
    return Config(project_stems, between, data["quotes"], contract, bare_contract, set(data["short_names"]["not_names"]),
                  {w.lower() for w in data["drafts"]["before"]},
                  ({w.lower() for w in data["lists"]["heading_words"]}, {w.lower() for w in data["lists"]["list_nouns"]},
                   {w.lower() for w in data["lists"]["demonstratives"]}, {w.lower() for w in data["lists"]["relatives"]}),
                  tuple(data["name_before"]["owners"]), frozenset(data["name_before"]["owners_exact"]),
                  tuple(data["name_before"]["roles_after"]),
                  re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["fields"]) + r")[ \t]*(?::|$)", re.I),
                  re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["leads"]) + r")(?!\w)", re.I),
                  re.compile(r"[ \t]*(?:" + "|".join(data["cards"]["fallback_fields"]) + r")[ \t]*(?::|$)", re.I),
                  frozenset(data["cards"]["furniture"]), tuple(data["not_project_between"]),
                  frozenset(stem(w) for w in data["programme_names"]["last_words"]),
                  own_people, tuple(data["not_project_between"]) + own_people, plural_between,
                  frozenset(w.lower() for w in data["cards"]["caption_ends"]),
                  frozenset(w.lower() for w in data["cards"]["institutions"]))


def is_owner(word: str, owners: tuple[str, ...], owner_exact: frozenset[str]) -> bool:
    """Whether a name's first word says an organisation ("SIA …", "Biedrība …"), not a project."""
    return word.lower() in owner_exact or word.lower().startswith(owners) or (word.isupper() and len(word) > 1)


@lru_cache(maxsize=1)
def _person_roles() -> tuple[str, ...]:
    return tuple(load("projects")["name_before"]["person_roles"])


def role_after(project_word: str, word: str) -> bool:
    """Whether the word after a quoted name's project word makes the name an owner of many projects
    ("“Bāze” projektu vadītāja", "“…” projektu konkurss"): a `[name_before] roles_after` word, but a
    person's role only after the plural genitive ("“Drošs ceļš” projekta vadītāja" leads that project)."""
    word = word.lower()
    if not word.startswith(config().project_roles):
        return False
    return project_word.lower() != "projekta" or not word.startswith(_person_roles())
