"""A sidebar's poll printed over the headline: its label ("Aptauja") and its question.

"Aptauja" / "Vai Tu vēlētos apmeklēt valodu kursus?" / … / "Projektu konkursa rezultāti": the
question under a poll's label is the widget's, not the page's headline. The labels are data
(data/titles.toml, poll_labels).
"""
from __future__ import annotations

import re

from ..vocabulary import load

_LOOK_BACK = 3  # the label stands right above its question, blank lines aside


def poll_label(line: str) -> bool:
    return line.strip().strip(":").strip().lower() in load("titles")["poll_labels"]


def poll_question(lines: list[str], n: int, line: str) -> bool:
    """A question whose nearest non-empty line above is a poll's label."""
    if not line.endswith("?"):
        return False
    above = next((l for l in reversed(lines[max(0, n - _LOOK_BACK):n]) if l.strip()), "")
    return poll_label(above)


# A weather widget's reading: "Rīgā 0 °C", "+3° C, vējš 0.89 m/s".
_TEMPERATURE = re.compile(r"[+-−]?\d+(?:[.,]\d+)?\s*°\s*C\b")
_WEATHER_WORDS = 3


def weather_line(line: str) -> bool:
    """A line of a portal's weather widget over the headline ("Laika ziņas" / "Šodien" /
    "Daļēji apmācies" / "Rīgā 0 °C"): a reading with its temperature, or a sky's state of a few
    words of data/titles.toml weather_words."""
    if _TEMPERATURE.search(line):
        return True
    words = line.lower().rstrip(".").split()
    return 0 < len(words) <= _WEATHER_WORDS and all(w in load("titles")["weather_words"] for w in words)
