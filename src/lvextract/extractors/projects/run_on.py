"""A name whose closing quote was never typed runs on into the sentence: 'projekta "Senioru nedēļa
2022 ietvaros un …' reads as one long name. Where the text names the same project properly too
(„Senioru nedēļa 2022”), the long reading is that name run on past a word that ends it
(`[run_on] words` in data/projects.toml, lower case: "ietvaros") with a quote swallowed after
it, and is dropped."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load

QUOTES = "“”„\"«»"


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    return tuple(w.lower() for w in load("projects")["run_on"]["words"])


def drop_run_on(projects: list) -> None:
    """Remove in place each project whose name is another's followed by a word of `[run_on]`."""
    words = _words()
    names = {p.name.casefold() for p in projects}

    def run_on(name: str) -> bool:
        # (the run-on reading swallows the next quote of the text: a closed name of its own has none)
        folded = name.casefold()
        for w in words:
            head, _, rest = folded.partition(f" {w} ")
            if rest and head.rstrip(" ,") in names - {folded} and any(q in rest for q in QUOTES):
                return True
        return False
    projects[:] = [p for p in projects if not run_on(p.name)]
