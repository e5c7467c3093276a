"""The package's data files (vocabularies, abbreviations), each read once per process."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_toml(relative_path: str) -> dict:
    """A TOML file inside the package, e.g. "latvian/data/abbreviations.toml"."""
    with (resources.files("lvextract") / relative_path).open("rb") as handle:
        return tomllib.load(handle)


def vocabulary(name: str) -> dict:
    """An extractor's vocabulary: extractors/data/<name>.toml."""
    return load_toml(f"extractors/data/{name}.toml")


def latvian(name: str) -> dict:
    """One of the language's resources: latvian/data/<name>.toml (abbreviations, calendar, places)."""
    return load_toml(f"latvian/data/{name}.toml")
