"""A long day's programme told hour by hour: its later sentences may stand further from the day
than a programme reaches (programme_reach.CHARACTERS_REACH), when each stands near the one before. An
hour-led sentence past the reach takes the day of the hour-led sentence before it, when that one
ended within the reach, no other day stands between and no more paragraphs than a programme runs
on over part them ("30. maijā … svinēs ģimnāzija. / Pulksten 10.00 … / … / Pulksten 19.00
Jāņkalna estrādē koncertā …"). O(distance between the two). And in such a programme a kind the
day has already, named by a quoted name of its own, is another occurrence of that kind (named_apart)."""
from __future__ import annotations

from ...record import DateMention
from .parts import QUOTED
from .programme_reach import within_reach


def chained_day(text: str, last: tuple[DateMention, int] | None, other_days: list[int],
                start: int) -> DateMention | None:
    """The day of the hour-led sentence before (`last`: its day and where it ended), else None."""
    if last is None:
        return None
    day, end = last
    return day if within_reach(text, end, start, other_days) else None


def named_apart(text: str, noun, known) -> bool:
    """Whether a noun of a kind the day has already names another occurrence by a quoted name of
    its own right after it ("Pulksten 12 koncertā „Rīts” … Pulksten 19 koncertā „Vakars” …"), not
    the one told again ("Koncerta otrā daļa sāksies plkst. 20")."""
    m = QUOTED.match(text, noun.end + 1) if text[noun.end:noun.end + 1] == " " else None
    return m is not None and known.title is not None and m.group(1).strip() != known.title.strip()
