"""A programme's label right above a day alone on its line ("Svētku programma:" / "21. jūnijs:"): the
day is a heading of the programme's items, as after a blank line (posters.py), though the label
closes no sentence. The label is the line's last sentence, a few words, one of them a word start of
events.toml [programme_labels]. O(line)."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import literals, vocabulary

_WORDS = re.compile(r"[^\W\d_]+")
# A heading line of words alone: no digit, no stop, no comma (no sentence that runs on).
_BARE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
# A label is a few words: "Svētku programma:", "Programma:"; not a sentence ending in a colon.
LONGEST_LABEL_WORDS = 3


@lru_cache(maxsize=1)
def _labels() -> tuple[str, ...]:
    return tuple(vocabulary()["programme_labels"]["words"])


@lru_cache(maxsize=1)
def _compound_head() -> re.Pattern:
    """A label word as a compound's head, its ending after it ("koncertprogrammā"), not a label's
    letters inside another word."""
    return re.compile(rf"\w(?:{literals(_labels())})\w{{0,4}}$")


def under_programme_label(text: str, above: tuple[int, int], compounds: bool = False) -> bool:
    """Whether the line above is a programme's label ending in a colon; with `compounds`, a label's
    word may close on one ("Vakara koncertprogrammā:", read by labelled_run.py)."""
    line = text[above[0]:above[1]].strip().strip("*_ ")
    # A heading of the label's words alone, no colon ("PROGRAMMA" / "Trešdiena, 4. jūnijs") labels
    # the day below as well; with `compounds` (a run of a concert's lines) only a colon does.
    if not line.endswith(":") and (compounds or not _BARE.fullmatch(line)):
        return False
    line = re.split(r"[.!?]\s+", line)[-1]  # "Svētki ritēs trīs dienas. Programma:": the label's own sentence
    words = [w.lower() for w in _WORDS.findall(line)]
    return 1 <= len(words) <= LONGEST_LABEL_WORDS and any(
        w.startswith(_labels()) or (compounds and _compound_head().search(w)) for w in words)


# The longest day line that labels the programme under it.
LONGEST_DAY_LABEL = 160


def labels_programme(text: str, line: tuple[int, int]) -> bool:
    """Whether a day's own line is the programme's label, closed by a colon ("Svētku programma 16.
    augustā:", "Pagasta 16. augustā rīkoto svētku programma lidlaukā:"): the day heads the hour-led
    lines under it, as a day line naming the occurrence does (hour_lines.py). O(line)."""
    body = text[line[0]:line[1]].strip().strip("*_ ")
    return len(body) <= LONGEST_DAY_LABEL and body.endswith(":") \
        and any(w.lower().startswith(_labels()) for w in _WORDS.findall(body))
