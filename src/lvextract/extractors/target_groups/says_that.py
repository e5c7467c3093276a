"""A group as the subject of a verb that takes a "ka" clause — who says, finds, thinks or feels
something ("Skolēni atzina, ka guva prieku", "jaunieši vēlāk stāstīja, ka …", "pašvaldības darbinieki
informē, ka paciņas var saņemt …"): the sayer, not one served. The construction, not a list of verbs,
decides: a nominative group, one to three words of its clause after it, at least one of them a verb's
form (latvian/verb_forms), then ", ka". What the "ka" clause tells (a participation verb in it: "… guva
emocijas un labprāt apmeklētu") is no taking part of the group's own. Not an accusative ("informē
seniorus, ka …": those told), nor a passive ("bezdarbnieki tiks informēti, ka …": those informed), nor
a copula's feeling ("seniori ir priecīgi, ka var apmeklēt kursus": their own chance), nor a group with
no verb between it and the comma ("mācīsies seniori tik daudz, ka …": the degree of their taking
part). Groups listed with it ("jaunieši un seniori stāstīja") share its verb: they and the word
listing them are passed over. The words are data (target_groups.toml [says_that], [enrolment]
`auxiliaries`). Reads a fixed handful of tokens after the mention (linear)."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.verb_forms import is_verb_form
from ..vocabulary import load
from .reader import Reader

VERB_REACH = 3  # words from the group to the comma: "skolēni vēlāk vienbalsīgi atzina, ka"
THAT = "ka"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that bar the reading (a passive's auxiliary, a copula) and those listing groups."""
    table = load("target_groups")
    c = table["says_that"]
    barred = frozenset(table["enrolment"]["auxiliaries"]) | frozenset(c["passive_auxiliaries"]) | frozenset(c["copulas"])
    return barred, frozenset(c["listing"])


def says_that(reader: Reader, head: int, end: int) -> bool:
    """Whether the nominative group ending at token `end` (head word at `head`) is the subject of
    a verb that a ", ka" clause follows within `VERB_REACH` words."""
    if reader.word(head).endswith("us"):  # a masculine plural accusative: the one told
        return False
    barred, listing = _words()
    sdoc, n = reader.sdoc, len(reader.sdoc)
    j, seen, verb = end, 0, False
    while j < n:
        token = sdoc[j]
        if token.is_space:
            j += 1
            continue
        if token.is_punct:
            break
        if j in reader.in_mention:  # a group listed with it shares its verb: "skolēni un skolotāji atzina"
            j += 1
            continue
        word = reader.word(j)
        if word in barred:
            return False
        if word in listing and reader.skip_space(j + 1) in reader.in_mention:  # "… un skolotāji"
            j += 1
            continue
        seen += 1
        if seen > VERB_REACH:
            return False
        verb = verb or is_verb_form(word)
        j += 1
    if not verb or j >= n or sdoc[j].text != ",":
        return False
    after = reader.skip_space(j + 1)
    return after < n and reader.word(after) == THAT
