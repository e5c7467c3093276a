"""A week named in the locative beside one day ("Latvijas Bibliotēku nedēļā 23. aprīlī atklās lekciju
ciklu", "Mobilitātes nedēļā 18. septembrī notiks velobrauciens"): the week runs over several days,
so the day is one inside it, not the week's start; the day is of the occurrence its clause (or a
neighbouring one) names besides the week. With no other occurrence named the week stays (what else
the day is of is not said). A week dated by its own range ("Bibliotēku nedēļā no 20. līdz 26.
aprīlim") or in another case ("Bibliotēku nedēļa sāksies 20. aprīlī") is the occurrence itself."""
from __future__ import annotations

from ...document import Document
from ...record import DateMention
from .noun_mention import NounMention
from .ranking import Nouns

WEEK = "nedēļa"
LOCATIVE = "nedēļā"


def frames_day(doc: Document, noun: NounMention, mention: DateMention) -> bool:
    """Whether `noun` is a week in the locative that only frames the single day `mention`."""
    return (mention.end is None and noun.kind.split()[-1] == WEEK
            and doc.text[noun.start:noun.end].lower().endswith(LOCATIVE))


def framed_noun(index: Nouns, week: NounMention, bounds: tuple[int, int], mention: DateMention) -> NounMention | None:
    """The clause's other occurrence, the one the framed day is of ("… lekciju ciklu": the lectures)."""
    others = [n for n in index.all_in(bounds) if n is not week and n.kind != week.kind and not index.rank_of(n)[0]]
    if not others:
        return None
    return min(others, key=lambda n: (index.rank_of(n), min(abs(n.start - mention.span.end), abs(mention.span.start - n.end))))
