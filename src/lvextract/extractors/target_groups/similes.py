"""A group named in a comparison: "pieaugušajiem vajag uzmanību, tāpat kā maziem bērniem", "viņi
priecājās gluži kā mazi bērni" — the group is what the others are likened to, no one served.
"kā" right before the group blocks it already (reader.looks_back, `blocking_just_before`); this reads
it past one word that agrees in case with the group, its adjective ("kā maziem bērniem"). Not
examples after "tādas grupas kā" (reader.lists_such_as), nor "kā arī", which joins a list, nor a "kā"
that opens an indirect question (`asks_how`): "Seminārā mācīs, kā jaunajiem skolotājiem strādāt ar
klasi" — they learn how, served as the sentence's verb reads them (target_groups.toml [similes])."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.verb_forms import is_infinitive
from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader


@lru_cache(maxsize=1)
def _words() -> tuple[int, tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["similes"]
    return int(c["lead"]), tuple(c["telling_verbs"]), frozenset(c["pointing"])


def likened_to(reader: Reader, f: Found) -> bool:
    start = f.mention.token_start
    qualifier = reader.previous_word(start)
    if qualifier is None or qualifier in reader.in_mention or reader.word(qualifier) == "arī" \
            or not reader.sdoc[qualifier].text.isalpha() or not reader.sdoc[qualifier].text.islower():
        return False
    as_word = reader.previous_word(qualifier)
    if as_word is None or reader.word(as_word) != "kā" or reader.lists_such_as(as_word):
        return False
    head = reader.sdoc[f.mention.token_end - 1].text
    return bool(form(reader.sdoc[qualifier].text) & form(head)) and not asks_how(reader, as_word, f)


def asks_how(reader: Reader, as_word: int, f: Found) -> bool:
    """Whether the "kā" at token `as_word` opens an indirect question: after a comma that closes a verb
    of telling, teaching or showing, or "par to" ("mācīs, kā …", "runās par to, kā …"); without the
    comma, right after such a verb before a dative group an infinitive follows ("uzzināsiet kā
    jaunajiem vecākiem rūpēties")."""
    lead, telling, pointing = _words()
    before = reader.previous_word(as_word)
    if before is None or reader.sdoc[as_word].is_sent_start:
        return False
    if reader.word(before) == ",":
        if reader.sdoc[before].is_sent_start:
            return False
        close = reader.previous_word(before)
        if close is not None and reader.word(close) in pointing:
            return True
        return any(reader.word(i).startswith(telling) for i in reader.words_back(before, lead))
    if not reader.word(before).startswith(telling) or "dative" not in form(reader.sdoc[f.mention.token_end - 1].text):
        return False
    after = next(iter(reader.words_ahead(f.mention.token_end, 1)), None)
    return after is not None and _infinitive(reader.sdoc[after].text)


def _infinitive(text: str) -> bool:
    """A lower-case infinitive (latvian.verb_forms): "strādāt", "rūpēties", "būt"; not a particle
    or numeral that only ends so ("pat", "mazliet", "divdesmit")."""
    return text.islower() and is_infinitive(text)
