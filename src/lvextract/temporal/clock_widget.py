"""A portal's clock over the page: the time the page was shown, then today's weekday and day
without a year ("07:05 Svētdiena, 19. janvāris"). Like a calendar widget's day beside the name
days it is furniture: a date of the text, but never the document date and no event's day
(page_furniture reads it once per line)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as vocab

_LINE_MAX = 60  # the widget's line is short; a sentence that opens with a time is an event's


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    weekdays = vocab.alternation(sorted(vocab.weekday_names()))
    months = vocab.alternation(list(vocab.month_forms()))
    return re.compile(rf"\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*[,|•·]?\s*(?:{weekdays})\s*,?\s*\d{{1,2}}\.?\s*(?:{months})\.?\s*",
                      re.IGNORECASE)


def clock_widget(line_text: str) -> bool:
    """Whether the line is a clock, a weekday and a yearless day, nothing else."""
    return len(line_text) <= _LINE_MAX and _pattern().fullmatch(line_text) is not None
