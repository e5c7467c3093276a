"""Occurrences the walk over the days does not read, each added after it by its own module: a second
item of "gan …, gan …" (both_told), works on view from a day to the day an exhibition closes
(viewed_from), an exhibition on view in a month or two (viewed_months), an occurrence moved to a
month (moved_month), an occurrence told on a day the text equated with its name (equated_day). Each is O(dates · log dates)."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention, Record
from .both_told import both_told
from .equated_day import equated_days
from .moved_month import moved_month
from .ranking import Nouns
from .viewed_from import viewed_from
from .viewed_months import viewed_months


def add_beyond_walk(doc: Document, index: Nouns, candidates: list[DateMention], date_starts: list[int],
                    by_key: dict, record: Record) -> None:
    both_told(doc, index, candidates, date_starts, by_key, record)  # "gaidāma gan izstādes atklāšana, gan koncerts"
    viewed_from(doc, index, date_starts, by_key, record)  # "No 3. marta skatāmi darbi. … Izstāde … līdz 30. aprīlim"
    viewed_months(doc, index, date_starts, by_key, record)  # "Martā un aprīlī skatāma izstāde"
    moved_month(doc, index, date_starts, by_key, record)  # "forums pārcelts uz oktobri"
    equated_days(doc, index, candidates, date_starts, by_key, record)  # "11. novembris – Lāčplēša diena. … Lāčplēša dienas gājiens"
