"""A noun after "pēc" / "pirms" with one word between ("pēc Ziemsvētku dievkalpojuma dievnamā
koncertu sniedza …", "pirms svinīgās sanāksmes"): it says when, as a noun right after them does
(ranking._is_time_reference), so another noun of the clause tells what takes place. Only a noun not in
the nominative (after the preposition it is a genitive): in "pēc tam koncerts" or "pēc mēneša
konference" the word after "pēc" is the time, the nominative what happens; and the word between is
no pronoun of "afterwards" (events.toml [word_starts] time_preposition_skipped_not). O(1) per noun."""
from __future__ import annotations

import re

from .lexicon import listed_pattern

# How far before the noun the preposition and its one word may stand.
REACH = 40


def _pattern() -> re.Pattern:
    return listed_pattern("word_starts",
                          r"(?<!\w)(?:{time_prepositions})\s+(?!(?:{time_preposition_skipped_not})\s)[^\W\d_]+\s+$")


def past_one_word(text: str, start: int, nominative: bool) -> bool:
    """Whether the noun starting at `start` (in the nominative or not) follows "pēc"/"pirms" and one word."""
    return not nominative and _pattern().search(text, max(0, start - REACH), start) is not None
