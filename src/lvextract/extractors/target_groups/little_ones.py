"""The little ones said by the adjective alone ("radošā darbnīca mazajiem", "PASĀKUMS MAZAJIEM",
"pašiem mazākajiem") are children; the same adjective before a noun it agrees with qualifies that
noun ("mazajiem uzņēmumiem", "mazajiem un vidējiem uzņēmumiem") and names no child. The words are
`exact` forms of a children entry (target_groups.toml); the noun is told by its dative plural ending
right after, or after "un"/"vai" and a second adjective, or after one genitive plural ("mazajiem
jauniešu forumiem"). Words: target_groups.toml [little_ones]."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

# Parts of speech that end the noun phrase rather than continue it.
NOT_OF_THE_PHRASE = frozenset({"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "ADV", "PRON"})
GENITIVE_PLURAL = ("u",)  # a genitive between the adjective and its noun: "mazajiem jauniešu forumiem"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["little_ones"]
    return frozenset(c["words"]), tuple(c["noun_endings"]), frozenset(c["joins"])


def qualifies_a_noun(reader: Reader, f: Found) -> bool:
    """Whether children mention `f`, a bare "mazajiem", is an adjective of the noun after it."""
    words, endings, joins = _words()
    if f.id != "children" or reader.doc.text[f.mention.start:f.mention.end].lower() not in words:
        return False
    following, i = [], f.mention.token_end
    while len(following) < 3:
        i = reader.skip_space(i)
        if i >= len(reader.sdoc):
            break
        following.append(reader.word(i))
        i += 1
    if following and following[0].isalpha() and following[0].endswith(endings):
        return True
    # (a genitive plural between: "mazajiem jauniešu forumiem", "mazajiem lauku uzņēmumiem")
    if len(following) >= 2 and following[0].isalpha() and following[0].endswith(GENITIVE_PLURAL) \
            and following[1].isalpha() and following[1].endswith(endings):
        return True
    # (a second adjective and then a word of the phrase: "mazajiem un vidējiem uzņēmumiem", "…
    # vidējiem zemnieku saimniecību īpašniekiem"; not "mazajiem un lielajiem." nor "… lielajiem notiks")
    return len(following) == 3 and following[0] in joins and following[1].endswith(endings) \
        and following[2].isalpha() and reader.sdoc[i - 1].pos_ not in NOT_OF_THE_PHRASE \
        and not reader.is_verb(i - 1)  # (a verb by its lemma: "notiks")
