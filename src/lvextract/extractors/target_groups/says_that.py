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
listing them are passed over. The words are data (target_groups.toml [says_that], [appraisal] `copulas`, [enrolment]
`auxiliaries`). Reads a fixed handful of tokens after the mention (linear)."""
from __future__ import annotations

from functools import lru_cache

from ...latvian.verb_forms import is_verb_form
from ..vocabulary import load
from .reader import Reader, clause_tokens_after

VERB_REACH = 3  # words from the group to the comma: "skolēni vēlāk vienbalsīgi atzina, ka"
THAT = "ka"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that bar the reading (a passive's auxiliary, a copula) and those listing groups."""
    table = load("target_groups")
    c = table["says_that"]
    copulas = frozenset(table["appraisal"]["copulas"]) | frozenset(c["copulas"])  # "ir", "bija", "būs" and more forms
    barred = frozenset(table["enrolment"]["auxiliaries"]) | frozenset(c["passive_auxiliaries"]) | copulas
    return barred, frozenset(c["listing"])


def says_that(reader: Reader, head: int, end: int) -> bool:
    """Whether the nominative group ending at token `end` (head word at `head`) is the subject of
    a verb that a ", ka" clause follows within `VERB_REACH` words."""
    # (only "-us", a masculine plural accusative, is the one told: forms.ACCUSATIVE_ENDINGS' "-es", "-as",
    # "-ās", "-ēs" are feminine plural nominatives as well, "sievietes atzina, ka …")
    if reader.word(head).endswith("us"):
        return False
    barred, listing = _words()
    seen, verb, last = 0, False, end - 1
    for j, _ in clause_tokens_after(reader, end, len(reader.sdoc)):  # up to a mark; VERB_REACH counted below
        last = j
        if j in reader.in_mention:  # a group listed with it shares its verb: "skolēni un skolotāji atzina"
            continue
        word = reader.word(j)
        if word in barred:
            return False
        if word in listing and reader.skip_space(j + 1) in reader.in_mention:  # "… un skolotāji"
            continue
        seen += 1
        if seen > VERB_REACH:
            return False
        verb = verb or is_verb_form(word)
    comma = reader.skip_space(last + 1)
    if not verb or comma >= len(reader.sdoc) or reader.sdoc[comma].text != ",":
        return False
    after = reader.skip_space(comma + 1)
    return after < len(reader.sdoc) and reader.word(after) == THAT
