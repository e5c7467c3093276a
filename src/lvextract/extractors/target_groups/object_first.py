"""An indeclinable abbreviation after a verb of serving is that verb's object ("Pašvaldība
atbalstīja NVO") unless the object already stands before the verb: "Pasākumu atbalstīja NVO",
"projekts, ko atbalstīja Zemgales NVO un ministrija" name the NGOs as the verb's subject, the
givers. The object before the verb is a relative pronoun of target_groups.toml [object_first]
`pronouns` or a noun in the accusative singular (-u) with no preposition of `prepositions` before
it and no word of time (`time_words`: "ilgu laiku atbalsta NVO"). Reads a few words back."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .mentions import Found
from .reader import Reader

REACH = 3  # words between the verb and the abbreviation: "atbalstīja arī Zemgales NVO"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    c = load("target_groups")["object_first"]
    return frozenset(c["pronouns"]), frozenset(c["prepositions"]), tuple(c["time_words"])


def _verb_before(reader: Reader, start: int) -> int | None:
    verbs = reader.ctx.owner_served_verbs + reader.ctx.object_served_verbs
    i, seen = start, 0
    while seen < REACH:
        i = reader.previous_word(i)
        if i is None or reader.sdoc[i].is_punct:
            return None
        if i in reader.in_mention:
            i = reader.in_mention[i].mention.token_start
            continue
        seen += 1
        word = reader.word(i)
        if word.startswith(verbs):
            return None if word.endswith("t") else i  # (an infinitive has no subject after it)
    return None


def gives_after_object(reader: Reader, f: Found) -> bool:
    """Whether the abbreviation `f` is the subject of a verb of serving whose object stands before it."""
    m = f.mention
    if not reader.sdoc[m.token_end - 1].text.isupper():
        return False
    after = reader.skip_space(m.token_end)
    if after < len(reader.sdoc) and reader.sdoc[after].text.islower() and reader.sdoc[after].is_alpha \
            and reader.word(after) not in ("un", "vai"):
        return False  # (an owner of the noun after it: "atbalstīja NVO iniciatīvas")
    verb = _verb_before(reader, m.token_start)
    if verb is None:
        return False
    pronouns, prepositions, time_words = _words()
    obj = reader.previous_word(verb)
    if obj is None or obj in reader.in_mention:
        return False
    word = reader.word(obj)
    if word in pronouns:
        return True
    before = reader.previous_word(obj)
    return word.endswith("u") and reader.sdoc[obj].is_alpha and not word.startswith(time_words) \
        and (before is None or reader.word(before) not in prepositions)


def object_first(reader: Reader, found: list[Found]) -> None:
    for f in found:
        if f.accepted and not f.modifier and not f.applicant and gives_after_object(reader, f):
            f.accepted = False
