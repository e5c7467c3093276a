"""A group's noun in the masculine plural locative ("uzņēmumos") shares its "-s" with a genitive's
ending, so before a plain noun for people it reads as whose people they are ("uzņēmumu pārstāvji").
It is where they are: "Ārvalstu uzņēmumos audzēkņi apgūs praksi" names the firms that host the
students, no employers served. A definite adjective in "-os" agrees with the people after it
("trūcīgos iedzīvotājus", "-us" or "-os" there) and stays."""
from __future__ import annotations

from .mentions import Found
from .reader import Reader

LOCATIVE = "os"
AGREEING = ("us", "os")  # the accusative or locative of the people after an adjective in "-os"


def locative_before_people(reader: Reader, f: Found) -> bool:
    """Whether mention `f` ends in a masculine plural locative right before a noun for people or
    another group's mention, of another case."""
    if f.modifier or not reader.word(f.mention.token_end - 1).endswith(LOCATIVE):
        return False
    person = reader.person_noun_after(f.mention.token_end)
    person = reader.shared_head_after(f.mention.token_end) if person is None else person
    if person is None:  # (or another group's mention: "uzņēmumos jaunieši apgūs praksi")
        after = reader.skip_space(f.mention.token_end)
        other = reader.in_mention.get(after)
        person = None if other is None or other is f else other.mention.token_end - 1
    return person is not None and not reader.word(person).endswith(AGREEING)
