"""A field of someone's experience: a group named as what a person has experience in ("psiholoģe ar
pieredzi darbā ar jauniešiem", "lektorei ir liela pieredze bezdarbnieku apmācībā", "ar pieredzi
ģimeņu konsultēšanā") is that person's qualification, not someone the text's event serves. The group
stands after an experience noun (not its genitive: "pieredzes apmaiņa jauniešiem" serves them)
either with "darbā ar" before it or as a genitive before a noun in the locative; a dative benefiting
from experience ("iegūt darba pieredzi jauniešiem") is neither. The experience is someone's only when
"ar" or a form of "būt" stands before it ("ar ilggadēju pieredzi", "kurai ir 17 gadu pieredze"): a
practice studied ("analizēt citu valstu pieredzi imigrantu integrācijā") leaves the group as it is.
Words: target_groups.toml [expertise]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _settings() -> tuple[frozenset[str], frozenset[str], frozenset[str], int, int]:
    c = load("target_groups")["expertise"]
    return (frozenset(c["experience"]), frozenset(c["work"]), frozenset(c["holders"]), int(c["reach"]),
            int(c["holder_reach"]))


def _first_before(reader: Reader, i: int, reach: int, words: frozenset[str]) -> int | None:
    """The nearest of `words` at most `reach` words before token `i`, no punctuation between."""
    for j in reader.words_back(i, reach):
        if reader.sdoc[j].is_punct:
            return None
        if reader.word(j) in words:
            return j
    return None


def _held_experience_before(reader: Reader, i: int) -> bool:
    """Whether someone's experience ("ar … pieredzi", "ir … pieredze") stands a few words before token `i`."""
    experience, _work, holders, reach, holder_reach = _settings()
    noun = _first_before(reader, i, reach, experience)
    return noun is not None and _first_before(reader, noun, holder_reach, holders) is not None


def field_of_experience(reader: Reader, f: Found) -> bool:
    """Whether mention `f` (a modifier: its noun) names the field of someone's experience."""
    work = _settings()[1]
    start = reader.modified_noun(f.mention.token_start) if f.modifier else f.mention.token_start
    if start is None:
        return False
    ar = reader.previous_word(start)
    if ar is not None and reader.word(ar) == "ar":
        field = reader.previous_word(ar)
        # "pieredze darbā ar jauniešiem"
        return field is not None and reader.word(field) in work and _held_experience_before(reader, field)
    # "pieredze bērnu konsultēšanā": the group's genitive before the service noun in the locative
    end = f.mention.token_end
    return not f.modifier and reader.locative_after(end) and _held_experience_before(reader, start)
