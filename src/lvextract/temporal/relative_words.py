"""The words of relative dates, read once from latvian/data/calendar.toml (the tables after the
months) into the lookups the rules and the weekday checks share, and word-level checks; split
from relative.py by concern.

"iepriekšējo gadu uzvarētājas", "pēdējo gadu pieredze": a modifier in -o and "gadu" before a
plural or genitive noun are the genitive plural "of past years", which names no year; "pagājušo
gadu noslēdzām", "salīdzinot ar pagājušo gadu," stay last year. The noun is told by its ending
(data: calendar.toml [unit_exceptions] plural_noun_endings); a verb's ending is none of them.
"""
from __future__ import annotations

from functools import lru_cache

from .page_furniture import WORD
from .relative_builders import WEEKDAYS
from .vocabulary import alternation, calendar_words, genitive_forms, month_forms, told_verbs


@lru_cache(maxsize=1)
def lookups() -> dict:
    v = calendar_words()
    return {
        "weekday": {form: code for code, forms in v["weekdays"].items() for form in forms},
        "modifier": {form: kind for kind, forms in v["modifiers"].items() for form in forms},
        "unit": {form: unit for unit, forms in v["units"].items() for form in forms},
        "unit_not_before": frozenset(v["unit_exceptions"]["not_before"]),
        "span_unit": {form: unit for unit in "DWMY" for form in v["spans"][unit]},
        "span_singular": frozenset(v["spans"]["singular"]),
        "span_not_before": frozenset(v["spans"]["not_before"]),
        "span_not_after": frozenset(v["spans"].get("not_after", ())),
        "after": set(v["spans"]["after"]),
        "number": v["numbers"],
        "year_which": {form: kind for kind in ("this", "next", "last") for form in v["year_parts"][kind]},
        "not_after": set(v["not_after"]["words"]),
        "time_of_day": frozenset(v["weekday_time_of_day"]["words"]),
        "repeated_before": frozenset(v["weekday_time_of_day"]["not_after"]),
        "habitual": frozenset(v["weekday_time_of_day"]["habitual"]),
        "past_verbs": set(v["past_verbs"]["words"]),
        "in_month": frozenset([*v["weekday_in_month"]["ordinals"], *v["weekday_feasts"]["words"]]) | genitive_forms(),
        "month_week": frozenset(v["weekday_in_month"]["week_nouns"]),
    }


@lru_cache(maxsize=1)
def counted_words() -> tuple[dict[str, int], dict[str, int]]:
    """The ordinals of a weekday in its month ([weekday_in_month] ordinals in calendar.toml) with their
    rank, negative from the end, and the weekday's forms that follow them with its index from Monday:
    the locative ("piektdienā") and the nominative ("piektdiena"), not the genitive. Shared by
    month_weekday and counted_month_part, which reads the locative only."""
    words = calendar_words()
    rank = dict(words["weekday_in_month"]["ordinals"])
    days = {f: WEEKDAYS.index(code) for code in WEEKDAYS for f in words["weekdays"][code]
            if f.endswith(("dienā", "diena"))}
    return rank, days


@lru_cache(maxsize=2)
def told_once(months: bool = True) -> frozenset[str]:
    """What dates one occurrence in a sentence beside a present verb: a verb of one told in the
    past or future (temporal.toml [year_turn], calendar.toml [past_verbs]: "notiks", "notika",
    "aicina"), a modifier ("šīs", "nākamās"), a day word ("rīt", "šovakar"), a unit adverb
    ("šonedēļ", "nākamnedēļ") and, with `months`, a month's form."""
    v = calendar_words()
    return told_verbs() | frozenset([*(month_forms() if months else ()), *lookups()["modifier"], *v["days"],
                                     *v["unit_adverbs"]])


def custom_told(text: str, left: int, right: int, habit: frozenset[str], once: frozenset[str]) -> bool:
    """Whether the sentence text[left:right] tells a custom: a word of `habit` in it ("parasti",
    "ik gadu", "tiek atzīmēta") and none of `once` (`told_once`) that dates one occurrence. Shared by
    the weekday's custom (relative) and the month's counted part (counted_month_part)."""
    words = {w.lower() for w in WORD.findall(text, left, right)}
    return not words.isdisjoint(habit) and words.isdisjoint(once)


@lru_cache(maxsize=1)
def weekday_alternation() -> str:
    """Every written form of a weekday as one alternation: the weekday rules, the weekly hours
    and the weekday beside a date read the same words."""
    return alternation(lookups()["weekday"])


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    return tuple(calendar_words()["unit_exceptions"]["plural_noun_endings"])


def no_single_unit(modifier: str, unit: str, following: str, not_before) -> bool:
    """Whether "<modifier> <unit>" names no one unit: part of a longer period ("pagājušā gadu
    tūkstoša") or the genitive plural of past years before their noun."""
    if following in not_before:
        return True
    return unit.lower() == "gadu" and modifier.lower().endswith("o") and following[:1].islower() \
        and following.endswith(_endings())
