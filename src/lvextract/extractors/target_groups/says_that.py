"""A group as the subject of a verb that takes a "ka" clause — who says, finds, thinks or feels
something ("Skolēni atzina, ka guva prieku", "jaunieši vēlāk stāstīja, ka …", "pašvaldības darbinieki
informē, ka paciņas var saņemt …"): the sayer, not one served. The construction, not a list of verbs,
decides: a nominative group, one to three words of its clause (its verb) after it, then ", ka". What
the "ka" clause tells (a participation verb in it: "… guva emocijas un labprāt apmeklētu") is no taking
part of the group's own. Not an accusative ("informē seniorus, ka …": those told), nor a passive
("bezdarbnieki tiks informēti, ka …": those informed), nor a copula's feeling ("seniori ir priecīgi, ka
var apmeklēt kursus": their own chance), nor a group with no verb between it and the comma. Reads a
fixed handful of tokens after the mention (linear)."""
from __future__ import annotations

from .reader import Reader

VERB_REACH = 3  # words from the group to the comma: "skolēni vēlāk vienbalsīgi atzina, ka"
# Auxiliaries of the passive: the group then is the one the verb is done to ("tiek informēti, ka").
PASSIVE_AUXILIARIES = frozenset({"tiek", "tika", "tiks", "tikuši", "tikušas", "tiekot", "tikt"})
# ... and the copula: a feeling said with an adjective is often about the group's own chance ("seniori
# ir priecīgi, ka var apmeklēt kursus": served), so only a verb of its own says or finds something.
COPULAS = frozenset({"ir", "bija", "būs", "nav", "nebija", "esot", "bijuši", "bijušas", "kļuva", "kļūst"})
THAT = "ka"


def says_that(reader: Reader, head: int, end: int) -> bool:
    """Whether the nominative group ending at token `end` (head word at `head`) is the subject of
    a verb that a ", ka" clause follows within `VERB_REACH` words."""
    if reader.word(head).endswith("us"):  # a masculine plural accusative: the one told
        return False
    sdoc, n = reader.sdoc, len(reader.sdoc)
    j, seen = end, 0
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
        if reader.word(j) in PASSIVE_AUXILIARIES or reader.word(j) in COPULAS:
            return False
        seen += 1
        if seen > VERB_REACH:
            return False
        j += 1
    if seen == 0 or j >= n or sdoc[j].text != ",":
        return False
    after = reader.skip_space(j + 1)
    return after < n and reader.word(after) == THAT
