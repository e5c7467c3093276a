"""A feast's programme set out further down under its label ("14. jūlijā Ozolciemā notiks
Zvejnieksvētki." … a paragraph or two of its history and venue … "Svētku programmā:" / "12:00
Svētku atklāšana" / "22:00 Zaļumballe"): the label ties the hour-led lines to the day that leads
the text, though they do not follow the day's line right away as hour_lines.py reads them. Only
when no other date stands between the day and the lines, and within REACH characters; a second
label after the first run ("Vakara koncertprogrammā:") goes on with the same day. O(lines in
REACH) per day, each line read up to the next date (run_after's `stop`)."""
from __future__ import annotations

import bisect
from functools import lru_cache

from ...document import Document
from ...layout import lines_from, next_newline
from ...latvian.lemmas import stem
from ...latvian.orthography import WORD
from ...record import DateMention, Record
from .dating import DAY_VALUE
from .hour_lines import add_run, run_after
from .lexicon import vocabulary
from .programme_labels import under_programme_label
from .ranking import Nouns

# How far below the day's line the label may stand.
REACH = 2500


@lru_cache(maxsize=1)
def _generic() -> tuple[str, ...]:
    """A label's words besides "programma" that name no occurrence of their own: events.toml
    [programme_labels] `generic`, stems."""
    return tuple(vocabulary()["programme_labels"]["generic"])


def _names_day(label: str, kinds: set[str]) -> bool:
    """Whether the label's other words name the day's occurrence ("Svētku programmā:" under a feast)
    or none ("Programma:"): a feast's programme under a conference's day is another text's."""
    kind_stems = {stem(w) for kind in kinds for w in kind.split()}
    # (a compound's head names it too: "Svētku programmā:" under "Zvejnieksvētki")
    return all(any(k.endswith(stem(w)) for k in kind_stems) or stem(w).startswith(_generic())
               for w in (w.lower() for w in WORD.findall(label)) if "programm" not in w)


def labelled_runs(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                  by_key: dict, record: Record) -> None:
    told: dict[str, set[str]] = {}
    for e in record.events:
        if e.start and e.end is None:
            told.setdefault(e.start, set()).add(e.type)
    text = doc.text
    for day in candidates:
        if day.end is not None or not DAY_VALUE.match(day.value or "") or day.value not in told:
            continue
        line_end = next_newline(text, day.span.end)
        if line_end < 0:
            continue
        i = bisect.bisect_right(date_starts, day.span.start)
        stop = min(date_starts[i] if i < len(date_starts) else len(text), line_end + REACH)
        if run_after(text, line_end, stop=stop):
            continue  # the lines right below the day's line are hour_lines.py's
        start, first = line_end + 1, True
        for a, b in lines_from(text, line_end + 1, stop):
            if a < start or not under_programme_label(text, (a, b), compounds=True) \
                    or (first and not _names_day(text[a:b], told[day.value])):
                continue
            run = [(x, y, m) for x, y, m in run_after(text, b, stop=stop) if y <= stop]
            add_run(doc, index, day, run, date_starts, by_key, record)
            if run:  # only a label after a run goes on with the day unnamed
                first = False
                start = run[-1][1]
