"""A group named as the object of a present active participle that qualifies an occasion is the
group that occasion is for: "bērnus godinoši svētki", "jauniešus vienojošs pasākums", "seniorus
iedvesmojoša tikšanās". The group word (in the accusative, a "participant" form) stands right
before the participle ("-ošs", "-oša", "-oši" …) and the occasion's noun follows it, one word
allowed between ("senioru dienu godinošs svinīgs pasākums" is not read: the genitive there is
owned by "dienu"). Words: target_groups.toml [honouring_occasion] (beginnings of lower-case
words). Only the two or three words after the mention are read. Accepted after `accept`."""
from __future__ import annotations

import re
from functools import lru_cache

from ...word_regex import alternation
from ..vocabulary import load
from .followed_by import accept_followed_by
from .mentions import Found
from .reader import Reader

# A present active participle in any gender, number and case: "godinošs", "vienojošā", "iedvesmojošie"
PARTICIPLE = r"[^\W\d_]{2,}oš(?:s|a|i|as|ais|ā|ie|ās|o|u|us|ajā|ajam|ajai|ajiem|ajām|ajos|ām|iem|os)?"


@lru_cache(maxsize=1)
def _after_group() -> re.Pattern:
    occasions = load("target_groups")["honouring_occasion"]["occasions"]
    return re.compile(r"\s+" + PARTICIPLE + r"\s+(?:[^\W\d_]+\s+)?" + alternation(occasions) + r"\w*",
                      re.IGNORECASE)


def accept_honouring_occasions(reader: Reader, found: list[Found]) -> None:
    """Accept each group mention in the accusative right before a participle that qualifies an occasion."""
    accept_followed_by(reader, found, _after_group())
