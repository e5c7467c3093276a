"""A field of someone's experience: a group named as what a person has experience in ("psiholoģe ar
pieredzi darbā ar jauniešiem", "lektorei ir liela pieredze bezdarbnieku apmācībā", "ar pieredzi
ģimeņu konsultēšanā") is that person's qualification, not someone the text's event serves. The group
stands after an experience noun (not its genitive: "pieredzes apmaiņa jauniešiem" serves them)
either with "darbā ar" before it or as a genitive before a noun in the locative; a dative benefiting
from experience ("iegūt darba pieredzi jauniešiem") is neither. The experience is someone's only when
"ar" or a form of "būt" stands before it ("ar ilggadēju pieredzi", "kurai ir 17 gadu pieredze"): a
practice studied ("analizēt citu valstu pieredzi imigrantu integrācijā") leaves the group as it is.
So is a field of someone's work (`field_of_work`): a group after "ar" and a habitual verb of working in a
relative clause that describes a body or a person ("centrs, kas ikdienā strādā ar ģimenēm", "kolēģi, kuri
strādā ar bērniem"; not one describing a group served: "mācības sociālajiem darbiniekiem, kuri strādā ar
ieslodzītajiem"), or after "darbā ar" right after a provider's noun not served ("nodarbības vadīs
speciālisti darbā ar bērniem"; not "semināri speciālistiem darbā ar pusaudžiem"): what they do every day,
not whom the text's project or event serves. A future or a main clause ("speciālisti strādās ar ģimenēm",
"sociālais darbs ar ģimenēm") stays served. Words: target_groups.toml [expertise]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from ...latvian.relatives import relative_forms
from .clauses import WITH
from .list_walks import LIST_STEPS, word_before_list
from .mentions import Found
from .reader import Reader

# a relative clause's subject opens it: "kas", "kurš", "kura", "kuri", "kuras"
_SUBJECT_RELATIVES = relative_forms("nominative")


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


@lru_cache(maxsize=1)
def _work_settings() -> tuple[frozenset[str], frozenset[str], int]:
    c = load("target_groups")["expertise"]
    return frozenset(c["habitual_work"]), frozenset(c["work_after_provider"]), int(c["relative_reach"])


def field_of_work(reader: Reader, f: Found) -> bool:
    """Whether mention `f` (a modifier: its noun; any group of a list after the first) is the field a
    described body or a provider works in: "…, kas ikdienā strādā ar ģimenēm", "speciālisti darbā ar bērniem"."""
    habitual, work_nouns, relative_reach = _work_settings()
    if f.modifier:  # "strādā ar cilvēkiem ar invaliditāti": from the noun it qualifies
        noun = reader.modified_noun(f.mention.token_start if f.with_at is None else f.with_at)
        ar = reader.previous_word(noun) if noun is not None else None
    else:
        ar = word_before_list(reader, f, LIST_STEPS, lambda i: False)
    if ar is None or reader.word(ar) != WITH:
        return False
    verb = reader.previous_word(ar)
    if verb is None:
        return False
    if reader.word(verb) in habitual:
        # the verb's subject a relative pronoun a few words back: "kas (savā ikdienā) strādā ar" —
        # not one whose antecedent is a group served: "mācības sociālajiem darbiniekiem, kuri strādā
        # ar ieslodzītajiem" trains them for those they work with
        pronoun = next((j for j in reader.words_back(verb, relative_reach) if reader.word(j) in _SUBJECT_RELATIVES), None)
        if pronoun is None:
            return False
        antecedent = reader.previous_word(pronoun)
        if antecedent is not None and reader.word(antecedent) == ",":
            antecedent = reader.previous_word(antecedent)
        served = reader.in_mention.get(antecedent) if antecedent is not None else None
        return served is None or not served.accepted
    if reader.word(verb) in work_nouns:
        provider = reader.previous_word(verb)
        found = reader.in_mention.get(provider) if provider is not None else None
        # (not providers served: "semināri speciālistiem darbā ar pusaudžiem" trains them for the young)
        return found is not None and found.id == "professionals" and not found.accepted
    return False


def field_of_experience(reader: Reader, f: Found) -> bool:
    """Whether mention `f` (a modifier: its noun) names the field of someone's experience."""
    work = _settings()[1]
    start = reader.modified_noun(f.mention.token_start) if f.modifier else f.mention.token_start
    if start is None:
        return False
    ar = reader.previous_word(start)
    if ar is not None and reader.word(ar) == WITH:
        field = reader.previous_word(ar)
        # "pieredze darbā ar jauniešiem"
        return field is not None and reader.word(field) in work and _held_experience_before(reader, field)
    # "pieredze bērnu konsultēšanā": the group's genitive before the service noun in the locative
    end = f.mention.token_end
    return not f.modifier and reader.locative_after(end) and _held_experience_before(reader, start)
