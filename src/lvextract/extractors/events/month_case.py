"""What a single date's month word says by its case ("5. martā" is when something happens, "5. marta
noteikumi" and "veltīts 5. martam" are not), and the bodies whose sittings and acts a genitive date
may name. O(1) per date."""
from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document
from ...latvian.lemmas import stem
from ...record import DateMention
from ...temporal.vocabulary import calendar_words
from .daytime_genitive import daytime_after
from .lexicon import event_stems, stems, vocabulary, word_start_patterns
from .offsets import any_between, sentence_at


# The month word's case ending tells how the date is used: "5. martā" (locative) is when
# something happens; "5. marta noteikumi" (genitive) and "veltīts 5. martam" (dative) are not.
MONTH_WORD = re.compile(r"([^\W\d_]+)\W*$")


@lru_cache(maxsize=1)
def _month_cases() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The months' nominatives, genitives and datives (the first three forms of each month in
    latvian/data/calendar.toml)."""
    months = calendar_words()["month"]
    return tuple(frozenset(m["forms"][k] for m in months) for k in range(3))


IS_AFTER = re.compile(r"[ \t]+ir\b")
# "ar 2020. gada 1. septembri": the accusative after "ar" is the day from which a rule or a change
# holds, never the day of an occurrence.
AS_OF_BEFORE = re.compile(r"(?<!\w)ar\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _accusative_months() -> frozenset[str]:
    """The months' accusatives (the fourth form of each month in latvian/data/calendar.toml)."""
    return frozenset(m["forms"][3] for m in calendar_words()["month"])
NEXT_WORD = re.compile(r"[ \t]*(?:\(\w+\)[ \t]*)?([^\W\d_]+)")


def _month_word(mention: DateMention) -> str | None:
    m = MONTH_WORD.search(mention.span.text)
    return m.group(1).lower() if m else None


def in_nominative(mention: DateMention) -> bool:
    """"1. maijs": a calendar's day line names the day rather than dates what happens on it."""
    month = _month_word(mention)
    return month is not None and month in _month_cases()[0]


def case_can_date(doc: Document, mention: DateMention) -> bool:
    """Whether a single date's case lets it be the day of an occurrence."""
    month = _month_word(mention)
    if month is None:
        return True
    nominative_months, genitive_months, dative_months = _month_cases()
    if month in _accusative_months() and AS_OF_BEFORE.search(doc.text, max(0, mention.span.start - 4),
                                                              mention.span.start):
        return False  # "… ieviesīs ar 2021. gada 1. septembri": as of that day
    if month in nominative_months and IS_AFTER.match(doc.text, mention.span.end, mention.span.end + 6):
        return False  # "1. jūnijs ir bērnu aizsardzības diena": what the day is, not what takes place on it
    if month in dative_months:
        return _planned_for(doc, mention)
    if month in genitive_months:
        if _opens_long_event(doc, mention):
            return True
        after = NEXT_WORD.match(doc.text, mention.span.end, min(len(doc.text), mention.span.end + 60))
        if after is None:
            return True
        word = stem(after.group(1).lower())
        # "28. augusta novada domes sēdē": the body whose sitting it is may stand between; so may an
        # unlisted body's genitives ("31. oktobra Ilgtspējīgas attīstības komisijas sēdē"), but then
        # only before a sitting.
        unlisted = False
        for _ in range(LONGEST_BODY):
            if not names_body(after.group(1)):
                if not BODY_GENITIVE.fullmatch(after.group(1)) or stem(after.group(1).lower()) in event_stems() \
                        or stem(after.group(1).lower()) in stems("genitive_date", "next_words"):
                    break  # "11. novembra rītu …", "5. maija pēcpusdienu …": the time of day, no body's plural
                unlisted = True
            nxt = NEXT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 60))
            if nxt is None:
                break
            after, word = nxt, stem(nxt.group(1).lower())
        if unlisted and word not in stems("decision", "sittings"):
            return False
        if word in event_stems():  # "5. marta sēdē", but not "5. marta svinēšanas tradīcija"
            following = NEXT_WORD.match(doc.text, after.end(), min(len(doc.text), after.end() + 60))
            # "domes 5. marta sēdes lēmumu": the sitting is one, its decision cited or not (dated_sitting)
            return following is None or stem(following.group(1).lower()) not in stems("decision_date", "after") \
                or (word in stems("decision", "sittings") and word not in stems("decision", "cited_sittings"))
        return word in stems("genitive_date", "next_words") or daytime_after(doc, mention)
    return True


# How many words naming a body may stand between a genitive date and the sitting
# ("Rēzeknes novada domes", "kārtējā novada domes", "Preiļu novada domes ārkārtas").
LONGEST_BODY = 5
# A lower-case feminine or plural genitive ("attīstības", "komisijas", "deputātu"): a body's words.
BODY_GENITIVE = re.compile(r"[a-zāčēģīķļņšūž]{3,}(?:as|es|u)")
PROPER_GENITIVE = re.compile(r"[A-ZĀČĒĢĪĶĻŅŠŪŽ]\w*(?:as|es|s|a|u)")


def names_body(word: str) -> bool:
    """A word of the body before its sitting or act: a listed one, or a place's name in the
    genitive ("Rēzeknes novada domes sēdē")."""
    return word.lower() in _body_words() or PROPER_GENITIVE.fullmatch(word) is not None


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    return frozenset(vocabulary()["genitive_date"]["bodies"])


FROM_BEFORE = re.compile(r"(?<!\w)no\s+$", re.IGNORECASE)


def _opens_long_event(doc: Document, mention: DateMention) -> bool:
    """"No 14. novembra bibliotēkā būs apskatāma izstāde": the first day of an exhibition or a
    course, which run on for weeks, is its start (the genitive after "no" says from when)."""
    if not FROM_BEFORE.search(doc.text, max(0, mention.span.start - 6), mention.span.start):
        return False
    around = sentence_at(doc, mention.span.start)
    return around is not None and any_between(long_event_words(doc), (around.start, around.end))


def _planned_for(doc: Document, mention: DateMention) -> bool:
    """"5. maijam paredzētais seminārs", "seminārs bija plānots 5. maijam"."""
    near = doc.text[max(0, mention.span.start - 40):mention.span.end + 40].lower()
    return any(verb in near for verb in vocabulary()["dative_date"]["planned"])


def long_event_words(doc: Document) -> list[int]:
    """Offsets of the words of occurrences that run for months ("apmācības", "izstāde"), found once."""
    return doc.derived("events.long_words",
                       lambda d: [m.start() for m in word_start_patterns()["long_event"].finditer(d.text)])
