"""The vocabulary data files (extractors/data/<name>.toml), read and compiled once per process."""
from __future__ import annotations

from functools import lru_cache

from ... import datafiles
from .mentions import Vocabulary


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    return datafiles.vocabulary(name)


@lru_cache(maxsize=None)
def vocabulary(name: str, table: str = "entry") -> Vocabulary:
    return Vocabulary(load(name).get(table, []))
