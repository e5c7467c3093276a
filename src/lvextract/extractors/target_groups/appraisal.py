"""Whom an occasion was something to, said as an appraisal, is not served by that mention: "Bibliotekārēm
šis bija sava veida izaicinājums" (the organisers), "Skolēniem tā bija laba brīvprātīgā darba mācībstunda"
(the performers). A dative group that opens its sentence, right before a demonstrative and a copula
(target_groups.toml [appraisal] `pronouns`, `copulas`, whole lower-case words). Not an opportunity given
them, which serves them: "Jauniešiem šī bija lieliska iespēja …", nor an occasion offered them:
"Bērniem tas būs svētku koncerts" (`served_words`, beginnings of the next few words, PREDICATE_REACH,
up to a preposition of `predicate_ends`: "… liels pārbaudījums pirms koncerta" appraises)."""
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
    return frozenset(c["pronouns"]), frozenset(c["copulas"]), tuple(c["served_words"]), frozenset(c["predicate_ends"])


def appraised_by(reader: Reader, f: Found) -> bool:
    """Whether dative group mention `f` opens a sentence "X-iem šis bija …" that appraises the occasion."""
    if "dative" not in form(reader.sdoc[f.mention.token_end - 1].text) or not reader.sdoc[f.mention.token_start].is_sent_start:
        return False
    pronouns, copulas, served, ends = _words()
    words = [reader.word(i) for i in reader.words_ahead(f.mention.token_end, 2 + PREDICATE_REACH)]
    if len(words) < 3 or words[0] not in pronouns or words[1] not in copulas:
        return False
    predicate = words[2:]
    cut = next((k for k, w in enumerate(predicate) if w in ends), len(predicate))
    return not any(w.startswith(served) for w in predicate[:cut])

