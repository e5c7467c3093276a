"""Where the text says that something takes place (or begins): the offsets of every verb, phrase or
line shape that tells it ("notiks", "tiek svinēti" after "šī gada", a poster's day line, a dated
headline …), found once per document for the Nouns index (ranking.py), which asks whether a
clause holds one by a bisection. O(text): each cue's pattern is one pass over the text."""
from __future__ import annotations

import re
from functools import lru_cache, partial

from ...document import Document
from ...word_regex import gated_finditer
from .feast_being import being_alternative
from .allotted_days import allotted_days
from .invited_after import invited_after
from .own_verb import own_verb
from .ticket_to import ticket_to
from .moved_to import moved_to
from .lexicon import happens_pattern, listed_pattern, vocabulary
from .place_hour_lines import place_hour_lines
from .poster_line import full_date_line, poster_line
from .reflexive_genitive import took_part_past
from .screening import screenings

# The present passive of celebrating is said of a yearly holiday ("4. maijā tiek svinēta …"), but
# with "šī gada" before its day it is this year's feast: "Šī gada 6. augustā tiek svinēti pagasta svētki".
THIS_YEAR_CELEBRATED = re.compile(r"(?<!\w)š[īā]\s+gada\s[^!?\n]{0,30}?(?<!\w)(tiek\s+(?:no)?svinēt\w*)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _begins_pattern() -> re.Pattern:
    """The [begins] words ("sāksies", "sākas" …): a feast or fair said to begin takes place."""
    # Also taking part in it ("kori piedalīsies Dziesmu svētkos"): a feast one joins takes place.
    # And its organiser holding it ("rīko Ražas svētkus"), a call's "rīko konkursu" being no feast.
    words = sorted([*vocabulary()["begins"]["words"], *vocabulary()["begins"].get("joined", ()),
                    *vocabulary()["begins"].get("held", ())], key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))}{being_alternative()})(?!\w)", re.IGNORECASE)


# People gathering for a feast or a fair on its day ("uz ikgadējiem sporta svētkiem pulcēsies 400 bērnu",
# "uz svētkiem pulcējās ļaudis"): "uz", a plural dative, then the verb of gathering right after it
# (events.toml [begins] gathered_for), as taking part in it does; not a gathering told apart from the
# feast word ("pulcējās …, lai iedegtu svētku egli").
_gathered_for_cue = partial(listed_pattern, "begins",
                            r"(?<!\w)uz\s+(?:[^\W\d_]+\s+){0,4}?[^\W\d_]+(?:iem|ām)\s+(?:{gathered_for})(?!\w)")


def happening_offsets(doc: Document) -> list[int]:
    """Sorted: where the text says that something takes place ("notiks", "notika" …), by a verb or
    by a line's shape."""
    said = [m.start() for m in happens_pattern().finditer(doc.text)]
    said += [m.start(1) for m in gated_finditer(THIS_YEAR_CELEBRATED, doc.text)]
    said += invited_after(doc)  # "uz svētkiem aicina pagasti"
    said += took_part_past(doc)  # "8. martā piedalījās konkursā"
    said += allotted_days(doc.text)  # "Spēlei atvēlētas divas dienas – 11. un 12. septembris"
    said += screenings(doc.text)  # "tiks izrādīta spēlfilma “…”": the screening takes place
    said += own_verb(doc.text)  # "skolēni spēlēja erudīcijas spēli": the game takes place
    said += ticket_to(doc.text)  # "atlaide biļetei uz 30. jūnija spēli": the game takes place
    said += moved_to(doc.text)  # "uz 2. aprīli pārcelta spēle": the game takes place that day
    # A poster's line says it by its shape: "5.jūnijā 18.00 estrādē – Dziesmu svētki".
    said += _dated_headline(doc.text)
    said += place_hour_lines(doc.text)  # "11. jūnijā Liepu kapos plkst. 15.00"
    said += [_past_indent(m) for m in gated_finditer(full_date_line(), doc.text)]  # "08.05.2010 no plkst. 9.00 laukumā …"
    return sorted(said + [_past_indent(m) for m in poster_line().finditer(doc.text)])


def beginning_offsets(doc: Document, happening: list[int]) -> list[int]:
    """Sorted: where the text says that something takes place (`happening`) or begins ("sāksies")."""
    return sorted(set(happening) | {m.start() for m in gated_finditer(_begins_pattern(), doc.text)}
                  | {m.start() for m in gated_finditer(_gathered_for_cue(), doc.text)})


def _past_indent(m: re.Match) -> int:
    """Where a line's match tells its shape: past the blanks that indent it ("  • 11. maijā – Ozolu svētki"),
    where the item's clause starts, so that an indented list says what its flush twin says."""
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))


# A headline that opens with its day in the locative and says what is on without a verb ("15. septembrī
# Alūksnes Kultūras centra kamerzālē saruna dzejā un mūzikā"): an announcement by its shape, as a
# poster's line is. Only among the text's first HEADLINE_REACH characters, a line of at most
# HEADLINE_LENGTH characters without a comma, with a body below it.
DATED_HEADLINE = re.compile(r"(?m)^[ \t]*\d{1,2}\.[ \t]*[^\W\d_]+(?:ā|ī)[ \t,]+[^\n]*$", re.IGNORECASE)
HEADLINE_REACH, HEADLINE_LENGTH, HEADLINE_ABOVE = 300, 150, 80


def _dated_headline(text: str) -> list[int]:
    m = DATED_HEADLINE.search(text, 0, min(len(text), HEADLINE_REACH))
    if m is None or len(m.group(0).strip()) > HEADLINE_LENGTH or text[:m.start()].count("\n") > 2:
        return []
    # One phrase over a body: no clause after a comma ("23. jūnijā Līgo svētki, tāpēc bibliotēka …"),
    # no heading of a list ("27. martā … teātra dienas:"), only short lines (a site's name) above it.
    line = m.group(0).rstrip()
    if "," in line or line.endswith(":") or not text[m.end():].strip() \
            or any(len(above) > HEADLINE_ABOVE for above in text[:m.start()].splitlines()):
        return []
    return [m.start()]
