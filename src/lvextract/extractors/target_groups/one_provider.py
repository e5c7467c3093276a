"""One professional named in the singular is a person at work, no group served: the social worker
a meeting is with ("tikšanās ar sociālo darbinieku"), the representative given the floor ("deva vārdu
dienesta pārstāvim"), the nurse thanked ("paldies skolas medmāsai"), the one counsellor paid for
("pedagoga konsultanta atalgošanai"). RECORD's professionals are a group ("speciālisti, sociālie
darbinieki, pedagogi"); a singular one is the provider the people served meet, not those served.

Read by the head word's ending alone, only where the ending says one person: a singular's oblique
case ("-am", "-im", "-ai", "-ei", "-ā", "-ī", "-a"; no plural ends so), the feminine "-e", or "-u"
after "ar" (which takes a singular in the accusative, a plural in the dative). The nominative "-s"
is left to the rules of eligibility ("var pieteikties pedagogs"), a plural participle's "-ie" and a
collective noun for staff ("skolu pedagoģiskajam personālam") are many, and a quantifier before the
word ("ikvienam pedagogam", "katram speciālistam") makes it everyone's: target_groups.toml [one_provider]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .clauses import WITH
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _settings() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], int]:
    c = load("target_groups")["one_provider"]
    return (tuple(c["ids"]), tuple(c["singular_endings"]), tuple(c["plural_endings"]), tuple(c["collectives"]),
            tuple(c["quantifiers"]), int(c["quantifier_reach"]))


def one_provider(reader: Reader, f: Found) -> bool:
    """Whether the professionals' mention `f` names one person by a singular ending."""
    ids, endings, plural_endings, collectives, quantifiers, reach = _settings()
    if f.id not in ids or f.modifier:
        return False
    head = reader.sdoc[f.mention.token_end - 1].text
    if head.isupper():
        return False  # an abbreviation has no ending
    word = head.lower()
    if word.endswith(plural_endings) or word.startswith(collectives):
        return False  # "darbā ar jaunatni iesaistītie"; the staff as one body: "skolu personālam"
    before = reader.previous_word(f.mention.token_start)
    singular = word.endswith(endings) or (word.endswith("u") and before is not None and reader.word(before) == WITH)
    if not singular:
        return False
    return not any(reader.word(j).startswith(quantifiers) for j in reader.words_back(f.mention.token_start, reach))
