"""A poster's day line says by its shape that something takes place: the day (after its weekday) or
a range of days, then a clock time or a dash ("5.jūnijā 18.00 estrādē – Dziesmu svētki", "No 1.līdz
3.jūlijam - Pagasta svētki"). The month is in the locative or, closing a range, the dative: a
calendar's "1. maijs – Darba svētki" names a holiday, not what takes place. A cinema's or a club's
calendar writes the weekday beside the day, in brackets or between commas ("29. augustā (piektdiena)
plkst. 20:20 – filma “…”", "3. martā, sestdien, 19.00 – balle"): the weekday is the day's own word
and parts nothing. A line may open with the full calendar date too, the year before the day
("2010. gada 8. maijā plkst. 9.00 laukumā …") or the numeric day ("08.05.2010 no plkst. 9.00 …"),
when the hour's own word follows: a bare clock time after a full date is a page's dateline or a
post's stamp ("30.09.2009 07:00", "2014. gada 2. decembrī, 12:48"), and only a weekday may stand
before it ("Publicēts 05.06.2019 plkst. 12:30" is the post's). Matched once per document
(ranking.Nouns)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...temporal.relative_words import weekday_alternation
from ...latvian.orthography import DASH


@lru_cache(maxsize=1)
def poster_line() -> re.Pattern:
    weekday = weekday_alternation()
    return re.compile(
        r"(?m)^[ \t*•–-]*(?:[^\W\d_]+,?[ \t]+)?(?:no[ \t]+\d{1,2}\.?[ \t]*(?:līdz[ \t]*)?)?"
        r"\d{1,2}\.[ \t]*[^\W\d_]*(?:ā|ī|am|im)\.?,?[ \t]+"
        # the weekday beside the day: "(piektdiena)", "piektdien,"
        rf"(?:\((?:{weekday})\)[ \t]*,?[ \t]*|(?:{weekday}),[ \t]+)?"
        # a clock time, or a span of bare hours ("8. novembrī 10–16 Rīgā, … tirgus"), not
        # a span of school years ("10–12. klašu")
        # (the hour's word lets the minutes go: "12. maijā plkst. 14 zālē – apbalvošana")
        r"(?:(?:no[ \t]+)?(?:(?:plkst\.?|pulksten)[ \t]*\d{1,2}(?:[:.]\d{2})?(?!\d)|\d{1,2}[:.]\d{2})"
        rf"|\d{{1,2}}[ \t]*{DASH}[ \t]*\d{{1,2}}(?![.\d])|{DASH}[ \t])", re.IGNORECASE)


@lru_cache(maxsize=1)
def full_date_line() -> re.Pattern:
    """A line opening with a full calendar date (the year's genitive before the day in the locative,
    or the numeric day with its year), then the hour's own word: it tells by its shape that
    something takes place, as a poster's day line does."""
    weekday = weekday_alternation()
    return re.compile(
        rf"(?m)^[ \t*•–-]*(?:(?:{weekday}),?[ \t]+)?"
        r"(?:\d{4}\.[ \t]*(?:gada|g\.)[ \t]*\d{1,2}\.[ \t]*[^\W\d_]*(?:ā|ī)|\d{1,2}\.\d{1,2}\.\d{4}\.?)"
        r",?[ \t]+(?:no[ \t]+)?(?:plkst\.?|pulksten)[ \t]*\d{1,2}(?:[:.]\d{2})?(?!\d)", re.IGNORECASE)
