"""Whom an occasion was something to, said as an appraisal, is not served by that mention: "Bibliotekārēm
šis bija sava veida izaicinājums" (the organisers), "Skolēniem tā bija laba brīvprātīgā darba mācībstunda"
(the performers). A dative group that opens its sentence, right before a demonstrative and a copula
(target_groups.toml [appraisal] `pronouns`, `copulas`, `copula_participles`; whole lower-case words). Not an opportunity given
them, which serves them: "Jauniešiem šī bija lieliska iespēja …", nor an occasion offered them:
"Bērniem tas būs svētku koncerts" (`served_words`, beginnings of the next few words, PREDICATE_REACH,
up to a preposition of `predicate_ends`: "… liels pārbaudījums pirms koncerta" appraises) — unless it
was their own performance, told in the predicate or its relative clause (`performing_words`: "pirmais
koncerts, kurā viņi uzstājās")."""
from __future__ import annotations

from functools import lru_cache

from ..vocabulary import load
from .forms import form
from .mentions import Found
from .reader import Reader

PREDICATE_REACH = 4  # words after the copula: "bija lieliska un noderīga iespēja"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    c = load("target_groups")["appraisal"]
    return frozenset(c["pronouns"]), frozenset(c["copulas"]) | frozenset(c["copula_participles"]), \
        tuple(c["served_words"]), frozenset(c["predicate_ends"])


@lru_cache(maxsize=1)
def _performing() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], int]:
    c = load("target_groups")["appraisal"]
    return tuple(c["performing_words"]), frozenset(c["back_pronouns"]), frozenset(c["relatives"]), c["clause_reach"]


def appraised_by(reader: Reader, f: Found) -> bool:
    """Whether dative group mention `f` opens a sentence "X-iem šis bija …" that appraises the occasion."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text) or not reader.sdoc[f.mention.token_start].is_sent_start:
        return False
    pronouns, copulas, served, ends = _words()
    at = list(reader.words_ahead(f.mention.token_end, 2 + PREDICATE_REACH))
    words = [reader.word(i) for i in at]
    if len(words) < 3 or words[0] not in pronouns or words[1] not in copulas:
        return False
    predicate = words[2:]
    cut = next((k for k, w in enumerate(predicate) if w in ends), len(predicate))
    return performed(reader, predicate, at[-1] + 1) or not any(w.startswith(served) for w in predicate[:cut])


def performed(reader: Reader, predicate: list[str], after: int) -> bool:
    """Whether the predicate's words name the group's own performance ("pirmā uzstāšanās"), or a relative
    clause right after them (from token `after`, past its comma) does with a pronoun pointing back to the
    group ("…, kurā viņi uzstājās")."""
    performing, back, relatives, reach = _performing()
    if any(w.startswith(performing) for w in predicate):
        return True
    clause = [reader.word(i) for i in reader.words_ahead(after, 2 + reach, through_punct=True)]
    if len(clause) < 3 or clause[0] != "," or clause[1] not in relatives:
        return False
    rest = clause[2:]
    rest = rest[:next((k for k, w in enumerate(rest) if not w.isalpha()), len(rest))]
    return any(w in back for w in rest) and any(w.startswith(performing) for w in rest)

