"""A day a custom is kept every year ("Ik gadu šo dienu atzīmē 15. maijā", "Katru gadu 4. maijā
svin …"): a yearly cue and the present of keeping the day, with no verb of this year's occurrence,
tell the calendar, not an occurrence; the event made of that sentence goes. Not "Kā ik gadu, …"
(as every year: this year's is told). So does a custom of the day told by its noun and what one does
("tradīcija 23. aprīlī – Jurģu dienā – dāvināt grāmatas": the noun before the day, an infinitive after
it, by its lemma: not an adverb ending so, "mazliet"). So does the ancestors' custom told in the past ("Senie
latvieši Miķeļdienā — 29. septembrī — svinēja vasaras beigas"), and a habit told by its adverb and the
present of taking place ("Tradicionāli gājiens norisinās 11. novembrī"). Words: events.toml [yearly_custom]. O(events)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...document import Document
from ...latvian.orthography import WORD
from ...latvian.verb_forms import is_infinitive
from ...record import DateMention, Record
from .kept_feasts import drop_kept_feasts
from .lexicon import spaced_literals, vocabulary, whole_words


class CustomPatterns(NamedTuple):
    cue: re.Pattern  # a yearly cue, not after "kā"
    present: re.Pattern  # the present of keeping the day
    other: re.Pattern  # a tense of this year's occurrence
    ancestors: re.Pattern
    kept_of_old: re.Pattern


@lru_cache(maxsize=1)
def custom_patterns() -> CustomPatterns:
    """events.toml [yearly_custom] as patterns, built once (feast_days reads them too)."""
    words = vocabulary()["yearly_custom"]
    cue = re.compile(rf"(?<![\w])(?<!kā )(?:{spaced_literals(words['cues'])})(?!\w)", re.IGNORECASE)
    present = whole_words(words['present'], spaced=True)
    other = whole_words(words['other_tense'], spaced=True)
    ancestors = whole_words(words['ancestors'], spaced=True)
    kept_of_old = whole_words(words['kept_of_old'], spaced=True)
    return CustomPatterns(cue, present, other, ancestors, kept_of_old)


def drop_yearly_customs(doc: Document, record: Record, first_mention: dict[int, DateMention]) -> None:
    cue, present, other, ancestors, kept_of_old = custom_patterns()

    def custom(e) -> bool:
        mention = first_mention.get(id(e))
        if mention is None or e.end is not None:
            return False
        i = doc.sentence_index(mention.span.start)
        if i is None:
            return False
        s = doc.sentences[i]
        text = doc.text[s.start:s.end]
        if other.search(text):
            return False
        if _custom_of_day(doc.text, mention, s.start, s.end):
            return True  # "tradīcija 23. aprīlī – Jurģu dienā – dāvināt grāmatas"
        if _tradition_of_day(doc.text, mention, text):
            return True  # "Tradicionāli gājiens norisinās 11. novembrī": what is done every year on that day
        # "Senie latvieši Miķeļdienā — 29. septembrī — svinēja …": the day as the ancestors kept it
        return bool(cue.search(text)) and bool(present.search(text)) \
            or bool(ancestors.search(text)) and bool(kept_of_old.search(text))

    record.events[:] = [e for e in record.events if not custom(e)]
    drop_kept_feasts(doc, record)  # "Latvijā svin Mārtiņdienu": the calendar's feast, not this year's


@lru_cache(maxsize=1)
def _custom_noun() -> re.Pattern:
    return whole_words(vocabulary()["yearly_custom"]["custom_nouns"], spaced=True)


def _custom_of_day(text: str, mention: DateMention, start: int, end: int) -> bool:
    """A custom's noun before the day and an infinitive after it, in its sentence."""
    noun = _custom_noun().search(text, start, mention.span.start)
    # Not one continued or kept by this year's doing ("Turpinot tradīciju, 12. maijā skolēni devās
    # stādīt kokus"): an adverbial participle before the noun tells this year's occurrence.
    return noun is not None and _KEEPING.search(text, start, noun.start()) is None \
        and any(is_infinitive(w) for w in WORD.findall(text, mention.span.end, end))


_KEEPING = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}ot(?![^\W\d_])")


@lru_cache(maxsize=1)
def _tradition_words() -> tuple[re.Pattern, re.Pattern]:
    words = vocabulary()["yearly_custom"]
    return whole_words(words["tradition_cues"], spaced=True), whole_words(words["present_of_occurrence"], spaced=True)


def _tradition_of_day(text: str, mention: DateMention, sentence: str) -> bool:
    """A sentence telling by a habit's adverb and the present of taking place when an occurrence is
    held every year ("Tradicionāli gājiens norisinās 11. novembrī"): the calendar's day, not this
    year's occurrence, when the day itself names no year (a year written beside it dates one)."""
    cue, occurring = _tradition_words()
    return cue.search(sentence) is not None and occurring.search(sentence) is not None \
        and _YEAR.search(text, mention.span.start, mention.span.end) is None


_YEAR = re.compile(r"\d{4}")
